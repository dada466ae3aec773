"""A recipe book: find a recipe by name, read its ingredients and method."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QListWidget, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ui.disguise.fronts.base import Front

RECIPES = {
    "Lentil soup": (
        "1 onion, 2 carrots, 200 g red lentils, 1 litre stock, cumin",
        "Soften the onion and carrots, add the lentils, stock and a pinch of cumin, "
        "simmer for 25 minutes and blend half of it.",
    ),
    "Banana bread": (
        "3 ripe bananas, 75 g butter, 150 g sugar, 1 egg, 190 g flour, 1 tsp baking soda",
        "Mash the bananas, stir in the melted butter, sugar and egg, fold in the flour "
        "and soda, bake at 175 °C for an hour.",
    ),
    "Tomato pasta": (
        "400 g pasta, 1 tin of tomatoes, 2 cloves of garlic, olive oil, basil",
        "Fry the garlic in the oil, add the tomatoes and simmer for 15 minutes, toss "
        "with the cooked pasta and basil.",
    ),
    "Vegetable curry": (
        "1 onion, 2 potatoes, 1 tin of chickpeas, 1 tin of coconut milk, curry paste",
        "Fry the onion and paste, add the diced potatoes, chickpeas and coconut milk, "
        "simmer until the potatoes are soft.",
    ),
    "Pancakes": (
        "100 g flour, 2 eggs, 300 ml milk, a pinch of salt",
        "Whisk everything smooth, rest for 10 minutes, fry thin in a hot buttered pan.",
    ),
}


class RecipesFront(Front):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setAccessibleName("Find a recipe")
        self.search.setPlaceholderText("Find a recipe…")
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setAccessibleName("Recipes")
        self.list.addItems(list(RECIPES))
        self.list.currentTextChanged.connect(self._show)
        self.text = QTextBrowser()
        self.text.setAccessibleName("Recipe")
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setSizes([220, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(split)

    def _filter(self, typed: str) -> None:
        shown = 0
        for row in range(self.list.count()):
            item = self.list.item(row)
            hide = typed.strip().casefold() not in item.text().casefold()
            item.setHidden(hide)
            shown += not hide
        self.status.emit(f"{shown} recipe{'' if shown == 1 else 's'}")

    def _show(self, name: str) -> None:
        if name in RECIPES:
            ingredients, method = RECIPES[name]
            self.text.setHtml(
                f"<h2>{name}</h2><h3>You need</h3><p>{ingredients}</p>"
                f"<h3>Method</h3><p>{method}</p>"
            )

    def reset(self) -> None:
        self.search.clear()
        self.list.setCurrentRow(0)
        self._filter("")

    def first_control(self) -> QWidget:
        return self.search
