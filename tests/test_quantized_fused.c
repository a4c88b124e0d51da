/* test_quantized_fused.c - the fused eight-bit layers (lib/kernels/
 * quantized_fused.c) and quantize_nodes(fuse=true):
 *   - each kernel against a double-precision model of its documented
 *     semantics (within one output code), on odd shapes, strides, padding,
 *     channel multipliers and transposes;
 *   - the fast path (tfgt_qgemm_u8 when the CPU has VNNI) against the
 *     scalar reference, bit for bit, with one and two threads;
 *   - hostile inputs: an error naming the node, never a crash;
 *   - the transform on small graphs (structure, numbers against float,
 *     keep_node, shared outputs, consecutive layers, no calibration);
 *   - MobileNet v1 0.25 with calibration: top-1 agreement with the folded
 *     float graph, fused against unfused (skipped loudly without models). */
#define _POSIX_C_SOURCE 200809L
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels/gemm.h"
#include "testutil.h"
#include "tfgt/calibration.h"
#include "tfgt/npy.h"
#include "tfgt/sensitivity.h"

#define FLOAT_T "type: DT_FLOAT"

static double uniform(unsigned *state)
{
    *state = *state * 1103515245u + 12345u;
    return (double)((*state >> 8) & 0xffffff) / (double)0x1000000;
}

static tfgt_tensor *new_tensor(int dtype, int rank, const int64_t *dims)
{
    tfgt_error err = {0};
    tfgt_tensor *t = tfgt_tensor_new(dtype, rank, dims, 0, &err);
    ck_assert_msg(t != NULL, "%s", err.message);
    return t;
}

static tfgt_tensor *scalar(float v)
{
    tfgt_tensor *t = new_tensor(TFGT_DT_FLOAT, 0, NULL);
    *(float *)t->data = v;
    return t;
}

/* ---- the kernels against a double-precision model -------------------------------------- */

typedef enum { K_CONV, K_DEPTHWISE, K_MATMUL } kind;

typedef struct fused_case {
    kind k;
    bool relu;
    /* conv: input [n, h, w, c], filter [kh, kw, c, oc or mult]; matmul:
     * a [m, k] (or [k, m] with ta), b [k, n] (or [n, k] with tb) */
    int64_t n, h, w, c, kh, kw, oc;
    int stride;
    bool same, ta, tb, per_channel;
    float min_x, max_x, min_out, max_out;
} fused_case;

static const fused_case cases[] = {
    {K_CONV, true, 1, 7, 5, 3, 3, 3, 5, 1, true, false, false, true, -1.0f, 1.0f, 0, 6},
    {K_CONV, true, 2, 9, 8, 8, 3, 3, 17, 2, true, false, false, true, 0.0f, 5.0f, 0, 6},
    {K_CONV, false, 1, 6, 6, 16, 1, 1, 33, 1, false, false, false, true, 0.0f, 6.0f, -3, 4},
    {K_CONV, false, 1, 5, 7, 5, 1, 1, 6, 1, true, false, false, false, -0.5f, 2.0f, -2, 2},
    {K_CONV, true, 1, 11, 10, 4, 5, 3, 9, 3, false, false, false, true, -2.0f, 0.0f, 0, 1},
    {K_CONV, true, 1, 4, 4, 64, 3, 3, 64, 1, true, false, false, true, 0.0f, 6.0f, 0, 6},
    {K_DEPTHWISE, true, 1, 9, 7, 6, 3, 3, 1, 1, true, false, false, true, 0.0f, 6.0f, 0, 6},
    {K_DEPTHWISE, true, 2, 8, 8, 5, 3, 3, 2, 2, true, false, false, true, -1.0f, 1.0f, 0, 3},
    {K_DEPTHWISE, true, 1, 6, 9, 3, 2, 4, 3, 1, false, false, false, false, 0.0f, 2.0f, 0, 6},
    {K_DEPTHWISE, true, 2, 9, 10, 37, 3, 3, 1, 2, false, false, false, true, 0.0f, 3.0f, 0, 6},
    {K_DEPTHWISE, true, 1, 5, 5, 32, 3, 3, 1, 1, true, false, false, true, -0.5f, 1.5f, 0, 2},
    {K_MATMUL, true, 3, 0, 0, 8, 0, 0, 10, 0, false, false, false, true, -1.0f, 1.0f, 0, 6},
    {K_MATMUL, false, 5, 0, 0, 13, 0, 0, 7, 0, false, true, false, true, 0.0f, 4.0f, -5, 5},
    {K_MATMUL, false, 4, 0, 0, 9, 0, 0, 11, 0, false, false, true, false, -3.0f, 1.0f, -8, 8},
    {K_MATMUL, true, 2, 0, 0, 64, 0, 0, 33, 0, false, true, true, true, 0.0f, 6.0f, 0, 6},
    /* the epilogue's 64-channel blocks and their remainders, with and
     * without Relu: pointwise (stored A), strided conv and matmul */
    {K_CONV, true, 1, 5, 6, 32, 1, 1, 200, 1, true, false, false, true, 0.0f, 6.0f, 0, 6},
    {K_CONV, false, 2, 4, 3, 20, 1, 1, 128, 1, false, false, false, true, -1.0f, 1.0f, -4, 3},
    {K_CONV, true, 1, 7, 7, 8, 3, 3, 70, 2, true, false, false, false, -1.0f, 2.0f, 0, 6},
    {K_MATMUL, false, 9, 0, 0, 24, 0, 0, 130, 0, false, false, true, true, -1.0f, 1.0f, -6, 6},
    /* the direct small-window convolution (kh * kw * c <= 64): a first
     * layer (3 channels, stride 2, SAME) with odd sizes, stride 1, VALID
     * windows ending at the tensor's last byte, more than 16 output
     * channels, one input channel, an even filter and 4-byte-exact rows */
    {K_CONV, true, 1, 23, 21, 3, 3, 3, 8, 2, true, false, false, true, -1.0f, 1.0f, 0, 6},
    {K_CONV, true, 2, 14, 17, 3, 3, 3, 8, 2, true, false, false, true, -1.0f, 1.0f, 0, 6},
    {K_CONV, false, 1, 13, 15, 3, 3, 3, 21, 1, true, false, false, true, 0.0f, 2.0f, -2, 3},
    {K_CONV, true, 2, 12, 19, 3, 3, 3, 16, 2, false, false, false, false, -1.0f, 3.0f, 0, 6},
    {K_CONV, true, 1, 15, 12, 1, 3, 3, 5, 1, false, false, false, true, 0.0f, 1.0f, 0, 6},
    {K_CONV, true, 1, 10, 21, 4, 2, 2, 33, 2, true, false, false, true, -1.0f, 1.0f, 0, 6},
    {K_CONV, true, 1, 9, 16, 2, 3, 2, 7, 1, true, false, false, true, -0.5f, 1.0f, 0, 4},
    /* depthwise shape classes of the fast paths: 8 channels at stride 1
     * (two pixels a vector) with odd widths, SAME and VALID; 8 channels at
     * stride 2; odd and wide channel counts; even and 1-wide filters; rows
     * long enough for four-pixel blocks and their remainders */
    {K_DEPTHWISE, true, 2, 13, 11, 8, 3, 3, 1, 1, true, false, false, true, 0.0f, 6.0f, 0, 6},
    {K_DEPTHWISE, true, 1, 12, 10, 8, 3, 3, 1, 1, false, false, false, true, -1.0f, 1.0f, 0, 6},
    {K_DEPTHWISE, true, 1, 11, 13, 8, 3, 3, 1, 2, true, false, false, true, 0.0f, 6.0f, 0, 6},
    {K_DEPTHWISE, true, 1, 14, 15, 19, 3, 3, 1, 1, true, false, false, true, -2.0f, 2.0f, 0, 6},
    {K_DEPTHWISE, true, 2, 15, 14, 7, 3, 3, 1, 2, true, false, false, false, 0.0f, 4.0f, 0, 6},
    {K_DEPTHWISE, true, 1, 10, 17, 48, 3, 3, 1, 2, false, false, false, true, 0.0f, 6.0f, 0, 6},
    {K_DEPTHWISE, true, 1, 9, 12, 40, 2, 4, 1, 1, true, false, false, true, -1.0f, 3.0f, 0, 6},
    {K_DEPTHWISE, true, 1, 7, 9, 8, 5, 1, 1, 1, true, false, false, true, 0.0f, 6.0f, 0, 6},
    {K_DEPTHWISE, true, 1, 3, 2, 17, 3, 3, 1, 2, true, false, false, true, 0.0f, 6.0f, 0, 6},
    {K_DEPTHWISE, true, 1, 9, 9, 130, 3, 3, 1, 1, true, false, false, true, 0.0f, 6.0f, -1, 5},
    /* empty batches */
    {K_CONV, true, 0, 5, 5, 3, 3, 3, 4, 1, true, false, false, true, 0.0f, 1.0f, 0, 6},
    {K_DEPTHWISE, true, 0, 5, 5, 16, 3, 3, 1, 1, true, false, false, true, 0.0f, 1.0f, 0, 6},
    {K_MATMUL, false, 0, 0, 0, 8, 0, 0, 5, 0, false, false, false, false, 0.0f, 1.0f, -1, 1},
};

static const char *op_name(const fused_case *c)
{
    switch (c->k) {
    case K_CONV:
        return c->relu ? "QuantizedConv2DWithBiasAndReluAndRequantize"
                       : "QuantizedConv2DWithBiasAndRequantize";
    case K_DEPTHWISE: return "QuantizedDepthwiseConv2DWithBiasAndReluAndRequantize";
    default:
        return c->relu ? "QuantizedMatMulWithBiasAndReluAndRequantize"
                       : "QuantizedMatMulWithBiasAndRequantize";
    }
}

static int64_t channels_of(const fused_case *c)
{
    return c->k == K_DEPTHWISE ? c->c * c->oc : c->oc;
}

/* The node text, with `isa` ("reference" or "") as _tfgt_isa. */
static void node_text(const fused_case *c, const char *isa, char *buf, size_t size)
{
    int used = snprintf(buf, size, "name: 'fusednode' op: '%s'", op_name(c));
    if (c->k == K_MATMUL)
        used += snprintf(buf + used, size - (size_t)used,
                         " attr { key: 'transpose_a' value { b: %s } }"
                         " attr { key: 'transpose_b' value { b: %s } }"
                         " attr { key: 'Toutput' value { type: DT_QUINT8 } }",
                         c->ta ? "true" : "false", c->tb ? "true" : "false");
    else
        used += snprintf(buf + used, size - (size_t)used,
                         " attr { key: 'strides' value { list { i: 1 i: %d i: %d i: 1 } } }"
                         " attr { key: 'padding' value { s: '%s' } }"
                         " attr { key: 'out_type' value { type: DT_QUINT8 } }",
                         c->stride, c->stride, c->same ? "SAME" : "VALID");
    if (isa[0])
        snprintf(buf + used, size - (size_t)used, " attr { key: '_tfgt_isa' value { s: '%s' } }",
                 isa);
}

