"""axe-core on every page, light and dark and at phone width; keyboard access and the skip link."""

from __future__ import annotations

from pathlib import Path

import axe_playwright_python
import pytest
from playwright.sync_api import Browser, Page, expect

from conftest import VIEWS, site_pages, wait_for_enhancements

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
        wait_for_enhancements(page)
        problems += [f"{path or '/'} [{view}]: {v}" for v in axe_violations(page)]
    assert not problems, "\n".join(problems)


def test_skip_link_moves_focus_to_the_content(page: Page, base_url: str) -> None:
    page.goto(base_url + "roles/backend/")
    page.keyboard.press("Tab")
    skip = page.evaluate("document.activeElement.textContent.trim()")
    assert skip == "Skip to content"
    # Material slides the focused link into view: wait until all of it is on screen
    expect(page.locator(".md-skip")).to_be_in_viewport(ratio=1)
    page.keyboard.press("Enter")
    page.wait_for_url("**#backend-developer")
    expect(page.locator("#backend-developer")).to_be_focused()  # focus itself moves, not only the view
    page.keyboard.press("Tab")
    inside = page.evaluate("!!document.activeElement.closest('.md-content')")
    assert inside, "after the skip link, Tab should continue inside the content"


FOCUSABLE = """() => [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
    .filter(e => e.tabIndex >= 0 && !e.closest('[hidden]') && e.getClientRects().length
                 && getComputedStyle(e).visibility !== 'hidden'
                 // in a radio group only the checked radio takes Tab; arrows move within the group
                 && !(e.type === 'radio' && !e.checked))"""

# what a sighted keyboard user sees of the focused element: itself, or its label when the input is hidden
SEEN = """() => { let e = document.activeElement;
    if (e.getBoundingClientRect().width < 2) {  // a visually hidden input shows focus on its label
      const label = (e.nextElementSibling && e.nextElementSibling.tagName === 'LABEL') ? e.nextElementSibling
                    : e.id && document.querySelector(`label[for="${e.id}"]`);
      if (label) e = label;
    }
    const r = e.getBoundingClientRect();
    return {tag: document.activeElement.tagName, x: r.x, y: r.y, width: r.width, height: r.height,
            text: (document.activeElement.textContent || document.activeElement.getAttribute('aria-label') || '')
                  .trim().slice(0, 40)}; }"""


def _shot(page: Page, box: dict) -> bytes:
    pad = 3
    clip = {
        "x": max(box["x"] - pad, 0),
        "y": max(box["y"] - pad, 0),
        "width": box["width"] + 2 * pad,
        "height": box["height"] + 2 * pad,
    }
    return page.screenshot(clip=clip, animations="disabled")


# at phone width the navigation sits in a drawer; keyboard users are checked at desktop width
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["compare/frontend-vs-backend/", "roles/backend/"])
def test_every_interactive_element_is_reachable_with_visible_focus(
    browser: Browser, scheme: str, path: str, base_url: str
) -> None:
    """Tab reaches every interactive element, and each looks different when focused than when not."""
    context = browser.new_context(**VIEWS[scheme])
    page = context.new_page()
    page.goto(base_url + path)
    wait_for_enhancements(page)
    wanted = page.evaluate(FOCUSABLE + ".length")
    reached, invisible = 0, []
    for _ in range(wanted + 5):
        page.keyboard.press("Tab")
        focused = page.evaluate(SEEN)
        if focused["tag"] == "BODY":
            break
        reached += 1
        if focused["width"] < 1 or focused["height"] < 1:
            invisible.append(f"{focused['tag']} {focused['text']!r} (no size)")
            continue
        with_focus = _shot(page, focused)
        page.keyboard.press("Shift+Tab")
        without_focus = _shot(page, focused)
        page.keyboard.press("Tab")
        if with_focus == without_focus:
            invisible.append(f"{focused['tag']} {focused['text']!r}")
    context.close()
    assert reached >= wanted, f"only {reached} of {wanted} interactive elements reached with Tab"
    assert not invisible, "focus not visible on: " + "; ".join(invisible)


def test_no_axe_violations_once_the_interactive_parts_show_their_results(page: Page, view: str, base_url: str) -> None:
    """The role-fit results, the self-assessment, the planner's dates and the filtered projects, as a
    reader sees them after using them, in light, dark and phone views."""
    problems = []
    page.goto(base_url + "which-role/")
    page.wait_for_selector("form.hb-fit[data-ready]")
    for question in ("out-of-sight-reliability", "organise-information", "see-it-on-screen"):
        page.check(f"input[name='fit-{question}'][value='2']")
    page.get_by_role("button", name="Show my closest roles").click()
    expect(page.locator(".hb-fit__result:visible")).to_have_count(3)
    problems += [f"which-role/ results [{view}]: {v}" for v in axe_violations(page)]

    page.goto(base_url + "roles/backend/")
    page.wait_for_selector(".hb-matrix[data-ready]")
    page.get_by_text("Use this table as a self-assessment").click()
    for group in page.locator("fieldset.hb-assess__skill").all():
        group.locator("input").nth(2).check()
    page.get_by_role("button", name="Show where I stand").click()
    expect(page.locator(".hb-assess__result")).to_contain_text("Your band: mid.")
    page.fill("#hb-hours-backend", "8")
    expect(page.locator(".hb-planner__result")).to_contain_text("At 8 hours a week")
    problems += [f"roles/backend/ assessed and planned [{view}]: {v}" for v in axe_violations(page)]

    page.goto(base_url + "roadmaps/projects/")
    page.wait_for_selector("form.hb-filters[data-ready]")
    page.select_option("#hb-filter-role", "mobile")
    expect(page.locator(".hb-filters__status")).to_contain_text("Showing 6 of")
    problems += [f"roadmaps/projects/ filtered [{view}]: {v}" for v in axe_violations(page)]
    assert not problems, "\n".join(problems)
