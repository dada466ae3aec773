"""Check a chronology PDF made by tools/fresh-machine.sh on a root with no fonts installed.

    python3 tools/check_script_pdf.py PDF

The Greek, Cyrillic and Arabic sentences that fresh-machine.sh put in the journal must
copy out of the PDF in reading order (pdftotext, compared after NFKC without spaces or
the bidi marks pdftotext adds), nothing may be drawn as a `[U+....]` mark, and pdffonts
must list embedded subsets only, in the fonts the packaged app carries. Standard
library only: it runs with the host's python3.
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata

SENTENCES = (
    "Η ενδοοικογενειακή βία είναι έγκλημα",
    "Домашнее насилие — это преступление",
    "العنف الأسري يجب أن يتوقف",
)
CARRIED = ("DejaVuSans", "NotoSansArabic")
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


def readable(value: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value).translate(_MARKS))


def main(pdf: str) -> int:
    body = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True)
    found = readable(body.stdout)
    problems = [f"not in reading order: {s}" for s in SENTENCES if readable(s) not in found]
    if "[U+" in body.stdout:
        problems.append("a character was drawn as a [U+....] mark")
    listed = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True)
    rows = [line.split() for line in listed.stdout.splitlines()[2:]]
    problems += [f"not an embedded subset: {row[0]}" for row in rows if row[-5:-3] != ["yes"] * 2]
    names = " ".join(row[0] for row in rows)
    problems += [f"{face} not used" for face in CARRIED if face not in names]
    for problem in problems:
        print(f"{pdf}: {problem}", file=sys.stderr)
    if not problems:
        print(f"{pdf}: Greek, Cyrillic and Arabic in reading order; fonts: {names}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
