#!/usr/bin/env bash
# Issue 12 §2 figures under Xvfb + GTK (name value unit): DetailBenchmark once with 1:10m and once with 1:50m only
# (-Datlas.detail=off), each with JavaFX's pulse logger on, then from the logger's lines the render thread's time
# per pulse (its "Painting" and "Presenting" phases, whole ms as the logger prints them) while each stretch of
# frames ran: full redraws at world and Europe zoom, and the pan at Europe zoom; and the RSS 1:10m adds.
#   bash bench/render-thread.sh          an Xvfb of our own on :${BENCH_DISPLAY:-86} (or $DISPLAY when set)
set -euo pipefail
cd "$(dirname "$0")/.."
logs=$(mktemp -d)
xvfb=
trap 'rm -rf "$logs"; [ -z "$xvfb" ] || kill "$xvfb"' EXIT
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=":${BENCH_DISPLAY:-86}"
  Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
fi
echo "load_average_before $(cut -d' ' -f1 /proc/loadavg) load"
for loaded in 10m 50m; do
  detail=on
  [ "$loaded" = 50m ] && detail=off
  BENCH_CLASS=org.chaord.atlas.ui.DetailBenchmark BENCH_JVM_OPTS="-Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0 -Datlas.detail=$detail" \
    bash bench/run.sh --xvfb >"$logs/$loaded.out" 2>"$logs/$loaded.err"
  grep -E '^[a-z_]+\.[^ ]+ [0-9.-]+ [a-zA-Z]+$' "$logs/$loaded.out" || { cat "$logs/$loaded.err" >&2; exit 1; }
  # the render thread is the one that paints; a pulse's block starts with "PULSE:", a stretch with "bench-phase"
  awk '
    /^bench-phase / { phase = ($2 == "end") ? "" : $2; skip = 3; next }   # the first pulses may be the last stretch
    /^PULSE:/ { flush(); inpulse = 1; ms = 0; painted = 0; next }
    /^T[0-9]+ \([0-9]+ \+[0-9]+ms\): (Painting|Presenting)/ {
      t = $0; sub(/^.*\+/, "", t); sub(/ms.*$/, "", t); ms += t; painted = 1; next }
    function flush() {
      if (inpulse && painted && phase != "") {
        if (skip > 0) { skip--; return }
        n[phase]++; v[phase, n[phase]] = ms
      }
      inpulse = 0
    }
    END {
      flush()
      for (p in n) {
        m = n[p]
        for (i = 1; i <= m; i++) a[i] = v[p, i]
        for (i = 2; i <= m; i++) { x = a[i]; j = i - 1; while (j > 0 && a[j] > x) { a[j + 1] = a[j]; j-- } a[j + 1] = x }
        printf "%s.render_thread.median %d ms\n", p, a[int((m + 1) / 2)]
        printf "%s.render_thread.pulses %d count\n", p, m
      }
    }' "$logs/$loaded.err" | sort
done
rss10=$(awk '$1 == "rss_after_world_and_europe.10m" { print $2 }' "$logs/10m.out")
rss50=$(awk '$1 == "rss_after_world_and_europe.50m" { print $2 }' "$logs/50m.out")
awk -v a="$rss10" -v b="$rss50" 'BEGIN { printf "rss_growth_with_10m %.1f MB\n", a - b }'
