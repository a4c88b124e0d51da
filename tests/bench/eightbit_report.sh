#!/bin/sh
# eightbit_report.sh BUILDDIR MODELS - the eight-bit report of `make bench`:
# MobileNet v1 0.25 (real weights) after each eight-bit recipe against the
# folded float graph: file size, share of constant bytes left in float16,
# top-1 agreement with float on the report half of the evaluation set, and
# latency with 1 and 2 threads.  Printed, never asserted.
#
# The evaluation set (tests/bench/make_samples): the bundled photo
# grace_hopper_224_input.npy, the photos in MODELS/images when a Python with
# numpy and Pillow is there to decode them ($TFGT_PEER_PYTHON, default
# /tmp/peer/bin/python, else python3), crops/flips/jitter of each and seeded
# random images; calibration uses the calib half, agreement the report
# half.  Latencies: every graph is timed in turn, TFGT_BENCH_ROUNDS times
# (default 3) of TFGT_BENCH_RUNS runs (default 30), and the minimum kept, so
# that a burst of other work on the shared cores hits all graphs alike.
# Environment also: TFGT_BENCH_SAMPLES (total samples, default 60),
# TFGT_BENCH_SEED.
set -eu
build=$1
models=$2
here=$(cd "$(dirname "$0")" && pwd)
dir="$models/mobilenet_v1_0.25_224"
out_name=MobilenetV1/Predictions/Reshape_1
total=${TFGT_BENCH_SAMPLES:-60}
runs=${TFGT_BENCH_RUNS:-30}
rounds=${TFGT_BENCH_ROUNDS:-3}
seed=${TFGT_BENCH_SEED:-1}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tfgt-eightbit.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# ---- evaluation set ----
sources="$dir/grace_hopper_224_input.npy"
py=${TFGT_PEER_PYTHON:-/tmp/peer/bin/python}
[ -x "$py" ] || py=python3
images=$(ls "$models"/images/*.png "$models"/images/*.jpg "$models"/images/*.jpeg 2>/dev/null || true)
if [ -n "$images" ] && "$py" -c 'import numpy, PIL' >/dev/null 2>&1; then
    # shellcheck disable=SC2086
    "$py" "$here/../peer/decode_images.py" "$tmp/images" $images >/dev/null
    sources="$sources $(ls "$tmp"/images/*.npy | tr '\n' ' ')"
else
    echo "(photos in $models/images not decoded: no Python with numpy and Pillow; using the stored photo only)"
fi
# shellcheck disable=SC2086
"$build/tests/bench/make_samples" --total="$total" --seed="$seed" "$tmp/samples" $sources
calib="$tmp/samples/calib"
report="$tmp/samples/report"
first=$(ls "$report"/*.npy | head -1)
n_report=$(ls "$report"/*.npy | wc -l | tr -d ' ')

# ---- helpers ----
size() { wc -c <"$1" | tr -d ' '; }
# latency GRAPH THREADS: minimum ms over $runs runs
latency() {
    "$build/run_graph" --graph="$1" --input=input="$first" --output=$out_name \
        --threads="$2" --benchmark="$runs" 2>&1 | sed -n 's/^latency over.* min \([0-9.]*\) ms.*/\1/p'
}
# agreement GRAPH: top-1 agreements with float over the report half
agreement() {
    "$build/run_graph" --graph="$1" --samples=input="$report" --compare="$tmp/float.pb" \
        --output=$out_name --layers=0 2>&1 | sed -n 's/.*top-1 agreement \([0-9]*\)\/.*/\1/p' | head -1
}
# shares GRAPH: "F16 F32": the share of the weights (elements of float16 and
# eight-bit constants) kept in float16, and of constant bytes left float32
shares() {
    "$build/tests/bench/graph_stats" "$1" | awk '{
        w = $12 + $14
        if (w > 0) printf "%.1f%% ", 100 * $12 / w; else printf "- "
        if ($2 > 0) printf "%.1f%%\n", 100 * $8 / $2; else print "-" }'
}
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "?"; else printf "%.2f", a / b }'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == 0) print "?"; else printf "%.0f%%", 100 * a / b }'; }
# smaller A B: the smaller number, either may be empty
smaller() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "") print b; else if (b == "" || a + 0 <= b + 0) print a; else print b }'; }

