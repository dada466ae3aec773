"""Revision records, the hash chain over them, loading at unlock and the full check."""
