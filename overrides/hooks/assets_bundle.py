"""The handbook's own assets, made small: its scripts, one small file per feature in overrides/js/,
served as one file, and its one stylesheet, minified.

Every page loads every script (instant navigation swaps pages without loading new scripts), so
one request instead of one per feature. The files are joined in the order below, the shared
store first, after the ids a progress file may name (which the macros put in the configuration,
so they are downloaded once instead of with every page), and minified with rjsmin. The result,
assets/handbook.js, is a file generated in the build's own file list: the dev server, the
offline copy and the print version all see it like any other asset. The stylesheet,
overrides/assets/handbook.css, is replaced in the same file list by its rcssmin-minified copy.
"""

from __future__ import annotations

import json
from pathlib import Path

import rcssmin
import rjsmin
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

SOURCES = Path(__file__).resolve().parent.parent / "js"
ORDER = ("store.js", "handbook.js", "roadmap.js", "projects.js", "fit.js", "assessment.js")
BUNDLE = "assets/handbook.js"
STYLESHEET = "assets/handbook.css"


def bundle(known_ids: dict[str, list[str]]) -> str:
    found = sorted(p.name for p in SOURCES.glob("*.js"))
    missing = sorted(set(found) - set(ORDER))
    if missing:
        raise PluginError(f"overrides/js/: add {', '.join(missing)} to ORDER in overrides/hooks/scripts_bundle.py")
    ids = "window.hbKnownIds = " + json.dumps(known_ids, separators=(",", ":"), sort_keys=True) + ";\n"
    return rjsmin.jsmin(ids + "\n".join((SOURCES / name).read_text(encoding="utf-8") for name in ORDER)) + "\n"


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for file in list(files):
        if file.src_uri.startswith("js/") and file.src_uri.endswith(".js"):
            files.remove(file)
    known = config["extra"].get("handbook_known_ids", {})
    files.append(File.generated(config, BUNDLE, content=bundle(known)))
    stylesheet = files.get_file_from_path(STYLESHEET)
    if stylesheet is not None:
        css = rcssmin.cssmin(Path(stylesheet.abs_src_path or "").read_text(encoding="utf-8"))
        files.remove(stylesheet)
        files.append(File.generated(config, STYLESHEET, content=css + "\n"))
    return files
