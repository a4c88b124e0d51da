#!/usr/bin/env python3
"""Record what TensorFlow's own transform tool makes of our test graphs.

Peer tool only (run with a Python that has tensorflow-cpu 2.21); tfgt's
tests read the small text files it writes and never need TensorFlow.

For each (graph, inputs, outputs, transforms) case below it runs
TensorFlow's TransformGraphWithStringInputs (inside the TensorFlow wheel) and
writes one line per output node:  NAME OP INPUT,INPUT,...  (the inputs
exactly as stored), in TensorFlow's node order.  The tests compare tfgt's
result with it line for line.

Usage: make_fixtures.py [MODELS_DIR]   (default: ../../../shared/models)
"""
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import tensorflow as tf  # noqa: E402
from tensorflow.python.util import _pywrap_transform_graph  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")
MODELS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "models")

CASES = [
    # (output file, graph path, inputs, outputs, transforms)
    ("example_cnn.strip_sort.tf.txt", os.path.join(DATA, "example_cnn.pb"), "input", "output",
     'strip_unused_nodes(type=float, shape="1,32,32,3") sort_by_execution_order'),
    ("example_cnn.sort.tf.txt", os.path.join(DATA, "example_cnn.pb"), "", "",
     "sort_by_execution_order"),
    ("mobilenet_v1_0.25.strip_sort.tf.txt",
     os.path.join(MODELS, "mobilenet_v1_0.25_224", "frozen_graph.pb"), "input",
     "MobilenetV1/Predictions/Reshape_1",
     'strip_unused_nodes(type=float, shape="1,224,224,3") sort_by_execution_order'),
    ("example_cnn.eightbit.tf.txt", os.path.join(DATA, "example_cnn.pb"), "input", "output",
     "strip_unused_nodes fold_constants(ignore_errors=true) fold_batch_norms "
     "quantize_weights(minimum_size=16) quantize_nodes"),
    ("mobilenet_v1_0.25.strip_logits.tf.txt",
     os.path.join(MODELS, "mobilenet_v1_0.25_224", "frozen_graph.pb"),
     "MobilenetV1/MobilenetV1/Conv2d_13_pointwise/Relu6",
     "MobilenetV1/Logits/SpatialSqueeze", "strip_unused_nodes"),
]


def main():
    for out_name, path, inputs, outputs, transforms in CASES:
        with open(path, "rb") as f:
            data = f.read()
        result = _pywrap_transform_graph.TransformGraphWithStringInputs(
            data, inputs, outputs, transforms)
        graph = tf.compat.v1.GraphDef()
        graph.ParseFromString(result)
        lines = ["# TensorFlow %s: inputs=%s outputs=%s transforms=%s" %
                 (tf.__version__, inputs, outputs, transforms)]
        for node in graph.node:
            lines.append("%s %s %s" % (node.name, node.op, ",".join(node.input)))
        with open(os.path.join(DATA, out_name), "w") as f:
            f.write("\n".join(lines) + "\n")
        print("%s: %d nodes" % (out_name, len(graph.node)))


if __name__ == "__main__":
    main()
