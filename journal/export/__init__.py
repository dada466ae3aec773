"""Exports: what leaves the vault for a lawyer, a court or an oversight body.

`options` chooses and redacts what is included; the renderers (chronology PDF,
court bundle, CSV/JSON) only ever see the result of `select`, so every format
shows exactly the same entries with exactly the same redactions.
"""
