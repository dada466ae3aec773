"""README-VERIFY.txt: how anyone who receives a bundle checks it, on any computer.

Written for a lawyer as much as for an examiner: the browser page first (nothing to
install), then the app, then by hand on Windows, macOS and Linux, each with how to open
a terminal in the folder. Windows has no OpenSSL and macOS's `openssl` is LibreSSL, so
the text says what checks the Ed25519 signature there instead. The timestamp and PDF
signature checks are described for bundles that have them.
"""

from __future__ import annotations

from journal.export.options import Selection
from journal.export.verify_page import PAGE_NAME, verify_page_sha256

# Commands as printed below; tests/test_readme_verify.py runs each one on a real bundle.
SHA256SUM = "sha256sum -c SHA256SUMS"
SHASUM = "shasum -a 256 -c SHA256SUMS"
OPENSSL_SIGNATURE = (
    "openssl pkeyutl -verify -pubin -inkey vault_pub.pem -rawin -in SHA256SUMS "
    "-sigfile SHA256SUMS.sig"
)
OPENSSL_FINGERPRINT = "openssl pkey -pubin -in vault_pub.pem -outform DER | tail -c 32 | sha256sum"
POWERSHELL = (
    "Get-Content -Encoding UTF8 SHA256SUMS | ForEach-Object { $h, $n = $_ -split '  ', 2; "
    'if ((Get-FileHash -Algorithm SHA256 -LiteralPath $n).Hash -eq $h) { "OK      $n" } '
    'else { "FAILED  $n" } }'
)


def _redaction_note(redacted: int) -> str:
    if not redacted:
        return "No entry file in this bundle is redacted.\n"
    files = (
        "1 entry file is a REDACTED view"
        if redacted == 1
        else f"{redacted} entry files are REDACTED views"
    )
    return (
        f'{files} (marked "redacted": true):\n'
        "some text was hidden for this audience, or private notes were left out. Their\n"
        "hash differs from the stored version's leaf, which is given as original_leaf.\n"
    )


