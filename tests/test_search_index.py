"""What the build gives Material's search: the other names data/ declares, in the search index."""

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
