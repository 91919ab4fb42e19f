#!/usr/bin/env bash
# Runs every fuzz target for a fixed budget, then files each crash as a regression case that
# `cargo test --test fuzz_regressions` replays from then on.
#   fuzz/run.sh [SECONDS_PER_TARGET]   (default 300; needs nightly and `cargo install cargo-fuzz`)
set -euo pipefail
cd "$(dirname "$0")/.."
budget="${1:-300}"
for target in extract decode project; do
  mkdir -p "fuzz/corpus/$target" "fuzz/regressions/$target"
  echo "== $target: ${budget}s"
  cargo +nightly fuzz run "$target" -- -max_total_time="$budget" -print_final_stats=1 2>&1 \
    | grep -E "stat::number_of_executed_units|SUMMARY|ERROR" || true
  for crash in fuzz/artifacts/"$target"/crash-* fuzz/artifacts/"$target"/oom-* fuzz/artifacts/"$target"/timeout-*; do
    [ -e "$crash" ] || continue
    cp "$crash" "fuzz/regressions/$target/"
    echo "   filed $(basename "$crash") as a regression case"
  done
done
