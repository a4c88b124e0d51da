#!/usr/bin/env python3
"""Build tests/data/resnet_like.pb and show what TensorFlow's own eight-bit
pipelines make of it (the "ResNet-50 gives NaN" report).

Peer tool only: run it with the TensorFlow venv (/tmp/peer/bin/python).
tfgt's tests read the files it writes and never need TensorFlow.

The graph is a small ResNet: a strided stem conv, three bottleneck blocks
(the last one projects to 1024 channels, stride 2), global average pool and
a dense layer to 10 logits.  It is a Keras 3 model with Keras' default
initializers (glorot weights, zero biases, BatchNormalization with gamma 1,
beta 0, moving mean 0, moving variance 1), frozen with
convert_variables_to_constants_v2, exactly as a freshly built
keras.applications.ResNet50(weights=None) would be.  1024 channels is what
makes the zero biases and zero batch-norm shifts reach quantize_weights'
default minimum_size, as in ResNet-50's conv4/conv5 stages.

Writes (deterministic for a given TensorFlow version):
  tests/data/resnet_like.pb                  the frozen GraphDef
  tests/data/resnet_like_samples/input.npy   one [1,32,32,3] float input
  tests/data/resnet_like.logits.npy          TensorFlow's float logits for it

Then, unless --no-tf-transforms, it runs TensorFlow's transform tool with
  BASE = fold_constants(ignore_errors=true) fold_batch_norms fold_old_batch_norms
  BASE quantize_weights / BASE quantize_weights quantize_nodes / BASE quantize_nodes
runs each result in TensorFlow and prints the max error against float, the
Consts quantize_weights gave a degenerate range, and the first op whose
output is not finite.

The findings (cause of the NaN, numbers) are written up in
tests/data/resnet_like.md.

Usage: make_resnet_like.py [--resnet50] [--no-tf-transforms]
  --resnet50: also do the same on keras.applications.ResNet50(weights=None)
  (1x224x224x3; nothing of it is written).
"""
import collections
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402
from keras import layers  # noqa: E402
from tensorflow.python.framework import tensor_util  # noqa: E402
from tensorflow.python.framework.convert_to_constants import (  # noqa: E402
    convert_variables_to_constants_v2)

v1 = tf.compat.v1
SEED = 20261206
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")
BASE = "fold_constants(ignore_errors=true) fold_batch_norms fold_old_batch_norms"
PIPELINES = ["quantize_weights", "quantize_weights quantize_nodes", "quantize_nodes"]


def bottleneck(x, filters, width, stride, project, name):
    """ResNet v1 bottleneck, as keras.applications.resnet.block1 builds it."""
    bn = dict(epsilon=1.001e-5)
    if project:
        shortcut = layers.Conv2D(filters, 1, strides=stride, name=name + "_0_conv")(x)
        shortcut = layers.BatchNormalization(name=name + "_0_bn", **bn)(shortcut)
    else:
        shortcut = x
    x = layers.Conv2D(width, 1, strides=stride, name=name + "_1_conv")(x)
    x = layers.BatchNormalization(name=name + "_1_bn", **bn)(x)
    x = layers.Activation("relu", name=name + "_1_relu")(x)
    x = layers.Conv2D(width, 3, padding="same", name=name + "_2_conv")(x)
    x = layers.BatchNormalization(name=name + "_2_bn", **bn)(x)
    x = layers.Activation("relu", name=name + "_2_relu")(x)
    x = layers.Conv2D(filters, 1, name=name + "_3_conv")(x)
    x = layers.BatchNormalization(name=name + "_3_bn", **bn)(x)
    x = layers.Add(name=name + "_add")([shortcut, x])
    return layers.Activation("relu", name=name + "_out")(x)


def resnet_like():
    inputs = keras.Input((32, 32, 3), batch_size=1, name="input")
    x = layers.Conv2D(16, 3, strides=2, padding="same", name="conv1_conv")(inputs)
    x = layers.BatchNormalization(epsilon=1.001e-5, name="conv1_bn")(x)
    x = layers.Activation("relu", name="conv1_relu")(x)
    x = bottleneck(x, 16, 8, 1, True, "conv2_block1")
    x = bottleneck(x, 16, 8, 1, False, "conv2_block2")
    x = bottleneck(x, 1024, 8, 2, True, "conv3_block1")
    x = layers.GlobalAveragePooling2D(name="avg_pool")(x)
    x = layers.Dense(10, name="logits")(x)
    return keras.Model(inputs, x, name="resnet_like")


def freeze(model, shape):
    """The model as a TF1-style frozen GraphDef with input 'input' and the
    output renamed 'logits'."""
    fn = tf.function(lambda x: model(x, training=False)).get_concrete_function(
        tf.TensorSpec(shape, tf.float32, name="input"))
    frozen = convert_variables_to_constants_v2(fn)
    gd = frozen.graph.as_graph_def()
    out = frozen.outputs[0].name.split(":")[0]
    for n in gd.node:
        if n.name == out:
            n.name = "logits"
        for i, inp in enumerate(n.input):
            if inp.split(":")[0] == out:
                n.input[i] = "logits" + inp[len(out):]
    del gd.library.function[:]
    return gd


