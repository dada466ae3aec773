"""Screenshots of verify.html checking the demo case's court bundle in headless Chromium:
INTACT as exported, and PROBLEM after one exhibit was changed and a file was added.

    .venv/bin/python tools/verify_page_shots.py [--out docs/screenshots]

Writes verify-html-intact.png and verify-html-problem.png. Needs Debian's chromium and
chromium-driver (tools/system-packages.sh test). The demo journal (invented data) and
the bundles live in a temporary folder that is deleted afterwards.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.chromium import open_page, requests_made, start_chromium, verdict_for  # noqa: E402
from tools.demo_vault import DEMO_PASSPHRASE, create_demo  # noqa: E402

WIDTH = 900


def demo_bundle(folder: Path) -> Path:
    """The demo case exported as a court bundle through the command line."""
    vault_path = folder / "demo.db"
    create_demo(vault_path)
    passphrase = folder / "passphrase"
    passphrase.write_text(DEMO_PASSPHRASE, encoding="utf-8")
    bundle = folder / "for-lawyer.zip"
    cli = [sys.executable, "-m", "journal.cli", "--vault", str(vault_path)]
    export = ["--passphrase-file", str(passphrase), "export", "bundle", "--out", str(bundle)]
    subprocess.run([*cli, *export], check=True, cwd=ROOT)
    return bundle


def tampered(bundle: Path, out: Path) -> Path:
    """One exhibit's bytes changed and one file added, as someone altering it might."""
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(out, "w") as target:
        exhibit = next(n for n in source.namelist() if n.startswith("exhibits/"))
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data[:-1] + b"\x00" if info.filename == exhibit else data)
        target.writestr("exhibits/EX-099_new-photo.jpg", b"\xff\xd8\xff\xe0 not the original")
    return out


def shoot(folder: Path, page: Path, chosen: Path, out: Path) -> str:
    driver = start_chromium(folder / f"profile-{out.stem}", WIDTH, 900)
    try:
        open_page(driver, page)
        verdict = verdict_for(driver, chosen)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(WIDTH, int(height) + 140)
        driver.save_screenshot(str(out))
        asked = requests_made(driver)
        if set(asked) != {page.as_uri()}:
            raise SystemExit(f"the page made requests: {asked}")
        return verdict
    finally:
        driver.quit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        bundle = demo_bundle(folder)
        page = folder / "verify.html"
        with zipfile.ZipFile(bundle) as archive:
            page.write_bytes(archive.read("verify.html"))
        for name, chosen in (
            ("verify-html-intact", bundle),
            ("verify-html-problem", tampered(bundle, folder / "for-lawyer-changed.zip")),
        ):
            verdict = shoot(folder, page, chosen, args.out / f"{name}.png")
            print(f"{name}.png: {verdict.splitlines()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
