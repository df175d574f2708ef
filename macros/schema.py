"""JSON Schemas of the data files, generated from the models.

Used by scripts/gen_schema.py (the committed copies in data/schema/, which editors
read) and by the open data the build publishes, so both always match the models.
Each schema's `$id` is its published address, under the site's address from mkdocs.yml.
"""

from __future__ import annotations

import json

from .datafiles import BY_NAME, OPEN_DATA_DIR


def schema_id(site_url: str, data_file: str) -> str:
    return f"{site_url.rstrip('/')}/{OPEN_DATA_DIR}/{BY_NAME[data_file].schema_name}"


def render(data_file: str, site_url: str) -> str:
    schema = BY_NAME[data_file].model.model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_id(site_url, data_file),
        "title": f"data/{data_file}",
        **{k: v for k, v in schema.items() if k != "title"},
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
