"""Screenshots of built pages in light and dark schemes and at phone width.

Usage: python scripts/screenshots.py [page ...]   (paths relative to site/, default: a representative set)
Writes PNG files to screenshots/ for a person to look at.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).parent))
from serve_site import CHROMIUM_ARGS, chromium_path, serve

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAGES = ["", "roles/backend/", "roles/frontend/", "compare/frontend-vs-backend/"]
VIEWS = {
    "light": {"viewport": {"width": 1280, "height": 900}, "color_scheme": "light"},
    "dark": {"viewport": {"width": 1280, "height": 900}, "color_scheme": "dark"},
    "phone": {"viewport": {"width": 390, "height": 844}, "color_scheme": "light", "device_scale_factor": 2},
    "phone-dark": {"viewport": {"width": 390, "height": 844}, "color_scheme": "dark", "device_scale_factor": 2},
}


def main(pages: list[str]) -> None:
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    with serve(ROOT / "site") as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for view, options in VIEWS.items():
            context = browser.new_context(**options)
            page = context.new_page()
            for path in pages:
                page.goto(base + path)
                name = (path.strip("/").replace("/", "_") or "home") + f"-{view}.png"
                page.screenshot(path=str(out / name), full_page=True)
                print(out / name)
            context.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1:] or DEFAULT_PAGES)
