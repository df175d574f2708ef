"""Unit tests of the renderer: rows and links, citations, freshness, escaping."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest
from markdown import Markdown

from macros.catalog import Catalog
from macros.library import Macros, describe, public_macros
from macros.render import Renderer
from macros.views.reference import abbreviations

HOSTILE = '<script>alert("x")</script> [click](javascript:alert(1)) {: onclick="alert(1)" } *bold* http://evil.test'


def macros(data: Path, here: str = "roles/backend.md", today: str = "2026-01-20") -> Macros:
    """The macros as a page at `here` calls them, with a fixed clock."""
    return Macros(Renderer(Catalog.load(data), dt.date.fromisoformat(today)), lambda: here)


def to_html(markdown: str) -> str:
    """Convert the way the site does, with the extensions that could turn text into markup."""
    md = Markdown(extensions=["attr_list", "md_in_html", "tables", "admonition", "pymdownx.magiclink"])
    return md.convert(markdown)


def test_skill_matrix_has_a_row_per_core_skill_with_links(good_data: Path) -> None:
    out = macros(good_data).role_skills("backend")
    rows = [line for line in out.splitlines() if line.startswith("| [")]
    assert [re.match(r"\| \[([^\]]+)\]", r).group(1) for r in rows] == ["HTTP", "SQL", "GraphQL"]
    assert "(../skills/basics.md#sql)" in out


def test_links_are_relative_to_the_page(good_data: Path) -> None:
    assert "(roles/backend.md)" in macros(good_data, "index.md").role_grid()
    assert "(backend.md)" in macros(good_data, "roles/index.md").role_grid()
    assert "(../roles/backend.md)" in macros(good_data, "compare/x.md").role_grid()


def text_of(markdown: str) -> str:
    """What a reader sees: the HTML's text with tags dropped and entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", to_html(markdown)))


def test_statistic_shows_value_citation_and_dates(good_data: Path) -> None:
    markdown = macros(good_data).stat("survey-pay-2025")
    out = text_of(markdown)
    assert "$100,000" in out
    assert "As of 2025" in out
    assert "Example Survey" in out and "Example Org" in out
    assert "read first-hand on 15 January 2026" in out
    assert "25th percentile: $80,000" in out and "75th percentile: $120,000" in out
    assert 'href="https://example.org/survey"' in markdown


def test_freshness_flag_follows_the_clock(good_data: Path) -> None:
    # released 2025-07-01, annual cadence, one month's grace: due 2026-08-01
    assert "May be outdated" not in text_of(macros(good_data, today="2026-08-01").stat("survey-pay-2025"))
    flagged = text_of(macros(good_data, today="2026-08-02").stat("survey-pay-2025"))
    assert "May be outdated" in flagged and "due by 1 August 2026" in flagged


def test_inline_figure_links_to_its_source(good_data: Path) -> None:
    out = macros(good_data).figure("survey-pay-2025")
    assert text_of(out).startswith("$100,000 a year (Median pay, backend developers: United States, 2025")
    assert "[Example Org](../about/sources.md#survey)" in out


def test_role_without_figures_says_so(good_data: Path) -> None:
    assert "No sourced figure yet" in macros(good_data, "roles/frontend.md").role_stats("frontend")


@pytest.mark.parametrize("field", ["name", "summary"])
def test_text_from_data_cannot_become_markup(good_data: Path, field: str) -> None:
    text = (good_data / "roles.yml").read_text()
    old = "Backend developer" if field == "name" else "Builds servers and APIs."
    (good_data / "roles.yml").write_text(text.replace(old, HOSTILE.replace('"', '\\"').join('""'), 1))
    m = macros(good_data, "roles/x.md")
    for markdown in (m.role_card("backend"), m.role_grid(), m.compare_roles("backend", "frontend")):
        html = to_html(markdown)
        assert "<script" not in html
        assert "javascript:" not in html.replace("javascript&#58;", "")
        assert "onclick" not in re.sub(r">[^<]*<", "><", html)  # never as an attribute
        assert "<strong>bold</strong>" not in html
        assert 'href="http://evil.test' not in html


def test_every_macro_is_documented() -> None:
    described = describe(Macros)
    assert [m["name"] for m in described] == list(public_macros(Macros(None, str)))
    for macro in described:
        assert macro["summary"], macro["name"]
        assert macro["example"].startswith(("{{", "Median")), macro["name"]
        assert macro["name"] + "(" in macro["example"]


def test_glossary_links_related_terms_and_feeds_tooltips(good_data: Path) -> None:
    m = macros(good_data, "glossary.md")
    out = m.glossary()
    assert out.index('id="api"') < out.index('id="rest"')
    assert "[REST](glossary.md#rest)" in out
    assert abbreviations(m._r.catalog) == {"API": "application programming interface"}


def test_certification_table_filters_by_role(good_data: Path) -> None:
    m = macros(good_data, "paths/certifications.md")
    assert "Example Back-End Certificate" in text_of(m.certification_table("backend"))
    assert "No certifications are listed yet." in text_of(m.certification_table("frontend"))
    assert "Time, as the issuer states it about 10 weeks at 5 hours a week" in " ".join(
        text_of(m.certification_table()).split()
    )


