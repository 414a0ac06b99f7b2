#!/usr/bin/env bash
# Runs one ranking configuration over the CNN/DM and CNN dev sets (3 sentences) and prints ROUGE (stemmed).
# Usage: src/bench/eval/sum-eval.sh NAME [-Dsummarizer.textrank.x=y ...]   (env BOOT=1000 for bootstrap intervals,
#        SETS="cnndm cnn bbc" to add BBC at ref-sentences and ref-words; run ./mvnw compile first, or CP is rebuilt)
set -euo pipefail
cd "$(dirname "$0")/../../.."
name=$1; shift
data=../shared/data/sum
[ -f target/cp.txt ] || ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
cp=target/classes:$(cat target/cp.txt)
boot=${BOOT:-0}
for set in ${SETS:-cnndm cnn}; do
  if [ "$set" = bbc ]; then lengths="ref-sentences ref-words"; else lengths="sentences:3"; fi
  for length in $lengths; do
    out=target/sum/$name/$set-${length%%:*}
    java -cp "$cp" "$@" -Dsum.set=$data/$set -Dsum.out=$out -Dsum.length=$length \
        dev.summarizer.tools.SummarizeDataset >/dev/null 2>&1
    args=(--refs $data/$set/refs --hyps $out --ids $data/$set/ids.txt --stem --per-doc $out.tsv)
    [ "$boot" -gt 0 ] && args+=(--bootstrap "$boot")
    echo "== $name $set $length"
    /usr/bin/python3 ../shared/eval/rouge.py "${args[@]}" | grep -E 'rouge1 |rouge2|rougeLsum'
  done
done
