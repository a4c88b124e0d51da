"""tfgt's Python API: every public function, the old TransformGraph usage,
real GraphDefs, and bad input raising tfgt.Error (never crashing)."""
import glob
import logging
import os
import threading

import numpy as np
import pytest

import tfgt

MOBILENET_OUT = "MobilenetV1/Predictions/Reshape_1"


def test_version():
    assert tfgt.__version__.count(".") == 2


def test_load_save_round_trip(example_path, tmp_path):
    g = tfgt.load(example_path)
    assert isinstance(g, tfgt.Graph) and g.node_count == 50
    with open(example_path, "rb") as f:
        assert tfgt.Graph(f.read()) == g
    tfgt.save(g, tmp_path / "copy.pb")
    tfgt.save(g, tmp_path / "copy.pbtxt", as_text=True)
    assert tfgt.load(tmp_path / "copy.pb") == g
    assert tfgt.load(tmp_path / "copy.pbtxt") == g
    assert (tmp_path / "copy.pbtxt").read_text().startswith("node {")
    assert tfgt.Graph(g.to_text()) == g


def test_old_api_usage_with_bytes(example_path):
    with open(example_path, "rb") as f:
        data = f.read()
    out = tfgt.TransformGraph(data, ["input"], ["output"],
                              ["strip_unused_nodes", "sort_by_execution_order"])
    assert isinstance(out, bytes)
    assert tfgt.Graph(out).node_count == 41  # the 9 training-only nodes are gone


def test_transform_logs_and_graph_type(example_path, caplog):
    g = tfgt.load(example_path)
    with caplog.at_level(logging.INFO, logger="tfgt"):
        out = tfgt.TransformGraph(g, ["input"], ["output"],
                                  ["fold_constants(ignore_errors=true)", "fold_batch_norms"])
    assert isinstance(out, tfgt.Graph)
    assert any("fold_constants" in r.message for r in caplog.records)
    assert out.node_count < g.node_count


def test_summarize(example_path):
    s = tfgt.summarize(tfgt.load(example_path))
    assert s["nodes"] == 50
    assert [i["name"] for i in s["inputs"]] == ["input", "labels"] or \
        {i["name"] for i in s["inputs"]} == {"input", "labels"}
    assert any(o["name"] == "output" for o in s["outputs"])


def test_run_matches_itself_and_types(example_path):
    g = tfgt.load(example_path)
    x = np.random.RandomState(0).rand(1, 32, 32, 3).astype(np.float32)
    out = tfgt.run(g, {"input": x}, ["output"])["output"]
    assert out.shape == (1, 10) and out.dtype == np.float32 and out.flags.writeable
    assert abs(float(out.sum()) - 1.0) < 1e-5  # softmax
    folded = tfgt.transform_graph(g, "input", "output", "fold_constants fold_batch_norms")
    again = tfgt.run(folded, {"input": x}, "output")["output"]
    np.testing.assert_allclose(again, out, atol=1e-6)
    # non-contiguous input is accepted (copied once)
    xt = np.asfortranarray(x)
    np.testing.assert_array_equal(tfgt.run(g, {"input": xt}, ["output"])["output"], out)


def test_transforms_registry():
    table = tfgt.transforms()
    assert "fold_constants" in table and "quantize_weights" in table
    assert table["quantize_weights"]["params"]["minimum_size"]["default"] == "1024"
    assert list(table) == sorted(table)


def test_recipes(tmp_path):
    r = tfgt.load_recipe("optimize_for_inference")
    assert "fold_constants" in r["transforms"]
    path = tmp_path / "mine.yaml"
    path.write_text("inputs: [input]\noutputs: [output]\ntransforms: [strip_unused_nodes]\n")
    mine = tfgt.load_recipe(path)
    assert mine["inputs"] == ["input"] and mine["transforms"] == "strip_unused_nodes"


@pytest.mark.parametrize("bad,needle", [
    (b"", "empty"),
    (b"\x0a\x05\x0a\x03abc\xff\xff", "GraphDef"),
    (b"node { name: 'a' op: 'Const' } node { name: 'a' op: 'Const' }", "duplicate"),
])
def test_bad_graphs_raise(bad, needle):
    with pytest.raises(tfgt.Error) as info:
        tfgt.TransformGraph(bad, [], ["a"], ["strip_unused_nodes"])
    assert needle in str(info.value)


def test_bad_calls_raise(example_path):
    g = tfgt.load(example_path)
    with pytest.raises(tfgt.Error, match="not recognized"):
        tfgt.TransformGraph(g, [], ["output"], ["no_such_transform"])
    with pytest.raises(tfgt.Error, match="no_such_node"):
        tfgt.TransformGraph(g, [], ["no_such_node"], ["strip_unused_nodes"])
    with pytest.raises(tfgt.Error) as info:
        tfgt.run(g, {"input": np.zeros((1, 3), np.float32)}, ["output"])
    assert info.value.node == "input"
    with pytest.raises(tfgt.Error):
        tfgt.load("/nonexistent/graph.pb")
    with pytest.raises(TypeError):
        tfgt.TransformGraph(42, [], ["output"], ["strip_unused_nodes"])
    with pytest.raises(TypeError):
        tfgt.run(g, {"input": np.array(["text"])}, ["output"])


def test_threads_in_parallel(example_path):
    g = tfgt.load(example_path)
    x = np.ones((1, 32, 32, 3), np.float32)
    want = tfgt.run(g, {"input": x}, ["output"])["output"]
    results = []

    def work():
        out = tfgt.transform_graph(g, ["input"], ["output"], "fold_constants fold_batch_norms")
        results.append(tfgt.run(out, {"input": x}, ["output"])["output"])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4
    for r in results:
        np.testing.assert_allclose(r, want, atol=1e-6)


def test_mobilenet_round_trip_and_top1(mobilenet_dir):
    g = tfgt.load(os.path.join(mobilenet_dir, "frozen_graph.pb"))
    x = np.load(os.path.join(mobilenet_dir, "grace_hopper_224_input.npy"))
    out = tfgt.TransformGraph(g, ["input"], [MOBILENET_OUT],
                              ["strip_unused_nodes(type=float, shape=\"1,224,224,3\")",
                               "fold_constants(ignore_errors=true)", "fold_batch_norms",
                               "fold_old_batch_norms", "sort_by_execution_order"])
    probs = tfgt.run(out, {"input": x}, [MOBILENET_OUT])[MOBILENET_OUT]
    assert int(probs.argmax()) == 458
    ref = np.load(os.path.join(mobilenet_dir, "grace_hopper_224_predictions.tf.npy"))
    np.testing.assert_allclose(probs, ref, atol=1e-4)


def test_real_graphs_load(mobilenet_dir):
    root = os.path.dirname(mobilenet_dir)
    paths = sorted(glob.glob(os.path.join(root, "opencv_tf", "*_net.pb")))[:20]
    for p in paths:
        g = tfgt.load(p)
        assert tfgt.Graph(g.to_bytes()) == g
