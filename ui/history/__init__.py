"""An entry's revisions, side by side."""
