"""Write a JSON Schema per data file, generated from the models, to data/schema/.

Usage: python scripts/gen_schema.py [--check]
With --check, write nothing and exit 1 if a committed schema differs from the models.
Editors use these schemas to autocomplete and validate data files as you type.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.datafiles import DATA_FILES  # noqa: E402
from macros.schema import render  # noqa: E402
from project_config import site_url  # noqa: E402

SCHEMA_DIR = ROOT / "data" / "schema"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    SCHEMA_DIR.mkdir(parents=True, exist_ok=True)
    address = site_url()
    for data_file in DATA_FILES:
        path = SCHEMA_DIR / data_file.schema_name
        text = render(data_file.name, address)
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path.relative_to(ROOT))
        if not check:
            path.write_text(text, encoding="utf-8")
    if check and stale:
        print("stale JSON Schemas (run `make schema`): " + ", ".join(map(str, stale)), file=sys.stderr)
        return 1
    for path in stale:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
