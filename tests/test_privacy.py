"""Reading the handbook sends nothing to anyone: no third-party request, no cookie, no analytics."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import Browser

from conftest import VIEWS, site_pages

ANALYTICS = ("gtag(", "googletagmanager", "google-analytics", "plausible", "matomo", "analytics.js", "clarity.ms")


def test_every_page_requests_only_the_local_server(browser: Browser, site: Path, base_url: str) -> None:
    context = browser.new_context(**VIEWS["light"])
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    pages = site_pages(site)
    for path in pages:
        page.goto(base_url + path, wait_until="networkidle")
        scripts = page.eval_on_selector_all("script", "s => s.map(e => (e.src || '') + ' ' + e.textContent).join(' ')")
        assert not any(marker in scripts for marker in ANALYTICS), f"{path}: analytics code in a script"
    # the search index and worker load on first use of search: use it once
    page.goto(base_url)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially("backend", delay=30)
    page.wait_for_selector(".md-search-result__item")
    outside = sorted({u for u in requests if urlparse(u).hostname not in ("127.0.0.1",) and not u.startswith("data:")})
    assert not outside, "requests left the machine:\n" + "\n".join(outside)
    assert context.cookies() == []
    assert len(requests) > len(pages), "the request log recorded nothing: the check would prove nothing"
    context.close()
