#!/bin/sh
# mobilenet_speed.sh BUILDDIR MODELS - float against full eight-bit MobileNet
# v1 speed in `make bench`: width 0.25 (real weights, from MODELS) and width
# 1.0 (random weights, made here with TensorFlow by
# tests/peer/make_mobilenet_v1.py into a temporary folder), 1 and 2
# threads, and the same folded float graphs in TensorFlow and ONNX Runtime
# (fp32, and its static per-channel int8) through $TFGT_SHARED_BENCH/peers.py
# when they are installed.  Printed, never asserted.
#
# Eight-bit: quantize_nodes(per_channel=true, fuse=true) with ranges calibrated on the
# calib half of make_samples' set.  Latencies are minimums over
# TFGT_BENCH_ROUNDS rounds (default 3) of TFGT_BENCH_RUNS runs (default 30;
# peers: min over 100): the machine is shared, so numbers are noisy.  Python: $TFGT_PEER_PYTHON (default
# /tmp/peer/bin/python).
set -eu
build=$1
models=$2
here=$(cd "$(dirname "$0")" && pwd)
runs=${TFGT_BENCH_RUNS:-30}
rounds=${TFGT_BENCH_ROUNDS:-3}
peers=${TFGT_SHARED_BENCH:-$(cd "$here/../../.." && pwd)/shared/bench}/peers.py
py=${TFGT_PEER_PYTHON:-/tmp/peer/bin/python}
[ -x "$py" ] || py=python3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tfgt-speed.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

have_tf=no
if "$py" -c 'import tensorflow' >/dev/null 2>&1; then have_tf=yes; fi
have_peers=no
if [ "$have_tf" = yes ] && [ -f "$peers" ]; then have_peers=yes; fi

# Calibration samples: the stored photo, decoded photos when possible, crops
# and flips of them and random images (the calib half only is used here).
sources="$models/mobilenet_v1_0.25_224/grace_hopper_224_input.npy"
images=$(ls "$models"/images/*.png "$models"/images/*.jpg 2>/dev/null || true)
if [ -n "$images" ] && "$py" -c 'import numpy, PIL' >/dev/null 2>&1; then
    # shellcheck disable=SC2086
    "$py" "$here/../peer/decode_images.py" "$tmp/images" $images >/dev/null
    sources="$sources $(ls "$tmp"/images/*.npy | tr '\n' ' ')"
fi
# shellcheck disable=SC2086
"$build/tests/bench/make_samples" --total="${TFGT_BENCH_SAMPLES:-60}" \
    --seed="${TFGT_BENCH_SEED:-1}" "$tmp/samples" $sources >/dev/null
calib="$tmp/samples/calib"
first=$(ls "$tmp"/samples/report/*.npy | head -1)
if [ "$have_peers" = yes ]; then
    "$py" -c 'import glob, sys, numpy as np
np.save(sys.argv[2], np.stack([np.load(f) for f in sorted(glob.glob(sys.argv[1] + "/*.npy"))]))' \
        "$calib" "$tmp/calib_stack.npy"
fi

# latency GRAPH OUTPUT THREADS: "min median" in ms
latency() {
    "$build/run_graph" --graph="$1" --input=input="$first" --output="$2" --threads="$3" \
        --benchmark="$runs" 2>&1 |
        sed -n 's/^latency over.* min \([0-9.]*\) ms, median \([0-9.]*\) ms.*/\1 \2/p'
}
# best "MIN MEDIAN" "MIN MEDIAN": the smaller of each (either may be empty)
best() {
    echo "$1 | $2" | awk -F'|' '{ n = split($1, a, " "); m = split($2, b, " ")
        if (n < 2) { print b[1], b[2]; exit } if (m < 2) { print a[1], a[2]; exit }
        print (a[1] + 0 <= b[1] + 0 ? a[1] : b[1]), (a[2] + 0 <= b[2] + 0 ? a[2] : b[2]) }'
}
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "?"; else printf "%.2f", a / b }'; }
# peer NAME THREADS: min ms from the peers' output
peer() { sed -n "s/^$1 threads=$2: median [0-9.]* ms, min \([0-9.]*\) ms.*/\1/p" "$tmp/peers.txt"; }

