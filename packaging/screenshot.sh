#!/usr/bin/env bash
# Start the built app on a virtual screen and save what it shows first:
#   xvfb-run -a -s "-screen 0 1280x800x24" packaging/screenshot.sh [OUT.png]
# Needs Xvfb, ImageMagick's `import` and Qt's xcb libraries (docs/packaging.md).
# Runs in a throwaway home folder with a journal path that does not exist yet, so the
# first-run page appears; nothing of yours is read or written.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-docs/screenshots/packaged-app.png}"
APP=build/packaging/dist/quiet-notes/quiet-notes
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
mkdir "$SCRATCH/home"
env -u QT_QPA_PLATFORM HOME="$SCRATCH/home" LANG=C.UTF-8 \
  "$APP" --vault "$SCRATCH/notes.db" >"$SCRATCH/app.log" 2>&1 &
pid=$!
sleep "${WAIT_SECONDS:-6}"
if ! kill -0 "$pid" 2>/dev/null; then
  echo "The app stopped early:" >&2
  cat "$SCRATCH/app.log" >&2
  exit 1
fi
# No window manager runs under Xvfb: the window sits at 0,0 at its default 1100x720.
import -window root -crop 1100x720+0+0 +repage "$OUT"
kill "$pid"
wait "$pid" || true
echo "Saved $OUT"
