"""Corrections to Material's HTML that neither CSS nor template blocks can make.

Each replacement is exact, and a test checks that the original markup is gone,
so a Material release that changes the markup is noticed instead of silently
undoing the fix.
"""

from __future__ import annotations

import re
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

FIXES = (
    # section labels get tabindex="" (invalid HTML) when navigation.sections is on
    (' tabindex=""', ""),
    # the search dialog has no accessible name (axe: aria-dialog-name)
    (
        '<div class="md-search" data-md-component="search" role="dialog">',
        '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search">',
    ),
    # the search-results box takes Tab even while it is empty and has no height, so focus
    # disappears; without tabindex it is focusable only as a scroller, which the stylesheet
    # stops it being while it has no results (the result links stay focusable)
    (
        '<div class="md-search__scrollwrap" tabindex="0" data-md-scrollfix>',
        '<div class="md-search__scrollwrap" data-md-scrollfix>',
    ),
    # breadcrumbs and the main navigation are both called "Navigation" (axe: landmark-unique)
    ('<nav class="md-path" aria-label="Navigation" >', '<nav class="md-path" aria-label="Breadcrumb">'),
)


# Material's bundle and the handbook's script run after parsing instead of blocking the
# first paint; `defer` keeps their order, and both wait for the DOM anyway
_SCRIPT = re.compile(
    r'<script src="([^"]*(?:assets/javascripts/bundle\.[0-9a-f]+\.min|assets/handbook)\.js)"></script>'
)


# A section with an index page is labelled by its icon-only toggle, so its nav landmark has
# no name (axe: landmark-unique); name it after the section's link text instead. Found by a
# literal search and a look back, not one big regex: that backtracked over Material's
# whitespace and cost milliseconds a page.
_LABELLED_NAV = re.compile(r'<nav class="md-nav" data-md-level="\d+" aria-labelledby="(__nav_[\d_]+_label)"')
_ICON_ONLY = re.compile(r'>\s*<span class="md-nav__icon md-icon"></span>\s*</label>\s*</div>\s*$')
_ELLIPSIS = '<span class="md-ellipsis">'


def _name_sections(html: str) -> str:
    def name(match: re.Match) -> str:
        label = html.rfind(f'id="{match.group(1)}"', 0, match.start())
        title_at = html.rfind(_ELLIPSIS, 0, label)
        if label < 0 or title_at < 0 or not _ICON_ONLY.search(html, label, match.start()):
            return match.group(0)
        title = html[title_at + len(_ELLIPSIS) : html.find("</span>", title_at)].strip()
        if not title or "<" in title:
            return match.group(0)
        return match.group(0).replace(
            f'aria-labelledby="{match.group(1)}"', 'aria-label="{}"'.format(title.replace('"', "&quot;"))
        )

    return _LABELLED_NAV.sub(name, html)


# "Skip to content" scrolls to the page's heading but leaves keyboard focus where it was in some
# browsers; a heading that can take focus (tabindex -1: by script or link only, never by Tab)
# receives it, so the next Tab continues inside the content
_SKIP = re.compile(r'<a href="#([^"]+)" class="md-skip">')


def _focusable_skip_target(html: str) -> str:
    match = _SKIP.search(html)
    if not match:
        return html
    heading = f'<h1 id="{match.group(1)}">'
    return html.replace(heading, f'<h1 id="{match.group(1)}" tabindex="-1">', 1)


def _fix(html: str) -> str:
    for old, new in FIXES:
        html = html.replace(old, new)
    html = _SCRIPT.sub(r'<script src="\1" defer></script>', html)
    html = _name_sections(html)
    html = _focusable_skip_target(html)
    # section index pages get a table-of-contents label for a checkbox Material does not render
    if 'id="__toc"' not in html:
        html = html.replace('<label class="md-nav__title" for="__toc">', '<label class="md-nav__title">')
    return html


def on_post_page(output: str, page: Any, config: MkDocsConfig) -> str:
    return _fix(output)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return _fix(output_content)
