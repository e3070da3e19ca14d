#!/usr/bin/env bash
# Upgrade check (Linux, by hand; see the README's Install section):
#   upgrade.sh OLD.deb NEW.deb WORK_DIR
# Unpacks both packages (dpkg -x), uses the old one on a fresh home (seeds the sample market, stores a
# setting, saves a layout via the window and Ctrl+Q), then starts the new one on the same home and checks
# that the database, the setting and the layout are all still there. Needs what smoke.sh installs
# (Xvfb, xdotool, the packages' dependencies).
set -euo pipefail
OLD="$1"; NEW="$2"; WORK="$3"
fail() { echo "upgrade: FAILED: $*" >&2; exit 1; }

rm -rf "$WORK"
mkdir -p "$WORK/home"
dpkg -x "$OLD" "$WORK/old"
dpkg -x "$NEW" "$WORK/new"
# The default data folder (no --home, no SEXTANT_HOME), moved under WORK_DIR with XDG_DATA_HOME: Java takes
# the home folder from the password database, not from $HOME.
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share"
DATA="$XDG_DATA_HOME/sextant"
unset SEXTANT_HOME JAVA_TOOL_OPTIONS

Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$WORK/display" 2>/dev/null &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$WORK/display")"

window_then_quit() { # $1 = launcher: open the window, wait for the chart, Ctrl+Q
  SEXTANT_TIMING=1 "$1" >"$WORK/window.log" 2>&1 &
  local pid=$! w
  for _ in $(seq 120); do grep -q "first chart frame" "$WORK/window.log" && break; sleep 0.5; done
  w="$(xdotool search --onlyvisible --pid $pid --name '^Sextant$' | head -n1)"
  [ -n "$w" ] || { kill $pid; fail "no window: $(tail -n 5 "$WORK/window.log")"; }
  xdotool windowfocus "$w"
  xdotool key ctrl+q
  wait $pid || fail "$1 exited with $?"
}

OLD_APP="$WORK/old/opt/sextant/bin/Sextant"
NEW_APP="$WORK/new/opt/sextant/bin/Sextant"
echo "upgrade: $(basename "$OLD") on a fresh home"
"$OLD_APP" data list >"$WORK/first-start.txt"   # seeds the sample market
grep -q "First start" "$WORK/first-start.txt" || fail "the old version did not seed a fresh home"
"$OLD_APP" data list >"$WORK/list-old.txt"
"$OLD_APP" settings set http.read-timeout-seconds 45 >/dev/null
window_then_quit "$OLD_APP"
[ -s "$DATA/ui/layout.json" ] || fail "the old version saved no layout"
sha256sum "$DATA/ui/layout.json" >"$WORK/layout.sha"
echo "upgrade: old version: $(wc -l <"$WORK/list-old.txt") lines of data list, setting stored, layout saved"

echo "upgrade: $(basename "$NEW") on the same home"
"$NEW_APP" data list >"$WORK/list-new.txt" 2>"$WORK/new-first.err"
grep -q "First start" "$WORK/list-new.txt" "$WORK/new-first.err" && fail "the new version seeded the database again"
diff -q "$WORK/list-old.txt" "$WORK/list-new.txt" >/dev/null || fail "data list differs: $(diff "$WORK/list-old.txt" "$WORK/list-new.txt" | head)"
[ "$("$NEW_APP" settings get http.read-timeout-seconds)" = "45" ] || fail "the setting is gone"
sha256sum -c --quiet "$WORK/layout.sha" || fail "the layout file changed before the new version opened it"
window_then_quit "$NEW_APP"
echo "upgrade: new version: same data list ($(wc -l <"$WORK/list-new.txt") lines), setting 45, layout file kept; window opened on it, Ctrl+Q saved it again"
echo "upgrade: OK"
