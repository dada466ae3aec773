"""Evidence in the desktop app: adding files, viewing them, pictures and media."""
