"""The handbook's search: Material's search interface, worker and index format, changed only where
Material offers a place to change them.

- Configuration (mkdocs.yml, plugins.search): a separator that ends words at punctuation, field
  boosts, and an `aliases` field that macros/search_names.py fills from data/.
- The index the build writes: this hook marks the sections whose heading asks a question.
- The worker's address in each page's config: this hook points it at
  assets/javascripts/workers/handbook-search.js, a thin layer that loads Material's worker
  unchanged, rewords each query before it (question words dropped, plurals and typos matched) and
  lists the answers to a question first. Material's worker file name follows the "?", so a
  Material release with a new worker needs no edit here.

Why a layer around the worker at all: Material's worker turns every query word into a prefix query
("do" into "do*"), which skips lunr's stop-word filter and never matches a typo, and no setting
changes that. A question such as "do I need a degree" ranked pages full of words starting with "do"
and "i" above the answer, and "graphgl" found nothing.

The offline copy runs the same worker through the vendored iframe-worker shim; the
Content-Security-Policy hook reads the worker's address from each page's config, as changed here.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

WORKER = "handbook-search.js"  # in assets/javascripts/workers/, beside Material's worker
_MATERIAL_WORKER = re.compile(r'("search":\s*"(?:[^"]*/)?assets/javascripts/workers/)(search\.\w+\.min\.js)"')

# A section whose heading its author wrote as a question answers it: the index marks it
# (`"question": true`, which Material's worker passes through to its results), and the handbook's
# worker lists such a section first when a reader asks that question. Headings that come from data
# (the titles of cited sources, say) are not the handbook's answers and are not marked.
_QUESTION = re.compile(r"^#{2,6}[ \t]+(.+\?)[ \t]*(?:\{[^}\n]*\})?[ \t]*$", re.MULTILINE)
_questions: dict[str, set[str]] = {}  # page URL -> its question headings, as plain words


def _plain(title: str) -> str:
    return " ".join(re.sub(r"<[^>]+>|[*_`\\]", "", html.unescape(title)).lower().split())


def on_pre_build(config: MkDocsConfig) -> None:
    _questions.clear()


# before mkdocs-macros renders data into the page: only the headings its author wrote count
@event_priority(100)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    _questions[page.url] = {_plain(match.group(1)) for match in _QUESTION.finditer(markdown)}
    return markdown


def worker_address(page_html: str) -> str:
    """`page_html` with its search worker address pointing at the handbook's worker."""
    if 'id="__config"' not in page_html:
        return page_html
    page_html, found = _MATERIAL_WORKER.subn(rf'\g<1>{WORKER}?\g<2>"', page_html, count=1)
    if not found:
        raise PluginError(f"Material's search worker address is not in the page's config; update {__file__}")
    return page_html


def on_post_page(output: str, page: Any, config: MkDocsConfig) -> str:
    return worker_address(output)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return worker_address(output_content)  # the 404 page


def mark_questions(index: dict) -> None:
    for doc in index["docs"]:
        page, _, anchor = doc["location"].partition("#")
        if anchor and _plain(doc["title"]) in _questions.get(page, ()):
            doc["question"] = True


# after the search plugin has written the index, before the offline plugin copies it into a script
@event_priority(-50)
def on_post_build(config: MkDocsConfig) -> None:
    path = Path(config["site_dir"]) / "search/search_index.json"
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    mark_questions(index)
    path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
