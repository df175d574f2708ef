"""Escaping for text from data that lands in Markdown pages.

HTML escaping alone is not enough: Markdown would still turn `[x](javascript:...)`
into a link, `*x*` into emphasis and a bare address into an autolink. Every
character HTML or Markdown (with its extensions) treats as syntax becomes a
numeric character reference, which Markdown leaves alone and the browser shows
as the character itself.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

# '-' stays: ids in links and anchors use it, and it is syntax only at a line's start
_SYNTAX = "&<>\"'\\`*_{}[]()#+!|~^=:@$%"
_TABLE = {ord(c): f"&#{ord(c)};" for c in _SYNTAX}


# a value that starts like a list item ("- x", "1. x") would start a list where a template puts
# it at the start of a line ("2) x" is safe once its parenthesis is escaped)
_LIST_MARKER = re.compile(r"^(\d*)([-.])")


def escape_text(value: object) -> Markup:
    """Plain text from data → inert HTML that Markdown passes through unchanged."""
    if isinstance(value, Markup):
        return value
    text = str(value).translate(_TABLE)
    text = _LIST_MARKER.sub(lambda m: f"{m.group(1)}&#{ord(m.group(2))};", text, count=1)
    return Markup(text)


def finalize(value: object) -> object:
    """Jinja `finalize`: every `{{ expression }}` in a template is escaped unless already Markup.

    Numbers are written as they are: they carry no syntax (a number has no space, so it cannot
    start a list), and SVG coordinates stay readable."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return escape_text(value)


def escape_attribute(value: object) -> Markup:
    """For attribute values in raw HTML (validated http(s) links): Markdown never parses those."""
    return escape(str(value))