/* Inputs 0..8 for case c, seeded. */
static void make_inputs(const fused_case *c, unsigned seed, tfgt_tensor **in)
{
    int64_t ch = channels_of(c), nr = c->per_channel ? ch : 1;
    if (c->k == K_MATMUL) {
        int64_t da[2] = {c->ta ? c->c : c->n, c->ta ? c->n : c->c};
        int64_t db[2] = {c->tb ? c->oc : c->c, c->tb ? c->c : c->oc};
        in[0] = new_tensor(TFGT_DT_QUINT8, 2, da);
        in[1] = new_tensor(TFGT_DT_QINT8, 2, db);
    } else {
        int64_t dx[4] = {c->n, c->h, c->w, c->c}, dw[4] = {c->kh, c->kw, c->c, c->oc};
        in[0] = new_tensor(TFGT_DT_QUINT8, 4, dx);
        in[1] = new_tensor(TFGT_DT_QINT8, 4, dw);
    }
    for (int64_t i = 0; i < in[0]->count; i++)
        ((uint8_t *)in[0]->data)[i] = (uint8_t)(uniform(&seed) * 256);
    for (int64_t i = 0; i < in[1]->count; i++)
        ((int8_t *)in[1]->data)[i] = (int8_t)(uniform(&seed) * 255 - 127);
    in[2] = new_tensor(TFGT_DT_FLOAT, 1, &ch);
    for (int64_t i = 0; i < ch; i++)
        ((float *)in[2]->data)[i] = (float)(uniform(&seed) * 2 - 1);
    in[3] = scalar(c->min_x);
    in[4] = scalar(c->max_x);
    in[5] = c->per_channel ? new_tensor(TFGT_DT_FLOAT, 1, &nr) : scalar(0);
    in[6] = c->per_channel ? new_tensor(TFGT_DT_FLOAT, 1, &nr) : scalar(0);
    for (int64_t r = 0; r < nr; r++) {
        /* asymmetric ranges: the kernel takes the larger magnitude */
        float m = (float)(0.02 + uniform(&seed) * 0.3);
        ((float *)in[5]->data)[r] = -m * (float)(0.5 + uniform(&seed) * 0.5);
        ((float *)in[6]->data)[r] = m;
    }
    in[7] = scalar(c->min_out);
    in[8] = scalar(c->max_out);
}

/* The model in doubles: codes of the exact result, before rounding. */
static void model(const fused_case *c, tfgt_tensor *const *in, const int64_t *out_dims,
                  double *codes)
{
    double s_x = ((double)c->max_x - c->min_x) / 255.0;
    double zx = -round((double)c->min_x / s_x);
    double s_o = ((double)c->max_out - c->min_out) / 255.0, zo = -round(c->min_out / s_o);
    int64_t ch = channels_of(c);
    const uint8_t *x = in[0]->data;
    const int8_t *w = in[1]->data;
    const float *bias = in[2]->data;
    int64_t rows = c->k == K_MATMUL ? out_dims[0] : out_dims[0] * out_dims[1] * out_dims[2];
    for (int64_t r = 0; r < rows; r++)
        for (int64_t o = 0; o < ch; o++) {
            int64_t wr = c->per_channel ? o : 0;
            double s_w = fmax(fabs(((float *)in[5]->data)[wr]), fabs(((float *)in[6]->data)[wr])) /
                         127.0;
            double y = 0;
            if (c->k == K_MATMUL) {
                for (int64_t q = 0; q < c->c; q++) {
                    double xa = x[c->ta ? q * c->n + r : r * c->c + q] - zx;
                    double wb = w[c->tb ? o * c->c + q : q * c->oc + o];
                    y += xa * s_x * wb * s_w;
                }
            } else {
                int64_t oh = out_dims[1], ow = out_dims[2];
                int64_t b = r / (oh * ow), oy = r / ow % oh, ox = r % ow;
                int64_t pad_h = c->same ? ((oh - 1) * c->stride + c->kh - c->h) / 2 : 0;
                int64_t pad_w = c->same ? ((ow - 1) * c->stride + c->kw - c->w) / 2 : 0;
                pad_h = pad_h < 0 ? 0 : pad_h;
                pad_w = pad_w < 0 ? 0 : pad_w;
                for (int64_t ky = 0; ky < c->kh; ky++)
                    for (int64_t kx = 0; kx < c->kw; kx++) {
                        int64_t iy = oy * c->stride + ky - pad_h, ix = ox * c->stride + kx - pad_w;
                        if (iy < 0 || iy >= c->h || ix < 0 || ix >= c->w)
                            continue;
                        if (c->k == K_CONV) {
                            for (int64_t d = 0; d < c->c; d++)
                                y += (x[((b * c->h + iy) * c->w + ix) * c->c + d] - zx) * s_x *
                                     w[((ky * c->kw + kx) * c->c + d) * c->oc + o] * s_w;
                        } else {
                            int64_t d = o / c->oc, q = o % c->oc;
                            y += (x[((b * c->h + iy) * c->w + ix) * c->c + d] - zx) * s_x *
                                 w[((ky * c->kw + kx) * c->c + d) * c->oc + q] * s_w;
                        }
                    }
            }
            y += bias[o];
            if (c->relu && y < 0)
                y = 0;
            y = y / s_o + zo;
            codes[r * ch + o] = y < 0 ? 0 : y > 255 ? 255 : y;
        }
}

static void run_case(const fused_case *c, const char *isa, int threads, tfgt_tensor *const *in,
                     tfgt_tensor **out)
{
    char node[1024];
    size_t n = 0;
    tfgt_error err = {0};
    node_text(c, isa, node, sizeof node);
    ck_assert_msg(tfgt_test_run_op(node, (const tfgt_tensor *const *)in, 9, threads, out, 3, &n,
                                   &err) == TFGT_OK,
                  "%s: %s", op_name(c), err.message);
    ck_assert_uint_eq(n, 3);
}

START_TEST(test_kernels_match_model)
{
    const fused_case *c = &cases[_i];
    tfgt_tensor *in[9], *ref[3], *fast[3];
    double *codes;
    int64_t worst = 0;
    make_inputs(c, 11u + (unsigned)_i * 7u, in);
    run_case(c, "reference", 1, in, ref);
    codes = malloc((size_t)ref[0]->count * sizeof *codes);
    model(c, in, ref[0]->dims, codes);
    for (int64_t i = 0; i < ref[0]->count; i++) {
        double d = fabs(((uint8_t *)ref[0]->data)[i] - codes[i]);
        ck_assert_msg(d <= 1.0, "%s case %d element %lld: code %d, exact %.3f", op_name(c), _i,
                      (long long)i, ((uint8_t *)ref[0]->data)[i], codes[i]);
        worst = d > 0.5 ? worst + 1 : worst;
    }
    /* only rounding boundaries may differ from round(exact) */
    ck_assert_int_le(worst, ref[0]->count / 50 + 1);
    ck_assert_float_eq(*(float *)ref[1]->data, c->min_out);
    ck_assert_float_eq(*(float *)ref[2]->data, c->max_out);
    /* the default (fast when available) path, 1 and 2 threads: same bits */
    for (int threads = 1; threads <= 2; threads++) {
        run_case(c, "", threads, in, fast);
        ck_assert_int_eq(fast[0]->count, ref[0]->count);
        ck_assert_int_eq(memcmp(fast[0]->data, ref[0]->data, (size_t)ref[0]->count), 0);
        for (int k = 0; k < 3; k++)
            tfgt_tensor_free(fast[k]);
    }
    free(codes);
    for (int k = 0; k < 3; k++)
        tfgt_tensor_free(ref[k]);
    for (int k = 0; k < 9; k++)
        tfgt_tensor_free(in[k]);
}
END_TEST

/* Relu with an output range below zero and range clamping at the top. */
START_TEST(test_clamps_to_output_range)
{
    fused_case c = {K_MATMUL, true, 1, 0, 0, 4, 0, 0, 3, 0, false, false, false, false,
                    0.0f, 1.0f, 0, 0.5f};
    tfgt_tensor *in[9], *out[3];
    make_inputs(&c, 5, in);
    for (int64_t i = 0; i < in[0]->count; i++)
        ((uint8_t *)in[0]->data)[i] = 255;
    for (int64_t i = 0; i < in[1]->count; i++)
        ((int8_t *)in[1]->data)[i] = i % 3 == 0 ? -127 : 127; /* column 0: big, others mixed */
    ((float *)in[2]->data)[0] = 10.0f;
    ((float *)in[2]->data)[1] = -10.0f;
    ((float *)in[2]->data)[2] = 0.25f;
    *(float *)in[5]->data = -0.01f;
    *(float *)in[6]->data = 0.01f;
    run_case(&c, "", 1, in, out);
    ck_assert_int_eq(((uint8_t *)out[0]->data)[0], 255); /* above 0.5 */
    ck_assert_int_eq(((uint8_t *)out[0]->data)[1], 0);   /* Relu */
    /* 4 * 1.0 * 0.01 + 0.25 = 0.29 over [0, 0.5]: code 147.9 */
    ck_assert_int_eq(((uint8_t *)out[0]->data)[2], 148);
    for (int k = 0; k < 3; k++)
        tfgt_tensor_free(out[k]);
    for (int k = 0; k < 9; k++)
        tfgt_tensor_free(in[k]);
}
END_TEST

/* ---- hostile inputs --------------------------------------------------------------------- */

typedef struct hostile {
    const char *what;
    int input;         /* which input to replace, -1: none */
    int dtype, rank;   /* the replacement */
    int64_t dims[4];
    float value;       /* for float replacements */
    const char *attrs; /* extra attributes, replacing the usual */
    const char *expect;
} hostile;

