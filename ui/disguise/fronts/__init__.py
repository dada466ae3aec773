"""The working fronts, one for each look in ui/safety/disguise.py."""

from __future__ import annotations

from ui.disguise.fronts.base import Front
from ui.disguise.fronts.budget import BudgetFront
from ui.disguise.fronts.notes import NotesFront
from ui.disguise.fronts.recipes import RecipesFront
from ui.disguise.fronts.tasks import TasksFront
from ui.disguise.fronts.weather import WeatherFront

FRONTS: dict[str, type[Front]] = {
    "notes": NotesFront,
    "budget": BudgetFront,
    "recipes": RecipesFront,
    "weather": WeatherFront,
    "tasks": TasksFront,
}


def make_front(look: str) -> Front:
    return FRONTS.get(look, NotesFront)()
