"""Corrections to Material's HTML that neither CSS nor template blocks can make.

Each replacement is exact, and a test checks that the original markup is gone,
so a Material release that changes the markup is noticed instead of silently
undoing the fix.
"""

from __future__ import annotations

import re

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
# no name (axe: landmark-unique); name it after the section's link text instead.
_SECTION = re.compile(
    r'<span class="md-ellipsis">\s*(?P<title>[^<]+?)\s*</span>\s*</a>\s*'
    r'<label class="md-nav__link[^"]*" for="(?P<id>__nav_[\d_]+)" id="(?P=id)_label"[^>]*>\s*'
    r'<span class="md-nav__icon md-icon"></span>\s*</label>\s*</div>\s*'
    r'<nav class="md-nav" data-md-level="(?P<level>\d+)" aria-labelledby="(?P=id)_label"'
)


def _name_section(match: re.Match) -> str:
    text = match.group(0)
    return text.replace(
        f'aria-labelledby="{match.group("id")}_label"',
        f'aria-label="{match.group("title").replace(chr(34), "&quot;")}"',
    )


def _fix(html: str) -> str:
    for old, new in FIXES:
        html = html.replace(old, new)
    html = _SCRIPT.sub(r'<script src="\1" defer></script>', html)
    html = _SECTION.sub(_name_section, html)
    # section index pages get a table-of-contents label for a checkbox Material does not render
    if 'id="__toc"' not in html:
        html = html.replace('<label class="md-nav__title" for="__toc">', '<label class="md-nav__title">')
    return html


def on_post_page(output: str, page, config) -> str:
    return _fix(output)


def on_post_template(output_content: str, template_name: str, config) -> str:
    return _fix(output_content)
