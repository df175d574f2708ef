"""The macro reference, parsed from the macros' docstrings."""

from __future__ import annotations

import inspect

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
    """Name, signature, summary, arguments and example of each macro, parsed from docstrings."""
    out = []
    for name in macro_names(cls):
        func = getattr(cls, name)
        doc = inspect.getdoc(func) or ""
        summary, _, rest = doc.partition("\n")
        sections = _sections(rest)
        signature = str(inspect.signature(func)).replace("(self, ", "(").replace("(self)", "()")
        signature = signature.split(" ->")[0]
        out.append(
            {
                "name": name,
                "signature": signature,
                "summary": summary.strip(),
                "arguments": sections.get("Arguments", []),
                "example": "\n".join(sections.get("Example", [])),
            }
        )
    return out


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.endswith(":") and stripped[:-1] in ("Arguments", "Example"):
            current = stripped[:-1]
            sections[current] = []
        elif current and stripped:
            sections[current].append(stripped)
    return sections
