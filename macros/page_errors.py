"""How a mistake in a page's macro call is reported: file, line and what is wrong, no traceback.

mkdocs-macros hands every error raised while rendering a page to `format_error`, a
function that dispatches on the exception's type, and then either shows the result in
the page or, with `on_error_fail`, calls exit(), which also ends `mkdocs serve`. The
formatter registered here for every exception raises a PluginError instead, which
MkDocs reports in one line and turns into a failed build: `mkdocs build --strict`
fails, and `mkdocs serve` keeps running (see overrides/hooks/dev_server.py).
"""

from __future__ import annotations

import traceback

from jinja2 import TemplateSyntaxError, UndefinedError
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page
from mkdocs_macros.errors import format_error

from .problems import MacroUsageError, UnknownId, did_you_mean


def _line(error: BaseException, markdown: str, page: Page) -> str:
    """The line of the page where the failing macro call is, counting the front matter."""
    if isinstance(error, TemplateSyntaxError) and not error.name:
        lineno: int | None = error.lineno  # the page itself does not parse
    else:
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == "<template>"]
        lineno = frames[-1].lineno if frames else None
    if lineno is None:
        return ""
    source = page.file.content_string
    start = source.find(markdown[:200]) if markdown else -1
    offset = source[:start].count("\n") if start > 0 else 0
    return f"line {lineno + offset}: "


def _message(error: BaseException, known: list[str]) -> str:
    """The exception's own words; for an unknown macro name, the closest macro."""
    if isinstance(error, TemplateSyntaxError):
        return f"macro syntax error: {error.message}"
    text = str(error)
    if isinstance(error, UndefinedError) and text.startswith("'") and text.endswith("' is undefined"):
        return text + did_you_mean(text[1 : text.index("'", 1)], known)
    if isinstance(error, (UnknownId, MacroUsageError, UndefinedError, TypeError)):
        return text  # already in words an author understands: "unknown role 'backnd' (did you mean ...)"
    return f"{type(error).__name__}: {text}"


def register(known_macros: list[str]) -> None:
    def fail(error: Exception, markdown: str, page: Page) -> str:
        where = f"docs/{page.file.src_path}: {_line(error, markdown, page)}"
        if isinstance(error, TemplateSyntaxError) and error.name:  # a template in macros/templates/ is broken
            template = f"macros/templates/{error.name}: line {error.lineno}: "
            raise PluginError(f"{template}{_message(error, known_macros)} (called from {where.rstrip(': ')})")
        raise PluginError(where + _message(error, known_macros)) from None

    format_error.register(Exception, fail)
    format_error.register(TemplateSyntaxError, fail)
