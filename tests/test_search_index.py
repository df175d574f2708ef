"""What the build gives Material's search: names from data in the index, question headings marked,
and every page pointing at the handbook's search worker, which loads Material's own."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT
from macros.catalog import Catalog
from macros.links import target
from macros.search_names import NAME_FIELDS, new_words, site_location

CATALOG = Catalog.load(ROOT / "data")


@pytest.fixture(scope="module")
def index(site: Path) -> dict:
    return json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))


def test_every_name_from_data_is_searchable_on_its_records_page(index: dict) -> None:
    """Each word of every other name a record declares is in the title or the aliases of its document."""
    docs = {doc["location"]: doc for doc in index["docs"]}
    split = re.compile(index["config"]["separator"])
    checked = 0
    for collection, records in CATALOG.collections.items():
        for record in records.values():
            for name in (n for field in NAME_FIELDS for n in getattr(record, field, ())):
                location = site_location(target(collection, record), directory_urls=True)
                doc = docs.get(location) or docs[location.partition("#")[0]]
                words = set(split.split(doc["title"].lower())) | set(doc["aliases"])
                assert {w for w in split.split(name.lower()) if w} <= words, (name, location)
                checked += 1
    assert checked > 100
    assert "k8s" in docs["glossary/"]["aliases"] and "postgres" in docs["databases/#postgresql"]["aliases"]
    assert index["config"]["fields"]["aliases"]["boost"] > 0  # Material's worker indexes the field


def test_names_add_only_words_the_title_lacks() -> None:
    names = ["DevOps engineer", "SRE", "site reliability engineer", "SRE"]
    words = new_words(names, "DevOps and platform engineer", r"\s+")
    assert words == ["sre", "site", "reliability"]


@pytest.mark.parametrize(
    ("docs_path", "directory_urls", "location"),
    [
        ("roles/backend.md", True, "roles/backend/"),
        ("frameworks/index.md#react", True, "frameworks/#react"),
        ("glossary.md#kubernetes", False, "glossary.html#kubernetes"),
        ("index.md", True, ""),
    ],
)
def test_site_location_follows_mkdocs_urls(docs_path: str, directory_urls: bool, location: str) -> None:
    assert site_location(docs_path, directory_urls) == location


def test_headings_written_as_questions_are_marked(index: dict) -> None:
    marked = {doc["location"] for doc in index["docs"] if doc.get("question")}
    faq = re.findall(r"^## (.+\?)$", (ROOT / "docs/faq.md").read_text(encoding="utf-8"), re.MULTILINE)
    assert len([m for m in marked if m.startswith("faq/#")]) == len(faq)
    assert "paths/degree/#do-i-need-a-degree-to-be-a-back-end-engineer" in marked
    # titles of cited sources come from data: they are not the handbook's answers
    sources = [doc for doc in index["docs"] if doc["location"].startswith("about/sources/#")]
    assert any(doc["title"].endswith("?") for doc in sources)
    assert not any(doc.get("question") for doc in sources)


def test_every_page_runs_the_handbooks_worker_around_materials(site: Path) -> None:
    workers = site / "assets/javascripts/workers"
    pages = [p for p in site.rglob("*.html") if 'id="__config"' in p.read_text(encoding="utf-8")]
    assert len(pages) > 70
    for page in pages:
        match = re.search(r'"search": "([^"]*)"', page.read_text(encoding="utf-8"))
        assert match, page
        address, _, material = match.group(1).partition("?")
        assert address.endswith("assets/javascripts/workers/handbook-search.js"), page
        assert re.fullmatch(r"search\.[0-9a-f]+\.min\.js", material) and (workers / material).is_file(), page
    assert (workers / "handbook-search.js").is_file()
