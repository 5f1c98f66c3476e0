#!/usr/bin/env bash
# Whole-process benchmarks, one command:
#
#   scripts/bench.sh                 # all three sections
#   scripts/bench.sh memory build    # some of: pagination memory build
#
#   pagination  streaming 20,000 customers (pages of 100) from `imprint mock`
#               running as its own process with 2 ms latency, without and
#               with a consumer that sleeps 2 ms per page (examples/stream_all.rs)
#   memory      peak RSS of the client streaming 10,000 and 100,000 customers
#               (the mock is a separate process, so its memory is not counted)
#   build       a clean build of a fresh crate depending on `imprint` by path
#               (its own CARGO_TARGET_DIR in a temp dir), and a no-op rebuild
#               of the workspace (`cargo build --workspace` twice; the second
#               is timed)
#
# In-process micro-benchmarks (per-call overhead, decoding, pagination
# against baselines) are `cargo bench -p imprint`.
#
# Needs bash, awk and a Rust toolchain; uses /usr/bin/time -v for peak RSS
# when present (Debian/Ubuntu: apt-get install -y time), else the client's
# own VmHWM. Timings on a shared machine are noisy: each figure is a median.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export CARGO_TERM_COLOR=never
TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
RUNS=${BENCH_RUNS:-3}
SECTIONS=${*:-pagination memory build}
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

if want pagination || want memory; then
    build_release
fi

if want pagination; then
    step "pagination: 20,000 customers, pages of 100, mock latency 2 ms (median of $RUNS runs)"
    lower=400 # 200 pages x 2 ms
    start_mock 20000 0
    zero=""
    for _ in $(seq "$RUNS"); do
        out=$("$STREAM_ALL")
        echo "  latency 0:           $out"
        zero="$zero $(echo "$out" | field elapsed_ms)"
    done
    stop_mock
    start_mock 20000 2
    fetch=""
    slept=""
    consumed=""
    for _ in $(seq "$RUNS"); do
        out=$("$STREAM_ALL")
        echo "  no consumer work:    $out"
        fetch="$fetch $(echo "$out" | field elapsed_ms)"
        out=$(STREAM_WORK_MS=2 "$STREAM_ALL")
        echo "  consumer sleeps 2ms: $out"
        slept="$slept $(echo "$out" | field elapsed_ms)"
        consumed="$consumed $(echo "$out" | field consumer_ms)"
    done
    stop_mock
    zero=$(echo "$zero" | median)
    fetch=$(echo "$fetch" | median)
    slept=$(echo "$slept" | median)
    consumed=$(echo "$consumed" | median)
    sum=$(awk -v a="$fetch" -v b="$consumed" 'BEGIN { printf "%.1f", a + b }')
    max=$(awk -v a="$fetch" -v b="$consumed" 'BEGIN { printf "%.1f", (a > b ? a : b) }')
    echo "  zero latency ${zero} ms; fetch ${fetch} ms = $(ratio "$fetch" $lower)x the ${lower} ms bound"
    echo "  with a 2 ms/page consumer: ${slept} ms; consumer ${consumed} ms; sum ${sum} ms; max ${max} ms"
    echo "  = $(ratio "$slept" $lower)x the bound, $(ratio "$slept" "$sum")x the sum, $(ratio "$slept" "$max")x the max"
    ROWS+=("| stream 20,000 from an \`imprint mock\` process, 2 ms latency | ${fetch} ms | ${lower} ms (200 x 2 ms) | $(ratio "$fetch" $lower)x |")
    ROWS+=("| the same, mock latency 0 (client + mock cost) | ${zero} ms | | |")
    ROWS+=("| the same + consumer sleeping 2 ms/page | ${slept} ms | ${sum} ms fetch + consume | $(ratio "$slept" "$sum")x of sum, $(ratio "$slept" "$max")x of max |")
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

if want build; then
    step "build: a fresh crate depending on imprint by path, clean, own target dir"
    fresh=$WORK/fresh
    mkdir -p "$fresh/src"
    cat >"$fresh/Cargo.toml" <<EOF
[package]
name = "imprint-fresh-user"
version = "0.1.0"
edition = "2024"
publish = false

[dependencies]
imprint = { path = "$ROOT/crates/imprint" }
tokio = { version = "1", features = ["rt-multi-thread", "macros"] }

[workspace]
EOF
    cat >"$fresh/src/main.rs" <<'EOF'
#[tokio::main]
async fn main() -> Result<(), imprint::Error> {
    let client = imprint::Client::builder().api_key("sk_test").build()?;
    println!("{client:?}");
    Ok(())
}
EOF
    # The workspace's lock file, so the fresh crate builds the same versions
    # (and works offline when the registry cache has them).
    cp "$ROOT/Cargo.lock" "$fresh/Cargo.lock"
    t=$(now)
    if ! (cd "$fresh" && CARGO_TARGET_DIR="$fresh/target" cargo build --offline 2>"$WORK/fresh.log"); then
        echo "  offline build failed; retrying online"
        rm -rf "$fresh/target"
        t=$(now)
        (cd "$fresh" && CARGO_TARGET_DIR="$fresh/target" cargo build 2>"$WORK/fresh.log")
    fi
    fresh_s=$(since "$t")
    crates=$(grep -c '^ *Compiling' "$WORK/fresh.log" || true)
    tail -1 "$WORK/fresh.log"
    echo "  clean build of a fresh crate (dev profile, $crates crates compiled): ${fresh_s} s"
    rm -rf "$fresh/target"

    step "build: cargo build --workspace, twice (the second is timed)"
    t=$(now)
    cargo build --workspace 2>"$WORK/ws1.log"
    first_s=$(since "$t")
    t=$(now)
    cargo build --workspace 2>"$WORK/ws2.log"
    noop_s=$(since "$t")
    recompiled=$(grep -c '^ *Compiling' "$WORK/ws2.log" || true)
    tail -1 "$WORK/ws2.log"
    echo "  first: ${first_s} s; second (no-op): ${noop_s} s ($recompiled crates recompiled)"
    ROWS+=("| clean build of a fresh crate using imprint (dev, $crates crates) | ${fresh_s} s | | |")
    ROWS+=("| no-op \`cargo build --workspace\` | ${noop_s} s | | |")
fi

step "for the README ($(nproc) CPUs, shared: figures are noisy)"
echo
echo "| measurement | value | baseline | ratio |"
echo "| --- | --- | --- | --- |"
for r in "${ROWS[@]}"; do echo "$r"; done
