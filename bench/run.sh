#!/usr/bin/env bash
# Prints the atlas's performance figures (name value unit), headless, with the app's JVM options (pom.xml,
# javafx-maven-plugin). Usage: bash bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx768m -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  "${BENCH_CLASS:-org.chaord.atlas.bench.AtlasBenchmark}" "$@"
