"""Roadmaps: the stage list and the diagram agree with the data, the planner gives the right dates
(its pure function in Node, then the page in Chromium, by keyboard only), the project filters work
by keyboard, finished projects travel in the progress file, and the print version carries it all."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from conftest import ROOT, VIEWS, require
from macros.catalog import Catalog

CATALOG = Catalog.load(ROOT / "data")


def _stages(role: str) -> list:
    return [s for s in CATALOG.all("stages") if s.role == role]


@pytest.mark.parametrize("role", [r.id for r in CATALOG.all("roles")])
def test_the_stage_list_and_the_diagram_agree_with_the_data(site: Path, role: str) -> None:
    page = (site / "roles" / role / "index.html").read_text(encoding="utf-8")
    stages = _stages(role)
    tags = re.findall(r'<li class="hb-stage"[^>]*>', page)
    listed = [dict(re.findall(r'(data-[a-z]+)="([^"]*)"', tag)) for tag in tags]
    assert [(s.id, " ".join(s.skills), str(s.effort.low), str(s.effort.high)) for s in stages] == [
        (li["data-stage"], li["data-skills"], li["data-low"], li["data-high"]) for li in listed
    ]
    for stage in stages:
        heading = re.search(rf'<p [^>]*id="{stage.id}"[^>]*>', page)
        assert heading and 'role="heading"' in heading.group(0), f"{stage.id}: no anchor or heading"
    svg = page.split('<svg class="hb-roadmap__svg"', 1)[1].split("</svg>", 1)[0]
    labels = re.findall(r'<text class="hb-roadmap__label"[^>]*>([^<]*)</text>', svg)
    boxes = svg.count('<rect class="hb-roadmap__box"')
    assert boxes == len(stages)
    joined = " ".join(labels).replace("&#46;", ".")
    for number, stage in enumerate(stages, 1):
        assert f"{number}." in joined and stage.name.split()[0] in joined
    assert svg.count('<path class="hb-roadmap__edge"') == sum(len(s.after) for s in stages)
    desc = re.search(r"<desc[^>]*>(.*?)</desc>", svg).group(1)
    assert f"{len(stages)} stages" in desc


def test_every_role_has_five_projects_across_the_levels() -> None:
    for role in CATALOG.all("roles"):
        own = [p for p in CATALOG.all("projects") if role.id in p.roles]
        assert len(own) >= 5, role.id
        assert {p.level for p in own} == {"beginner", "intermediate", "advanced"}, role.id


# --- the planner's arithmetic, run in Node on the same file the pages load ------------------

PLAN = """const api = require(process.argv[1]);
const stages = [{id: "one", low: 10, high: 20, skills: ["a", "b"]}, {id: "two", low: 30, high: 30, skills: ["c"]}];
const day = d => d.toISOString().slice(0, 10);
const stage = s => ({end: s.end.map(day), skipped: s.skipped});
const show = r => r.error ? {error: r.error} :
  {low: r.low, high: r.high, end: r.end.map(day), stages: r.stages.map(stage)};
