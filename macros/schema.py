"""JSON Schemas of the data files, generated from the models.

Used by scripts/gen_schema.py (the committed copies in data/schema/, which editors
read) and by the open data the build publishes, so both always match the models.
"""

from __future__ import annotations

import json

from .models import FILES

BASE_URL = "https://webdev-career-handbook.github.io/handbook/data/v1/"


def schema_name(data_file: str) -> str:
    return data_file.removesuffix(".yml") + ".schema.json"


def render(data_file: str) -> str:
    schema = FILES[data_file].model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE_URL + schema_name(data_file),
        "title": f"data/{data_file}",
        **{k: v for k, v in schema.items() if k != "title"},
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
