"""The chronology PDF's own digital signature (PAdES, ECDSA P-256), so a PDF reader can
show "signed, not modified since" without this app.

`certificate.py` makes the signing key and its self-signed certificate (vouched for by the
journal's Ed25519 signing key in key_history.json); `sign.py` signs a finished PDF with
pyHanko; `journal.export.signing.pdf_signing_key` keeps the key in the encrypted settings.
`sign.py` is imported only when a PDF is signed: pyHanko takes about a second to import,
which the app's start should not pay.
"""
