"""Each page's last-updated date: the latest commit that touched its Markdown file or any data
file its macros read, so a refreshed figure re-dates every page that shows it.

The macros note the data files each page read in `page.meta["handbook_data_files"]`
(macros/register.py). One `git log` call per build reads the history of docs/ and
data/, so the cost does not grow with the number of pages. Dates are the commits' own,
so two builds of one commit give the same pages. Pages not yet committed show no date;
in a shallow clone (whose history stops at one commit) no page shows a date and the
build says why, instead of dating every page to that commit.
"""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

DATA_FILES_KEY = "handbook_data_files"
log = logging.getLogger("handbook.last_updated")  # outside "mkdocs": --strict does not count it
_dates: dict[str, dt.date] = {}  # path relative to the repository -> date of its last commit
_folders: dict[str, str] = {}  # "docs" and "data" -> their path relative to the repository


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True, timeout=60).stdout


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _dates.clear()
    _folders.clear()
    docs = Path(config["docs_dir"]).resolve()
    project = Path(config["config_file_path"] or docs.parent).resolve().parent
    try:
        top = Path(_git(docs, "rev-parse", "--show-toplevel").strip()).resolve()
        shallow = _git(docs, "rev-parse", "--is-shallow-repository").strip() == "true"
    except (OSError, subprocess.SubprocessError):
        return config  # not a git checkout (a copy, a tarball): no dates
    if shallow:
        log.warning("a shallow clone has no history to date pages by; pages show no last-updated date")
        return config
    folders = {"docs": docs, "data": project / "data"}
    _folders.update({name: path.relative_to(top).as_posix() + "/" for name, path in folders.items()})
    history = _git(top, "log", "--format=format:@%ct", "--name-only", "--", *_folders.values())
    when = None
    for line in history.splitlines():
        if line.startswith("@"):
            when = dt.datetime.fromtimestamp(int(line[1:]), tz=dt.UTC).date()
        elif line and when:
            _dates.setdefault(line, when)
    return config


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    if not _folders:
        return context
    sources = [_folders["docs"] + page.file.src_uri]
    sources += [_folders["data"] + name for name in page.meta.get(DATA_FILES_KEY, ())]
    days = [_dates[s] for s in sources if s in _dates]
    if days and sources[0] in _dates:  # a page not committed yet has no date
        day = max(days)
        page.meta["last_updated"] = f"{day.day} {day:%B %Y}"
        page.meta["last_updated_iso"] = day.isoformat()
    return context
