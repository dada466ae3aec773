"""No string literal reaches a person without going through the translation.

A static net over ui/: a call that puts text on screen (a widget's text, a window
title, a tooltip, a menu, a message box...) must not be given a literal or an
f-string with words in it; it is given `tr(...)`, `core_text(...)` or a value.
The pseudo-translation test (test_pseudo_translation.py) catches at run time
what reaches the screen by other paths.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "ui"

#: Calls whose string arguments a person sees.
SHOWN = {
    # widgets made with their text
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QCommandLinkButton", "QMenu", "QToolBar", "QDockWidget",
    "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QStandardItem",
    # text set later
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "setTitle",
    "setLabelText", "setInformativeText", "setDetailedText", "setTabText", "setItemText",
    "setPrefix", "setSuffix", "setSpecialValueText", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "showMessage", "setFormat",
    "setCancelButtonText", "setWindowIconText",
    # things added with their text
    "addRow", "addItem", "addItems", "insertItem", "addTab", "insertTab", "addAction",
    "addMenu", "addButton", "addSection", "insertRow",
    # message boxes
    "information", "warning", "critical", "question", "about",
    "getText", "getItem", "getInt", "getOpenFileName", "getSaveFileName",
    "getExistingDirectory",
}  # fmt: skip
#: Methods named like the above whose string argument is not shown (a settings key...).
NOT_SHOWN_OWNERS = {"logging", "log", "logger", "warnings"}


def _words(node: ast.AST) -> bool:
    """A literal a person would read: it has a letter in it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_words(part) for part in node.values)
    if isinstance(node, ast.BinOp):  # "a" + b, "%s" % b
        return _words(node.left) or _words(node.right)
    if isinstance(node, ast.IfExp):
        return _words(node.body) or _words(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_words(e) for e in node.elts)
    return False


def _name(call: ast.Call) -> tuple[str, str]:
    func = call.func
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        return func.attr, owner
    if isinstance(func, ast.Name):
        return func.id, ""
    return "", ""


def untranslated(source: str, filename: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name, owner = _name(node)
        if name not in SHOWN or owner in NOT_SHOWN_OWNERS:
            continue
        arguments = [*node.args, *(k.value for k in node.keywords if k.arg != "objectName")]
        for argument in arguments:
            if _words(argument):
                found.append(f"{filename}:{node.lineno}: {name}({ast.unparse(argument)[:60]})")
    return found


@pytest.mark.parametrize(
    "folder", sorted(p.name for p in UI.iterdir() if p.is_dir() and p.name != "__pycache__")
)
def test_every_shown_string_goes_through_the_translation(folder: str) -> None:
    found = []
    for path in sorted((UI / folder).rglob("*.py")):
        found += untranslated(path.read_text(encoding="utf-8"), str(path.relative_to(UI.parent)))
    assert found == []


def test_the_net_catches_literals_and_lets_translations_through() -> None:
    code = (
        "QLabel('Where it happened')\n"
        "button.setToolTip(f'Saved {n} files')\n"
        "menu.addAction('&Open' + suffix)\n"
        "QLabel(tr('Where it happened'))\n"
        "button.setToolTip(tr('Saved {n} files').format(n=n))\n"
        "box.setText(core_text(error.template, error.values))\n"
        "QLabel('')\n"
        "label.setText('—')\n"
        "log.warning('kept in English for the log')\n"
    )
    found = untranslated(code, "example.py")
    assert [line.split(":")[1] for line in found] == ["1", "2", "3"]
