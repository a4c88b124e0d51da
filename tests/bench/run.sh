#!/bin/sh
# run.sh BUILDDIR - the benchmarks behind `make bench`.  Never part of the
# tests: timings are printed, not asserted.
set -eu
build=$1
here=$(cd "$(dirname "$0")" && pwd)
models=${TFGT_MODELS_DIR:-}
echo "== tfgt benchmarks ($(uname -m), $(nproc 2>/dev/null || echo ?) cores)"
if [ -r /proc/loadavg ]; then
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other work on these cores makes timings noisy)"
fi
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
    sh "$here/weights_report.sh" "$build" "$models"
fi
if [ -f "$mobilenet" ]; then
    echo
    echo "-- eight-bit MobileNet v1 0.25: size, float16 share, top-1 agreement with float, speed"
    sh "$here/eightbit_report.sh" "$build" "$models" || echo "eight-bit report failed (status $?)"
    echo
    echo "-- full eight-bit against float, MobileNet v1 0.25 and 1.0, with TensorFlow and ONNX Runtime"
    sh "$here/mobilenet_speed.sh" "$build" "$models" || echo "speed report failed (status $?)"
fi
echo
echo "-- int8 GEMM (QuantizedConv2D 1x1 / QuantizedMatMul) on MobileNet pointwise shapes, 1 thread"
peak=
peak_c=${TFGT_SHARED_BENCH:-$(cd "$here/../../.." && pwd)/shared/bench}/peak.c
if [ -f "$peak_c" ]; then
    ptmp=$(mktemp -d "${TMPDIR:-/tmp}/tfgt-peak.XXXXXX")
    if ${CC:-gcc} -O2 -march=native -fopenmp "$peak_c" -o "$ptmp/peak" 2>"$ptmp/err"; then
        # Three runs, the best kept: other work on the shared cores can only
        # make the peak look lower (and our share of it higher).
        : >"$ptmp/peaks"
        for i in 1 2 3; do
            if ! OMP_NUM_THREADS=1 "$ptmp/peak" >"$ptmp/out.$i" 2>&1; then
                echo "(peak.c failed, no AVX-512 VNNI on this CPU?)"
                break
            fi
            # the best vpdpbusd rate (zmm or ymm) is one core's VNNI peak
            echo "$(sed -n 's/.*vpdpbusd.*: *\([0-9.]*\) GOP\/s.*/\1/p' "$ptmp/out.$i" | sort -n | tail -1) $i" \
                >>"$ptmp/peaks"
        done
        best=$(sort -n "$ptmp/peaks" | tail -1)
        if [ -n "$best" ]; then
            peak=${best% *}
            echo "peak.c, best of 3 runs, 1 thread:"
            cat "$ptmp/out.${best#* }"
        fi
    else
        echo "(peak.c did not build: $(head -1 "$ptmp/err"))"
    fi
    rm -rf "$ptmp"
else
    echo "(no $peak_c: the VNNI peak is not measured; set TFGT_SHARED_BENCH)"
fi
"$build/tests/bench/bench_qgemm" ${peak:+--peak="$peak"} --threads=1
