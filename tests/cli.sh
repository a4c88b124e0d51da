#!/bin/sh
# cli.sh - end-to-end tests of transform_graph and summarize_graph, in TAP.
# Every bad input must give one clear error line, exit status 1 (or 2 for
# usage errors) and leave no output file behind.
set -u
bin=${TFGT_BUILDDIR:-.}
src=${TFGT_SRCDIR:-.}
tg="$bin/transform_graph"
sg="$bin/summarize_graph"
example="$src/tests/data/example_cnn.pb"
work=$(mktemp -d "${TMPDIR:-/tmp}/tfgt-cli.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
n=0
failed=0

ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; shift; for l in "$@"; do echo "# $l"; done; }

# expect NAME STATUS PATTERN COMMAND...: the exit status and a stderr line.
expect() {
    name=$1 want=$2 pattern=$3
    shift 3
    "$@" >"$work/stdout" 2>"$work/stderr"
    got=$?
    lines=$(wc -l <"$work/stderr")
    if [ "$got" -ne "$want" ]; then
        not_ok "$name" "exit status $got, wanted $want" "$(cat "$work/stderr")"
    elif [ -n "$pattern" ] && ! grep -q -- "$pattern" "$work/stderr"; then
        not_ok "$name" "stderr lacks '$pattern':" "$(cat "$work/stderr")"
    elif [ "$want" -ne 0 ] && [ "$lines" -ne 1 ]; then
        not_ok "$name" "expected one error line, got $lines:" "$(cat "$work/stderr")"
    else
        ok "$name"
    fi
}

# no_output NAME: nothing but the files we made ourselves is in $work/out.
no_output() {
    if [ -n "$(ls -A "$work/out")" ]; then
        not_ok "$1 leaves no file behind" "$(ls -A "$work/out")"
    else
        ok "$1 leaves no file behind"
    fi
}

mkdir "$work/out"


# --- the happy path -------------------------------------------------------
expect "strip and sort the example" 0 "strip_unused_nodes: 50 -> 41 nodes" \
    "$tg" --in_graph="$example" --out_graph="$work/out/small.pb" --inputs=input --outputs=output \
    --transforms='strip_unused_nodes(type=float, shape="1,32,32,3") sort_by_execution_order'
expect "summarize the result" 0 "" "$sg" --in_graph="$work/out/small.pb"
if grep -q "Found 1 possible inputs: (name=input, type=float(1), shape=\[1,32,32,3\])" "$work/stdout" &&
   grep -q "Found 1 possible outputs: (name=output, op=Softmax)" "$work/stdout" &&
   grep -q "Graph size: 41 nodes" "$work/stdout"; then
    ok "summary names the input, output and node count"
else
    not_ok "summary names the input, output and node count" "$(cat "$work/stdout")"
fi
expect "summarize --json" 0 "" "$sg" --in_graph="$work/out/small.pb" --json
if grep -q '"nodes": 41' "$work/stdout" && grep -q '"shape": \[1, 32, 32, 3\]' "$work/stdout"; then
    ok "json has nodes and shape"
else
    not_ok "json has nodes and shape" "$(cat "$work/stdout")"
fi
expect "print_structure" 0 "" "$sg" --in_graph="$work/out/small.pb" --print_structure
if grep -q "^output (Softmax): \[" "$work/stdout"; then ok "structure lists nodes"; else not_ok "structure lists nodes"; fi

# Empty --transforms converts formats; text -> binary -> text is stable.
expect "convert to text" 0 "" "$tg" --in_graph="$example" --out_graph="$work/out/a.pbtxt" --transforms=''
expect "convert text back to binary" 0 "" "$tg" --in_graph="$work/out/a.pbtxt" --out_graph="$work/out/b.pb" --transforms=''
if cmp -s "$example" "$work/out/b.pb"; then ok "binary -> text -> binary gives the same bytes"; else not_ok "binary -> text -> binary gives the same bytes"; fi
expect "--output_as_text with a .pb name" 0 "" "$tg" --in_graph="$example" --out_graph="$work/out/c.pb" --transforms='' --output_as_text
if head -c 5 "$work/out/c.pb" | grep -q "node"; then ok "output_as_text writes text"; else not_ok "output_as_text writes text"; fi
expect "stdin to stdout" 0 "" sh -c "\"$tg\" --in_graph=- --out_graph=- --transforms='' --quiet < \"$example\" > \"$work/out/d.pb\""
if cmp -s "$example" "$work/out/d.pb"; then ok "stdin/stdout round trip"; else not_ok "stdin/stdout round trip"; fi
rm -f "$work/out/"*

