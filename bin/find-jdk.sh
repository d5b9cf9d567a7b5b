# Finds a JDK >= 21 for Vigie. Sourced by ./vigie and .ci/run, so that both build and run with the same JDK.
#
#   . bin/find-jdk.sh
#   java_home="$(vigie_find_jdk)" || exit 1
#
# Looks, in order, at $JAVA_HOME, at the java on the PATH, then at the usual install places
# (/usr/lib/jvm, /usr/java, /opt/java, /opt/jdk*, SDKMAN!, IntelliJ's ~/.jdks, macOS), taking the
# newest there. Only a full JDK counts (javac beside java), since Vigie builds itself on first use.

VIGIE_MIN_JAVA=21

# The major version of the JDK at $1 ("25" for 25.0.3, "8" for 1.8.0), or nothing if it is not a JDK.
vigie_jdk_major() {
  local home="$1" line version
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  line="$("$home/bin/java" -version 2>&1 | grep -m1 'version "')" || return 1
  version="${line#*version \"}"
  version="${version%%\"*}"
  case "$version" in
    1.*) version="${version#1.}" ;;
  esac
  version="${version%%[!0-9]*}"
  [ -n "$version" ] || return 1
  echo "$version"
}

# Prints the home of a JDK >= 21; says on stderr what it looked at and returns 1 when there is none.
vigie_find_jdk() {
  local major home java best="" best_major=0 candidate
  if [ -n "${JAVA_HOME:-}" ] && major="$(vigie_jdk_major "$JAVA_HOME")" && [ "$major" -ge "$VIGIE_MIN_JAVA" ]; then
    echo "$JAVA_HOME"
    return 0
  fi
  if java="$(command -v java 2>/dev/null)"; then
    home="$(cd "$(dirname "$(readlink -f "$java" 2>/dev/null || echo "$java")")/.." && pwd)"
    if major="$(vigie_jdk_major "$home")" && [ "$major" -ge "$VIGIE_MIN_JAVA" ]; then
      echo "$home"
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
      "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] || continue
    if major="$(vigie_jdk_major "$candidate")" && [ "$major" -ge "$VIGIE_MIN_JAVA" ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [ -n "$best" ]; then
    echo "$best"
    return 0
  fi
  {
    echo "vigie: no JDK $VIGIE_MIN_JAVA or newer found."
    echo "  Looked at \$JAVA_HOME (${JAVA_HOME:-unset}), the java on the PATH ($(command -v java 2>/dev/null || echo none)),"
    echo "  and /usr/lib/jvm, /usr/java, /opt/java, /opt/jdk*, ~/.sdkman, ~/.jdks, /Library/Java/JavaVirtualMachines."
    echo "  Install a JDK $VIGIE_MIN_JAVA+ (for example the openjdk-21-jdk package or Eclipse Temurin) or set JAVA_HOME to one."
  } >&2
  return 1
}
