"""`make serve` (mkdocs serve --strict) keeps showing the last good build while a contributor
works, and every rebuild is a clean, complete build.

- Each rebuild goes to a staging folder next to the one the server shows. Only a build that
  ends without an error or a warning replaces what readers of the preview see; a mistake
  leaves the previous site in place until the next save fixes it.
- A failed rebuild is reported in a line or two (file, line or field, what is wrong),
  never with MkDocs' traceback or its "the server will appear stuck" message, and the
  server keeps watching.
- Builds are never `--dirty`: a dirty build leaves the search index, tags page, print
  version and llms.txt with only the pages it re-rendered. A complete build is what
  `mkdocs build` makes, so the preview's generated files equal a clean build's.

`mkdocs build` is untouched: these hooks act only under `mkdocs serve`.
"""

from __future__ import annotations

import logging
import shutil
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.utils import CountHandler

log = logging.getLogger("mkdocs.handbook.serve")
_serving: dict[str, str] = {}  # "command" and "shown", the folder the server shows


def on_startup(command: str, dirty: bool) -> None:
    _serving["command"] = command


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if _serving.get("command") == "serve":
        _serving["shown"] = config["site_dir"]
        config["site_dir"] = config["site_dir"].rstrip("/\\") + "-staging"
    return config


@event_priority(-100)  # after every other post-build step has written its files
def on_post_build(config: MkDocsConfig) -> None:
    if _serving.get("command") != "serve" or _strict_warnings(config):
        return  # the build is about to abort: the server keeps the last good site
    _publish(Path(config["site_dir"]), Path(_serving["shown"]))


def on_serve(server: Any, config: MkDocsConfig, builder: Callable[..., None]) -> Any:
    original = server.builder

    def build_or_keep_the_last_good_site() -> None:
        try:
            original()
        except (Exception, SystemExit) as error:
            if "BuildError" not in str(error):  # a BuildError's own words are already printed
                log.error("%s", _describe(error))
            log.error("Not published: the preview still shows the last good build. Fix the problem and save.")

    server.builder = build_or_keep_the_last_good_site
    return server


def _strict_warnings(config: MkDocsConfig) -> int:
    if not config["strict"]:
        return 0
    handlers = [h for h in logging.getLogger("mkdocs").handlers if isinstance(h, CountHandler)]
    return sum(count for h in handlers for _, count in h.get_counts())


def _describe(error: BaseException) -> str:
    """One line for a mistake MkDocs or the data layer already explained; where Python code fails, its place."""
    message = str(error).strip() or type(error).__name__
    if error.__class__.__module__.startswith(("mkdocs", "click")) or isinstance(error, SystemExit):
        return message
    frames = traceback.extract_tb(error.__traceback__)
    where = f" ({frames[-1].filename}, line {frames[-1].lineno})" if frames else ""
    if isinstance(error, SyntaxError):
        where = f" ({error.filename}, line {error.lineno})"
        message = error.msg
    return f"{type(error).__name__}: {message}{where}"


def _publish(staging: Path, shown: Path) -> None:
    """Move the new build into the folder the server shows, file by file, each move atomic."""
    new = {p.relative_to(staging) for p in staging.rglob("*") if p.is_file()}
    for rel in sorted(new):
        target = shown / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        (staging / rel).replace(target)  # atomic on one file system
    for old in sorted(shown.rglob("*"), reverse=True):
        rel = old.relative_to(shown)
        if old.is_file() and rel not in new:
            old.unlink()
        elif old.is_dir() and not any(old.iterdir()):
            old.rmdir()
    shutil.rmtree(staging, ignore_errors=True)