# verdict AGREE SIZE_RATIO F16 SPEED1 SPEED2 GOALS: "met" or "MISSED ..." for
# GOALS, words like top1>=90 f16<=10 size<=0.30 speed>=2 (speed: both threads).
verdict() {
    awk -v a="$1" -v n="$n_report" -v sz="$2" -v f="$3" -v s1="$4" -v s2="$5" -v goals="$6" 'BEGIN {
        k = split(goals, g, " "); miss = ""
        for (i = 1; i <= k; i++) {
            split(g[i], kv, /[<>]=/); want = kv[2] + 0
            if (kv[1] == "top1") ok = a != "" && 100 * a / n >= want
            else if (kv[1] == "f16") { sub(/%/, "", f); ok = f != "" && f + 0 <= want }
            else if (kv[1] == "size") ok = sz != "?" && sz + 0 <= want
            else if (kv[1] == "speed") ok = s1 != "?" && s2 != "?" && s1 + 0 >= want && s2 + 0 >= want
            if (!ok) miss = miss (miss == "" ? "" : ",") kv[1]
        }
        if (k == 0) print ""; else if (miss == "") print "met"; else print "MISSED " miss
    }'
}

fold="strip_unused_nodes fold_constants(ignore_errors=true) fold_batch_norms fold_old_batch_norms"
"$build/transform_graph" --quiet --in_graph="$dir/frozen_graph.pb" --out_graph="$tmp/float.pb" \
    --inputs=input --outputs=$out_name --transforms="$fold"
float_bytes=$(size "$tmp/float.pb")

# Build every variant and measure what does not depend on time; each row
# is a folder $tmp/rows/N holding label, goals, graph.pb and stats (or
# error when transform_graph failed).
mkdir -p "$tmp/rows"
n_rows=0
# variant SECTION LABEL CALIBRATE(yes/no) GOALS TRANSFORMS
variant() {
    n_rows=$((n_rows + 1))
    r="$tmp/rows/$n_rows"
    mkdir -p "$r"
    printf '%s\n' "$1" >"$r/section"
    printf '%s\n' "$2" >"$r/label"
    printf '%s\n' "$4" >"$r/goals"
    cal=$3
    set -- --quiet --in_graph="$tmp/float.pb" --out_graph="$r/graph.pb" --inputs=input \
        --outputs=$out_name --transforms="$5"
    [ "$cal" = yes ] && set -- "$@" --calibration_data=input="$calib"
    if ! "$build/transform_graph" "$@" >"$r/err" 2>&1; then
        grep -v '^$' "$r/err" | head -1 | cut -c1-100 >"$r/error"
        return 0
    fi
    echo "$(div "$(size "$r/graph.pb")" "$float_bytes") $(shares "$r/graph.pb") $(agreement "$r/graph.pb")" >"$r/stats"
}
tail="strip_unused_nodes sort_by_execution_order"
w="-- weights only (goal, accuracy-aware row: top-1 >= 90%, f16 <= 10%, size <= 0.30x)"
f="-- full eight-bit (goal, accuracy-aware row: top-1 >= 80%, size <= 0.30x, speed >= 2x)"
variant "$w" "quantize_weights (TensorFlow, per-tensor)" no "" "quantize_weights"
variant "$w" "quantize_weights(per_channel=true) (min/max)" no "" "quantize_weights(per_channel=true)"
variant "$w" "quantize_weights(per_channel, accuracy_target=0.9)" yes "top1>=90 f16<=10 size<=0.30" \
    "quantize_weights(per_channel=true, accuracy_target=0.9)"
