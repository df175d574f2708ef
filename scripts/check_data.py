"""Validate data/ without building the site: every problem, one line each.

Usage: python scripts/check_data.py [DATA_DIR]     exit status 1 when anything is wrong.
Used by `make check-data` and the pre-commit hook.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.catalog import Catalog  # noqa: E402
from macros.problems import DataError  # noqa: E402


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0]) if argv else ROOT / "data"
    try:
        catalog = Catalog.load(data_dir)
    except DataError as err:
        print(err, file=sys.stderr)
        return 1
    counts = ", ".join(f"{len(records)} {name}" for name, records in catalog.collections.items())
    print(f"data/ is valid: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
