"""Pages about the handbook itself: links to files the build writes, the macro reference."""

from __future__ import annotations

from markupsafe import Markup

from ..render import Renderer


def built_link(r: Renderer, here: str, href: str, text: str) -> Markup:
    return r.render("built_link.md.j2", here, href=href, text=text).strip()


def macro_reference(r: Renderer, here: str, macros: list[dict]) -> Markup:
    return r.render("macro_reference.md.j2", here, macros=macros)