static const hostile hostiles[] = {
    {"float input", 0, TFGT_DT_FLOAT, 4, {1, 5, 5, 3}, 0, NULL, "input must be quint8"},
    {"quint8 filter", 1, TFGT_DT_QUINT8, 4, {3, 3, 3, 4}, 0, NULL, "filter must be qint8"},
    {"3-D input", 0, TFGT_DT_QUINT8, 3, {5, 5, 3}, 0, NULL, "4-D"},
    {"depth mismatch", 1, TFGT_DT_QINT8, 4, {3, 3, 2, 4}, 0, NULL, "depth"},
    {"short bias", 2, TFGT_DT_FLOAT, 1, {3}, 0, NULL, "bias must be a float vector of 4"},
    {"2-D bias", 2, TFGT_DT_FLOAT, 2, {1, 4}, 0, NULL, "bias"},
    {"NaN min_input", 3, TFGT_DT_FLOAT, 0, {0}, NAN, NULL, "min_input is not finite"},
    {"vector max_input", 4, TFGT_DT_FLOAT, 1, {2}, 1, NULL, "max_input must hold exactly one"},
    {"input range without 0", 3, TFGT_DT_FLOAT, 0, {0}, 0.5f, NULL, "must hold 0"},
    {"min_input above max", 3, TFGT_DT_FLOAT, 0, {0}, 3.0f, NULL, "must hold 0"},
    /* (with min_input -FLT_MAX: a range wider than a float) */
    {"input range wider than a float", 4, TFGT_DT_FLOAT, 0, {0}, FLT_MAX, NULL, "be finite"},
    {"filter range count", 5, TFGT_DT_FLOAT, 1, {3}, -1, NULL, "one value per output channel"},
    {"infinite filter range", 6, TFGT_DT_FLOAT, 0, {0}, INFINITY, NULL, "not finite"},
    {"min_filter above max", 5, TFGT_DT_FLOAT, 0, {0}, 2.0f, NULL, "not finite and ordered"},
    {"zero-width output", 8, TFGT_DT_FLOAT, 0, {0}, 0.0f, NULL, "wider than zero"},
    {"NaN output", 7, TFGT_DT_FLOAT, 0, {0}, NAN, NULL, "not finite"},
    {"bad strides", -1, 0, 0, {0}, 0,
     "attr { key: 'strides' value { list { i: 1 i: 0 i: 1 i: 1 } } }"
     " attr { key: 'padding' value { s: 'SAME' } }", "stride 0"},
    {"bad padding", -1, 0, 0, {0}, 0,
     "attr { key: 'strides' value { list { i: 1 i: 1 i: 1 i: 1 } } }"
     " attr { key: 'padding' value { s: 'EXPLICIT' } }", "padding must be SAME or VALID"},
    {"dilated", -1, 0, 0, {0}, 0,
     "attr { key: 'strides' value { list { i: 1 i: 1 i: 1 i: 1 } } }"
     " attr { key: 'padding' value { s: 'SAME' } }"
     " attr { key: 'dilations' value { list { i: 1 i: 2 i: 2 i: 1 } } }", "dilations"},
    {"qint8 output", -1, 0, 0, {0}, 0,
     "attr { key: 'strides' value { list { i: 1 i: 1 i: 1 i: 1 } } }"
     " attr { key: 'padding' value { s: 'SAME' } }"
     " attr { key: 'out_type' value { type: DT_QINT8 } }", "out_type must be quint8"},
    {"window too big", 1, TFGT_DT_QINT8, 4, {7, 7, 3, 4}, 0,
     "attr { key: 'strides' value { list { i: 1 i: 1 i: 1 i: 1 } } }"
     " attr { key: 'padding' value { s: 'VALID' } }", "does not fit"},
};

START_TEST(test_hostile_inputs_name_the_node)
{
    const hostile *h = &hostiles[_i];
    int64_t dx[4] = {1, 5, 5, 3}, dw[4] = {3, 3, 3, 4}, db[1] = {4};
    tfgt_tensor *in[9], *out[3] = {NULL, NULL, NULL};
    char node[1024];
    size_t n = 0;
    tfgt_error err = {0};
    in[0] = new_tensor(TFGT_DT_QUINT8, 4, dx);
    in[1] = new_tensor(TFGT_DT_QINT8, 4, dw);
    in[2] = new_tensor(TFGT_DT_FLOAT, 1, db);
    in[3] = scalar(-1);
    in[4] = scalar(1);
    in[5] = scalar(-1);
    in[6] = scalar(1);
    in[7] = scalar(0);
    in[8] = scalar(6);
    if (h->input >= 0) {
        tfgt_tensor_free(in[h->input]);
        in[h->input] = new_tensor(h->dtype, h->rank, h->dims);
        if (h->dtype == TFGT_DT_FLOAT)
            for (int64_t i = 0; i < in[h->input]->count; i++)
                ((float *)in[h->input]->data)[i] = h->value;
        if (h->input == 4 && h->value == FLT_MAX)
            *(float *)in[3]->data = -FLT_MAX;
    }
    snprintf(node, sizeof node,
             "name: 'fusednode' op: 'QuantizedConv2DWithBiasAndReluAndRequantize' %s",
             h->attrs ? h->attrs
                      : "attr { key: 'strides' value { list { i: 1 i: 1 i: 1 i: 1 } } }"
                        " attr { key: 'padding' value { s: 'SAME' } }");
    ck_assert_int_ne(tfgt_test_run_op(node, (const tfgt_tensor *const *)in, 9, 1, out, 3, &n, &err),
                     TFGT_OK);
    ck_assert_contains(err.message, "fusednode");
    ck_assert_contains(err.message, h->expect);
    for (int k = 0; k < 3; k++)
        tfgt_tensor_free(out[k]);
    for (int k = 0; k < 9; k++)
        tfgt_tensor_free(in[k]);
}
END_TEST

START_TEST(test_hostile_matmul)
{
    int64_t da[2] = {2, 5}, dbad[2] = {4, 3}, dbias[1] = {3};
    tfgt_tensor *in[9], *out[3] = {NULL, NULL, NULL};
    size_t n = 0;
    tfgt_error err = {0};
    in[0] = new_tensor(TFGT_DT_QUINT8, 2, da);
    in[1] = new_tensor(TFGT_DT_QINT8, 2, dbad);
    in[2] = new_tensor(TFGT_DT_FLOAT, 1, dbias);
    in[3] = scalar(0);
    in[4] = scalar(1);
    in[5] = scalar(-1);
    in[6] = scalar(1);
    in[7] = scalar(0);
    in[8] = scalar(6);
    ck_assert_int_ne(tfgt_test_run_op("name: 'fusedmm' op: 'QuantizedMatMulWithBiasAndRequantize'",
                                      (const tfgt_tensor *const *)in, 9, 1, out, 3, &n, &err),
                     TFGT_OK);
    ck_assert_contains(err.message, "fusedmm");
    ck_assert_contains(err.message, "inner dimensions differ");
    tfgt_error_clear(&err);
    ck_assert_int_ne(tfgt_test_run_op("name: 'fusedmm' op: 'QuantizedMatMulWithBiasAndRequantize'"
                                      " attr { key: 'input_quant_mode' value { s: 'SCALED' } }",
                                      (const tfgt_tensor *const *)in, 9, 1, out, 3, &n, &err),
                     TFGT_OK);
    ck_assert_contains(err.message, "MIN_FIRST");
    for (int k = 0; k < 3; k++)
        tfgt_tensor_free(out[k]);
    for (int k = 0; k < 9; k++)
        tfgt_tensor_free(in[k]);
}
END_TEST

/* ---- the transform on small graphs ----------------------------------------------------- */

typedef tfgt_test_log log_text;
#define transform tfgt_test_transform_logged

static tfgt_calibration *samples(const char *name, int rank, const int64_t *dims, size_t n,
                                 unsigned seed, double lo, double hi)
{
    tfgt_calibration *cal = calloc(1, sizeof *cal);
    ck_assert_ptr_nonnull(cal);
    cal->feeds = calloc(1, sizeof *cal->feeds);
    cal->feeds[0].name = strdup(name);
    cal->feeds[0].samples = calloc(n, sizeof *cal->feeds[0].samples);
    cal->n_feeds = 1;
    cal->n_samples = n;
    for (size_t s = 0; s < n; s++) {
        tfgt_tensor *t = new_tensor(TFGT_DT_FLOAT, rank, dims);
        for (int64_t i = 0; i < t->count; i++)
            ((float *)t->data)[i] = (float)(lo + (hi - lo) * uniform(&seed));
        cal->feeds[0].samples[s] = t;
    }
    return cal;
}

/* image [1,8,8,3] -> conv1 3x3x3x8 + b1 -> Relu6 -> conv2 1x1x8x6 + b2 ->
 * Relu6 (or Relu) -> MatMul after a Reshape [1, 384] x [384, 5] + b3. */
static tfgt_graph *small_net(bool second_relu)
{
    tfgt_graph *g = tfgt_graph_new();
    unsigned seed = 3;
    int64_t d1[4] = {3, 3, 3, 8}, d2[4] = {1, 1, 8, 6}, d3[2] = {384, 5}, db1[1] = {8};
    int64_t db2[1] = {6}, db3[1] = {5}, dshape[1] = {2};
    double w1[216], w2[48], w3[1920], b1[8], b2[6], b3[5], shape[2] = {1, 384};
    for (int i = 0; i < 216; i++)
        w1[i] = uniform(&seed) * 1.2 - 0.6;
    for (int i = 0; i < 48; i++)
        w2[i] = uniform(&seed) * 1.6 - 0.8;
    for (int i = 0; i < 1920; i++)
        w3[i] = uniform(&seed) * 0.2 - 0.1;
    for (int i = 0; i < 8; i++)
        b1[i] = uniform(&seed) * 0.6 - 0.2;
    for (int i = 0; i < 6; i++)
        b2[i] = uniform(&seed) * 0.6 - 0.2;
    for (int i = 0; i < 5; i++)
        b3[i] = uniform(&seed) - 0.5;
    tfgt_test_add_op(g, "image", "Placeholder", "", "dtype", FLOAT_T, NULL);
    tfgt_test_add_floats(g, "w1", 4, d1, w1);
    tfgt_test_add_floats(g, "b1", 1, db1, b1);
    tfgt_test_add_floats(g, "w2", 4, d2, w2);
    tfgt_test_add_floats(g, "b2", 1, db2, b2);
    tfgt_test_add_floats(g, "w3", 2, d3, w3);
    tfgt_test_add_floats(g, "b3", 1, db3, b3);
    tfgt_test_add_const(g, "shape", TFGT_DT_INT32, 1, dshape, shape);
    tfgt_test_add_op(g, "conv1", "Conv2D", "image,w1", "T", FLOAT_T, "strides",
                     "list { i: 1 i: 1 i: 1 i: 1 }", "padding", "s: 'SAME'", NULL);
    tfgt_test_add_op(g, "add1", "BiasAdd", "conv1,b1", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "act1", "Relu6", "add1", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "conv2", "Conv2D", "act1,w2", "T", FLOAT_T, "strides",
                     "list { i: 1 i: 1 i: 1 i: 1 }", "padding", "s: 'SAME'", NULL);
    tfgt_test_add_op(g, "add2", "Add", "conv2,b2", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "act2", second_relu ? "Relu" : "Relu6", "add2", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "flat", "Reshape", "act2,shape", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "mm", "MatMul", "flat,w3", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "logits", "BiasAdd", "mm,b3", "T", FLOAT_T, NULL);
    return g;
}

