#!/usr/bin/env bash
# Prints the atlas's performance figures (name value unit) and, in the same run, a bare JavaFX window (one filled
# canvas) as the floor, with the ratios of the two (issue 13 §3; docs/decisions/0028).
#   bash bench/run.sh              headless: Monocle, software rendering
#   bash bench/run.sh --xvfb       a real X display and GTK: $DISPLAY if set, else an Xvfb of our own on :${BENCH_DISPLAY:-85},
#                                  whose screen bench/on-screen.py watches: *_on_screen, when the first frame is seen
#   bash bench/run.sh --image      the shipped settings: the app image's runtime (target/installer, made by
#                                  mvn -Pinstaller package) and its launcher's JVM options, start-up archive included
#                                  (each benchmark gets its own, made by one untimed first start, as a user's is)
#   bash bench/run.sh --repeat 3   bare window and atlas 3 times in turn; the medians of every figure and ratio
# Without --image: the build's JDK with the JVM options of `mvn javafx:run` (pom.xml). Every run prints the load
# average: this machine is shared, and the ratios of one run cancel only part of it.
# BENCH_CLASS=org.chaord.atlas.bench.ExportBenchmark bash bench/run.sh runs that benchmark alone.
set -euo pipefail
cd "$(dirname "$0")/.."
display=monocle
runtime=dev
repeat=1
pass=()
while [ $# -gt 0 ]; do
  case "$1" in
    --xvfb) display=xvfb ;;
    --image) runtime=image ;;
    --repeat) repeat="$2"; shift ;;
    *) pass+=("$1") ;;
  esac
  shift
done
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
if [ "$runtime" = dev ]; then
  JAVA=java
  CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
  # the -X options of javafx-maven-plugin in pom.xml (the --add-exports name modules: javafx:run's module path only)
  mapfile -t JVM < <(sed -n '/<artifactId>javafx-maven-plugin/,/<\/plugin>/s:.*<option>\(-X[^<]*\)</option>.*:\1:p' pom.xml)
else
  IMAGE=target/installer/chaord-atlas
  [ -x "$IMAGE/bin/chaord-atlas" ] || { echo "no app image: mvn -Pinstaller package -DskipTests" >&2; exit 1; }
  JAVA="$IMAGE/lib/runtime/bin/java"
  APPDIR="$(cd "$IMAGE/lib/app" && pwd)"
  # CDS takes jars only: the benchmarks as one, beside the image's own class path
  rm -f target/bench-tests.jar
  jar --create --file target/bench-tests.jar -C target/test-classes .
  CP="$(sed -n 's/^app.classpath=//p' "$APPDIR/chaord-atlas.cfg" | sed "s:\$APPDIR:$APPDIR:" | paste -sd:):target/bench-tests.jar"
  mapfile -t JVM < <(sed -n 's/^java-options=//p' "$APPDIR/chaord-atlas.cfg" | sed "s:\$APPDIR:$APPDIR:" \
    | grep -v -e '^-XX:SharedArchiveFile=' -e '^-Datlas.startup.archive=')
  JVM+=(--add-exports=javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED) # RenderedFrames: when a frame is rendered
fi
mkdir -p target/bench-cds
# the map frame a start keeps for the next one (ADR 0031), where the benchmarks' first starts write it
JVM+=(-Dprism.order=sw -Datlas.startup.frame="$PWD/target/bench-cds/first-frame.bin" ${BENCH_JVM_OPTS:-})
if [ "$display" = monocle ]; then
  # Monocle is a test dependency: not in the image's runtime
  [ "$runtime" = dev ] || { echo "--image needs --xvfb (the image has no Monocle)" >&2; exit 1; }
  JVM+=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Djava.awt.headless=true)
