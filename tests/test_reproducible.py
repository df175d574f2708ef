"""Builds are reproducible (same commit, same bytes) and portable (ProperDocs gives the same site)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def _env() -> dict:
    env = {k: v for k, v in os.environ.items() if k != "HANDBOOK_TODAY"}
    epoch = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True).stdout
    env.update(NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH=epoch.strip() or "1795392000")
    return env


def _build(tool: str, out: Path) -> dict[str, bytes]:
    result = subprocess.run(
        [sys.executable, "-m", tool, "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return _build("mkdocs", tmp_path_factory.mktemp("one"))


def test_two_builds_of_one_commit_are_byte_identical(first_build: dict[str, bytes], tmp_path: Path) -> None:
    second = _build("mkdocs", tmp_path / "two")
    assert first_build.keys() == second.keys()
    differing = [name for name in first_build if first_build[name] != second[name]]
    assert not differing, f"files that differ between two builds: {differing[:10]}"


def test_properdocs_builds_the_same_site(first_build: dict[str, bytes], tmp_path: Path) -> None:
    proper = _build("properdocs", tmp_path / "properdocs")
    assert first_build.keys() == proper.keys()
    differing = [
        name for name in first_build if GENERATOR.sub(b"", first_build[name]) != GENERATOR.sub(b"", proper[name])
    ]
    assert not differing, (
        f"files that differ between MkDocs and ProperDocs (beyond the generator tag): {differing[:10]}"
    )
