"""verify.html in a real headless Chromium: the page a lawyer opens to check a bundle
with nothing installed. Each check loads the page copied out of the bundle itself from
a file:// address with the network cut off, chooses the bundle in its file input, and
reads the verdict; every test also shows that the page asked for nothing but itself.
The page's findings are compared with the app's own `verify` on the same files.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from selenium import webdriver

from journal.export.signing import fingerprint, public_pem, public_raw
from journal.export.verify import verify_bundle
from journal.export.verify_page import PAGE_NAME, verify_page, verify_page_sha256

from .chromium import open_page, requests_made, shown_fingerprint, start_chromium, verdict_for
from .export_fixtures import small_bundle
from .zip_forge import BZIP2, bzip2_zeros, forge, overlapping_bomb, stored, stored_members

ROOT = Path(__file__).resolve().parents[1]
EXHIBIT = "exhibits/EX-001_note.txt"


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_bundle(tmp_path_factory.mktemp("bundle"))


@pytest.fixture(scope="module")
def page(good: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The copy of verify.html that travels in the bundle, as a recipient would open it."""
    path = tmp_path_factory.mktemp("page") / PAGE_NAME
    with zipfile.ZipFile(good) as archive:
        path.write_bytes(archive.read(PAGE_NAME))
    return path


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[webdriver.Chrome]:
    driver = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def journal_fingerprint(good: Path) -> str:
    with zipfile.ZipFile(good) as archive:
        return str(json.loads(archive.read("manifest.json"))["signing_key_fingerprint"])


def check(browser: webdriver.Chrome, page: Path, chosen: Path, input_id: str = "zip") -> str:
    """The page's verdict on `chosen`; fails if the page asked for anything but itself."""
    open_page(browser, page)
    verdict = verdict_for(browser, chosen, input_id)
    asked = requests_made(browser)
    assert set(asked) == {page.as_uri()}, f"the page made requests: {asked}"
    return verdict


def rewrite(good: Path, out: Path, changes: dict[str, bytes | None], deflate: str = "") -> Path:
    """A copy of the bundle with members replaced, removed (None) or added; the member
    named `deflate` is deflated whatever the original did."""
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename == deflate:
                info.compress_type = zipfile.ZIP_DEFLATED
            if info.filename in changes:
                data = changes[info.filename]
                if data is not None:
                    target.writestr(info, data)
            else:
                target.writestr(info, source.read(info))
        for name, data in changes.items():
            if name not in source.namelist() and data is not None:
                target.writestr(name, data, zipfile.ZIP_DEFLATED)
    return out


def resigned(
    good: Path, out: Path, forge_statements: bool, exhibit: bytes = b"a different story\n"
) -> tuple[Path, str]:
    """The bundle with a changed exhibit, SHA256SUMS recomputed and signed by a new key
    (as a forger would); with `forge_statements` the manifest and key history are
    rewritten to name that key too. Returns the path and the forger's fingerprint."""
    key = Ed25519PrivateKey.generate()
    print_ = fingerprint(key.public_key())
    members = stored_members(good)
    members[EXHIBIT] = exhibit
    members["vault_pub.pem"] = public_pem(key.public_key())
    if forge_statements:
        manifest = json.loads(members["manifest.json"])
        manifest["signing_key_fingerprint"] = print_
        members["manifest.json"] = json.dumps(manifest).encode()
        history = json.loads(members["key_history.json"])
        history["keys"] = [
            {"number": 1, "public_key": public_raw(key.public_key()).hex(), "in_use_from": None}
        ]
        members["key_history.json"] = json.dumps(history).encode()
    listed = {n: d for n, d in members.items() if n not in ("SHA256SUMS", "SHA256SUMS.sig")}
    sums = "".join(f"{hashlib.sha256(listed[n]).hexdigest()}  {n}\n" for n in sorted(listed))
    members["SHA256SUMS"] = sums.encode()
    members["SHA256SUMS.sig"] = key.sign(sums.encode())
    return rewrite(good, out, dict(members), deflate=EXHIBIT), print_


