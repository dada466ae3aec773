"""Naming damage in a journal file and salvaging what can still be read."""
