"""Lints that keep the sources tidy: ruff (lint and format), mypy, yamllint, pymarkdown, codespell."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

BIN = ROOT / ".venv/bin"

LINTS = {
    "ruff check": [sys.executable, "-m", "ruff", "check", "."],
    "ruff format": [sys.executable, "-m", "ruff", "format", "--check", "."],
    # the build code is typed: macros/, overrides/hooks/ and scripts/ (files listed in pyproject.toml)
    "mypy": [sys.executable, "-m", "mypy"],
    "yamllint": [
        sys.executable,
        "-m",
        "yamllint",
        "--strict",
        "-c",
        ".yamllint.yml",
        "data",
        "mkdocs.yml",
        "mkdocs-offline.yml",
        ".yamllint.yml",
        ".github",
    ],
    "pymarkdown": [
        sys.executable,
        "-m",
        "pymarkdown",
        "--config",
        ".pymarkdown.json",
        "scan",
        "-r",
        "docs",
        "README.md",
        "CONTRIBUTING.md",
    ],
    "codespell": [
        sys.executable,
        "-m",
        "codespell_lib",
        "docs",
        "data",
        "macros",
        "scripts",
        "tests",
        "overrides",
        "README.md",
        "CONTRIBUTING.md",
        "mkdocs.yml",
        ".github",
    ],
}


@pytest.mark.parametrize("name", list(LINTS))
def test_lint_is_clean(name: str) -> None:
    result = subprocess.run(LINTS[name], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{name}:\n{result.stdout[-3000:]}{result.stderr[-2000:]}"
