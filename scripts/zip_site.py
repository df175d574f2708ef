"""Zip a built site reproducibly: sorted entries, fixed timestamps, one top-level folder.

Usage: python scripts/zip_site.py SITE_DIR OUTPUT.zip
The timestamp comes from SOURCE_DATE_EPOCH when set (the last commit in CI), so
the same commit gives the same bytes.
"""

from __future__ import annotations

import os
import sys
import time
import zipfile
from pathlib import Path

FOLDER = "webdev-career-handbook"


def main(site_dir: str, output: str) -> None:
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "315532800"))  # 1980-01-01, the zip format's minimum
    stamp = time.gmtime(max(epoch, 315532800))[:6]
    root = Path(site_dir)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{FOLDER}/{path.relative_to(root).as_posix()}", date_time=stamp)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    print(f"wrote {output} ({Path(output).stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(*sys.argv[1:3])
