"""incident-journal-cli, the headless command line."""
