"""Serve a built site on 127.0.0.1 for tests and screenshots, and launch Debian's Chromium.

Shared by the browser tests and `make screenshots`, so both see the site the
same way: over HTTP on loopback, with Chromium unable to reach anything else.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import project_config

CHROMIUM_CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # nothing leaves the machine: every host but loopback fails to resolve
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), *CHROMIUM_CANDIDATES):
        if candidate and Path(candidate).is_file():
            return candidate
    return shutil.which("chromium")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


SITE_URL = project_config.site_url()
SITE_PATH = SITE_URL.split("://", 1)[-1].split("/", 1)[-1].strip("/") or "handbook"  # as on GitHub Pages


@contextlib.contextmanager
def serve(site_dir: Path) -> Iterator[str]:
    """Serve `site_dir` under /handbook/ with gzip, as GitHub Pages publishes it; yield the base URL.

    The server runs as its own process (scripts/gzip_server.py) and is stopped by its PID.
    """
    port = free_port()
    root = Path(tempfile.mkdtemp(prefix="handbook-serve-"))
    (root / SITE_PATH).symlink_to(Path(site_dir).resolve(), target_is_directory=True)
    server = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("gzip_server.py")), str(port), str(root), SITE_URL],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/{SITE_PATH}/"
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)
