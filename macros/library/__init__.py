"""The macros authors call from Markdown, one module per area. Docstrings are user documentation.

Each docstring starts with one line saying what the macro shows, then
`Arguments:` and `Example:` sections; `macro_reference()` turns them into the
authors' reference page, so keep them accurate.
"""

from __future__ import annotations

import functools
import os
import posixpath
from collections.abc import Callable

from markupsafe import Markup

from .base import MacroBase
from .careers import CareerMacros
from .describe import describe, macro_names
from .facts import FactMacros
from .guides import GuideMacros
from .learning import LearningMacros
from .reference import ReferenceMacros
from .roles import RoleMacros
from .site import SiteMacros


class Macros(RoleMacros, GuideMacros, LearningMacros, FactMacros, ReferenceMacros, CareerMacros, SiteMacros):
    """Every area's macros, bound to one renderer and the page being built. Its bases, in order,
    are the one list of areas: the public macros and the reference page are generated from it."""


AREAS: tuple[type[MacroBase], ...] = Macros.__bases__


__all__ = ["AREAS", "Macros", "describe", "public_macros"]


# macros whose output depends on the exact page, not only on its directory
_EXACT_PAGE = {"role_card"}


def public_macros(macros: Macros) -> dict[str, Callable]:
    """Name -> macro, for every public method, in the order they are defined.

    Each is memoised for the build: a macro's output depends only on its arguments and
    the directory of the page (links are relative to it), so pages in one section that
    make the same call share one rendering. Every call, cached or not, tells the page
    which data files its output came from (the page's "last updated" date uses them).
    HANDBOOK_NO_MACRO_CACHE=1 turns the cache off (a test compares both builds).
    """
    cache: dict[tuple, tuple[Markup, frozenset[str]]] = {}
    use_cache = os.environ.get("HANDBOOK_NO_MACRO_CACHE") != "1"

    def wrapped(name: str, method: Callable) -> Callable:
        @functools.wraps(method)
        def call(*args: object, **kwargs: object) -> Markup:
            here = macros._here()
            where = here if name in _EXACT_PAGE else (posixpath.dirname(here), macros._url().count("/"))
            key = (name, args, tuple(sorted(kwargs.items())), where)
            if key not in cache or not use_cache:
                with macros._r.catalog.reading() as reads:
                    output = method(*args, **kwargs)
                cache[key] = (output, frozenset(reads))
            output, files = cache[key]
            macros._data_read(files)
            return output

        return call

    return {name: wrapped(name, getattr(macros, name)) for name in macro_names(type(macros))}
