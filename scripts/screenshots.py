"""Screenshots of built pages in light and dark schemes and at phone width, for a person to look at.

Usage: python scripts/screenshots.py [page ...]   (paths relative to the site, default: a representative set)
Reads site/ (run `make build` first) and writes PNG files to screenshots/. The browser
tests write the same set on every `make test`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Browser

sys.path.insert(0, str(Path(__file__).parent))
from serve_site import CHROMIUM_ARGS, chromium_path, serve

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAGES = [
    "",
    "roles/backend/",
    "compare/",
    "languages/python/",
    "pay/salaries/",
    "skills/backend/",
    "faq/",
]
VIEWS: dict[str, dict[str, Any]] = {
    "light": {"viewport": {"width": 1280, "height": 900}, "color_scheme": "light"},
    "dark": {"viewport": {"width": 1280, "height": 900}, "color_scheme": "dark"},
    "phone": {"viewport": {"width": 390, "height": 844}, "color_scheme": "light", "device_scale_factor": 2},
}


def take(browser: Browser, base_url: str, pages: list[str], out: Path) -> list[Path]:
    """Full-page screenshots of `pages` in every view; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for view, options in VIEWS.items():
        context = browser.new_context(**options)
        page = context.new_page()
        for path in pages:
            page.goto(base_url + path, wait_until="networkidle")
            name = (path.strip("/").replace("/", "_") or "home") + f"-{view}.png"
            page.screenshot(path=str(out / name), full_page=True)
            written.append(out / name)
        context.close()
    return written


def main(pages: list[str]) -> None:
    from playwright.sync_api import sync_playwright

    with serve(ROOT / "site") as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for path in take(browser, base, pages, ROOT / "screenshots"):
            print(path)
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1:] or DEFAULT_PAGES)
