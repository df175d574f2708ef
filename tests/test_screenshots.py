"""Screenshots of representative pages (light, dark, phone width) land in screenshots/ for people to look at."""

from __future__ import annotations

from playwright.sync_api import Browser

from conftest import ROOT
from screenshots import DEFAULT_PAGES, VIEWS, take


def test_screenshots_are_written(browser: Browser, base_url: str) -> None:
    written = take(browser, base_url, DEFAULT_PAGES, ROOT / "screenshots")
    assert len(written) == len(DEFAULT_PAGES) * len(VIEWS)
    for path in written:
        data = path.read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 20_000, path
