#!/bin/sh
# quickstart.sh - set up a fresh Debian/Ubuntu machine and build tfgt, then
#   demo:  run transform_graph and summarize_graph on the bundled example;
#   test:  run the whole test suite, plainly and under ASan+UBSan.
# Safe to run again: finished steps are skipped.
set -eu
mode=${1:-demo}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

packages="gcc make autoconf automake libtool pkg-config protobuf-c-compiler libprotobuf-c-dev libyaml-dev check"
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "quickstart: installing$missing"
    if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo=sudo; else
        echo "quickstart: please install as root:$missing" >&2; exit 1
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
fi

jobs=$(nproc 2>/dev/null || echo 2)
[ -x configure ] && [ configure -nt configure.ac ] && [ configure -nt Makefile.am ] || autoreconf -fi

# build DIR CONFIGURE-FLAGS...: configure once per directory, then make.
build() {
    dir=$1; shift
    mkdir -p "$dir"
    if [ ! -f "$dir/Makefile" ]; then
        (cd "$dir" && "$top/configure" --enable-werror "$@" >configure.out) || {
            cat "$dir/configure.out"; exit 1; }
    fi
    make -C "$dir" -s -j"$jobs"
}

case $mode in
demo)
    build build
    cd build
    set -x
    ./transform_graph --in_graph=../tests/data/example_cnn.pb --out_graph=example_optimized.pb \
        --inputs=input --outputs=output \
        --transforms='strip_unused_nodes(type=float, shape="1,32,32,3")
            fold_constants(ignore_errors=true) fold_batch_norms fold_old_batch_norms
            sort_by_execution_order'
    ./summarize_graph --in_graph=example_optimized.pb
    ./run_graph --graph=example_optimized.pb --random_inputs --compare=../tests/data/example_cnn.pb
    ;;
test)
    build build
    make -C build -s -j"$jobs" check
    build build-sanitize --enable-sanitizers
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        make -C build-sanitize -s -j"$jobs" check
    ;;
*)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac
