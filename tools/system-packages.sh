#!/usr/bin/env bash
# Installs the system packages of the given groups that are missing:
#   tools/system-packages.sh app x11 media fonts [test] [check]
# The groups and packages are listed once, in ui/resources/system-packages.txt.
# On Debian and Ubuntu it uses apt-get (through sudo when not run as root). Elsewhere it
# prints what is needed and what each package provides, and carries on: the app's own
# start-up check names any library that is still missing.
set -euo pipefail
LIST="$(dirname "$0")/../ui/resources/system-packages.txt"

if [ "$#" -eq 0 ]; then
  echo "usage: $0 GROUP [GROUP ...]   (groups: app x11 media fonts test check)" >&2
  exit 2
fi

wanted=()
while read -r group package provides; do
  case "$group" in ''|'#'*) continue ;; esac
  for asked in "$@"; do
    if [ "$asked" = "$group" ]; then wanted+=("$package"); fi
  done
done <"$LIST"

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
  echo "This is not a Debian or Ubuntu system, so nothing was installed automatically."
  echo "Install the equivalent of these Debian packages with your system's package manager"
  echo "(on macOS and Windows the app needs none of them; see docs/setup.md):"
  while read -r group package provides; do
    case "$group" in ''|'#'*) continue ;; esac
    for asked in "$@"; do
      [ "$asked" = "$group" ] && printf '  %-22s provides %s\n' "$package" "$provides"
    done
  done <"$LIST"
  exit 0
fi

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "These system packages are needed but not installed, and sudo is not available:" >&2
    echo "  ${missing[*]}" >&2
    echo "As root, run:  apt-get install ${missing[*]}" >&2
    exit 1
  fi
  SUDO=(sudo)
  echo "Some system packages are needed; sudo will ask for your password to install them."
fi
echo "Installing system packages: ${missing[*]}"
# The package lists are refreshed first: a fresh system has none, an old one stale ones.
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
