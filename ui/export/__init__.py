"""Exports from the desktop app: choosing, running and checking them."""
