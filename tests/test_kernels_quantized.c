/* test_kernels_quantized.c - the eight-bit kernels against TensorFlow 2.21
 * bit for bit (tests/quant_cases.inc, made by tests/peer/make_quant_cases.py
 * with tf.raw_ops in graph mode, as a GraphDef runs), and hostile inputs: each must fail with an error naming
 * the node, never crash or read out of bounds. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "tf_cases.h"

static const tf_case quant_cases[] = {
#include "quant_cases.inc"
};

/* Where TensorFlow 2.21 is measurably wrong, tfgt does better (README,
 * "Differences"); those cases must run and agree in shape. */
static const char *known_deviation(const tf_case *c)
{
    const char *node = c->node;
    if (strstr(node, "\"QuantizeV2\"") && strstr(node, "DT_QINT32") &&
        !strstr(node, "MIN_FIRST"))
        return "QuantizeV2 to qint32: TensorFlow's float-to-int conversion wraps the top code "
               "to INT32_MIN; tfgt saturates";
    if (strstr(node, "\"QuantizeV2\"") && strstr(node, "SCALED") && strstr(node, "b: true") &&
        (strstr(node, "DT_QUINT8") || strstr(node, "DT_QUINT16")))
        return "QuantizeV2 SCALED to an unsigned type with narrow_range: TensorFlow clamps to "
               "a range whose lowest code it then does not use";
    if (strstr(node, "\"Dequantize\"") && strstr(node, "SCALED") && strstr(node, "b: true") &&
        (strstr(node, "DT_QUINT8") || strstr(node, "DT_QUINT16")))
        return "Dequantize SCALED of an unsigned type with narrow_range: TensorFlow 2.21's "
               "oneDNN kernel returns the codes unscaled";
    if (strstr(node, "HALF_TO_EVEN") && !strstr(node, "narrow_range"))
        return "QuantizeV2 HALF_TO_EVEN: TensorFlow 2.21's oneDNN kernel rounds half away from "
               "zero whatever round_mode says";
    return NULL;
}

/* Requantize into a range far narrower than the input's overflows
 * TensorFlow's 64-bit fixed-point product; tfgt uses 128 bits. */
static bool requantize_overflows(const tf_case *c)
{
    double in_range, out_range;
    if (!strstr(c->node, "\"Requantize\"") || c->n_in < 5 || c->error)
        return false;
    in_range = c->in[2].f[0] - c->in[1].f[0];
    out_range = c->in[4].f[0] - c->in[3].f[0];
    return out_range > 0 && 255.0 * 65536.0 * in_range / out_range * 2147483648.0 > 9.2e18;
}

START_TEST(test_tensorflow_cases)
{
    const tf_case *c = &quant_cases[_i];
    const char *why = known_deviation(c);
    tfgt_tensor *inputs[12], *outputs[8];
    size_t n_outputs = 0;
    tfgt_error err;
    if (!why && requantize_overflows(c))
        why = "Requantize overflow in TensorFlow";
    if (!why || c->error) {
        tf_case_run(c);
        return;
    }
    for (int k = 0; k < c->n_in; k++)
        inputs[k] = tf_case_tensor(&c->in[k]);
    tfgt_error_clear(&err);
    ck_assert_msg(tfgt_test_run_op(c->node, (const tfgt_tensor *const *)inputs, (size_t)c->n_in,
                                   1, outputs, 8, &n_outputs, &err) == TFGT_OK,
                  "%s: %s", why, err.message);
    ck_assert_int_eq((int)n_outputs, c->n_out);
    for (int k = 0; k < c->n_out; k++) {
        tfgt_tensor *want = tf_case_tensor(&c->out[k]);
        ck_assert(tfgt_tensor_same_shape(outputs[k], want));
        if (k > 0 && (strstr(why, "Requantize") || strstr(why, "qint32")))
            tf_case_assert_same(outputs[k], want, 0, why);
        tfgt_tensor_free(want);
    }
    for (size_t k = 0; k < n_outputs; k++)
        tfgt_tensor_free(outputs[k]);
    for (int k = 0; k < c->n_in; k++)
        tfgt_tensor_free(inputs[k]);
}
END_TEST

/* ---- hostile input ------------------------------------------------------- */

typedef struct hostile {
    const char *what;
    const char *node;
    int n_in;
    tspec in[6];
    const char *error;
} hostile;

#define F(v) {TFGT_DT_FLOAT, 0, {0}, (const double[]){v}, NULL, 0}
#define QU8(n) {TFGT_DT_QUINT8, 1, {n}, NULL, NULL, 1}
#define Q32(n) {TFGT_DT_QINT32, 1, {n}, NULL, NULL, 1}
#define CONV "name: 'n' op: 'QuantizedConv2D' attr { key: 'strides' value { list { i: 1 i: 1 i: 1 i: 1 } } } attr { key: 'padding' value { s: 'VALID' } }"

