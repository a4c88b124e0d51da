#!/bin/sh
# run-tests.sh [VENV] - build the Python package from this tree into a
# fresh virtual environment (default build/pyvenv beside the tree's other
# build folders) and run its pytest suite.  Exit status: pytest's.
# Needs python3 with venv and headers (Debian: python3-venv python3-dev),
# pkg-config, protoc-c, libprotobuf-c-dev and libyaml-dev.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
venv=${1:-$here/../build/pyvenv}
mkdir -p "$venv"
venv=$(cd "$venv" && pwd)
python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check numpy pytest
rm -rf "$here/build"
"$venv/bin/pip" install -q --disable-pip-version-check "$here"
rm -rf "$here/build" "$here/src/tfgt.egg-info"
cd "$here/tests"
exec "$venv/bin/python" -m pytest -q -rs "$here/tests"
