"""`python app.py` as a user starts it: settings from the environment, loopback only."""
from __future__ import annotations

import os
import subprocess
import sys
import urllib.request

from core.config import PROJECT_ROOT


def test_a_bad_port_is_one_line_naming_the_variable(tmp_path):
    env = {**os.environ, "BANEN_DATA_DIR": str(tmp_path), "BANEN_PORT": "78x0"}
    run = subprocess.run([sys.executable, "app.py"], cwd=PROJECT_ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stderr.strip() == "app: BANEN_PORT='78x0': expected a port number 1-65535"
    assert not (tmp_path / "gradio-tmp").exists()


def test_the_app_serves_on_loopback_without_a_share_link(app_server):
    with urllib.request.urlopen(app_server.url, timeout=10) as response:
        page = response.read().decode("utf-8", "replace")
    assert "Banenafspraak" in page
    assert app_server.url.startswith("http://127.0.0.1:")
    log = app_server.log.read_text()
    assert f"Running on local URL:  {app_server.url.rstrip('/')}" in log
    assert "gradio.live" not in log and "public URL" not in log
    # Gradio's temporary files live inside the app's data dir, not in a shared /tmp folder.
    assert (app_server.data_dir / "gradio-tmp").is_dir()


def test_an_index_it_cannot_use_stops_the_app_with_what_to_run(tmp_path):
    import chromadb
    from chromadb.config import Settings
    client = chromadb.PersistentClient(path=str(tmp_path / "chroma"),
                                       settings=Settings(anonymized_telemetry=False))
    client.create_collection("passages", metadata={"embedding_backend": "another-model"})
    env = {**os.environ, "BANEN_DATA_DIR": str(tmp_path), "BANEN_PORT": "7860"}
    run = subprocess.run([sys.executable, "app.py"], cwd=PROJECT_ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert run.stderr.strip().splitlines()[-1].startswith(f"app: {tmp_path}: the index was "
                                                          "built with another-model")
    assert "python -m index --rebuild" in run.stderr
