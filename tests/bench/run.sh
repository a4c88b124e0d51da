#!/bin/sh
# run.sh BUILDDIR - the benchmarks behind `make bench`.  Never part of the
# tests: timings are printed, not asserted.
set -eu
build=$1
models=${TFGT_MODELS_DIR:-}
echo "== tfgt benchmarks ($(uname -m), $(nproc 2>/dev/null || echo ?) cores)"
if [ -z "$models" ] || [ ! -d "$models" ]; then
    echo "SKIP: no models folder (set TFGT_MODELS_DIR or put shared/models beside the tree)"
    exit 0
fi
largest=$(find "$models" -name '*.pb' -type f -printf '%s %p\n' | sort -n | tail -1 | cut -d' ' -f2-)
echo
echo "-- GraphDef I/O throughput on the largest graph"
"$build/tests/bench/bench_io" "$largest" 1

mobilenet="$models/mobilenet_v1_0.25_224/frozen_graph.pb"
if [ -f "$mobilenet" ]; then
    for threads in 1 2; do
        echo
        echo "-- MobileNet v1 0.25 (224x224), $threads thread(s)"
        "$build/run_graph" --graph="$mobilenet" \
            --input=input="$models/mobilenet_v1_0.25_224/grace_hopper_224_input.npy" \
            --output=MobilenetV1/Predictions/Reshape_1 --threads=$threads --benchmark=50 |
            sed -n '2,14p'
    done
fi
if [ -x "$build/tests/bench/bench_gemm" ]; then
    echo
    echo "-- float GEMM and convolution kernels on MobileNet layer shapes"
    OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-SkylakeX} "$build/tests/bench/bench_gemm"
fi
if [ -f "$mobilenet" ]; then
    echo
    echo "-- MobileNet v1 0.25: weight transforms, size against the original and top-1 agreement"
    sh "$(dirname "$0")/weights_report.sh" "$build" "$models"
fi
if [ -f "$mobilenet" ]; then
    echo
    echo "-- MobileNet v1 0.25 eight-bit (quantize_nodes), 1 thread, against float"
    tmp=${TMPDIR:-/tmp}/tfgt-bench8.$$
    mkdir -p "$tmp/samples"
    cp "$models/mobilenet_v1_0.25_224/grace_hopper_224_input.npy" "$tmp/samples/"
    for variant in "per-tensor (TensorFlow's):quantize_weights quantize_nodes" \
        "per-channel (tfgt):quantize_nodes(per_channel=true)" \
        "per-channel, 32-bit to float (tfgt):quantize_nodes(per_channel=true, dequantize_wide=true, ignore_op=Add, ignore_op=Relu6, ignore_op=BiasAdd)"; do
        label=${variant%%:*}
        t=${variant#*:}
        "$build/transform_graph" --quiet --in_graph="$mobilenet" --out_graph="$tmp/q.pb" \
            --inputs=input --outputs=MobilenetV1/Predictions/Reshape_1 \
            --transforms="strip_unused_nodes fold_constants(ignore_errors=true) fold_batch_norms fold_old_batch_norms $t strip_unused_nodes sort_by_execution_order" \
            --calibration_data=input="$tmp/samples"
        echo "$label:"
        "$build/run_graph" --graph="$tmp/q.pb" --input=input="$tmp/samples/grace_hopper_224_input.npy" \
            --output=MobilenetV1/Predictions/Reshape_1 --threads=1 --benchmark=5 | grep "latency"
        "$build/run_graph" --graph="$tmp/q.pb" --input=input="$tmp/samples/grace_hopper_224_input.npy" \
            --output=MobilenetV1/Predictions/Reshape_1 --compare="$mobilenet" | tail -1
    done
    rm -rf "$tmp"
fi