def section(verdict: str, title: str) -> list[str]:
    """The lines listed under one heading of the verdict."""
    lines = verdict.splitlines()
    if title not in lines:
        return []
    after = lines[lines.index(title) + 1 :]
    headings = {
        "Changed since it was signed",
        "Missing",
        "Added (not listed in SHA256SUMS)",
        "Other problems",
        "The signing-key fingerprint to compare",
        "The fingerprint of the key in this bundle (it did not sign SHA256SUMS as it stands)",
    }
    end = next((i for i, line in enumerate(after) if line in headings), len(after))
    return after[:end]


def app_names(path: Path, kind: str) -> list[str]:
    return [f.name for f in verify_bundle(path).findings if f.kind == kind]


def test_the_bundle_carries_the_published_page_and_the_docs_state_its_hash(good: Path) -> None:
    with zipfile.ZipFile(good) as archive:
        assert archive.read(PAGE_NAME) == verify_page()
        sums = archive.read("SHA256SUMS").decode()
    assert f"{verify_page_sha256()}  {PAGE_NAME}\n" in sums  # covered by the signature
    assert (ROOT / "docs" / PAGE_NAME).read_bytes() == verify_page()
    assert verify_page_sha256() in (ROOT / "docs" / "exports.md").read_text(encoding="utf-8")


def test_an_intact_bundle_is_intact_with_the_journals_fingerprint(
    browser: webdriver.Chrome, page: Path, good: Path, journal_fingerprint: str
) -> None:
    verdict = check(browser, page, good)
    assert verdict.startswith("INTACT: all 9 files are exactly as they were"), verdict
    assert shown_fingerprint(browser) == journal_fingerprint
    assert verify_bundle(good).intact


def test_a_changed_exhibit_is_a_problem_that_names_it(
    browser: webdriver.Chrome, page: Path, good: Path, tmp_path: Path
) -> None:
    path = rewrite(good, tmp_path / "changed.zip", {EXHIBIT: b"a different story\n"})
    verdict = check(browser, page, path)
    assert verdict.startswith("PROBLEM"), verdict
    assert (
        section(verdict, "Changed since it was signed") == [EXHIBIT] == app_names(path, "changed")
    )
    assert section(verdict, "Missing") == section(verdict, "Other problems") == []


def test_a_missing_and_an_added_file_are_named(
    browser: webdriver.Chrome, page: Path, good: Path, tmp_path: Path
) -> None:
    path = rewrite(
        good, tmp_path / "swapped.zip", {EXHIBIT: None, "exhibits/EX-002_extra.jpg": b"\xff\xd8"}
    )
    verdict = check(browser, page, path)
    assert verdict.startswith("PROBLEM"), verdict
    assert section(verdict, "Missing") == [EXHIBIT] == app_names(path, "missing")
    assert section(verdict, "Added (not listed in SHA256SUMS)") == ["exhibits/EX-002_extra.jpg"]
    assert app_names(path, "added") == ["exhibits/EX-002_extra.jpg"]


def test_a_bundle_signed_again_under_another_key_shows_another_fingerprint(
    browser: webdriver.Chrome, page: Path, good: Path, tmp_path: Path, journal_fingerprint: str
) -> None:
    path, forger = resigned(good, tmp_path / "resigned.zip", forge_statements=False)
    verdict = check(browser, page, path)
    assert shown_fingerprint(browser) == forger != journal_fingerprint
    assert verdict.startswith("PROBLEM"), verdict
    assert "it was signed again by someone else" in verdict  # the manifest names the old key
    assert "does not end at the key that signed this bundle" in verdict


def test_a_thorough_forgery_is_caught_only_by_the_fingerprint(
    browser: webdriver.Chrome, page: Path, good: Path, tmp_path: Path, journal_fingerprint: str
) -> None:
    """Manifest and key history rewritten too: every file matches its (new) list and the
    (new) signature holds, so only comparing the fingerprint shows it, as the page says."""
    path, forger = resigned(good, tmp_path / "forged.zip", forge_statements=True)
    verdict = check(browser, page, path)
    assert verdict.startswith("INTACT"), verdict
    assert shown_fingerprint(browser) == forger != journal_fingerprint
    assert "Compare it with the fingerprint the sender gave you" in verdict
    assert verify_bundle(path).intact  # the app agrees: the signature alone cannot tell

    browser.find_element("id", "confirmed").send_keys(journal_fingerprint)
    verdict = browser.find_element("id", "verdict").text
    assert verdict.startswith("PROBLEM: every file matches and the signature is valid, but"), (
        verdict
    )
    assert f"not by the key {journal_fingerprint} you entered" in verdict
    assert requests_made(browser) == []