const today = new Date(Date.UTC(2027, 0, 4));
const cases = JSON.parse(process.argv[2]);
console.log(JSON.stringify(cases.map(([hours, ticked, skip]) => show(api.plan(stages, hours, ticked, skip, today)))));
"""


def _plan(cases: list) -> list:
    node = require(shutil.which("node"), "Node.js")
    script = ROOT / "overrides/js/roadmap.js"
    out = subprocess.run(
        [node, "-e", PLAN, str(script), json.dumps(cases)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"TZ": "UTC"},
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_the_planner_turns_hours_into_dates() -> None:
    ten, ticked_a, big, zero, too_many, half = _plan(
        [[10, {}, False], [10, {"a": True}, True], [100, {}, False], [0, {}, False], [169, {}, False], [7.5, {}, False]]
    )
    # 10 to 20 hours at 10 a week: 7 to 14 days; then 30 more: 28 and 35 days from 4 January 2027
    assert ten == {
        "low": 40,
        "high": 50,
        "end": ["2027-02-01", "2027-02-08"],
        "stages": [
            {"end": ["2027-01-11", "2027-01-18"], "skipped": False},
            {"end": ["2027-02-01", "2027-02-08"], "skipped": False},
        ],
    }
    # one of the first stage's two skills ticked: half its hours (5 to 10) are left
    assert ticked_a["low"] == 35 and ticked_a["high"] == 40
    assert ticked_a["stages"][0]["end"] == ["2027-01-08", "2027-01-11"]
    assert big["end"] == ["2027-01-07", "2027-01-08"]  # 40 and 50 hours at 100 a week: 3 and 4 days
    for result in (zero, too_many, half):
        assert result == {"error": "Enter a whole number of hours a week, from 1 to 100."}


def test_a_stage_whose_skills_are_all_ticked_is_skipped() -> None:
    [everything] = _plan([[10, {"a": True, "b": True, "c": True}, True]])
    assert everything["low"] == 0 and everything["high"] == 0
    assert [s["skipped"] for s in everything["stages"]] == [True, True]


# --- the page, used by keyboard only -----------------------------------------------------------


def _left(ticked: set[str], stages: list) -> tuple[int, int]:
    """Hours left when each stage loses its share of ticked skills, rounded as the page rounds (half up)."""
    low = sum(s.effort.low * sum(k not in ticked for k in s.skills) / len(s.skills) for s in stages)
    high = sum(s.effort.high * sum(k not in ticked for k in s.skills) / len(s.skills) for s in stages)
    return int(low + 0.5), int(high + 0.5)


def _tab_to(page: Page, selector: str, limit: int = 200) -> None:
    """Press Tab until the element matching `selector` has focus, as a keyboard user would."""
    target = page.locator(selector).first
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("e => e === document.activeElement"):
            return
    pytest.fail(f"Tab never reached {selector}")


def test_the_planner_by_keyboard(browser: Browser, base_url: str) -> None:
    context = browser.new_context(**VIEWS["light"])
    page = context.new_page()
    page.goto(base_url + "roles/backend/")
    page.wait_for_selector(".hb-roadmap[data-ready]")
    status = page.locator(".hb-planner__result")
    expect(status).to_have_text("Enter the hours you can study in a typical week to see dates.")
    _tab_to(page, "#hb-hours-backend")
    page.keyboard.type("0")
    expect(status).to_have_text("Enter a whole number of hours a week, from 1 to 100.")
    page.keyboard.press("Backspace")
    page.keyboard.type("10")
    expect(status).to_contain_text(
        "At 10 hours a week, the 6 stages (72 to 123 hours) take 8 to 13 weeks: done between"
    )
    expect(page.locator(".hb-stage__dates").first).to_contain_text("Planner, at 10 hours a week: done")
    assert status.get_attribute("role") == "status", "the result is announced politely"

    # tick the first stage's skills in the checklist, then skip them with the keyboard
    for name in ("How the web works", "HTTP"):
        page.get_by_role("checkbox", name=f"Done: {name}").check()
    expect(page.locator(".hb-stage__ticked").first).to_have_text(" Ticked in your checklist: 2 of 2.")
    page.locator("#hb-hours-backend").focus()
    page.keyboard.press("Tab")
    expect(page.locator(".hb-planner__skip")).to_be_focused()
    page.keyboard.press("Space")
    expect(page.locator(".hb-stage__dates").first).to_have_text(" Planner: skipped, every skill ticked.")
    low, high = _left({"how-the-web-works", "http"}, _stages("backend"))
    expect(status).to_contain_text(f"what is left of the 6 stages ({low} to {high} hours)")

    # the hours and the choice are kept for the next visit
    page.reload()
    page.wait_for_selector(".hb-roadmap[data-ready]")
    expect(page.locator("#hb-hours-backend")).to_have_value("10")
    expect(page.locator(".hb-planner__skip")).to_be_checked()
    context.close()


def test_without_javascript_the_roadmap_is_complete_content(browser: Browser, base_url: str) -> None:
    context = browser.new_context(**VIEWS["light"], java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "roles/qa/")
    expect(page.locator("form.hb-planner")).to_be_hidden()
    expect(page.locator("li.hb-stage")).to_have_count(len(_stages("qa")))
    expect(page.locator("li.hb-stage").first).to_contain_text("hours of focused study")
    context.close()


def test_the_project_filters_by_keyboard_and_done_projects_in_the_progress_file(
    browser: Browser, base_url: str, tmp_path: Path
) -> None:
    context = browser.new_context(**VIEWS["light"], accept_downloads=True)
    page = context.new_page()
    page.goto(base_url + "roadmaps/projects/")
    page.wait_for_selector("form.hb-filters[data-ready]")
    status = page.locator(".hb-filters__status")
    total = len(CATALOG.all("projects"))
    expect(status).to_contain_text(f"Showing all {total} projects.")
    _tab_to(page, "#hb-filter-role")
    page.keyboard.press("End")  # the last role in the list: QA and test automation engineer
    qa = [p for p in CATALOG.all("projects") if "qa" in p.roles]
    expect(status).to_contain_text(f"Showing {len(qa)} of {total} projects.")
    page.keyboard.press("Tab")
    expect(page.locator(".hb-filters__level[value='beginner']")).to_be_focused()
    page.keyboard.press("Space")  # untick beginner
    left = [p for p in qa if p.level != "beginner"]
    expect(status).to_contain_text(f"Showing {len(left)} of {total} projects.")
    expect(page.locator(".hb-project:visible")).to_have_count(len(left))

    done = page.get_by_role("checkbox", name=f"Done: {left[0].title}")
    done.check()
    expect(status).to_contain_text("You have marked 1 as done.")
    page.goto(base_url + "roles/qa/")
    page.wait_for_selector(".hb-checklist[data-ready]")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress").click()
    saved = tmp_path / "progress.json"
    download.value.save_as(saved)
    assert json.loads(saved.read_text())["projects"] == [left[0].id]
    context.close()


def test_the_print_version_carries_the_roadmaps_and_the_briefs(site: Path) -> None:
    page = (site / "print/index.html").read_text(encoding="utf-8")
    for stage in CATALOG.all("stages"):
        assert f'id="roles-{stage.role}--{stage.id}"' in page, stage.id
    for project in CATALOG.all("projects"):
        assert f'id="roadmaps-projects--{project.id}"' in page, project.id
    assert 'id="roadmaps-time"' in page
