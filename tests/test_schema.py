"""The committed JSON Schemas match the models, and every data file points editors at its schema."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT
from macros.datafiles import DATA_FILES


def test_committed_schemas_match_the_models() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/gen_schema.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_every_data_file_names_its_schema_for_editors() -> None:
    for data_file in DATA_FILES:
        name, schema = data_file.name, data_file.schema_name
        first_line = (ROOT / "data" / name).read_text(encoding="utf-8").splitlines()[0]
        assert first_line == f"# yaml-language-server: $schema=schema/{schema}", name
        assert json.loads((ROOT / "data/schema" / schema).read_text())["title"] == f"data/{name}"


def test_every_data_file_has_a_model_and_every_model_a_file() -> None:
    """Collections are named once, in macros/datafiles.py: a file or a root model left out of it fails here."""
    from macros import models
    from macros.fields import Record

    on_disk = sorted(p.name for p in (ROOT / "data").glob("*.y*ml"))
    assert on_disk == sorted(f.name for f in DATA_FILES), "add the file to DATA_FILES in macros/datafiles.py"
    modules = (models,)
    found = {n: o for m in modules for n, o in vars(m).items() if isinstance(o, type) and n.endswith("File")}
    roots = sorted(found)
    assert all(issubclass(found[n], Record) for n in roots)
    assert roots == sorted(f.model.__name__ for f in DATA_FILES), "every root model needs an entry in DATA_FILES"
    schemas = sorted(p.name for p in (ROOT / "data/schema").glob("*.json"))
    assert schemas == sorted(f.schema_name for f in DATA_FILES), "run make schema"


def test_the_schemas_flag_text_that_would_become_page_structure() -> None:
    """Editors validate as you type: a line break or a hidden control character in text is flagged."""
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "data/schema/roles.schema.json").read_text())
    role = {
        "id": "backend",
        "name": "Backend developer",
        "summary": "Builds servers.",
        "responsibilities": ["a", "b", "c"],
        "skills": ["http", "sql", "git"],
        "languages": ["python"],
        "works_with": "Frontend developers.",
        "easy_to_overlook": "On-call weeks.",
    }
    validator = Draft202012Validator(schema)
    assert not list(validator.iter_errors({"roles": [role]}))
    for bad in ("Builds servers.\n\n- injected", "Builds \u202eservers", "Builds\u0008 servers"):
        errors = list(validator.iter_errors({"roles": [{**role, "summary": bad}]}))
        assert [list(e.absolute_path) for e in errors] == [["roles", 0, "summary"]], bad
