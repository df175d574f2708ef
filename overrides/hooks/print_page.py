"""The print version: every page's article, in navigation order, on one page at print/.

A build hook: after the build it fills the stub page docs/print.md with the
articles of every page in the navigation, taken from the site's own HTML, so it
shows exactly what the pages show. Ids are prefixed with the page's slug so they
stay unique, and links between pages become links within the print page.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation

SHELL = "print.md"  # a stub page (not in the nav) whose article is replaced by every chapter
SKIP = {SHELL, "tags.md", "about/macros.md", "about/offline.md"}

_ARTICLE = re.compile(r'(<article class="md-content__inner md-typeset">)(.*?)(</article>)', re.S)
_BUTTON = re.compile(r'<a [^>]*class="md-content__button md-icon"[^>]*>.*?</a>', re.S)
_TAGS = re.compile(r'<nav class="md-tags"[^>]*>.*?</nav>', re.S)
# on paper the compare table shows every role: drop the picker and what marks the table for it
_PICKER = re.compile(r'<fieldset class="hb-picker">.*?</fieldset>|\sdata-picker="roles"', re.S)
_ID = re.compile(r'\b(id|for)="([^"]+)"')
_LABELLED = re.compile(r'\baria-(labelledby|describedby)="([^"]+)"')
_HREF = re.compile(r'\b(href|src)="([^"]*)"')


def slug(url: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", url.lower()).strip("-") or "home"


def _file(url: str) -> str:
    return url if url.endswith(".html") else url + "index.html"


def build(site_dir: Path, pages: list, shell_page: Any, site_name: str) -> None:
    """Fill the stub page print.md (print/index.html, or print.html in the offline copy) with every chapter."""
    here = posixpath.dirname(_file(shell_page.url)) or "."
    wanted = [p for p in pages if p.file.src_uri not in SKIP]
    in_print = {p.url: slug(p.url.removesuffix(".html")) for p in wanted}
    sections, contents = [], []
    for page in wanted:
        html = (site_dir / _file(page.url)).read_text(encoding="utf-8")
        match = _ARTICLE.search(html)
        if not match:
            continue
        body = _PICKER.sub("", _TAGS.sub("", _BUTTON.sub("", match.group(2))))
        body = _rewrite(body, page.url, in_print, here)
        sections.append(f'<section class="hb-print-page" id="{in_print[page.url]}">{body}</section>')
        contents.append(f'<li><a href="#{in_print[page.url]}">{page.title}</a></li>')
    shell = (site_dir / _file(shell_page.url)).read_text(encoding="utf-8")
    intro = (
        f'<h1 id="print-version">{site_name}: print version</h1>'
        "<p>Every chapter on one page. Use your browser's Print command and choose "
        "Save as PDF to keep a copy. Links to other chapters jump within this page.</p>"
        f'<nav aria-label="Chapters"><h2 id="chapters">Chapters</h2><ol>{"".join(contents)}</ol></nav>'
    )
    article = intro + "".join(sections)
    html = _ARTICLE.sub(lambda m: m.group(1) + article + m.group(3), shell, count=1)
    (site_dir / _file(shell_page.url)).write_text(html, encoding="utf-8")


def _rewrite(body: str, page_url: str, in_print: dict[str, str], here: str) -> str:
    prefix = in_print[page_url]
    body = _ID.sub(lambda m: f'{m.group(1)}="{prefix}--{m.group(2)}"', body)
    body = _LABELLED.sub(
        lambda m: f'aria-{m.group(1)}="' + " ".join(f"{prefix}--{t}" for t in m.group(2).split()) + '"', body
    )
    return _HREF.sub(lambda m: f'{m.group(1)}="{_link(m.group(2), page_url, in_print, here)}"', body)


def _link(href: str, page_url: str, in_print: dict[str, str], here: str) -> str:
    if not href or urlsplit(href).scheme or href.startswith(("//", "mailto:", "data:")):
        return href
    if href.startswith("#"):
        return f"#{in_print[page_url]}--{href[1:]}" if len(href) > 1 else f"#{in_print[page_url]}"
    path, _, fragment = href.partition("#")
    base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url) + "/"
    target = posixpath.normpath(posixpath.join(base, path))
    target = "" if target == "." else target
    target_page = target + "/" if target and not posixpath.splitext(target)[1] else target
    if target_page in in_print:
        return f"#{in_print[target_page]}--{fragment}" if fragment else f"#{in_print[target_page]}"
    rel = posixpath.relpath(target or ".", here)
    if href.endswith("/") or target_page.endswith("/"):
        rel += "/"
    return rel + (f"#{fragment}" if fragment else "")


_nav: list = []


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    _nav[:] = list(nav.pages)  # every page, nested sections included, in navigation order
    shell = files.get_file_from_path(SHELL)
    _nav.append(shell.page if shell else None)
    return nav


def on_post_build(config: MkDocsConfig) -> None:
    *pages, shell = _nav
    if shell is not None:
        build(Path(config["site_dir"]), pages, shell, config["site_name"])
