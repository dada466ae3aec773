"""Salvage: copying what can still be read from a damaged journal into a new file."""
