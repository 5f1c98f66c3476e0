#!/usr/bin/env bash
# Drives the mock with Schemathesis, an independent checker, from the
# document the client is generated from (openapi.yaml + overlay, printed by
# `cargo xtask spec show`). Fails on any undocumented status, response that
# breaks its schema, missing header, server error, accepted invalid request
# or broken stateful link.
#
#   scripts/schemathesis.sh              # 50 examples per operation
#   EXAMPLES=200 scripts/schemathesis.sh
#
# Needs python3 (Schemathesis is installed into target/schemathesis-venv on
# first use, from PyPI) and cargo.
#
# Two things are left out, on purpose:
# - deleteKey: it revokes the key the run authenticates with, so every
#   later request would be a 401.
# - the `positive_data_acceptance` check (ST202, "schema-valid request
#   rejected"): the mock refuses, as the API does, requests that the schema
#   alone cannot rule out: ids of customers, payment methods or orders that
#   do not exist, a `starting_after` that is no item of the list, rules the
#   spec states in prose (ISO 4217 currencies, ISO 3166 countries, E.164
#   phones, which reward statuses may change, order totals that add up).
#   Run with ALL_CHECKS=1 to see them (17 at 50 examples, all of these kinds).
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=4.32.5
EXAMPLES=${EXAMPLES:-50}
venv=target/schemathesis-venv
pkgs=target/schemathesis-py
work=$(mktemp -d)
mock_pid=
cleanup() {
    [ -n "$mock_pid" ] && kill "$mock_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A virtual environment where Python has `venv`; a plain package directory
# where it does not (Debian's python3 without python3-venv).
st() {
    if [ -x "$venv/bin/st" ]; then
        "$venv/bin/st" "$@"
    else
        PYTHONPATH="$pkgs" python3 -m schemathesis.cli "$@"
    fi
}
if ! st --version 2>/dev/null | grep -q "$VERSION"; then
    rm -rf "$venv" "$pkgs"
    if python3 -m venv "$venv" 2>/dev/null; then
        "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$VERSION"
    else
        rm -rf "$venv"
        python3 -m pip install --quiet --disable-pip-version-check \
            --target "$pkgs" "schemathesis==$VERSION"
    fi
fi

cargo build --quiet -p imprint-cli
cargo xtask spec show >"$work/openapi.json"

target/debug/imprint mock --port 0 --customers 50 >"$work/mock.out" 2>&1 &
mock_pid=$!
url=
for _ in $(seq 100); do
    url=$(sed -n 's/^IMPRINT_BASE_URL=//p' "$work/mock.out")
    [ -n "$url" ] && break
    sleep 0.1
done
if [ -z "$url" ]; then
    echo "the mock did not start:" >&2
    cat "$work/mock.out" >&2
    exit 1
fi
key=$(sed -n 's/^IMPRINT_API_KEY=//p' "$work/mock.out")

exclude=(--exclude-checks positive_data_acceptance)
[ "${ALL_CHECKS:-0}" = 1 ] && exclude=()

st run "$work/openapi.json" \
    --url "$url" \
    --header "Authorization: Bearer $key" \
    --checks all "${exclude[@]}" \
    --exclude-operation-id deleteKey \
    --max-examples "$EXAMPLES" \
    --seed 1 \
    --no-color