static const hostile hostile_cases[] = {
    {"empty min tensor", "name: 'n' op: 'Dequantize' attr { key: 'T' value { type: DT_QUINT8 } }", 3,
     {QU8(4), {TFGT_DT_FLOAT, 1, {0}, NULL, NULL, 0}, F(1)}, "min_range has 0 values"},
    {"non-scalar max", "name: 'n' op: 'Requantize' attr { key: 'out_type' value { type: DT_QUINT8 } }", 5,
     {Q32(4), F(-1), {TFGT_DT_FLOAT, 1, {2}, (const double[]){1, 2}, NULL, 0}, F(-1), F(1)},
     "input_max must hold exactly one value"},
    {"min above max", "name: 'n' op: 'QuantizedRelu' attr { key: 'out_type' value { type: DT_QUINT8 } }", 3,
     {QU8(4), F(2), F(1)}, "above"},
    {"NaN range", "name: 'n' op: 'QuantizeV2' attr { key: 'T' value { type: DT_QUINT8 } }", 3,
     {{TFGT_DT_FLOAT, 1, {3}, NULL, NULL, 1}, F(NAN), F(1)}, "not finite"},
    {"infinite range", "name: 'n' op: 'RequantizationRange'", 3, {Q32(4), F(-INFINITY), F(1)},
     "not finite"},
    {"zero-width matmul range", "name: 'n' op: 'QuantizedMatMul'", 6,
     {{TFGT_DT_QUINT8, 2, {1, 1}, NULL, NULL, 1}, {TFGT_DT_QUINT8, 2, {1, 1}, NULL, NULL, 1},
      F(0), F(1), F(1), F(1)}, "zero-width"},
    {"window larger than the image (TensorFlow aborts)", CONV, 6,
     {{TFGT_DT_QUINT8, 4, {1, 2, 2, 1}, NULL, NULL, 1}, {TFGT_DT_QUINT8, 4, {3, 3, 1, 1}, NULL, NULL, 1},
      F(0), F(1), F(0), F(1)}, "does not fit"},
    {"filter depth mismatch", CONV, 6,
     {{TFGT_DT_QUINT8, 4, {1, 4, 4, 2}, NULL, NULL, 1}, {TFGT_DT_QUINT8, 4, {3, 3, 1, 1}, NULL, NULL, 1},
      F(0), F(1), F(0), F(1)}, "filter depth"},
    {"bias of the wrong length", "name: 'n' op: 'QuantizedBiasAdd' attr { key: 'out_type' value { type: DT_QINT32 } }", 6,
     {{TFGT_DT_QUINT8, 2, {2, 3}, NULL, NULL, 1}, QU8(4), F(0), F(1), F(0), F(1)}, "bias must be"},
    {"shapes that do not broadcast", "name: 'n' op: 'QuantizedAdd'", 6,
     {QU8(3), QU8(4), F(0), F(1), F(0), F(1)}, "broadcast"},
    {"a broadcast TensorFlow computes wrongly ([1,2,2,1] against [1,2,2,3])",
     "name: 'n' op: 'QuantizedMul'", 6,
     {{TFGT_DT_QUINT8, 4, {1, 2, 2, 3}, NULL, NULL, 1}, {TFGT_DT_QUINT8, 4, {1, 2, 2, 1}, NULL, NULL, 1},
      F(0), F(1), F(0), F(1)}, "trailing dimensions"},
    {"requested_output_min above zero", "name: 'n' op: 'Requantize' attr { key: 'out_type' value { type: DT_QUINT8 } }", 5,
     {Q32(4), F(-1), F(1), F(0.5), F(1)}, "requested_output_min must be <= 0"},
    {"reshape to a size that differs", "name: 'n' op: 'QuantizedReshape'", 4,
     {QU8(6), {TFGT_DT_INT32, 1, {2}, NULL, (const int64_t[]){4, 2}, 0}, F(0), F(1)}, "cannot reshape"},
    {"empty input to RequantizationRange", "name: 'n' op: 'RequantizationRange'", 3,
     {{TFGT_DT_QINT32, 1, {0}, NULL, NULL, 0}, F(-1), F(1)}, "empty"},
    {"float where codes are expected", CONV, 6,
     {{TFGT_DT_FLOAT, 4, {1, 3, 3, 1}, NULL, NULL, 1}, {TFGT_DT_QUINT8, 4, {3, 3, 1, 1}, NULL, NULL, 1},
      F(0), F(1), F(0), F(1)}, "input must be quint8"},
};

START_TEST(test_hostile_input)
{
    const hostile *h = &hostile_cases[_i];
    tf_case c;
    memset(&c, 0, sizeof c);
    c.node = h->node;
    c.n_in = h->n_in;
    memcpy(c.in, h->in, sizeof h->in);
    c.error = h->error;
    tf_case_run(&c);
}
END_TEST

/* A quantized tensor whose stored bytes disagree with its shape is refused
 * when the Const is read, before any kernel runs. */