# Recipes: --print_recipe turns a command line into a recipe that runs the same.
expect "print a recipe" 0 "" "$tg" --inputs=input --outputs=output --print_recipe \
    --transforms='strip_unused_nodes(type=float, shape="1,32,32,3") sort_by_execution_order'
cp "$work/stdout" "$work/recipe.yaml"
expect "run the printed recipe" 0 "strip_unused_nodes: 50 -> 41 nodes" \
    "$tg" --in_graph="$example" --out_graph="$work/out/r.pb" --recipe="$work/recipe.yaml"
"$tg" --in_graph="$example" --out_graph="$work/out/t.pb" --inputs=input --outputs=output --quiet \
    --transforms='strip_unused_nodes(type=float, shape="1,32,32,3") sort_by_execution_order'
if cmp -s "$work/out/r.pb" "$work/out/t.pb"; then ok "recipe and --transforms give the same bytes"; else not_ok "recipe and --transforms give the same bytes"; fi
expect "a shipped recipe by name" 0 "remove_nodes" \
    "$tg" --in_graph="$example" --out_graph="$work/out/s.pb" --inputs=input --outputs=output \
    --recipe=optimize_for_inference
printf 'transforms:\n  - sort_by_execution_order\n  - bogus\n' >"$work/bad.yaml"
expect "a bad recipe names file, line and column" 2 "bad.yaml:3:5: unknown transform 'bogus'" \
    "$tg" --in_graph="$example" --out_graph="$work/out/b.pb" --recipe="$work/bad.yaml"
rm -f "$work/out/"*

# Deterministic output.
"$tg" --in_graph="$example" --out_graph="$work/out/x1.pb" --outputs=output --transforms='strip_unused_nodes sort_by_execution_order' --quiet
"$tg" --in_graph="$example" --out_graph="$work/out/x2.pb" --outputs=output --transforms='strip_unused_nodes sort_by_execution_order' --quiet
if cmp -s "$work/out/x1.pb" "$work/out/x2.pb"; then ok "same input and pipeline give the same bytes"; else not_ok "same input and pipeline give the same bytes"; fi
rm -f "$work/out/"*

# --- run_graph ------------------------------------------------------------
rg="$bin/run_graph"
expect "run_graph saves outputs" 0 "" "$rg" --graph="$example" --random_inputs --output=output --save="$work/out"
if [ -s "$work/out/output.npy" ] && head -c 6 "$work/out/output.npy" | grep -q NUMPY; then
    ok "run_graph wrote output.npy"
else
    not_ok "run_graph wrote output.npy"
fi
if grep -q "^output: float \[1,10\]" "$work/stdout"; then ok "run_graph describes the output"; else not_ok "run_graph describes the output" "$(cat "$work/stdout")"; fi
cp "$work/out/output.npy" "$work/probs.npy"
"$rg" --graph="$example" --random_inputs --output=input --save="$work" >/dev/null 2>&1
expect "run_graph feeds an .npy input" 0 "" "$rg" --graph="$example" --input=input="$work/input.npy" --output=output
"$rg" --graph="$example" --input=input="$work/probs.npy" --output=output >/dev/null 2>"$work/stderr"
if grep -q "node 'input': fed shape \[1,10\], but the placeholder's shape is \[1,32,32,3\]" "$work/stderr"; then
    ok "wrong feed shape names the node and both shapes"
else
    not_ok "wrong feed shape names the node and both shapes" "$(cat "$work/stderr")"
fi
expect "run_graph --compare" 0 "" "$rg" --graph="$example" --random_inputs --compare="$example" --output=output
if grep -q "output: max abs error 0, max relative error 0, cosine 1.000000, top-1 agreement 1/1" "$work/stdout"; then
    ok "a graph compared with itself agrees exactly"
else
    not_ok "a graph compared with itself agrees exactly" "$(cat "$work/stdout")"
fi
expect "run_graph --benchmark" 0 "" "$rg" --graph="$example" --random_inputs --benchmark=3 --threads=1 \
    --output=output
if grep -q "latency over 3 runs" "$work/stdout" && grep -q "peak tensor memory" "$work/stdout"; then
    ok "benchmark prints latency and peak memory"
else
    not_ok "benchmark prints latency and peak memory"
