"""llms.txt: a plain-text map of the handbook for language-model tools (https://llmstxt.org/).

Written after the build from the navigation and each page's title and description.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation

_nav: list = []


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    _nav[:] = [nav]
    return nav


def on_post_build(config: MkDocsConfig) -> None:
    if not _nav:
        return
    site_url = config["site_url"] or "/"
    lines = [
        f"# {config['site_name']}",
        "",
        f"> {' '.join(config['site_description'].split())}",
        "",
        "Every figure in the handbook is a sourced, dated record; the data is also published as JSON under "
        f"{site_url}data/v1/index.json (CC BY 4.0).",
        "",
    ]
    for title, pages in _sections(_nav[0].items):
        lines += [f"## {title}", ""]
        for page in pages:
            description = " ".join(str(page.meta.get("description", "")).split())
            entry = f"- [{page.title}]({site_url}{page.url})"
            lines.append(f"{entry}: {description}" if description else entry)
        lines.append("")
    (Path(config["site_dir"]) / "llms.txt").write_text("\n".join(lines), encoding="utf-8")


def _sections(items: list[Any]) -> list[tuple[str, list]]:
    """Group the navigation into (section title, pages), flattening nested sections."""
    sections: list[tuple[str, list]] = [("Start here", [])]
    for item in items:
        if item.is_page:
            sections[0][1].append(item)
        elif item.is_section:
            sections.append((item.title, list(_walk(item.children))))
    return [(title, pages) for title, pages in sections if pages]


def _walk(items: list[Any]) -> Iterator[Any]:
    for item in items:
        if item.is_page:
            yield item
        elif item.is_section:
            yield from _walk(item.children)
