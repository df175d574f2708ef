"""Macros for learning: roadmaps with their time planner, project briefs, the courses behind the estimates."""

from __future__ import annotations

from markupsafe import Markup

from ..views import projects, roadmaps
from .base import MacroBase


class LearningMacros(MacroBase):
    def role_roadmap(self, role: str) -> Markup:
        """A role's roadmap: its stages in order with skills, projects and sourced hours, a diagram, and the planner.

        Arguments:
            role: id of a role in `data/roles.yml`; its stages are in `data/roadmaps.yml`.

        Example:
            {{ role_roadmap("backend") }}
        """
        return roadmaps.role_roadmap(self._r, self._here(), role)

    def roadmap_overview(self) -> Markup:
        """Every role's roadmap in one table: its stages and the total hours of focused study.

        Example:
            {{ roadmap_overview() }}
        """
        return roadmaps.roadmap_overview(self._r, self._here())

    def project_list(self) -> Markup:
        """Every project brief from `data/projects.yml`, grouped by role, with filters and "done" boxes.

        Example:
            {{ project_list() }}
        """
        return projects.project_list(self._r, self._here())

    def course_table(self) -> Markup:
        """Every course in `data/effort.yml`: the issuer's stated time, the hours, where it was read.

        Example:
            {{ course_table() }}
        """
        return projects.course_table(self._r, self._here())
