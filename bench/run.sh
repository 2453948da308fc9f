#!/usr/bin/env bash
# Prints the atlas's performance figures (name value unit) with the app's JVM options (pom.xml, javafx-maven-plugin),
# and in the same run a bare JavaFX window (one filled canvas) as the floor, with the ratios of the two.
#   bash bench/run.sh            headless: Monocle, software rendering
#   bash bench/run.sh --xvfb     a real X display and GTK: $DISPLAY if set, else an Xvfb of our own on :${BENCH_DISPLAY:-85}
#   bash bench/run.sh --cds      also: an AppCDS archive made by a training run, then the atlas measured with it
# BENCH_CLASS=org.chaord.atlas.bench.ExportBenchmark bash bench/run.sh runs that benchmark alone.
set -euo pipefail
cd "$(dirname "$0")/.."
display=monocle
cds=0
pass=()
for arg in "$@"; do
  case "$arg" in
    --xvfb) display=xvfb ;;
    --cds) cds=1 ;;
    *) pass+=("$arg") ;;
  esac
done
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
JVM=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx768m -Dprism.order=sw ${BENCH_JVM_OPTS:-})
if [ "$display" = monocle ]; then
  JVM+=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Djava.awt.headless=true)
elif [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=":${BENCH_DISPLAY:-85}"
  Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  sleep 1
fi
bench() { java "${JVM[@]}" "$@"; }

if [ -n "${BENCH_CLASS:-}" ]; then
  bench -cp "$CP" "$BENCH_CLASS" "${pass[@]}"
  exit
fi
echo "display $display"
# JavaFX's "unsupported configuration" warning (class path, not module path) is expected here: the figures are on stdout
bare=$(bench -cp "$CP" org.chaord.atlas.bench.BareWindowBenchmark 2>/dev/null)
echo "$bare"
atlas=$(bench -cp "$CP" org.chaord.atlas.bench.AtlasBenchmark "${pass[@]}" 2>/dev/null)
echo "$atlas"
ratios() { # $1 = the atlas's figures
  printf '%s\n%s\n' "$bare" "$1" | awk -v suffix="$2" '
    { v[$1] = $2 }
    END {
      printf "startup.ratio_to_bare_window%s %.3f x\n", suffix, v["startup.first_shaded_frame"] / v["bare_window.first_frame"]
      printf "startup.cpu.ratio_to_bare_window%s %.3f x\n", suffix, v["startup.cpu_by_first_frame"] / v["bare_window.cpu_by_first_frame"]
      printf "rss.ratio_to_bare_window%s %.3f x\n", suffix, v["rss"] / v["bare_window.rss"]
      printf "rss.settled.ratio_to_bare_window%s %.3f x\n", suffix, v["rss.settled"] / v["bare_window.rss"]
    }'
}
ratios "$atlas" ""
if [ "$cds" = 1 ]; then
  # AppCDS: a training run writes the classes it loaded to an archive; the measured run maps them instead of
  # loading and verifying them (docs/decisions/0013)
  # (CDS takes jars only, not class folders)
  rm -f target/bench-atlas.jsa target/bench-app.jar target/bench-tests.jar
  jar --create --file target/bench-app.jar -C target/classes .
  jar --create --file target/bench-tests.jar -C target/test-classes .
  JARS="target/bench-app.jar:target/bench-tests.jar:$(cat target/bench-classpath.txt)"
  bench -XX:ArchiveClassesAtExit=target/bench-atlas.jsa -Dbench.warmup=10 -cp "$JARS" org.chaord.atlas.bench.AtlasBenchmark >/dev/null 2>&1
  withcds=$(bench -XX:SharedArchiveFile=target/bench-atlas.jsa -cp "$JARS" org.chaord.atlas.bench.AtlasBenchmark "${pass[@]}" 2>/dev/null \
    | grep -E '^(startup|rss)' | sed 's/^\([a-z_.]*\) /\1.cds /')
  echo "$withcds"
  ratios "$(echo "$withcds" | sed 's/\.cds / /')" ".cds"
fi
