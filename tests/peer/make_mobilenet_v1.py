#!/usr/bin/env python3
"""Make a frozen MobileNet v1 GraphDef with random weights, for `make bench`.

  make_mobilenet_v1.py OUT.pb [--alpha=1.0] [--size=224] [--seed=1]

keras.applications.MobileNet(weights=None) at the given width, seeded; the
batch-norm statistics are drawn at random too (seeded), so that folding them
changes the weights as it does in a trained model.  The graph is frozen with
TensorFlow's convert_variables_to_constants_v2 for a [1,size,size,3] float
input.  Prints "input=NAME output=NAME" on the last line.  Needs TensorFlow
(the benchmark runs it with /tmp/peer/bin/python); never part of the tests."""
import argparse
import os

os.environ.setdefault('TF_CPP_MIN_LOG_LEVEL', '3')

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
from tensorflow.python.framework.convert_to_constants import (  # noqa: E402
    convert_variables_to_constants_v2)


def main():
    p = argparse.ArgumentParser()
    p.add_argument('out')
    p.add_argument('--alpha', type=float, default=1.0)
    p.add_argument('--size', type=int, default=224)
    p.add_argument('--seed', type=int, default=1)
    a = p.parse_args()
    tf.keras.utils.set_random_seed(a.seed)
    model = tf.keras.applications.MobileNet(weights=None, alpha=a.alpha,
                                            input_shape=(a.size, a.size, 3))
    rng = np.random.default_rng(a.seed)
    for layer in model.layers:
        if isinstance(layer, tf.keras.layers.BatchNormalization):
            gamma, beta, mean, var = layer.get_weights()
            n = gamma.shape
            layer.set_weights([rng.uniform(0.5, 1.5, n).astype('f4'),
                               rng.normal(0, 0.1, n).astype('f4'),
                               rng.normal(0, 0.1, n).astype('f4'),
                               rng.uniform(0.5, 1.5, n).astype('f4')])
    spec = tf.TensorSpec([1, a.size, a.size, 3], tf.float32, name='input')
    fn = tf.function(lambda x: model(x, training=False)).get_concrete_function(spec)
    frozen = convert_variables_to_constants_v2(fn)
    gd = frozen.graph.as_graph_def()
    with open(a.out, 'wb') as f:
        f.write(gd.SerializeToString())
    inp = frozen.inputs[0].name.split(':')[0]
    out = frozen.outputs[0].name.split(':')[0]
    print(f'{len(gd.node)} nodes, {os.path.getsize(a.out)} bytes')
    print(f'input={inp} output={out}')


if __name__ == '__main__':
    main()
