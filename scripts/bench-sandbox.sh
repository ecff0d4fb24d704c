#!/bin/sh
# Measures the sandbox's start-up time and its requests/s for
# GET /api/atlas/v2/groups/{id}/integrations on loopback, with a bounded
# wrk run (bearer-token auth, so every request is one round trip; a Digest
# client pays two).
#
# usage: scripts/bench-sandbox.sh [BINARY] [DURATION] [CONNECTIONS]
#   BINARY defaults to .build/release/atlas-sandbox, else .build/debug/atlas-sandbox
set -eu

binary=${1:-}
if [ -z "$binary" ]; then
    if [ -x .build/release/atlas-sandbox ]; then binary=.build/release/atlas-sandbox; else binary=.build/debug/atlas-sandbox; fi
fi
duration=${2:-10s}
connections=${3:-8}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

out=$(mktemp)
trap 'kill "$pid" 2>/dev/null || true; rm -f "$out"' EXIT

for seed in demo large:20000; do
    : >"$out"
    start=$(date +%s%N)
    "$binary" --seed "$seed" >>"$out" 2>&1 &
    pid=$!
    until grep -q '^listening on ' "$out"; do sleep 0.005; done
    ready=$(date +%s%N)
    url=$(sed -n 's/^listening on //p' "$out")
    echo "seed $seed: ready after $(( (ready - start) / 1000000 )) ms ($binary)"
    if [ "$seed" = demo ]; then
        token=$(curl -s -u 'mdb_sa_id_5f0a1b2c3d4e5f6a7b8c9d0e:mdb_sa_sk_sandbox0demo0secret0do0not0use' \
            -d grant_type=client_credentials "$url/api/oauth/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
        wrk -t2 -c"$connections" -d"$duration" \
            -H "Authorization: Bearer $token" -H 'Accept: application/vnd.atlas.2023-01-01+json' \
            "$url/api/atlas/v2/groups/5d422b819d3c2b1a0f00001c/integrations"
    fi
    kill "$pid"; wait "$pid" 2>/dev/null || true
done
