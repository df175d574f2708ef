"""The commands people type: `make help` documents every target, an old Python gets one clear line."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from conftest import ROOT


def make(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", *args], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_help_lists_every_public_target_with_a_line() -> None:
    makefile = (ROOT / "Makefile").read_text()
    public = re.findall(r"^([a-z0-9-]+):.*## ", makefile, re.M)
    assert {"serve", "test", "build", "help"} <= set(public)
    listed = make("help").stdout.splitlines()
    assert [line.split()[0] for line in listed] == public
    assert all(len(line.split(None, 1)) == 2 for line in listed)


def test_old_python_gets_one_line(tmp_path: Path) -> None:
    fake = tmp_path / "python3.9"
    fake.write_text('#!/bin/sh\n[ "$1" = "--version" ] && { echo "Python 3.9.18"; exit 0; }\nexit 1\n')
    fake.chmod(0o755)
    result = make("python-check", f"PYTHON={fake}")
    assert result.returncode != 0
    assert result.stdout.strip().splitlines() == [
        f"The handbook needs Python 3.11.5 or newer; '{fake}' is Python 3.9.18. Run: make PYTHON=python3.12 ..."
    ]
    assert "Traceback" not in result.stdout + result.stderr


def test_ci_runs_make_test() -> None:
    assert "make test" in (ROOT / ".ci/run").read_text()
