#!/usr/bin/env bash
# Installs what is missing and starts the desktop app on the default journal location:
#   bash tools/start.sh [--vault PATH]
# System packages (Debian/Ubuntu, through apt; elsewhere a list is printed), then a
# virtual environment in .venv with the app, then the app itself.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/system-packages.sh app x11 media fonts
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q -e .
.venv/bin/python tools/translations.py compile >/dev/null  # the interface's languages
exec .venv/bin/incident-journal "$@"
