"""Fast rebuilds while `make serve` runs, which uses `mkdocs serve --strict --dirty`.

A dirty build re-renders only the pages whose Markdown changed, which keeps the edit
loop well under two seconds. Two things make it safe here:

- Edits to data/, macros/, overrides/ or mkdocs.yml change pages without touching their
  Markdown. When one of them is newer than at the last build, the built pages are
  removed, so the dirty build renders every page again.
- MkDocs warns on every dirty build, which --strict would turn into an error. Exactly
  that warning is dropped; every other warning still fails the build.

Full builds (`make build`, CI) are unaffected: they start from an empty site directory.
"""

from __future__ import annotations

import logging
from pathlib import Path

INPUTS = ("data", "macros", "overrides", "mkdocs.yml")
DIRTY_WARNING = "A 'dirty' build is being performed"


class HandbookDevServer(logging.Filter):
    """Drops the dirty-build warning, and remembers the inputs' newest change between rebuilds.

    It lives on MkDocs' build logger, so it survives the reload of this hook on every rebuild.
    """

    inputs_seen = 0.0

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(DIRTY_WARNING)


def _state() -> logging.Filter:
    logger = logging.getLogger("mkdocs.commands.build")
    for existing in logger.filters:
        if type(existing).__name__ == HandbookDevServer.__name__:
            return existing
    state = HandbookDevServer()
    logger.addFilter(state)
    return state


def _newest_input(root: Path) -> float:
    newest = 0.0
    for name in INPUTS:
        path = root / name
        files = path.rglob("*") if path.is_dir() else [path]
        newest = max([newest, *(f.stat().st_mtime for f in files if f.is_file() and "__pycache__" not in f.parts)])
    return newest


def on_pre_build(config) -> None:
    state = _state()
    newest = _newest_input(Path(config["config_file_path"]).parent)
    if newest > state.inputs_seen:
        site = Path(config["site_dir"])
        if state.inputs_seen and site.is_dir():
            for page in site.rglob("*.html"):
                page.unlink()
        state.inputs_seen = newest