def test_ladder_and_moves_link_to_their_targets(good_data: Path) -> None:
    m = macros(good_data, "career/ladder.md")
    assert "[Mid-level engineer](ladder.md#mid)" in m.ladder()
    assert "Mid-level engineer" in m.ladder("individual-contributor")
    assert "Junior" not in m.ladder("management")
    moves = macros(good_data, "career/lateral-moves.md").lateral_moves("backend")
    assert "[SQL](../skills/basics.md#sql)" in moves and "[backend developer](../roles/backend.md)" in moves


def test_paths_table_links_each_path_to_its_chapter(good_data: Path) -> None:
    assert "[Coding bootcamp](bootcamp.md)" in macros(good_data, "paths/index.md").paths_table()


def test_text_that_starts_like_a_list_item_stays_text() -> None:
    from macros.escape import escape_text

    for text in ("- not a list", "1. not a list", "2) not a list"):
        markdown = f"- {escape_text(text)}\n"
        assert to_html(markdown).count("<li>") == 1, text
        assert text_of(markdown).strip() == text


# --- money, charts and pay beyond the United States -------------------------------------


@pytest.mark.parametrize(
    ("amount", "currency", "written"),
    [
        (135980, "USD", "$135,980"),
        (55587, "GBP", "£55,587"),
        (48.08, "CAD", "C$48.08"),
        (132758, "AUD", "A$132,758"),
        (34.8, "EUR", "€34.80"),
        (53500, "SEK", "SEK\u00a053,500"),  # a no-break space: the code never ends a line
        (57442.5, "USD", "$57,442.50"),
    ],
)
def test_money_names_its_currency_without_ambiguity(amount: float, currency: str, written: str) -> None:
    from macros.formatting import money

    assert money(amount, currency) == written


def test_a_figure_says_its_currency_and_what_it_is_per(good_data: Path) -> None:
    text = (good_data / "stats.yml").read_text()
    text = text.replace(
        "value: 55587\n    unit: pay-per-year\n    currency: GBP",
        "value: 48.08\n    unit: pay-per-hour\n    currency: CAD",
    )
    (good_data / "stats.yml").write_text(
        text.replace("country: GB\n    geography: United Kingdom", "country: CA\n    geography: Canada")
    )
    assert text_of(macros(good_data).figure("office-pay-2025")).startswith("C$48.08 an hour (Median gross annual pay")
    assert text_of(macros(good_data).figure("survey-pay-2025")).startswith("$100,000 a year")


def test_a_figure_read_in_two_places_names_both(good_data: Path) -> None:
    out = text_of(macros(good_data).stat("survey-pay-world-2025"))
    assert "quoted second-hand in A Blog Post (Example Blog) and A Magazine Story (Example Magazine)" in out


def test_an_older_edition_shows_the_newer_one_and_is_never_flagged(good_data: Path) -> None:
    old = text_of(macros(good_data, today="2030-01-01").stat("survey-pay-2024"))
    assert (
        "A newer edition replaces this figure: $100,000 a year (Median pay, backend developers: United States, 2025"
        in old
    )
    assert "May be outdated" not in old.split("A newer edition")[0]
    new = text_of(macros(good_data, today="2030-01-01").stat("survey-pay-2025"))
    assert "May be outdated" in new and "A newer edition" not in new


def test_role_figures_show_the_current_editions_and_other_countries_apart(good_data: Path) -> None:
    out = text_of(macros(good_data).role_stats("backend"))
    assert "$100,000" in out and "$95,000" not in out  # the 2024 edition is history
    elsewhere = " ".join(out.split("Elsewhere, in each country's own currency")[1].split())
    assert "United Kingdom £55,587 a year (2025, Example Statistics Office)" in elsewhere
    card = text_of(macros(good_data).role_card("backend"))
    assert "Pay in the United States: $100,000 a year" in card


def svg_of(markdown: str) -> str:
    """The chart's SVG with character references decoded, as the browser reads it."""
    return html.unescape(markdown.split("<svg", 1)[1].split("</svg>", 1)[0])


def table_row(markdown: str, first_cell: str) -> list[str]:
    """The cells of the table row (in the chart's text alternative) that starts with `first_cell`."""
    for line in markdown.splitlines():
        cells = [html.unescape(c.strip()) for c in line.strip().strip("|").split("|")]
        if line.strip().startswith("|") and cells[0] == first_cell:
            return cells
    raise AssertionError(f"no row for {first_cell!r}")


def test_bar_chart_refuses_to_mix_periods_unless_the_title_names_them(good_data: Path) -> None:
    from macros.problems import MacroUsageError

    m = macros(good_data, "pay/salaries.md")
    with pytest.raises(MacroUsageError, match=r"bar_chart 'Median pay' mixes periods \(2025, 2024\) in one series"):
        m.bar_chart("Median pay", "survey-pay-2025", "survey-pay-2024")
    out = m.bar_chart("Median pay in 2024 and 2025", "survey-pay-2025", "survey-pay-2024")
    labels = re.findall(r'class="hb-chart__label"[^>]*>([^<]+)<', svg_of(out))
    assert labels == ["Median pay, backend developers (2025)", "Median pay, backend developers (2024)"]


