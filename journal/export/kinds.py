"""The kinds of export, named once: for the export runner (run.py) and for the command
line's grammar, which offers them without loading the renderers."""

KINDS = ("pdf", "bundle", "csv", "json")
