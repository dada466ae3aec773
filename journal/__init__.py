"""Incident Journal core: the encrypted vault and everything built on it. Never imports Qt."""

__version__ = "0.1.0"