variant "$f" "quantize_weights quantize_nodes (TensorFlow)" no "" "quantize_weights quantize_nodes $tail"
variant "$f" "  same, ranges calibrated" yes "" "quantize_weights quantize_nodes $tail"
variant "$f" "quantize_nodes(per_channel=true) calibrated" yes "" "quantize_nodes(per_channel=true) $tail"
variant "$f" "quantize_nodes(per_channel, fuse) calibrated" yes "" \
    "quantize_nodes(per_channel=true, fuse=true) $tail"
variant "$f" "quantize_weights(pc) + quantize_nodes(pc, fuse)" yes "" \
    "quantize_weights(per_channel=true, clip=mse) quantize_nodes(per_channel=true, fuse=true) $tail"
variant "$f" "quantize_nodes(per_channel, fuse, accuracy_target=0.8)" yes "top1>=80 size<=0.30 speed>=2" \
    "quantize_nodes(per_channel=true, fuse=true, accuracy_target=0.8) $tail"
variant "$f" "  same, after quantize_weights(pc)" yes "top1>=80 size<=0.30 speed>=2" \
    "quantize_weights(per_channel=true, clip=mse) quantize_nodes(per_channel=true, fuse=true, accuracy_target=0.8) $tail"

# Time float and every variant in turn, $rounds times; keep each minimum.
round=1
while [ $round -le "$rounds" ]; do
    for th in 1 2; do
        float_min=$(smaller "$(cat "$tmp/float.$th" 2>/dev/null || true)" "$(latency "$tmp/float.pb" $th)")
        echo "$float_min" >"$tmp/float.$th"
        i=1
        while [ $i -le $n_rows ]; do
            r="$tmp/rows/$i"
            if [ -f "$r/stats" ]; then
                m=$(smaller "$(cat "$r/ms.$th" 2>/dev/null || true)" "$(latency "$r/graph.pb" $th)")
                echo "$m" >"$r/ms.$th"
            fi
            i=$((i + 1))
        done
    done
    round=$((round + 1))
done
float_1=$(cat "$tmp/float.1")
float_2=$(cat "$tmp/float.2")

echo
echo "MobileNet v1 0.25 (real weights), reference: folded float graph ($float_bytes bytes)."
echo "size: file against float; f16: share of the weights (float16 + eight-bit constants' elements)"
echo "kept in float16; f32: share of constant bytes left float32 (biases, ranges, unquantized);"
echo "top-1: agreement with float on the $n_report report samples (calibration on the others);"
echo "ms: minimum latency, 1 and 2 threads ($rounds rounds of $runs runs, graphs in turn);"
echo "x1T, x2T: float time / this time."
printf '%-56s %6s %6s %6s %11s %8s %8s %6s %6s  %s\n' variant size f16 f32 top-1 "1T ms" "2T ms" \
    "x1T" "x2T" "goals"
printf '%-56s %6s %6s %6s %11s %8s %8s %6s %6s\n' "float (folded)" "1.00x" "-" "100%" "-" \
    "$float_1" "$float_2" "1.00" "1.00"
section=
i=1
while [ $i -le $n_rows ]; do
    r="$tmp/rows/$i"
    s=$(cat "$r/section")
    [ "$s" = "$section" ] || echo "$s"
    section=$s
    label=$(cat "$r/label")
    if [ -f "$r/error" ]; then
        printf '%-56s n/a (%s)\n' "$label" "$(cat "$r/error")"
    else
        read -r ratio f16 f32 agree <"$r/stats" || true
        t1=$(cat "$r/ms.1")
        t2=$(cat "$r/ms.2")
        x1=$(div "$float_1" "$t1")
        x2=$(div "$float_2" "$t2")
        printf '%-56s %5sx %6s %6s %11s %8s %8s %6s %6s  %s\n' "$label" "$ratio" "$f16" "$f32" \
            "$(pct "$agree" "$n_report") ${agree:-?}/$n_report" "${t1:-?}" "${t2:-?}" "$x1" "$x2" \
            "$(verdict "$agree" "$ratio" "$f16" "$x1" "$x2" "$(cat "$r/goals")")"
    fi
    i=$((i + 1))
done
