#!/bin/sh
# weights_report.sh BUILDDIR MODELS - size and accuracy of MobileNet v1 0.25
# after each weight transform: file size against the folded float graph,
# gzip'ed size, and top-1 agreement with float on the stored photo and on
# seeded random inputs.  Printed by `make bench`; never asserted.
set -eu
build=$1
models=$2
dir="$models/mobilenet_v1_0.25_224"
out=${TMPDIR:-/tmp}/tfgt-weights.$$
mkdir -p "$out"
trap 'rm -rf "$out"' EXIT
fold="fold_constants(ignore_errors=true) fold_batch_norms fold_old_batch_norms"
seeds=${TFGT_BENCH_SEEDS:-20}
size() { wc -c <"$1" | tr -d ' '; }
gz() { gzip -9c "$1" | wc -c | tr -d ' '; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3fx", a / b }'; }
"$build/transform_graph" --quiet --in_graph="$dir/frozen_graph.pb" --out_graph="$out/float.pb" \
    --inputs=input --outputs=MobilenetV1/Predictions/Reshape_1 --transforms="$fold"
orig=$(size "$dir/frozen_graph.pb")
base=$(size "$out/float.pb")
printf '%-34s %10s %8s %10s %8s  %s\n' variant bytes ratio gzip ratio "top-1 = float (photo, $seeds random)"
printf '%-34s %10s %8s %10s %8s\n' "frozen_graph.pb (original)" "$orig" "1.000x" "$(gz "$dir/frozen_graph.pb")" \
    "$(ratio "$(gz "$dir/frozen_graph.pb")" "$orig")"
for variant in "folded float:" "quantize_weights:quantize_weights" \
    "float16_weights:float16_weights" "round_weights:round_weights" \
    "prune_weights(0.5):prune_weights" \
    "quantize_weights(min 65536):quantize_weights(minimum_size=65536)"; do
    label=${variant%%:*}
    t=${variant#*:}
    g="$out/float.pb"
    if [ -n "$t" ]; then
        g="$out/v.pb"
        "$build/transform_graph" --quiet --in_graph="$out/float.pb" --out_graph="$g" \
            --inputs=input --outputs=MobilenetV1/Predictions/Reshape_1 --transforms="$t"
    fi
    agree=0
    photo=$("$build/run_graph" --graph="$g" --input=input="$dir/grace_hopper_224_input.npy" \
        --output=MobilenetV1/Predictions/Reshape_1 --compare="$out/float.pb" 2>&1 |
        sed -n 's/.*top-1 agreement \([0-9]*\)\/.*/\1/p')
    s=1
    while [ $s -le "$seeds" ]; do
        a=$("$build/run_graph" --graph="$g" --random_inputs --seed=$s \
            --output=MobilenetV1/Predictions/Reshape_1 --compare="$out/float.pb" 2>&1 |
            sed -n 's/.*top-1 agreement \([0-9]*\)\/.*/\1/p')
        agree=$((agree + ${a:-0}))
        s=$((s + 1))
    done
    printf '%-34s %10s %8s %10s %8s  %s, %s/%s\n' "$label" "$(size "$g")" "$(ratio "$(size "$g")" "$orig")" \
        "$(gz "$g")" "$(ratio "$(gz "$g")" "$orig")" "${photo:-?}/1" "$agree" "$seeds"
done
