#!/usr/bin/env python3
"""Record TensorFlow's eight-bit kernels (tf.raw_ops) as C test cases.

Peer tool only (a Python with tensorflow-cpu 2.21): writes
tests/quant_cases.inc, an array of tf_case rows (tests/tf_cases.h) that
tests/test_kernels_quantized.c runs bit for bit.  Covers every mode of
QuantizeV2/Dequantize, Requantize, RequantizationRange,
QuantizeDownAndShrinkRange, QuantizedConv2D, QuantizedMatMul,
QuantizedBiasAdd, QuantizedAdd, QuantizedMul, QuantizedRelu/Relu6,
QuantizedReshape, QuantizedConcat and the pools, with ranges straddling
zero, all positive, all negative and zero width, and odd shapes.  Cases
where TensorFlow raises are recorded with its error (tfgt must fail too).

Usage: make_quant_cases.py  (seeded: rerunning gives the same file)
"""
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "quant_cases.inc")
RNG = np.random.RandomState(2021)

DT = {tf.float32: ("TFGT_DT_FLOAT", "f"), tf.quint8: ("TFGT_DT_QUINT8", "i"),
      tf.qint8: ("TFGT_DT_QINT8", "i"), tf.qint32: ("TFGT_DT_QINT32", "i"),
      tf.quint16: ("TFGT_DT_QUINT16", "i"), tf.qint16: ("TFGT_DT_QINT16", "i"),
      tf.int32: ("TFGT_DT_INT32", "i")}
TYPE_NAME = {tf.float32: "DT_FLOAT", tf.quint8: "DT_QUINT8", tf.qint8: "DT_QINT8",
             tf.qint32: "DT_QINT32", tf.quint16: "DT_QUINT16", tf.qint16: "DT_QINT16",
             tf.int32: "DT_INT32"}


def attr_text(key, value):
    if isinstance(value, bool):
        v = "b: %s" % ("true" if value else "false")
    elif isinstance(value, int):
        v = "i: %d" % value
    elif isinstance(value, float):
        v = "f: %r" % value
    elif isinstance(value, str):
        v = "s: \\\"%s\\\"" % value
    elif isinstance(value, list):
        v = "list { %s }" % " ".join("i: %d" % x for x in value)
    else:
        v = "type: %s" % TYPE_NAME[value]
    return "attr { key: \\\"%s\\\" value { %s } }" % (key, v)


def spec(t, dtype):
    arr = np.asarray(t.numpy() if hasattr(t, "numpy") else t)
    if dtype in (tf.quint8, tf.qint8, tf.qint32, tf.quint16, tf.qint16):
        arr = arr.astype(np.int64)
    cname, kind = DT[dtype]
    shape = list(arr.shape)
    dims = "{%s}" % (", ".join(str(d) for d in shape) if shape else "0")
    flat = arr.reshape(-1)
    if kind == "f":
        vals = "(const double[]){%s}" % ", ".join(repr(float(np.float32(x))) for x in flat) if flat.size else "NULL"
        return "{%s, %d, %s, %s, NULL, 0}" % (cname, len(shape), dims, vals)
    vals = "(const int64_t[]){%s}" % ", ".join(str(int(x)) for x in flat) if flat.size else "NULL"
    return "{%s, %d, %s, NULL, %s, 0}" % (cname, len(shape), dims, vals)


ROWS = []


def case(op, attrs, inputs, fn):
    """inputs: list of (value, tf dtype).  fn(*tf tensors) -> outputs."""
    node = "name: \\\"n\\\" op: \\\"%s\\\" %s" % (op, " ".join(attr_text(k, v) for k, v in attrs))
    # graph mode, as a GraphDef runs in a Session: eager dispatch may pick
    # oneDNN kernels that round differently from the ones graphs get
    graph = tf.Graph()
    with graph.as_default():
        return _case_in_graph(node, inputs, fn)


