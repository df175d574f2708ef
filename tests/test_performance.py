"""Performance, checked without timing anything: what a first visit downloads and how many
requests it makes, what a further page costs, that nothing but the theme's stylesheets blocks the
first paint, and that nothing on screen moves once it is drawn (layout shift 0).

Lighthouse's performance score is a timing and lives in `make bench`; the budgets are the same.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from benchmark.budgets import FIRST_LOAD_KB, FIRST_LOAD_REQUESTS, NEXT_PAGE_KB
from benchmark.reader import follow_instantly, gzipped_sizes
from playwright.sync_api import Browser, Page

from conftest import VIEWS, wait_for_enhancements

PAGES = ["", "roles/backend/", "compare/", "languages/python/", "pay/salaries/"]

# the theme's stylesheets: Material's two, and the handbook's one (see the note in the module below)
BLOCKING_ALLOWED = re.compile(r"assets/stylesheets/(main|palette)\.[0-9a-f]+\.min\.css$|assets/handbook\.css$")

LAYOUT_SHIFT = """() => new Promise(resolve => {
    let total = 0;
    new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
        .observe({type: "layout-shift", buffered: true});
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
})"""


def _first_load(page: Page, url: str) -> tuple[float, int]:
    responses: list = []
    page.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="networkidle")
    wait_for_enhancements(page)
    total, _index = gzipped_sizes(responses)
    return total / 1024, len(responses)


@pytest.mark.parametrize("path", PAGES)
def test_first_load_is_within_the_budget_and_nothing_moves(browser: Browser, base_url: str, path: str) -> None:
    context = browser.new_context(**VIEWS["phone"])
    page = context.new_page()
    kb, requests = _first_load(page, base_url + path)
    assert kb <= FIRST_LOAD_KB, f"{path or '/'}: {kb:.1f} KB gzipped on first load (budget {FIRST_LOAD_KB})"
    assert requests <= FIRST_LOAD_REQUESTS, f"{path or '/'}: {requests} requests (budget {FIRST_LOAD_REQUESTS})"
    assert page.evaluate(LAYOUT_SHIFT) == 0, f"{path or '/'}: something moved after it was drawn"
    context.close()


def test_a_further_page_is_within_the_budget(browser: Browser, base_url: str) -> None:
    context = browser.new_context(**VIEWS["light"])
    page = context.new_page()
    page.goto(base_url + "roles/backend/", wait_until="networkidle")
    wait_for_enhancements(page)
    further = follow_instantly(page, ".md-nav a[href$='roles/frontend/']", "roles/frontend/", "Frontend")
    wait_for_enhancements(page)
    kb = gzipped_sizes(further)[0] / 1024
    assert 0 < kb <= NEXT_PAGE_KB, f"instant navigation to a role page cost {kb:.1f} KB gzipped"
    context.close()


def test_only_the_theme_stylesheets_block_the_first_paint(site: Path) -> None:
    """Every script is deferred; the stylesheets in <head> are Material's and the handbook's one.

    The handbook's stylesheet stays a file rather than inline CSS: inlined, its 2-3 KB gzipped
    would be downloaded again on every instant navigation, beyond the 15 KB budget for a page.
    """
    for html in [site / "index.html", site / "roles/backend/index.html", site / "404.html"]:
        head = html.read_text(encoding="utf-8").split("</head>", 1)[0]
        for tag in re.findall(r"<script\b[^>]*\bsrc=[^>]*>", head):
            assert " defer" in tag or " async" in tag, f"{html.name}: render-blocking {tag}"
        for href in re.findall(r'<link rel="stylesheet" href="([^"]+)"', head):
            assert BLOCKING_ALLOWED.search(href), f"{html.relative_to(site)}: render-blocking stylesheet {href}"