START_TEST(test_const_bytes_disagree_with_shape)
{
    tfgt_graph *g = tfgt_test_graph(
        "node { name: 'q' op: 'Const' attr { key: 'dtype' value { type: DT_QUINT8 } } "
        "attr { key: 'value' value { tensor { dtype: DT_QUINT8 tensor_shape { dim { size: 4 } } "
        "tensor_content: '\\001\\002\\003' } } } }"
        "node { name: 'mn' op: 'Const' attr { key: 'dtype' value { type: DT_FLOAT } } "
        "attr { key: 'value' value { tensor { dtype: DT_FLOAT tensor_shape { } float_val: 0 } } } }"
        "node { name: 'mx' op: 'Const' attr { key: 'dtype' value { type: DT_FLOAT } } "
        "attr { key: 'value' value { tensor { dtype: DT_FLOAT tensor_shape { } float_val: 1 } } } }"
        "node { name: 'd' op: 'Dequantize' input: 'q' input: 'mn' input: 'mx' "
        "attr { key: 'T' value { type: DT_QUINT8 } } }");
    const char *fetch = "d";
    tfgt_tensor *out = NULL;
    tfgt_error err;
    tfgt_error_clear(&err);
    ck_assert_int_ne(tfgt_graph_run(g, NULL, NULL, 0, &fetch, 1, NULL, &out, &err), TFGT_OK);
    ck_assert_contains(err.message, "'q'");
    tfgt_graph_free(g);
}
END_TEST

/* A shape whose element count overflows is refused before allocating. */
START_TEST(test_shape_product_overflow)
{
    int64_t dims[3] = {INT64_C(1) << 40, INT64_C(1) << 40, 16};
    tfgt_error err;
    tfgt_error_clear(&err);
    ck_assert_ptr_null(tfgt_tensor_new(TFGT_DT_QUINT8, 3, dims, 0, &err));
    ck_assert_int_ne(err.status, TFGT_OK);
}
END_TEST

/* The GEMM paths (AVX-512 VNNI and AVX2 where the CPU has them, the
 * portable loop, the direct reference loops) give the same int32 sums on random odd shapes, per
 * tensor and per channel, 1 and 2 threads. */
START_TEST(test_gemm_paths_agree)
{
    static const char *const isa[5] = {"", " attr { key: '_tfgt_isa' value { s: 'avx512' } }",
                                       " attr { key: '_tfgt_isa' value { s: 'avx2' } }",
                                       " attr { key: '_tfgt_isa' value { s: 'generic' } }",
                                       " attr { key: '_tfgt_isa' value { s: 'reference' } }"};
    unsigned seed = 7;
    /* rounds 6-9: 1x1 convs (read in place when the depth is a multiple
     * of 4) wide enough for several column panels and row tiles; in rounds
     * 9 and 10 the input range leaves 0.0 outside the codes (min above
     * zero), so round 10's padding needs the int16 fallback */
    /* round 11: 7 output channels (two rows per vector), several row tiles */
    for (int round = 0; round < 12; round++) {
        bool conv = round % 2 == 0 || round >= 6, per_channel = round >= 4 && round != 7;
        bool one = round >= 6 && round <= 9;
        int64_t oc = one ? 13 + 37 * (round - 6) : round == 11 ? 7 : 3 + round * 5;
        int64_t depth = one ? 4 + 6 * (round - 6) : 1 + round * 7;
        int64_t di[4] = {1 + round % 2, 5 + round, 7 + round, depth};
        int64_t df[4] = {one ? 1 : 3, one ? 1 : 2, depth, oc};
        /* round 3 transposes a, round 5 b */
        bool ta = round == 3, tb = round == 5;
        int64_t da[2] = {ta ? 17 + 3 * round : 9 + round, ta ? 9 + round : 17 + 3 * round};
        int64_t db[2] = {tb ? oc : 17 + 3 * round, tb ? 17 + 3 * round : oc};
        tfgt_tensor *x = conv ? tfgt_tensor_new(TFGT_DT_QUINT8, 4, di, 0, NULL)
                              : tfgt_tensor_new(TFGT_DT_QUINT8, 2, da, 0, NULL);
        tfgt_tensor *w = conv ? tfgt_tensor_new(TFGT_DT_QUINT8, 4, df, 0, NULL)
                              : tfgt_tensor_new(TFGT_DT_QUINT8, 2, db, 0, NULL);
        double lo = round >= 9 ? 0.5 : -1.5, hi = 2.5, wl[128], wh[128];
        tfgt_tensor *r[4], *wmin, *wmax, *first[3] = {NULL, NULL, NULL};
        for (int64_t i = 0; i < x->count; i++)
            ((uint8_t *)x->data)[i] = (uint8_t)(rand_r(&seed) & 255);
        for (int64_t i = 0; i < w->count; i++)
            ((uint8_t *)w->data)[i] = (uint8_t)(rand_r(&seed) & 255);
        for (int64_t c = 0; c < oc; c++) {
            wl[c] = -0.5 - 0.1 * (double)c;
            wh[c] = 0.25 + 0.3 * (double)c;
        }
        r[0] = tfgt_test_tensor(TFGT_DT_FLOAT, 0, NULL, &lo);
        r[1] = tfgt_test_tensor(TFGT_DT_FLOAT, 0, NULL, &hi);
        wmin = tfgt_test_tensor(TFGT_DT_FLOAT, per_channel ? 1 : 0, &oc, wl);
        wmax = tfgt_test_tensor(TFGT_DT_FLOAT, per_channel ? 1 : 0, &oc, wh);
        for (int v = 0; v < 5; v++)
            for (int threads = 1; threads <= 2; threads++) {
                char node[512];
                const tfgt_tensor *in[6] = {x, w, r[0], r[1], wmin, wmax};
                tfgt_tensor *out[3] = {NULL, NULL, NULL};
                size_t n = 0;
                tfgt_error err;
                tfgt_error_clear(&err);
                snprintf(node, sizeof node, "%s%s",
                         one ? "name: 'n' op: 'QuantizedConv2D' attr { key: 'strides' value { "
                               "list { i: 1 i: 1 i: 1 i: 1 } } } attr { key: 'padding' value { "
                               "s: 'SAME' } }"
                         : conv ? "name: 'n' op: 'QuantizedConv2D' attr { key: 'strides' value { "
                                  "list { i: 1 i: 2 i: 2 i: 1 } } } attr { key: 'padding' value { "
                                  "s: 'SAME' } }"
                         : ta   ? "name: 'n' op: 'QuantizedMatMul' attr { key: 'transpose_a' "
                                  "value { b: true } }"
                         : tb   ? "name: 'n' op: 'QuantizedMatMul' attr { key: 'transpose_b' "
                                  "value { b: true } }"
                                : "name: 'n' op: 'QuantizedMatMul'",
                         isa[v]);
                ck_assert_msg(tfgt_test_run_op(node, in, 6, threads, out, 3, &n, &err) == TFGT_OK,
                              "%s", err.message);
                if (!first[0]) {
                    for (int k = 0; k < 3; k++)
                        first[k] = out[k];
                    continue;
                }
                for (int k = 0; k < 3; k++) {
                    tf_case_assert_same(out[k], first[k], 0, node);
                    tfgt_tensor_free(out[k]);
                }
            }
        for (int k = 0; k < 3; k++)
            tfgt_tensor_free(first[k]);
        tfgt_tensor_free(x);
        tfgt_tensor_free(w);
        tfgt_tensor_free(r[0]);
        tfgt_tensor_free(r[1]);
        tfgt_tensor_free(wmin);
        tfgt_tensor_free(wmax);
    }
}
END_TEST

