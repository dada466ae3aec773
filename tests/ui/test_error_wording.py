"""No window formats an exception itself: every sentence about an error comes from
ui/app/errors.py describe(), so none shows a repr, a class name in the main text, or
an unexpected exception's own text (which may quote journal content)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
# Where an exception's text is used on purpose, and why it is safe there.
ALLOWED = {
    "app/errors.py": "the one place that words errors",
    "app/preflight.py": "reads the library name out of an ImportError; not shown",
    "evidence/viewer.py": "PreviewUnavailable: a sentence the core wrote for people",
}


def exception_names(tree: ast.AST) -> set[str]:
    """Names bound to exceptions: `except ... as name`, and parameters typed BaseException."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
        annotation = node.annotation if isinstance(node, ast.arg) else None
        if isinstance(node, ast.arg) and annotation and "Exception" in ast.unparse(annotation):
            names.add(node.arg)
    return names


def formatted_errors(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = exception_names(tree)
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id == "repr":
                found.append(f"repr at line {node.lineno}")
            elif node.func.id in ("str", "type") and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Name) and arg.id in names:
                    found.append(f"{node.func.id}({arg.id}) at line {node.lineno}")
        if isinstance(node, ast.FormattedValue):
            value = node.value
            if isinstance(value, ast.Name) and value.id in names:
                found.append(f"{{{value.id}}} in an f-string at line {node.lineno}")
    return found


def test_the_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def failed(error: BaseException) -> str:\n"
        "    return f'It broke ({error})' + repr(error) + type(error).__name__\n"
        "try:\n    pass\nexcept OSError as problem:\n    shown = str(problem)\n",
        encoding="utf-8",
    )
    assert len(formatted_errors(sample)) == 4


def test_no_window_words_an_error_itself() -> None:
    offenders: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        found = formatted_errors(path)
        relative = path.relative_to(UI).as_posix()
        if found and relative not in ALLOWED:
            offenders[relative] = found
    assert offenders == {}, "use ui.app.errors.describe(error) instead"
