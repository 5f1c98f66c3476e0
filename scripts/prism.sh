#!/usr/bin/env bash
# Prism, an independent validator, judges every request the facade sends:
# `prism mock --errors` serves the overlaid spec (`cargo xtask spec show`)
# and the conformance suite's ignored `prism` test sends each operation to
# it, once per security scheme. Prism answers a request that breaks the
# spec with 422/401 and its violations; a valid one with the spec's
# example, which the facade must decode.
#
#   scripts/prism.sh
#
# Needs node/npm (Prism is installed into target/prism on first use, from
# the npm registry) and cargo.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=5.14.2
dir=target/prism
prism=$dir/node_modules/.bin/prism
work=$(mktemp -d)
prism_pid=
cleanup() {
    [ -n "$prism_pid" ] && kill "$prism_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

if ! "$prism" --version 2>/dev/null | grep -qx "$VERSION"; then
    rm -rf "$dir"
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-audit --no-fund --silent "@stoplight/prism-cli@$VERSION"
fi

cargo xtask spec show >"$work/openapi.json"

# A free port, then Prism on it (it has no "port 0").
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$prism" mock --errors --host 127.0.0.1 --port "$port" "$work/openapi.json" >"$work/prism.log" 2>&1 &
prism_pid=$!
up=
for _ in $(seq 300); do
    if grep -q "Prism is listening" "$work/prism.log"; then
        up=1
        break
    fi
    if ! kill -0 "$prism_pid" 2>/dev/null; then
        break
    fi
    sleep 0.1
done
if [ -z "$up" ]; then
    echo "Prism did not start:" >&2
    cat "$work/prism.log" >&2
    exit 1
fi

set +e
IMPRINT_PRISM_URL="http://127.0.0.1:$port" \
    cargo test -p imprint-conformance -- --ignored prism
status=$?
set -e
if [ "$status" -ne 0 ]; then
    echo "Prism's log:" >&2
    grep -E "\[VALIDATOR\]|violation|error" "$work/prism.log" | tail -60 >&2 || true
fi
exit "$status"