/* The packed weights the VNNI product keeps between calls are reused only
 * while the weights still hold the same bytes: weights changed in place at
 * the same address give the new result (as the reference loops compute). */
START_TEST(test_packed_weights_follow_changes)
{
    static const char *const node[2] = {
        "name: 'n' op: 'QuantizedConv2D' attr { key: 'strides' value { list { i: 1 i: 1 i: 1 "
        "i: 1 } } } attr { key: 'padding' value { s: 'VALID' } }",
        "name: 'n' op: 'QuantizedConv2D' attr { key: 'strides' value { list { i: 1 i: 1 i: 1 "
        "i: 1 } } } attr { key: 'padding' value { s: 'VALID' } } attr { key: '_tfgt_isa' value "
        "{ s: 'reference' } }"};
    int64_t di[4] = {1, 6, 5, 8}, df[4] = {1, 1, 8, 40};
    double lo = -1, hi = 3, wl = -0.5, wh = 0.7;
    tfgt_tensor *x = tfgt_tensor_new(TFGT_DT_QUINT8, 4, di, 0, NULL);
    tfgt_tensor *w = tfgt_tensor_new(TFGT_DT_QUINT8, 4, df, 0, NULL);
    tfgt_tensor *r[4] = {tfgt_test_tensor(TFGT_DT_FLOAT, 0, NULL, &lo),
                         tfgt_test_tensor(TFGT_DT_FLOAT, 0, NULL, &hi),
                         tfgt_test_tensor(TFGT_DT_FLOAT, 0, NULL, &wl),
                         tfgt_test_tensor(TFGT_DT_FLOAT, 0, NULL, &wh)};
    const tfgt_tensor *in[6] = {x, w, r[0], r[1], r[2], r[3]};
    for (int64_t i = 0; i < x->count; i++)
        ((uint8_t *)x->data)[i] = (uint8_t)(i * 37 + 11);
    for (int round = 0; round < 3; round++) {
        tfgt_tensor *out[2][3];
        for (int64_t i = 0; i < w->count; i++)
            ((uint8_t *)w->data)[i] = (uint8_t)(i * (13 + 2 * round) + (round == 2 ? 5 : 1));
        for (int v = 0; v < 2; v++) {
            size_t n = 0;
            tfgt_error err;
            tfgt_error_clear(&err);
            ck_assert_msg(tfgt_test_run_op(node[v], in, 6, 1, out[v], 3, &n, &err) == TFGT_OK,
                          "%s", err.message);
        }
        tf_case_assert_same(out[0][0], out[1][0], 0, "weights changed in place");
        for (int v = 0; v < 2; v++)
            for (int k = 0; k < 3; k++)
                tfgt_tensor_free(out[v][k]);
    }
    tfgt_tensor_free(x);
    tfgt_tensor_free(w);
    for (int k = 0; k < 4; k++)
        tfgt_tensor_free(r[k]);
}
END_TEST