fi
mkdir -p "$work/cal"
cp "$work/input.npy" "$work/cal/a.npy"
"$rg" --graph="$example" --random_inputs --seed=7 --output=input --save="$work/cal2" >/dev/null 2>&1
cp "$work/cal2/input.npy" "$work/cal/b.npy"
expect "run_graph --calibrate" 0 "" "$rg" --graph="$example" --calibrate=input="$work/cal" --output=output
if grep -q "^output: range over 2 samples \[" "$work/stdout"; then ok "calibration prints each output's range"; else not_ok "calibration prints each output's range" "$(cat "$work/stdout")"; fi
expect "--save_ranges needs RequantizationRange nodes" 2 "no RequantizationRange" \
    "$rg" --graph="$example" --calibrate="$work/cal" --save_ranges="$work/ranges.txt"
expect "--save_ranges needs --calibrate" 2 "needs --calibrate" "$rg" --graph="$example" --save_ranges="$work/r.txt"
expect "a missing calibration folder" 2 "nowhere: cannot open the calibration folder" \
    "$rg" --graph="$example" --calibrate=input="$work/nowhere"
expect "transform_graph --calibration_data loads samples" 0 "" "$bin/transform_graph" --quiet \
    --in_graph="$example" --out_graph="$work/cal.pb" --outputs=output --transforms=strip_unused_nodes \
    --calibration_data=input="$work/cal"
expect "calibration data for an unknown folder" 2 "nowhere" "$bin/transform_graph" \
    --in_graph="$example" --out_graph="$work/cal.pb" --outputs=output --transforms=strip_unused_nodes \
    --calibration_data=input="$work/nowhere"
"$bin/transform_graph" --quiet --in_graph="$example" --out_graph="$work/q.pb" --outputs=output \
    --transforms='quantize_weights(minimum_size=16)' 2>/dev/null
expect "run_graph --samples --compare" 0 "" "$rg" --graph="$work/q.pb" --compare="$example" \
    --samples=input="$work/cal" --output=output --layers=3
if grep -q "^output: top-1 agreement [0-9]/2, top-5 agreement [0-9]/2" "$work/stdout" &&
    grep -q "layers both graphs name" "$work/stdout" && grep -q "weights" "$work/stdout"; then
    ok "the sample comparison reports outputs and weight layers"
else
    not_ok "the sample comparison reports outputs and weight layers" "$(cat "$work/stdout")"
fi
# The shipped eight-bit recipes run on the example with its samples, and
# their graphs run and agree with float on the top class.
for recipe in eightbit_calibrated eightbit_accurate weights_eightbit eightbit_tensorflow; do
    expect "recipe $recipe" 0 "" "$bin/transform_graph" --quiet --in_graph="$example" \
        --out_graph="$work/$recipe.pb" --inputs=input --outputs=output --recipe=$recipe \
        --calibration_data=input="$work/cal"
    expect "recipe $recipe: the graph runs" 0 "" "$rg" --graph="$work/$recipe.pb" \
        --compare="$example" --samples=input="$work/cal" --output=output --layers=0
    if grep -q "^output: top-1 agreement 2/2" "$work/stdout"; then
        ok "recipe $recipe keeps the top class"
    else
        not_ok "recipe $recipe keeps the top class" "$(cat "$work/stdout")"
    fi
done
expect "eightbit_accurate needs samples" 1 "accuracy_target needs sample inputs" \
    "$bin/transform_graph" --quiet --in_graph="$example" --out_graph="$work/x.pb" --inputs=input \
    --outputs=output --recipe=eightbit_accurate
# "alone": with a single eight-bit layer, quantizing it alone must cost
# exactly what the whole graph costs (weights, then activations).
alone_matches_output() {
    out_db=$(sed -n 's/^output: .* SQNR \([-0-9.inf]*\) dB$/\1/p' "$work/stdout")
    alone_db=$(awk -v layer="$1" '$NF == layer { print $3 }' "$work/stdout")
    [ -n "$out_db" ] && [ "$out_db" = "$alone_db" ]
}
"$bin/transform_graph" --quiet --in_graph="$example" --out_graph="$work/q1.pb" --outputs=output \
    --transforms='quantize_weights(minimum_size=500)' 2>/dev/null
expect "run_graph --layers with one eight-bit weight" 0 "" "$rg" --graph="$work/q1.pb" \
    --compare="$example" --samples=input="$work/cal" --output=output --layers=3
if alone_matches_output logits/weights && grep -q "^costliest alone of these: logits/weights " "$work/stdout"; then
    ok "one eight-bit weight: its alone error is the graph's error"
else
    not_ok "one eight-bit weight: its alone error is the graph's error" "$(cat "$work/stdout")"
