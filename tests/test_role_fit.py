"""The role-fit guide and the level self-assessment: the scoring and the band in Node, on the same
files the pages load; then the pages in Chromium, answered the way a reader would, by keyboard."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from conftest import ROOT, VIEWS, require
from macros.catalog import Catalog

CATALOG = Catalog.load(ROOT / "data")
KEY = "webdev-career-handbook:progress"


def _node(script: str, module: str, argument: object) -> object:
    node = require(shutil.which("node"), "Node.js")
    out = subprocess.run(
        [node, "-e", script, str(ROOT / "overrides/js" / module), json.dumps(argument)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


SCORE = """const {score} = require(process.argv[1]);
const [questions, answers, roles] = JSON.parse(process.argv[2]);
console.log(JSON.stringify(score(questions, answers, roles)));"""

QUESTIONS = [
    {
        "id": "screen",
        "points": [
            {"role": "frontend", "weight": 2, "because": "f"},
            {"role": "backend", "weight": -1, "because": "b"},
        ],
    },
    {
        "id": "data",
        "points": [{"role": "backend", "weight": 2, "because": "b2"}, {"role": "data", "weight": 1, "because": "d"}],
    },
    {
        "id": "numbers",
        "points": [{"role": "data", "weight": 2, "because": "d2"}, {"role": "frontend", "weight": -2, "because": "f2"}],
    },
]
ROLES = ["frontend", "backend", "data"]


def test_scoring_divides_by_what_the_answered_statements_could_give() -> None:
    ranked = _node(SCORE, "fit.js", [QUESTIONS, {"screen": -2, "data": 2}, ROLES])
    # backend: -2 x -1 + 2 x 2 = 6 of a possible 2 + 4 = 6; data: 2 x 1 = 2 of 2 (its other statement unanswered)
    assert [(r["role"], r["score"], r["max"]) for r in ranked] == [("backend", 6, 6), ("data", 2, 2)]
    assert [reason["because"] for reason in ranked[0]["reasons"]] == ["b", "b2"]
    assert _node(SCORE, "fit.js", [QUESTIONS, {"screen": 0, "data": 0}, ROLES]) == [], "neutral answers point nowhere"
    assert _node(SCORE, "fit.js", [QUESTIONS, {}, ROLES]) == []


def test_the_real_statements_reach_every_role_and_balance() -> None:
    """Answering 'Very like me' to every statement that points to a role, and 'Not like me at all' to the
    rest, ranks that role first: no role wins or loses by how the data is written."""
    questions = [{"id": q.id, "points": [p.model_dump() for p in q.points]} for q in CATALOG.all("questions")]
    roles = [r.id for r in CATALOG.all("roles")]
    for role in roles:
        towards = {q["id"] for q in questions for p in q["points"] if p["role"] == role and p["weight"] > 0}
        answers = {q["id"]: 2 if q["id"] in towards else -2 for q in questions}
        ranked = _node(SCORE, "fit.js", [questions, answers, roles])
        assert ranked and ranked[0]["role"] == role, (role, [(r["role"], round(r["fit"], 2)) for r in ranked[:3]])


BAND = """const {band} = require(process.argv[1]);
const cases = JSON.parse(process.argv[2]);
console.log(JSON.stringify(cases.map(([levels, skills]) => band(levels, skills))));"""


def test_the_band_is_the_level_every_core_skill_has_reached() -> None:
    skills = ["sql", "http", "git"]
    mixed, complete, missing, none = _node(
        BAND,
        "assessment.js",
        [
            [{"sql": "mid", "http": "junior", "git": "mid"}, skills],
            [{"sql": "senior", "http": "senior", "git": "senior"}, skills],
            [{"sql": "mid"}, skills],
            [{"sql": "none", "http": "none", "git": "junior"}, skills],
        ],
    )
    assert mixed == {
        "band": "junior",
        "next": "mid",
        "counts": {"none": 0, "junior": 1, "mid": 2, "senior": 0},
        "holding": ["http"],
    }
    assert complete["band"] == "senior" and complete["next"] is None and complete["holding"] == []
    assert missing == {"missing": ["http", "git"]}
    assert none["band"] == "none" and none["next"] == "junior" and none["holding"] == ["sql", "http"]


# --- the pages, answered as a reader would ---------------------------------------------------------


def _answer(page: Page, question: str, value: int) -> None:
    """Choose an answer by keyboard: focus the statement's first option, then arrow to the value."""
    first = page.locator(f"input[name='fit-{question}']").first
    first.focus()
    page.keyboard.press("Space")
    for _ in range(value + 2):  # the options run from -2 to 2
        page.keyboard.press("ArrowRight")
    expect(page.locator(f"input[name='fit-{question}'][value='{value}']")).to_be_checked()


BACKEND_LEANING = {
    "out-of-sight-reliability": 2,
    "organise-information": 2,
    "find-out-why": 2,
    "see-it-on-screen": -2,
    "look-and-feel": -2,
    "work-with-designers": -2,
}


