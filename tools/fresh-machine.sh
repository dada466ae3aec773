#!/usr/bin/env bash
# Proves that the README's two commands do all the set-up on a fresh machine:
#   bash tools/fresh-machine.sh [tests] [start] [packaged]      (as root; default: tests start)
#
# A minimal Debian root with only python3, python3-venv and git added
# (debootstrap --variant=minbase, built once and then cached) is unpacked anew for each
# check, this repository's committed HEAD is cloned into it, and then:
#   tests     the README's test command runs there and must pass;
#   start     the README's start command runs there on a virtual screen, and the first-run
#             window must appear within 30 s of the app being started (the installs before
#             it take what they take, and are timed too);
#   packaged  the packaged app (built here with packaging/build.sh) runs there with only
#             libgl1 and libegl1 added: its self-test must pass, drawing text with a real
#             font, and its first window is photographed.
# The commands are read from the README itself, so the two cannot drift apart. The roots
# share only the host's network settings (name servers, CA certificates, proxies).
# Screenshots and logs go to build/fresh-machine/. Needs the `check` group of
# ui/resources/system-packages.txt (debootstrap, Xvfb, xwininfo, ImageMagick).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
OUT=$REPO/build/fresh-machine
CACHE=${FRESH_ROOT_CACHE:-/var/cache/incident-journal-ci}
WORK=${FRESH_ROOT_WORK:-/var/tmp/incident-journal-fresh}
WINDOW_SECONDS=30
INSTALL_SECONDS=${FRESH_INSTALL_SECONDS:-1200}
checks=("$@")
[ "${#checks[@]}" -gt 0 ] || checks=(tests start)

if [ "$(id -u)" -ne 0 ]; then
  echo "fresh-machine.sh builds a Debian root with debootstrap and chroot: run it as root." >&2
  exit 2
fi
bash tools/system-packages.sh check
mkdir -p "$OUT" "$CACHE" "$WORK"

# The README's commands: the first line of each of its first two ```sh blocks.
readme_command() {
  awk -v want="$1" '/^```sh$/ {block++; getline; if (block == want) {print; exit}}' README.md
}
START_COMMAND=$(readme_command 1)
TEST_COMMAND=$(readme_command 2)
if [ -z "$START_COMMAND" ] || [ -z "$TEST_COMMAND" ]; then
  echo "The README does not open with its start and test commands in \`\`\`sh blocks." >&2
  exit 2
fi

# --- the cached minimal root ---------------------------------------------------------
. /etc/os-release
SUITE=${FRESH_ROOT_SUITE:-${VERSION_CODENAME:-bookworm}}
BASE=$CACHE/$SUITE-minbase.tar

host_mirror() {
  # The Debian mirror this host's apt uses (deb822 or one-line sources).
  local uri
  uri=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | awk '{print $2}' | grep -v -- '-security' | head -n 1 || true)
  if [ -z "$uri" ]; then
    uri=$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | head -n 1 || true)
  fi
  echo "$uri"
}

if [ ! -s "$BASE" ]; then
  mirror=$(host_mirror)
  if [ -z "$mirror" ]; then
    echo "No Debian mirror found in this host's apt sources: set one in /etc/apt." >&2
    exit 2
  fi
  echo "Building the minimal $SUITE root (cached in $CACHE from now on)"
  staging=$(mktemp -d "$WORK/debootstrap.XXXXXX")
  started=$(date +%s)
  debootstrap --variant=minbase --include=python3,python3-venv,git "$SUITE" "$staging/root" \
    "$mirror" >"$OUT/debootstrap.log" 2>&1 || {
    tail -n 20 "$OUT/debootstrap.log" >&2
    exit 1
  }
  tar -C "$staging/root" -cf "$BASE.part" . && mv "$BASE.part" "$BASE"
  rm -rf --one-file-system "$staging"
  echo "  built in $(($(date +%s) - started)) s"
fi

# --- one fresh root per check ----------------------------------------------------------
ROOT=""
XVFB_PID=""
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
  XVFB_PID=""
  DISPLAY_FOR_ROOT=""
  [ -n "$ROOT" ] || return 0
  local mounted
  mounted=$(findmnt -rn -o TARGET | grep -F "$ROOT/" | sort -r || true)
  for target in $mounted; do umount -l "$target" 2>/dev/null || true; done
  if findmnt -rn -o TARGET | grep -qF "$ROOT/"; then
    echo "Left $ROOT in place: something is still mounted inside it." >&2
  else
    rm -rf --one-file-system "$ROOT"
  fi
  ROOT=""
}
trap cleanup EXIT

