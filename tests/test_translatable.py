"""The core's messages keep template and values apart (journal/translatable.py,
journal/errors.py) while their English, for the CLI, the PDF and the logs, stays
what it was; and every marked template of the core fills with its own fields."""

from __future__ import annotations

import ast
from pathlib import Path

from journal.entries.revision_kinds import change_parts, change_summary
from journal.errors import AlteredKeys, DamagedJournal, JournalError, NotAVault, UsageError
from journal.export.errors import ExportFailed
from journal.translatable import QT_TRANSLATE_NOOP, counted, field_names, listed, phrase

ROOT = Path(__file__).resolve().parents[1]


def test_an_error_keeps_its_template_and_values_and_says_english() -> None:
    error = UsageError(
        QT_TRANSLATE_NOOP("core", "The folder {parent} does not exist."), parent="/x"
    )
    assert str(error) == "The folder /x does not exist."
    assert error.template == "The folder {parent} does not exist."
    assert error.values == {"parent": "/x"}
    assert error.exit_code == 2
    plain = JournalError("A sentence with a {brace} and no values.")
    assert str(plain) == "A sentence with a {brace} and no values."


def test_subclasses_keep_their_signatures_and_their_english() -> None:
    why = phrase(QT_TRANSLATE_NOOP("core", "it is a folder"))
    assert str(NotAVault("/x", why)) == (
        "The file /x is not a journal this app can open (it is a folder)."
    )
    assert NotAVault("/x", why).values["reason"].template == "it is a folder"  # type: ignore[attr-defined]
    assert str(NotAVault("/x")) == "The file /x is not a journal this app can open."
    assert "epochs" in str(AlteredKeys("its key epochs are missing"))
    assert str(DamagedJournal("/x", "bad page")).startswith("The journal /x is damaged (bad page)")
    assert str(ExportFailed()) == "The export could not be finished, and nothing was written."
    made = phrase(QT_TRANSLATE_NOOP("core", "The file {name!r}"), name="a.txt")
    adopted = UsageError(made)  # a phrase made elsewhere keeps its template and values
    assert (adopted.template, adopted.values, str(adopted)) == (
        "The file {name!r}",
        {"name": "a.txt"},
        "The file 'a.txt'",
    )


def test_counts_and_lists_keep_the_english_they_had() -> None:
    assert counted("%n files added", 1, "1 file added") == "1 file added"
    assert counted("%n files added", 1, "1 file added").n == 1
    assert listed(["a", "b", "c"]) == "a; b; c"
    assert listed(["a", "b"], commas=True) == "a, b"
    assert change_summary([]) == "written once, not changed since"
    assert change_parts([]) == ["written once, not changed since"]


def _marked_templates() -> list[tuple[str, int, str]]:
    """(file, line, template) of every QT_TRANSLATE_NOOP("core", ...) in journal/."""
    found = []
    for path in sorted((ROOT / "journal").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
                and len(node.args) == 2
                and isinstance(node.args[1], ast.Constant)
            ):
                found.append((str(path.relative_to(ROOT)), node.lineno, node.args[1].value))
    return found


def test_every_marked_template_fills_with_its_own_fields() -> None:
    templates = _marked_templates()
    assert len(templates) > 300
    broken = []
    for where, line, template in templates:
        names = field_names(template)
        try:
            template.format(**{name: 7 for name in names})
        except (ValueError, KeyError, IndexError) as error:
            broken.append(f"{where}:{line}: {template!r} ({error})")
    assert broken == []
