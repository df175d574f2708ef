"""Open data written next to the built site: every data file as versioned JSON, with its schema.

Runs once, after the build (mkdocs-macros' on_post_build). Output is a pure
function of the data and the navigation, so two builds give the same bytes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from . import schema
from .catalog import Catalog
from .datafiles import BY_NAME, OPEN_DATA_DIR, OPEN_DATA_VERSION

LICENCE = {"id": "CC-BY-4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}


def _dump(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def open_data(catalog: Catalog, project_dir: Path, site_dir: Path, site_url: str) -> list[dict]:
    """Write data/v1/<collection-file>.json with its schema and licence; return the index entries."""
    out = site_dir / OPEN_DATA_DIR
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    for file_name, root in catalog.files.items():
        data_file = BY_NAME[file_name]
        (out / data_file.json_name).write_text(_dump(root.model_dump(mode="json")), encoding="utf-8")
        (out / data_file.schema_name).write_text(schema.render(file_name, site_url), encoding="utf-8")
        counts = {key: len(value) for key, value in root}
        entries.append(
            {"name": data_file.stem, "data": data_file.json_name, "schema": data_file.schema_name, "records": counts}
        )
    shutil.copyfile(project_dir / "LICENSE-CONTENT", out / "LICENSE.txt")
    index = {
        "title": "Web Dev Career Handbook open data",
        "version": OPEN_DATA_VERSION,
        "home": f"{site_url}about/open-data/",
        "licence": {**LICENCE, "attribution": "Web Dev Career Handbook contributors", "file": "LICENSE.txt"},
        "files": entries,
    }
    (out / "index.json").write_text(_dump(index), encoding="utf-8")
    return entries
