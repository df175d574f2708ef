"""What a reader does with the handbook's own features, in Chromium: roadmap checklists,
the compare picker, charts, and finding the way (tags, breadcrumbs, previous/next, 404)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from conftest import VIEWS

KEY = "webdev-career-handbook:progress"


def _checklist(page: Page, role: str) -> None:
    """Wait until this page's own checklist is built (after instant navigation the old one may linger)."""
    page.wait_for_selector(f".hb-checklist[data-role='{role}'][data-ready]")


def _navigate(page: Page, role: str) -> None:
    """Follow the navigation link to a role page (instant navigation) and wait for its checklist."""
    page.locator(f".md-nav a[href$='roles/{role}/']").first.click()
    page.wait_for_url(lambda url: urlsplit(url).path.endswith(f"/roles/{role}/"))  # whatever the #section
    _checklist(page, role)


def _ticked(page: Page) -> list[str]:
    return page.eval_on_selector_all(".hb-checklist__box", "boxes => boxes.filter(b => b.checked).map(b => b.value)")


def _stored(page: Page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{KEY}')") or "null")


def test_roadmap_ticks_persist_and_move_between_devices(browser: Browser, base_url: str, tmp_path: Path) -> None:
    context = browser.new_context(**VIEWS["light"], accept_downloads=True)
    page = context.new_page()
    page.goto(base_url + "roles/backend/")
    _checklist(page, "backend")
    page.get_by_role("checkbox", name="Done: SQL and relational databases").check()
    page.get_by_role("checkbox", name="Done: Git").check()
    expect(page.locator(".hb-checklist__status")).to_contain_text("2 of 11 skills")

    page.reload()
    _checklist(page, "backend")
    assert sorted(_ticked(page)) == ["git", "sql"]

    # instant navigation to another role: shared skills are ticked there too
    _navigate(page, "data-engineer")
    assert {"sql", "git"} <= set(_ticked(page))

    # ticks are stored by skill id, so they survive edits to the pages
    assert _stored(page)["skills"] == {"sql": True, "git": True}

    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress").click()
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    saved = json.loads(exported.read_text())
    assert saved["format"] == "webdev-career-handbook-progress" and saved["version"] == 2
    assert saved["skills"] == ["git", "sql"]

    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Reset").click()
    assert sorted(_ticked(page)) == ["git", "sql"], "dismissing the confirmation must keep the ticks"
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Reset").click()
    expect(page.locator(".hb-checklist__status")).to_contain_text("Everything cleared.")
    assert _ticked(page) == []

    page.locator(".hb-checklist input[type=file]").set_input_files(exported)
    expect(page.locator(".hb-checklist__status")).to_contain_text("Imported 2 items.")
    assert sorted(_ticked(page)) == ["git", "sql"]
    context.close()


def _import(page: Page, path: Path) -> None:
    page.locator(".hb-checklist input[type=file]").set_input_files(path)


def test_import_keeps_only_what_the_handbook_has_and_refuses_oversized_files(
    browser: Browser, base_url: str, tmp_path: Path
) -> None:
    context = browser.new_context(**VIEWS["light"])
    page = context.new_page()
    page.goto(base_url + "roles/frontend/")
    _checklist(page, "frontend")
    status = page.locator(".hb-checklist__status")

    bad = tmp_path / "bad.json"
    bad.write_text('{"skills": ["<img src=x onerror=alert(1)>"]}')
    _import(page, bad)
    expect(status).to_contain_text("not a progress file exported from this handbook")
    assert _ticked(page) == []

    # a version 1 file (ticked skills only) from before this release, with ids the handbook does not have
    old = tmp_path / "old.json"
    old.write_text(
        json.dumps(
            {
                "format": "webdev-career-handbook-progress",
                "version": 1,
                "skills": ["html", "css", "cobol", "Not An Id", "constructor"],
            }
        )
    )
    _import(page, old)
    expect(status).to_contain_text("Imported 2 items, ignored 3 that this handbook does not have.")
    assert sorted(_ticked(page)) == ["css", "html"]

    # 200,000 unknown ids once filled storage with 4.4 MB: now the file is refused for its size
    huge = tmp_path / "huge.json"
    huge.write_text(
        json.dumps(
            {
                "format": "webdev-career-handbook-progress",
                "version": 2,
                "skills": [f"skill-{n}" for n in range(200_000)],
            }
        )
    )
    _import(page, huge)
    expect(status).to_contain_text("larger than 64 KB")
    stored = page.evaluate(f"localStorage.getItem('{KEY}')")
    assert len(stored) < 2_000 and json.loads(stored)["skills"] == {"css": True, "html": True}
    context.close()


@pytest.mark.parametrize(
    "saved",
    ['{"skills": []}', '{"skills": {"html": "yes"}}', "[1, 2]", "not json at all", '{"skills": null, "version": 9}'],
)
def test_saved_progress_of_an_unexpected_shape_starts_clean_and_saves_again(
    browser: Browser, base_url: str, saved: str
) -> None:
    context = browser.new_context(**VIEWS["light"])
    # stored once, before the page's own scripts run; not again on the reload below
    context.add_init_script(
        f"if (location.protocol === 'http:' && !sessionStorage.getItem('seeded')) {{"
        f" localStorage.setItem('{KEY}', {json.dumps(saved)}); sessionStorage.setItem('seeded', '1'); }}"
    )
    page = context.new_page()
    page.goto(base_url + "roles/frontend/")
    _checklist(page, "frontend")
    assert _ticked(page) == []
    page.get_by_role("checkbox", name="Done: HTML").check()
    assert _stored(page)["skills"] == {"html": True}, "a new tick must be saved"
    page.reload()
    _checklist(page, "frontend")
    assert _ticked(page) == ["html"]
    context.close()


# how a browser refuses storage: blocked by policy (reading localStorage throws), every call
# throwing (some private modes), or full (writing throws a quota error)
REFUSALS = {
    "blocked": "Object.defineProperty(window, 'localStorage',"
    " {get() { throw new DOMException('denied', 'SecurityError'); }});",
    "throwing": "for (const m of ['getItem', 'setItem', 'removeItem'])"
    " Storage.prototype[m] = () => { throw new Error('no'); };",
    "full": "Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };",
}


@pytest.mark.parametrize("refusal", list(REFUSALS))
def test_a_browser_that_cannot_save_still_works_and_says_so(browser: Browser, base_url: str, refusal: str) -> None:
    context = browser.new_context(**VIEWS["light"])
    context.add_init_script(REFUSALS[refusal])
    page = context.new_page()
    page.goto(base_url + "roles/backend/")  # an uncaught error anywhere fails the test (conftest)
    _checklist(page, "backend")
    status = page.locator(".hb-checklist__status")
    expect(status).to_contain_text("This browser is not letting the handbook save")
    page.get_by_role("checkbox", name="Done: Git").check()
    expect(status).to_contain_text("1 of 11 skills on this roadmap ticked.")
    expect(status).to_contain_text("last only until you leave this page")
    # the tick holds for the visit, also when the checklist is drawn again
    _navigate(page, "devops")
    assert "git" in _ticked(page)
    context.close()


def _visible_headers(page: Page) -> list[str]:
    return page.eval_on_selector_all(
        ".hb-compare thead th", "cells => cells.filter(c => !c.hidden && c.offsetParent).map(c => c.textContent.trim())"
    )


def test_compare_picker_shows_the_chosen_roles(browser: Browser, base_url: str) -> None:
    context = browser.new_context(**VIEWS["light"])
    page = context.new_page()
    page.goto(base_url + "compare/")
    assert _visible_headers(page) == ["Aspect", "Frontend developer", "Backend developer", "Full-stack developer"]
    assert page.get_by_role("checkbox", name="Data engineer").is_disabled(), "three roles is the most"
    page.get_by_role("checkbox", name="Full-stack developer").uncheck()
    page.get_by_role("checkbox", name="Data engineer").check()
    assert _visible_headers(page) == ["Aspect", "Frontend developer", "Backend developer", "Data engineer"]
    assert page.url.endswith("?roles=frontend,backend,data-engineer")
    expect(page.get_by_role("status").first).to_contain_text(
        "Showing Frontend developer, Backend developer, Data engineer"
    )
    page.reload()
    assert _visible_headers(page) == ["Aspect", "Frontend developer", "Backend developer", "Data engineer"]
    context.close()


def test_compare_page_takes_only_the_handbooks_role_ids(browser: Browser, base_url: str) -> None:
    context = browser.new_context(**VIEWS["light"])
    page = context.new_page()
    page.goto(base_url + "compare/?roles=constructor,__proto__,toString,<b>x</b>,backend")
    page.wait_for_selector(".hb-compare[data-ready]")
    assert _visible_headers(page) == ["Aspect", "Backend developer"]
    context.close()


def test_compare_page_is_a_complete_table_without_javascript(browser: Browser, base_url: str) -> None:
    context = browser.new_context(**VIEWS["light"], java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "compare/")
    assert len(_visible_headers(page)) == 9  # Aspect and all eight roles
    assert not page.locator(".hb-picker").is_visible()
    context.close()


def test_compare_page_stacks_the_chosen_roles_on_a_phone(browser: Browser, base_url: str) -> None:
    context = browser.new_context(**VIEWS["phone"])
    page = context.new_page()
    page.goto(base_url + "compare/?roles=backend,data-engineer")
    row = page.locator(".hb-compare tbody tr").filter(has_text="Languages")
    cells = row.locator("td:visible")
    assert cells.count() == 3, "the aspect and the two chosen roles"
    # one under another, each as wide as the row, so nothing scrolls sideways
    boxes = [cells.nth(i).bounding_box() for i in range(3)]
    assert boxes[0]["y"] < boxes[1]["y"] < boxes[2]["y"]
    assert min(box["width"] for box in boxes) > 300
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    expect(cells.nth(1).locator(".hb-compare__label")).to_have_text("Backend developer")
    expect(cells.nth(2).locator(".hb-compare__label")).to_have_text("Data engineer")
    # the labels are for sighted readers; screen readers get the column headers
    assert cells.nth(1).get_attribute("role") == "cell"
    assert page.locator(".hb-compare thead th").nth(1).get_attribute("role") == "columnheader"
    # the header links stay in sight: a hidden link would take keyboard focus out of view
    link = page.locator(".hb-compare thead a[data-role='backend']")
    expect(link).to_be_visible()
    assert page.evaluate(
        "a => { const r = a.getBoundingClientRect(); const c = a.closest('thead').getBoundingClientRect();"
        " return r.width > 50 && c.width > 50 && c.height > 10; }",
        link.element_handle(),
    ), "the header links must be on screen, not clipped to a pixel"
    expect(page.locator(".hb-compare thead a[data-role='frontend']")).to_be_hidden()
    context.close()


def test_print_version_compares_every_role(browser: Browser, base_url: str) -> None:
    context = browser.new_context(**VIEWS["light"])
    page = context.new_page()
    page.goto(base_url + "print/")
    table = page.locator("#compare .hb-compare table")
    headers = table.locator("thead th:visible")
    expect(headers).to_have_count(9)  # Aspect and all eight roles: paper cannot pick
    assert page.locator("#compare .hb-picker").count() == 0
    context.close()


def test_charts_are_described_and_readable_in_both_schemes(browser: Browser, base_url: str) -> None:
    fills = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(**VIEWS[scheme])
        page = context.new_page()
        page.goto(base_url + "pay/salaries/")
        charts = page.locator("svg.hb-chart__svg")
        expect(charts).to_have_count(3)  # the spread, the trend and the headline pay
        for svg in charts.all():  # every chart is an image with a name and the figures in words
            assert svg.get_attribute("role") == "img"
            assert svg.locator("title").text_content() and "$" in (svg.locator("desc").text_content() or "")
        chart = page.locator("svg.hb-chart__svg", has=page.locator(".hb-chart__bar")).first
        title = chart.locator("title").text_content()
        desc = chart.locator("desc").text_content()
        assert "Median yearly pay" in title and "highest first" in desc and "$" in desc
        labels = chart.locator("text.hb-chart__value").all_text_contents()
        assert labels and all(label.startswith("$") for label in labels)
        fills[scheme] = page.evaluate(
            """() => { const bg = getComputedStyle(document.body).backgroundColor;
                 const fill = s => getComputedStyle(document.querySelector(s)).fill;
                 const line = getComputedStyle(document.querySelector('.hb-chart__line')).stroke;
                 return [fill('.hb-chart__bar'), fill('.hb-chart__band-inner'), line, bg]; }"""
        )
        # the figures behind the chart, with their sources, in a table-like list under it
        page.get_by_text("The figures in this chart, with sources").last.click()  # the bar chart's
        expect(
            page.locator("details").filter(has_text="The figures in this chart").last.locator("a").first
        ).to_be_visible()
        context.close()
    for part, name in enumerate(("bars", "bands", "lines")):
        assert fills["light"][part] != fills["dark"][part], f"{name} take a colour for each scheme"


def test_finding_the_way(browser: Browser, base_url: str) -> None:
    context = browser.new_context(**VIEWS["light"])
    page = context.new_page()
    page.goto(base_url + "roles/backend/")
    expect(page.locator("nav.md-path")).to_contain_text("Roles")  # breadcrumbs
    expect(page.locator(".md-footer__link--prev")).to_be_visible()
    expect(page.locator(".md-footer__link--next")).to_be_visible()
    page.locator(".md-tags a", has_text="Backend").first.click()  # a page's tag leads to the topic index
    page.wait_for_url("**/tags/**")
    expect(page.locator("h1")).to_contain_text("Topics")
    page.goto(base_url + "404.html")
    expect(page.locator("h1")).to_have_text("Page not found")
    page.get_by_text("Search the handbook").click()
    expect(page.locator("input.md-search__input")).to_be_focused()
    context.close()