def _case_in_graph(node, inputs, fn):
    # inputs are fed through placeholders, so nothing is constant-folded:
    # the kernels that run are the ones a deployed graph's ops get
    tensors, feeds = [], {}
    for value, dtype in inputs:
        if dtype in (tf.quint8, tf.qint8, tf.qint32, tf.quint16, tf.qint16):
            base = {tf.quint8: tf.uint8, tf.qint8: tf.int8, tf.qint32: tf.int32,
                    tf.quint16: tf.uint16, tf.qint16: tf.int16}[dtype]
            ph = tf.compat.v1.placeholder(base, np.asarray(value).shape)
            feeds[ph] = np.asarray(value).astype(base.as_numpy_dtype)
            tensors.append(tf.dtypes.cast(ph, dtype))
        else:
            ph = tf.compat.v1.placeholder(dtype, np.asarray(value).shape)
            feeds[ph] = np.asarray(value).astype(dtype.as_numpy_dtype)
            tensors.append(ph)
    in_specs = [spec(np.asarray(v), d) for v, d in inputs]
    try:
        outs = fn(*tensors)
        if not isinstance(outs, (list, tuple)):
            outs = [outs]
        fetch = []
        for o in outs:
            d = o.dtype
            if d in (tf.quint8, tf.qint8, tf.qint32, tf.quint16, tf.qint16):
                o = tf.dtypes.cast(o, {tf.quint8: tf.uint8, tf.qint8: tf.int8, tf.qint32: tf.int32,
                                       tf.quint16: tf.uint16, tf.qint16: tf.int16}[d])
            fetch.append(o)
        with tf.compat.v1.Session() as session:
            values = session.run(fetch, feeds)
        out_specs = [spec(np.asarray(v), o.dtype) for v, o in zip(values, outs)]
        error = "NULL"
    except tf.errors.NotFoundError:
        return  # no CPU kernel for this type in TensorFlow: nothing to compare
    except (tf.errors.InvalidArgumentError, tf.errors.UnimplementedError):
        out_specs = []
        error = "\"\""  # tfgt must fail too; messages differ in wording
    ROWS.append("    {\"%s\", %d, {%s}, %d, {%s}, %s, 0.0}," % (
        node, len(in_specs), ", ".join(in_specs), len(out_specs), ", ".join(out_specs), error))


def rand(shape, lo, hi):
    return RNG.uniform(lo, hi, shape).astype(np.float32)


def codes(shape, dtype=np.uint8):
    info = np.iinfo(dtype)
    return RNG.randint(info.min, info.max + 1, shape).astype(np.int64)


RANGES = [(-1.0, 1.0), (0.0, 6.0), (-3.5, -0.25), (0.5, 2.0), (0.0, 0.0), (-12.0, 243.0),
          (-0.001, 0.003), (-7.1, 9.3)]