static double max_diff(const tfgt_graph *a, const tfgt_graph *b, const tfgt_calibration *cal,
                       const char *fetch)
{
    double worst = 0;
    for (size_t s = 0; s < cal->n_samples; s++) {
        tfgt_tensor *x = tfgt_test_run_one(a, "image", cal->feeds[0].samples[s], fetch);
        tfgt_tensor *y = tfgt_test_run_one(b, "image", cal->feeds[0].samples[s], fetch);
        ck_assert_int_eq(x->count, y->count);
        for (int64_t i = 0; i < x->count; i++) {
            double d = fabs(((float *)x->data)[i] - ((float *)y->data)[i]);
            worst = d > worst ? d : worst;
        }
        tfgt_tensor_free(x);
        tfgt_tensor_free(y);
    }
    return worst;
}

static const tfgt_node *find(const tfgt_graph *g, const char *name)
{
    const tfgt_node *n = tfgt_graph_find_node(g, name);
    ck_assert_msg(n != NULL, "no node %s", name);
    return n;
}

/* Nodes of a fused op under TensorFlow's name or tfgt's ("Tfgt" + it):
 * layers reading an image (signed) or without Relu get tfgt's. */
static size_t count_fused(const tfgt_graph *g, const char *op)
{
    char own[128];
    snprintf(own, sizeof own, "Tfgt%s", op);
    return tfgt_test_count_op(g, op) + tfgt_test_count_op(g, own);
}

/* Without calibration: the Relu6 chains fuse (range [0, 6]); the bias-only
 * MatMul at the end does not (it needs a measured range). */
