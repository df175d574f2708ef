"""Where each kind of record is described in docs/, and relative links to it.

The catalog knows nothing of pages; this module is the one place that maps a
record to its page. Links come out as Markdown links to `.md` files, so MkDocs
checks every one of them (and its anchor) in a strict build.
"""

from __future__ import annotations

import functools
import posixpath
from typing import Any

from markupsafe import Markup

# kind -> page (and anchor) that describes a record of that kind
_PAGES = {
    "roles": "roles/{id}.md",
    "skills": "skills/{group}.md#{id}",
    "groups": "skills/{id}.md",
    "languages": "languages/{id}.md",
    "frameworks": "frameworks/index.md#{id}",
    "sources": "about/sources.md#{id}",
    "databases": "databases/index.md#{id}",
    "terms": "glossary.md#{id}",
    "certifications": "paths/certifications.md#{id}",
    "levels": "career/ladder.md#{id}",
    "moves": "career/lateral-moves.md#{id}",
    "paths": "paths/{id}.md",
    "stages": "roles/{role}.md#{id}",
    "projects": "roadmaps/projects.md#{id}",
    "courses": "roadmaps/time.md#{id}",
}


def target(kind: str, record: Any) -> str:
    """Docs-relative path of the page (and anchor) describing `record`."""
    fields = {"id": record.id, "group": getattr(record, "group", ""), "role": getattr(record, "role", "")}
    return _PAGES[kind].format(**fields)


@functools.lru_cache(maxsize=4096)
def relative(here: str, docs_path: str) -> Markup:
    """A link from the page `here` (its src path, e.g. 'roles/backend.md') to `docs_path`."""
    path, _, anchor = docs_path.partition("#")
    # by file name even on the same page, so a link reads the same from every page in its directory
    rel = posixpath.relpath(path, posixpath.dirname(here) or ".")
    return Markup(rel + (f"#{anchor}" if anchor else ""))


def site_relative(page_url: str, site_path: str) -> Markup:
    """A relative URL from a built page (its URL, e.g. 'about/open-data/') to a file the build writes."""
    page_dir = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url) + "/"
    return Markup(posixpath.relpath(site_path, page_dir.rstrip("/") or "."))
