#!/usr/bin/env bash
# Whole-process benchmarks, one command, each figure against a baseline
# measured in the same run:
#
#   scripts/bench.sh                 # every section
#   scripts/bench.sh walk build      # some of: calls walk memory build
#
#   calls    the in-process benchmarks (`cargo bench -p imprint --bench
#            facade -- overhead shapes decode`): per call for a GET by id, a
#            POST create and a cursor list page, and decoding each section's
#            list type, each against hand-written reqwest + serde code
#   walk     stream 20,000 customers (200 pages of 100) from `imprint mock`
#            running as its own process, with the CLI (`imprint api
#            searchCustomers --all`, printing every item) and with the
#            library (examples/stream_all.rs), each against curl sending the
#            same 200 requests on one connection and discarding the bodies;
#            at mock latency 5 ms (what a network makes of it) and 0 (the
#            client's whole cost shows); plus a consumer that sleeps 2 ms per
#            page, to show fetching overlaps consuming
#   memory   peak RSS of the client streaming 10,000 and 100,000 customers
#            (the mock is a separate process, so its memory is not counted)
#   build    clean builds, alternating, of two fresh crates in their own
#            target dirs: one using `imprint` by path, one using the bare
#            stack a hand-written client needs (reqwest with rustls, serde,
#            serde_json, tokio); a no-op rebuild of the workspace; the
#            rebuild after touching openapi.overlay.yaml (regenerates the
#            client and recompiles what depends on it); generated line counts
#
# In-process micro-benchmarks (per-call overhead, decoding, pagination
# against baselines) are `cargo bench -p imprint`.
#
# Needs bash, awk, curl, python3 and a Rust toolchain; uses /usr/bin/time -v
# for peak RSS when present, else the client's own VmHWM. Timings on a
# shared machine are noisy: each figure is a median of BENCH_RUNS (3) runs.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export CARGO_TERM_COLOR=never
TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
RUNS=${BENCH_RUNS:-3}
SECTIONS=${*:-calls walk memory build}
IMPRINT_BIN=$TARGET_DIR/release/imprint
STREAM_ALL=$TARGET_DIR/release/examples/stream_all
ROWS=()
MOCK_PID=""
WORK=$(mktemp -d)