def test_answers_that_point_to_backend_rank_it_first_with_the_reasons(browser: Browser, base_url: str) -> None:
    context = browser.new_context(**VIEWS["light"])
    page = context.new_page()
    page.goto(base_url + "which-role/")
    page.wait_for_selector("form.hb-fit[data-ready]")
    for question, value in BACKEND_LEANING.items():
        _answer(page, question, value)
    page.get_by_role("button", name="Show my closest roles").click()
    expect(page.locator("#hb-fit-results-title")).to_be_focused()  # focus moves to the results
    results = page.locator(".hb-fit__result:visible")
    expect(results).to_have_count(3)
    expect(results.first.locator(".hb-fit__role")).to_have_text("1. Backend developer")
    expect(page.locator(".hb-fit__status")).to_contain_text("Your closest roles: Backend developer")

    # the reasons shown are the data's own, for the answers given
    reasons = results.first.locator(".hb-fit__reasons li").all_text_contents()
    backend = {q.id: p.because for q in CATALOG.all("questions") for p in q.points if p.role == "backend"}
    weight = {q.id: p.weight for q in CATALOG.all("questions") for p in q.points if p.role == "backend"}
    pointing = [q.id for q in CATALOG.all("questions") if BACKEND_LEANING.get(q.id, 0) * weight.get(q.id, 0) > 0]
    assert len(reasons) == len(pointing)
    for question, reason in zip(pointing, reasons, strict=True):
        assert reason.endswith(backend[question])
        assert CATALOG.get("questions", question).text in reason
    expect(results.first).to_contain_text(CATALOG.role("backend").easy_to_overlook)
    href = page.locator("a.hb-fit__compare").get_attribute("href")
    assert href.endswith(
        "compare/?roles="
        + ",".join(page.locator(".hb-fit__result:visible").evaluate_all("els => els.map(e => e.dataset.role)"))
    )
    assert page.evaluate(f"localStorage.getItem('{KEY}')") is None, "nothing is kept unless the reader saves"

    page.get_by_role("button", name="Save my answers in this browser").click()
    expect(page.locator(".hb-fit__status")).to_contain_text("are saved in this browser only")
    stored = json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))
    assert stored["fit"]["answers"] == BACKEND_LEANING
    page.reload()
    page.wait_for_selector("form.hb-fit[data-ready]")
    expect(page.locator(".hb-fit__status")).to_have_text("Your saved answers are filled in.")
    expect(page.locator("input[name='fit-find-out-why'][value='2']")).to_be_checked()
    page.get_by_role("button", name="Clear my answers").click()
    expect(page.locator("input[name='fit-find-out-why'][value='2']")).not_to_be_checked()
    assert json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))["fit"] == {}
    context.close()


def test_without_javascript_the_guide_is_a_worksheet(browser: Browser, base_url: str) -> None:
    context = browser.new_context(**VIEWS["light"], java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "which-role/")
    questions = CATALOG.all("questions")
    expect(page.locator("fieldset.hb-fit__question")).to_have_count(len(questions))
    first = page.locator("fieldset.hb-fit__question").first
    expect(first.locator(".hb-fit__points")).to_contain_text("Agreeing points towards frontend developer (strongly)")
    expect(page.locator("input[type=radio]").first).to_be_hidden()
    expect(page.locator(".hb-fit__results")).to_be_hidden()
    context.close()


def test_the_skill_matrix_as_a_self_assessment(browser: Browser, base_url: str) -> None:
    context = browser.new_context(**VIEWS["light"])
    page = context.new_page()
    page.goto(base_url + "roles/backend/")
    page.wait_for_selector(".hb-matrix[data-ready]")
    summary = page.get_by_text("Use this table as a self-assessment")
    summary.focus()
    page.keyboard.press("Enter")
    skills = CATALOG.role("backend").skills
    groups = page.locator("fieldset.hb-assess__skill")
    expect(groups).to_have_count(len(skills))
    for index, skill in enumerate(skills):
        expect(groups.nth(index).locator("legend")).to_have_text(CATALOG.skill(skill).name)
        groups.nth(index).locator("input").first.focus()
        page.keyboard.press("Space")  # "Not yet"
        for _ in range(1 if skill == "sql" else 2):  # SQL at junior, everything else at mid
            page.keyboard.press("ArrowDown")
    page.get_by_role("button", name="Show where I stand").click()
    result = page.locator(".hb-assess__result")
    expect(result.locator("h3")).to_be_focused()
    expect(result).to_contain_text("Your band: junior.")
    expect(result).to_contain_text(f"1 at junior, {len(skills) - 1} at mid")
    expect(result).to_contain_text("One skill holds you back from mid.")
    expect(result.locator("li")).to_have_count(1)
    expect(result.locator("li")).to_contain_text(CATALOG.skill("sql").name)
    project = result.locator("li a").nth(1)
    assert "roadmaps/projects/#" in project.get_attribute("href")

    page.get_by_role("button", name="Save in this browser").click()
    expect(page.locator(".hb-assess__status")).to_contain_text(f"Your choices for {len(skills)} skills are saved")
    stored = json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))
    assert stored["levels"]["backend"]["sql"] == "junior"
    context.close()


def test_the_home_page_routes_undecided_readers_to_the_guide(site: Path) -> None:
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="which-role/"' in home
