"""A recipe book: find a recipe by name, read its ingredients and method."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.disguise.fronts.base import Front
from ui.i18n import QT_TR_NOOP, tr

#: (name, ingredients, method), in English; shown in the interface language.
RECIPES = (
    (
        QT_TR_NOOP("Lentil soup"),
        QT_TR_NOOP("1 onion, 2 carrots, 200 g red lentils, 1 litre stock, cumin"),
        QT_TR_NOOP(
            "Soften the onion and carrots, add the lentils, stock and a pinch of cumin, "
            "simmer for 25 minutes and blend half of it."
        ),
    ),
    (
        QT_TR_NOOP("Banana bread"),
        QT_TR_NOOP(
            "3 ripe bananas, 75 g butter, 150 g sugar, 1 egg, 190 g flour, 1 tsp baking soda"
        ),
        QT_TR_NOOP(
            "Mash the bananas, stir in the melted butter, sugar and egg, fold in the flour "
            "and soda, bake at 175 °C for an hour."
        ),
    ),
    (
        QT_TR_NOOP("Tomato pasta"),
        QT_TR_NOOP("400 g pasta, 1 tin of tomatoes, 2 cloves of garlic, olive oil, basil"),
        QT_TR_NOOP(
            "Fry the garlic in the oil, add the tomatoes and simmer for 15 minutes, toss "
            "with the cooked pasta and basil."
        ),
    ),
    (
        QT_TR_NOOP("Vegetable curry"),
        QT_TR_NOOP("1 onion, 2 potatoes, 1 tin of chickpeas, 1 tin of coconut milk, curry paste"),
        QT_TR_NOOP(
            "Fry the onion and paste, add the diced potatoes, chickpeas and coconut milk, "
            "simmer until the potatoes are soft."
        ),
    ),
    (
        QT_TR_NOOP("Pancakes"),
        QT_TR_NOOP("100 g flour, 2 eggs, 300 ml milk, a pinch of salt"),
        QT_TR_NOOP("Whisk everything smooth, rest for 10 minutes, fry thin in a hot buttered pan."),
    ),
)
RECIPE = Qt.ItemDataRole.UserRole  # a list item's place in RECIPES


class RecipesFront(Front):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setAccessibleName(tr("Find a recipe"))
        self.search.setPlaceholderText(tr("Find a recipe…"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Recipes"))
        for number, (name, _ingredients, _method) in enumerate(RECIPES):
            item = QListWidgetItem(tr(name))
            item.setData(RECIPE, number)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._show)
        self.text = QTextBrowser()
        self.text.setAccessibleName(tr("Recipe"))
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
        self.status.emit(tr("%n recipes", None, shown))

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        name, ingredients, method = (escape(tr(text)) for text in RECIPES[item.data(RECIPE)])
        need, how = escape(tr("You need")), escape(tr("Method"))
        self.text.setHtml(
            f"<h2>{name}</h2><h3>{need}</h3><p>{ingredients}</p><h3>{how}</h3><p>{method}</p>"
        )

    def reset(self) -> None:
        self.search.clear()
        self.list.setCurrentRow(0)
        self._filter("")

    def first_control(self) -> QWidget:
        return self.search
