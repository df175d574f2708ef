"""Search finds what readers type: single terms and the names readers use, questions, and typos.

Runs the site's own search in Chromium, the way a reader does, and reports recall per group of
queries. Every group must reach 100%: each query's page among the first three results.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from conftest import ROOT, SEARCH_BOX, VIEWS, open_search, search
from macros.catalog import Catalog
from macros.links import target
from macros.search_names import NAME_FIELDS, site_location
from serve_site import SITE_PATH
from typo_queries import TYPOS

# query -> page (path relative to the site root) that must be among the first three results
SINGLE_TERMS = {
    "backend": "roles/backend/",
    "back end": "roles/backend/",
    "back-end": "roles/backend/",
    "back end developer": "roles/backend/",
    "frontend": "roles/frontend/",
    "front end": "roles/frontend/",
    "front-end": "roles/frontend/",
    "full stack": "roles/full-stack/",
    "full-stack": "roles/full-stack/",
    "fullstack": "roles/full-stack/",
    "C++": "languages/cpp/",
    "C#": "languages/c-sharp/",
    ".NET": "languages/c-sharp/",
    "Node.js": "languages/javascript/",
    "CI/CD": "skills/operations/",
    "devops": "roles/devops/",
    "SRE": "roles/devops/",
    "data scientist": "roles/data-scientist/",
    "data engineer": "roles/data-engineer/",
    "QA engineer": "roles/qa/",
    "SDET": "roles/qa/",
    "python": "languages/python/",
    "golang": "languages/go/",
    "typescript": "languages/typescript/",
    "rust": "languages/rust/",
    "kotlin": "languages/kotlin/",
    "swift": "languages/swift/",
    "degree": "paths/degree/",
    "bootcamp": "paths/bootcamp/",
    "certificate": "paths/certifications/",
    "salary": "pay/salaries/",
    "microservices": "backend/architecture/",
    "GraphQL": "backend/apis/",
    "portfolio": "hired/portfolio/",
    "resume": "hired/resume/",
    "apprenticeship": "paths/apprenticeship/",
    "career change": "paths/career-change/",
    "PostgreSQL": "databases/",
    "glossary": "glossary/",
    "AZ-204": "paths/certifications/",
    "percentile": "pay/salaries/",
    "compare roles": "compare/",
    "frontend vs backend": "compare/frontend-vs-backend/",
    "javascript": "languages/javascript/",
    "java": "languages/java/",
    "php": "languages/php/",
    "ruby": "languages/ruby/",
    "sql": "languages/sql/",
    "react": "frameworks/",
    "django": "frameworks/",
    "spring boot": "frameworks/",
    "laravel": "frameworks/",
    "next.js": "frameworks/",
    "redis": "databases/",
    "mongodb": "databases/",
    "database": "backend/databases/",
    "REST API": "backend/apis/",
    "serverless": "backend/architecture/",
    "cloud": "backend/cloud/",
    "kubernetes": "backend/cloud/",
    # the containers skill, which data/skills.yml names for Docker (the DevOps role was third by a tie)
    "docker": "skills/operations/",
    "AI": "backend/ai/",
    "mobile developer": "roles/mobile/",
    "how the web works": "skills/fundamentals/",
    "HTTP": "skills/fundamentals/",
    "git": "skills/fundamentals/",
    "accessibility": "skills/frontend/",
    "linux": "skills/operations/",
    "testing": "skills/quality/",
    "interview": "hired/interviews-backend/",
    "first job": "hired/first-90-days/",
    "engineering manager": "career/ladder/",
    "staff engineer": "career/ladder/",
    "principal engineer": "career/ladder/",
    "promotion": "career/ladder/",
    "lateral move": "career/lateral-moves/",
    "self-taught": "paths/self-taught/",
    "job outlook": "pay/outlook/",
    "glassdoor": "pay/salaries/",
    "sources": "about/sources/",
    "open data": "about/open-data/",
    "offline": "about/offline/",
    # names readers use, from data/ (every one of them is checked below)
    "junior developer": "career/ladder/",
    "senior developer": "career/ladder/",
    "bls": "pay/methodology/",
    "JS": "languages/javascript/",
    "k8s": "glossary/",
    "Postgres": "databases/",
    "web developer": "roles/full-stack/",
    "ReactJS": "frameworks/",
    "site reliability engineer": "roles/devops/",
    # the roadmaps, their projects and the guides (issues 14 and 15)
    "roadmap": "roadmaps/",
    "projects": "roadmaps/projects/",
    "Club fixtures page": "roadmaps/projects/",
    "Community hall bookings service": "roadmaps/projects/",
    "time estimates": "roadmaps/time/",
    "pay outside the United States": "pay/outside-us/",
}

QUESTIONS = {
    "Do I need a degree to be a back end engineer?": "paths/degree/",
    "is frontend harder than backend": "compare/frontend-vs-backend/",
    "what do employers look for in a portfolio": "hired/portfolio/",
    "how much do data engineers earn": "roles/data-engineer/",
    # the FAQ's questions (and below, each ranks its answer first)
    "Is a bootcamp worth it?": "faq/",
    "Which language should I learn first?": "faq/",
    "How many languages do I need?": "faq/",
    "Is Python the easiest backend language?": "faq/",
    "Frontend or backend: which pays more?": "faq/",
    "What does a full-stack developer do?": "faq/",
    "What does a data scientist do?": "faq/",
    "How much do backend developers earn?": "faq/",
    "Are web developer jobs growing?": "faq/",
    "Will AI replace developers?": "faq/",
    "Is the Meta Back-End Developer certificate worth it?": "faq/",
    "How long does it take to get a first job?": "faq/",
    "What is the difference between front end, front-end and frontend?": "faq/",
    # other questions readers ask
    "how do I become a backend developer": "roles/backend/",
    "what does a backend developer do all day": "roles/backend/",
    "what skills does a frontend developer need": "roles/frontend/",
    "what does a devops engineer do": "roles/devops/",
    "what does a QA engineer do": "roles/qa/",
    "how do I become a mobile developer": "roles/mobile/",
    "can I become a developer without a degree": "paths/degree/",
    "is a computer science degree worth it": "paths/degree/",
    "are certifications worth it": "paths/certifications/",
    "how do I switch careers into tech": "paths/career-change/",
    "am I too old to become a developer": "paths/career-change/",
    "what is an API": "backend/apis/",
    "what is the difference between SQL and NoSQL": "databases/",
    "which database should I learn first": "databases/",
    "should I learn microservices": "backend/architecture/",
    "what is the difference between a monolith and microservices": "backend/architecture/",
    "what is the cloud": "backend/cloud/",
    "what should I put on my resume": "hired/resume/",
    "how do I write a resume with no experience": "hired/resume/",
    "how do I prepare for a backend interview": "hired/interviews-backend/",
    "how do I ask for a referral": "hired/job-search/",
    "what should I do in my first 90 days": "hired/first-90-days/",
    "how do I get promoted to senior engineer": "career/ladder/",
    "what is a staff engineer": "career/ladder/",
    "can I move from frontend to backend": "career/lateral-moves/",
    "why do salary figures disagree": "pay/salary-figures/",
    "why is there no frontend developer in official statistics": "pay/methodology/",
    "how long does it take to become a backend developer": "roles/backend/",
    "what projects should I build": "roadmaps/projects/",
    "which role is right for me": "which-role/",
    "what job fits me": "which-role/",
    "how much do software developers earn in the UK": "pay/outside-us/",
}

GROUPS = {"single terms": SINGLE_TERMS, "questions": QUESTIONS, "typos": TYPOS}


@pytest.fixture
def searching(browser: Browser, base_url: str) -> Iterator[Page]:
    """The home page at desktop width, with the search box open."""
    context = browser.new_context(**VIEWS["light"])
    page = context.new_page()
    page.goto(base_url)
    open_search(page)
    yield page
    context.close()


def top_three(page: Page, query: str) -> list[str]:
    """The first three pages for `query`, as paths from the site's root (e.g. 'roles/backend/')."""
    return [path.removeprefix(f"/{SITE_PATH}/") for path in search(page, query)[:3]]