elif [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=":${BENCH_DISPLAY:-85}"
  # its screen in a file, so bench/on-screen.py sees when a frame is on screen
  fb=$(mktemp -d)
  Xvfb "$DISPLAY" -screen 0 1600x1000x24 -fbdir "$fb" >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb; rm -rf "$fb"' EXIT
  sleep 1
fi
bench() { # $1 = benchmark class, then its arguments
  local archive=()
  if [ "$runtime" = image ]; then
    archive=(-XX:SharedArchiveFile="$PWD/target/bench-cds/${1##*.}.jsa")
  fi
  # the clock when java is started: the kernel's process start time is early by up to a second (BenchTools)
  local launched=${LAUNCHED:-$(date +%s%3N)}
  "$JAVA" "${JVM[@]}" "${archive[@]}" ${FIRST_START:-} -Dbench.launched_at_ms="$launched" -cp "$CP" "$@"
}
# bench, and with our own Xvfb also the time its first frame is on screen: $1 = figure name, $2 = the colour that
# frame shows (rrggbb), then bench's arguments
on_screen() {
  local name=$1 colour=$2
  shift 2
  if [ -z "${fb:-}" ]; then
    bench "$@"
    return
  fi
  local launched seen ready watcher
  seen=$(mktemp)
  ready=$(mktemp -u)
  python3 bench/on-screen.py "$fb/Xvfb_screen0" "$colour" "$ready" > "$seen" &
  watcher=$!
  for _ in $(seq 500); do [ -e "$ready" ] && break; sleep 0.01; done # Python up before java starts
  launched=$(date +%s%3N)
  LAUNCHED=$launched bench "$@"
  wait "$watcher" || true
  [ -s "$seen" ] && awk -v name="$name" -v launched="$launched" '{ printf "%s %.3f ms\n", name, $1 - launched }' "$seen"
  rm -f "$seen" "$ready"
}

if [ -n "${BENCH_CLASS:-}" ]; then
  bench "$BENCH_CLASS" "${pass[@]}"
  exit
fi
echo "display $display, runtime $runtime ($("$JAVA" -version 2>&1 | head -1)), JVM ${JVM[*]}"
# a user's first start: it keeps the map frame (and with --image writes the start-up archive) that the measured
# starts use, as a user's second start does (figures not kept)
rm -f target/bench-cds/*.jsa target/bench-cds/first-frame.bin
FIRST_START="-Dbench.warmup=4 -Dbench.settle_ms=1500" # time to keep its map frame, even on a busy machine
bench org.chaord.atlas.bench.BareWindowBenchmark >/dev/null 2>&1
bench org.chaord.atlas.bench.AtlasBenchmark >/dev/null 2>&1
FIRST_START=
case "${BENCH_JVM_OPTS:-}" in
  *atlas.startup.frame=off*) ;; # a start without the kept frame, as before ADR 0031
  *) [ -f target/bench-cds/first-frame.bin ] || { echo "the first start kept no map frame" >&2; exit 1; } ;;
esac
if [ "$runtime" = image ]; then
  ls target/bench-cds/*.jsa >/dev/null || { echo "the first start made no start-up archive" >&2; exit 1; }
fi
ratios() {
  awk '
    { v[$1] = $2 }
    END {
      printf "startup.ratio_to_bare_window %.3f x\n", v["startup.first_shaded_frame"] / v["bare_window.first_frame"]
      printf "startup.rendered.ratio_to_bare_window %.3f x\n", v["startup.first_shaded_frame_rendered"] / v["bare_window.first_frame_rendered"]
      if (v["bare_window.first_frame_on_screen"] > 0 && v["startup.first_shaded_frame_on_screen"] > 0)
        printf "startup.on_screen.ratio_to_bare_window %.3f x\n", v["startup.first_shaded_frame_on_screen"] / v["bare_window.first_frame_on_screen"]
      printf "startup.cpu.ratio_to_bare_window %.3f x\n", v["startup.cpu_by_first_frame"] / v["bare_window.cpu_by_first_frame"]
      printf "rss.ratio_to_bare_window %.3f x\n", v["rss"] / v["bare_window.rss"]
      printf "rss.settled.ratio_to_bare_window %.3f x\n", v["rss.settled"] / v["bare_window.rss"]
    }'
}
all=$(mktemp)
for run in $(seq "$repeat"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  # JavaFX's "unsupported configuration" warning (dev: class path, not module path) is expected: figures are on stdout
  # the colours the two first frames show: the bare window's canvas, the atlas's ocean (Palette.DEFAULT)
  figures=$(on_screen bare_window.first_frame_on_screen dbe9f6 org.chaord.atlas.bench.BareWindowBenchmark 2>/dev/null
            on_screen startup.first_shaded_frame_on_screen dce9f2 org.chaord.atlas.bench.AtlasBenchmark "${pass[@]}" 2>/dev/null)
  figures=$(printf '%s\n%s\n' "$figures" "$(echo "$figures" | ratios)"; echo "load_average $load 1min")
  [ "$repeat" = 1 ] && echo "$figures" || echo "run $run: $(echo "$figures" | grep -E '^(startup.ratio|startup.rendered.ratio|startup.on_screen.ratio|startup.cpu.ratio|rss.ratio|load)' | tr '\n' ' ')"
  echo "$figures" >> "$all"
done
if [ "$repeat" != 1 ]; then
  echo "medians of $repeat runs:"
  sort -k1,1 -k2,2g "$all" | awk '
    $1 != name { if (name != "") out(); name = $1; unit = $3; n = 0 }
    { x[n++] = $2 }
    function out() { printf "%s %.3f %s\n", name, (n % 2 ? x[int(n / 2)] : (x[n / 2 - 1] + x[n / 2]) / 2), unit }
    END { out() }'
fi
rm -f "$all"
