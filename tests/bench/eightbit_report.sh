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
# half.  Environment: TFGT_BENCH_SAMPLES (total samples, default 60),
# TFGT_BENCH_RUNS (timed runs per latency, default 30), TFGT_BENCH_SEED.
set -eu
build=$1
models=$2
here=$(cd "$(dirname "$0")" && pwd)
dir="$models/mobilenet_v1_0.25_224"
out_name=MobilenetV1/Predictions/Reshape_1
total=${TFGT_BENCH_SAMPLES:-60}
runs=${TFGT_BENCH_RUNS:-30}
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
# latency GRAPH THREADS: minimum ms over $runs runs (min: the machine is shared)
latency() {
    "$build/run_graph" --graph="$1" --input=input="$first" --output=$out_name \
        --threads="$2" --benchmark="$runs" 2>&1 | sed -n 's/^latency over.* min \([0-9.]*\) ms.*/\1/p'
}
# agreement GRAPH: top-1 agreements with float over the report half
agreement() {
    "$build/run_graph" --graph="$1" --samples=input="$report" --compare="$tmp/float.pb" \
        --output=$out_name --layers=0 2>&1 | sed -n 's/.*top-1 agreement \([0-9]*\)\/.*/\1/p' | head -1
}
# shares GRAPH: "F16 F32", the percentages of constant bytes stored as float16 and float32
shares() {
    "$build/tests/bench/graph_stats" "$1" |
        awk '{ if ($2 > 0) printf "%.1f%% %.1f%%\n", 100 * $4 / $2, 100 * $8 / $2; else print "- -" }'
}
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "?"; else printf "%.2f", a / b }'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == 0) print "?"; else printf "%.0f%%", 100 * a / b }'; }

fold="strip_unused_nodes fold_constants(ignore_errors=true) fold_batch_norms fold_old_batch_norms"
"$build/transform_graph" --quiet --in_graph="$dir/frozen_graph.pb" --out_graph="$tmp/float.pb" \
    --inputs=input --outputs=$out_name --transforms="$fold"
float_bytes=$(size "$tmp/float.pb")
float_1=$(latency "$tmp/float.pb" 1)
float_2=$(latency "$tmp/float.pb" 2)

echo
echo "MobileNet v1 0.25 (real weights), reference: folded float graph ($float_bytes bytes)."
echo "size: file against float; f16, f32: share of constant bytes stored as float16, float32;"
echo "top-1: agreement with float on the $n_report report samples (calibration on the others);"
echo "ms: minimum latency over $runs runs, 1 and 2 threads; speed: float time / this time."
printf '%-52s %6s %6s %6s %11s %8s %8s %6s %6s  %s\n' variant size f16 f32 top-1 "1T ms" "2T ms" \
    "x1T" "x2T" "goals"
printf '%-52s %6s %6s %6s %11s %8s %8s %6s %6s\n' "float (folded)" "1.00x" "-" "100%" "-" \
    "$float_1" "$float_2" "1.00" "1.00"

# verdict AGREE SIZE_RATIO F16 SPEED1 SPEED2 GOALS: "met" or "MISSED: ..." for
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

# row LABEL CALIBRATE(yes/no) GOALS TRANSFORMS
row() {
    label=$1
    use_cal=$2
    goals=$3
    t=$4
    g="$tmp/v.pb"
    rm -f "$g"
    set -- --quiet --in_graph="$tmp/float.pb" --out_graph="$g" --inputs=input --outputs=$out_name \
        --transforms="$t"
    [ "$use_cal" = yes ] && set -- "$@" --calibration_data=input="$calib"
    if ! "$build/transform_graph" "$@" >"$tmp/err" 2>&1; then
        printf '%-52s n/a (%s)\n' "$label" "$(grep -v '^$' "$tmp/err" | head -1 | cut -c1-100)"
        return 0
    fi
    bytes=$(size "$g")
    ratio=$(div "$bytes" "$float_bytes")
    agree=$(agreement "$g")
    t1=$(latency "$g" 1)
    t2=$(latency "$g" 2)
    sh=$(shares "$g")
    f16=${sh% *}
    x1=$(div "$float_1" "$t1")
    x2=$(div "$float_2" "$t2")
    printf '%-52s %5sx %6s %6s %11s %8s %8s %6s %6s  %s\n' "$label" "$ratio" "$f16" "${sh#* }" \
        "$(pct "$agree" "$n_report") ${agree:-?}/$n_report" "${t1:-?}" "${t2:-?}" "$x1" "$x2" \
        "$(verdict "$agree" "$ratio" "$f16" "$x1" "$x2" "$goals")"
}

echo "-- weights only (goal, accuracy-aware row: top-1 >= 90%, f16 <= 10%, size <= 0.30x)"
row "quantize_weights (TensorFlow, per-tensor)" no "" "quantize_weights"
row "quantize_weights(per_channel=true) (min/max)" no "" "quantize_weights(per_channel=true)"
row "quantize_weights(per_channel, accuracy_target=0.9)" yes "top1>=90 f16<=10 size<=0.30" \
    "quantize_weights(per_channel=true, accuracy_target=0.9)"
echo "-- full eight-bit (goal, accuracy-aware row: top-1 >= 80%, size <= 0.30x, speed >= 2x)"
tail="strip_unused_nodes sort_by_execution_order"
row "quantize_weights quantize_nodes (TensorFlow)" no "" "quantize_weights quantize_nodes $tail"
row "  same, ranges calibrated" yes "" "quantize_weights quantize_nodes $tail"
row "quantize_nodes(per_channel=true) calibrated" yes "" "quantize_nodes(per_channel=true) $tail"
row "quantize_nodes(per_channel, accuracy_target=0.8)" yes "top1>=80 size<=0.30 speed>=2" \
    "quantize_nodes(per_channel=true, accuracy_target=0.8) $tail"
