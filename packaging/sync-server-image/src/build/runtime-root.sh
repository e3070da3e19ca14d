#!/usr/bin/env bash
# The image's filesystem besides Jib's /app: a jlink runtime of the build's own JDK under /opt/java, the shared
# libraries it links against copied from this (glibc, x86-64 Linux) build machine, /etc/passwd and /etc/group with
# the non-root user, and a writable /tmp. No registry is needed: the image's base is `scratch` (ADR 0018).
# usage: runtime-root.sh ROOT JDK_HOME MODULES UID
set -euo pipefail
root="$1" jdk="$2" modules="$3" uid="$4"
if [[ "$(uname -s)/$(uname -m)" != Linux/x86_64 ]]; then
  echo "sync-server-image: the image's runtime is taken from the build machine, which must be x86-64 Linux; this is $(uname -s)/$(uname -m)" >&2
  exit 1
fi
rm -rf "$root"
mkdir -p "$root/etc" "$root/tmp"
"$jdk/bin/jlink" --add-modules "$modules" --output "$root/opt/java" \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 --generate-cds-archive
# A server without a display or sound: the window-system and sound natives of java.desktop would pull in the
# X11 and ALSA libraries.
rm -f "$root"/opt/java/lib/{libawt_xawt.so,libsplashscreen.so,libjawt.so,libjsound.so}
# The 32 GB+ heap archive is never used at these heap sizes.
rm -f "$root/opt/java/lib/server/classes_nocoops.jsa"
# Not found are only those that are not the runtime's own (libjvm.so is loaded by path, so ldd cannot see it).
missing=$(find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' -o -name jspawnhelper \) -exec ldd {} \; 2>/dev/null \
  | awk '/not found/ {print $1}' | sort -u | while read -r name; do
      [[ -n "$(find "$root/opt/java" -name "$name" -print -quit)" ]] || echo "$name"
    done)
if [[ -n "$missing" ]]; then
  echo "sync-server-image: libraries the runtime needs are missing on this machine:" >&2
  echo "$missing" | sort -u >&2
  exit 1
fi
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' -o -name jspawnhelper \) -exec ldd {} \; 2>/dev/null \
  | grep -oE '/[^ ]+\.so[^ ]*' | grep -v "^$root" | sort -u | while read -r lib; do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
printf 'root:x:0:0:root:/root:/sbin/nologin\nsync:x:%s:%s:sync server:/tmp:/sbin/nologin\n' "$uid" "$uid" > "$root/etc/passwd"
printf 'root:x:0:\nsync:x:%s:\n' "$uid" > "$root/etc/group"