def readme_text(selection: Selection, fingerprint: str, redacted: int) -> str:
    generated = selection.generated_at.isoformat(timespec="seconds")
    return f"""HOW TO CHECK THIS BUNDLE
========================

This bundle was exported from an encrypted journal on {generated} (UTC).
It contains:

  chronology.pdf      the chronology of events, for reading
  entries/            each entry as stored by the journal (JSON)
  exhibits/           the evidence files, byte for byte as they were imported
  chain.txt           the hash of every included version and the chain head
  manifest.json       what was exported, with which options, and each exhibit's
                      SHA-256, size, type and capture time
  verify.html         a page that checks this bundle in a web browser
  SHA256SUMS          the SHA-256 fingerprint of every file above
  SHA256SUMS.sig      a digital signature over SHA256SUMS
  vault_pub.pem       the public key that checks that signature
  key_history.json    the journal's signing keys, each later one signed by the
                      one before (see "WHEN THE KEY HAS CHANGED" below)

The signing-key fingerprint of this bundle is:

  {fingerprint}

Anyone can make a key and sign files with it, so the signature shows who made
the bundle only once that fingerprint is confirmed with the person who gave it
to you, in a way other than this file (for example by phone, or on paper). If it
matches what they read out, the bundle was signed with their journal's key.
(The journal id in chain.txt and manifest.json is a different value: it names
the journal, it is not a key, and it cannot be used to check a signature.)

Each file has a fingerprint of its own (a SHA-256 hash) listed in SHA256SUMS. If
even one letter of one file is changed, its fingerprint changes. The signature
shows that the list of fingerprints was signed with the key above. Any of the
three ways below checks both.


1. IN A WEB BROWSER (nothing to install)
----------------------------------------

Open verify.html in a current Chrome, Edge, Firefox or Safari (double-click it
after unpacking, or drag it onto a browser window). Choose this bundle's .zip
file, or the folder it was unpacked into. The page says INTACT or PROBLEM, names
any file that was changed, removed or added, and shows the signing-key
fingerprint to compare with the one the sender gave you. It works offline and
sends nothing anywhere.

The verify.html inside this bundle is only a convenience: someone who altered
the bundle could have altered that page as well, to say INTACT whatever it
holds. For a check that matters, use the project's published copy of the page:
docs/verify.html in the Incident Journal source code, whose SHA-256 is listed in
docs/exports.md next to it. The copy in this bundle should have the SHA-256

  {verify_page_sha256()}

and if it does, it is the same page (see step 3 for how to compute a SHA-256).


2. WITH THE APP
---------------

With Incident Journal installed, one command checks everything, names any file
that was changed, removed or added, and compares the key with the fingerprint
the sender gave you:

  incident-journal-cli verify THIS-BUNDLE.zip --fingerprint "THE FINGERPRINT"

In the desktop app: File > Verify a bundle (no journal needs to be open).


3. BY HAND, WITH THE TOOLS YOUR COMPUTER ALREADY HAS
----------------------------------------------------

a) Unpack the bundle.
   Windows: right-click the .zip file, choose "Extract All...".
   macOS:   double-click the .zip file.
   Linux:   right-click it and choose "Extract Here", or: unzip THIS-BUNDLE.zip -d bundle

b) Open a terminal in the unpacked folder.
   Windows: open the folder in File Explorer, click in the address bar at the
            top, type  powershell  and press Enter.
   macOS:   open Terminal (in Applications > Utilities), type  cd  followed by a
            space, drag the folder from Finder into the Terminal window, and
            press Return.
   Linux:   in the file manager, right-click inside the folder and choose
            "Open in Terminal" (or use cd in any terminal).

c) Check every file against SHA256SUMS.
   Windows (PowerShell), as one line:

     {POWERSHELL}

     Every line must begin with OK. For one file at a time, in PowerShell or in
     the Command Prompt, compare what this prints with that file's line in
     SHA256SUMS:

     certutil -hashfile chronology.pdf SHA256

   macOS:

     {SHASUM}

   Linux:

     {SHA256SUM}

   On macOS and Linux every line must end in OK. These commands do not notice a
   file that was added: the folder should hold nothing that SHA256SUMS does not
   list, other than SHA256SUMS and SHA256SUMS.sig themselves.

d) Check the signature over SHA256SUMS, and the fingerprint.
   The signature is Ed25519 over the exact bytes of SHA256SUMS. It needs
   OpenSSL 3.0 or later:

     {OPENSSL_SIGNATURE}

   which must print "Signature Verified Successfully", and the fingerprint
   (SHA-256 of the raw 32-byte public key) is printed, without spaces, by

     {OPENSSL_FINGERPRINT}

   (on macOS, end it with  shasum -a 256  instead of  sha256sum).

   Windows has no OpenSSL of its own. The "openssl" that comes with macOS is
   LibreSSL ("openssl version" says which you have), which may refuse the
   command above. There, use instead the browser page (1), the app (2), or
   OpenSSL 3 where it is installed: most Linux systems have it, on macOS a
   package manager such as Homebrew installs it (openssl@3), and on Windows
   it comes with Git for Windows (run the commands in Git Bash).


TRUSTED TIMESTAMPS (if the bundle has a timestamps folder)
-----------------------------------------------------------

A folder named timestamps holds, for each time stamp, NAME.tsr (a timestamp
token from an independent timestamp authority) and NAME.dat (the exact bytes
that were time-stamped, naming a chain head listed in chain.txt). A valid token
shows that the journal was in that state no later than the time it states,
according to that authority, whatever the computer's clock said. Save the
authority's CA certificate as TSA-CA.pem (get it from the authority itself, not
from this bundle), then:

  openssl ts -verify -data timestamps/NAME.dat -in timestamps/NAME.tsr -CAfile TSA-CA.pem

It must print "Verification: OK". To see the time and the authority:

  openssl ts -reply -in timestamps/NAME.tsr -text


THE CHRONOLOGY'S OWN SIGNATURE (if chronology.pdf is signed)
------------------------------------------------------------

A signed chronology.pdf carries a digital signature over the whole file, which
a PDF reader with a signature panel (Adobe Acrobat Reader, for example) shows as
signed and not modified since. The reader may add that it does not know the
signer: the certificate belongs to the journal, not to a certificate authority,
and key_history.json, signed with the key above, is what ties it to the
journal. With poppler's tools (Linux: package poppler-utils):

  pdfsig chronology.pdf

lists the signature and says whether it is valid and covers the whole file.


FOR A FORENSIC EXAMINER
-----------------------

Entry files marked EXACT in chain.txt are the stored bytes of that version:
the leaf hash in chain.txt can be recomputed from them, as chain.txt explains.
{_redaction_note(redacted)}Private notes are never in this bundle unless the person chose to
include them.
{PAGE_NAME} is covered by SHA256SUMS like every other file.


WHAT THIS PROVES, AND WHAT IT DOES NOT
--------------------------------------

If the signature is valid and the signing-key fingerprint was confirmed with
the sender, the files are exactly as that journal exported them and nothing in
them has changed since. Each evidence file's SHA-256 is the one recorded when
it was imported, so it is byte for byte the file that was imported.

Each entry keeps the time it was first saved and every later change as a new
version; an edit never overwrites an earlier version. The one exception is a
purge, which the person must confirm: it replaces the content of every version
of that entry with a stub that says it was purged, keeps each version's hash,
and is itself recorded in the chain.

The chain head in chain.txt commits to every version saved before this export.
A later comparison needs the journal itself: there,
`incident-journal-cli check --since-head HEAD` confirms that this
head is still a point on the journal's chain, which shows that nothing saved
before this export was changed or removed. This bundle alone cannot show it.

It does NOT prove that the events happened as described, that the computer's
clock was right, or when the journal was written before someone else saw an
export or chain head. Dates of events are as the person stated them, with the
precision they gave ("approx.", "March 2025"). Times marked as saved or
imported come from the computer's clock.


WHEN THE KEY HAS CHANGED
------------------------

The journal makes a new signing key whenever its passphrase or recovery code is
changed, and on request. The old key then signs a statement naming the new one;
key_history.json lists every key, oldest first, with those statements. If you
confirmed an earlier fingerprint, the history shows it announced the current
key. It does not replace confirming the current fingerprint: an old copy or
backup of the journal still holds the key that was in use when it was made, so
a bundle signed with an earlier key may have been made from such a copy.
"""
