"""What every benchmark phase shares: paths, the build environment, copying the project."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
RESULTS = ROOT / "bench" / "results"
BASELINE = ROOT / "bench" / "baseline.json"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "HANDBOOK_TODAY": "2026-11-23", "SOURCE_DATE_EPOCH": "1795392000"}
PROJECT_FILES = ("mkdocs.yml", "docs", "macros", "overrides", "data", "LICENSE-CONTENT")


def copy_project(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for name in PROJECT_FILES:
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, dest / name)
    return dest
