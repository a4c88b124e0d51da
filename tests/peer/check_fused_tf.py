#!/usr/bin/env python3
"""Peer check: do TensorFlow's own fused eight-bit ops compute what tfgt's
kernels of the same names compute (lib/kernels/quantized_fused.c), and do
the graphs quantize_nodes(fuse=true) writes load and run in TensorFlow?
Needs tensorflow (skips cleanly without it) and a built tree.

Usage: check_fused_tf.py BUILDDIR

Part 1 runs single ops (Conv2D, DepthwiseConv2D and MatMul, with and
without Relu) in both, from one GraphDef: an input range that starts at 0
and one that holds negatives (quint8 input with min_input < 0), scalar and
per-channel filter ranges, a float bias.  Part 2 builds a small float net,
quantizes it with tfgt (fuse=true, per_channel=true, calibration samples),
and runs the result in both and against float.  Prints, per case, the
largest difference in output codes (or floats) and a verdict.

Answer recorded with TensorFlow 2.21 (oneDNN build, x86), 2026-12-06:
  - TensorFlow accepts tfgt's inputs to the Relu ops (quint8 input, qint8
    filter with scalar or per-channel Conv2D/Depthwise ranges, float bias,
    frozen output range) and, where the input range starts at 0, agrees
    with tfgt bit for bit (max code difference 0) on Conv2D, Depthwise and
    MatMul; a whole fused net with its input in [0, 1] gives identical
    logits in both;
  - with min_input < 0 it differs (up to 255 codes): TensorFlow reads
    quint8 input as scaled codes without a zero point (x = q * max|range|
    / 255), tfgt as QuantizeV2 MIN_FIRST made them (x = (q - zero) * step);
    a net whose input is in [-1, 1] differs by 0.3 in the logits (tfgt
    0.016 from float, TensorFlow 0.31);
  - QuantizedConv2DWithBiasAndRequantize (no Relu) has no quint8-output
    kernel in TensorFlow; QuantizedMatMulWithBiasAndRequantize with quint8
    output clamps negative results to code 0 (scaled, no zero point);
  - the MatMul ops refuse per-channel min_b/max_b (shape function wants
    scalars), so quantize_nodes gives MatMul one weight range.
So TensorFlow's semantics match on layers that read ReLU outputs and end
in Relu/Relu6 (all of MobileNet's but the first and the logits); the
first layer (signed image) and bias-only layers compute differently there,
so quantize_nodes gives those tfgt's own op names ("Tfgt" + TensorFlow's),
and TensorFlow refuses such a graph rather than answering wrongly; part 2
checks that, then puts TensorFlow's names back to compare the numbers.
Exit status 0 when every case that is expected to agree does.
"""
import os
import subprocess
import sys
import tempfile

try:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    import numpy as np
    import tensorflow as tf
except ImportError:
    print("SKIP: tensorflow is not installed")
    sys.exit(0)

tf.compat.v1.disable_eager_execution()
BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
RUN_GRAPH = os.path.join(BUILD, "run_graph")
TRANSFORM = os.path.join(BUILD, "transform_graph")


def run_tfgt(pb, outputs, feeds=None, workdir=None):
    out_dir = tempfile.mkdtemp(dir=workdir)
    cmd = [RUN_GRAPH, "--graph=" + pb, "--save=" + out_dir, "--threads=1"]
    for name, path in (feeds or {}).items():
        cmd.append("--input=%s=%s" % (name, path))
    cmd += ["--output=" + o for o in outputs]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    res = []
    for o in outputs:
        fname = o.replace("/", "_").replace(":", "_") + ".npy"
        res.append(np.load(os.path.join(out_dir, fname)))
    return res


