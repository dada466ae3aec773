#!/usr/bin/env bash
# Installs what is missing and runs every check: ruff, mypy (strict on journal/ and ui/,
# pyproject.toml [tool.mypy]) and the whole test suite.
#   bash tools/test.sh            everything (what .ci/run runs)
#   bash tools/test.sh ARGS...    only pytest, with these arguments (e.g. -k export)
# System packages (Debian/Ubuntu, through apt; elsewhere a list is printed), then a
# virtual environment in .venv with the app and its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/system-packages.sh app x11 media fonts test
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q -e '.[test]'
.venv/bin/python tools/translations.py compile >/dev/null  # the interface's languages
if [ "$#" -eq 0 ]; then
  .venv/bin/ruff check journal ui tests benchmarks tools
  .venv/bin/mypy
fi
exec .venv/bin/python -m pytest "$@"