# model LABEL GRAPH OUTPUT FOLD
model() {
    label=$1
    graph=$2
    out=$3
    fold=$4
    echo
    echo "MobileNet v1 $label"
    "$build/transform_graph" --quiet --in_graph="$graph" --out_graph="$tmp/float.pb" --inputs=input \
        --outputs="$out" --transforms="$fold"
    if ! "$build/transform_graph" --quiet --in_graph="$tmp/float.pb" --out_graph="$tmp/q.pb" \
        --inputs=input --outputs="$out" --calibration_data=input="$calib" \
        --transforms="quantize_nodes(per_channel=true, fuse=true) strip_unused_nodes sort_by_execution_order" \
        >"$tmp/err" 2>&1; then
        echo "eight-bit: n/a ($(head -1 "$tmp/err"))"
        return 0
    fi
    : >"$tmp/peers.txt"
    if [ "$have_peers" = yes ]; then
        "$py" "$peers" "$tmp/float.pb" --input=input --output="$out" --threads=1,2 \
            --int8-calib="$tmp/calib_stack.npy" 2>/dev/null >"$tmp/peers.txt" || true
        grep 'skipped' "$tmp/peers.txt" || true
    fi
    printf '%-8s %17s %17s %9s' threads "ours fp32 ms" "ours int8 ms" "fp32/int8"
    [ "$have_peers" = yes ] && printf ' %8s %8s %8s %8s %8s %8s' "TF fp32" "ORT fp32" "ORT int8" \
        "fp32/TF" "fp32/ORT" "int8/ORT"
    printf '\n'
    # Float and eight-bit in turn, $rounds times: a burst of other work
    # on the shared cores then slows both alike.
    round=1
    while [ $round -le "$rounds" ]; do
        for th in 1 2; do
            for g in float q; do
                best "$(cat "$tmp/$g.$th" 2>/dev/null || true)" "$(latency "$tmp/$g.pb" "$out" $th)" \
                    >"$tmp/$g.$th.new"
                mv "$tmp/$g.$th.new" "$tmp/$g.$th"
            done
        done
        round=$((round + 1))
    done
    goal_speed=met
    goal_ort=met
    for th in 1 2; do
        f=$(cat "$tmp/float.$th")
        q=$(cat "$tmp/q.$th")
        fmin=${f%% *}
        qmin=${q%% *}
        printf '%-8s %17s %17s %8sx' "$th" "$fmin (${f#* })" "$qmin (${q#* })" "$(div "$fmin" "$qmin")"
        if [ "$have_peers" = yes ]; then
            tf=$(peer tensorflow-fp32 $th)
            of=$(peer onnxruntime-fp32 $th)
            oq=$(peer onnxruntime-int8 $th)
            printf ' %8s %8s %8s %8s %8s %8s' "${tf:-?}" "${of:-?}" "${oq:-?}" "$(div "$fmin" "$tf")" \
                "$(div "$fmin" "$of")" "$(div "$qmin" "$oq")"
            awk -v r="$(div "$qmin" "$oq")" 'BEGIN { exit !(r != "?" && r + 0 < 1) }' || goal_ort=MISSED
        fi
        printf '\n'
        awk -v r="$(div "$fmin" "$qmin")" 'BEGIN { exit !(r != "?" && r + 0 >= 2) }' || goal_speed=MISSED
    done
    rm -f "$tmp"/float.? "$tmp"/q.?
    printf 'goal int8 >= 2x float on 1 and 2 threads: %s' "$goal_speed"
    [ "$have_peers" = yes ] && printf '; goal int8 faster than ONNX Runtime int8: %s' "$goal_ort"
    printf '\n'
}

echo "ms: minimum (lowest median) over $rounds rounds of $runs runs, float and int8 in turn;"
echo "peers (TensorFlow, ONNX Runtime): minimum over 100 runs."
echo "fp32/int8: our float time / our eight-bit time (goal >= 2x on 1 and 2 threads);"
echo "fp32/TF, fp32/ORT, int8/ORT: our time / theirs (below 1: ours faster; goal int8/ORT < 1)."
if [ "$have_tf" = no ]; then
    echo "(TensorFlow / ONNX Runtime peers not run: $py cannot import tensorflow; set TFGT_PEER_PYTHON)"
elif [ "$have_peers" = no ]; then
    echo "(TensorFlow / ONNX Runtime peers not run: no $peers; set TFGT_SHARED_BENCH)"
fi
fold="strip_unused_nodes fold_constants(ignore_errors=true) fold_batch_norms fold_old_batch_norms"
model "0.25 (224, real weights)" "$models/mobilenet_v1_0.25_224/frozen_graph.pb" \
    MobilenetV1/Predictions/Reshape_1 "$fold"
if [ "$have_tf" = yes ]; then
    if "$py" "$here/../peer/make_mobilenet_v1.py" "$tmp/mobilenet_v1_1.0.pb" --alpha=1.0 \
        >"$tmp/make.txt" 2>"$tmp/make.err"; then
        out=$(sed -n 's/^input=.* output=//p' "$tmp/make.txt")
        # Keras' frozen graphs read every weight through an Identity with a
        # control edge; drop both so the batch norms fold.
        model "1.0 (224, random weights, keras.applications.MobileNet)" "$tmp/mobilenet_v1_1.0.pb" \
            "$out" "remove_control_dependencies strip_unused_nodes remove_nodes(op=Identity, op=CheckNumerics) $fold"
    else
        echo
        echo "MobileNet v1 1.0: SKIP (make_mobilenet_v1.py failed: $(tail -1 "$tmp/make.err"))"
    fi
else
    echo
    echo "MobileNet v1 1.0: SKIP (no TensorFlow: $py cannot import tensorflow; set TFGT_PEER_PYTHON)"
fi
