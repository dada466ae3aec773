#!/usr/bin/env bash
# One command to build the one-folder app (Linux; see docs/packaging.md for others):
#   packaging/build.sh [extra pyinstaller options, e.g. --clean]
# Uses (or creates) the venv build/packaging/venv with the `packaging` extra, renders the
# icons from ui/resources/disguise/notes.svg, runs PyInstaller and prints the folder and
# its size. Everything it writes is under build/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=build/packaging
VENV="${PACKAGING_VENV:-$OUT/venv}"
APP="$OUT/dist/quiet-notes"
start=$(date +%s)

# The fonts the bundle carries come from the build machine (ui/resources/system-packages.txt).
bash tools/system-packages.sh fonts

if [ ! -x "$VENV/bin/python" ]; then
  "${PYTHON:-python3}" -m venv "$VENV"
fi
"$VENV/bin/pip" install -q -e '.[packaging]'
"$VENV/bin/python" tools/translations.py compile >/dev/null  # the .qm files the bundle carries

"$VENV/bin/python" packaging/make_icons.py ui/resources/disguise/notes.svg "$OUT/icons" quiet-notes >/dev/null
PACKAGING_ICON_DIR="$PWD/$OUT/icons" "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$OUT/dist" --workpath "$OUT/work" "$@" packaging/incident-journal.spec

# The launcher entry, metainfo and icons, laid out as under ~/.local or /usr, plus the
# script that installs them for one user. Written now, never by the app at run time.
rm -rf "$APP/share"
mkdir -p "$APP/share/applications" "$APP/share/metainfo" "$APP/share/icons"
cp packaging/linux/quiet-notes.desktop "$APP/share/applications/"
cp packaging/linux/quiet-notes.metainfo.xml "$APP/share/metainfo/"
cp -r "$OUT/icons/hicolor" "$APP/share/icons/"
cp packaging/linux/install-user.sh "$APP/"

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$APP/share/applications/quiet-notes.desktop"
fi
if command -v appstreamcli >/dev/null; then
  # The id is not reverse-DNS on purpose (docs/packaging.md): that warning is noted, not fatal.
  appstreamcli validate --no-net --override=cid-desktopapp-is-not-rdns=info \
    "$APP/share/metainfo/quiet-notes.metainfo.xml" >/dev/null
fi

echo "Built in $(($(date +%s) - start)) s: $PWD/$APP"
du -sh "$APP" | cut -f1 | sed 's/^/Size: /'
