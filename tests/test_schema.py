"""The committed JSON Schemas match the models, and every data file points editors at its schema."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT
from macros.models import FILES


def test_committed_schemas_match_the_models() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/gen_schema.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_every_data_file_names_its_schema_for_editors() -> None:
    for name in FILES:
        first_line = (ROOT / "data" / name).read_text(encoding="utf-8").splitlines()[0]
        schema = name.removesuffix(".yml") + ".schema.json"
        assert first_line == f"# yaml-language-server: $schema=schema/{schema}", name
        assert json.loads((ROOT / "data/schema" / schema).read_text())["title"] == f"data/{name}"
