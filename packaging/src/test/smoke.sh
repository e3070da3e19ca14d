#!/usr/bin/env bash
# Installer smoke test (Linux), run by ./mvnw -Pinstaller package from the packaging module:
#   smoke.sh INSTALLER_DIR WORK_DIR
# 1. installs what the .deb declares it depends on (plus Xvfb and xdotool) with apt-get, only when missing;
# 2. unpacks the .deb into WORK_DIR/root (dpkg -x) and checks the menu entry and icon it installs;
# 3. under Xvfb, with a temporary HOME and --home: renders the screenshot twice (first start: seeds the sample
#    market and writes the AppCDS archive; second start: uses it), checks exit code 0 and the PNG;
# 4. opens the window (GTK under Xvfb), waits for the chart, quits with Ctrl+Q and checks exit code 0 and
#    that the layout was saved.
set -euo pipefail

INSTALLER_DIR="$1"
WORK="$2"
DEB="$(ls "$INSTALLER_DIR"/*.deb | head -n1)"

say() { echo "smoke: $*"; }
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# --- 1. packages --------------------------------------------------------------------------------------
# Each Depends entry is "pkg (>= v) | alternative ..."; an entry is met when one alternative is installed,
# else its first alternative is installed.
missing=()
IFS=',' read -ra entries <<< "$(dpkg-deb -f "$DEB" Depends)"
for entry in "${entries[@]}" xvfb xdotool; do
  met=false
  IFS='|' read -ra alternatives <<< "$entry"
  for alt in "${alternatives[@]}"; do
    name="$(echo "$alt" | sed 's/(.*)//; s/:any//' | xargs)"
    if installed "$name"; then met=true; break; fi
  done
  $met || missing+=("$(echo "${alternatives[0]}" | sed 's/(.*)//; s/:any//' | xargs)")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- 2. unpack ----------------------------------------------------------------------------------------
rm -rf "$WORK"
mkdir -p "$WORK/home" "$WORK/data"
dpkg -x "$DEB" "$WORK/root"
APP="$WORK/root/opt/sextant"
LAUNCHER="$APP/bin/Sextant"
[ -x "$LAUNCHER" ] || fail "no launcher at /opt/sextant/bin/Sextant in $DEB"
DESKTOP="$(ls "$APP"/lib/*.desktop 2>/dev/null | head -n1)"
[ -n "$DESKTOP" ] || fail "no .desktop menu entry in $DEB"
grep -q '^Exec=/opt/sextant/bin/Sextant' "$DESKTOP" || fail "the menu entry does not start /opt/sextant/bin/Sextant"
[ -f "$APP/lib/Sextant.png" ] || fail "no icon in $DEB"
say "$(basename "$DEB"): $(du -h "$DEB" | cut -f1); installed size $(du -sh "$APP" | cut -f1); depends: $(dpkg-deb -f "$DEB" Depends)"

# --- 3. screenshot under Xvfb -------------------------------------------------------------------------
# A temporary HOME takes the AppCDS archive (the launcher expands $HOME). JavaFX still unpacks its native
# libraries to ~/.openjfx/cache of the real user: Java takes user.home from the password database.
export HOME="$WORK/home"
unset SEXTANT_HOME JDK_JAVA_OPTIONS JAVA_TOOL_OPTIONS XDG_DATA_HOME
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$WORK/display" 2>"$WORK/xvfb.log" &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
[ -s "$WORK/display" ] || fail "Xvfb did not start: $(cat "$WORK/xvfb.log")"
export DISPLAY=":$(cat "$WORK/display")"

screenshot() { # $1 = file name; prints the launcher's output and the wall time
  local start end rc=0
  start=$(date +%s%N)
  "$LAUNCHER" --home "$WORK/data" --screenshot "$WORK/$1" >"$WORK/$1.log" 2>&1 || rc=$?
  end=$(date +%s%N)
  [ "$rc" -eq 0 ] || fail "--screenshot exited with $rc: $(tail -n 20 "$WORK/$1.log")"
  [ -s "$WORK/$1" ] && [ "$(head -c 8 "$WORK/$1" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] \
    || fail "$WORK/$1 is not a PNG"
  say "$1: exit 0, $(grep -o 'first frame with the chart [0-9]* ms' "$WORK/$1.log"), $(( (end - start) / 1000000 )) ms wall"
}
screenshot first-start.png
ARCHIVE="$(ls "$HOME"/.cache/sextant/sextant-*.jsa 2>/dev/null | head -n1)"
[ -s "$ARCHIVE" ] || fail "no AppCDS archive in ~/.cache/sextant after the first start"
say "AppCDS archive: $(basename "$ARCHIVE") $(du -h "$ARCHIVE" | cut -f1)"
screenshot screenshot.png

# --- 4. the window under Xvfb (GTK), quit with Ctrl+Q --------------------------------------------------
SEXTANT_TIMING=1 "$LAUNCHER" --home "$WORK/data" >"$WORK/window.log" 2>&1 &
APP_PID=$!
shown=false
for _ in $(seq 120); do
  if grep -q "first chart frame" "$WORK/window.log"; then shown=true; break; fi
  kill -0 $APP_PID 2>/dev/null || break
  sleep 0.5
done
if ! $shown; then
  kill $APP_PID 2>/dev/null || true
  fail "the window did not show the chart within 60 s: $(tail -n 20 "$WORK/window.log")"
fi
# No window manager runs, so the main window is focused by hand (the launcher also owns a hidden 10x10 window).
WINDOW="$(xdotool search --onlyvisible --pid $APP_PID --name '^Sextant$' | head -n1)"
[ -n "$WINDOW" ] || fail "no visible window named Sextant"
xdotool windowfocus "$WINDOW"
xdotool key ctrl+q
rc=0
for _ in $(seq 60); do kill -0 $APP_PID 2>/dev/null || break; sleep 0.5; done
if kill -0 $APP_PID 2>/dev/null; then kill $APP_PID; fail "Ctrl+Q did not close the window"; fi
wait $APP_PID || rc=$?
[ "$rc" -eq 0 ] || fail "the window exited with $rc: $(tail -n 20 "$WORK/window.log")"
[ -s "$WORK/data/ui/layout.json" ] || fail "quitting did not save the layout"
say "window (GTK, $DISPLAY): $(grep -o 'first chart frame after [0-9]* ms' "$WORK/window.log"), Ctrl+Q: exit 0, layout saved"
say "OK"
