"""Rules for the learning data that span records, beyond types and references. Roadmaps: each
role has four to six stages, prerequisites point within the role and never in a circle, every
core skill of the role is in some stage, each stage's hours lie within what its basis courses
state, and each stage's projects are written for its role. Role fit: every role can be reached.
One line per problem, like every other check.
"""

from __future__ import annotations

from collections.abc import Callable

from .models import Stage

ProblemSink = Callable[[str, str, str], None]  # (file, path, message)

MIN_STAGES, MAX_STAGES = 4, 6


def check(catalog: object, add: ProblemSink, label_prefix: str = "data/") -> None:
    _check_roadmaps(catalog, add, label_prefix + "roadmaps.yml")
    _check_role_fit(catalog, add, label_prefix + "role_fit.yml")


def _check_role_fit(catalog: object, add: ProblemSink, file: str) -> None:
    questions = catalog.all("questions")  # type: ignore[attr-defined]
    reachable = {point.role for q in questions for point in q.points if point.weight > 0}
    for role in catalog.all("roles"):  # type: ignore[attr-defined]
        if role.id not in reachable:
            add(file, "questions", f"no answer points to role '{role.id}': give it a positive weight somewhere")
    for q in questions:
        roles = [point.role for point in q.points]
        for role in {r for r in roles if roles.count(r) > 1}:
            add(file, f"questions[{q.id}].points", f"role '{role}' appears more than once")


def _check_roadmaps(catalog: object, add: ProblemSink, file: str) -> None:
    stages: list[Stage] = catalog.all("stages")  # type: ignore[attr-defined]
    by_role: dict[str, list[Stage]] = {}
    for stage in stages:
        by_role.setdefault(stage.role, []).append(stage)
    for role in catalog.all("roles"):  # type: ignore[attr-defined]
        own = by_role.get(role.id, [])
        if not MIN_STAGES <= len(own) <= MAX_STAGES:
            add(file, "stages", f"role '{role.id}' has {len(own)} stages; a roadmap needs {MIN_STAGES} to {MAX_STAGES}")
        covered = {skill for stage in own for skill in stage.skills}
        for skill in role.skills:
            if skill not in covered:
                add(file, "stages", f"core skill '{skill}' of role '{role.id}' is in none of its stages")
    stage_of = {stage.id: stage for stage in stages}
    for stage in stages:
        where = f"stages[{stage.id}]"
        for other in stage.after:
            if other in stage_of and stage_of[other].role != stage.role:
                elsewhere = stage_of[other].role
                add(file, f"{where}.after", f"'{other}' is a stage of role '{elsewhere}', not '{stage.role}'")
        _check_effort(catalog, stage, file, where, add)
        for project_id in stage.projects:
            project = catalog.get("projects", project_id)  # type: ignore[attr-defined]
            if stage.role not in project.roles:
                add(file, f"{where}.projects", f"project '{project_id}' is not written for role '{stage.role}'")
    for cycle in _cycles(stages):
        add(file, f"stages[{cycle[0]}].after", "prerequisite cycle: " + " -> ".join([*cycle, cycle[0]]))


def _check_effort(catalog: object, stage: Stage, file: str, where: str, add: ProblemSink) -> None:
    courses = [catalog.get("courses", c) for c in stage.effort.basis]  # type: ignore[attr-defined]
    if not courses:
        return
    smallest = min(c.hours.low for c in courses)
    largest = max(c.hours.high for c in courses)
    low, high = stage.effort.low, stage.effort.high
    if low < smallest:
        add(file, f"{where}.effort.low", f"{low} is below its basis courses' smallest stated hours ({smallest})")
    if high > largest:
        add(file, f"{where}.effort.high", f"{high} is above its basis courses' largest stated hours ({largest})")


def _cycles(stages: list[Stage]) -> list[list[str]]:
    """Each prerequisite cycle once, as the list of stage ids around it, starting from the smallest id."""
    after = {stage.id: [a for a in stage.after] for stage in stages}
    found: dict[tuple[str, ...], list[str]] = {}
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in after.get(node, []):
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt) :]
                start = cycle.index(min(cycle))
                ordered = cycle[start:] + cycle[:start]
                found.setdefault(tuple(ordered), ordered)
            elif state.get(nxt) is None and nxt in after:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for stage_id in after:
        if stage_id not in state:
            visit(stage_id, [stage_id])
    return list(found.values())