new_root() {
  ROOT=$(mktemp -d "$WORK/root.XXXXXX")
  tar -C "$ROOT" -xf "$BASE"
  cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
  # debootstrap writes no /etc/hosts; every installed Debian has one (the installer
  # writes it), and without it "localhost" does not resolve (chromedriver's own
  # address, in the verify.html tests).
  printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"$ROOT/etc/hosts"
  mount -t proc proc "$ROOT/proc"
  mount -t sysfs sysfs "$ROOT/sys"
  mount --bind /dev "$ROOT/dev"
  mount --bind /dev/pts "$ROOT/dev/pts"
  mount -t tmpfs -o mode=1777 tmpfs "$ROOT/dev/shm"
  mkdir -p "$ROOT/mnt/source"
  mount --bind -o ro "$REPO" "$ROOT/mnt/source"
  # The host's certificate authorities, for pip's HTTPS (a network with its own CA).
  local authorities=${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}
  if [ -f "$authorities" ]; then
    mkdir -p "$ROOT/etc/fresh-root"
    cp "$authorities" "$ROOT/etc/fresh-root/pip-ca.crt"
  fi
  in_root "git clone -q /mnt/source /root/incident-journal"
}

# Runs a command in the root as a fresh login would: a plain environment, no host paths.
in_root() {
  local env=(HOME=/root LANG=C.UTF-8 TERM=dumb
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
  [ -f "$ROOT/etc/fresh-root/pip-ca.crt" ] && env+=(PIP_CERT=/etc/fresh-root/pip-ca.crt)
  for name in http_proxy https_proxy no_proxy; do
    [ -n "${!name:-}" ] && env+=("$name=${!name}")
  done
  [ -n "${DISPLAY_FOR_ROOT:-}" ] && env+=("DISPLAY=$DISPLAY_FOR_ROOT")
  chroot "$ROOT" /usr/bin/env -i "${env[@]}" /bin/bash -c "$1"
}

installed_packages() {
  chroot "$ROOT" dpkg-query -W -f='${Package}\n' | sort
}

start_screen() {
  local display=$1
  Xvfb ":$display" -screen 0 1366x768x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 50); do
    [ -S "/tmp/.X11-unix/X$display" ] && break
    sleep 0.1
  done
  mkdir -p "$ROOT/tmp/.X11-unix"
  mount --bind /tmp/.X11-unix "$ROOT/tmp/.X11-unix"
  DISPLAY_FOR_ROOT=":$display"
}

# Waits for a top-level window titled $2 on display $1; prints the seconds it took.
wait_for_window() {
  local display=$1 title=$2 limit=$3 started=$SECONDS
  while [ $((SECONDS - started)) -lt "$limit" ]; do
    if xwininfo -display ":$display" -root -tree 2>/dev/null | grep -qF "\"$title\""; then
      echo $((SECONDS - started))
      return 0
    fi
    sleep 0.5
  done
  return 1
}

check_tests() {
  echo "== tests: the README's test command on a fresh $SUITE root: $TEST_COMMAND"
  new_root
  installed_packages >"$OUT/packages-before-tests.txt"
  local started=$SECONDS status=0
  in_root "cd /root/incident-journal && $TEST_COMMAND" 2>&1 | tee "$OUT/tests.log" \
    || status=$?
  installed_packages | comm -13 "$OUT/packages-before-tests.txt" - >"$OUT/packages-tests.txt"
  echo "tests: exit $status after $((SECONDS - started)) s;" \
    "$(wc -l <"$OUT/packages-tests.txt") system packages installed (packages-tests.txt)"
  cleanup
  return "$status"
}

check_start() {
  echo "== start: the README's start command on a fresh $SUITE root: $START_COMMAND"
  new_root
  installed_packages >"$OUT/packages-before-start.txt"
  start_screen 97
  local started=$SECONDS
  in_root "cd /root/incident-journal && $START_COMMAND" >"$OUT/start.log" 2>&1 &
  local runner=$!
  # The installs come first; the app's own process appears when they are done.
  local app_started=""
  while [ $((SECONDS - started)) -lt "$INSTALL_SECONDS" ] && kill -0 "$runner" 2>/dev/null; do
    if pgrep -f "incident-journal/.venv/bin/incident-journal" >/dev/null; then
      app_started=$SECONDS
      break
    fi
    sleep 0.5
  done
  if [ -z "$app_started" ]; then
    echo "start: the app never started; the command's output:" >&2
    tail -n 30 "$OUT/start.log" >&2
    return 1
  fi
  local waited
  if ! waited=$(wait_for_window 97 Notes "$WINDOW_SECONDS"); then
    echo "start: no window within $WINDOW_SECONDS s of the app starting; its output:" >&2
    tail -n 30 "$OUT/start.log" >&2
    return 1
  fi
  sleep 2 # let it finish painting
  import -display :97 -window root "$OUT/start-first-run.png"
  pkill -f "incident-journal/.venv/bin/incident-journal" || true
  wait "$runner" 2>/dev/null || true
  installed_packages | comm -13 "$OUT/packages-before-start.txt" - >"$OUT/packages-start.txt"
  echo "start: installs took $((app_started - started)) s," \
    "then the first-run window appeared $waited s after the app started;" \
    "$(wc -l <"$OUT/packages-start.txt") system packages installed (packages-start.txt)"
  cleanup
}

