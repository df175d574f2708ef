"""No orphans either way: every role, skill, language, framework and database in data/
appears on a page, and every role and language page is backed by a record."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT
from macros.catalog import Catalog

CATALOG = Catalog.load(ROOT / "data")


def ids_on(site: Path, page: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', (site / page / "index.html").read_text(encoding="utf-8")))


def test_every_role_and_language_has_its_page_and_every_page_its_record(site: Path) -> None:
    for kind in ("roles", "languages"):
        records = {r.id for r in CATALOG.all(kind)}
        pages = {p.stem for p in (ROOT / "docs" / kind).glob("*.md")} - {"index", "choosing"}
        assert records == pages, (
            f"{kind}: records without a page {records - pages}, pages without a record {pages - records}"
        )
        for ident in records:
            assert (site / kind / ident / "index.html").is_file()


def test_every_skill_framework_and_database_is_described_on_a_page(site: Path) -> None:
    for skill in CATALOG.all("skills"):
        assert skill.id in ids_on(site, f"skills/{skill.group}"), skill.id
    for group in CATALOG.all("groups"):
        assert (site / "skills" / group.id / "index.html").is_file(), group.id
    assert {f.id for f in CATALOG.all("frameworks")} <= ids_on(site, "frameworks")
    assert {d.id for d in CATALOG.all("databases")} <= ids_on(site, "databases")
    assert {t.id for t in CATALOG.all("terms")} <= ids_on(site, "glossary")
    assert {c.id for c in CATALOG.all("certifications")} <= ids_on(site, "paths/certifications")
    assert {s.id for s in CATALOG.all("sources")} <= ids_on(site, "about/sources")


def test_every_statistic_is_shown_somewhere(site: Path) -> None:
    """A figure nobody sees is either dead weight or a page that forgot to cite it.

    A figure counts as seen when a page cites it, a page charts its series, a role or language
    lists it, it is a role's headline, or it is an older edition of a figure that is seen (it is
    kept as history, and the source list and open data show it)."""
    stats = CATALOG.all("stats")
    shown = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.md"))
    cited = {s.id for s in stats if s.id in shown or (s.series and f'"{s.series}"' in shown)}
    tagged = {s.id for s in stats if s.roles or s.languages}
    charted = {r.pay for r in CATALOG.all("roles")} | {r.outlook for r in CATALOG.all("roles")}
    seen = cited | tagged | charted
    unused = [s.id for s in stats if s.id not in seen and CATALOG.newest(s).id not in seen]
    assert not unused, f"statistics shown on no page: {unused}"
