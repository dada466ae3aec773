"""What the core asks of the operating system: private files written whole, memory
hygiene, default places, pipeline threads and page-cache advice for large files."""
