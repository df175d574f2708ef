"""Edit loop: seconds from saving a chapter or a data file to `mkdocs serve` showing the change."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from serve_site import free_port

from .common import ENV, copy_project


def edit_loop() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "project")
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project,
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}/handbook/roles/backend/"
        try:
            _wait_for(url, "Backend developer", 120)
            chapter = project / "docs/roles/backend.md"
            data = project / "data/roles.yml"
            chapter_times = [
                _edit(chapter, "## A typical day", f"## A typical day EDIT{i}", f"EDIT{i}", url) for i in range(5)
            ]
            old = "Builds the servers, databases and APIs"
            data_times = [_edit(data, old, old.replace("the", f"the DATA{i}", 1), f"DATA{i}", url) for i in range(3)]
        finally:
            server.terminate()
            server.wait(timeout=10)
    return {
        "chapter_edit_s": round(statistics.median(chapter_times), 2),
        "data_edit_s": round(statistics.median(data_times), 2),
    }


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode()
    except OSError:
        return ""


def _wait_for(url: str, text: str, seconds: float) -> float:
    start = time.perf_counter()
    while text not in _fetch(url):
        if time.perf_counter() - start > seconds:
            sys.exit(f"timed out waiting for {text!r} at {url}")
        time.sleep(0.02)
    return time.perf_counter() - start


def _wait_gone(url: str, text: str, seconds: float) -> None:
    start = time.perf_counter()
    while text in _fetch(url) and time.perf_counter() - start < seconds:
        time.sleep(0.02)


def _edit(path: Path, old: str, new: str, marker: str, url: str) -> float:
    """Seconds from saving `path` with `old` replaced by `new` to the served page showing `marker`."""
    time.sleep(1.0)  # let the previous rebuild settle
    text = path.read_text()
    if old not in text:
        raise SystemExit(f"{old!r} not in {path}")
    path.write_text(text.replace(old, new, 1))
    elapsed = _wait_for(url, marker, 30)
    path.write_text(text)  # put it back for the next round
    _wait_gone(url, marker, 30)
    return elapsed