START_TEST(test_fuse_without_calibration)
{
    int64_t dims[4] = {1, 8, 8, 3};
    tfgt_calibration *cal = samples("image", 4, dims, 6, 21, -1, 1);
    tfgt_graph *g = small_net(false), *q = tfgt_graph_clone(g, NULL);
    log_text *log = calloc(1, sizeof *log);
    tfgt_error err = {0};
    const tfgt_node *f2;
    double d;
    ck_assert_msg(transform(q, "quantize_nodes(fuse=true, per_channel=true) strip_unused_nodes",
                            "image", "logits", NULL, log, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_uint_eq(count_fused(q, "QuantizedConv2DWithBiasAndReluAndRequantize"), 2);
    ck_assert_uint_eq(count_fused(q, "QuantizedMatMulWithBiasAndRequantize"), 0);
    ck_assert_uint_eq(tfgt_test_count_op(q, "Conv2D"), 0);
    ck_assert_contains(log->text, "did not fuse 'logits': its output range needs --calibration_data");
    /* the first layer reads the image (signed): tfgt's op; the second
     * reads a ReLU: TensorFlow's, which computes it the same */
    ck_assert_str_eq(tfgt_node_op(find(q, "act1/eightbit")),
                     "TfgtQuantizedConv2DWithBiasAndReluAndRequantize");
    ck_assert_str_eq(tfgt_node_op(find(q, "act2/eightbit")),
                     "QuantizedConv2DWithBiasAndReluAndRequantize");
    /* the second layer reads the first directly (no Dequantize/QuantizeV2) */
    f2 = find(q, "act2/eightbit");
    ck_assert_str_eq(tfgt_node_input(f2, 0), "act1/eightbit");
    ck_assert_str_eq(tfgt_node_input(f2, 3), "act1/eightbit:1");
    ck_assert_str_eq(tfgt_node_op(find(q, "conv2_eightbit/w2/quantized_const")), "Const");
    d = max_diff(g, q, cal, "logits");
    fprintf(stderr, "small net, fused without calibration: max |logits error| %.4f\n", d);
    ck_assert_double_lt(d, 0.15);
    tfgt_graph_free(q);
    tfgt_graph_free(g);
    tfgt_calibration_free(cal);
    free(log);
}
END_TEST

/* With calibration every chain fuses, including Relu (calibrated max) and
 * the bias-only MatMul, and the result is far closer to float than
 * unfused. */
START_TEST(test_fuse_with_calibration)
{
    int64_t dims[4] = {1, 8, 8, 3};
    tfgt_calibration *cal = samples("image", 4, dims, 8, 33, -1, 1);
    tfgt_graph *g = small_net(true), *q = tfgt_graph_clone(g, NULL), *u = tfgt_graph_clone(g, NULL);
    log_text *log = calloc(1, sizeof *log);
    tfgt_error err = {0};
    double dq, du;
    ck_assert_msg(transform(q, "quantize_nodes(fuse=true) strip_unused_nodes", "image", "logits",
                            cal, log, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_contains(log->text, "fused 3 layers");
    ck_assert_contains(log->text, "fused 'act1' as TfgtQuantizedConv2DWithBiasAndReluAndRequantize, "
                                  "output range [0, ");
    ck_assert_uint_eq(count_fused(q, "QuantizedConv2DWithBiasAndReluAndRequantize"), 2);
    ck_assert_uint_eq(count_fused(q, "QuantizedMatMulWithBiasAndRequantize"), 1);
    /* no Relu: TensorFlow's op would clamp at 0, so tfgt's name */
    ck_assert_uint_eq(tfgt_test_count_op(q, "TfgtQuantizedMatMulWithBiasAndRequantize"), 1);
    ck_assert_str_eq(tfgt_node_op(find(q, "logits")), "Dequantize");
    /* per tensor without per_channel: scalar weight ranges */
    {
        tfgt_tensor *t = NULL;
        ck_assert_int_eq(tfgt_node_get_tensor(find(q, "conv1_eightbit/w1/min"), "value", 0, &t,
                                              NULL),
                         TFGT_OK);
        ck_assert_int_eq(t->rank, 0);
        ck_assert_float_lt(*(float *)t->data, 0);
        tfgt_tensor_free(t);
    }
    ck_assert_msg(transform(u, "quantize_nodes strip_unused_nodes", "image", "logits", cal, log,
                            &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_uint_eq(count_fused(u, "QuantizedMatMulWithBiasAndRequantize"), 0);
    /* on the calibration samples themselves (a max over a few samples
     * clips what others reach) */
    dq = max_diff(g, q, cal, "logits");
    du = max_diff(g, u, cal, "logits");
    fprintf(stderr, "small net with calibration: max |logits error| fused %.4f, unfused %.4f\n",
            dq, du);
    ck_assert_double_lt(dq, 0.15);
    ck_assert_double_lt(2 * dq, du);
    tfgt_graph_free(q);
    tfgt_graph_free(u);
    tfgt_graph_free(g);
    tfgt_calibration_free(cal);
    free(log);
}
END_TEST

/* keep_node, ignore_op and a shared inner output leave chains unfused;
 * fuse=false (the default) emits none of the fused ops. */
START_TEST(test_fuse_refusals)
{
    static const struct {
        const char *transforms;
        size_t fused;
        const char *log;
    } runs[] = {
        {"quantize_nodes", 0, NULL},
        {"quantize_nodes(fuse=true, keep_node=add2)", 1, "a node of it is kept in float by name"},
        {"quantize_nodes(fuse=true, ignore_op=Relu6)", 0, "an op of it is in ignore_op"},
        {"quantize_nodes(fuse=true, ignore_op=Conv2D)", 0, "an op of it is in ignore_op"},
    };
    for (size_t r = 0; r < sizeof runs / sizeof runs[0]; r++) {
        tfgt_graph *q = small_net(false);
        log_text *log = calloc(1, sizeof *log);
        tfgt_error err = {0};
        ck_assert_msg(transform(q, runs[r].transforms, "image", "logits", NULL, log, &err) ==
                          TFGT_OK,
                      "%s", err.message);
        ck_assert_uint_eq(count_fused(q, "QuantizedConv2DWithBiasAndReluAndRequantize"),
                          runs[r].fused);
        if (runs[r].log)
            ck_assert_contains(log->text, runs[r].log);
        tfgt_graph_free(q);
        free(log);
    }
    {
        /* add1 also read by another node: conv1's chain stays unfused */
        tfgt_graph *q = small_net(false);
        log_text *log = calloc(1, sizeof *log);
        tfgt_error err = {0};
        tfgt_test_add_op(q, "other", "Neg", "add1", "T", FLOAT_T, NULL);
        ck_assert_msg(transform(q, "quantize_nodes(fuse=true)", "image", "logits", NULL, log,
                                &err) == TFGT_OK,
                      "%s", err.message);
        ck_assert_uint_eq(count_fused(q, "QuantizedConv2DWithBiasAndReluAndRequantize"),
                          1);
        ck_assert_contains(log->text, "did not fuse 'act1': an inner node of it has other readers");
        tfgt_graph_free(q);
        free(log);
    }
}
END_TEST

/* accuracy_target groups each fused chain as one layer and still runs. */
START_TEST(test_fuse_with_accuracy_target)
{
    int64_t dims[4] = {1, 8, 8, 3};
    tfgt_calibration *cal = samples("image", 4, dims, 10, 5, -1, 1);
    tfgt_graph *q = small_net(false);
    log_text *log = calloc(1, sizeof *log);
    tfgt_error err = {0};
    ck_assert_msg(transform(q, "quantize_nodes(fuse=true, per_channel=true, accuracy_target=1)",
                            "image", "logits", cal, log, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_contains(log->text, "top-1 agreement with float on 10 calibration samples");
    ck_assert_uint_ge(count_fused(q, "QuantizedConv2DWithBiasAndReluAndRequantize") +
                          tfgt_test_count_op(q, "Conv2D"),
                      2);
    tfgt_graph_free(q);
    tfgt_calibration_free(cal);
    free(log);
}
END_TEST

/* How often `what` occurs in `text`. */
static size_t occurrences(const char *text, const char *what)
{
    size_t n = 0;
    for (const char *p = strstr(text, what); p; p = strstr(p + 1, what))
        n++;
    return n;
}

/* The codes of the Dequantize `name` of g: the value of its Const input i. */
static tfgt_tensor *dequantize_codes(const tfgt_graph *g, const char *name, int i)
{
    const tfgt_node *d = find(g, name);
    tfgt_tensor *t = NULL;
    ck_assert_str_eq(tfgt_node_op(d), "Dequantize");
    ck_assert_int_eq(tfgt_node_get_tensor(find(g, tfgt_node_input(d, (size_t)i)), "value", 0, &t,
                                          NULL),
                     TFGT_OK);
    return t;
}

/* quantize_weights(per_channel) then quantize_nodes(fuse): every layer
 * fuses, the convs' fused ops read quantize_weights' codes and ranges as
 * they are (the Dequantizes go), the MatMul's per-channel weights are
 * quantized again over one range, and the biases stay float (corrected). */
START_TEST(test_fuse_after_quantize_weights)
{
    int64_t dims[4] = {1, 8, 8, 3};
    tfgt_calibration *cal = samples("image", 4, dims, 8, 33, -1, 1);
    tfgt_graph *g = small_net(true), *w = tfgt_graph_clone(g, NULL), *q, *t;
    log_text *log = calloc(1, sizeof *log);
    tfgt_error err = {0};
    static const char *const convs[2][2] = {{"act1/eightbit", "w1"}, {"act2/eightbit", "w2"}};
    double d;
    ck_assert_msg(transform(w, "quantize_weights(per_channel=true, minimum_size=1, clip=mse)",
                            "image", "logits", cal, log, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_contains(log->text, "biases corrected");
    for (int b = 0; b < 3; b++) {
        static const char *const biases[3] = {"b1", "b2", "b3"};
        int dtype = 0;
        ck_assert_str_eq(tfgt_node_op(find(w, biases[b])), "Const");
        ck_assert_int_eq(tfgt_node_get_type(find(w, biases[b]), "dtype", &dtype, NULL), TFGT_OK);
        ck_assert_int_eq(dtype, TFGT_DT_FLOAT);
    }
    q = tfgt_graph_clone(w, NULL);
    ck_assert_msg(transform(q, "quantize_nodes(per_channel=true, fuse=true)", "image", "logits",
                            cal, log, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_contains(log->text, "fused 3 layers");
    ck_assert_contains(log->text, "weights quantize_weights' codes");
    ck_assert_contains(log->text, "fused 'logits' as TfgtQuantizedMatMulWithBiasAndRequantize");
    ck_assert_contains(log->text, "weights dequantized and quantized again over one range");
    ck_assert_uint_eq(count_fused(q, "QuantizedConv2DWithBiasAndReluAndRequantize"), 2);
    ck_assert_uint_eq(count_fused(q, "QuantizedMatMulWithBiasAndRequantize"), 1);
    ck_assert_uint_eq(tfgt_test_count_op(q, "Conv2D") + tfgt_test_count_op(q, "MatMul"), 0);
    for (int c = 0; c < 2; c++) {
        const tfgt_node *f = find(q, convs[c][0]);
        const tfgt_node *dq = find(w, convs[c][1]);
        tfgt_tensor *a = dequantize_codes(w, convs[c][1], 0), *b = NULL;
        /* the Dequantize is gone; the fused op reads its three Consts */
        ck_assert_ptr_null(tfgt_graph_find_node(q, convs[c][1]));
        ck_assert_str_eq(tfgt_node_input(f, 1), tfgt_node_input(dq, 0));
        ck_assert_str_eq(tfgt_node_input(f, 5), tfgt_node_input(dq, 1));
        ck_assert_str_eq(tfgt_node_input(f, 6), tfgt_node_input(dq, 2));
        ck_assert_int_eq(tfgt_node_get_tensor(find(q, tfgt_node_input(f, 1)), "value", 0, &b, NULL),
                         TFGT_OK);
        ck_assert_int_eq(b->dtype, TFGT_DT_QINT8);
        ck_assert_int_eq(a->count, b->count);
        ck_assert_int_eq(memcmp(a->data, b->data, (size_t)a->count), 0);
        tfgt_tensor_free(a);
        tfgt_tensor_free(b);
    }
    d = max_diff(g, q, cal, "logits");
    fprintf(stderr, "small net, quantize_weights then fused: max |logits error| %.4f\n", d);
    ck_assert_double_lt(d, 0.15);
    /* the accuracy search keeps a Dequantize weight with its layer */
    t = tfgt_graph_clone(w, NULL);
    ck_assert_msg(transform(t, "quantize_nodes(per_channel=true, fuse=true, accuracy_target=1)",
                            "image", "logits", cal, log, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_contains(log->text, "top-1 agreement with float on 8 calibration samples");
    d = max_diff(g, t, cal, "logits");
    ck_assert_double_lt(d, 0.15);
    tfgt_graph_free(t);
    tfgt_graph_free(q);
    tfgt_graph_free(w);
    tfgt_graph_free(g);
    tfgt_calibration_free(cal);
    free(log);
}
END_TEST

/* Dequantize `name` of g made one range [-m, m], m its largest: no axis
 * and scalar ranges, or (axis >= 0, an axis of size 1) that axis and
 * ranges of one value.  The codes mean other values now; g is the
 * reference. */
static void make_per_tensor(tfgt_graph *g, const char *name, int64_t axis)
{
    tfgt_node *d = tfgt_graph_find_node(g, name);
    tfgt_tensor *hi = dequantize_codes(g, name, 2), *a, *b;
    int64_t one = 1;
    float m = 0;
    for (int64_t i = 0; i < hi->count; i++)
        m = fmaxf(m, ((float *)hi->data)[i]);
    a = axis < 0 ? scalar(-m) : new_tensor(TFGT_DT_FLOAT, 1, &one);
    b = axis < 0 ? scalar(m) : new_tensor(TFGT_DT_FLOAT, 1, &one);
    *(float *)a->data = -m;
    *(float *)b->data = m;
    if (axis < 0)
        ck_assert(tfgt_node_remove_attr(d, "axis"));
    else
        ck_assert_int_eq(tfgt_node_set_int(d, "axis", axis), TFGT_OK);
    ck_assert_int_eq(tfgt_node_set_tensor(tfgt_graph_find_node(g, tfgt_node_input(d, 1)), "value",
                                          a, NULL),
                     TFGT_OK);
    ck_assert_int_eq(tfgt_node_set_tensor(tfgt_graph_find_node(g, tfgt_node_input(d, 2)), "value",
                                          b, NULL),
                     TFGT_OK);
    tfgt_tensor_free(hi);
    tfgt_tensor_free(a);
    tfgt_tensor_free(b);
}

/* One range for all the codes (no axis) fuses as it is, MatMul's too; an
 * axis other than the output channels' does not fuse. */
/* A weight channel of zeros (a pruned filter) gets [-1, 1] from
 * quantize_weights(per_channel) with zero codes, so the layer still
 * fuses and the channel stays exactly 0. */
START_TEST(test_fuse_with_a_zero_channel)
{
    tfgt_graph *g = tfgt_graph_new(), *q;
    int64_t dw[4] = {1, 1, 4, 8}, db[1] = {8}, dx[4] = {1, 4, 4, 4};
    double w[32], b[8];
    log_text *log = calloc(1, sizeof *log);
    tfgt_error err = {0};
    tfgt_tensor *x, *mins = NULL, *out;
    for (int i = 0; i < 32; i++)
        w[i] = i % 8 == 3 ? 0.0 : ((i * 7) % 11 - 5) * 0.1;
    for (int i = 0; i < 8; i++)
        b[i] = i == 3 ? 0.0 : 0.1 * i;
    tfgt_test_add_op(g, "x", "Placeholder", "", "dtype", "type: DT_FLOAT", NULL);
    tfgt_test_add_floats(g, "w", 4, dw, w);
    tfgt_test_add_floats(g, "b", 1, db, b);
    tfgt_test_add_op(g, "conv", "Conv2D", "x,w", "T", "type: DT_FLOAT", "strides",
                     "list { i: 1 i: 1 i: 1 i: 1 }", "padding", "s: 'SAME'", NULL);
    tfgt_test_add_op(g, "add", "BiasAdd", "conv,b", "T", "type: DT_FLOAT", NULL);
    tfgt_test_add_op(g, "out", "Relu6", "add", "T", "type: DT_FLOAT", NULL);
    q = tfgt_graph_clone(g, &err);
    /* minimum_size=16: the weights (32), not the bias (8) */
    ck_assert_msg(transform(q, "quantize_weights(per_channel=true, minimum_size=16) "
                               "quantize_nodes(per_channel=true, fuse=true) strip_unused_nodes",
                            "x", "out", NULL, log, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_uint_eq(count_fused(q, "QuantizedConv2DWithBiasAndReluAndRequantize"), 1);
    ck_assert_int_eq(tfgt_node_get_tensor(find(q, "w_quantized_min"), "value", 0, &mins, NULL),
                     TFGT_OK);
    ck_assert_float_eq(((float *)mins->data)[3], -1.0f);
    x = tfgt_tensor_new(TFGT_DT_FLOAT, 4, dx, 0, NULL);
    for (int64_t i = 0; i < x->count; i++)
        ((float *)x->data)[i] = (float)((i * 5) % 7) * 0.3f;
    out = tfgt_test_run_one(q, "x", x, "out");
    for (int64_t i = 3; i < out->count; i += 8)
        ck_assert_float_eq(((float *)out->data)[i], 0.0f);
    tfgt_tensor_free(out);
    tfgt_tensor_free(x);
    tfgt_tensor_free(mins);
    tfgt_graph_free(q);
    tfgt_graph_free(g);
    free(log);
}
END_TEST

START_TEST(test_fuse_scaled_weights_per_tensor_and_wrong_axis)
{
    int64_t dims[4] = {1, 8, 8, 3};
    tfgt_calibration *cal = samples("image", 4, dims, 8, 33, -1, 1);
    tfgt_graph *w = small_net(true), *q, *bad;
    log_text *log = calloc(1, sizeof *log);
    tfgt_error err = {0};
    tfgt_tensor *t = NULL;
    double d;
    ck_assert_msg(transform(w, "quantize_weights(per_channel=true, minimum_size=1, clip=mse)",
                            "image", "logits", cal, log, &err) == TFGT_OK,
                  "%s", err.message);
    /* w2 is [1, 1, 8, 6]: one range along axis 0 is a valid Dequantize */
    bad = tfgt_graph_clone(w, NULL);
    make_per_tensor(bad, "w2", 0);
    ck_assert_msg(transform(bad, "quantize_nodes(per_channel=true, fuse=true)", "image", "logits",
                            cal, log, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_contains(log->text, "did not fuse 'act2': its weights Dequantize's axis is not the "
                                  "op's output channels");
    ck_assert_uint_eq(count_fused(bad, "QuantizedConv2DWithBiasAndReluAndRequantize"), 1);
    make_per_tensor(w, "w2", -1);
    make_per_tensor(w, "w3", -1);
    q = tfgt_graph_clone(w, NULL);
    ck_assert_msg(transform(q, "quantize_nodes(per_channel=true, fuse=true)", "image", "logits",
                            cal, log, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_contains(log->text, "fused 3 layers");
    ck_assert_uint_eq(occurrences(log->text, "weights quantize_weights' codes"), 3);
    ck_assert_int_eq(tfgt_node_get_tensor(find(q, tfgt_node_input(find(q, "act2/eightbit"), 6)),
                                          "value", 0, &t, NULL),
                     TFGT_OK);
    ck_assert_int_eq(t->rank, 0);
    tfgt_tensor_free(t);
    d = max_diff(w, q, cal, "logits");
    fprintf(stderr, "small net, per-tensor qint8 weights fused: max |logits error| %.4f\n", d);
    ck_assert_double_lt(d, 0.15);
    tfgt_graph_free(bad);
    tfgt_graph_free(q);
    tfgt_graph_free(w);
    tfgt_calibration_free(cal);
    free(log);
}
END_TEST

/* TensorFlow-style quantize_weights (quint8 MIN_FIRST Dequantize) is left
 * to the ordinary rewrite, saying why. */
START_TEST(test_fuse_refuses_min_first_weights)
{
    tfgt_graph *q = small_net(false);
    log_text *log = calloc(1, sizeof *log);
    tfgt_error err = {0};
    ck_assert_msg(transform(q,
                            "quantize_weights(minimum_size=1, keep_node=b1, keep_node=b2, "
                            "keep_node=b3) quantize_nodes(fuse=true)",
                            "image", "logits", NULL, log, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_contains(log->text, "did not fuse 'act1': its weights Dequantize is not qint8 "
                                  "SCALED with narrow_range");
    ck_assert_uint_eq(count_fused(q, "QuantizedConv2DWithBiasAndReluAndRequantize"), 0);
    tfgt_graph_free(q);
    free(log);
}
END_TEST

/* ---- MobileNet v1 0.25 ------------------------------------------------------------------- */

/* Crops, mirror images and brightness changes of the stored photo, every
 * third blended with seeded noise. */
static tfgt_calibration *photo_samples(const tfgt_tensor *photo, size_t n, unsigned base)
{
    int64_t dims[4] = {1, 224, 224, 3};
    tfgt_calibration *cal = samples("input", 4, dims, n, base, 0, 0);
    for (size_t s = 0; s < n; s++) {
        const float *p = photo->data;
        float *v = cal->feeds[0].samples[s]->data;
        unsigned seed = base + 31 * (unsigned)s;
        double scale = 0.55 + 0.45 * uniform(&seed);
        int side = (int)(224 * scale), y0 = (int)(uniform(&seed) * (224 - side));
        int x0 = (int)(uniform(&seed) * (224 - side));
        bool mirror = uniform(&seed) < 0.5, noisy = s % 3 == 2;
        double gain = 0.8 + 0.4 * uniform(&seed), offset = 0.3 * uniform(&seed) - 0.15;
        for (int y = 0; y < 224; y++)
            for (int x = 0; x < 224; x++)
                for (int c = 0; c < 3; c++) {
                    int sy = y0 + y * side / 224, sx = x0 + (mirror ? 223 - x : x) * side / 224;
                    double q = p[(sy * 224 + sx) * 3 + c];
                    if (noisy)
                        q = 0.75 * q + 0.25 * (uniform(&seed) * 2 - 1);
                    q = q * gain + offset;
                    v[(y * 224 + x) * 3 + c] = (float)(q < -1 ? -1 : q > 1 ? 1 : q);
                }
    }
    return cal;
}

static double agreement(const tfgt_graph *reference, const tfgt_graph *g,
                        const tfgt_calibration *cal, const char *output, double *sqnr)
{
    tfgt_sensitivity *engine = NULL;
    tfgt_sensitivity_score s = {0, 0};
    tfgt_error err = {0};
    ck_assert_int_eq(tfgt_sensitivity_new(reference, cal, &output, 1, NULL, &engine, &err), TFGT_OK);
    ck_assert_msg(tfgt_sensitivity_score_graph(engine, g, &s, &err) == TFGT_OK, "%s", err.message);
    tfgt_sensitivity_free(engine);
    *sqnr = s.sqnr_db;
    return s.agreement;
}

/* The folded float MobileNet v1 0.25 and its stored photo, or false (and
 * a SKIP line naming `test`) without the models folder. */
static bool folded_mobilenet(const char *test, tfgt_graph **g, tfgt_tensor **photo, log_text *log)
{
    char *pb = tfgt_test_model_path("mobilenet_v1_0.25_224/frozen_graph.pb");
    char *photo_path;
    tfgt_error err = {0};
    if (!pb) {
        fprintf(stderr, "SKIP: %s: no models folder (../shared/models or $TFGT_MODELS_DIR)\n",
                test);
        return false;
    }
    photo_path = tfgt_test_model_path("mobilenet_v1_0.25_224/grace_hopper_224_input.npy");
    ck_assert_int_eq(tfgt_graph_load(pb, TFGT_FORMAT_AUTO, g, NULL, &err), TFGT_OK);
    ck_assert_int_eq(tfgt_npy_read(photo_path, 0, photo, &err), TFGT_OK);
    ck_assert_int_eq(transform(*g,
                               "strip_unused_nodes fold_constants(ignore_errors=true) "
                               "fold_batch_norms fold_old_batch_norms",
                               "input", "MobilenetV1/Predictions/Reshape_1", NULL, log, &err),
                     TFGT_OK);
    free(pb);
    free(photo_path);
    return true;
}

START_TEST(test_mobilenet_fused_agreement)
{
    const char *out = "MobilenetV1/Predictions/Reshape_1";
    tfgt_graph *g = NULL, *fused, *unfused;
    tfgt_tensor *photo = NULL;
    tfgt_calibration *cal, *report;
    tfgt_error err = {0};
    log_text *log = calloc(1, sizeof *log);
    double a_fused, a_unfused, sq_fused, sq_unfused;
    if (!folded_mobilenet("test_mobilenet_fused_agreement", &g, &photo, log)) {
        free(log);
        return;
    }
    cal = photo_samples(photo, 10, 1000);
    report = photo_samples(photo, 12, 5000);
    fused = tfgt_graph_clone(g, &err);
    unfused = tfgt_graph_clone(g, &err);
    ck_assert_msg(transform(fused, "quantize_nodes(per_channel=true, fuse=true) strip_unused_nodes",
                            "input", out, cal, log, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_contains(log->text, "fused 28 layers");
    ck_assert_uint_eq(tfgt_test_count_op(fused, "QuantizedDepthwiseConv2DWithBiasAndReluAndRequantize"),
                      13);
    ck_assert_msg(transform(unfused, "quantize_nodes(per_channel=true) strip_unused_nodes", "input",
                            out, cal, log, &err) == TFGT_OK,
                  "%s", err.message);
    a_fused = agreement(g, fused, report, out, &sq_fused);
    a_unfused = agreement(g, unfused, report, out, &sq_unfused);
    fprintf(stderr,
            "mobilenet v1 0.25, %zu report samples: top-1 agreement with float fused %.2f "
            "(SQNR %.1f dB), unfused %.2f (SQNR %.1f dB)\n",
            report->n_samples, a_fused, sq_fused, a_unfused, sq_unfused);
    ck_assert_double_ge(a_fused, 0.5);
    ck_assert_double_ge(a_fused, a_unfused + 0.3);
    ck_assert_double_gt(sq_fused, sq_unfused + 6.0);
    tfgt_graph_free(fused);
    tfgt_graph_free(unfused);
    tfgt_graph_free(g);
    tfgt_tensor_free(photo);
    tfgt_calibration_free(cal);
    tfgt_calibration_free(report);
    free(log);
}
END_TEST

/* quantize_weights(per_channel, clip=mse, bias correction) before the
 * fused rewrite: the large weights' codes are used as they are, and on
 * held-out samples the logits agree with float at least as well as with
 * fuse alone (the eight-bit Softmax after them adds noise of its own on so
 * few samples, so the logits are what is compared). */
START_TEST(test_mobilenet_weights_then_fuse)
{
    const char *out = "MobilenetV1/Predictions/Reshape_1";
    const char *logits = "MobilenetV1/Logits/SpatialSqueeze";
    tfgt_graph *g = NULL, *fused, *both;
    tfgt_tensor *photo = NULL;
    tfgt_calibration *cal, *report;
    tfgt_error err = {0};
    log_text *log = calloc(1, sizeof *log);
    double a_fused, a_both, sq_fused, sq_both, o_fused, o_both, osq_fused, osq_both;
    if (!folded_mobilenet("test_mobilenet_weights_then_fuse", &g, &photo, log)) {
        free(log);
        return;
    }
    cal = photo_samples(photo, 10, 1000);
    report = photo_samples(photo, 16, 7000);
    fused = tfgt_graph_clone(g, &err);
    both = tfgt_graph_clone(g, &err);
    ck_assert_msg(transform(fused, "quantize_nodes(per_channel=true, fuse=true) strip_unused_nodes",
                            "input", out, cal, log, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_msg(transform(both,
                            "quantize_weights(per_channel=true, clip=mse) "
                            "quantize_nodes(per_channel=true, fuse=true) strip_unused_nodes",
                            "input", out, cal, log, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_contains(log->text, "19 biases corrected");
    ck_assert_contains(log->text, "fused 28 layers");
    /* the weights of at least 1024 values: quantize_weights' codes */
    ck_assert_uint_eq(occurrences(log->text, "weights quantize_weights' codes"), 19);
    ck_assert_uint_eq(tfgt_test_count_op(both, "Conv2D") +
                          tfgt_test_count_op(both, "DepthwiseConv2dNative"),
                      0);
    a_fused = agreement(g, fused, report, logits, &sq_fused);
    a_both = agreement(g, both, report, logits, &sq_both);
    o_fused = agreement(g, fused, report, out, &osq_fused);
    o_both = agreement(g, both, report, out, &osq_both);
    fprintf(stderr,
            "mobilenet v1 0.25, %zu report samples, logits: top-1 agreement with float fused "
            "%.2f (SQNR %.1f dB), quantize_weights then fused %.2f (SQNR %.1f dB); softmax: "
            "%.2f (%.1f dB), %.2f (%.1f dB)\n",
            report->n_samples, a_fused, sq_fused, a_both, sq_both, o_fused, osq_fused, o_both,
            osq_both);
    ck_assert_double_ge(a_both, a_fused);
    ck_assert_double_ge(sq_both, sq_fused);
    tfgt_graph_free(fused);
    tfgt_graph_free(both);
    tfgt_graph_free(g);
    tfgt_tensor_free(photo);
    tfgt_calibration_free(cal);
    tfgt_calibration_free(report);
    free(log);
}
END_TEST

/* ---- padding_list: a Pad absorbed into the fused op ---------------------------------- */

/* Case c over the unpadded input; pads [top, bottom, left, right].  Ranges
 * whose code of 0.0 is exact ([-0.5, 2]: 51; [0, x]: 0), so the padded
 * copy can be filled with it. */
static const struct {
    fused_case c;
    int64_t pad[4];
} padded[] = {
    /* Keras' ZeroPadding2D(((0, 1), (0, 1))) before a stride-2 depthwise */
    {{K_DEPTHWISE, true, 1, 12, 12, 8, 3, 3, 1, 2, false, false, false, true, -0.5f, 2.0f, 0, 6},
     {0, 1, 0, 1}},
    {{K_DEPTHWISE, true, 2, 9, 11, 37, 3, 3, 1, 2, false, false, false, true, 0.0f, 6.0f, 0, 6},
     {1, 1, 0, 2}},
    {{K_DEPTHWISE, true, 1, 7, 10, 8, 3, 3, 1, 1, false, false, false, true, -0.5f, 2.0f, 0, 6},
     {2, 0, 1, 1}},
    {{K_DEPTHWISE, true, 1, 6, 6, 130, 3, 3, 1, 1, false, false, false, false, 0.0f, 3.0f, 0, 6},
     {1, 2, 2, 1}},
    /* the direct small-window conv, the im2col GEMM and a 1x1 with no pads */
    {{K_CONV, true, 1, 14, 13, 3, 3, 3, 8, 2, false, false, false, true, -0.5f, 2.0f, 0, 6},
     {0, 1, 0, 1}},
    {{K_CONV, false, 2, 7, 9, 16, 3, 3, 20, 1, false, false, false, true, 0.0f, 4.0f, -2, 3},
     {2, 0, 1, 2}},
    {{K_CONV, true, 1, 5, 6, 8, 1, 1, 12, 1, false, false, false, true, -0.5f, 2.0f, 0, 6},
     {0, 0, 0, 0}},
};

/* `c`'s node with `isa` and a padding_list of `pad` (NULL: none). */
static void padded_node(const fused_case *c, const char *isa, const int64_t *pad, char *buf,
                        size_t size)
{
    size_t used;
    node_text(c, isa, buf, size);
    used = strlen(buf);
    if (pad)
        snprintf(buf + used, size - used,
                 " attr { key: 'padding_list' value { list { i: 0 i: 0 i: %lld i: %lld i: %lld"
                 " i: %lld i: 0 i: 0 } } }",
                 (long long)pad[0], (long long)pad[1], (long long)pad[2], (long long)pad[3]);
}

/* padding_list over x gives the same bytes as VALID over x padded with
 * the code of 0.0, on the reference and the default path. */
START_TEST(test_padding_list_matches_padded_input)
{
    const fused_case *c = &padded[_i].c;
    const int64_t *pad = padded[_i].pad;
    fused_case cp = *c;
    tfgt_tensor *in[9], *in_p[9], *got[3], *want[3];
    int64_t dp[4];
    double s_x = ((double)c->max_x - c->min_x) / 255.0;
    uint8_t zx = (uint8_t)-round((double)c->min_x / s_x);
    char node[1024];
    tfgt_error err = {0};
    size_t n = 0;
    cp.h = c->h + pad[0] + pad[1];
    cp.w = c->w + pad[2] + pad[3];
    make_inputs(c, 5u + (unsigned)_i, in);
    memcpy(in_p, in, sizeof in);
    dp[0] = c->n;
    dp[1] = cp.h;
    dp[2] = cp.w;
    dp[3] = c->c;
    in_p[0] = new_tensor(TFGT_DT_QUINT8, 4, dp);
    memset(in_p[0]->data, zx, (size_t)in_p[0]->count);
    for (int64_t b = 0; b < c->n; b++)
        for (int64_t y = 0; y < c->h; y++)
            memcpy((uint8_t *)in_p[0]->data + ((b * cp.h + y + pad[0]) * cp.w + pad[2]) * c->c,
                   (uint8_t *)in[0]->data + (b * c->h + y) * c->w * c->c, (size_t)(c->w * c->c));
    for (int r = 0; r < 2; r++) {
        const char *isa = r ? "" : "reference";
        padded_node(&cp, isa, NULL, node, sizeof node);
        ck_assert_msg(tfgt_test_run_op(node, (const tfgt_tensor *const *)in_p, 9, 1, want, 3, &n,
                                       &err) == TFGT_OK,
                      "%s", err.message);
        padded_node(c, isa, pad, node, sizeof node);
        ck_assert_msg(tfgt_test_run_op(node, (const tfgt_tensor *const *)in, 9, 1, got, 3, &n,
                                       &err) == TFGT_OK,
                      "%s", err.message);
        ck_assert_int_eq(got[0]->rank, 4);
        for (int d = 0; d < 4; d++)
            ck_assert_int_eq(got[0]->dims[d], want[0]->dims[d]);
        ck_assert_msg(memcmp(got[0]->data, want[0]->data, (size_t)want[0]->count) == 0,
                      "padded case %d (%s): codes differ", _i, r ? "default" : "reference");
        for (int k = 0; k < 3; k++) {
            tfgt_tensor_free(got[k]);
            tfgt_tensor_free(want[k]);
        }
    }
    tfgt_tensor_free(in_p[0]);
    for (int k = 0; k < 9; k++)
        tfgt_tensor_free(in[k]);
}
END_TEST

/* padding_list the kernels refuse: with SAME, on the batch or the
 * channels, a whole filter or more on a side, not 8 values. */
START_TEST(test_padding_list_refusals)
{
    static const char *const lists[] = {
        "i: 0 i: 0 i: 1 i: 1 i: 1 i: 1 i: 0 i: 0", /* with SAME (below) */
        "i: 1 i: 0 i: 1 i: 1 i: 1 i: 1 i: 0 i: 0",
        "i: 0 i: 0 i: 1 i: 1 i: 1 i: 1 i: 0 i: 1",
        "i: 0 i: 0 i: 3 i: 0 i: 0 i: 0 i: 0 i: 0",
        "i: 0 i: 0 i: 0 i: -1 i: 0 i: 0 i: 0 i: 0",
        "i: 0 i: 0 i: 1 i: 1",
    };
    const fused_case *c = &padded[0].c;
    tfgt_tensor *in[9], *out[3];
    char node[1024];
    make_inputs(c, 3u, in);
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
        fused_case v = *c;
        size_t used;
        tfgt_error err = {0};
        v.same = i == 0;
        node_text(&v, "", node, sizeof node);
        used = strlen(node);
        snprintf(node + used, sizeof node - used,
                 " attr { key: 'padding_list' value { list { %s } } }", lists[i]);
        ck_assert_int_eq(tfgt_test_run_op(node, (const tfgt_tensor *const *)in, 9, 1, out, 3,
                                          NULL, &err),
                         TFGT_E_UNSUPPORTED);
        ck_assert_str_eq(err.node, "fusednode");
        ck_assert_contains(err.message, "padding_list");
    }
    for (int k = 0; k < 9; k++)
        tfgt_tensor_free(in[k]);
}
END_TEST

/* image [1,10,10,4] -> conv0 3x3x4x8 SAME + b0 -> Relu6 -> Pad (bottom and
 * right: Keras' ZeroPadding2D) -> depthwise 3x3x8x1 stride 2 VALID + bd ->
 * Relu6 -> PadV2 by 1 all round (constant 0) -> conv2 3x3x8x6 VALID + b2 ->
 * Relu6. */
static tfgt_graph *padded_net(void)
{
    tfgt_graph *g = tfgt_graph_new();
    unsigned seed = 9;
    int64_t d0[4] = {3, 3, 4, 8}, dd[4] = {3, 3, 8, 1}, d2[4] = {3, 3, 8, 6}, db8[1] = {8};
    int64_t db6[1] = {6}, dp[2] = {4, 2};
    double w0[288], wd[72], w2[432], b0[8], bd[8], b2[6], zero = 0;
    double p1[8] = {0, 0, 0, 1, 0, 1, 0, 0}, p2[8] = {0, 0, 1, 1, 1, 1, 0, 0};
    for (int i = 0; i < 288; i++)
        w0[i] = uniform(&seed) * 0.8 - 0.4;
    for (int i = 0; i < 72; i++)
        wd[i] = uniform(&seed) * 1.2 - 0.5;
    for (int i = 0; i < 432; i++)
        w2[i] = uniform(&seed) * 0.6 - 0.3;
    for (int i = 0; i < 8; i++) {
        b0[i] = uniform(&seed) * 0.6 - 0.2;
        bd[i] = uniform(&seed) * 0.6 - 0.2;
    }
    for (int i = 0; i < 6; i++)
        b2[i] = uniform(&seed) * 0.6 - 0.2;
    tfgt_test_add_op(g, "image", "Placeholder", "", "dtype", FLOAT_T, NULL);
    tfgt_test_add_floats(g, "w0", 4, d0, w0);
    tfgt_test_add_floats(g, "b0", 1, db8, b0);
    tfgt_test_add_floats(g, "wd", 4, dd, wd);
    tfgt_test_add_floats(g, "bd", 1, db8, bd);
    tfgt_test_add_floats(g, "w2", 4, d2, w2);
    tfgt_test_add_floats(g, "b2", 1, db6, b2);
    tfgt_test_add_const(g, "paddings1", TFGT_DT_INT32, 2, dp, p1);
    tfgt_test_add_const(g, "paddings2", TFGT_DT_INT64, 2, dp, p2);
    tfgt_test_add_floats(g, "pad_value", 0, NULL, &zero);
    tfgt_test_add_op(g, "conv0", "Conv2D", "image,w0", "T", FLOAT_T, "strides",
                     "list { i: 1 i: 1 i: 1 i: 1 }", "padding", "s: 'SAME'", NULL);
    tfgt_test_add_op(g, "add0", "BiasAdd", "conv0,b0", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "act0", "Relu6", "add0", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "pad1", "Pad", "act0,paddings1", "T", FLOAT_T, "Tpaddings",
                     "type: DT_INT32", NULL);
    tfgt_test_add_op(g, "dw1", "DepthwiseConv2dNative", "pad1,wd", "T", FLOAT_T, "strides",
                     "list { i: 1 i: 2 i: 2 i: 1 }", "padding", "s: 'VALID'", NULL);
    tfgt_test_add_op(g, "add1", "BiasAdd", "dw1,bd", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "act1", "Relu6", "add1", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "pad2", "PadV2", "act1,paddings2,pad_value", "T", FLOAT_T, "Tpaddings",
                     "type: DT_INT64", NULL);
    tfgt_test_add_op(g, "conv2", "Conv2D", "pad2,w2", "T", FLOAT_T, "strides",
                     "list { i: 1 i: 1 i: 1 i: 1 }", "padding", "s: 'VALID'", NULL);
    tfgt_test_add_op(g, "add2", "BiasAdd", "conv2,b2", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "act2", "Relu6", "add2", "T", FLOAT_T, NULL);
    return g;
}

/* fuse=true takes a zero Pad in front of a VALID conv or depthwise as the
 * fused op's padding_list: no Pad (nor its Consts) is left, the layers
 * read each other directly, and the result is as close to float as with
 * the Pads kept float (keep_node), within a few output codes. */
START_TEST(test_fuse_absorbs_pads)
{
    int64_t dims[4] = {1, 10, 10, 4};
    tfgt_calibration *cal = samples("image", 4, dims, 8, 41, -1, 1);
    tfgt_graph *g = padded_net(), *q = tfgt_graph_clone(g, NULL), *u = tfgt_graph_clone(g, NULL);
    log_text *log = calloc(1, sizeof *log);
    tfgt_error err = {0};
    const tfgt_node *f;
    const char *v;
    size_t len;
    double dq, du, dqu;
    ck_assert_msg(transform(q, "quantize_nodes(fuse=true) strip_unused_nodes", "image", "act2",
                            cal, log, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_contains(log->text, "'act1' takes the Pad 'pad1' as padding_list [0, 1, 0, 1]");
    ck_assert_contains(log->text, "'act2' takes the Pad 'pad2' as padding_list [1, 1, 1, 1]");
    ck_assert_uint_eq(tfgt_test_count_op(q, "Pad") + tfgt_test_count_op(q, "PadV2"), 0);
    ck_assert_ptr_null(tfgt_graph_find_node(q, "paddings1"));
    ck_assert_ptr_null(tfgt_graph_find_node(q, "pad_value"));
    /* tfgt's names: TensorFlow's own kernels may not read padding_list */
    f = find(q, "act1/eightbit");
    ck_assert_str_eq(tfgt_node_op(f), "TfgtQuantizedDepthwiseConv2DWithBiasAndReluAndRequantize");
    ck_assert_str_eq(tfgt_node_input(f, 0), "act0/eightbit");
    ck_assert_int_eq(tfgt_node_get_string(f, "padding", &v, &len, NULL), TFGT_OK);
    ck_assert(len == 5 && memcmp(v, "VALID", 5) == 0);
    ck_assert(tfgt_node_has_attr(f, "padding_list"));
    ck_assert_str_eq(tfgt_node_input(find(q, "act2/eightbit"), 0), "act1/eightbit");
    ck_assert_msg(transform(u,
                            "quantize_nodes(fuse=true, keep_node=pad1, keep_node=pad2) "
                            "strip_unused_nodes",
                            "image", "act2", cal, log, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_uint_eq(tfgt_test_count_op(u, "Pad") + tfgt_test_count_op(u, "PadV2"), 2);
    ck_assert(!tfgt_node_has_attr(find(u, "act1/eightbit"), "padding_list"));
    dq = max_diff(g, q, cal, "act2");
    du = max_diff(g, u, cal, "act2");
    dqu = max_diff(q, u, cal, "act2");
    fprintf(stderr, "padded net: max |error| Pads absorbed %.4f, kept %.4f, between %.4f\n", dq,
            du, dqu);
    /* output codes are 6 / 255 apart */
    ck_assert_double_lt(dq, 0.15);
    ck_assert_double_lt(dq, du + 3 * 6.0 / 255);
    ck_assert_double_lt(dqu, 4 * 6.0 / 255);
    tfgt_graph_free(q);
    tfgt_graph_free(u);
    tfgt_graph_free(g);
    tfgt_calibration_free(cal);
    free(log);
}
END_TEST

/* tfgt_qgemm_u8 with a qint8 B (b_signed) and a tile callback must give
 * the very sums of the plain call on B + 128 into C, for each kernel shape
 * (n <= 8, 16, 32, more), stored and filled A, unit and strided B, and one
 * and two threads; skipped without VNNI (the call then refuses both). */
typedef struct tile_copy {
    int32_t *c;
    int64_t n;
    int calls;
} tile_copy;

static void copy_tile(const void *arg, int64_t row0, int64_t rows, const int32_t *c, int64_t ldc)
{
    tile_copy *t = (tile_copy *)arg;
    ck_assert_int_ge(ldc, t->n);
    for (int64_t r = 0; r < rows; r++)
        memcpy(t->c + (row0 + r) * t->n, c + r * ldc, (size_t)t->n * sizeof *c);
    __atomic_add_fetch(&t->calls, 1, __ATOMIC_RELAXED);
}

typedef struct stored_rows {
    const uint8_t *a;
    int64_t k;
} stored_rows;

static void fill_stored_rows(const void *arg, int64_t row0, int64_t rows, uint8_t *dst, int64_t ld)
{
    const stored_rows *p = arg;
    for (int64_t r = 0; r < rows; r++)
        memcpy(dst + r * ld, p->a + (row0 + r) * p->k, (size_t)p->k);
}

START_TEST(test_qgemm_signed_b_and_tiles)
{
    static const int64_t shapes[][3] = {{37, 5, 12},  {50, 16, 20}, {29, 31, 36},
                                        {61, 70, 64}, {7, 130, 9},  {100, 33, 28}};
    unsigned seed = 7;
    if (!tfgt_cpu_avx512_vnni()) {
        fprintf(stderr, "test_qgemm_signed_b_and_tiles: skipped (no AVX-512 VNNI)\n");
        return;
    }
    for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++)
        for (int variant = 0; variant < 8; variant++) {
            int64_t m = shapes[s][0], n = shapes[s][1], k = shapes[s][2];
            bool strided = variant & 1, filled = variant & 2 || k % 4 != 0;
            int threads = variant & 4 ? 2 : 1;
            uint8_t *a = malloc((size_t)(m * k)), *bu = malloc((size_t)(k * n));
            int8_t *bs = malloc((size_t)(k * n));
            int32_t *offs = malloc((size_t)n * sizeof *offs);
            int32_t *c0 = malloc((size_t)(m * n) * sizeof *c0);
            int32_t *c1 = calloc((size_t)(m * n), sizeof *c1);
            tfgt_qgemm_args g, h;
            tile_copy tc = {c1, n, 0};
            stored_rows sr = {a, k};
            for (int64_t i = 0; i < m * k; i++)
                a[i] = (uint8_t)(uniform(&seed) * 256);
            for (int64_t i = 0; i < k * n; i++) {
                bs[i] = (int8_t)(uniform(&seed) * 256 - 128);
                bu[i] = (uint8_t)(bs[i] + 128);
            }
            for (int64_t j = 0; j < n; j++)
                offs[j] = 128 + (int32_t)(uniform(&seed) * 9) - 4;
            memset(&g, 0, sizeof g);
            g.m = m;
            g.n = n;
            g.k = k;
            g.a = a;
            g.lda = k;
            g.b = bu;
            /* strided: B stored transposed (n x k) */
            g.b_stride_k = strided ? 1 : n;
            g.b_stride_n = strided ? k : 1;
            g.a_offset = (int32_t)(uniform(&seed) * 256);
            g.b_offsets = offs;
            g.c = c0;
            g.ldc = n;
            if (filled) {
                g.a = NULL;
                g.lda = 0;
                g.fill_rows = fill_stored_rows;
                g.fill_arg = &sr;
            }
            h = g;
            ck_assert_int_eq(tfgt_qgemm_u8(threads, &g), TFGT_OK);
            h.b = (const uint8_t *)bs;
            h.b_signed = true;
            h.c = NULL;
            h.ldc = 0;
            h.tile_done = copy_tile;
            h.tile_arg = &tc;
            ck_assert_int_eq(tfgt_qgemm_u8(threads, &h), TFGT_OK);
            ck_assert_int_gt(tc.calls, 0);
            ck_assert_msg(memcmp(c0, c1, (size_t)(m * n) * sizeof *c0) == 0,
                          "shape %zu variant %d: tile sums differ", s, variant);
            free(a);
            free(bu);
            free(bs);
            free(offs);
            free(c0);
            free(c1);
        }
}
END_TEST

Suite *tfgt_test_suite(void)
{
    Suite *s = suite_create("quantized_fused");
    TCase *k = tcase_create("kernels"), *t = tcase_create("transform");
    tcase_add_loop_test(k, test_kernels_match_model, 0, (int)(sizeof cases / sizeof cases[0]));
    tcase_add_test(k, test_clamps_to_output_range);
    tcase_add_test(k, test_qgemm_signed_b_and_tiles);
    tcase_add_loop_test(k, test_hostile_inputs_name_the_node, 0,
                        (int)(sizeof hostiles / sizeof hostiles[0]));
    tcase_add_test(k, test_hostile_matmul);
    tcase_add_loop_test(k, test_padding_list_matches_padded_input, 0,
                        (int)(sizeof padded / sizeof padded[0]));
    tcase_add_test(k, test_padding_list_refusals);
    tcase_set_timeout(t, 300);
    tcase_add_test(t, test_fuse_without_calibration);
    tcase_add_test(t, test_fuse_with_calibration);
    tcase_add_test(t, test_fuse_refusals);
    tcase_add_test(t, test_fuse_absorbs_pads);
    tcase_add_test(t, test_fuse_with_accuracy_target);
    tcase_add_test(t, test_fuse_after_quantize_weights);
    tcase_add_test(t, test_fuse_refuses_min_first_weights);
    tcase_add_test(t, test_fuse_scaled_weights_per_tensor_and_wrong_axis);
    tcase_add_test(t, test_fuse_with_a_zero_channel);
    tcase_add_test(t, test_mobilenet_fused_agreement);
    tcase_add_test(t, test_mobilenet_weights_then_fuse);
    suite_add_tcase(s, k);
    suite_add_tcase(s, t);
    return s;
}
