"""The unlocked journal: the one way to read and change it, the changes it reports,
and its full check."""