/* The elementwise eight-bit kernels' paths (AVX-512 where the CPU has it,
 * the portable loops, the per-element reference) give the same bits, on
 * 1 and 2 threads, over lengths that leave partial vectors and ranges
 * with ties, NaN and infinities where the op takes floats. */
#define QU TFGT_DT_QUINT8
#define QI TFGT_DT_QINT32
#define FL TFGT_DT_FLOAT

typedef struct ew_case {
    const char *what, *node;
    int n_in;
    int types[6];
    int rank[6];
    int64_t dims[6][4];
    double range[6]; /* float scalar inputs (min/max); ignored for data inputs */
} ew_case;

#define EW_QADD "name: 'n' op: 'QuantizedAdd' attr { key: 'T1' value { type: DT_QUINT8 } } attr { key: 'T2' value { type: DT_QUINT8 } }"
#define EW_RQ "name: 'n' op: 'Requantize' attr { key: 'Tinput' value { type: DT_QINT32 } } attr { key: 'out_type' value { type: DT_QUINT8 } }"
#define EW_QV2 "name: 'n' op: 'QuantizeV2' attr { key: 'T' value { type: DT_QUINT8 } } attr { key: 'mode' value { s: 'MIN_FIRST' } }"
#define EW_DQ "name: 'n' op: 'Dequantize' attr { key: 'T' value { type: DT_QUINT8 } } attr { key: 'mode' value { s: 'MIN_FIRST' } }"
#define EW_RELU6 "name: 'n' op: 'QuantizedRelu6' attr { key: 'Tinput' value { type: DT_QUINT8 } } attr { key: 'out_type' value { type: DT_QUINT8 } }"

static const ew_case ew_cases[] = {
    {"add, vector of 8 along the last dimension", EW_QADD, 6,
     {QU, QU, FL, FL, FL, FL}, {4, 1}, {{1, 23, 7, 8}, {8}}, {0, 0, -3.1, 5.7, -0.4, 0.9}},
    {"add, vector of 24 first", EW_QADD, 6,
     {QU, QU, FL, FL, FL, FL}, {1, 3}, {{24}, {5, 9, 24}}, {0, 0, -1, 2, -7, 6.5}},
    {"add, vector of 37", EW_QADD, 6,
     {QU, QU, FL, FL, FL, FL}, {2, 1}, {{2000, 37}, {37}}, {0, 0, 0, 6, -0.01, 0.02}},
    {"add, [1,1,1,8] against [2,3,5,8] (a batch norm's shape)", EW_QADD, 6,
     {QU, QU, FL, FL, FL, FL}, {4, 4}, {{2, 3, 5, 8}, {1, 1, 1, 8}}, {0, 0, -3.1, 5.7, -0.4, 0.9}},
    {"add, trailing [3,8] against [2,5,3,8]", EW_QADD, 6,
     {QU, QU, FL, FL, FL, FL}, {4, 2}, {{2, 5, 3, 8}, {3, 8}}, {0, 0, -1, 2, -7, 6.5}},
    {"add, same shapes", EW_QADD, 6,
     {QU, QU, FL, FL, FL, FL}, {2, 2}, {{33, 41}, {33, 41}}, {0, 0, -2, 2, -1, 3}},
    {"add, scalar y", EW_QADD, 6,
     {QU, QU, FL, FL, FL, FL}, {2, 0}, {{33, 41}, {0}}, {0, 0, -2, 2, -1, 3}},
    {"add, scalar x", EW_QADD, 6,
     {QU, QU, FL, FL, FL, FL}, {0, 1}, {{0}, {1031}}, {0, 0, -2, 2, -1, 3}},
    {"requantize, conv-sized range", EW_RQ, 5,
     {QI, FL, FL, FL, FL}, {1}, {{70001}}, {0, -1234.5, 1234.5, -0.75, 6.25}},
    {"requantize, narrow output", EW_RQ, 5,
     {QI, FL, FL, FL, FL}, {1}, {{517}}, {0, -3e6, 3e6, 0, 0.001}},
    {"requantize, wide output", EW_RQ, 5,
     {QI, FL, FL, FL, FL}, {1}, {{517}}, {0, -1, 1, -300, 20}},
    {"requantize, empty output range", EW_RQ, 5,
     {QI, FL, FL, FL, FL}, {1}, {{99}}, {0, -5, 5, 0, 0}},
    {"requantization range", "name: 'n' op: 'RequantizationRange' attr { key: 'Tinput' value { type: DT_QINT32 } }", 3,
     {QI, FL, FL}, {1}, {{70003}}, {0, -1234.5, 1234.5}},
    {"requantization range, few values", "name: 'n' op: 'RequantizationRange' attr { key: 'Tinput' value { type: DT_QINT32 } }", 3,
     {QI, FL, FL}, {1}, {{21}}, {0, -3, 3}},
    {"quantize, ties and specials", EW_QV2, 3,
     {FL, FL, FL}, {1}, {{40003}}, {0, -3, 5.5}},
    {"quantize, [0, 255]", EW_QV2, 3, {FL, FL, FL}, {1}, {{300}}, {0, 0, 255}},
    {"dequantize", EW_DQ, 3, {QU, FL, FL}, {2}, {{200, 201}}, {0, -0.37, 6.1}},
    {"relu6", EW_RELU6, 3, {QU, FL, FL}, {1}, {{300007}}, {0, -2.5, 9.5}},
    {"relu6, six above the range", EW_RELU6, 3, {QU, FL, FL}, {1}, {{77}}, {0, -1, 3}},
};

