#!/usr/bin/env python3
"""make_quantize_ties.py - record TensorFlow's QuantizeV2 (quint8, MIN_FIRST)
codes where candidate roundings disagree, fed through a placeholder (so
TensorFlow 2.21 runs its oneDNN kernel on x86, not constant folding).

Writes tests/data/quantize_v2_ties.txt: one line per value,
    MIN MAX X CODE
as float32 bit patterns in hex (MIN/MAX are the ranges given to the op,
X the input, CODE TensorFlow's output).  The Check test
test_quantize_v2_runtime_rounding feeds the same values to tfgt.
Run with a Python that has TensorFlow 2.21 and numpy; never by make check.
"""
import os
import sys

import numpy as np
import tensorflow as tf

F = np.float32


def candidates(x, lo, hi):
    s = F(F(255) / F(hi - lo))
    shift = F(F(-lo) * s)
    mul_add = np.rint(F(x * s) + shift)
    sub_mul = np.floor(F(x - lo) * s + F(0.5))  # round half up of (x - min) * s
    return np.clip(mul_add, 0, 255), np.clip(sub_mul, 0, 255)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "data", "quantize_v2_ties.txt")
    rng = np.random.default_rng(7)
    groups = []
    for _ in range(12):
        lo = F(-rng.uniform(0.01, 50))
        hi = F(rng.uniform(0.01, 50))
        x = rng.uniform(lo, hi, 1_000_000).astype(F)
        a, b = candidates(x, lo, hi)
        groups.append((lo, hi, x[a != b][:24]))
    tf.compat.v1.disable_eager_execution()
    px = tf.compat.v1.placeholder(tf.float32, [None])
    plo = tf.compat.v1.placeholder(tf.float32, [])
    phi = tf.compat.v1.placeholder(tf.float32, [])
    q = tf.raw_ops.QuantizeV2(input=px, min_range=plo, max_range=phi, T=tf.quint8,
                              mode="MIN_FIRST")
    lines = []
    with tf.compat.v1.Session() as sess:
        for lo, hi, x in groups:
            codes = sess.run(q[0], {px: x, plo: lo, phi: hi}).astype(np.int64)
            for xi, c in zip(x, codes):
                lines.append("%08x %08x %08x %d" % (F(lo).view(np.uint32), F(hi).view(np.uint32),
                                                   F(xi).view(np.uint32), c))
    with open(out_path, "w") as f:
        f.write("# QuantizeV2 quint8 MIN_FIRST through a placeholder, TensorFlow %s:\n"
                "# min max x (float32 bits, hex) and TensorFlow's code\n" % tf.__version__)
        f.write("\n".join(lines) + "\n")
    print("%d values written to %s" % (len(lines), out_path))


if __name__ == "__main__":
    main()
