"""Render the chronology of every major script (tests/script_samples.py) to PNG pages.

    .venv/bin/python tools/sample_scripts.py DIR

Exports the samples in English and in Arabic (a temporary journal, deleted afterwards)
and renders the pages shown in docs/exports.md with pdftoppm at 70 dpi into DIR
(docs/export-samples/ keeps them).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.script_samples import SAMPLES, make

#: (language, page, image name): pages chosen after looking at the two PDFs
PAGES = (
    ("en", 2, "06-scripts-summary"),
    ("en", 4, "07-scripts-entries"),
    ("en", 5, "08-scripts-entries-2"),
    ("en", 10, "09-scripts-people"),
    ("ar", 1, "10-arabic-cover"),
    ("ar", 2, "11-arabic-summary"),
)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        pdfs = {}
        for language in ("en", "ar"):
            pdfs[language] = Path(folder) / f"scripts-{language}.pdf"
            make(pdfs[language], language, SAMPLES)
        for language, page, name in PAGES:
            subprocess.run(
                ["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page),
                 "-singlefile", str(pdfs[language]), str(out / name)],
                check=True,
            )  # fmt: skip
            print(out / f"{name}.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
