"""Build the catalog once per build and register the macros. No logic of its own.

Page templates see the macros only; the catalog stays here for the post-build publisher.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from . import page_errors, publish, search_names
from .catalog import Catalog
from .library import Macros, public_macros
from .problems import DataError
from .render import Renderer
from .views import facts
from .views.progress import known_ids
from .views.reference import abbreviations


def today() -> dt.date:
    """The build's clock for "may be outdated" flags.

    HANDBOOK_TODAY=YYYY-MM-DD fixes it (tests); otherwise SOURCE_DATE_EPOCH (the last
    commit, set by make and CI) keeps two builds of one commit identical; otherwise today.
    """
    if fixed := os.environ.get("HANDBOOK_TODAY"):
        return dt.date.fromisoformat(fixed)
    if epoch := os.environ.get("SOURCE_DATE_EPOCH"):
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.date.today()


# the catalog of the build in progress, for on_post_build; not a template variable
_built: dict[str, Catalog] = {}


def define_env(env: Any) -> None:
    data_dir = Path(env.project_dir) / "data"
    try:
        catalog = Catalog.load(data_dir)
    except DataError as err:
        raise PluginError(str(err)) from None
    renderer = Renderer(catalog, today())
    _warn_about_outdated(renderer)
    macros = Macros(
        renderer,
        current_page=lambda: _src_path(env.page),
        current_url=lambda: env.page.url,
        directory_urls=env.conf["use_directory_urls"],
        data_read=lambda files: _note_data_files(env.page, files),
    )
    public = public_macros(macros)
    for name, func in public.items():
        env.macro(func, name)
    page_errors.register(list(public))
    # glossary tooltips: the abbr extension's own glossary option, set once per build
    # (appending "*[API]: ..." lines to every page made Markdown three times slower)
    env.conf["mdx_configs"].setdefault("abbr", {})["glossary"] = abbreviations(catalog)
    # the ids a progress file may name, for the script bundle (overrides/hooks/scripts_bundle.py)
    env.conf["extra"]["handbook_known_ids"] = known_ids(catalog)
    _built["catalog"] = catalog


def _warn_about_outdated(renderer: Renderer) -> None:
    """Say which figures are due for a refresh, without failing the build.

    The logger sits outside MkDocs' own ('handbook', not 'mkdocs'), so --strict does
    not count these warnings; the pages flag the same figures to readers.
    """
    stale = facts.outdated(renderer)
    if stale:
        log = logging.getLogger("handbook.freshness")
        log.warning("%d figures may be outdated (listed on about/maintainers):", len(stale))
        for stat, source, due in stale:
            log.warning("  %s: %s was due to publish a newer edition by %s", stat.id, source.publisher, due.isoformat())


# the page's meta key listing the data files its macros read; overrides/hooks/last_updated.py reads it
DATA_FILES_KEY = "handbook_data_files"


def _note_data_files(page: Any, files: frozenset[str]) -> None:
    meta = getattr(page, "meta", None)
    if isinstance(meta, dict) and files:
        meta[DATA_FILES_KEY] = sorted(set(meta.get(DATA_FILES_KEY, ())) | files)


def _src_path(page: Any) -> str:
    """The page's path in docs/: MkDocs keeps it on page.file; Zensical's page has it as page.path."""
    file = getattr(page, "file", None)
    return file.src_uri if file is not None else str(page.path).replace("\\", "/")


def on_post_build(env: Any) -> None:
    """Publish the open data next to the built pages, and give the search index the data's other names."""
    config = env.conf
    site_dir = Path(config["site_dir"])
    site_url = config["site_url"] or "/"
    publish.open_data(_built["catalog"], Path(env.project_dir), site_dir, site_url)
    try:
        search_names.add_to_index(_built["catalog"], site_dir, config["use_directory_urls"])
    except ValueError as err:
        raise PluginError(str(err)) from None
