"""Structural rules (docs/architecture.md): the core never imports Qt, each layer of
journal/ imports only the layers below it, ui/ never touches storage, and no module
imports another that imports it back, even lazily or for types only."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import journal

from .import_graph import cycles, import_graph

# journal/'s packages, lowest first. A module may import its own package and those
# before it in this list, never one after it.
JOURNAL_LAYERS = [
    "journal.translatable",
    "journal.errors",
    "journal.system",
    "journal.entries",
    "journal.messages",
    "journal.repair",
    "journal.vault",
    "journal.record",
    "journal.evidence",
    "journal.conversations",
    "journal.case",
    "journal.session",
    "journal.salvage",
    "journal.export",
    "journal.cli",
]

# What of the vault ui/ may use: opening, keys and their policies. Never the store,
# the objects or the cryptography underneath.
UI_MAY_USE_FROM_VAULT = {
    "journal.vault.lifecycle",
    "journal.vault.passphrase_policy",
    "journal.vault.recovery_code",
    "journal.vault.restore",
    "journal.vault.settings",
    "journal.vault.unlock_attempts",
}
STORAGE = ("journal.record", "journal.repair")


def layer_of(module: str) -> int | None:
    for rank, layer in enumerate(JOURNAL_LAYERS):
        if module == layer or module.startswith(layer + "."):
            return rank
    return None


def test_importing_the_whole_core_never_imports_qt() -> None:
    modules = [
        m.name
        for m in pkgutil.walk_packages(journal.__path__, "journal.")
        if not m.name.endswith(".__main__")
    ]
    assert "journal.vault.lifecycle" in modules and "journal.cli.main" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""


def test_every_journal_module_belongs_to_a_layer() -> None:
    unplaced = [m for m in import_graph() if m.startswith("journal.") and layer_of(m) is None]
    assert unplaced == [], "add the package to JOURNAL_LAYERS and docs/architecture.md"


def test_each_journal_layer_imports_only_those_below_it() -> None:
    upward = []
    for module, targets in import_graph().items():
        rank = layer_of(module)
        if rank is None:
            continue
        for target in targets:
            target_rank = layer_of(target)
            if target_rank is not None and target_rank > rank:
                upward.append(f"{module} -> {target}")
    assert upward == []


def test_the_vault_imports_nothing_above_it() -> None:
    allowed = (
        "journal.translatable",
        "journal.errors",
        "journal.system",
        "journal.entries",
        "journal.repair",
    )
    found = {
        f"{module} -> {target}"
        for module, targets in import_graph().items()
        if module.startswith("journal.vault")
        for target in targets
        if not target.startswith(("journal.vault", *allowed)) and target != "journal"
    }
    assert found == set()


def test_ui_never_touches_storage() -> None:
    touching = {
        f"{module} -> {target}"
        for module, targets in import_graph().items()
        if module.startswith("ui.")
        for target in targets
        if target.startswith(STORAGE)
        or (target.startswith("journal.vault.") and target not in UI_MAY_USE_FROM_VAULT)
    }
    assert touching == set()


def test_no_import_cycles_anywhere() -> None:
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_planted_cycle() -> None:
    planted = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(planted) == [["a", "b", "c"]]