def test_a_changed_sums_list_breaks_the_signature(
    browser: webdriver.Chrome, page: Path, good: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(good) as archive:
        sums = archive.read("SHA256SUMS")
    path = rewrite(good, tmp_path / "sums.zip", {"SHA256SUMS": sums.replace(b"  ", b"  ./", 1)})
    verdict = check(browser, page, path)
    assert verdict.startswith("PROBLEM"), verdict
    assert "the signature does not match: SHA256SUMS or SHA256SUMS.sig was changed" in verdict
    assert "The fingerprint of the key in this bundle (it did not sign SHA256SUMS" in verdict
    assert [f.kind for f in verify_bundle(path).findings][:1] == ["signature"]


def test_an_exhibit_over_64_mib_is_hashed_as_it_streams(
    browser: webdriver.Chrome, page: Path, good: Path, tmp_path: Path
) -> None:
    """65 MiB (deflated to a few KB): too large to hold whole, so it is decompressed and
    hashed in pieces; one byte changed at its very end is still found."""
    big = bytes(65 << 20) + b"end\n"
    path, _forger = resigned(good, tmp_path / "big.zip", forge_statements=True, exhibit=big)
    assert path.stat().st_size < 1 << 20
    assert check(browser, page, path).startswith("INTACT")
    changed = rewrite(path, tmp_path / "big-changed.zip", {EXHIBIT: big[:-2] + b"!\n"})
    verdict = check(browser, page, changed)
    assert section(verdict, "Changed since it was signed") == [EXHIBIT], verdict


def test_the_senders_fingerprint_typed_in_is_confirmed(
    browser: webdriver.Chrome, page: Path, good: Path, journal_fingerprint: str
) -> None:
    open_page(browser, page)
    browser.find_element("id", "confirmed").send_keys(journal_fingerprint.replace(" ", "").upper())
    verdict = verdict_for(browser, good)
    assert verdict.startswith("INTACT") and "It matches the fingerprint you entered." in verdict
    assert set(requests_made(browser)) == {page.as_uri()}


def test_an_unpacked_folder_is_checked_too(
    browser: webdriver.Chrome, page: Path, good: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(good) as archive:
        archive.extractall(folder)
    assert check(browser, page, folder, "folder").startswith("INTACT")
    (folder / ".DS_Store").write_bytes(b"Bud1")
    verdict = check(browser, page, folder, "folder")
    assert verdict.startswith("PROBLEM: an extra file was added (named below), but every listed")
    assert section(verdict, "Added (not listed in SHA256SUMS)") == [".DS_Store"]
    (folder / EXHIBIT).write_bytes(b"a different story\n")
    verdict = check(browser, page, folder, "folder")
    assert verdict.startswith("PROBLEM"), verdict
    assert section(verdict, "Changed since it was signed") == [EXHIBIT]


def test_hostile_zips_are_named_not_opened(
    browser: webdriver.Chrome, page: Path, good: Path, tmp_path: Path
) -> None:
    files = stored(stored_members(good))
    bomb = dict(files)
    bomb[EXHIBIT] = (BZIP2, bzip2_zeros(2 << 30), 1 << 20, 0)
    path = tmp_path / "bzip2.zip"
    path.write_bytes(forge(bomb))
    verdict = check(browser, page, path)
    assert verdict.startswith("PROBLEM") and f"{EXHIBIT} is compressed with bzip2" in verdict

    names = [f"exhibits/{i:04d}.bin" for i in range(40)]
    sums = "".join(f"{'0' * 64}  {name}\n" for name in names).encode()
    path = tmp_path / "overlap.zip"
    path.write_bytes(overlapping_bomb(40, 20 << 20, {"SHA256SUMS": sums}))
    verdict = check(browser, page, path)
    assert verdict.startswith("PROBLEM"), verdict
    assert "exhibits/0001.bin shares its bytes with exhibits/0000.bin" in verdict
    assert "Changed since it was signed" not in verdict  # nothing was decompressed

    longer = b"a small exhibit\n" * 5000
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    declared = dict(files)
    declared[EXHIBIT] = (8, packer.compress(longer) + packer.flush(), 800, zlib.crc32(longer))
    path = tmp_path / "longer.zip"
    path.write_bytes(forge(declared))
    verdict = check(browser, page, path)
    assert verdict.startswith("PROBLEM") and "holds more data than it declares" in verdict

    path = tmp_path / "prefixed.zip"
    path.write_bytes(b"%PDF-1.4 not part of the bundle\n" * 10 + good.read_bytes())
    verdict = check(browser, page, path)
    assert verdict.startswith("PROBLEM") and "320 bytes before the first file" in verdict

    path = tmp_path / "not-a-zip.zip"
    path.write_bytes(b"just some text\n")
    verdict = check(browser, page, path)
    assert verdict.startswith("PROBLEM: not-a-zip.zip is not an export bundle"), verdict


def test_a_name_made_of_markup_is_shown_as_text(
    browser: webdriver.Chrome, page: Path, good: Path, tmp_path: Path
) -> None:
    name = 'exhibits/<img src="https://example.invalid/x.png" onerror="alert(1)">\u202egpj.exe'
    path = rewrite(good, tmp_path / "markup.zip", {name: b"x"})
    verdict = check(browser, page, path)  # no request: the name is never parsed as HTML
    assert section(verdict, "Added (not listed in SHA256SUMS)") == [
        'exhibits/<img src="https://example.invalid/x.png" onerror="alert(1)">[U+202E]gpj.exe'
    ]


@pytest.mark.parametrize("size", [0, 3, 55, 56, 63, 64, 65, 1000, (3 << 20) + 7])
def test_the_streaming_hash_for_large_files_matches_sha256(
    browser: webdriver.Chrome, page: Path, size: int
) -> None:
    """Files over 64 MiB are hashed as they stream past (WebCrypto has no streaming
    digest); fed in uneven pieces, that hash must equal SHA-256."""
    data = random.Random(size).randbytes(size)
    open_page(browser, page)
    got = browser.execute_script(
        """
        const data = Uint8Array.from(atob(arguments[0]), (c) => c.charCodeAt(0));
        const hash = new window.bundleCheck.Sha256();
        for (let at = 0, step = 1; at < data.length; at += step, step = step * 3 % 1000 + 1) {
          hash.update(data.subarray(at, at + step));
        }
        return hash.hexdigest();
        """,
        base64.b64encode(data).decode(),
    )
    assert got == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    "attempt",
    [
        b'<img src="https://example.invalid/x.png">',
        b'<script>fetch("https://example.invalid/y")</script>',
    ],
)
def test_the_request_check_sees_an_attempt(
    browser: webdriver.Chrome, page: Path, tmp_path: Path, attempt: bytes
) -> None:
    """The no-request checks above are not vacuous: a copy of the page with one fetch
    slipped in is seen, whether the page's policy refuses it or not."""
    doctored = tmp_path / "doctored.html"
    doctored.write_bytes(page.read_bytes().replace(b"</main>", attempt + b"</main>"))
    open_page(browser, doctored)
    browser.execute_async_script("window.setTimeout(arguments[0], 300)")  # let it try
    asked = requests_made(browser)
    assert any("example.invalid" in url for url in asked), asked


def test_a_browser_without_ed25519_is_told_so_and_never_intact(
    browser: webdriver.Chrome, page: Path, good: Path, tmp_path: Path
) -> None:
    """A copy of the page run as a browser without Ed25519 would run it (WebCrypto's
    importKey refuses the algorithm, as older browsers do)."""
    without = (
        b"<script>(() => { const real = crypto.subtle.importKey.bind(crypto.subtle);"
        b" crypto.subtle.importKey = (format, key, algorithm, ...rest) =>"
        b' algorithm && algorithm.name === "Ed25519"'
        b' ? Promise.reject(new DOMException("Unrecognized name.", "NotSupportedError"))'
        b" : real(format, key, algorithm, ...rest); })();</script>\n<script>\n"
    )
    old = page.read_bytes()
    assert old.count(b"<script>\n") == 1
    copy = tmp_path / "no-ed25519.html"
    copy.write_bytes(old.replace(b"<script>\n", without))
    verdict = check(browser, copy, good)
    assert verdict.startswith("PROBLEM: this browser cannot check the bundle's signature"), verdict
    notice = browser.find_element("id", "notice")
    assert notice.is_displayed() and "cannot check Ed25519 signatures" in notice.text
