"""The macro reference, parsed from the macros' docstrings."""

from __future__ import annotations

import inspect
from collections.abc import Callable

from markupsafe import Markup

from ..escape import escape_text
from .base import MacroBase


def macro_names(cls: type) -> list[str]:
    """Public macro names of `cls`, area by area in the order of its bases, each in definition order."""
    names: list[str] = []
    for klass in cls.__mro__:
        if not issubclass(klass, MacroBase) or klass is MacroBase:
            continue
        names += [n for n, f in vars(klass).items() if not n.startswith("_") and callable(f) and n not in names]
    return names


def describe(cls: type) -> list[dict]:
    """Name, signature, summary, arguments and example of each macro, parsed from docstrings.

    Summaries and argument descriptions may use `code` in backticks; it is shown as code.
    """
    out = []
    for name in macro_names(cls):
        func = getattr(cls, name)
        doc = inspect.getdoc(func) or ""
        lead, _, rest = doc.partition("\n")
        sections = _sections(rest)
        # the first line, plus any paragraph before the first section
        summary = " ".join([lead, *sections.pop("", [])])
        out.append(
            {
                "name": name,
                "signature": name + _signature(func),
                "summary": _with_code(summary.strip()),
                "arguments": [_argument(item) for item in sections.get("Arguments", [])],
                "example": "\n".join(sections.get("Example", [])),
            }
        )
    return out


def _signature(func: Callable) -> str:
    """`(role, note="")` as an author writes the call: no `self`, no type annotations."""
    params = []
    for param in list(inspect.signature(func).parameters.values())[1:]:
        text = ("*" if param.kind is param.VAR_POSITIONAL else "") + param.name
        if param.default is not param.empty:
            text += "=" + (f'"{param.default}"' if isinstance(param.default, str) else repr(param.default))
        params.append(text)
    return f"({', '.join(params)})"


def _argument(item: str) -> tuple[str, Markup]:
    name, _, description = item.partition(":")
    return name.strip(), _with_code(description.strip())


def _with_code(text: str) -> Markup:
    """Plain docstring text, escaped, with `backticked` parts as code."""
    parts = text.split("`")
    return Markup("").join(
        Markup("<code>{}</code>").format(escape_text(part)) if index % 2 else escape_text(part)
        for index, part in enumerate(parts)
    )


def _sections(text: str) -> dict[str, list[str]]:
    """Lines under `Arguments:` and `Example:`; an argument's indented continuation lines join it."""
    sections: dict[str, list[str]] = {"": []}
    current = ""
    indent = 0
    for line in text.splitlines():
        stripped = line.strip()
        depth = len(line) - len(line.lstrip())
        if stripped.endswith(":") and stripped[:-1] in ("Arguments", "Example"):
            current = stripped[:-1]
            sections[current] = []
            indent = -1
        elif not current and stripped:
            sections[""].append(stripped)
        elif current and stripped:
            if current == "Arguments" and indent >= 0 and depth > indent and sections[current]:
                sections[current][-1] += " " + stripped
            else:
                indent = depth if indent < 0 else indent
                sections[current].append(stripped)
    return sections