cleanup() {
    if [ -n "$MOCK_PID" ]; then kill "$MOCK_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

step() { printf '\n==> %s\n' "$*"; }
want() { case " $SECTIONS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
since_ms() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", (b - a) * 1000 }'; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p"; }

echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"

build_release() {
    step "cargo build --release -p imprint-cli; cargo build --release -p imprint --example stream_all"
    cargo build --release -p imprint-cli
    cargo build --release -p imprint --example stream_all
}

# start_mock CUSTOMERS LATENCY_MS: runs `imprint mock` in the background and
# exports IMPRINT_BASE_URL and IMPRINT_API_KEY from what it prints.
start_mock() {
    local log=$WORK/mock.log
    "$IMPRINT_BIN" mock --port 0 --customers "$1" --latency-ms "$2" >"$log" 2>&1 &
    MOCK_PID=$!
    for _ in $(seq 1 1200); do
        grep -q '^IMPRINT_API_KEY=' "$log" && break
        if ! kill -0 "$MOCK_PID" 2>/dev/null; then
            cat "$log" >&2
            echo "the mock exited" >&2
            exit 1
        fi
        sleep 0.1
    done
    IMPRINT_BASE_URL=$(sed -n 's/^IMPRINT_BASE_URL=//p' "$log")
    IMPRINT_API_KEY=$(sed -n 's/^IMPRINT_API_KEY=//p' "$log")
    export IMPRINT_BASE_URL IMPRINT_API_KEY
    echo "mock: $1 customers, ${2} ms latency, pid $MOCK_PID, $IMPRINT_BASE_URL"
}

stop_mock() {
    kill -INT "$MOCK_PID" 2>/dev/null || true
    wait "$MOCK_PID" 2>/dev/null || true
    MOCK_PID=""
}

if want calls; then
    step "calls: cargo bench -p imprint --bench facade -- overhead shapes decode"
    cargo bench -p imprint --bench facade -- overhead shapes decode | tee "$WORK/calls.out"
    # Its README rows: | bench | subject | median | baseline | ratio | target |
    while IFS= read -r row; do
        ROWS+=("$row")
    done < <(awk -F' [|] ' '/^## For the README/ { on = 1; next }
        on && /^[|] / && !/^[|] benchmark/ && !/^[|] ---/ {
            sub(/^[|] /, "", $1)
            printf "| %s: %s | %s | %s | %s |\n", $1, $2, $3, $4, $5
        }' "$WORK/calls.out")
fi

if want walk || want memory; then
    build_release
fi

# curl_walk_config FILE METHOD: walks the mock's customers once (python3,
# one request per page) to learn each page's cursor, then writes a curl
# config that sends the same requests the client sends (GET: searchCustomers
# with the cursor in the query, as the CLI walk; POST: searchCustomersPost
# with it in the body, as the library's `customers().search()`), for one
# curl process on one connection, discarding the bodies. Prints the count.
curl_walk_config() {
    python3 - "$1" "$2" <<'PY'
import json, os, sys, urllib.parse, urllib.request
out, method = sys.argv[1], sys.argv[2]
url = os.environ["IMPRINT_BASE_URL"] + "/v2/customers"
key = os.environ["IMPRINT_API_KEY"]
auth = 'header = "Authorization: Bearer %s"' % key
blocks, after = [], None
while True:
    params = {"limit": 100}
    if after:
        params["starting_after"] = after
    if method == "GET":
        target = url + "?" + urllib.parse.urlencode(params)
        request = urllib.request.Request(target, headers={"Authorization": "Bearer " + key})
        lines = [f'url = "{target}"', auth]
    else:
        body = json.dumps(params, separators=(",", ":"))
        request = urllib.request.Request(url, data=body.encode(), headers={
            "Authorization": "Bearer " + key, "Content-Type": "application/json"})
        lines = [f'url = "{url}"', auth, 'header = "Content-Type: application/json"',
                 'data = "%s"' % body.replace('"', '\\"')]
    lines += ['output = "/dev/null"', 'write-out = "%{num_connects} %{http_code}\\n"']
    blocks.append("\n".join(lines))
    page = json.load(urllib.request.urlopen(request))
    if not page.get("has_more"):
        break
    after = page["data"][-1]["id"]
with open(out, "w") as f:
    f.write("\nnext\n".join(blocks) + "\n")
print(len(blocks))
PY
}

# timed_ms COMMAND...: runs it (stdout to $WORK/timed.out), prints the wall
# clock in ms.
timed_ms() {
    local t
    t=$(now)
    "$@" >"$WORK/timed.out"
    since_ms "$t"
}

curl_summary() {
    awk '$1 > 0 { k++ } $2 == 200 { ok++ } END { printf "%d requests, %d connection(s), %d ok", NR, k, ok }' "$1"
}

# walk_compare LATENCY_MS: RUNS alternating samples (whole processes, wall
# clock) of the library walk and the CLI walk, each with the curl run that
# sends its requests, against one mock.
walk_compare() {
    start_mock 20000 "$1"
    pages=$(curl_walk_config "$WORK/post.curl" POST)
    curl_walk_config "$WORK/get.curl" GET >/dev/null
    local cp="" lib="" cg="" cli=""
    for _ in $(seq "$RUNS"); do
        cp="$cp $(timed_ms curl -s -K "$WORK/post.curl")"
        echo "  curl POST: $(curl_summary "$WORK/timed.out")"
        lib="$lib $(timed_ms "$STREAM_ALL")"
        echo "  library:   $(cat "$WORK/timed.out")"
        cg="$cg $(timed_ms curl -s -K "$WORK/get.curl")"
        echo "  curl GET:  $(curl_summary "$WORK/timed.out")"
        cli="$cli $(timed_ms "$IMPRINT_BIN" api searchCustomers --param limit=100 --all)"
        echo "  CLI:       $(wc -l <"$WORK/timed.out") JSON lines"
    done
    stop_mock
    cp=$(echo "$cp" | median)
    lib=$(echo "$lib" | median)
    cg=$(echo "$cg" | median)
    cli=$(echo "$cli" | median)
    echo "  latency $1 ms, $pages pages: library ${lib} ms vs curl ${cp} ms: $(ratio "$lib" "$cp")x; CLI ${cli} ms vs curl ${cg} ms: $(ratio "$cli" "$cg")x"
    ROWS+=("| CLI walk \`imprint api searchCustomers --all\`, 20,000 customers, mock latency $1 ms | ${cli} ms | curl, the same $pages GETs on one connection: ${cg} ms | $(ratio "$cli" "$cg")x |")
    ROWS+=("| library walk \`customers().search().stream()\`, same, mock latency $1 ms | ${lib} ms | curl, the same $pages POSTs on one connection: ${cp} ms | $(ratio "$lib" "$cp")x |")
}

if want walk; then
    step "walk: 20,000 customers in pages of 100, the library against curl on one connection (median of $RUNS runs)"
    walk_compare 5
    walk_compare 0

    step "walk: the same with a consumer that sleeps 2 ms per page (mock latency 5 ms)"
    start_mock 20000 5
    fetch=""
    slept=""
    consumed=""
    for _ in $(seq "$RUNS"); do
        out=$("$STREAM_ALL")
        fetch="$fetch $(echo "$out" | field elapsed_ms)"
        out=$(STREAM_WORK_MS=2 "$STREAM_ALL")
        echo "  consumer sleeps 2ms: $out"
        slept="$slept $(echo "$out" | field elapsed_ms)"
        consumed="$consumed $(echo "$out" | field consumer_ms)"
    done
    stop_mock
    fetch=$(echo "$fetch" | median)
    slept=$(echo "$slept" | median)
    consumed=$(echo "$consumed" | median)
    sum=$(awk -v a="$fetch" -v b="$consumed" 'BEGIN { printf "%.1f", a + b }')
    echo "  fetch alone ${fetch} ms; with the consumer ${slept} ms; consumer ${consumed} ms; fetch + consume ${sum} ms"
    echo "  = $(ratio "$slept" "$sum")x the sum (1.0 would mean no overlap)"
    ROWS+=("| the 5 ms walk + a consumer sleeping 2 ms/page | ${slept} ms | fetch ${fetch} ms + consume ${consumed} ms = ${sum} ms | $(ratio "$slept" "$sum")x |")
fi

if want memory; then
    step "memory: peak RSS of examples/stream_all streaming 10,000 vs 100,000 customers"
    use_time=""
    if [ -x /usr/bin/time ]; then
        use_time=1
    else
        echo "  /usr/bin/time not found (apt-get install -y time); using the client's VmHWM only"
    fi
    declare -A rss hwm
    for n in 10000 100000; do
        start_mock "$n" 0
        r=""
        h=""
        for _ in $(seq "$RUNS"); do
            if [ -n "$use_time" ]; then
                out=$(/usr/bin/time -v "$STREAM_ALL" 2>"$WORK/time.txt")
                r="$r $(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$WORK/time.txt")"
            else
                out=$("$STREAM_ALL")
            fi
            echo "  $n: $out"
            h="$h $(echo "$out" | field vm_hwm_kb)"
        done
        stop_mock
        hwm[$n]=$(echo "$h" | median)
        rss[$n]=$(echo "${r:-$h}" | median)
    done
    echo "  peak RSS (time -v): 10,000: ${rss[10000]} kB; 100,000: ${rss[100000]} kB; ratio $(ratio "${rss[100000]}" "${rss[10000]}")"
    echo "  VmHWM (in-process): 10,000: ${hwm[10000]} kB; 100,000: ${hwm[100000]} kB; ratio $(ratio "${hwm[100000]}" "${hwm[10000]}")"
    ROWS+=("| peak RSS streaming 10,000 customers | ${rss[10000]} kB | | |")
    ROWS+=("| peak RSS streaming 100,000 customers | ${rss[100000]} kB | ${rss[10000]} kB (10,000) | $(ratio "${rss[100000]}" "${rss[10000]}")x |")
fi

# fresh_crate DIR NAME: a new binary crate in DIR with the workspace's lock
# file (the same versions; offline when the registry cache has them). The
# dependencies and main.rs follow on stdin, separated by a `---` line.
fresh_crate() {
    local dir=$1 name=$2 input
    mkdir -p "$dir/src"
    input=$(cat)
    printf '[package]\nname = "%s"\nversion = "0.1.0"\nedition = "2024"\npublish = false\n\n[dependencies]\n%s\n\n[workspace]\n' \
        "$name" "${input%%---*}" >"$dir/Cargo.toml"
    printf '%s\n' "${input#*---}" >"$dir/src/main.rs"
    cp "$ROOT/Cargo.lock" "$dir/Cargo.lock"
}

# clean_build DIR LOG: a clean dev build of DIR in its own target dir;
# prints the seconds and the number of crates compiled.
clean_build() {
    local t
    rm -rf "$1/target"
    t=$(now)
    if ! (cd "$1" && CARGO_TARGET_DIR="$1/target" cargo build --offline 2>"$2"); then
        rm -rf "$1/target"
        t=$(now)
        (cd "$1" && CARGO_TARGET_DIR="$1/target" cargo build 2>"$2")
    fi
    echo "$(since "$t") $(grep -c '^ *Compiling' "$2" || true)"
    rm -rf "$1/target"
}

if want build; then
    step "build: clean dev builds, alternating: a crate using imprint vs the bare stack (median of $RUNS rounds)"
    fresh_crate "$WORK/imprint-user" imprint-user <<EOF
imprint = { path = "$ROOT/crates/imprint" }
tokio = { version = "1", features = ["rt-multi-thread", "macros"] }
---
#[tokio::main]
async fn main() -> Result<(), imprint::Error> {
    let client = imprint::Client::builder().api_key("sk_test").build()?;
    let customer = client.customers().get("CSMR-1").await;
    println!("{}", customer.is_ok());
    Ok(())
}
EOF
    # What a hand-written client needs at least: reqwest with the same TLS
    # (rustls with ring, platform verifier), serde, serde_json, tokio.
    fresh_crate "$WORK/bare-user" bare-user <<'EOF'
reqwest = { version = "0.13.5", default-features = false, features = ["json", "query", "stream", "http2", "rustls-no-provider"] }
rustls = { version = "0.23", default-features = false, features = ["ring", "std", "tls12", "logging"] }
rustls-platform-verifier = "0.7"
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tokio = { version = "1", features = ["rt-multi-thread", "macros"] }
---
use std::sync::Arc;
use rustls_platform_verifier::BuilderVerifierExt;

#[derive(serde::Deserialize, Debug)]
struct Customer { id: String, email: Option<String> }

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_platform_verifier()?
        .with_no_client_auth();
    let client = reqwest::Client::builder().tls_backend_preconfigured(config).build()?;
    let customer = async {
        client.get("https://dev.sbx.imprint.co/v2/customers/CSMR-1").bearer_auth("sk_test")
            .send().await?.json::<Customer>().await
    }.await;
    println!("{:?}", customer.map(|c| (c.id, c.email)).is_ok());
    Ok(())
}
EOF
    ours=""
    bare=""
    for round in $(seq "$RUNS"); do
        read -r s_bare n_bare <<<"$(clean_build "$WORK/bare-user" "$WORK/bare.log")"
        read -r s_ours n_ours <<<"$(clean_build "$WORK/imprint-user" "$WORK/ours.log")"
        echo "  round $round: bare stack ${s_bare} s ($n_bare crates), imprint ${s_ours} s ($n_ours crates)"
        bare="$bare $s_bare"
        ours="$ours $s_ours"
    done
    bare=$(echo "$bare" | median)
    ours=$(echo "$ours" | median)
    echo "  imprint ${ours} s vs bare stack ${bare} s: $(ratio "$ours" "$bare")x"
    ROWS+=("| clean dev build of a new crate using imprint ($n_ours crates) | ${ours} s | bare reqwest/rustls/serde/tokio stack ($n_bare crates): ${bare} s | $(ratio "$ours" "$bare")x |")

    step "build: the workspace: no-op rebuild, and the rebuild after touching openapi.overlay.yaml"
    cargo build --workspace 2>"$WORK/ws1.log"
    t=$(now)
    cargo build --workspace 2>"$WORK/ws2.log"
    noop_s=$(since "$t")
    touch openapi.overlay.yaml
    t=$(now)
    cargo build --workspace 2>"$WORK/ws3.log"
    regen_s=$(since "$t")
    recompiled=$(grep '^ *Compiling' "$WORK/ws3.log" | awk '{ printf "%s%s", sep, $2; sep = ", " }')
    echo "  no-op: ${noop_s} s; after touching the overlay: ${regen_s} s (recompiled: $recompiled)"
    raw_lines=$(wc -l <src/generated/imprint_raw.rs)
    stub_lines=$(wc -l <crates/imprint-httpmock/src/generated.rs)
    ops=$(grep -c 'pub const [A-Z_0-9]*: OperationDescriptor' src/generated/imprint_raw.rs || true)
    echo "  generated: imprint_raw.rs ${raw_lines} lines ($ops operations), httpmock stubs ${stub_lines} lines"
    ROWS+=("| no-op \`cargo build --workspace\` | ${noop_s} s | | |")
    ROWS+=("| rebuild after touching openapi.overlay.yaml (regenerate, recompile dependents) | ${regen_s} s | | |")
    ROWS+=("| generated code for $ops operations | ${raw_lines} + ${stub_lines} (httpmock) lines | | |")
fi

step "for the README ($(nproc) CPUs, shared: figures are noisy)"
echo
echo "| measurement | value | baseline | ratio |"
echo "| --- | --- | --- | --- |"
for r in "${ROWS[@]}"; do echo "$r"; done
