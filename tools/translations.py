"""Keeping the interface's translations (ui/i18n/translations/<language>/<area>.ts).

Run with the project's Python (.venv/bin/python):
    tools/translations.py update [AREA ...]   the code's strings into the .ts
    tools/translations.py missing LANG AREA   the untranslated ones, as JSON to fill
    tools/translations.py fill LANG AREA FILE put a filled JSON's translations in
    tools/translations.py compile             every language to ui/i18n/compiled/
    tools/translations.py status              what is left, per language and area

The JSON maps each English source to its translation; a string with plural forms
("%n ...") maps to a list of forms (2 for English and Spanish, 6 for Arabic:
zero, one, two, few, many, other). A source with a translator's note is keyed
"source\\u0000note". docs/translations.md has the whole workflow.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ui.i18n.catalogue import (  # noqa: E402
    AREAS,
    FULL,
    PLURAL_FORMS,
    PLURALS_ONLY,
    extract,
    read,
    set_translation,
    sources_of_area,
    unfinished,
    write,
)
from ui.i18n.loading import COMPILED, SOURCES, compile_language  # noqa: E402


def key_of(source: str, comment: str) -> str:
    return f"{source}\x00{comment}" if comment else source


def update(areas: list[str]) -> None:
    for area in areas or list(AREAS):
        files = sources_of_area(area)
        for language in FULL:
            extract(files, SOURCES / language / f"{area}.ts", language)
        for language in PLURALS_ONLY:
            extract(files, SOURCES / language / f"{area}.ts", language, plurals_only=True)
        print(f"{area}: {len(files)} source files")


def missing(language: str, area: str) -> None:
    wanted = {}
    for _, message in unfinished(language, area):
        key = key_of(message.source, message.comment)
        wanted[key] = [""] * PLURAL_FORMS[language] if message.plural else ""
    print(json.dumps(wanted, ensure_ascii=False, indent=1))


def fill(language: str, area: str, json_file: Path) -> None:
    given = json.loads(json_file.read_text(encoding="utf-8"))
    ts_file = SOURCES / language / f"{area}.ts"
    tree, messages = read(ts_file)
    done = 0
    for message in messages:
        value = given.get(key_of(message.source, message.comment))
        if value:
            set_translation(message, value, PLURAL_FORMS[language])
            done += 1
    write(tree, ts_file)
    # lupdate writes it again in its own layout, so later updates change only what changed
    extract(sources_of_area(area), ts_file, language, plurals_only=language in PLURALS_ONLY)
    left = sum(1 for m in read(ts_file)[1] if not m.finished)
    print(f"{language}/{area}: {done} filled, {left} still untranslated")


def status() -> int:
    left_total = 0
    for language in (*FULL, *PLURALS_ONLY):
        for ts_file in sorted((SOURCES / language).glob("*.ts")):
            messages = read(ts_file)[1]
            left = sum(1 for m in messages if not m.finished)
            left_total += left
            print(f"{language}/{ts_file.stem}: {len(messages)} strings, {left} untranslated")
    return 1 if left_total else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update").add_argument("areas", nargs="*", choices=[*AREAS, []])
    for name in ("missing", "fill"):
        command = sub.add_parser(name)
        command.add_argument("language", choices=[*FULL, *PLURALS_ONLY])
        command.add_argument("area", choices=list(AREAS))
        if name == "fill":
            command.add_argument("json_file", type=Path)
    sub.add_parser("compile")
    sub.add_parser("status")
    args = parser.parse_args()
    if args.command == "update":
        update(args.areas)
    elif args.command == "missing":
        missing(args.language, args.area)
    elif args.command == "fill":
        fill(args.language, args.area, args.json_file)
    elif args.command == "compile":
        for language in (*FULL, *PLURALS_ONLY):
            print(compile_language(language, COMPILED))
    else:
        return status()
    return 0


if __name__ == "__main__":
    sys.exit(main())
