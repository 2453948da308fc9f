#!/usr/bin/env bash
# Issue 12 screenshots: the real app under Xvfb + GTK, zoomed to Europe with names, France selected, in English and
# Arabic at 1920×1080, 1366×768, 1280×720 and at scale 2 (1366×768 logical on a 2732×1536 screen).
#   bash bench/screenshots.sh [OUT_DIR]        (default target/screenshots; displays :${BENCH_DISPLAY:-86} and :89)
# ONLY="1366x768@1:ar" shoots just that one; PRESENT=1 shoots presentation mode; VIEW=UNCC DATE=2026-08-01 REGION=world SELECT=EGY CHART=1.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/screenshots}
mkdir -p "$out"
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
shots=${ONLY:-"1920x1080@1:en 1920x1080@1:ar 1366x768@1:en 1366x768@1:ar 1280x720@1:en 1280x720@1:ar 1366x768@2:en 1366x768@2:ar"}
for shot in $shots; do
  size=${shot%@*}
  rest=${shot#*@}
  scale=${rest%:*}
  lang=${rest#*:}
  w=$(( ${size%x*} * scale ))
  h=$(( ${size#*x} * scale ))
  display=":${BENCH_DISPLAY:-86}"
  [ "$scale" != 1 ] && display=":89"
  Xvfb "$display" -screen 0 "${w}x${h}x24" >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  name="$out/${REGION:-europe}-$lang-$size-x$scale${PRESENT:+-present}${CHART:+-chart}.png"
  DISPLAY=$display GDK_SCALE=$scale java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx768m \
    -Dglass.gtk.uiScale="$scale" -Datlas.present="${PRESENT:+true}" ${VIEW:+-Datlas.view=$VIEW} ${DATE:+-Datlas.date=$DATE} ${CHART:+-Datlas.chart=true} \
    -cp "$CP" org.chaord.atlas.bench.ScreenshotTour "$lang" "${REGION:-europe}" "${SELECT:-FRA}" "$name" 2>"$name.err" >/dev/null || true
  kill "$xvfb"
  wait "$xvfb" 2>/dev/null || true
  # stderr must hold nothing but JavaFX's class-path warning
  grep -v -e 'Unsupported JavaFX configuration' -e 'PlatformImpl startup' "$name.err" || rm -f "$name.err"
  echo "$name"
done
