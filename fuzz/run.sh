#!/usr/bin/env bash
# Runs every fuzz target for a fixed budget, then files each crash as a regression case that
# `cargo test --test fuzz_regressions` replays from then on.
#   fuzz/run.sh [SECONDS_PER_TARGET]      (default 300)
#   fuzz/run.sh --runs N                  (N executions per target, e.g. 10000000)
# Needs nightly and `cargo install cargo-fuzz`. Targets are built optimized with debug assertions
# and overflow checks on (an overflow is a crash), without a sanitizer by default: several times
# faster, and the one unsafe block (`bytes::Lower::as_str`) only views bytes it checked are ASCII.
# SANITIZER=address puts AddressSanitizer back.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--runs" ]; then
  budget=(-runs="${2:?--runs needs a count}")
else
  budget=(-max_total_time="${1:-300}")
fi
for target in extract decode project; do
  mkdir -p "fuzz/corpus/$target" "fuzz/regressions/$target"
  echo "== $target: ${budget[*]}"
  cargo +nightly fuzz run "$target" --release --debug-assertions --sanitizer "${SANITIZER:-none}" -- \
    "${budget[@]}" -print_final_stats=1 -rss_limit_mb=2048 -timeout=10 2>&1 \
    | grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|SUMMARY|ERROR" || true
  for crash in fuzz/artifacts/"$target"/crash-* fuzz/artifacts/"$target"/oom-* fuzz/artifacts/"$target"/timeout-*; do
    [ -e "$crash" ] || continue
    cp "$crash" "fuzz/regressions/$target/"
    echo "   filed $(basename "$crash") as a regression case"
  done
done
