"""`python app.py` as a child process on a free loopback port: started, waited for, stopped.

The browser tests and the cold-start benchmark run the app exactly as a user does; this is the
one way both start it, so what the benchmark times is what the tests drive.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class AppDidNotStart(RuntimeError):
    """The app exited or did not answer in time; the message ends with its log's tail."""


@dataclass
class RunningApp:
    url: str
    data_dir: Path
    process: subprocess.Popen
    log: Path
    started: float            # time.perf_counter() just before the command


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def app_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "BANEN_DATA_DIR": str(data_dir), "GRADIO_ANALYTICS_ENABLED": "False",
           **extra}
    env.pop("GRADIO_TEMP_DIR", None)          # the app puts it inside its data dir
    return env


def start_app(data_dir: Path, log: Path) -> RunningApp:
    """`python app.py` over `data_dir` on a free port of 127.0.0.1, output into `log`."""
    port = free_port()
    env = app_env(data_dir, BANEN_HOST="127.0.0.1", BANEN_PORT=str(port))
    with log.open("w") as out:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env,
                                   stdout=out, stderr=subprocess.STDOUT)
    return RunningApp(f"http://127.0.0.1:{port}/", data_dir, process, log, started)


def wait_until_serving(app: RunningApp, timeout: float, poll: float = 0.5) -> float:
    """Seconds from the command to the page's first HTTP 200; AppDidNotStart otherwise."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if app.process.poll() is not None:
            raise AppDidNotStart(f"app.py exited with {app.process.returncode}:\n{_tail(app)}")
        try:
            with urllib.request.urlopen(app.url, timeout=5) as response:
                if response.status == 200:
                    return time.perf_counter() - app.started
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(poll)
    stop_app(app)
    raise AppDidNotStart(f"app.py did not answer on {app.url} within {timeout:.0f} s:\n"
                         f"{_tail(app)}")


def stop_app(app: RunningApp) -> None:
    app.process.terminate()
    try:
        app.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        app.process.kill()
        app.process.wait()


def _tail(app: RunningApp, lines: int = 20) -> str:
    return "\n".join(app.log.read_text(errors="replace").strip().splitlines()[-lines:])
