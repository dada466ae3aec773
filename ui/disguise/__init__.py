"""A disguised locked screen: a working everyday app in front, and a secret way in."""