static tfgt_tensor *ew_input(const ew_case *c, int k, unsigned *seed)
{
    tfgt_tensor *t;
    if (c->types[k] == FL && c->rank[k] == 0)
        return tfgt_test_tensor(FL, 0, NULL, &c->range[k]);
    t = tfgt_tensor_new(c->types[k], c->rank[k], c->dims[k], 0, NULL);
    ck_assert_ptr_nonnull(t);
    for (int64_t i = 0; i < t->count; i++) {
        unsigned r = (unsigned)rand_r(seed);
        if (c->types[k] == QU) {
            ((uint8_t *)t->data)[i] = (uint8_t)(r & 255);
        } else if (c->types[k] == QI) {
            static const int32_t edge[4] = {INT32_MIN, INT32_MAX, 0, -1};
            /* extreme codes for Requantize; RequantizationRange must find
             * the ends itself, placed at random */
            ((int32_t *)t->data)[i] = i < 4 && c->n_in == 5 ? edge[i]
                                                            : (int32_t)((r << 1) ^ (r >> 7));
        } else {
            /* codes at exact halves of a step, random values, specials */
            float lo = (float)c->range[1], hi = (float)c->range[2], v;
            float step = (hi - lo) / 255.0f;
            if (i % 5 == 0)
                v = lo + step * ((float)(r % 256) + 0.5f);
            else
                v = lo - 1.0f + (hi - lo + 2.0f) * (float)(r % 100000) / 100000.0f;
            if (i == 1)
                v = NAN;
            if (i == 2)
                v = INFINITY;
            if (i == 3)
                v = -INFINITY;
            ((float *)t->data)[i] = v;
        }
    }
    return t;
}

/* QuantizeV2 quint8 MIN_FIRST on fed values: TensorFlow's codes where
 * roundings disagree (tests/data/quantize_v2_ties.txt, made by
 * tests/peer/make_quantize_ties.py), on every path. */
static float bits_to_float(unsigned long u)
{
    uint32_t v = (uint32_t)u;
    float f;
    memcpy(&f, &v, sizeof f);
    return f;
}

START_TEST(test_quantize_v2_runtime_rounding)
{
    static const char *const isa[3] = {"", " attr { key: '_tfgt_isa' value { s: 'generic' } }",
                                       " attr { key: '_tfgt_isa' value { s: 'reference' } }"};
    FILE *f = fopen(TFGT_SRCDIR "/tests/data/quantize_v2_ties.txt", "r");
    char line[128];
    float x[64], lo = 0, hi = 0;
    int want[64];
    size_t n = 0, checked = 0;
    ck_assert_ptr_nonnull(f);
    for (bool more = true; more;) {
        unsigned long a, b, c;
        int code;
        more = fgets(line, sizeof line, f) != NULL;
        if (more && line[0] == '#')
            continue;
        if (more && sscanf(line, "%lx %lx %lx %d", &a, &b, &c, &code) != 4)
            ck_abort_msg("bad line: %s", line);
        /* a group ends where the range changes: run it on every path */
        if (n && (!more || bits_to_float(a) != lo || bits_to_float(b) != hi || n == 64)) {
            for (int p = 0; p < 3; p++) {
                char node[256];
                int64_t len = (int64_t)n;
                tfgt_tensor *in[3], *out[3] = {NULL, NULL, NULL};
                size_t n_out = 0;
                tfgt_error err = {0};
                double l = lo, h = hi;
                snprintf(node, sizeof node, "%s%s", EW_QV2, isa[p]);
                in[0] = tfgt_tensor_new(TFGT_DT_FLOAT, 1, &len, 0, NULL);
                memcpy(in[0]->data, x, n * sizeof x[0]);
                in[1] = tfgt_test_tensor(TFGT_DT_FLOAT, 0, NULL, &l);
                in[2] = tfgt_test_tensor(TFGT_DT_FLOAT, 0, NULL, &h);
                ck_assert_msg(tfgt_test_run_op(node, (const tfgt_tensor *const *)in, 3, 1, out, 3,
                                               &n_out, &err) == TFGT_OK,
                              "%s", err.message);
                for (size_t i = 0; i < n; i++)
                    ck_assert_msg(((uint8_t *)out[0]->data)[i] == want[i],
                                  "path %d: x %.9g in [%.9g, %.9g]: code %d, TensorFlow %d", p,
                                  (double)x[i], (double)lo, (double)hi,
                                  ((uint8_t *)out[0]->data)[i], want[i]);
                for (int k = 0; k < 3; k++) {
                    tfgt_tensor_free(in[k]);
                    tfgt_tensor_free(out[k]);
                }
            }
            checked += n;
            n = 0;
        }
        if (!more)
            break;
        lo = bits_to_float(a);
        hi = bits_to_float(b);
        x[n] = bits_to_float(c);
        want[n++] = code;
    }
    fclose(f);
    ck_assert_uint_ge(checked, 100);
}
END_TEST

