"""The encrypted file: keys, key slots, objects, settings, backups and restore.

Imports nothing above itself (tests/test_architecture.py)."""
