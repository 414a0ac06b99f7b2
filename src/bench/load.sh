#!/usr/bin/env bash
# Load benchmark of the packaged app on localhost: start-up to ready, throughput and latency with hey,
# resident memory. Usage: src/bench/load.sh [seconds=30] [concurrency=16]   (needs: apt-get install hey)
# Sends traffic only to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_RUN=${1:-30}
CONCURRENCY=${2:-16}
PORT=${PORT:-18080}
JAVA_OPTS=${JAVA_OPTS:--Xms128m -Xmx256m}
ARTICLE=src/test/resources/articles/nk-russia-treaty.txt

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests
command -v hey >/dev/null || { echo "hey is missing: apt-get install -y hey" >&2; exit 2; }

start=$(date +%s%N)
# shellcheck disable=SC2086
java $JAVA_OPTS -Dquarkus.http.port="$PORT" -jar target/quarkus-app/quarkus-run.jar >target/load-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; do
  kill -0 $APP 2>/dev/null || { echo "app died, see target/load-app.log" >&2; exit 1; }
  sleep 0.02
done
echo "start-up to ready: $(( ($(date +%s%N) - start) / 1000000 )) ms"
rss() { awk '/VmRSS/ {printf "%d MB", $2/1024}' "/proc/$APP/status"; }
echo "RSS after start: $(rss)"

URL="http://127.0.0.1:$PORT/v1/summaries"
hey -z 5s -c "$CONCURRENCY" -m POST -T text/plain -D "$ARTICLE" "$URL" >/dev/null   # warm-up
echo "RSS after warm-up: $(rss)"
hey -z "${SECONDS_RUN}s" -c "$CONCURRENCY" -m POST -T text/plain -D "$ARTICLE" "$URL" >target/load-hey.txt
grep -E "Requests/sec|Average|50% in|90% in|99% in|\[[0-9]+\]" target/load-hey.txt
echo "RSS after load: $(rss)"
