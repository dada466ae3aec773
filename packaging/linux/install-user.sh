#!/bin/sh
# Install this folder for the current user only (no administrator rights needed):
#   ./install-user.sh            installs into ~/.local
#   ./install-user.sh --remove   removes what it installed (never the notes themselves)
# The notes file lives elsewhere (~/.local/share/quiet-notes/) and is never touched here.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX="${PREFIX:-$HOME/.local}"
APP_DIR="$PREFIX/lib/quiet-notes"
SIZES="16 24 32 48 64 128 256 512"

remove() {
  rm -rf "$APP_DIR"
  rm -f "$PREFIX/bin/quiet-notes" "$PREFIX/bin/quiet-notes-cli"
  rm -f "$PREFIX/share/applications/quiet-notes.desktop"
  rm -f "$PREFIX/share/metainfo/quiet-notes.metainfo.xml"
  rm -f "$PREFIX/share/icons/hicolor/scalable/apps/quiet-notes.svg"
  for size in $SIZES; do
    rm -f "$PREFIX/share/icons/hicolor/${size}x${size}/apps/quiet-notes.png"
  done
}

refresh_caches() {
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$PREFIX/share/applications" || true
  fi
  if [ -d "$PREFIX/share/icons/hicolor" ] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -f -t "$PREFIX/share/icons/hicolor" || true
  fi
}

if [ "${1:-}" = "--remove" ]; then
  remove
  refresh_caches
  echo "Removed."
  exit 0
fi

remove
mkdir -p "$APP_DIR" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo"
cp -R "$HERE/quiet-notes" "$HERE/quiet-notes-cli" "$HERE/_internal" "$APP_DIR/"
ln -s "$APP_DIR/quiet-notes" "$PREFIX/bin/quiet-notes"
ln -s "$APP_DIR/quiet-notes-cli" "$PREFIX/bin/quiet-notes-cli"
cp -R "$HERE/share/icons" "$PREFIX/share/"
cp "$HERE/share/metainfo/quiet-notes.metainfo.xml" "$PREFIX/share/metainfo/"
# Absolute paths: ~/.local/bin is not on every desktop session's PATH.
sed -e "s|^Exec=.*|Exec=$APP_DIR/quiet-notes|" -e "s|^TryExec=.*|TryExec=$APP_DIR/quiet-notes|" \
  "$HERE/share/applications/quiet-notes.desktop" > "$PREFIX/share/applications/quiet-notes.desktop"
refresh_caches
echo "Installed. It appears in the applications menu as \"Notes\"."
