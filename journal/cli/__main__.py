"""`python -m journal.cli`, the same as the incident-journal-cli command."""

import sys

from journal.cli.main import main

sys.exit(main())