def histogram(gd):
    return dict(sorted(collections.Counter(n.op for n in gd.node).items()))


def run(gd, x, fetches=None):
    graph = tf.Graph()
    with graph.as_default():
        v1.import_graph_def(gd, name="")
    with v1.Session(graph=graph) as sess:
        return sess.run(fetches or "logits:0", {"input:0": x})


def first_non_finite(gd, x):
    """The first op (in graph order) whose float output is not finite."""
    graph = tf.Graph()
    with graph.as_default():
        v1.import_graph_def(gd, name="")
    ops = [op for op in graph.get_operations()
           if op.type not in ("Const", "NoOp") and op.outputs
           and op.outputs[0].dtype == tf.float32]
    with v1.Session(graph=graph) as sess:
        values = sess.run([op.outputs[0] for op in ops], {"input:0": x})
    for op, v in zip(ops, values):
        if not np.isfinite(v).all():
            return op, v
    return None, None


def degenerate_ranges(gd):
    """quantize_weights' Consts whose [min, max] has no usable width."""
    consts = {n.name: n for n in gd.node if n.op == "Const"}
    found = []
    for name, n in consts.items():
        if not name.endswith("_quantized_max"):
            continue
        base = name[:-len("_quantized_max")]
        if base + "_quantized_min" not in consts or base + "_quantized_const" not in consts:
            continue  # merged away by quantize_nodes
        lo = float(tensor_util.MakeNdarray(consts[base + "_quantized_min"].attr["value"].tensor))
        hi = float(tensor_util.MakeNdarray(n.attr["value"].tensor))
        codes = tensor_util.MakeNdarray(consts[base + "_quantized_const"].attr["value"].tensor)
        if not (hi - lo >= 1e-30):
            found.append((base, lo, hi, codes.size))
    return found


def tf_pipelines(data, x, ref, label):
    from tensorflow.python.util import _pywrap_transform_graph as ptg
    print("== %s: TensorFlow %s transform tool" % (label, tf.__version__))
    for p in PIPELINES:
        transforms = BASE + " " + p
        out = ptg.TransformGraphWithStringInputs(data, b"input", b"logits", transforms.encode())
        gd = v1.GraphDef()
        gd.ParseFromString(out)
        print("-- %s\n   ops: %s" % (p, histogram(gd)))
        bad = degenerate_ranges(gd)
        for base, lo, hi, size in bad[:4]:
            print("   range [%r, %r] for %s (%d zeros)" % (lo, hi, base, size))
        if len(bad) > 4:
            print("   ... %d Consts with such a range in all" % len(bad))
        try:
            got = run(gd, x)
        except tf.errors.OpError as e:
            lines = [l.strip() for l in e.message.splitlines() if l.strip()]
            why = [l for l in lines if not l.startswith(("Graph execution", "Detected at",
                                                         "Node:", "[[", "Original"))]
            print("   FAILS to run: %s: %s" % (e.op.name if e.op else "?",
                                               why[0] if why else lines[0]))
            continue
        if np.isfinite(got).all():
            print("   finite; max |error| vs float %.6g (logits span %.4g)"
                  % (np.abs(got - ref).max(), ref.max() - ref.min()))
        else:
            op, v = first_non_finite(gd, x)
            print("   NOT finite (%d of %d NaN); first non-finite op: %s %s reading %s"
                  % (np.isnan(got).sum(), got.size, op.type, op.name,
                     [i.name for i in op.inputs]))


def main():
    keras.utils.set_random_seed(SEED)
    model = resnet_like()
    gd = freeze(model, [1, 32, 32, 3])
    data = gd.SerializeToString(deterministic=True)
    x = np.random.RandomState(SEED).uniform(-1.0, 1.0, [1, 32, 32, 3]).astype(np.float32)
    ref = run(gd, x)
    paths = {"pb": os.path.join(DATA, "resnet_like.pb"),
             "input": os.path.join(DATA, "resnet_like_samples", "input.npy"),
             "logits": os.path.join(DATA, "resnet_like.logits.npy")}
    os.makedirs(os.path.dirname(paths["input"]), exist_ok=True)
    with open(paths["pb"], "wb") as f:
        f.write(data)
    np.save(paths["input"], x)
    np.save(paths["logits"], ref)
    print("wrote %s: %d bytes, %d nodes; ops %s" % (os.path.normpath(paths["pb"]), len(data),
                                                    len(gd.node), histogram(gd)))
    print("float logits:", np.array2string(ref.ravel(), precision=4))
    if "--no-tf-transforms" in sys.argv:
        return
    tf_pipelines(data, x, ref, "resnet_like")
    if "--resnet50" in sys.argv:
        r50 = keras.applications.ResNet50(weights=None, input_shape=(224, 224, 3),
                                          classifier_activation=None)
        gd50 = freeze(r50, [1, 224, 224, 3])
        x50 = np.random.RandomState(SEED).uniform(-1, 1, [1, 224, 224, 3]).astype(np.float32)
        tf_pipelines(gd50.SerializeToString(), x50, run(gd50, x50), "ResNet50(weights=None)")


if __name__ == "__main__":
    main()
