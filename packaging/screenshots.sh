#!/usr/bin/env bash
# Regenerates the README screenshots in docs/images/ (1600x1000, rendered off screen with Monocle, no display needed):
#   packaging/screenshots.sh
# It builds the app (mvn package, never install), seeds a throw-away home with the sample market, runs a scan and
# a small walk-forward study there with the CLI (the panels reopen the last saved run, as they do for a user),
# and renders the workstation with `--screenshot` in the dark and the light theme. The theme is the one saved in
# the home's ui/settings.properties, so the script writes that file before each render. Takes 3-5 minutes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/.mvn/find-jdk.sh"
JAVA_HOME="$(sextant_find_jdk)" || { sextant_no_jdk_line screenshots.sh >&2; exit 1; }
export JAVA_HOME
OUT="$ROOT/docs/images"
HOME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME_DIR"' EXIT
(cd "$ROOT" && ./mvnw -B -ntp -q -pl app/cli -am package -DskipTests)
APP="$ROOT/app/cli/target"
JAR="$(ls "$APP"/sextant-cli-*.jar | grep -v -e sources -e tests | head -n1)"
CP="$JAR:$(cat "$APP/classpath.txt")"

sextant() { "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$CP" dev.sextant.app.cli.Main --home "$HOME_DIR" "$@"; }

shot() { # theme file [panel]
  mkdir -p "$HOME_DIR/ui"
  printf 'theme=%s\nsymbol=S001.SX\ntimeframe=1d\n' "$1" > "$HOME_DIR/ui/settings.properties"
  rm -f "$HOME_DIR/ui/layout.json"
  sextant --screenshot "$OUT/$2" ${3:+--panel "$3"} >/dev/null
  echo "wrote docs/images/$2 ($(( $(stat -c %s "$OUT/$2") / 1024 )) KB)"
}

script() { # file.java [args...]: a setup step with the app's class path (drawings, compare symbols)
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$CP" "$ROOT/packaging/$1" "$HOME_DIR" "${@:2}" >/dev/null
}

mkdir -p "$OUT"
rm -f "$OUT"/*.png
sextant data list >/dev/null   # first start: seeds the sample market
sextant scan --strategy dwap-breakout --universe sample-stocks >/dev/null
sextant walkforward --strategy sma-cross --universe sample-sectors --is 3y --oos 1y --sampler random --trials 12 --seed 3 >/dev/null
sextant watchlist create sectors --universe sample-sectors >/dev/null
shot dark workstation-dark.png
shot light walkforward-light.png walkforward
shot light regime-light.png regime
script screenshot-compare.java IDX.SX S002.SX
shot dark chart-compare-dark.png chart
shot light chart-compare-light.png chart
script screenshot-compare.java
script screenshot-drawings.java S001.SX
shot dark chart-drawings-dark.png chart
shot light chart-drawings-light.png chart
shot dark watchlist-dark.png watchlist
shot light watchlist-light.png watchlist