def main():
    R = tf.raw_ops
    # QuantizeV2 / Dequantize in every mode
    for T in (tf.quint8, tf.qint8, tf.qint32, tf.quint16, tf.qint16):
        for mode in ("MIN_COMBINED", "MIN_FIRST", "SCALED"):
            for narrow in ((False, True) if mode == "SCALED" else (False,)):
                for lo, hi in RANGES:
                    x = np.concatenate([[lo, hi, 0.0, (lo + hi) / 2], rand(17, lo - 1, hi + 1)])
                    x = x.astype(np.float32)
                    attrs = [("T", T), ("mode", mode), ("narrow_range", narrow)]
                    case("QuantizeV2", attrs, [(x, tf.float32), (np.float32(lo), tf.float32),
                                               (np.float32(hi), tf.float32)],
                         lambda a, b, c, T=T, mode=mode, narrow=narrow: R.QuantizeV2(
                             input=a, min_range=b, max_range=c, T=T, mode=mode,
                             narrow_range=narrow))
                    info = {tf.quint8: np.uint8, tf.qint8: np.int8, tf.qint32: np.int32,
                            tf.quint16: np.uint16, tf.qint16: np.int16}[T]
                    q = codes(13, info)
                    case("Dequantize", attrs, [(q, T), (np.float32(lo), tf.float32),
                                               (np.float32(hi), tf.float32)],
                         lambda a, b, c, T=T, mode=mode, narrow=narrow: R.Dequantize(
                             input=a, min_range=b, max_range=c, mode=mode, narrow_range=narrow))
    # SCALED with round half to even; per-channel (axis) ranges
    x = np.array([[-1.5, -0.5, 0.5, 1.5, 2.5], [-2.5, 0.25, 3.5, -3.5, 0.0]], np.float32)
    case("QuantizeV2", [("T", tf.qint8), ("mode", "SCALED"), ("round_mode", "HALF_TO_EVEN")],
         [(x, tf.float32), (np.float32(-127.0), tf.float32), (np.float32(127.0), tf.float32)],
         lambda a, b, c: R.QuantizeV2(input=a, min_range=b, max_range=c, T=tf.qint8,
                                      mode="SCALED", round_mode="HALF_TO_EVEN"))
    for mode in ("MIN_COMBINED", "SCALED"):
        xs = rand((3, 4), -2, 2)
        mins = np.array([-1.0, -2.0, -0.5], np.float32)
        maxs = np.array([1.0, 0.5, 2.0], np.float32)
        case("QuantizeV2", [("T", tf.qint8), ("mode", mode), ("axis", 0)],
             [(xs, tf.float32), (mins, tf.float32), (maxs, tf.float32)],
             lambda a, b, c, mode=mode: R.QuantizeV2(input=a, min_range=b, max_range=c,
                                                     T=tf.qint8, mode=mode, axis=0))
        q = codes((4, 3), np.int8)
        case("Dequantize", [("T", tf.qint8), ("mode", mode), ("axis", 1)],
             [(q, tf.qint8), (mins, tf.float32), (maxs, tf.float32)],
             lambda a, b, c, mode=mode: R.Dequantize(input=a, min_range=b, max_range=c,
                                                     mode=mode, axis=1))
    # min > max must fail
    case("QuantizeV2", [("T", tf.quint8), ("mode", "MIN_FIRST")],
         [(np.zeros(3, np.float32), tf.float32), (np.float32(2.0), tf.float32),
          (np.float32(1.0), tf.float32)],
         lambda a, b, c: R.QuantizeV2(input=a, min_range=b, max_range=c, T=tf.quint8,
                                      mode="MIN_FIRST"))
    # Requantize / RequantizationRange / QuantizeDownAndShrinkRange
    for in_lo, in_hi in [(-256.0, 256.0), (-3e6, 3e6), (-1.0, 1.0), (-7.5, 100.0)]:
        q = np.concatenate([[-2 ** 31, 2 ** 31 - 1, 0, 2 ** 23, -2 ** 23],
                            RNG.randint(-2 ** 31, 2 ** 31 - 1, 15)]).astype(np.int64)
        rng = [(q, tf.qint32), (np.float32(in_lo), tf.float32), (np.float32(in_hi), tf.float32)]
        case("RequantizationRange", [("Tinput", tf.qint32)], rng,
             lambda a, b, c: R.RequantizationRange(input=a, input_min=b, input_max=c))
        case("QuantizeDownAndShrinkRange", [("Tinput", tf.qint32), ("out_type", tf.quint8)], rng,
             lambda a, b, c: R.QuantizeDownAndShrinkRange(input=a, input_min=b, input_max=c,
                                                          out_type=tf.quint8))
        for out_lo, out_hi in [(-1.0, 1.0), (-5.0, 20.0), (0.0, 0.0), (-100.0, 1e-3)]:
            case("Requantize", [("Tinput", tf.qint32), ("out_type", tf.quint8)],
                 rng + [(np.float32(out_lo), tf.float32), (np.float32(out_hi), tf.float32)],
                 lambda a, b, c, d, e: R.Requantize(input=a, input_min=b, input_max=c,
                                                    requested_output_min=d,
                                                    requested_output_max=e, out_type=tf.quint8))
    # requested_output_min > 0 fails
    case("Requantize", [("Tinput", tf.qint32), ("out_type", tf.quint8)],
         [(np.zeros(2, np.int64), tf.qint32), (np.float32(-1), tf.float32),
          (np.float32(1), tf.float32), (np.float32(0.5), tf.float32), (np.float32(1), tf.float32)],
         lambda a, b, c, d, e: R.Requantize(input=a, input_min=b, input_max=c,
                                            requested_output_min=d, requested_output_max=e,
                                            out_type=tf.quint8))
    # QuantizedConv2D
    for shape, fshape, strides, padding, rin, rf in [
            ((1, 3, 4, 1), (3, 3, 1, 1), [1, 1, 1, 1], "SAME", (0.0, 12.0), (1.0, 9.0)),
            ((1, 4, 4, 1), (3, 3, 1, 1), [1, 2, 2, 1], "SAME", (0.0, 255.0), (0.0, 255.0)),
            ((2, 5, 7, 3), (3, 2, 3, 4), [1, 1, 1, 1], "VALID", (-1.0, 1.0), (-0.5, 0.7)),
            ((1, 6, 5, 2), (2, 3, 2, 3), [1, 2, 1, 1], "SAME", (1.0, 12.0), (-2.0, -1.0))]:
        # (a VALID window larger than the image aborts TensorFlow 2.21 with a
        # failed CHECK; tfgt's own test covers it)
        case("QuantizedConv2D", [("Tinput", tf.quint8), ("Tfilter", tf.quint8),
                                 ("out_type", tf.qint32), ("strides", strides),
                                 ("padding", padding)],
             [(codes(shape), tf.quint8), (codes(fshape), tf.quint8),
              (np.float32(rin[0]), tf.float32), (np.float32(rin[1]), tf.float32),
              (np.float32(rf[0]), tf.float32), (np.float32(rf[1]), tf.float32)],
             lambda a, b, c, d, e, f, strides=strides, padding=padding: R.QuantizedConv2D(
                 input=a, filter=b, min_input=c, max_input=d, min_filter=e, max_filter=f,
                 out_type=tf.qint32, strides=strides, padding=padding))
    # QuantizedMatMul
    for m, k, n, ta, tb, ra, rb in [(2, 3, 4, False, False, (0.0, 255.0), (0.0, 255.0)),
                                    (3, 4, 2, True, False, (-12.0, 243.0), (0.0, 255.0)),
                                    (5, 7, 3, False, True, (-1.0, 2.0), (-0.3, 0.4)),
                                    (4, 4, 4, True, True, (0.5, 3.0), (-6.0, -1.0)),
                                    (1, 1, 1, True, False, (-12.0, 243.0), (1.0, 1.0))]:
        sa = (k, m) if ta else (m, k)
        sb = (n, k) if tb else (k, n)
        case("QuantizedMatMul", [("T1", tf.quint8), ("T2", tf.quint8), ("Toutput", tf.qint32),
                                 ("transpose_a", ta), ("transpose_b", tb)],
             [(codes(sa), tf.quint8), (codes(sb), tf.quint8), (np.float32(ra[0]), tf.float32),
              (np.float32(ra[1]), tf.float32), (np.float32(rb[0]), tf.float32),
              (np.float32(rb[1]), tf.float32)],
             lambda a, b, c, d, e, f, ta=ta, tb=tb: R.QuantizedMatMul(
                 a=a, b=b, min_a=c, max_a=d, min_b=e, max_b=f, Toutput=tf.qint32,
                 transpose_a=ta, transpose_b=tb))
    # QuantizedBiasAdd / QuantizedAdd / QuantizedMul
    # the last pair is MobileNet's logits BiasAdd: there TensorFlow's code of
    # 0.0 in the total range is -1, not 0, and is added to every element
    for ri, rb in [((0.0, 6.0), (-1.0, 1.0)), ((-3.0, 5.0), (0.0, 0.5)), ((-2.0, -1.0), (1.0, 3.0)),
                   ((-6.078547, 4.9560437), (-3.365704, 3.2867367))]:
        case("QuantizedBiasAdd", [("T1", tf.quint8), ("T2", tf.quint8), ("out_type", tf.qint32)],
             [(codes((2, 3, 5)), tf.quint8), (codes(5), tf.quint8),
              (np.float32(ri[0]), tf.float32), (np.float32(ri[1]), tf.float32),
              (np.float32(rb[0]), tf.float32), (np.float32(rb[1]), tf.float32)],
             lambda a, b, c, d, e, f: R.QuantizedBiasAdd(input=a, bias=b, min_input=c,
                                                         max_input=d, min_bias=e, max_bias=f,
                                                         out_type=tf.qint32))
        for sx, sy in [((2, 5), (2, 5)), ((3, 4), ()), ((3, 4), (4,)), ((4,), (3, 4)),
                       ((2, 1, 3), (1, 4, 1))]:
            for op in ("QuantizedAdd", "QuantizedMul"):
                fn = R.QuantizedAdd if op == "QuantizedAdd" else R.QuantizedMul
                case(op, [("T1", tf.quint8), ("T2", tf.quint8), ("Toutput", tf.qint32)],
                     [(codes(sx), tf.quint8), (codes(sy), tf.quint8),
                      (np.float32(ri[0]), tf.float32), (np.float32(ri[1]), tf.float32),
                      (np.float32(rb[0]), tf.float32), (np.float32(rb[1]), tf.float32)],
                     lambda a, b, c, d, e, f, fn=fn: fn(x=a, y=b, min_x=c, max_x=d, min_y=e,
                                                        max_y=f, Toutput=tf.qint32))
    # QuantizedRelu / Relu6 / Reshape
    for lo, hi in [(-1.0, 1.0), (-3.0, 10.0), (0.0, 5.0), (-5.0, -1.0)]:
        for op, fn in [("QuantizedRelu", R.QuantizedRelu), ("QuantizedRelu6", R.QuantizedRelu6)]:
            case(op, [("Tinput", tf.quint8), ("out_type", tf.quint8)],
                 [(codes((3, 7)), tf.quint8), (np.float32(lo), tf.float32),
                  (np.float32(hi), tf.float32)],
                 lambda a, b, c, fn=fn: fn(features=a, min_features=b, max_features=c,
                                           out_type=tf.quint8))
    case("QuantizedReshape", [("T", tf.quint8)],
         [(codes((4, 5)), tf.quint8), (np.array([10, -1], np.int32), tf.int32),
          (np.float32(-1), tf.float32), (np.float32(2), tf.float32)],
         lambda a, b, c, d: R.QuantizedReshape(tensor=a, shape=b, input_min=c, input_max=d))
    # QuantizedConcat
    for ranges in [[(1.0, 2.0), (3.0, 5.0)], [(1.0, 2.0), (1.0, 2.0)], [(0.0, 2.0), (0.0, 2.0)],
                   [(-3.0, -1.0), (-2.0, -1.5)], [(-1.0, 1.0), (0.0, 4.0), (-0.5, 0.5)]]:
        vals = [codes((2, 3)) for _ in ranges]
        n = len(ranges)
        inputs = [(np.int32(1), tf.int32)] + [(v, tf.quint8) for v in vals] + \
            [(np.float32(r[0]), tf.float32) for r in ranges] + \
            [(np.float32(r[1]), tf.float32) for r in ranges]
        case("QuantizedConcat", [("N", n), ("T", tf.quint8)], inputs,
             lambda *t, n=n: R.QuantizedConcat(concat_dim=t[0], values=list(t[1:1 + n]),
                                               input_mins=list(t[1 + n:1 + 2 * n]),
                                               input_maxes=list(t[1 + 2 * n:])))
    # pools
    for op, fn in [("QuantizedMaxPool", R.QuantizedMaxPool), ("QuantizedAvgPool", R.QuantizedAvgPool)]:
        for ksize, strides, padding in [([1, 2, 2, 1], [1, 1, 1, 1], "SAME"),
                                        ([1, 3, 3, 1], [1, 2, 2, 1], "VALID"),
                                        ([1, 3, 2, 1], [1, 2, 1, 1], "SAME")]:
            case(op, [("T", tf.quint8), ("ksize", ksize), ("strides", strides),
                      ("padding", padding)],
                 [(codes((2, 5, 6, 3)), tf.quint8), (np.float32(-1), tf.float32),
                  (np.float32(3), tf.float32)],
                 lambda a, b, c, fn=fn, ksize=ksize, strides=strides, padding=padding: fn(
                     input=a, min_input=b, max_input=c, ksize=ksize, strides=strides,
                     padding=padding))
    # QuantizedResizeBilinear
    for align in (False, True):
        for lo, hi in [(-1.0, 3.0), (0.0, 255.0)]:
            case("QuantizedResizeBilinear", [("T", tf.quint8), ("align_corners", align)],
                 [(codes((1, 3, 4, 2)), tf.quint8), (np.array([5, 7], np.int32), tf.int32),
                  (np.float32(lo), tf.float32), (np.float32(hi), tf.float32)],
                 lambda a, b, c, d, align=align: R.QuantizedResizeBilinear(
                     images=a, size=b, min=c, max=d, align_corners=align))
    with open(OUT, "w") as f:
        f.write("/* Made by tests/peer/make_quant_cases.py with TensorFlow %s (tf.raw_ops, CPU).\n"
                " * Do not edit; rerun the script. */\n" % tf.__version__)
        f.write("\n".join(ROWS) + "\n")
    print("%d cases written to %s" % (len(ROWS), OUT))


if __name__ == "__main__":
    main()
