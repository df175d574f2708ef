"""How a mistake in a page's macro call is reported: file, line and what is wrong, no traceback.

mkdocs-macros formats rendering errors with a function that dispatches on the
exception's type; these formatters replace its generic one (which ends in a
Python traceback) for the mistakes an author makes: an unknown id, a wrong
argument, an undefined name.
"""

from __future__ import annotations

import traceback

from jinja2 import UndefinedError
from mkdocs.structure.pages import Page
from mkdocs_macros.errors import format_error

from .problems import MacroUsageError, UnknownId


def _line(error: BaseException, markdown: str, page: Page) -> str:
    """The line of the file where the failing macro call is, counting the front matter."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == "<template>"]
    if not frames:
        return ""
    source = page.file.content_string
    start = source.find(markdown[:200]) if markdown else -1
    offset = source[:start].count("\n") if start > 0 else 0
    return f"line {(frames[-1].lineno or 0) + offset}: "


def _format(error: BaseException, markdown: str, page: Page) -> str:
    return f"docs/{page.file.src_path}: {_line(error, markdown, page)}{error}"


def register() -> None:
    for kind in (UnknownId, MacroUsageError, UndefinedError):
        format_error.register(kind, _format)