fi
"$bin/transform_graph" --quiet --in_graph="$example" --out_graph="$work/q2.pb" --inputs=input \
    --outputs=output --transforms='fold_constants(ignore_errors=true) fold_batch_norms
    quantize_nodes(ignore_op=Conv2D, ignore_op=BiasAdd, ignore_op=Add, ignore_op=Relu,
    ignore_op=AvgPool, ignore_op=Reshape, ignore_op=MatMul, ignore_op=Mul)' 2>/dev/null
expect "run_graph --layers with one eight-bit activation" 0 "" "$rg" --graph="$work/q2.pb" \
    --compare="$example" --samples=input="$work/cal" --output=output --layers=3
if alone_matches_output conv1/Relu6; then
    ok "one eight-bit activation: its alone error is the graph's error"
else
    not_ok "one eight-bit activation: its alone error is the graph's error" "$(cat "$work/stdout")"
fi
"$bin/transform_graph" --quiet --in_graph="$example" --out_graph="$work/q3.pb" --inputs=input \
    --outputs=output --transforms='fold_constants(ignore_errors=true) fold_batch_norms quantize_nodes' 2>/dev/null
expect "run_graph --layers on a whole eight-bit graph" 0 "" "$rg" --graph="$work/q3.pb" \
    --compare="$example" --samples=input="$work/cal" --output=output --layers=20
if [ "$(grep -c '  activations  ' "$work/stdout")" -ge 8 ] && ! grep -q "n/a" "$work/stdout" &&
    grep -q "^costliest alone of these: " "$work/stdout"; then
    ok "every eight-bit layer of a chained graph is measured alone"
else
    not_ok "every eight-bit layer of a chained graph is measured alone" "$(cat "$work/stdout")"
fi
expect "--samples needs --compare" 2 "needs --compare" "$rg" --graph="$example" --samples=input="$work/cal"
expect "a missing feed is an error" 1 "node 'input': this Placeholder is needed but not fed" \
    "$rg" --graph="$example" --output=output
expect "a bad --input is a usage error" 2 "--input takes NAME=FILE.npy" "$rg" --graph="$example" --input=nonsense
rm -f "$work/out/"*

# --- bad input: one line, non-zero, nothing written ------------------------
: >"$work/empty.pb"
printf '\012\040\012\001a' >"$work/truncated.pb"
head -c 300 /dev/urandom >"$work/random.pb"
printf 'node {\n  name: "a"\n  op: Const\n}\n' >"$work/syntax.pbtxt"
printf 'node { name: "a" op: "Const" }\nnode { name: "a" op: "Relu" }\n' >"$work/dup.pbtxt"
printf 'node { name: "a" op: "Relu" input: "ghost" }\n' >"$work/dangling.pbtxt"
printf 'node { name: "a" op: "Relu" input: "b" }\nnode { name: "b" op: "Relu" input: "a" }\n' >"$work/cycle.pbtxt"
cp "$example" "$work/input.pb"
sum_before=$(cksum <"$work/input.pb")

run_bad() {
    expect "$1" "$2" "$3" "$tg" --in_graph="$4" --out_graph="$work/out/o.pb" --outputs=output \
        --transforms="${5:-sort_by_execution_order}"
    no_output "$1"
}
run_bad "empty file" 1 "empty.pb: empty file" "$work/empty.pb"
run_bad "truncated protobuf" 1 "truncated.pb: not a valid GraphDef" "$work/truncated.pb"
run_bad "random bytes" 1 "random.pb: not a valid GraphDef" "$work/random.pb"
run_bad "pbtxt syntax error" 1 "syntax.pbtxt:3:" "$work/syntax.pbtxt"
run_bad "duplicate node names" 1 "node 'a': duplicate node name" "$work/dup.pbtxt"
run_bad "input naming a missing node" 1 "node 'a': .*ghost" "$work/dangling.pbtxt"
run_bad "a cycle" 1 "cycle" "$work/cycle.pbtxt"
run_bad "unknown transform" 1 "transform 'no_such_transform' not recognized" "$work/input.pb" "no_such_transform"
run_bad "missing parameter value" 2 "looking for a parameter value" "$work/input.pb" "strip_unused_nodes(type=)"
if [ "$(cksum <"$work/input.pb")" = "$sum_before" ]; then ok "the input file is never modified"; else not_ok "the input file is never modified"; fi
expect "refuses to overwrite the input" 2 "is the input file" "$tg" --in_graph="$work/input.pb" --out_graph="$work/input.pb" --transforms=''

echo "1..$n"
echo "# $n tests, $failed failed"
[ "$failed" -eq 0 ]
