#!/usr/bin/env bash
# Soak test: starts the packaged app on localhost, runs SoakDriver (mixed valid and invalid requests, every
# answer checked) and samples resident memory every 10 s. Usage: src/bench/soak.sh [seconds=60] [connections=64]
# Sends traffic only to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_RUN=${1:-60}
CONNECTIONS=${2:-64}
PORT=${PORT:-18081}
JAVA_OPTS=${JAVA_OPTS:--Xms128m -Xmx256m}

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests
./mvnw -q -Pbench test-compile
# shellcheck disable=SC2086
java $JAVA_OPTS -Dquarkus.http.port="$PORT" -jar target/quarkus-app/quarkus-run.jar >target/soak-app.log 2>&1 &
APP=$!
SAMPLER=
trap 'kill $APP $SAMPLER 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; do sleep 0.05; done
( while kill -0 $APP 2>/dev/null; do
    awk '/VmRSS/ {printf "RSS %d MB\n", $2/1024}' "/proc/$APP/status"; sleep 10
  done ) &
SAMPLER=$!
./mvnw -q -Pbench exec:exec -Dbench.main=dev.summarizer.bench.SoakDriver \
  -Dbench.args="http://127.0.0.1:$PORT $SECONDS_RUN $CONNECTIONS"