def op_case(kind, relu, signed_input, per_channel, seed, workdir):
    """One fused op in one GraphDef, run in TensorFlow and in tfgt."""
    rng = np.random.default_rng(seed)
    g = tf.Graph()
    with g.as_default():
        if kind == "matmul":
            x = rng.integers(0, 256, (3, 20)).astype(np.uint8)
            w = rng.integers(-127, 128, (20, 7)).astype(np.int8)
            ch = 7
        elif kind == "depthwise":
            x = rng.integers(0, 256, (1, 6, 7, 5)).astype(np.uint8)
            w = rng.integers(-127, 128, (3, 3, 5, 1)).astype(np.int8)
            ch = 5
        else:
            x = rng.integers(0, 256, (1, 6, 7, 5)).astype(np.uint8)
            w = rng.integers(-127, 128, (3, 3, 5, 6)).astype(np.int8)
            ch = 6
        bias = rng.uniform(-0.5, 0.5, ch).astype(np.float32)
        m = rng.uniform(0.05, 0.3, ch if per_channel else 1).astype(np.float32)
        min_f, max_f = (-m, m) if per_channel else (float(-m[0]), float(m[0]))
        min_x, max_x = (-1.0, 1.0) if signed_input else (0.0, 2.0)
        out_lo, out_hi = (0.0, 6.0) if relu else (-4.0, 4.0)
        args = dict(input=tf.constant(x, dtype=tf.quint8), filter=tf.constant(w, dtype=tf.qint8),
                    bias=tf.constant(bias), min_input=min_x, max_input=max_x,
                    min_filter=tf.constant(min_f, tf.float32),
                    max_filter=tf.constant(max_f, tf.float32),
                    min_freezed_output=out_lo, max_freezed_output=out_hi)
        try:
            if kind == "matmul":
                a = dict(a=args.pop("input"), b=args.pop("filter"), min_a=args.pop("min_input"),
                         max_a=args.pop("max_input"), min_b=args.pop("min_filter"),
                         max_b=args.pop("max_filter"), **args)
                op = (tf.raw_ops.QuantizedMatMulWithBiasAndReluAndRequantize if relu
                      else tf.raw_ops.QuantizedMatMulWithBiasAndRequantize)
                r = op(Toutput=tf.quint8, name="fused", **a)
            elif kind == "depthwise":
                r = tf.raw_ops.QuantizedDepthwiseConv2DWithBiasAndReluAndRequantize(
                    strides=[1, 1, 1, 1], padding="SAME", out_type=tf.quint8, name="fused", **args)
            else:
                op = (tf.raw_ops.QuantizedConv2DWithBiasAndReluAndRequantize if relu
                      else tf.raw_ops.QuantizedConv2DWithBiasAndRequantize)
                r = op(strides=[1, 1, 1, 1], padding="SAME", out_type=tf.quint8, name="fused", **args)
        except (ValueError, TypeError) as e:
            return None, "TensorFlow refused the graph: %s" % str(e).splitlines()[0][:160]
        pb = os.path.join(workdir, "op_%d.pb" % seed)
        with open(pb, "wb") as f:
            f.write(g.as_graph_def().SerializeToString())
        with tf.compat.v1.Session(graph=g) as s:
            try:
                tf_out = s.run(r[0])
            except Exception as e:  # noqa: BLE001 - report what TensorFlow says
                return None, "TensorFlow refused: %s" % str(e).splitlines()[0]
    ours = run_tfgt(pb, ["fused"], workdir=workdir)[0]
    return int(np.max(np.abs(tf_out.astype(np.int32) - ours.astype(np.int32)))), None


def small_net(workdir):
    """A float net: conv3x3+bias+Relu6, conv1x1+bias+Relu, depthwise+bias+Relu6,
    flatten, MatMul+bias."""
    rng = np.random.default_rng(5)
    g = tf.Graph()
    with g.as_default():
        x = tf.compat.v1.placeholder(tf.float32, (1, 8, 8, 3), name="image")
        y = tf.nn.conv2d(x, rng.uniform(-0.5, 0.5, (3, 3, 3, 8)).astype(np.float32), 1, "SAME")
        y = tf.nn.relu6(tf.nn.bias_add(y, rng.uniform(-0.2, 0.4, 8).astype(np.float32)))
        y = tf.nn.conv2d(y, rng.uniform(-0.6, 0.6, (1, 1, 8, 8)).astype(np.float32), 1, "SAME")
        y = tf.nn.relu(tf.add(y, rng.uniform(-0.2, 0.4, 8).astype(np.float32)))
        y = tf.nn.depthwise_conv2d(y, rng.uniform(-0.5, 0.5, (3, 3, 8, 1)).astype(np.float32),
                                   [1, 1, 1, 1], "SAME")
        y = tf.nn.relu6(tf.nn.bias_add(y, rng.uniform(-0.2, 0.4, 8).astype(np.float32)))
        y = tf.reshape(y, (1, 512))
        y = tf.matmul(y, rng.uniform(-0.1, 0.1, (512, 5)).astype(np.float32))
        # a Relu at the end: TensorFlow's MatMul op without it differs
        tf.nn.relu(tf.nn.bias_add(y, rng.uniform(-0.5, 0.5, 5).astype(np.float32)), name="logits")
    pb = os.path.join(workdir, "float.pb")
    with open(pb, "wb") as f:
        f.write(g.as_graph_def().SerializeToString())
    return pb


def run_tf(pb, feed, fetch):
    gd = tf.compat.v1.GraphDef()
    gd.ParseFromString(open(pb, "rb").read())
    with tf.Graph().as_default() as g:
        tf.import_graph_def(gd, name="")
        with tf.compat.v1.Session(graph=g) as s:
            return s.run(fetch + ":0", {"image:0": feed})