START_TEST(test_elementwise_paths_agree)
{
    static const char *const isa[3] = {"", " attr { key: '_tfgt_isa' value { s: 'generic' } }",
                                       " attr { key: '_tfgt_isa' value { s: 'reference' } }"};
    const ew_case *c = &ew_cases[_i];
    unsigned seed = 11 + (unsigned)_i;
    tfgt_tensor *in[6], *first[3] = {NULL, NULL, NULL};
    size_t n_first = 0;
    for (int k = 0; k < c->n_in; k++)
        in[k] = ew_input(c, k, &seed);
    for (int v = 0; v < 3; v++)
        for (int threads = 1; threads <= 2; threads++) {
            char node[512];
            tfgt_tensor *out[3] = {NULL, NULL, NULL};
            size_t n = 0;
            tfgt_error err;
            tfgt_error_clear(&err);
            snprintf(node, sizeof node, "%s%s", c->node, isa[v]);
            ck_assert_msg(tfgt_test_run_op(node, (const tfgt_tensor *const *)in, (size_t)c->n_in,
                                           threads, out, 3, &n, &err) == TFGT_OK,
                          "%s: %s", c->what, err.message);
            if (!first[0]) {
                for (size_t k = 0; k < n; k++)
                    first[k] = out[k];
                n_first = n;
                continue;
            }
            ck_assert_uint_eq(n, n_first);
            for (size_t k = 0; k < n; k++) {
                ck_assert_msg(out[k]->nbytes == first[k]->nbytes &&
                                  memcmp(out[k]->data, first[k]->data, out[k]->nbytes) == 0,
                              "%s: output %zu differs with%s on %d threads", c->what, k, isa[v],
                              threads);
                tfgt_tensor_free(out[k]);
            }
        }
    for (size_t k = 0; k < n_first; k++)
        tfgt_tensor_free(first[k]);
    for (int k = 0; k < c->n_in; k++)
        tfgt_tensor_free(in[k]);
}
END_TEST

/* ../shared/models/utensor_quant: tensors TensorFlow's eight-bit kernels
 * produced in 2018 sessions, op by op (MANIFEST). */
typedef struct utensor_op {
    const char *folder, *node;
    const char *in[6];
    int in_types[6];
    const char *out[3];
    int out_types[3];
} utensor_op;

static const utensor_op utensor_ops[] = {
    {"qA", "name: 'n' op: 'QuantizeV2' attr { key: 'T' value { type: DT_QUINT8 } } attr { key: 'mode' value { s: 'MIN_FIRST' } }",
     {"Cast_0", "Min_0", "Max_0"}, {FL, FL, FL}, {"qA_0", "qA_1", "qA_2"}, {QU, FL, FL}},
    {"qB", "name: 'n' op: 'QuantizeV2' attr { key: 'T' value { type: DT_QUINT8 } } attr { key: 'mode' value { s: 'MIN_FIRST' } }",
     {"Cast_1_0", "Min_1_0", "Max_1_0"}, {FL, FL, FL}, {"qB_0", "qB_1", "qB_2"}, {QU, FL, FL}},
    {"qMatMul", "name: 'n' op: 'QuantizedMatMul'",
     {"qA_0", "qB_0", "qA_1", "qA_2", "qB_1", "qB_2"}, {QU, QU, FL, FL, FL, FL},
     {"qMatMul_0", "qMatMul_1", "qMatMul_2"}, {QI, FL, FL}},
    {"rqRange", "name: 'n' op: 'RequantizationRange'", {"qMatMul_0", "qMatMul_1", "qMatMul_2"},
     {QI, FL, FL}, {"rqRange_0", "rqRange_1"}, {FL, FL}},
    {"rQ", "name: 'n' op: 'Requantize' attr { key: 'out_type' value { type: DT_QUINT8 } }",
     {"qMatMul_0", "qMatMul_1", "qMatMul_2", "rqRange_0", "rqRange_1"}, {QI, FL, FL, FL, FL},
     {"rQ_0", "rQ_1", "rQ_2"}, {QU, FL, FL}},
    {"deQ", "name: 'n' op: 'Dequantize' attr { key: 'T' value { type: DT_QUINT8 } } attr { key: 'mode' value { s: 'MIN_FIRST' } }",
     {"rQ_0", "rQ_1", "rQ_2"}, {QU, FL, FL}, {"deQ_0"}, {FL}},
    {"ref_qRelu", "name: 'n' op: 'QuantizedRelu' attr { key: 'out_type' value { type: DT_QUINT8 } }",
     {"QuantizeV2_0", "QuantizeV2_1", "QuantizeV2_2"}, {QU, FL, FL},
     {"ref_qRelu_0", "ref_qRelu_1", "ref_qRelu_2"}, {QU, FL, FL}},
};

