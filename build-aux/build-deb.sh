#!/bin/sh
# build-deb.sh [--install] [OUTDIR] - build tfgt's Debian packages from
# this tree: copy the tracked files (or, in a tarball, everything) to a
# temporary folder, put packaging/debian at debian/, run
#   dpkg-buildpackage -us -uc -b
# (make check runs as part of the build), copy the .deb files to OUTDIR
# (default: build/deb), and run lintian on them.  With --install, also
# install them, run transform_graph --help and a real transform from
# /usr/bin, and remove them again.  Needs: dpkg-dev debhelper dh-autoreconf
# fakeroot lintian, and the build dependencies in packaging/debian/control.
set -eu
install=false
if [ "${1:-}" = "--install" ]; then install=true; shift; fi
top=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$top/build/deb}
work=$(mktemp -d "${TMPDIR:-/tmp}/tfgt-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
src="$work/tfgt-0.1.0"
mkdir -p "$src" "$out"
out=$(cd "$out" && pwd)  # apt-get installs local files only by path
if git -C "$top" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$top" && git ls-files -z --cached --others --exclude-standard | xargs -0 tar cf -) | (cd "$src" && tar xf -)
else
    (cd "$top" && tar cf - --exclude=./build --exclude=./build-sanitize .) | (cd "$src" && tar xf -)
fi
rm -rf "$src/debian"
cp -r "$top/packaging/debian" "$src/debian"
(cd "$src" && dpkg-buildpackage -us -uc -b >"$work/build.log" 2>&1) || {
    tail -60 "$work/build.log"; echo "build-deb: dpkg-buildpackage failed" >&2; exit 1; }
grep -E "^# (TOTAL|PASS|FAIL|ERROR|SKIP):" "$work/build.log" | tail -5 || true
cp "$work"/*.deb "$work"/*.changes "$work"/*.buildinfo "$out/"
echo "build-deb: packages in $out:"
for deb in "$out"/*.deb; do echo "  $(basename "$deb") ($(wc -c <"$deb" | tr -d ' ') bytes)"; done
if command -v lintian >/dev/null; then
    echo "build-deb: lintian"
    lintian --fail-on error --suppress-tags-from-file /dev/null "$out"/*.changes
fi
if $install; then
    apt-get install -y -qq "$out"/libtfgt0_*.deb "$out"/libtfgt-dev_*.deb "$out"/tfgt-tools_*.deb \
        >/dev/null
    /usr/bin/transform_graph --help | head -3
    /usr/bin/transform_graph --in_graph="$top/tests/data/example_cnn.pb" \
        --out_graph="$work/out.pb" --inputs=input --outputs=output \
        --transforms='strip_unused_nodes fold_constants(ignore_errors=true) fold_batch_norms'
    /usr/bin/summarize_graph --in_graph="$work/out.pb" | head -3
    /usr/bin/transform_graph --recipe=optimize_for_inference --print_recipe | head -3
    pkg-config --modversion tfgt
    man -w transform_graph >/dev/null
    apt-get purge -y -qq libtfgt0 libtfgt-dev tfgt-tools >/dev/null
    echo "build-deb: installed, ran from /usr/bin, removed"
fi
