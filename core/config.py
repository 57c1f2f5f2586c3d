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


DEFAULT_MAX_PASSAGES = 3000


class SettingError(ValueError):
    """A setting in the environment that cannot be used; str() is one line naming it."""


def max_passages() -> int:
    """BANEN_MAX_PASSAGES: the most passages one letter may have (default 3000). A letter is
    embedded at a few passages per second on 2 cores: 3000 is about ten minutes; the 47 MB
    text that once made 35,607 passages would take hours and is refused instead."""
    raw = os.environ.get("BANEN_MAX_PASSAGES", "").strip()
    if not raw:
        return DEFAULT_MAX_PASSAGES
    if not raw.isdigit() or int(raw) < 1:
        raise SettingError(f"BANEN_MAX_PASSAGES={raw!r}: expected a whole number of at least 1")
    return int(raw)


def data_dir() -> Path:
    return Path(os.environ.get("BANEN_DATA_DIR", "data")).resolve()


def store_path() -> Path:
    return data_dir() / "store.sqlite"


apply_offline_env()
