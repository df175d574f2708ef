"""The offline copy works from file:// with no server: pages open, links navigate, search finds pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from conftest import ROOT, VIEWS, mkdocs_build, open_search, search


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("offline") / "site"
    result = mkdocs_build(ROOT, out, "-f", "mkdocs-offline.yml")
    assert result.returncode == 0, result.stderr
    return out


def test_offline_copy_needs_no_network(offline_site: Path) -> None:
    for page in offline_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "unpkg.com" not in text and "fonts.googleapis" not in text, page
    assert (offline_site / "search/search_index.js").is_file()
    assert (offline_site / "print.html").is_file()


def test_navigation_and_search_work_from_file_urls(browser: Browser, offline_site: Path) -> None:
    context = browser.new_context(**VIEWS["light"])
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.goto((offline_site / "index.html").as_uri())
    page.get_by_role("link", name="Backend developer", exact=True).first.click()
    page.wait_for_url("**/roles/backend.html")
    assert page.locator("h1").inner_text().startswith("Backend (back-end) developer")
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially("bootcamp", delay=30)
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    first = page.locator(".md-search-result__item a.md-search-result__link").first.get_attribute("href")
    assert first and "paths/bootcamp.html" in first
    assert all(url.startswith(("file://", "data:", "blob:", "about:")) for url in requests), requests
    context.close()


def test_questions_and_typos_find_their_page_from_file_urls(browser: Browser, offline_site: Path) -> None:
    """The handbook's search worker runs in the iframe-worker shim as well, at desktop and phone width."""
    for view in ("light", "phone"):
        context = browser.new_context(**VIEWS[view])
        page = context.new_page()
        page.goto((offline_site / "roles/backend.html").as_uri())
        open_search(page)
        for query, expected in {
            "Do I need a degree to be a back end engineer?": "/paths/degree.html",
            "graphgl": "/backend/apis.html",
            "k8s": "/glossary.html",
        }.items():
            assert any(p.endswith(expected) for p in search(page, query)[:3]), (view, query)
        context.close()


def test_the_planner_and_the_guide_work_from_file_urls(browser: Browser, offline_site: Path) -> None:
    context = browser.new_context(**VIEWS["light"])
    page = context.new_page()
    page.goto((offline_site / "roles/backend.html").as_uri())
    page.wait_for_selector(".hb-roadmap[data-ready]")
    page.fill("#hb-hours-backend", "10")
    expect(page.locator(".hb-planner__result")).to_contain_text("At 10 hours a week, the 6 stages")
    page.goto((offline_site / "which-role.html").as_uri())
    page.wait_for_selector("form.hb-fit[data-ready]")
    page.check("input[name='fit-on-call'][value='2']")
    page.get_by_role("button", name="Show my closest roles").click()
    expect(page.locator(".hb-fit__result:visible").first).to_contain_text("DevOps and platform engineer")
    context.close()
