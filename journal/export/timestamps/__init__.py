"""Trusted timestamps (RFC 3161): a timestamp authority vouches that a chain head existed
no later than a time it states (docs/timestamps.md)."""
