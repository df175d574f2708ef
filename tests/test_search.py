"""Search finds what readers type: spelling variants and technology names rank the right page in the top three.

Runs the site's own search in Chromium, the way a reader does, and reports recall over the query set.
"""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from conftest import VIEWS

# query -> page (path relative to the site root) that must be among the first three results
QUERIES = {
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
}


RESULTS = ".md-search-result__list > .md-search-result__item > a.md-search-result__link"
META = ".md-search-result__meta"
IDLE = "Type to start searching"


def top_results(page: Page, query: str) -> list[str]:
    """The first three pages Material's search lists for `query`, read once the results are in.

    Material searches on keyup. The box is cleared until the result line says it is idle, then
    the whole query is sent in one keyup; the result line changes in the same render as the
    list, so once it no longer says idle, the list is this query's and complete."""
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press("End")
    expect(page.locator(META)).to_have_text(IDLE)
    box.fill(query)
    box.press("End")
    expect(page.locator(META)).not_to_have_text(IDLE, timeout=10_000)
    paths = page.locator(RESULTS).evaluate_all("links => links.map(a => new URL(a.href).pathname)")
    return list(dict.fromkeys(paths))[:3]  # a page can appear once per matching section


def test_queries_rank_the_right_page_in_the_top_three(browser: Browser, base_url: str) -> None:
    context = browser.new_context(**VIEWS["light"])
    page = context.new_page()
    page.goto(base_url)
    page.locator("input.md-search__input").click()
    misses = []
    for query, expected in QUERIES.items():
        results = top_results(page, query)
        if not any(r.endswith("/" + expected) for r in results):
            misses.append(f"{query!r}: expected {expected}, got {results}")
    context.close()
    recall = 1 - len(misses) / len(QUERIES)
    print(f"search recall: {recall:.0%} over {len(QUERIES)} queries")
    assert not misses, f"recall {recall:.0%}; misses:\n" + "\n".join(misses)