def test_bar_chart_refuses_to_mix_places_and_currencies(good_data: Path) -> None:
    from macros.problems import MacroUsageError

    m = macros(good_data, "pay/salaries.md")
    with pytest.raises(MacroUsageError, match=r"mixes places \(United States, worldwide\)"):
        m.bar_chart("Median pay, 2025", "survey-pay-2025", "survey-pay-world-2025")
    out = m.bar_chart("Median pay, 2025, United States and worldwide", "survey-pay-2025", "survey-pay-world-2025")
    labels = " ".join(re.findall(r'class="hb-chart__label"[^>]*>([^<]+)<', svg_of(out)))
    assert "(2025, United States)" in labels and "(2025, worldwide)" in labels
    with pytest.raises(MacroUsageError, match=r"mixes units \['pay-per-year in GBP', 'pay-per-year in USD'\]"):
        m.bar_chart("Median pay, 2025", "survey-pay-2025", "office-pay-2025")


def test_range_chart_draws_the_percentiles_it_states(good_data: Path) -> None:
    out = macros(good_data, "pay/salaries.md").range_chart("Pay spread, 2025", "survey-pay-2025")
    svg = svg_of(out)
    assert 'role="img"' in svg and "<title id=" in svg and ">Pay spread, 2025</title>" in svg
    desc = html.unescape(re.search(r"<desc[^>]*>(.*?)</desc>", svg).group(1))
    assert "10th $60,000 · 25th $80,000 · median $100,000 · 75th $120,000 · 90th $150,000" in desc
    # bands and the median mark sit where the figures say, on one scale from zero
    plot = svg.split("</desc>")[1]
    [_, outer] = re.findall(r'class="hb-chart__band-outer" x="([\d.]+)" y="\d+" width="([\d.]+)"', plot)  # key, band
    [_, inner] = re.findall(r'class="hb-chart__band-inner" x="([\d.]+)" y="\d+" width="([\d.]+)"', plot)
    median = float(re.findall(r'class="hb-chart__median" x1="([\d.]+)"', plot)[-1])
    scale = median / 100000
    assert float(outer[0]) == pytest.approx(60000 * scale, abs=0.2)
    assert float(outer[1]) == pytest.approx(90000 * scale, abs=0.2)
    assert float(inner[0]) == pytest.approx(80000 * scale, abs=0.2)
    assert float(inner[1]) == pytest.approx(40000 * scale, abs=0.2)
    assert table_row(out, "Developer, back-end") == [
        "Developer, back-end",
        "$60,000",
        "$80,000",
        "$100,000",
        "$120,000",
        "$150,000",
        "2025",
    ]
    with pytest.raises(Exception, match="has no percentiles"):
        macros(good_data, "pay/salaries.md").range_chart("Pay spread", "survey-pay-world-2025")


def test_line_chart_plots_each_point_of_its_series(good_data: Path) -> None:
    out = macros(good_data, "pay/salaries.md").line_chart("Median pay, 2024 to 2025", "survey-pay")
    svg = svg_of(out)
    assert ">Median pay, 2024 to 2025</title>" in svg
    desc = html.unescape(re.search(r"<desc[^>]*>(.*?)</desc>", svg).group(1))
    assert "2024 $95,000 (broader occupation); 2025 $100,000." in desc
    points = re.findall(r'<circle class="hb-chart__point( hb-chart__point--open)?" cx="([\d.]+)" cy="([\d.]+)"', svg)
    plotted = points[-2:]  # the key comes first
    assert [bool(p[0]) for p in plotted] == [True, False]  # 2024 counted a broader occupation
    assert float(plotted[0][2]) > float(plotted[1][2])  # lower value, lower on the page
    assert "hb-chart__line--dashed" in svg
    assert table_row(out, "2024") == ["2024", "$95,000 (counts Developer, back-end and front-end)"]
    assert table_row(out, "2025") == ["2025", "$100,000"]


def test_pay_by_developer_type_states_its_population(good_data: Path) -> None:
    out = text_of(macros(good_data, "compare/index.md").pay_by_type())
    assert "Developer, back-end" in out
    assert "$70,000 (1,200 people)" in out and "$100,000 (400 people)" in out
    assert "Self-reported total yearly pay" in out
    assert "Respondents worldwide who chose back-end" in out


def test_outdated_list_says_what_was_tried(good_data: Path) -> None:
    out = text_of(macros(good_data, "about/maintainers.md", today="2027-01-01").outdated_figures())
    assert "Searched the office's site on 2026-01-15" in out
    assert "Figures the flag cannot watch" in out and "The survey's results carry no publication date." in out


def test_a_country_is_named_as_a_sentence_needs_it() -> None:
    from macros import formatting

    assert [formatting.where(code) for code in ("US", "GB", "NL", "DE", "SE", "world")] == [
        "in the United States",
        "in the United Kingdom",
        "in the Netherlands",
        "in Germany",
        "in Sweden",
        "worldwide",
    ]