def test_every_group_of_queries_ranks_its_page_in_the_top_three(searching: Page) -> None:
    report, misses = [], []
    for group, queries in GROUPS.items():
        missed = []
        for query, expected in queries.items():
            results = top_three(searching, query)
            if expected not in results:
                missed.append(f"{group}: {query!r}: expected {expected}, got {results}")
        report.append(f"{group} {1 - len(missed) / len(queries):.0%} of {len(queries)}")
        misses += missed
    print("search recall: " + ", ".join(report))
    assert len(SINGLE_TERMS) >= 79 and len(QUESTIONS) >= 25 and len(TYPOS) >= 20
    assert not misses, "search recall: " + ", ".join(report) + "\n" + "\n".join(misses)


def _other_names() -> dict[str, set[str]]:
    """Every other name data/ declares for a role, language, framework, database, term or level -> its page.

    Skills' aliases are left out: they name topics a skill covers ("docker", "swift"), which
    other pages may describe better."""
    catalog = Catalog.load(ROOT / "data")
    pages: dict[str, set[str]] = {}
    for kind in ("roles", "languages", "frameworks", "databases", "terms", "levels"):
        for record in catalog.all(kind):
            for name in (n for field in NAME_FIELDS for n in getattr(record, field, ())):
                pages.setdefault(name, set()).add(site_location(target(kind, record), True).partition("#")[0])
    return pages


