"""Settings from the environment, with defaults that work on a fresh offline machine."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT_ROOT / "corpus"

# Model hubs cannot be reached here: without these a hub name retries for ~70 s before failing.
OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "GRADIO_ANALYTICS_ENABLED": "False",
}


def apply_offline_env() -> None:
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)


def data_dir() -> Path:
    return Path(os.environ.get("BANEN_DATA_DIR", "data")).resolve()


def store_path() -> Path:
    return data_dir() / "store.sqlite"


apply_offline_env()
