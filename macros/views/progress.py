"""What a reader's saved progress may name: the ids store.js keeps when it imports a file."""

from __future__ import annotations

from ..catalog import Catalog

# kind in the progress file -> collection it names
KINDS = {"skills": "skills", "projects": "projects", "roles": "roles", "questions": "questions"}


def known_ids(catalog: Catalog) -> dict[str, list[str]]:
    """Every id a progress file may name, by kind. The build puts them into the script bundle
    (overrides/hooks/scripts_bundle.py), cached once for every page instead of written into each."""
    return {kind: [x.id for x in catalog.all(c)] for kind, c in KINDS.items() if c in catalog.collections}
