"""The translation sources (.ts files): where the strings come from, what is
still untranslated, and the pseudo-translation that shows both.

Used by tools/translations.py (update, fill, compile) and by the tests that
check every language is complete and every window translated. Plain XML through
ElementTree; Qt's own lupdate and lrelease do the extracting and compiling.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ui.i18n.loading import SOURCES, lrelease

ROOT = SOURCES.parents[2]
#: Area -> the source folders whose strings its .ts file holds, one file per
#: language and area, so that areas of the app are translated independently.
AREAS = {
    "app": ("ui/app", "ui/pages", "ui/timeline", "ui/widgets", "ui/i18n"),
    "editor": ("ui/editor", "ui/history", "ui/pattern"),
    "safety": ("ui/safety", "ui/disguise"),
    "export": ("ui/export", "ui/case"),
    "evidence": ("ui/evidence", "ui/conversations"),
    "core": ("journal",),
}
#: Languages translated in full; English has only the plural forms of its own strings.
FULL = ("es", "ar")
PLURALS_ONLY = ("en",)
#: Qt's plural forms per language (Arabic: zero, one, two, few, many, other).
PLURAL_FORMS = {"en": 2, "es": 2, "ar": 6}


def sources_of_area(area: str) -> list[Path]:
    return sorted(p for folder in AREAS[area] for p in (ROOT / folder).rglob("*.py"))


def lupdate() -> Path:
    tool = lrelease()
    if tool is None:
        raise FileNotFoundError("Qt's lupdate is not installed with PySide6")
    return tool.with_name(tool.name.replace("lrelease", "lupdate"))


def extract(sources: list[Path], ts_file: Path, language: str, plurals_only: bool = False) -> None:
    """Bring `ts_file` up to date with the strings in `sources` (lupdate keeps what
    is translated, adds what is new, drops what is gone)."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    extra = ["-pluralonly"] if plurals_only else []
    subprocess.run(
        [str(lupdate()), "-silent", "-locations", "none", "-no-obsolete", *extra,
         "-target-language", language, *map(str, sources), "-ts", str(ts_file)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip


@dataclass
class Message:
    context: str
    source: str
    comment: str
    plural: bool
    element: ET.Element  # its <translation>

    @property
    def finished(self) -> bool:
        if self.element.get("type") in ("unfinished", "vanished", "obsolete"):
            return False
        forms = self.element.findall("numerusform")
        texts = [f.text for f in forms] if self.plural else [self.element.text]
        return bool(texts) and all(t and t.strip() for t in texts)


def read(ts_file: Path) -> tuple[ET.ElementTree[ET.Element], list[Message]]:
    tree = ET.parse(ts_file)  # noqa: S314 (the repository's own .ts files)
    messages = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation", type="unfinished")
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                    translation,
                )
            )
    return tree, messages


def write(tree: ET.ElementTree[ET.Element], ts_file: Path) -> None:
    ET.indent(tree, space="    ")
    root = tree.getroot()
    assert root is not None
    body = ET.tostring(root, encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def set_translation(message: Message, text: str | list[str], forms: int) -> None:
    element = message.element
    element.attrib.pop("type", None)
    for child in list(element):
        element.remove(child)
    if message.plural:
        values = text if isinstance(text, list) else [text] * forms
        element.text = None
        for value in values:
            ET.SubElement(element, "numerusform").text = value
    else:
        element.text = text if isinstance(text, str) else text[0]


def unfinished(language: str, area: str | None = None) -> Iterator[tuple[str, Message]]:
    """Every message of `language` (optionally one area) without a translation."""
    for ts_file in sorted((SOURCES / language).glob("*.ts")):
        if area is None or ts_file.stem == area:
            for message in read(ts_file)[1]:
                if not message.finished:
                    yield ts_file.stem, message


# What a translation must keep as it is: {named} fields, %n, Qt's %1, markup,
# entities; an "&" before a letter is a keyboard accelerator and stays too.
_KEPT = re.compile(r"\{[^{}]*\}|%n|%L?\d|<[^>]*>|&[a-zA-Z]+;|&&|&|\n")
_ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "áéíóúÁÉÍÓÚçñýÇÑÝ")


def pseudo(text: str) -> str:
    """`text` with every letter accented, a third longer, between ⟦ and ⟧, its
    fields and markup intact: what the pseudo-translation test looks for."""
    pieces: list[str] = []
    position = 0
    for kept in _KEPT.finditer(text):
        pieces.append(text[position : kept.start()].translate(_ACCENTS))
        pieces.append(kept.group())
        position = kept.end()
    pieces.append(text[position:].translate(_ACCENTS))
    visible = len(_KEPT.sub("", text))
    return "⟦" + "".join(pieces) + "~" * max(1, -(-visible // 3)) + "⟧"


def build_pseudo(into: Path) -> Path:
    """A pseudo-translation of every string of every area, compiled to into/pseudo.qm."""
    into.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    assert tool is not None
    ts_files = []
    for area in AREAS:
        ts_file = into / f"pseudo-{area}.ts"
        extract(sources_of_area(area), ts_file, "en")
        tree, messages = read(ts_file)
        for message in messages:
            set_translation(message, pseudo(message.source), PLURAL_FORMS["en"])
        write(tree, ts_file)
        ts_files.append(str(ts_file))
    target = into / "pseudo.qm"
    subprocess.run(
        [str(tool), "-silent", *ts_files, "-qm", str(target)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return target
