"""What a reader's saved progress may name: the ids store.js keeps when it imports a file."""

from __future__ import annotations

import json

from markupsafe import Markup

from ..render import Renderer

# kind in the progress file -> collection it names
KINDS = {"skills": "skills", "projects": "projects", "roles": "roles", "questions": "questions"}


def known_ids(r: Renderer) -> Markup:
    """An empty element whose data attribute lists, as JSON, every id a progress file may name.

    Not a <script type="application/json"> block: Material's instant navigation re-creates the
    scripts of each page it swaps in without their type, which would run the JSON as code.
    """
    ids = {kind: [x.id for x in r.catalog.all(c)] if c in r.catalog.collections else [] for kind, c in KINDS.items()}
    text = json.dumps(ids, separators=(",", ":"))
    return Markup('<div class="hb-known-ids" hidden data-ids="{}"></div>').format(text)