def test_every_name_from_data_ranks_its_page_first(searching: Page) -> None:
    names = _other_names()
    assert {"js", "k8s", "postgres", "sre", "web developer", "junior developer"} <= {n.lower() for n in names}
    misses = []
    for name, pages in names.items():
        first = top_three(searching, name)[:1]
        if not set(first) & pages:
            misses.append(f"{name!r}: expected {sorted(pages)}, got {first}")
    assert not misses, f"{len(misses)} of {len(names)} names miss their page:\n" + "\n".join(misses)


def _faq_questions() -> list[str]:
    faq = (ROOT / "docs/faq.md").read_text(encoding="utf-8")
    return re.findall(r"^## (.+\?)$", faq, re.MULTILINE)


def test_a_question_that_a_heading_asks_ranks_that_answer_first(searching: Page) -> None:
    """Typed as a reader would, each FAQ question finds a section that asks it (the FAQ's, or a
    chapter's own heading with the same question) as the first result."""
    questions = _faq_questions()
    assert len(questions) >= 10
    first = searching.locator(".md-search-result__item").first
    misses = []
    for question in questions:
        search(searching, question)
        titles = [" ".join(t.split()) for t in first.locator("h1, h2").all_inner_texts()]
        if question not in titles:
            misses.append(f"{question!r}: first result shows {titles}")
    assert not misses, "\n".join(misses)


def test_exact_matches_outrank_fuzzy_ones(searching: Page) -> None:
    """A word the index has is never widened to its neighbours; a typo finds the word it misspells."""
    results = searching.locator(".md-search-result__list")

    def marked() -> set[str]:
        return {m.lower() for m in results.locator("mark").evaluate_all("ms => ms.map(m => m.textContent)")}

    # each has indexed neighbours one letter away ("reach", "learned", "scala"), which must not show
    for word in ("react", "learning", "scale", "python"):
        assert search(searching, word), word
        found = marked()
        assert found and all(m.startswith(word) for m in found), (word, found)
    assert search(searching, "typescirpt")[0].endswith("/languages/typescript/")
    assert all(m.startswith("typescript") for m in marked())


def test_highlighting_and_suggestions_work_for_questions_and_typos(searching: Page) -> None:
    box = searching.locator(SEARCH_BOX)
    box.fill("pyth")
    box.press("End")
    expect(searching.locator(".md-search__suggest")).to_have_text("python")
    search(searching, "how much do backend developers earn?")
    expect(searching.locator(".md-search-result__meta")).to_contain_text("matching")
    search(searching, "kotiln")
    searching.locator(".md-search-result__item a.md-search-result__link").first.click()
    searching.wait_for_url(re.compile(r"/languages/kotlin/\?h=kotlin$"))
    expect(searching.locator("article mark[data-md-highlight]").first).to_have_text(re.compile("kotlin", re.I))


@pytest.mark.parametrize("query", ["Do I need a degree to be a back end engineer?", "graphgl"])
def test_questions_and_typos_work_at_phone_width(browser: Browser, base_url: str, query: str) -> None:
    context = browser.new_context(**VIEWS["phone"])
    page = context.new_page()
    page.goto(base_url)
    open_search(page)
    assert {**QUESTIONS, **TYPOS}[query] in top_three(page, query)
    context.close()
