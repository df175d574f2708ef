"""axe-core on every page, light and dark and at phone width; keyboard access and the skip link."""

from __future__ import annotations

from pathlib import Path

import axe_playwright_python
import pytest
from playwright.sync_api import Page

from conftest import site_pages

AXE_SOURCE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


def axe_violations(page: Page) -> list[str]:
    page.evaluate(AXE_SOURCE)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {', '.join(str(n['target']) for n in v['nodes'][:3])}"
        for v in result["violations"]
    ]


CHUNKS = 4  # pages are checked in interleaved quarters so parallel workers share the load


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_no_axe_violations_on_any_page(page: Page, view: str, chunk: int, site: Path, base_url: str) -> None:
    problems = []
    for path in [*site_pages(site), "404.html"][chunk::CHUNKS]:
        page.goto(base_url + path, wait_until="load")
        problems += [f"{path or '/'} [{view}]: {v}" for v in axe_violations(page)]
    assert not problems, "\n".join(problems)


def test_skip_link_moves_focus_to_the_content(page: Page, base_url: str) -> None:
    page.goto(base_url + "roles/backend/")
    page.keyboard.press("Tab")
    skip = page.evaluate("document.activeElement.textContent.trim()")
    assert skip == "Skip to content"
    page.wait_for_timeout(400)  # Material slides the link into view
    box = page.evaluate(
        "(() => { const r = document.activeElement.getBoundingClientRect(); return [r.top, r.bottom]; })()"
    )
    assert box[0] >= 0 and box[1] <= page.viewport_size["height"], "the focused skip link is off screen"
    page.keyboard.press("Enter")
    assert page.url.endswith("#backend-developer")
    page.keyboard.press("Tab")
    inside = page.evaluate("!!document.activeElement.closest('.md-content')")
    assert inside, "after the skip link, Tab should continue inside the content"


def test_every_interactive_element_is_reachable_with_visible_focus(page: Page, view: str, base_url: str) -> None:
    if view == "phone":
        return  # the drawer hides the navigation at phone width; keyboard users are tested at desktop width
    page.goto(base_url + "compare/frontend-vs-backend/")
    wanted = page.evaluate(
        """() => [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
              .filter(e => e.tabIndex >= 0 && !e.closest('[hidden]') && e.getClientRects().length
                           && getComputedStyle(e).visibility !== 'hidden'
                           // in a radio group only the checked radio takes Tab; arrows move within the group
                           && !(e.type === 'radio' && !e.checked))
              .length"""
    )
    reached, unfocused = 0, []
    for _ in range(wanted + 5):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => { const e = document.activeElement; const s = getComputedStyle(e);
                 return {tag: e.tagName, text: (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40),
                         visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'
                                  || s.textDecorationLine.includes('underline') || e.matches('.md-skip')}; }"""
        )
        if info["tag"] == "BODY":
            break
        reached += 1
        if not info["visible"]:
            unfocused.append(f"{info['tag']} {info['text']!r}")
    assert reached >= wanted, f"only {reached} of {wanted} interactive elements reached with Tab"
    assert not unfocused, "focus not visible on: " + "; ".join(unfocused)
