"""The build reaches no network: every socket connection attempt is recorded and refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import BUILD_ENV, ROOT

GUARD = r"""
import socket, sys
attempts = []
def refuse(*args, **kwargs):
    attempts.append(repr(args[:2]))
    raise OSError("network access during the build")
socket.socket.connect = socket.socket.connect_ex = refuse
socket.getaddrinfo = socket.create_connection = refuse
import atexit
atexit.register(lambda: attempts and print("NETWORK ATTEMPTS: " + "; ".join(attempts), file=sys.stderr))
from mkdocs.__main__ import cli
sys.argv = ["mkdocs", "build", "--strict", "--site-dir", sys.argv[1]]
cli()
"""


def test_build_makes_no_network_connection(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", GUARD, str(tmp_path / "site")],
        cwd=ROOT,
        env=BUILD_ENV,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "NETWORK ATTEMPTS" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site/index.html").is_file()


def test_the_guard_catches_a_connection(tmp_path: Path) -> None:
    attempt = "import urllib.request\ntry:\n    urllib.request.urlopen('http://example.org', timeout=1)\n"
    attempt += "except OSError:\n    pass\nraise SystemExit(0)\n"
    probe = GUARD.replace("from mkdocs.__main__ import cli", attempt)
    result = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert "NETWORK ATTEMPTS" in result.stderr
