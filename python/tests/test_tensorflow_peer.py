"""Against TensorFlow itself (skipped without it): a real tf GraphDef in and
out, and the same result as TensorFlow's own transform tool."""
import os

import numpy as np
import pytest

import tfgt

tf = pytest.importorskip("tensorflow")


def test_graph_def_in_graph_def_out(example_path):
    gd = tf.compat.v1.GraphDef()
    with open(example_path, "rb") as f:
        gd.ParseFromString(f.read())
    out = tfgt.TransformGraph(gd, ["input"], ["output"], ["strip_unused_nodes"])
    assert type(out) is type(gd)
    assert len(out.node) == 41


@pytest.mark.parametrize("transforms", [
    "strip_unused_nodes sort_by_execution_order",
    "remove_nodes(op=Identity) sort_by_execution_order",
])
def test_same_nodes_as_tensorflows_tool(example_path, transforms):
    from tensorflow.python.util import _pywrap_transform_graph as tool
    with open(example_path, "rb") as f:
        data = f.read()
    theirs = tf.compat.v1.GraphDef()
    theirs.ParseFromString(tool.TransformGraphWithStringInputs(data, "input", "output",
                                                               transforms))
    ours = tfgt.TransformGraph(data, ["input"], ["output"], transforms.split())
    mine = tf.compat.v1.GraphDef()
    mine.ParseFromString(ours)
    # the same nodes; strip + sort also in TensorFlow's exact order
    assert sorted(n.name for n in mine.node) == sorted(n.name for n in theirs.node)
    if transforms.startswith("strip_unused_nodes"):
        assert [n.name for n in mine.node] == [n.name for n in theirs.node]


def test_folded_graph_runs_in_tensorflow(example_path):
    with open(example_path, "rb") as f:
        data = f.read()
    folded = tfgt.TransformGraph(data, ["input"], ["output"],
                                 ["fold_constants", "fold_batch_norms", "quantize_weights(minimum_size=16)"])
    x = np.random.RandomState(1).rand(1, 32, 32, 3).astype(np.float32)
    outs = []
    for blob in (data, folded):
        gd = tf.compat.v1.GraphDef()
        gd.ParseFromString(blob)
        with tf.Graph().as_default() as g:
            tf.import_graph_def(gd, name="")
            with tf.compat.v1.Session(graph=g) as s:
                outs.append(s.run("output:0", {"input:0": x}))
    np.testing.assert_allclose(outs[1], outs[0], atol=0.05)
    ours = tfgt.run(folded, {"input": x}, ["output"])["output"]
    np.testing.assert_allclose(ours, outs[1], atol=1e-5)


def test_eightbit_pipeline_matches_tensorflows(example_path):
    """The classic eight-bit pipeline: TensorFlow runs tfgt's output to the
    same answer as the graph its own tool makes."""
    from tensorflow.python.util import _pywrap_transform_graph as tool
    transforms = ("strip_unused_nodes fold_constants(ignore_errors=true) fold_batch_norms "
                  "quantize_weights(minimum_size=16) quantize_nodes strip_unused_nodes")
    with open(example_path, "rb") as f:
        data = f.read()
    theirs = tool.TransformGraphWithStringInputs(data, "input", "output", transforms)
    ours = tfgt.TransformGraph(data, ["input"], ["output"], transforms.split())
    x = np.random.RandomState(3).rand(1, 32, 32, 3).astype(np.float32)
    outs = []
    for blob in (theirs, ours):
        gd = tf.compat.v1.GraphDef()
        gd.ParseFromString(blob)
        with tf.Graph().as_default() as g:
            tf.import_graph_def(gd, name="")
            with tf.compat.v1.Session(graph=g) as s:
                outs.append(s.run("output:0", {"input:0": x}))
    np.testing.assert_array_equal(outs[1], outs[0])
    # and tfgt's executor agrees with TensorFlow on that graph
    np.testing.assert_allclose(tfgt.run(ours, {"input": x}, ["output"])["output"], outs[1],
                               atol=2e-3)
