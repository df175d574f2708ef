"""Each page's last-updated date, from the last commit that touched its Markdown file.

One `git log` call per build reads the whole history of docs/, so the cost does
not grow with the number of pages. Pages not yet committed show no date. Dates
are the commits' own, so two builds of one commit give the same pages.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

_dates: dict[str, dt.date] = {}


def on_config(config):
    _dates.clear()
    docs = Path(config["docs_dir"])
    try:
        log = subprocess.run(
            ["git", "log", "--format=format:@%ct", "--name-only", "--", "."],
            cwd=docs,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
        top = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], cwd=docs, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return config  # not a git checkout (a copy, a tarball): no dates
    prefix = docs.resolve().relative_to(Path(top).resolve()).as_posix() + "/"
    when = None
    for line in log.splitlines():
        if line.startswith("@"):
            when = dt.datetime.fromtimestamp(int(line[1:]), tz=dt.UTC).date()
        elif line and when and line.startswith(prefix):
            _dates.setdefault(line.removeprefix(prefix), when)
    return config


def on_page_context(context, page, config, nav):
    day = _dates.get(page.file.src_uri)
    if day:
        page.meta["last_updated"] = f"{day.day} {day:%B %Y}"
        page.meta["last_updated_iso"] = day.isoformat()
    return context
