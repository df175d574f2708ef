"""The other names readers search for (a language's "JS", a role's "SRE", a term's "k8s"), written
into the search index that Material's search plugin built.

Material indexes every page and every section as a document, with the fields named under
plugins.search.fields in mkdocs.yml; its worker indexes any field listed there. This adds an
`aliases` field to the document that describes each record (the page and anchor macros/links.py
gives it, or the page itself where the anchor is not a section of its own, as in the glossary),
so a reader's name for a record finds its page with the weight mkdocs.yml gives that field.

The names come from the data (`aliases`, and `aka` for roles), never from a list in the code.
Only the words a document's title does not already carry are added, each once: the title finds
the others already, and repeating common words such as "engineer" in many documents would make
every role page outrank, say, the career ladder for "staff engineer".

Runs once, after the build (mkdocs-macros' on_post_build, after the search plugin's).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .catalog import Catalog
from .links import target

NAME_FIELDS = ("aliases", "aka")  # the fields of a record that hold other names for it
INDEX = "search/search_index.json"  # in the built site, as Material's search plugin writes it


def names_by_location(catalog: Catalog, directory_urls: bool) -> dict[str, list[str]]:
    """Search-index location (e.g. 'languages/javascript/') -> the other names of the records there."""
    found: dict[str, list[str]] = {}
    for collection, records in catalog.collections.items():
        for record in records.values():
            names = [name for field in NAME_FIELDS for name in getattr(record, field, ())]
            if names:
                found.setdefault(site_location(target(collection, record), directory_urls), []).extend(names)
    return found


def site_location(docs_path: str, directory_urls: bool) -> str:
    """The search-index location of a docs path: 'frameworks/index.md#react' -> 'frameworks/#react'."""
    path, _, anchor = docs_path.partition("#")
    stem = path.removesuffix(".md")
    if not directory_urls:
        url = stem + ".html"
    elif stem == "index" or stem.endswith("/index"):
        url = stem.removesuffix("index")
    else:
        url = stem + "/"
    return url + (f"#{anchor}" if anchor else "")


def new_words(names: list[str], title: str, separator: str) -> list[str]:
    """The words of `names` that `title` does not contain, lowercased, each once, in order."""
    split = re.compile(separator)
    seen = {word for word in split.split(re.sub(r"<[^>]+>", " ", title).lower()) if word}
    words = []
    for name in names:
        for word in split.split(name.lower()):
            if word and word not in seen:
                seen.add(word)
                words.append(word)
    return words


def add_to_index(catalog: Catalog, site_dir: Path, directory_urls: bool) -> None:
    """Give the documents that describe a record an `aliases` field with the record's other names."""
    path = site_dir / INDEX
    if not path.is_file():  # search is switched off
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    docs = {doc["location"]: doc for doc in index["docs"]}
    separator = index["config"]["separator"]
    for location, names in names_by_location(catalog, directory_urls).items():
        doc = docs.get(location) or docs.get(location.partition("#")[0])
        if doc is None:
            raise ValueError(f"search index: no page at '{location}' for the names {names}")
        doc["aliases"] = new_words([*doc.get("aliases", ()), *names], doc["title"], separator)
    path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