def transform_case(workdir, input_range):
    lo, hi = input_range
    rng = np.random.default_rng(9)
    calib = os.path.join(workdir, "calib_%g" % lo)
    os.makedirs(calib)
    for i in range(8):
        np.save(os.path.join(calib, "%d.npy" % i),
                rng.uniform(lo, hi, (1, 8, 8, 3)).astype(np.float32))
    feed = rng.uniform(lo, hi, (1, 8, 8, 3)).astype(np.float32)
    feed_path = os.path.join(workdir, "feed_%g.npy" % lo)
    np.save(feed_path, feed)
    fpb = small_net(workdir)
    qpb = os.path.join(workdir, "fused_%g.pb" % lo)
    subprocess.run([TRANSFORM, "--in_graph=" + fpb, "--out_graph=" + qpb, "--inputs=image",
                    "--outputs=logits", "--calibration_data=image=" + calib,
                    "--transforms=quantize_nodes(fuse=true, per_channel=true) "
                    "strip_unused_nodes"], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    float_out = run_tf(fpb, feed, "logits")
    ours = run_tfgt(qpb, ["logits"], {"image": feed_path}, workdir)[0]
    # the first layer reads the image, so tfgt gives it its own op name
    # ("Tfgt" + TensorFlow's), which TensorFlow must refuse to load
    try:
        run_tf(qpb, feed, "logits")
        return None, "TensorFlow loaded a graph with tfgt's own ops"
    except Exception as e:  # noqa: BLE001
        if "Op type not registered 'Tfgt" not in str(e):
            return None, "TensorFlow failed otherwise: %s" % str(e).splitlines()[0]
    # with TensorFlow's names put back, it runs: the same answer where the
    # input cannot be negative, a different one where it can
    gd = tf.compat.v1.GraphDef()
    with open(qpb, "rb") as f:
        gd.ParseFromString(f.read())
    for node in gd.node:
        if node.op.startswith("Tfgt"):
            node.op = node.op[len("Tfgt"):]
    renamed = os.path.join(workdir, "renamed_%g.pb" % lo)
    with open(renamed, "wb") as f:
        f.write(gd.SerializeToString())
    try:
        theirs = run_tf(renamed, feed, "logits")
    except Exception as e:  # noqa: BLE001
        return None, "TensorFlow could not run the renamed graph: %s" % str(e).splitlines()[0]
    return (float(np.max(np.abs(ours - theirs))), float(np.max(np.abs(ours - float_out))),
            float(np.max(np.abs(theirs - float_out)))), None


def main():
    failures = 0
    with tempfile.TemporaryDirectory() as workdir:
        print("part 1: single ops, max |TensorFlow code - tfgt code|")
        seed = 0
        for kind in ("conv", "depthwise", "matmul"):
            for relu in ((True,) if kind == "depthwise" else (True, False)):
                for signed in (False, True):
                    for per_channel in (False, True):
                        seed += 1
                        diff, why = op_case(kind, relu, signed, per_channel, seed, workdir)
                        if (kind == "conv" and not relu) or (kind == "matmul" and per_channel):
                            expected = "refused"
                        elif signed or not relu:
                            expected = "differ"
                        else:
                            expected = "agree"
                        outcome = "refused" if why else "agree" if diff <= 1 else "differ"
                        label = "%-9s relu=%-5s min_input%s0 filter=%-11s" % (
                            kind, relu, "<" if signed else "=",
                            "per-channel" if per_channel else "scalar")
                        detail = why[:90] if why else "max diff %3d" % diff
                        flag = "" if outcome == expected else "  UNEXPECTED (expected %s)" % expected
                        failures += outcome != expected
                        print("  %s: %-7s %s%s" % (label, outcome, detail, flag))
        print("part 2: small net quantized by tfgt (fuse=true): TensorFlow refuses tfgt's own "
              "op names; with TensorFlow's names put back, max |logits| differences")
        for rng_ in ((0.0, 1.0), (-1.0, 1.0)):
            res, why = transform_case(workdir, rng_)
            if why:
                print("  input in [%g, %g]: %s" % (rng_ + (why,)))
                failures += 1
                continue
            tf_vs_ours, ours_vs_float, tf_vs_float = res
            print("  input in [%g, %g]: tfgt vs TensorFlow %.4f, tfgt vs float %.4f, "
                  "TensorFlow vs float %.4f" % (rng_ + res))
            # a signed input reaches TensorFlow's first layer without its zero point
            if (tf_vs_ours <= 0.05) != (rng_[0] >= 0):
                print("    UNEXPECTED")
                failures += 1
    print("answer: TensorFlow agrees bit for bit on the Relu ops whose input range starts at 0 "
          "(the layers tfgt gives TensorFlow's names); it reads a signed quint8 input without a "
          "zero point, has no quint8 Conv2D kernel without Relu, clamps the MatMul op without "
          "Relu at 0 and refuses per-channel MatMul ranges, so tfgt names those layers' ops "
          "Tfgt* and TensorFlow refuses the graph instead of answering wrongly"
          if failures == 0 else "answer: see the UNEXPECTED lines above")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
