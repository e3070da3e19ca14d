# Finds a JDK 25 or newer. Sourced (POSIX sh) by ./sextant, ./mvnw and .ci/run, so all three look in the same
# places in the same order: JAVA_HOME, the java on PATH, then the usual JVM folders. A JAVA_HOME or PATH java
# that is older is skipped, not used: .mvn/jvm.config holds an option that older JVMs refuse before Maven starts.
#   home="$(sextant_find_jdk)" || { sextant_no_jdk_line mvnw >&2; exit 1; }

# the feature version of the java binary $1 (25 for 25.0.1), or nothing
sextant_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n1
}

# whether $1 is the home of a JDK (java and javac) of version 25 or newer
sextant_is_jdk25() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  _sextant_v="$(sextant_java_major "$1/bin/java")"
  [ -n "$_sextant_v" ] && [ "$_sextant_v" -ge 25 ]
}

# prints the home of the first JDK 25 or newer, or returns 1
sextant_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && sextant_is_jdk25 "$JAVA_HOME"; then
    printf '%s\n' "$JAVA_HOME"
    return 0
  fi
  if _sextant_java="$(command -v java 2>/dev/null)"; then
    _sextant_home="$(dirname "$(dirname "$(readlink -f "$_sextant_java")")")"
    if sextant_is_jdk25 "$_sextant_home"; then
      printf '%s\n' "$_sextant_home"
      return 0
    fi
  fi
  # the folder patterns need globbing, which ./mvnw switches off (set -f)
  case $- in *f*) _sextant_noglob=yes; set +f ;; *) _sextant_noglob= ;; esac
  _sextant_found=
  for _sextant_d in /usr/lib/jvm/* /opt/java/* /opt/jdk* "${HOME:-/nonexistent}"/.sdkman/candidates/java/* \
                    "${HOME:-/nonexistent}"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if [ -d "$_sextant_d" ] && sextant_is_jdk25 "$_sextant_d"; then
      _sextant_found="$_sextant_d"
      break
    fi
  done
  if [ -n "$_sextant_noglob" ]; then set -f; fi
  [ -n "$_sextant_found" ] || return 1
  printf '%s\n' "$_sextant_found"
}

# the one line to print when sextant_find_jdk finds nothing; $1 names the command
sextant_no_jdk_line() {
  printf '%s\n' "$1: no JDK 25 found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm, /opt, ~/.sdkman, ~/.jdks, /Library/Java); install a JDK 25 (e.g. Eclipse Temurin 25 from https://adoptium.net) and set JAVA_HOME to it"
}