/* An .npy as the given tensor type (codes reinterpreted, floats as is). */
static tfgt_tensor *read_as(const char *dir, const char *sub, const char *name, int dtype)
{
    char path[1024];
    tfgt_tensor *raw = NULL, *t;
    tfgt_error err;
    snprintf(path, sizeof path, "%s/%s/%s.npy", dir, sub, name);
    ck_assert_msg(tfgt_npy_read(path, 0, &raw, &err) == TFGT_OK, "%s", err.message);
    if (raw->dtype == dtype)
        return raw;
    t = tfgt_tensor_new(dtype, raw->rank, raw->dims, 0, &err);
    ck_assert_ptr_nonnull(t);
    for (int64_t i = 0; i < raw->count; i++)
        tfgt_tensor_set_double(t, i, tfgt_tensor_get_double(raw, i));
    tfgt_tensor_free(raw);
    return t;
}

START_TEST(test_utensor_quant_ops)
{
    const utensor_op *op = &utensor_ops[_i];
    char *root = tfgt_test_model_path("utensor_quant"), dir[1024];
    tfgt_tensor *in[6] = {NULL}, *out[3] = {NULL};
    size_t n_in = 0, n_out = 0;
    tfgt_error err;
    if (!root) {
        fprintf(stderr, "SKIP: no models folder (../shared/models or $TFGT_MODELS_DIR)\n");
        return;
    }
    snprintf(dir, sizeof dir, "%s/%s", root, op->folder);
    while (n_in < 6 && op->in[n_in]) {
        in[n_in] = read_as(dir, "in", op->in[n_in], op->in_types[n_in]);
        n_in++;
    }
    tfgt_error_clear(&err);
    ck_assert_msg(tfgt_test_run_op(op->node, (const tfgt_tensor *const *)in, n_in, 1, out, 3,
                                   &n_out, &err) == TFGT_OK,
                  "%s: %s", op->folder, err.message);
    for (size_t k = 0; k < 3 && op->out[k]; k++) {
        tfgt_tensor *want = read_as(dir, "out", op->out[k], op->out_types[k]);
        /* the dumps store scalars as [1]; codes exact, floats within
         * float rounding of TensorFlow's */
        if (want->count == out[k]->count && want->rank != out[k]->rank) {
            want->rank = out[k]->rank;
            memcpy(want->dims, out[k]->dims, sizeof want->dims);
        }
        tf_case_assert_same(out[k], want, op->out_types[k] == FL ? 1e-6 : 0, op->folder);
        tfgt_tensor_free(want);
    }
    fprintf(stderr, "utensor_quant %s: matches TensorFlow's outputs\n", op->folder);
    for (size_t k = 0; k < n_out; k++)
        tfgt_tensor_free(out[k]);
    for (size_t k = 0; k < n_in; k++)
        tfgt_tensor_free(in[k]);
    free(root);
}
END_TEST

Suite *tfgt_test_suite(void)
{
    Suite *s = suite_create("kernels_quantized");
    TCase *tc = tcase_create("kernels_quantized");
    tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, test_tensorflow_cases, 0,
                        (int)(sizeof quant_cases / sizeof quant_cases[0]));
    tcase_add_loop_test(tc, test_hostile_input, 0,
                        (int)(sizeof hostile_cases / sizeof hostile_cases[0]));
    tcase_add_test(tc, test_const_bytes_disagree_with_shape);
    tcase_add_test(tc, test_shape_product_overflow);
    tcase_add_test(tc, test_gemm_paths_agree);
    tcase_add_test(tc, test_packed_weights_follow_changes);
    tcase_add_loop_test(tc, test_elementwise_paths_agree, 0,
                        (int)(sizeof ew_cases / sizeof ew_cases[0]));
    tcase_add_test(tc, test_quantize_v2_runtime_rounding);
    tcase_add_loop_test(tc, test_utensor_quant_ops, 0,
                        (int)(sizeof utensor_ops / sizeof utensor_ops[0]));
    suite_add_tcase(s, tc);
    return s;
}
