"""The real strict build: pages exist, macros left nothing behind, figures carry citations."""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import pytest

from conftest import mkdocs_build
from macros.catalog import Catalog
from macros.library import Macros, describe
from serve_site import SITE_URL

ROOT = Path(__file__).resolve().parent.parent


def visible_text(page: Path) -> str:
    """Text of the article, without code blocks (where `{{` may be shown on purpose)."""
    source = page.read_text(encoding="utf-8")
    article = source.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]
    article = re.sub(r"<pre.*?</pre>|<code.*?</code>", " ", article, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", article)).split())


def all_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


@pytest.mark.parametrize(
    "page",
    ["index.html", "roles/frontend/index.html", "roles/backend/index.html", "compare/frontend-vs-backend/index.html"],
)
def test_slice_pages_exist(site: Path, page: str) -> None:
    assert (site / page).is_file()


def test_no_macro_syntax_left_anywhere(site: Path) -> None:
    for page in all_pages(site):
        text = visible_text(page)
        for token in ("{{", "}}", "{%", "%}"):
            assert token not in text, f"{page.relative_to(site)} shows {token!r}"


def test_role_page_shows_a_statistic_with_source_and_date(site: Path) -> None:
    text = " ".join(visible_text(site / "roles/backend/index.html").split())
    assert "Pay in the United States: $135,980 a year (Median annual wage, software developers" in text
    assert "As of May 2025 · United States" in text
    assert "Source: Occupational Employment and Wage Statistics, May 2025" in text
    assert "read first-hand on 30 November 2026" in text
    assert "quoted second-hand in What Does a Back-End Developer Do? (Coursera)" in text
    # older editions stay in the data as history, not on the role page
    assert "$132,270" not in text and "As of May 2023" not in text


def test_compare_page_shows_pay_by_developer_type_and_says_there_is_no_official_split(site: Path) -> None:
    text = visible_text(site / "compare/index.html")
    assert "There is no official split." in text
    section = text.split("Pay by developer type", 2)[2]
    assert "Developer, front-end $62,015 (1,119 people) $145,000 (201 people)" in section
    assert "Developer, back-end $79,742 (3,897 people) $175,000 (687 people)" in section
    assert "Self-reported total yearly pay (salary, bonuses and perks, before tax) in US dollars, 2025;" in section
    assert "Of 49,019 people who responded, 23,928 gave their pay." in section
    assert "self-selected" in section


def test_pay_outside_the_united_states_keeps_each_currency(site: Path) -> None:
    text = visible_text(site / "pay/outside-us/index.html")
    for written in ("£55,587 a year", "C$48.08 an hour", "€6,097 a month", "A$132,758 a year", "€34.80 an hour"):
        assert written in text
    assert "SEK 53,500 a month" in text
    for occupation in ("SOC 2020 2134", "NOC 2021 21232", "ANZSCO 261313", "BRC 2014 0811", "SSYK 2012 2512"):
        assert occupation in text
    assert "quoted second-hand in" in text and "read first-hand" not in text


def test_role_pages_show_skills_and_languages_from_data(site: Path) -> None:
    catalog = Catalog.load(ROOT / "data")
    for role in catalog.all("roles"):
        text = visible_text(site / f"roles/{role.id}/index.html")
        for skill_id in role.skills:
            assert catalog.skill(skill_id).name in text
        for language_id in role.languages:
            assert catalog.language(language_id).name in text


def test_search_index_contains_the_role_pages(site: Path) -> None:
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    assert {"roles/frontend/", "roles/backend/", "compare/frontend-vs-backend/"} <= locations


def test_macro_reference_reads_as_an_author_expects(site: Path) -> None:
    """Names, signatures and argument descriptions as a reader sees them on the page."""
    page = (site / "about/macros/index.html").read_text(encoding="utf-8")
    headings = {
        m.group(1): _text(m.group(2)) for m in re.finditer(r'<h2 id="([^"]+)">(.*?)<a class="headerlink"', page)
    }
    for macro in describe(Macros):
        assert headings[macro["name"].replace("_", "-")] == macro["name"]  # no escape sequences
        assert macro["example"] in html.unescape(page)
    text = " ".join(_text(page.split("<article", 1)[1].split("</article>", 1)[0]).split())
    assert 'bar_chart(title, *ids, note="")' in text and "certification_table(role=None)" in text
    assert "'str'" not in text, "signatures show no type annotations"
    assert (
        "target: path in the built site; a trailing slash means a page (print/), which becomes print.html "
        "in the offline copy." in text
    ), "an argument described over two lines is one item"


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def test_pages_request_nothing_from_third_parties(site: Path) -> None:
    for page in all_pages(site):
        source = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in source and "fonts.gstatic" not in source
        loads = (
            r'<(?:script|img|iframe)[^>]+src="(?:https?:)?//'
            r'|<link[^>]+rel="(?!canonical|alternate)[^"]*"[^>]+href="(?:https?:)?//'
        )
        for match in re.finditer(loads, source):
            pytest.fail(f"{page.relative_to(site)} loads a remote resource: {match.group(0)}")


def test_every_page_has_a_description_that_is_safe_in_an_attribute() -> None:
    """Material writes the description into <meta content="..."> without escaping it."""
    import yaml

    for page in sorted((ROOT / "docs").rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        assert text.startswith("---\n"), f"{page}: no front matter"
        meta = yaml.safe_load(text[4 : text.index("\n---\n", 4)])
        description = meta.get("description", "")
        assert 40 <= len(description) <= 300, f"{page}: description missing or of odd length"
        assert not set('"<>') & set(description), f"{page}: use typographic quotes in the description"


def test_link_previews_and_machine_files(site: Path) -> None:
    page = (site / "roles/backend/index.html").read_text(encoding="utf-8")
    assert '<meta property="og:title" content="Backend developer - Web Dev Career Handbook">' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    assert f'<link rel="canonical" href="{SITE_URL}roles/backend/">' in page
    assert (site / "assets/social-card.png").stat().st_size > 10_000
    llms = (site / "llms.txt").read_text(encoding="utf-8")
    assert llms.startswith("# Web Dev Career Handbook\n\n> ")
    assert f"- [Backend developer]({SITE_URL}roles/backend/): " in llms
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap.count("<loc>") == len(all_pages(site))


def test_open_data_matches_the_data_files(site: Path) -> None:
    from jsonschema import Draft202012Validator

    index = json.loads((site / "data/v1/index.json").read_text(encoding="utf-8"))
    assert index["licence"]["id"] == "CC-BY-4.0"
    catalog = Catalog.load(ROOT / "data")
    assert [f["name"] for f in index["files"]] == [n.removesuffix(".yml") for n in catalog.files]
    for entry in index["files"]:
        data = json.loads((site / "data/v1" / entry["data"]).read_text(encoding="utf-8"))
        schema = json.loads((site / "data/v1" / entry["schema"]).read_text(encoding="utf-8"))
        assert not list(Draft202012Validator(schema).iter_errors(data)), entry["name"]
    roles = json.loads((site / "data/v1/roles.json").read_text(encoding="utf-8"))["roles"]
    assert [r["id"] for r in roles] == [r.id for r in catalog.all("roles")]


def test_print_version_holds_every_chapter_with_unique_ids(site: Path) -> None:
    page = (site / "print/index.html").read_text(encoding="utf-8")
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    for chapter in ("roles-backend", "languages-python", "faq", "pay-salaries"):
        assert f'<section class="hb-print-page" id="{chapter}">' in page
    assert 'href="#roles-backend--pay-and-outlook"' in page  # links between chapters stay inside the page


def test_outdated_figures_are_flagged_and_listed_without_failing_the_build(site: Path, tmp_path: Path) -> None:
    # the session's site is built with the clock fixed at 2026-11-23 (conftest.BUILD_ENV)
    backend = visible_text(site / "roles/backend/index.html")
    assert "May be outdated: U.S. Bureau of Labor Statistics usually publishes new figures every year" in backend
    listed = visible_text(site / "about/maintainers/index.html")
    assert "Projected employment growth, software developers alone" in listed and "28 September 2026" in listed
    assert "Not searched yet" not in listed, "every flagged figure says what was searched"

    # the same commit built with the clock set before any figure was due: no flags, same exit status
    result = mkdocs_build(ROOT, tmp_path / "early", env={"HANDBOOK_TODAY": "2024-09-01"})
    assert result.returncode == 0, result.stderr
    assert "may be outdated" not in result.stderr
    assert "May be outdated" not in visible_text(tmp_path / "early/roles/backend/index.html")
    assert "Every figure is within its source" in visible_text(tmp_path / "early/about/maintainers/index.html")

    late = mkdocs_build(ROOT, tmp_path / "late")
    assert late.returncode == 0
    assert "figures may be outdated (listed on about/maintainers)" in late.stderr


def test_material_markup_fixes_reach_every_page(site: Path) -> None:
    """The hook's exact replacements still match Material's markup: a release that changes it fails here."""
    sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
    try:
        import material_fixes
    finally:
        sys.path.pop(0)
    pages = [*all_pages(site), site / "404.html"]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for old, _new in material_fixes.FIXES:
            assert old not in text, f"{page.relative_to(site)} still has {old!r}"
        assert 'aria-labelledby="__nav_' not in text, f"{page.relative_to(site)}: a section nav has no name"
        assert not re.search(r'<script src="[^"]*bundle\.[0-9a-f]+\.min\.js"></script>', text), page
    # the replacements found their targets: the fixed markup is there
    every = "".join(page.read_text(encoding="utf-8") for page in pages)
    for _old, new in material_fixes.FIXES:
        assert not new or new in every, f"no page has {new!r}"
    backend = (site / "roles/backend/index.html").read_text(encoding="utf-8")
    assert '<nav class="md-nav" data-md-level="1" aria-label="Roles"' in backend


def test_memoised_macros_give_the_same_pages_as_uncached_ones(site: Path, tmp_path: Path) -> None:
    """Macro output is cached per page directory; turning the cache off must change no byte."""
    result = mkdocs_build(ROOT, tmp_path / "uncached", env={"HANDBOOK_NO_MACRO_CACHE": "1"})
    assert result.returncode == 0, result.stderr
    cached, uncached = _files(site), _files(tmp_path / "uncached")
    assert cached.keys() == uncached.keys()
    assert [str(k) for k in cached if cached[k] != uncached[k]] == []


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_every_page_carries_a_content_security_policy_that_allows_only_the_site(site: Path) -> None:
    policies = set()
    for page in [*all_pages(site), site / "404.html"]:
        head = page.read_text(encoding="utf-8").split("</head>", 1)[0]
        match = re.search(
            r'<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)">', head
        )
        assert match, f"{page.relative_to(site)}: no policy right after the charset"
        policies.add(match.group(1))
    assert len(policies) == 1, "every page needs the same policy (instant navigation keeps the first one)"
    directives = dict(d.strip().split(" ", 1) for d in policies.pop().split(";"))
    assert directives["default-src"] == "'self'" and directives["object-src"] == "'none'"
    assert directives["base-uri"] == "'self'"
    script = directives["script-src"].split()
    assert script[0] == "'self'" and all(s.startswith("'sha256-") for s in script[1:])
    assert "unsafe" not in " ".join(directives.values())


def test_no_page_title_repeats_the_site_name(site: Path) -> None:
    """Material writes "<page> - <site>"; the home page is titled by the site's name once."""
    from project_config import load

    name = load()["site_name"]
    for page in site.rglob("*.html"):
        title = re.search(r"<title>(.*?)</title>", page.read_text(encoding="utf-8"))
        if title:
            assert title.group(1).count(name) <= 1, f"{page.relative_to(site)}: <title>{title.group(1)}</title>"
    assert re.search(rf"<title>{re.escape(name)}</title>", (site / "index.html").read_text(encoding="utf-8"))
