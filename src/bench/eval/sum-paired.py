#!/usr/bin/env python3
"""Paired comparison of two src/bench/eval/sum-eval.sh runs on the per-story ROUGE F1 (CNN/DM + CNN dev pooled).

Usage: src/bench/eval/sum-paired.py RUN_A RUN_B  -> mean F1 difference A - B per metric with a 95% paired bootstrap
interval (1,000 resamples of stories, fixed seed), per set and pooled over both sets.
"""
import csv, random, sys

def load(run, dataset):
    with open(f'target/sum/{run}/{dataset}-sentences.tsv') as f:
        return {row['id']: row for row in csv.DictReader(f, delimiter='\t')}

a_run, b_run = sys.argv[1], sys.argv[2]
for metric in ('rouge1_F', 'rouge2_F', 'rougeLsum_F'):
    pooled = []
    parts = []
    for dataset in ('cnndm', 'cnn'):
        a, b = load(a_run, dataset), load(b_run, dataset)
        diffs = [100 * (float(a[i][metric]) - float(b[i][metric])) for i in a]
        pooled += diffs
        parts.append(f'{dataset} {sum(diffs) / len(diffs):+.2f}')
    rnd = random.Random(1)
    means = sorted(sum(rnd.choice(pooled) for _ in pooled) / len(pooled) for _ in range(1000))
    print(f'{metric:12s} {" ".join(parts)}  pooled {sum(pooled) / len(pooled):+.2f} [{means[25]:+.2f}, {means[974]:+.2f}]')
