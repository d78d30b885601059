# Sourced by ./start and .ci/run: makes JAVA_HOME point at a JDK 21 or later.
# Tries $JAVA_HOME, then the java on PATH, then the JDKs installed under /usr/lib/jvm and ~/.sdkman.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}
find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for d in /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ] && candidates+=("$d")
  done
  local best="" best_major=0 c m
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] || continue
    m=$(java_major "$c")
    if [ -n "$m" ] && [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ]; then
      best="$c"; best_major="$m"
    fi
  done
  if [ -z "$best" ]; then
    echo "Case Review needs a JDK 21 or later. Install one (for example Eclipse Temurin 21) and set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
find_jdk
