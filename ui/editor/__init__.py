"""The entry editor's parts, one module per section."""
