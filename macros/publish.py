"""Files written next to the built site: open data as versioned JSON, and llms.txt.

Runs once, after the build (mkdocs-macros' on_post_build). Output is a pure
function of the data and the navigation, so two builds give the same bytes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from . import schema
from .catalog import Catalog
from .schema import schema_name

OPEN_DATA_VERSION = "v1"
OPEN_DATA_DIR = f"data/{OPEN_DATA_VERSION}"
LICENCE = {"id": "CC-BY-4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}


def _dump(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def open_data(catalog: Catalog, project_dir: Path, site_dir: Path, site_url: str) -> list[dict]:
    """Write data/v1/<collection-file>.json with its schema and licence; return the index entries."""
    out = site_dir / OPEN_DATA_DIR
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    for file_name, root in catalog.files.items():
        name = file_name.removesuffix(".yml")
        (out / f"{name}.json").write_text(_dump(root.model_dump(mode="json")), encoding="utf-8")
        (out / schema_name(file_name)).write_text(schema.render(file_name), encoding="utf-8")
        counts = {key: len(value) for key, value in root}
        entries.append({"name": name, "data": f"{name}.json", "schema": f"{name}.schema.json", "records": counts})
    shutil.copyfile(project_dir / "LICENSE-CONTENT", out / "LICENSE.txt")
    index = {
        "title": "Web Dev Career Handbook open data",
        "version": OPEN_DATA_VERSION,
        "home": f"{site_url}about/open-data/",
        "licence": {**LICENCE, "attribution": "Web Dev Career Handbook contributors", "file": "LICENSE.txt"},
        "files": entries,
    }
    (out / "index.json").write_text(_dump(index), encoding="utf-8")
    return entries


def llms_txt(nav, site_name: str, site_description: str, site_url: str, site_dir: Path) -> None:
    """A plain-text map of the handbook for language-model tools (https://llmstxt.org/)."""
    lines = [
        f"# {site_name}",
        "",
        f"> {' '.join(site_description.split())}",
        "",
        "Every figure in the handbook is a sourced, dated record; the data is also published as JSON under "
        f"{site_url}{OPEN_DATA_DIR}/index.json (CC BY 4.0).",
        "",
    ]
    for title, pages in _sections(nav.items):
        lines += [f"## {title}", ""]
        for page in pages:
            description = " ".join(str(page.meta.get("description", "")).split())
            entry = f"- [{page.title}]({site_url}{page.url})"
            lines.append(f"{entry}: {description}" if description else entry)
        lines.append("")
    (site_dir / "llms.txt").write_text("\n".join(lines), encoding="utf-8")


def _sections(items, title: str = "Start here") -> list[tuple[str, list]]:
    """Group the navigation into (section title, pages), flattening nested sections."""
    sections: list[tuple[str, list]] = [(title, [])]
    for item in items:
        if item.is_page:
            sections[0][1].append(item)
        elif item.is_section:
            pages = list(walk(item.children))
            sections.append((item.title, pages))
    return [(t, p) for t, p in sections if p]


def walk(items):
    for item in items:
        if item.is_page:
            yield item
        elif item.is_section:
            yield from walk(item.children)