check_packaged() {
  echo "== packaged: the built app on a fresh $SUITE root with only libgl1 and libegl1"
  packaging/build.sh >"$OUT/build.log" 2>&1 || {
    tail -n 30 "$OUT/build.log" >&2
    return 1
  }
  new_root
  cp -a build/packaging/dist/quiet-notes "$ROOT/opt/quiet-notes"
  # Before libgl1 and libegl1: a plain message naming them, not a traceback.
  if in_root "/opt/quiet-notes/quiet-notes" >"$OUT/packaged-no-gl.log" 2>&1 \
    || ! grep -q "apt-get install libgl1 libegl1" "$OUT/packaged-no-gl.log" \
    || grep -q "Traceback" "$OUT/packaged-no-gl.log"; then
    echo "packaged: without libGL the app did not say plainly what to install:" >&2
    cat "$OUT/packaged-no-gl.log" >&2
    return 1
  fi
  sed 's/^/without libgl1: /' "$OUT/packaged-no-gl.log"
  in_root "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends libgl1 libegl1 >/dev/null"
  printf 'ledger walnut harbour quietly 58 orchids\n' >"$ROOT/root/pass"
  start_screen 98
  # The control: without the carried fonts (an empty fontconfig file, as on a system
  # with no font) the self-test's font check must fail, or it proves nothing.
  printf '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n' >"$ROOT/root/no-fonts.conf"
  if in_root "FONTCONFIG_FILE=/root/no-fonts.conf /opt/quiet-notes/quiet-notes \
    --vault /root/control/notes.db --self-test /root/pass" >"$OUT/packaged-control.log" 2>&1 \
    || ! grep -q "self-test failed: .*font" "$OUT/packaged-control.log"; then
    echo "packaged: without fonts the self-test did not fail on the font: it proves nothing" >&2
    cat "$OUT/packaged-control.log" >&2
    return 1
  fi
  grep "self-test" "$OUT/packaged-control.log" | sed 's/^/control (no fonts): /'
  local status=0
  in_root "/opt/quiet-notes/quiet-notes --vault /root/self-test/notes.db \
    --self-test /root/pass" >"$OUT/packaged-self-test.log" 2>&1 || status=$?
  cat "$OUT/packaged-self-test.log"
  if [ "$status" -ne 0 ] || ! grep -q "self-test passed" "$OUT/packaged-self-test.log"; then
    echo "packaged: the self-test failed (exit $status)" >&2
    return 1
  fi
  check_packaged_pdf || return 1
  in_root "/opt/quiet-notes/quiet-notes --vault /root/first/notes.db" \
    >"$OUT/packaged.log" 2>&1 &
  local runner=$! waited
  if ! waited=$(wait_for_window 98 Notes "$WINDOW_SECONDS"); then
    echo "packaged: no window within $WINDOW_SECONDS s; its output:" >&2
    cat "$OUT/packaged.log" >&2
    return 1
  fi
  sleep 2
  import -display :98 -window root "$OUT/packaged-first-run.png"
  pkill -f "/opt/quiet-notes/quiet-notes" || true
  wait "$runner" 2>/dev/null || true
  echo "packaged: self-test passed; first window after $waited s (packaged-first-run.png)"
  cleanup
}

# The packaged CLI's PDF on this root, which has no font installed at all: Greek,
# Cyrillic and Arabic must come from the fonts the app carries, embedded, and copy out
# in reading order (tools/check_script_pdf.py, run on the host with poppler).
check_packaged_pdf() {
  if [ -n "$(ls -A "$ROOT/usr/share/fonts" 2>/dev/null)" ]; then
    echo "packaged: this root has fonts installed; the PDF check would prove nothing" >&2
    return 1
  fi
  in_root "set -e; mkdir -p /root/pdf; Q=/opt/quiet-notes/quiet-notes-cli
    V='--vault /root/pdf/notes.db --passphrase-file /root/pass'
    \$Q \$V init >/dev/null
    printf '%s' 'Η ενδοοικογενειακή βία είναι έγκλημα' >/root/title-1
    printf '%s' 'Домашнее насилие — это преступление' >/root/text-1
    printf '%s' 'العنف الأسري يجب أن يتوقف' >/root/title-2
    \$Q \$V add --kind incident --occurred 2025-03-01 --title-file /root/title-1 \
      --narrative-file /root/text-1 >/dev/null
    \$Q \$V add --kind incident --occurred 2025-03-02 --title-file /root/title-2 >/dev/null
    \$Q \$V export pdf --out /root/pdf/scripts.pdf --language ar >/dev/null" \
    >"$OUT/packaged-pdf.log" 2>&1 || {
    echo "packaged: the CLI could not export the PDF:" >&2
    cat "$OUT/packaged-pdf.log" >&2
    return 1
  }
  cp "$ROOT/root/pdf/scripts.pdf" "$OUT/packaged-scripts.pdf"
  python3 tools/check_script_pdf.py "$OUT/packaged-scripts.pdf"
}

for check in "${checks[@]}"; do
  case "$check" in
    tests) check_tests ;;
    start) check_start ;;
    packaged) check_packaged ;;
    *) echo "unknown check: $check (tests, start, packaged)" >&2; exit 2 ;;
  esac
done
