"""The role-fit guide and the level self-assessment: what the build writes so the scripts can work,
and so the page reads as a complete worksheet without them."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ..models import Question, Role
from ..render import Renderer

# a weight in words, for the worksheet
STRENGTH = {2: "strongly", 1: "", -1: "", -2: "strongly"}


@dataclass(frozen=True)
class Pointer:
    role: Role
    weight: int
    because: str


@dataclass(frozen=True)
class QuestionView:
    number: int
    question: Question
    towards: list[Pointer]
    away: list[Pointer]


def role_fit(r: Renderer, here: str) -> Markup:
    roles = r.catalog.all("roles")
    views = []
    for number, question in enumerate(r.catalog.all("questions"), 1):
        pointers = [Pointer(r.catalog.role(p.role), p.weight, p.because) for p in question.points]
        views.append(
            QuestionView(
                number,
                question,
                towards=[p for p in pointers if p.weight > 0],
                away=[p for p in pointers if p.weight < 0],
            )
        )
    scale = r.catalog.roots()["role_fit.yml"].scale  # type: ignore[attr-defined]
    return r.render("role_fit.md.j2", here, questions=views, scale=scale, roles=roles, strength=STRENGTH)
