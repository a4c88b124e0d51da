/* quantize_nodes.c - rewrite float ops as eight-bit ones, TensorFlow's
 * quantize_nodes (spec §2.15), step by step and with its node names:
 *   1. QuantizePlaceholders (with input_min/input_max): placeholders fed
 *      quint8, a Dequantize "<p>_eightbit/dequantize" after each;
 *   2. HoistFakeQuants: a FakeQuant after a chain of single-input ops moves
 *      up to the chain's start;
 *   3. ConvertFakeQuantsToRequantize: QuantizeV2(qint32) + Requantize +
 *      Dequantize with the FakeQuant's trained range;
 *   4. each of Add, AvgPool, BiasAdd, Concat, Conv2D, MatMul, MaxPool, Mul,
 *      Relu, ResizeBilinear, Relu6, Reshape (minus ignore_op) becomes
 *      Reshape/Min/Max/QuantizeV2 of each float input ("<n>_eightbit/<in>/..."),
 *      the Quantized op "<n>/eightbit", for 32-bit results a
 *      RequantizationRange (or the fallback range) and Requantize, and a
 *      Dequantize that takes the original name;
 *   5. MergeAdjacentRequantizes; 6. merge_duplicate_nodes;
 *   7. RemoveRedundantQuantizations: eight-bit ops read each other directly.
 * Where TensorFlow mis-converts, tfgt skips the node and says why: Conv2D
 * that is not NHWC or is dilated, ResizeBilinear with half-pixel centres.
 * Control inputs are copied onto the eight-bit op (TensorFlow quantizes
 * them as if they were data).  With calibration data (tfgt extension) the
 * RequantizationRange nodes are run on the samples and frozen to Consts
 * (calibration_percentile of the per-sample ranges, default 0: min/max).
 * per_channel=true (tfgt extension): the Const weights of Conv2D and MatMul
 * are quantized here, one range per output channel, and the eight-bit op
 * takes the range vectors (tfgt's kernels rescale each channel onto the
 * widest one, so the rest of the graph is per tensor as usual).  Run it
 * without quantize_weights before; depthwise convolutions stay float.
 * dequantize_wide=true (tfgt extension): the 32-bit results of Conv2D,
 * MatMul, BiasAdd, Add and Mul are dequantized exactly (Dequantize of the
 * qint32 tensor) instead of being requantized to eight bits first; with
 * ignore_op for the elementwise ops this keeps the integer matrix
 * products and loses far less (a batch-norm-folded conv's raw output
 * range is much wider than what its Relu6 keeps).
 * Ranges are kept usable (tfgt extension; TensorFlow's tool does none of
 * this): a node whose Const input holds NaN/infinity or whose range a few
 * huge outliers would blow up stays float with a warning; an eight-bit
 * Const whose range is too narrow for TensorFlow's Dequantize (all-zero
 * weights from quantize_weights get [0, FLT_MIN], which TensorFlow turns
 * into NaN) is rewritten as exact zeros over [0, 1]; calibrated ranges
 * that are not finite are left to run time, frozen requantization
 * ranges always hold 0 (RequantizationRange's max may be below it, and
 * then a ReLU that is always 0 gives negative numbers), and zero-width
 * ones get QuantizeV2's minimum width, as do a zero-width fallback or
 * input range.
 * keep_node=NAME (tfgt extension, repeatable) leaves that node in float.
 * accuracy_target=T (tfgt extension, with --calibration_data and
 * --outputs): layers (an op and the constant-adding or unary chain after
 * it) are scored alone on the samples with lib/sensitivity.c, and the
 * fewest, most sensitive are kept float until top-1 agreement with the
 * float graph reaches T; ranges are calibrated once, on the fully
 * eight-bit graph, and reused by every candidate.
 * fuse=true (tfgt extension): before step 4, each Conv2D/Depthwise/MatMul
 * + bias [+ Relu/Relu6] chain becomes one fused eight-bit op that adds
 * the bias in 32 bits and requantizes once into the layer's output range
 * (see "fused layers" below); the rest goes through the usual steps.
 * A zero Pad of rows and columns (under a filter a side) that only a VALID
 * Conv2D/depthwise reads becomes the fused op's padding_list (the op then
 * takes tfgt's name) and goes, with its Consts: Keras' ZeroPadding2D.
 * Weights from quantize_weights(per_channel=true) (qint8 SCALED
 * Dequantize) are taken as they are. */
#define _POSIX_C_SOURCE 200809L
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "tfgt/calibration.h"
#include "tfgt/sensitivity.h"
#include "tfgt/tensor.h"
#include "transforms.h"

typedef enum { LAYOUT_CONTIGUOUS, LAYOUT_SEPARATE } min_max_layout;

typedef struct quantizable_op {
    const char *op;
    const char *copied[4];     /* attributes copied from the float node */
    const char *set_quint8[3]; /* type attributes set to quint8 */
    const char *set_qint32;    /* the 32-bit output type attribute, or NULL */
    int unquantized;           /* data input index left float, or -1 */
    bool wide;                 /* qint32 output: needs Requantize */
    min_max_layout layout;
} quantizable_op;

static const quantizable_op quantizable[] = {
    {"Add", {NULL}, {"T1", "T2", NULL}, "Toutput", -1, true, LAYOUT_CONTIGUOUS},
    {"AvgPool", {"ksize", "strides", "padding", NULL}, {"T", NULL}, NULL, -1, false,
     LAYOUT_CONTIGUOUS},
    {"BiasAdd", {NULL}, {"T1", "T2", NULL}, "out_type", -1, true, LAYOUT_CONTIGUOUS},
    {"Concat", {"N", NULL}, {"T", NULL}, NULL, 0, false, LAYOUT_SEPARATE},
    {"Conv2D", {"strides", "padding", NULL}, {"Tinput", "Tfilter", NULL}, "out_type", -1, true,
     LAYOUT_CONTIGUOUS},
    {"MatMul", {"transpose_a", "transpose_b", NULL}, {"T1", "T2", NULL}, "Toutput", -1, true,
     LAYOUT_CONTIGUOUS},
    {"MaxPool", {"ksize", "strides", "padding", NULL}, {"T", NULL}, NULL, -1, false,
     LAYOUT_CONTIGUOUS},
    {"Mul", {NULL}, {"T1", "T2", NULL}, "Toutput", -1, true, LAYOUT_CONTIGUOUS},
    {"Relu", {NULL}, {"Tinput", NULL}, NULL, -1, false, LAYOUT_CONTIGUOUS},
    {"ResizeBilinear", {"align_corners", NULL}, {"T", NULL}, NULL, 1, false, LAYOUT_CONTIGUOUS},
    {"Relu6", {NULL}, {"Tinput", NULL}, NULL, -1, false, LAYOUT_CONTIGUOUS},
    {"Reshape", {NULL}, {"T", NULL}, NULL, 1, false, LAYOUT_CONTIGUOUS},
};

/* Calibrated ranges by node name, measured once on the fully eight-bit
 * graph and reused by the graphs accuracy_target builds (tfgt extension). */
typedef struct range_entry {
    char *name;
    float lo, hi;
} range_entry;

typedef struct range_cache {
    range_entry *items;
    size_t count, capacity;
    bool filling; /* record what calibrate() measures instead of reading */
} range_cache;

typedef struct state {
    const tfgt_transform_context *ctx;
    const tfgt_graph *graph; /* the graph the main rewrite reads */
    bool per_channel;
    bool dequantize_wide;
    bool has_fallback;
    float fallback_min, fallback_max;
    size_t converted, skipped, changed;
    /* tfgt extensions: nodes left float by name (keep_node and the
     * accuracy search); a range cache; skipping step 7 to measure every
     * input range once */
    const char *const *keep;
    size_t n_keep;
    range_cache *cache;
    bool keep_redundant;
    /* fuse=true (tfgt extension): the ops the main rewrite takes, the
     * calibrated output ranges of the chains, how many were fused */
    bool fuse, depthwise_ignored;
    const char *pattern;
    range_cache *fused_ranges;
    size_t fused;
    /* the weight Dequantizes whose codes a fused op took (by name) */
    range_cache *fused_weights;
} state;

/* What one run of the steps needs besides the state. */
typedef struct steps_config {
    bool has_input_range;
    float input_min, input_max, percentile;
    const char *pattern;
} steps_config;

/* ---- small builders -------------------------------------------------------- */

static char *joined(const char *a, const char *b, const char *c)
{
    size_t len = strlen(a) + strlen(b) + strlen(c) + 1;
    char *s = malloc(len);
    if (s)
        snprintf(s, len, "%s%s%s", a, b, c);
    return s;
}

static tfgt_status oom(tfgt_error *err)
{
    return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory quantizing nodes");
}

static tfgt_status add_inputs(tfgt_node *n, const char *const *inputs)
{
    for (size_t i = 0; inputs[i]; i++)
        if (tfgt_node_add_input(n, inputs[i]) != TFGT_OK)
            return TFGT_E_NO_MEMORY;
    return TFGT_OK;
}

/* Append node `name` of `op` reading `inputs` (NULL-terminated). */
static tfgt_node *emit(tfgt_graph *out, const char *name, const char *op,
                       const char *const *inputs, tfgt_error *err)
{
    tfgt_node *n = tfgt_graph_add_node(out, name, op, err);
    if (n && add_inputs(n, inputs) != TFGT_OK) {
        oom(err);
        return NULL;
    }
    return n;
}

static tfgt_node *emit_scalar(tfgt_graph *out, const char *name, float v, tfgt_error *err)
{
    tfgt_tensor *t = tfgt_tensor_new(TFGT_DT_FLOAT, 0, NULL, 0, err);
    tfgt_node *n;
    if (!t)
        return NULL;
    *(float *)t->data = v;
    n = tfgt_graph_add_const(out, name, t, err);
    tfgt_tensor_free(t);
    return n;
}

static tfgt_node *emit_int_vector(tfgt_graph *out, const char *name, int32_t v, tfgt_error *err)
{
    int64_t one = 1;
    tfgt_tensor *t = tfgt_tensor_new(TFGT_DT_INT32, 1, &one, 0, err);
    tfgt_node *n;
    if (!t)
        return NULL;
    *(int32_t *)t->data = v;
    n = tfgt_graph_add_const(out, name, t, err);
    tfgt_tensor_free(t);
    return n;
}

/* Dequantize(T=quint8, MIN_FIRST) of producer:0..2 named `name`. */
static tfgt_node *emit_dequantize(tfgt_graph *out, const char *name, const char *producer,
                                  tfgt_error *err)
{
    char *in1 = joined(producer, ":1", ""), *in2 = joined(producer, ":2", "");
    const char *inputs[4] = {producer, in1, in2, NULL};
    tfgt_node *n = in1 && in2 ? emit(out, name, "Dequantize", inputs, err) : NULL;
    if (n && (tfgt_node_set_type(n, "T", TFGT_DT_QUINT8) != TFGT_OK ||
              tfgt_node_set_string(n, "mode", "MIN_FIRST", 9) != TFGT_OK))
        n = NULL;
    if (!n && err && !err->status)
        oom(err);
    free(in1);
    free(in2);
    return n;
}

/* Requantize(Tinput=qint32, out_type=quint8) of wide:0..2 into [rmin, rmax]. */
static tfgt_node *emit_requantize(tfgt_graph *out, const char *name, const char *wide,
                                  const char *rmin, const char *rmax, tfgt_error *err)
{
    char *in1 = joined(wide, ":1", ""), *in2 = joined(wide, ":2", "");
    const char *inputs[6] = {wide, in1, in2, rmin, rmax, NULL};
    tfgt_node *n = in1 && in2 ? emit(out, name, "Requantize", inputs, err) : NULL;
    if (n && (tfgt_node_set_type(n, "Tinput", TFGT_DT_QINT32) != TFGT_OK ||
              tfgt_node_set_type(n, "out_type", TFGT_DT_QUINT8) != TFGT_OK))
        n = NULL;
    if (!n && err && !err->status)
        oom(err);
    free(in1);
    free(in2);
    return n;
}

/* ---- keeping ranges usable ---------------------------------------------------- */

/* Below this width a range holds nothing but (near) zeros, and TensorFlow's
 * MIN_FIRST Dequantize breaks on it: it divides by (max - min) / 255 in
 * float, which flush-to-zero makes 0 once the width is under 255 * FLT_MIN,
 * and returns 0/0.  1e-30 leaves a wide margin for the products of steps
 * the eight-bit ops form. */
#define NARROWEST_WIDTH 1e-30f

/* The width QuantizeV2 widens a range to (its ensure_minimum_range 0.01). */
static float minimum_width(float lo, float hi)
{
    float m = fmaxf(1.0f, fmaxf(fabsf(lo), fabsf(hi)));
    return m * 0.01f;
}

/* Give [*lo, *hi] at least QuantizeV2's minimum width, upwards.  Returns
 * whether it had to widen it. */
static bool widen_range(float *lo, float *hi)
{
    float w = minimum_width(*lo, *hi);
    if (*hi - *lo >= w)
        return false;
    *hi = *lo + w;
    return true;
}

/* Why `n` float values are no good to quantize over one range, or NULL:
 * NaN or infinity, or outliers so far out that more than half of the
 * nonzero values would round to the code of 0. */
static const char *values_trouble(const float *v, int64_t n, int64_t stride)
{
    float lo = 0.0f, hi = 0.0f, half_step;
    int64_t nonzero = 0, lost = 0;
    for (int64_t i = 0; i < n; i++) {
        float x = v[i * stride];
        if (!isfinite(x))
            return "it holds NaN or infinity";
        lo = x < lo ? x : lo;
        hi = x > hi ? x : hi;
    }
    if (!isfinite(hi - lo))
        return "its range is wider than a float holds";
    half_step = (hi - lo) / 510.0f;
    for (int64_t i = 0; i < n; i++) {
        float x = fabsf(v[i * stride]);
        nonzero += x > 0.0f;
        lost += x > 0.0f && x < half_step;
    }
    if (lost * 2 > nonzero)
        return "a few outliers make its range so wide that most values would become 0";
    return NULL;
}

/* The node an input reads, through any Identity chain. */
static const tfgt_node *source_node(const tfgt_graph *graph, const char *input)
{
    const tfgt_node *n = tfgt_graph_find_input_node(graph, input);
    for (int hops = 0; n && hops < 64 && strcmp(tfgt_node_op(n), "Identity") == 0 &&
                       tfgt_node_data_input_count(n) == 1;
         hops++)
        n = tfgt_graph_find_input_node(graph, tfgt_node_input(n, 0));
    return n;
}

/* Why a data input of `node` must not be quantized (a float Const with
 * values_trouble), or NULL.  `name` gets the Const's name. */
static const char *input_trouble(const tfgt_graph *graph, const tfgt_node *node, size_t i,
                                 const char **name)
{
    const tfgt_node *c = source_node(graph, tfgt_node_input(node, i));
    tfgt_tensor *t = NULL;
    const char *why = NULL;
    if (!c || strcmp(tfgt_node_op(c), "Const") != 0 ||
        tfgt_node_get_tensor(c, "value", 0, &t, NULL) != TFGT_OK)
        return NULL;
    if (t->dtype == TFGT_DT_FLOAT)
        why = values_trouble(t->data, t->count, 1);
    tfgt_tensor_free(t);
    *name = tfgt_node_name(c);
    return why;
}

static float scalar_of(const tfgt_node *c, bool *ok)
{
    tfgt_tensor *t = NULL;
    float v = 0.0f;
    *ok = c && strcmp(tfgt_node_op(c), "Const") == 0 &&
          tfgt_node_get_tensor(c, "value", 0, &t, NULL) == TFGT_OK &&
          t->dtype == TFGT_DT_FLOAT && t->count == 1;
    if (*ok)
        v = *(const float *)t->data;
    tfgt_tensor_free(t);
    return v;
}

/* Dequantize(quint8 Const, min Const, max Const) in MIN_FIRST (what
 * quantize_weights makes) with a range narrower than NARROWEST_WIDTH holds
 * values within 1e-30 of zero: make it exact zeros over [0, 1], which
 * every kernel handles.  A non-finite range is only reported. */
static tfgt_status repair_weight_ranges(tfgt_graph *graph, state *s, tfgt_error *err)
{
    for (size_t i = 0; i < tfgt_graph_node_count(graph); i++) {
        tfgt_node *d = tfgt_graph_node(graph, i), *codes, *lo_node, *hi_node;
        tfgt_tensor *q = NULL, *zero = NULL, *one = NULL;
        const char *mode = NULL;
        size_t mode_len = 0;
        int t = 0;
        float lo, hi;
        bool ok_lo, ok_hi;
        tfgt_status st = TFGT_OK;
        if (strcmp(tfgt_node_op(d), "Dequantize") != 0 || tfgt_node_data_input_count(d) != 3 ||
            tfgt_node_get_type(d, "T", &t, NULL) != TFGT_OK || t != TFGT_DT_QUINT8 ||
            tfgt_node_get_string(d, "mode", &mode, &mode_len, NULL) != TFGT_OK ||
            mode_len != 9 || memcmp(mode, "MIN_FIRST", 9) != 0)
            continue;
        codes = tfgt_graph_find_input_node(graph, tfgt_node_input(d, 0));
        lo_node = tfgt_graph_find_input_node(graph, tfgt_node_input(d, 1));
        hi_node = tfgt_graph_find_input_node(graph, tfgt_node_input(d, 2));
        if (!codes || strcmp(tfgt_node_op(codes), "Const") != 0)
            continue;
        lo = scalar_of(lo_node, &ok_lo);
        hi = scalar_of(hi_node, &ok_hi);
        if (!ok_lo || !ok_hi)
            continue;
        if (!isfinite(lo) || !isfinite(hi) || !(lo <= hi)) {
            tfgt_transform_log(s->ctx, TFGT_LOG_WARNING,
                               "quantize_nodes: '%s' has the unusable range [%g, %g]",
                               tfgt_node_name(d), (double)lo, (double)hi);
            continue;
        }
        if (hi - lo >= NARROWEST_WIDTH ||
            tfgt_node_get_tensor(codes, "value", 0, &q, NULL) != TFGT_OK)
            continue;
        memset(q->data, 0, (size_t)q->count);
        zero = tfgt_tensor_new(TFGT_DT_FLOAT, 0, NULL, 0, err);
        one = tfgt_tensor_new(TFGT_DT_FLOAT, 0, NULL, 0, err);
        if (!zero || !one) {
            st = oom(err);
        } else {
            *(float *)zero->data = 0.0f;
            *(float *)one->data = 1.0f;
            if ((st = tfgt_node_set_tensor(codes, "value", q, err)) == TFGT_OK &&
                (st = tfgt_node_set_tensor(lo_node, "value", zero, err)) == TFGT_OK)
                st = tfgt_node_set_tensor(hi_node, "value", one, err);
        }
        tfgt_tensor_free(q);
        tfgt_tensor_free(zero);
        tfgt_tensor_free(one);
        if (st != TFGT_OK)
            return st;
        tfgt_transform_log(s->ctx, TFGT_LOG_WARNING,
                           "quantize_nodes: '%s' had the range [%g, %g], too narrow for "
                           "TensorFlow's Dequantize (NaN); stored as exact zeros over [0, 1]",
                           tfgt_node_name(d), (double)lo, (double)hi);
        s->changed++;
    }
    return TFGT_OK;
}

/* ---- 1. placeholders -------------------------------------------------------- */

static tfgt_status quantize_placeholders(tfgt_graph *graph, float lo, float hi, tfgt_error *err)
{
    size_t count = tfgt_graph_node_count(graph);
    char **names = calloc(count + 1, sizeof *names);
    size_t n = 0;
    tfgt_status st = TFGT_OK;
    if (!names)
        return oom(err);
    for (size_t i = 0; i < count; i++) {
        tfgt_node *p = tfgt_graph_node(graph, i);
        int dtype = TFGT_DT_FLOAT;
        tfgt_node_get_type(p, "dtype", &dtype, NULL);
        if (strcmp(tfgt_node_op(p), "Placeholder") == 0 && dtype == TFGT_DT_FLOAT)
            names[n++] = strdup(tfgt_node_name(p));
    }
    for (size_t i = 0; i < n && st == TFGT_OK; i++) {
        char *min = joined(names[i], "_eightbit/min", ""), *max = joined(names[i], "_eightbit/max", "");
        char *deq = joined(names[i], "_eightbit/dequantize", "");
        tfgt_node *d;
        const char *inputs[4] = {names[i], min, max, NULL};
        if (!names[i] || !min || !max || !deq) {
            st = oom(err);
        } else if (tfgt_graph_redirect_inputs(graph, names[i], deq, NULL, NULL) < 0 ||
                   tfgt_node_set_type(tfgt_graph_find_node(graph, names[i]), "dtype",
                                      TFGT_DT_QUINT8) != TFGT_OK) {
            st = oom(err);
        } else if (!emit_scalar(graph, min, lo, err) || !emit_scalar(graph, max, hi, err) ||
                   !(d = emit(graph, deq, "Dequantize", inputs, err)) ||
                   tfgt_node_set_type(d, "T", TFGT_DT_QUINT8) != TFGT_OK ||
                   tfgt_node_set_string(d, "mode", "MIN_FIRST", 9) != TFGT_OK) {
            st = err && err->status ? err->status : oom(err);
        }
        free(min);
        free(max);
        free(deq);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return st;
}

/* ---- 2. hoisting fake quants ------------------------------------------------- */

static tfgt_status hoist_one(void *user, const tfgt_match *m, const tfgt_consumers *consumers,
                             tfgt_graph *out, tfgt_error *err)
{
    state *s = user;
    const tfgt_match *chain[4];
    size_t depth = 0;
    const tfgt_match *c = &m->inputs[0];
    char *hoisted = joined(tfgt_node_name(m->node), "_hoisted", "");
    tfgt_node *h;
    tfgt_status st = TFGT_OK;
    (void)consumers;
    if (!hoisted)
        return oom(err);
    /* chain[0] feeds the FakeQuant; the last entry reads the unconstrained node */
    while (c->n_inputs == 1 && depth < 4) {
        chain[depth++] = c;
        c = &c->inputs[0];
    }
    if ((st = tfgt_match_emit_once(out, c->node, err)) != TFGT_OK ||
        (st = tfgt_match_emit_once(out, m->inputs[1].node, err)) != TFGT_OK ||
        (st = tfgt_match_emit_once(out, m->inputs[2].node, err)) != TFGT_OK)
        goto done;
    h = tfgt_graph_add_node_copy(out, m->node, hoisted, err);
    if (!h || tfgt_node_set_input(h, 0, tfgt_node_input(chain[depth - 1]->node, 0)) != TFGT_OK) {
        st = err && err->status ? err->status : oom(err);
        goto done;
    }
    for (size_t k = depth; k-- > 0;) {
        tfgt_node *copy = tfgt_graph_add_node_copy(
            out, chain[k]->node, k == 0 ? tfgt_node_name(m->node) : NULL, err);
        if (!copy || (k == depth - 1 && tfgt_node_set_input(copy, 0, hoisted) != TFGT_OK)) {
            st = err && err->status ? err->status : oom(err);
            goto done;
        }
    }
    s->changed++;
done:
    free(hoisted);
    return st;
}

/* ---- 3. fake quants to requantize ---------------------------------------------- */

static tfgt_status fake_quant_one(void *user, const tfgt_match *m, const tfgt_consumers *consumers,
                                  tfgt_graph *out, tfgt_error *err)
{
    state *s = user;
    const char *name = tfgt_node_name(m->node);
    const char *min = tfgt_node_name(m->inputs[1].node), *max = tfgt_node_name(m->inputs[2].node);
    char *quantize = joined(name, "_eightbit/quantize", "");
    char *requantize = joined(name, "_eightbit/requantize", "");
    tfgt_node *q;
    tfgt_status st = TFGT_OK;
    (void)consumers;
    if (!quantize || !requantize) {
        st = oom(err);
        goto done;
    }
    {
        const char *inputs[4] = {tfgt_node_input(m->node, 0), min, max, NULL};
        if ((st = tfgt_match_emit_once(out, m->inputs[0].node, err)) != TFGT_OK ||
            (st = tfgt_match_emit_once(out, m->inputs[1].node, err)) != TFGT_OK ||
            (st = tfgt_match_emit_once(out, m->inputs[2].node, err)) != TFGT_OK)
            goto done;
        q = emit(out, quantize, "QuantizeV2", inputs, err);
        if (!q || tfgt_node_set_type(q, "T", TFGT_DT_QINT32) != TFGT_OK ||
            tfgt_node_set_string(q, "mode", "MIN_FIRST", 9) != TFGT_OK ||
            !emit_requantize(out, requantize, quantize, min, max, err) ||
            !emit_dequantize(out, name, requantize, err)) {
            st = err && err->status ? err->status : oom(err);
            goto done;
        }
    }
    s->changed++;
done:
    free(quantize);
    free(requantize);
    return st;
}

/* ---- 4. the main rewrite ----------------------------------------------------------- */

/* "foo:1" -> "foo__port__1" (TensorFlow's UniqueNodeNameFromInput). */
static char *unique_input_name(const char *input)
{
    const char *colon = strrchr(input, ':');
    size_t len = strlen(input) + 16;
    char *s = malloc(len);
    if (!s)
        return NULL;
    if (input[0] == '^')
        snprintf(s, len, "__hat__%s", input + 1);
    else if (colon)
        snprintf(s, len, "%.*s__port__%s", (int)(colon - input), input, colon + 1);
    else
        snprintf(s, len, "%s", input);
    return s;
}

static const quantizable_op *find_quantizable(const char *op)
{
    for (size_t i = 0; i < sizeof quantizable / sizeof quantizable[0]; i++)
        if (strcmp(quantizable[i].op, op) == 0)
            return &quantizable[i];
    return NULL;
}

/* Emit reshape_dims .. quantize for one input; *quantize is its name. */
static tfgt_status emit_input_quantization(tfgt_graph *out, const char *node, const char *input,
                                           char **quantize, tfgt_error *err)
{
    char *unique = unique_input_name(input), *base = NULL, *dims = NULL, *red = NULL;
    char *reshape = NULL, *min = NULL, *max = NULL, *ctrl = NULL, *input_node = NULL;
    tfgt_node *n;
    tfgt_status st = TFGT_OK;
    *quantize = NULL;
    if (unique)
        base = joined(node, "_eightbit/", unique);
    input_node = tfgt_input_node_name(input);
    if (!base || !input_node) {
        st = oom(err);
        goto done;
    }
    dims = joined(base, "/reshape_dims", "");
    red = joined(base, "/reduction_dims", "");
    reshape = joined(base, "/reshape", "");
    min = joined(base, "/min", "");
    max = joined(base, "/max", "");
    *quantize = joined(base, "/quantize", "");
    ctrl = joined("^", input_node, "");
    if (!dims || !red || !reshape || !min || !max || !*quantize || !ctrl) {
        st = oom(err);
        goto done;
    }
    /* shared inputs give identical chains; merge_duplicate_nodes folds them */
    if (tfgt_graph_find_node(out, *quantize))
        goto done;
    {
        const char *reshape_in[3] = {input, dims, NULL};
        const char *min_in[3] = {reshape, red, NULL};
        const char *quant_in[4] = {input, min, max, NULL};
        if (!(n = emit_int_vector(out, dims, -1, err)) || tfgt_node_add_input(n, ctrl) != TFGT_OK ||
            !(n = emit_int_vector(out, red, 0, err)) || tfgt_node_add_input(n, ctrl) != TFGT_OK ||
            !(n = emit(out, reshape, "Reshape", reshape_in, err)) ||
            tfgt_node_set_type(n, "T", TFGT_DT_FLOAT) != TFGT_OK ||
            !(n = emit(out, min, "Min", min_in, err)) ||
            tfgt_node_set_type(n, "T", TFGT_DT_FLOAT) != TFGT_OK ||
            tfgt_node_set_bool(n, "keep_dims", false) != TFGT_OK ||
            !(n = emit(out, max, "Max", min_in, err)) ||
            tfgt_node_set_type(n, "T", TFGT_DT_FLOAT) != TFGT_OK ||
            tfgt_node_set_bool(n, "keep_dims", false) != TFGT_OK ||
            !(n = emit(out, *quantize, "QuantizeV2", quant_in, err)) ||
            tfgt_node_set_type(n, "T", TFGT_DT_QUINT8) != TFGT_OK ||
            tfgt_node_set_string(n, "mode", "MIN_FIRST", 9) != TFGT_OK)
            st = err && err->status ? err->status : oom(err);
    }
done:
    free(unique);
    free(base);
    free(dims);
    free(red);
    free(reshape);
    free(min);
    free(max);
    free(ctrl);
    free(input_node);
    if (st != TFGT_OK) {
        free(*quantize);
        *quantize = NULL;
    }
    return st;
}

/* per_channel=true: the Const weights of a Conv2D (HWIO, channel axis 3)
 * or MatMul (axis 1, 0 with transpose_b) as quint8 codes with one range per
 * output channel ("<node>_eightbit/<w>/quantized_const", "/min", "/max";
 * each range includes 0, as quantize_weights makes them; an all-zero
 * channel gets the narrowest other channel's width, so it never widens
 * the step the kernel rescales onto).  Returns false (nothing emitted)
 * when the weights are not a float Const, or, with *why set, when one
 * channel's values_trouble says they must stay float. */
static bool emit_per_channel_weights(tfgt_graph *out, const state *s, const tfgt_node *node,
                                     char **codes, char **mins, char **maxs, const char **why,
                                     tfgt_error *err, tfgt_status *st)
{
    const char *op = tfgt_node_op(node);
    const tfgt_node *w = source_node(s->graph, tfgt_node_input(node, 1));
    tfgt_tensor *t = NULL, *q = NULL, *lo = NULL, *hi = NULL;
    char *base = NULL, *unique = NULL;
    int axis;
    int64_t channels, inner = 1;
    bool tb = false, done = false;
    float narrowest = INFINITY;
    *st = TFGT_OK;
    *why = NULL;
    if (!w || strcmp(tfgt_node_op(w), "Const") != 0 ||
        tfgt_node_get_tensor(w, "value", 0, &t, NULL) != TFGT_OK)
        return false;
    if (t->dtype != TFGT_DT_FLOAT || (strcmp(op, "Conv2D") == 0 ? t->rank != 4 : t->rank != 2))
        goto out;
    tfgt_node_get_bool(node, "transpose_b", &tb, NULL);
    axis = strcmp(op, "Conv2D") == 0 ? 3 : tb ? 0 : 1;
    channels = t->dims[axis];
    for (int d = axis + 1; d < t->rank; d++)
        inner *= t->dims[d];
    q = tfgt_tensor_new(TFGT_DT_QUINT8, t->rank, t->dims, 0, err);
    lo = tfgt_tensor_new(TFGT_DT_FLOAT, 1, &channels, 0, err);
    hi = tfgt_tensor_new(TFGT_DT_FLOAT, 1, &channels, 0, err);
    unique = unique_input_name(tfgt_node_input(node, 1));
    base = unique ? joined(tfgt_node_name(node), "_eightbit/", unique) : NULL;
    if (!q || !lo || !hi || !base) {
        *st = oom(err);
        goto out;
    }
    for (int64_t c = 0; c < channels; c++) {
        ((float *)lo->data)[c] = 0.0f;
        ((float *)hi->data)[c] = 0.0f;
    }
    /* the channel axis is last (inner 1) or first (MatMul transpose_b) */
    for (int64_t c = 0; c < channels && !*why; c++)
        *why = inner == 1
                   ? values_trouble((const float *)t->data + c, t->count / channels, channels)
                   : values_trouble((const float *)t->data + c * inner, inner, 1);
    if (*why)
        goto out;
    for (int64_t i = 0; i < t->count; i++) {
        int64_t c = (i / inner) % channels;
        float v = ((const float *)t->data)[i];
        float *l = (float *)lo->data + c, *h = (float *)hi->data + c;
        *l = v < *l ? v : *l;
        *h = v > *h ? v : *h;
    }
    for (int64_t c = 0; c < channels; c++) {
        float width = ((float *)hi->data)[c] - ((float *)lo->data)[c];
        narrowest = width >= NARROWEST_WIDTH && width < narrowest ? width : narrowest;
    }
    for (int64_t c = 0; c < channels; c++)
        if (((float *)hi->data)[c] - ((float *)lo->data)[c] < NARROWEST_WIDTH) {
            /* (near) zeros: code 0 is exactly 0 over [0, anything] */
            ((float *)lo->data)[c] = 0.0f;
            ((float *)hi->data)[c] = isfinite(narrowest) ? narrowest : 1.0f;
        }
    for (int64_t i = 0; i < t->count; i++) {
        int64_t c = (i / inner) % channels;
        ((uint8_t *)q->data)[i] = tfgt_float_to_quint8(
            ((const float *)t->data)[i], ((float *)lo->data)[c], ((float *)hi->data)[c]);
    }
    *codes = joined(base, "/quantized_const", "");
    *mins = joined(base, "/min", "");
    *maxs = joined(base, "/max", "");
    if (!*codes || !*mins || !*maxs) {
        *st = oom(err);
        goto out;
    }
    if (!tfgt_graph_find_node(out, *codes) &&
        (!tfgt_graph_add_const(out, *codes, q, err) || !tfgt_graph_add_const(out, *mins, lo, err) ||
         !tfgt_graph_add_const(out, *maxs, hi, err)))
        *st = err && err->status ? err->status : oom(err);
    done = *st == TFGT_OK;
out:
    tfgt_tensor_free(t);
    tfgt_tensor_free(q);
    tfgt_tensor_free(lo);
    tfgt_tensor_free(hi);
    free(base);
    free(unique);
    if (!done) {
        free(*codes);
        free(*mins);
        free(*maxs);
        *codes = *mins = *maxs = NULL;
    }
    return done;
}

static bool kept_by_name(const state *s, const char *name)
{
    for (size_t i = 0; i < s->n_keep; i++)
        if (strcmp(s->keep[i], name) == 0)
            return true;
    return false;
}

/* Why the node must stay float, or NULL. */
static const char *keep_float(const tfgt_node *node)
{
    int t = TFGT_DT_FLOAT;
    bool half_pixel = false;
    if (tfgt_node_get_type(node, "T", &t, NULL) == TFGT_OK && t != TFGT_DT_FLOAT)
        return "its type is not float";
    if (strcmp(tfgt_node_op(node), "Conv2D") == 0 && !tfgt_conv_is_nhwc_undilated(node))
        return "an NCHW or dilated Conv2D (TensorFlow's QuantizedConv2D would compute it wrongly)";
    tfgt_node_get_bool(node, "half_pixel_centers", &half_pixel, NULL);
    if (half_pixel)
        return "half-pixel centres (QuantizedResizeBilinear would drop them)";
    return NULL;
}

static tfgt_status quantize_one(void *user, const tfgt_match *m, const tfgt_consumers *consumers,
                                tfgt_graph *out, tfgt_error *err)
{
    state *s = user;
    const tfgt_node *node = m->node;
    const char *name = tfgt_node_name(node);
    const quantizable_op *q = find_quantizable(tfgt_node_op(node));
    const char *why = kept_by_name(s, name) ? "kept in float by name" : keep_float(node);
    const char *bad_input = NULL;
    size_t n_data = tfgt_node_data_input_count(node);
    char **quantized = NULL, *main_name = NULL, *producer = NULL, *rmin = NULL, *rmax = NULL;
    char *wide_op = NULL, *pc_codes = NULL, *pc_mins = NULL, *pc_maxs = NULL;
    bool per_channel = false;
    tfgt_node *main_node;
    tfgt_status st = TFGT_OK;
    bool pc_weights = s->per_channel && n_data == 2 &&
                      (strcmp(q->op, "Conv2D") == 0 || strcmp(q->op, "MatMul") == 0);
    (void)consumers;
    /* the fusing step's own input-range Reshapes stay as they are */
    if (s->fuse && strcmp(q->op, "Reshape") == 0 && strstr(name, "_eightbit/") &&
        strlen(name) > 8 && strcmp(name + strlen(name) - 8, "/reshape") == 0)
        return tfgt_match_copy_original(m, out, err);
    /* per-channel weights are judged channel by channel below */
    for (size_t i = 0; !why && i < n_data; i++)
        if ((int)i != q->unquantized && !(pc_weights && i == 1))
            why = input_trouble(s->graph, node, i, &bad_input);
    if (pc_weights && !why) {
        per_channel = emit_per_channel_weights(out, s, node, &pc_codes, &pc_mins, &pc_maxs, &why,
                                               err, &st);
        if (why)
            bad_input = tfgt_node_input(node, 1);
        if (st != TFGT_OK)
            return st;
    }
    if (why) {
        if (bad_input)
            tfgt_transform_log(s->ctx, TFGT_LOG_WARNING,
                               "quantize_nodes: left '%s' in float: its input '%s': %s", name,
                               bad_input, why);
        else
            tfgt_transform_log(s->ctx, TFGT_LOG_INFO, "quantize_nodes: left '%s' in float: %s",
                               name, why);
        s->skipped++;
        return tfgt_match_copy_original(m, out, err);
    }
    quantized = calloc(n_data + 1, sizeof *quantized);
    main_name = joined(name, "/eightbit", "");
    wide_op = joined("Quantized", tfgt_node_op(node), "");
    if (!quantized || !main_name || !wide_op) {
        st = oom(err);
        goto done;
    }
    for (size_t i = 0; i < n_data && st == TFGT_OK; i++)
        if ((int)i != q->unquantized && !(per_channel && i == 1))
            st = emit_input_quantization(out, name, tfgt_node_input(node, i), &quantized[i], err);
    if (st != TFGT_OK)
        goto done;
    main_node = tfgt_graph_add_node(out, main_name, wide_op, err);
    if (!main_node || tfgt_node_set_device(main_node, tfgt_node_device(node)) != TFGT_OK) {
        st = err && err->status ? err->status : oom(err);
        goto done;
    }
    for (size_t i = 0; i < n_data && st == TFGT_OK; i++) {
        char *port0 = quantized[i] ? joined(quantized[i], ":0", "") : NULL;
        st = tfgt_node_add_input(main_node, per_channel && i == 1 ? pc_codes
                                            : quantized[i]       ? port0
                                                                 : tfgt_node_input(node, i));
        free(port0);
    }
    for (int pass = 0; pass < 2 && st == TFGT_OK; pass++)
        for (size_t i = 0; i < n_data && st == TFGT_OK; i++) {
            if (!quantized[i])
                continue;
            if (q->layout == LAYOUT_CONTIGUOUS) {
                char *a, *b;
                if (pass == 1)
                    break;
                if (per_channel && i == 0) {
                    /* a's range, then the weights' per-channel ranges */
                    a = joined(quantized[0], ":1", "");
                    b = joined(quantized[0], ":2", "");
                    st = a && b && tfgt_node_add_input(main_node, a) == TFGT_OK &&
                                 tfgt_node_add_input(main_node, b) == TFGT_OK &&
                                 tfgt_node_add_input(main_node, pc_mins) == TFGT_OK &&
                                 tfgt_node_add_input(main_node, pc_maxs) == TFGT_OK
                             ? TFGT_OK
                             : TFGT_E_NO_MEMORY;
                    free(a);
                    free(b);
                    continue;
                }
                a = joined(quantized[i], ":1", "");
                b = joined(quantized[i], ":2", "");
                st = a && b && tfgt_node_add_input(main_node, a) == TFGT_OK &&
                             tfgt_node_add_input(main_node, b) == TFGT_OK
                         ? TFGT_OK
                         : TFGT_E_NO_MEMORY;
                free(a);
                free(b);
            } else {
                char *a = joined(quantized[i], pass == 0 ? ":1" : ":2", "");
                st = a && tfgt_node_add_input(main_node, a) == TFGT_OK ? TFGT_OK : TFGT_E_NO_MEMORY;
                free(a);
            }
        }
    /* control inputs stay control inputs */
    for (size_t i = n_data; i < tfgt_node_input_count(node) && st == TFGT_OK; i++)
        st = tfgt_node_add_input(main_node, tfgt_node_input(node, i));
    for (size_t a = 0; q->copied[a] && st == TFGT_OK; a++)
        if (tfgt_node_has_attr(node, q->copied[a]))
            st = tfgt_node_copy_attr(main_node, node, q->copied[a], NULL, err);
    for (size_t a = 0; q->set_quint8[a] && st == TFGT_OK; a++)
        st = tfgt_node_set_type(main_node, q->set_quint8[a], TFGT_DT_QUINT8);
    if (q->set_qint32 && st == TFGT_OK)
        st = tfgt_node_set_type(main_node, q->set_qint32, TFGT_DT_QINT32);
    if (st != TFGT_OK) {
        st = err && err->status ? err->status : oom(err);
        goto done;
    }
    producer = strdup(main_name);
    if (q->wide && s->dequantize_wide) {
        /* tfgt extension: the exact 32-bit result straight to float */
        tfgt_node *d = emit_dequantize(out, name, main_name, err);
        if (!d || tfgt_node_set_type(d, "T", TFGT_DT_QINT32) != TFGT_OK)
            st = err && err->status ? err->status : oom(err);
        if (st == TFGT_OK)
            s->converted++;
        goto done;
    }
    if (q->wide) {
        char *requantize = joined(main_name, "/requantize", "");
        if (s->has_fallback) {
            rmin = joined(main_name, "/fallback_min", "");
            rmax = joined(main_name, "/fallback_max", "");
            if (!rmin || !rmax || !emit_scalar(out, rmin, s->fallback_min, err) ||
                !emit_scalar(out, rmax, s->fallback_max, err))
                st = err && err->status ? err->status : oom(err);
        } else {
            char *range = joined(main_name, "/requant_range", "");
            char *in1 = joined(main_name, ":1", ""), *in2 = joined(main_name, ":2", "");
            const char *inputs[4] = {main_name, in1, in2, NULL};
            tfgt_node *rr = range && in1 && in2
                                ? emit(out, range, "RequantizationRange", inputs, err)
                                : NULL;
            if (!rr || tfgt_node_set_type(rr, "Tinput", TFGT_DT_QINT32) != TFGT_OK)
                st = err && err->status ? err->status : oom(err);
            rmin = range ? joined(range, ":0", "") : NULL;
            rmax = range ? joined(range, ":1", "") : NULL;
            free(range);
            free(in1);
            free(in2);
        }
        if (st == TFGT_OK && (!requantize || !rmin || !rmax ||
                              !emit_requantize(out, requantize, main_name, rmin, rmax, err)))
            st = err && err->status ? err->status : oom(err);
        free(producer);
        producer = requantize;
    }
    if (st == TFGT_OK && (!producer || !emit_dequantize(out, name, producer, err)))
        st = err && err->status ? err->status : oom(err);
    if (st == TFGT_OK)
        s->converted++;
done:
    for (size_t i = 0; quantized && i < n_data; i++)
        free(quantized[i]);
    free(quantized);
    free(main_name);
    free(wide_op);
    free(pc_codes);
    free(pc_mins);
    free(pc_maxs);
    free(producer);
    free(rmin);
    free(rmax);
    return st;
}

/* ---- 5. adjacent requantizes ------------------------------------------------------- */

static tfgt_status merge_requantize_one(void *user, const tfgt_match *m,
                                        const tfgt_consumers *consumers, tfgt_graph *out,
                                        tfgt_error *err)
{
    state *s = user;
    /* outer Requantize <- QuantizeV2 <- Dequantize <- inner Requantize <- op */
    const tfgt_node *op = m->inputs[0].inputs[0].inputs[0].inputs[0].node;
    const tfgt_node *cmin = m->inputs[3].node, *cmax = m->inputs[4].node;
    tfgt_node *r;
    char *in1 = joined(tfgt_node_name(op), ":1", ""), *in2 = joined(tfgt_node_name(op), ":2", "");
    tfgt_status st = TFGT_OK;
    (void)consumers;
    if (!in1 || !in2) {
        st = oom(err);
        goto done;
    }
    if ((st = tfgt_match_emit_once(out, op, err)) != TFGT_OK ||
        (st = tfgt_match_emit_once(out, cmin, err)) != TFGT_OK ||
        (st = tfgt_match_emit_once(out, cmax, err)) != TFGT_OK)
        goto done;
    r = tfgt_graph_add_node_copy(out, m->node, NULL, err);
    if (!r) {
        st = err && err->status ? err->status : oom(err);
        goto done;
    }
    if (tfgt_node_set_input(r, 0, tfgt_node_name(op)) != TFGT_OK ||
        tfgt_node_set_input(r, 1, in1) != TFGT_OK || tfgt_node_set_input(r, 2, in2) != TFGT_OK ||
        tfgt_node_set_input(r, 3, tfgt_node_name(cmin)) != TFGT_OK ||
        tfgt_node_set_input(r, 4, tfgt_node_name(cmax)) != TFGT_OK)
        st = oom(err);
    s->changed++;
done:
    free(in1);
    free(in2);
    return st;
}

/* ---- 7. redundant quantizations ------------------------------------------------------- */

/* QuantizeV2(Dequantize, Min, Max): readers of the QuantizeV2's three
 * outputs read the Dequantize's inputs instead. */
static tfgt_status remove_redundant_quantizations(tfgt_graph *graph, state *s, tfgt_error *err)
{
    tfgt_match *matches = NULL;
    size_t n = 0;
    tfgt_status st = tfgt_find_matches(graph, "QuantizeV2(Dequantize, Min, Max)", &matches, &n, err);
    if (st != TFGT_OK)
        return st;
    for (size_t k = 0; k < n && st == TFGT_OK; k++) {
        const tfgt_node *quantize = matches[k].node, *deq = matches[k].inputs[0].node;
        const char *qname = tfgt_node_name(quantize);
        size_t qlen = strlen(qname);
        int deq_type = 0;
        const char *mode = NULL;
        size_t mode_len = 0;
        /* only a quint8 MIN_FIRST Dequantize gives back what QuantizeV2
         * makes (per-channel or SCALED weights are re-quantized instead) */
        tfgt_node_get_type(deq, "T", &deq_type, NULL);
        if (tfgt_node_get_string(deq, "mode", &mode, &mode_len, NULL) != TFGT_OK || mode_len != 9 ||
            memcmp(mode, "MIN_FIRST", 9) != 0 || deq_type != TFGT_DT_QUINT8 ||
            tfgt_node_has_attr(deq, "axis"))
            continue;
        for (size_t i = 0; i < tfgt_graph_node_count(graph) && st == TFGT_OK; i++) {
            tfgt_node *c = tfgt_graph_node(graph, i);
            for (size_t j = 0; j < tfgt_node_input_count(c) && st == TFGT_OK; j++) {
                const char *in = tfgt_node_input(c, j);
                int port = -1;
                if (strncmp(in, qname, qlen) != 0)
                    continue;
                if (in[qlen] == '\0' || strcmp(in + qlen, ":0") == 0)
                    port = 0;
                else if (strcmp(in + qlen, ":1") == 0)
                    port = 1;
                else if (strcmp(in + qlen, ":2") == 0)
                    port = 2;
                if (port < 0 || (size_t)port >= tfgt_node_data_input_count(deq))
                    continue;
                st = tfgt_node_set_input(c, j, tfgt_node_input(deq, (size_t)port));
                if (st == TFGT_OK)
                    s->changed++;
            }
        }
    }
    tfgt_matches_free(matches, n);
    if (st != TFGT_OK)
        return oom(err);
    return TFGT_OK;
}

/* ---- calibration (tfgt extension) ------------------------------------------------------ */

static int by_value(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return x < y ? -1 : x > y;
}

/* Turn `node` into a float scalar Const holding v (name kept). */
static tfgt_status make_scalar_const(tfgt_node *node, float v, tfgt_error *err)
{
    tfgt_tensor *t = tfgt_tensor_new(TFGT_DT_FLOAT, 0, NULL, 0, err);
    tfgt_status st;
    if (!t)
        return err && err->status ? err->status : TFGT_E_NO_MEMORY;
    *(float *)t->data = v;
    while (tfgt_node_attr_count(node) > 0)
        tfgt_node_remove_attr(node, tfgt_node_attr_key(node, 0));
    tfgt_node_clear_inputs(node);
    st = tfgt_node_set_op(node, "Const");
    if (st == TFGT_OK)
        st = tfgt_node_set_type(node, "dtype", TFGT_DT_FLOAT);
    if (st == TFGT_OK)
        st = tfgt_node_set_tensor(node, "value", t, err);
    tfgt_tensor_free(t);
    return st;
}

/* Whether `node` is a Min/Max that quantize_nodes made for an input range
 * ("<n>_eightbit/<input>/min" or "/max"). */
static bool is_input_range(const tfgt_node *node)
{
    const char *op = tfgt_node_op(node), *name = tfgt_node_name(node);
    size_t len = strlen(name);
    if (strcmp(op, "Min") != 0 && strcmp(op, "Max") != 0)
        return false;
    return strstr(name, "_eightbit/") && len > 4 &&
           (strcmp(name + len - 4, "/min") == 0 || strcmp(name + len - 4, "/max") == 0);
}

/* A copy of `graph` for measuring: every Requantize reads its
 * RequantizationRange's max through Maximum(max, 0), the range the frozen
 * graph will use, so that what is measured downstream of an all-negative
 * op (a ReLU that is always 0) is what the frozen graph computes. */
static tfgt_graph *probe_graph(const tfgt_graph *graph, tfgt_error *err)
{
    tfgt_graph *probe = tfgt_graph_clone(graph, err);
    size_t count = probe ? tfgt_graph_node_count(probe) : 0;
    for (size_t i = 0; i < count; i++) {
        const tfgt_node *rr = tfgt_graph_node(probe, i);
        const char *name = tfgt_node_name(rr);
        char *port1, *zero, *max;
        bool ok;
        if (strcmp(tfgt_node_op(rr), "RequantizationRange") != 0)
            continue;
        port1 = joined(name, ":1", "");
        zero = joined(name, "/calibration_zero", "");
        max = joined(name, "/calibration_max", "");
        ok = port1 && zero && max;
        for (size_t k = 0; ok && k < tfgt_graph_node_count(probe); k++) {
            tfgt_node *r = tfgt_graph_node(probe, k);
            if (strcmp(tfgt_node_op(r), "Requantize") == 0 && tfgt_node_data_input_count(r) == 5 &&
                strcmp(tfgt_node_input(r, 4), port1) == 0)
                ok = tfgt_node_set_input(r, 4, max) == TFGT_OK;
        }
        if (ok) {
            const char *inputs[3] = {port1, zero, NULL};
            tfgt_node *m = emit_scalar(probe, zero, 0.0f, err) ? emit(probe, max, "Maximum", inputs,
                                                                     err)
                                                               : NULL;
            ok = m && tfgt_node_set_type(m, "T", TFGT_DT_FLOAT) == TFGT_OK;
        }
        free(port1);
        free(zero);
        free(max);
        if (!ok) {
            if (err && !err->status)
                oom(err);
            tfgt_graph_free(probe);
            return NULL;
        }
    }
    return probe;
}

static bool cache_put(range_cache *c, const char *name, float lo, float hi)
{
    if (c->count == c->capacity) {
        size_t cap = c->capacity ? 2 * c->capacity : 64;
        range_entry *items = realloc(c->items, cap * sizeof *items);
        if (!items)
            return false;
        c->items = items;
        c->capacity = cap;
    }
    if (!(c->items[c->count].name = strdup(name)))
        return false;
    c->items[c->count].lo = lo;
    c->items[c->count].hi = hi;
    c->count++;
    return true;
}

static void cache_clear(range_cache *c)
{
    for (size_t i = 0; i < c->count; i++)
        free(c->items[i].name);
    free(c->items);
    c->items = NULL;
    c->count = c->capacity = 0;
}

/* All n ranges from the cache, or false (nothing written) when one is
 * missing. */
static bool cached_ranges(const range_cache *c, const char *const *names, size_t n, float *lo,
                          float *hi)
{
    for (size_t r = 0; r < n; r++) {
        size_t k = 0;
        while (k < c->count && strcmp(c->items[k].name, names[r]) != 0)
            k++;
        if (k == c->count)
            return false;
    }
    for (size_t r = 0; r < n; r++)
        for (size_t k = 0; k < c->count; k++)
            if (strcmp(c->items[k].name, names[r]) == 0) {
                lo[r] = c->items[k].lo;
                hi[r] = c->items[k].hi;
                break;
            }
    return true;
}

/* Run the graph over the samples and freeze what it measures at run time:
 * every RequantizationRange (to "/frozen_min|max" Consts) and every input
 * range Min/Max (to Consts of the same name), at `percentile` of the
 * per-sample values.  The Reshapes that fed them become unused (a later
 * strip_unused_nodes drops them). */
static tfgt_status calibrate(tfgt_graph *graph, state *s, float percentile, tfgt_error *err)
{
    const tfgt_calibration *cal = s->ctx->calibration;
    size_t count = tfgt_graph_node_count(graph), n = 0, n_rr = 0;
    char **tensors = calloc(2 * count + 1, sizeof *tensors);
    const char **names = calloc(count + 1, sizeof *names);
    bool *is_rr = calloc(count + 1, sizeof *is_rr);
    float *mins = NULL, *maxs = NULL, *frozen_min = NULL, *frozen_max = NULL;
    const char **rr_names = NULL;
    tfgt_run_options options = {0, 0, false};
    size_t n_tensors = 0;
    tfgt_graph *probe = NULL;
    tfgt_status st = TFGT_OK;
    if (!tensors || !names || !is_rr) {
        st = oom(err);
        goto done;
    }
    for (size_t i = 0; i < count; i++) {
        const tfgt_node *node = tfgt_graph_node(graph, i);
        bool rr = strcmp(tfgt_node_op(node), "RequantizationRange") == 0;
        if (!rr && !is_input_range(node))
            continue;
        names[n] = tfgt_node_name(node);
        is_rr[n] = rr;
        tensors[n_tensors++] = joined(names[n], ":0", "");
        if (rr)
            tensors[n_tensors++] = joined(names[n], ":1", "");
        if (!tensors[n_tensors - 1]) {
            st = oom(err);
            goto done;
        }
        n_rr += rr;
        n++;
    }
    if (n == 0)
        goto done;
    mins = calloc(n_tensors * cal->n_samples, sizeof *mins);
    maxs = calloc(n_tensors * cal->n_samples, sizeof *maxs);
    frozen_min = calloc(n, sizeof *frozen_min);
    frozen_max = calloc(n, sizeof *frozen_max);
    rr_names = calloc(n, sizeof *rr_names);
    if (!mins || !maxs || !frozen_min || !frozen_max || !rr_names) {
        st = oom(err);
        goto done;
    }
    if (s->cache && !s->cache->filling && cached_ranges(s->cache, names, n, frozen_min, frozen_max))
        goto measured;
    probe = probe_graph(graph, err);
    st = probe ? tfgt_calibration_collect(probe, cal, (const char *const *)tensors, n_tensors,
                                          &options, mins, maxs, err)
               : err && err->status ? err->status : oom(err);
    tfgt_graph_free(probe);
    for (size_t r = 0, t = 0; st == TFGT_OK && r < n; r++) {
        size_t ns = cal->n_samples;
        size_t idx_lo = (size_t)floor((double)percentile / 100.0 * (double)ns);
        size_t idx_hi = ns - 1 - (idx_lo < ns ? idx_lo : ns - 1);
        float *lo = &mins[t * ns], *hi = &maxs[(is_rr[r] ? t + 1 : t) * ns];
        qsort(lo, ns, sizeof *lo, by_value);
        qsort(hi, ns, sizeof *hi, by_value);
        if (idx_lo >= ns)
            idx_lo = ns - 1;
        frozen_min[r] = lo[idx_lo];
        frozen_max[r] = hi[idx_hi];
        t += is_rr[r] ? 2 : 1;
        if (s->cache && s->cache->filling &&
            !cache_put(s->cache, names[r], frozen_min[r], frozen_max[r]))
            st = oom(err);
    }
measured:
    /* input ranges: a Min keeps the smallest, a Max the largest; one that
     * is not finite (infinities in the samples) stays a run-time Min/Max */
    for (size_t r = 0; st == TFGT_OK && r < n; r++) {
        tfgt_node *node;
        if (is_rr[r])
            continue;
        if (!isfinite(frozen_min[r]) || !isfinite(frozen_max[r])) {
            tfgt_transform_log(s->ctx, TFGT_LOG_WARNING,
                               "quantize_nodes: '%s' measured %g on the calibration data; left "
                               "to run time",
                               names[r],
                               (double)(isfinite(frozen_min[r]) ? frozen_max[r] : frozen_min[r]));
            continue;
        }
        node = tfgt_graph_find_node(graph, names[r]);
        st = make_scalar_const(node, strcmp(tfgt_node_op(node), "Min") == 0 ? frozen_min[r]
                                                                          : frozen_max[r],
                               err);
    }
    {
        size_t k = 0;
        for (size_t r = 0; st == TFGT_OK && r < n; r++)
            if (is_rr[r]) {
                float lo = frozen_min[r], hi = frozen_max[r];
                if (!isfinite(lo) || !isfinite(hi)) {
                    tfgt_transform_log(s->ctx, TFGT_LOG_WARNING,
                                       "quantize_nodes: '%s' measured [%g, %g] on the "
                                       "calibration data; left to run time",
                                       names[r], (double)lo, (double)hi);
                    continue;
                }
                /* RequantizationRange keeps 0 only on the min side: for an
                 * op whose output is all negative on the samples (the input
                 * of a ReLU that is always 0) the range would miss 0, and
                 * QuantizedRelu would clamp to its max instead of to 0 */
                frozen_min[r] = fminf(frozen_min[r], 0.0f);
                frozen_max[r] = fmaxf(frozen_max[r], 0.0f);
                /* a zero-width range (what reads that ReLU) would leave
                 * later ops nothing to scale by */
                if (widen_range(&frozen_min[r], &frozen_max[r]))
                    tfgt_transform_log(s->ctx, TFGT_LOG_WARNING,
                                       "quantize_nodes: '%s' measured [%g, %g] on the "
                                       "calibration data; widened to [%g, %g]",
                                       names[r], (double)lo, (double)hi, (double)frozen_min[r],
                                       (double)frozen_max[r]);
                rr_names[k] = names[r];
                frozen_min[k] = frozen_min[r];
                frozen_max[k] = frozen_max[r];
                k++;
            }
        if (st == TFGT_OK)
            st = tfgt_graph_freeze_requantization_ranges(graph, rr_names, frozen_min, frozen_max,
                                                         k, err);
    }
    if (st == TFGT_OK)
        tfgt_transform_log(s->ctx, TFGT_LOG_INFO,
                           "quantize_nodes: froze %zu requantization and %zu input ranges from "
                           "%zu calibration samples",
                           n_rr, n - n_rr, cal->n_samples);
done:
    for (size_t i = 0; tensors && i < n_tensors; i++)
        free(tensors[i]);
    free(tensors);
    free(names);
    free(is_rr);
    free(mins);
    free(maxs);
    free(frozen_min);
    free(frozen_max);
    free(rr_names);
    return st;
}

/* ---- fused layers (fuse=true, tfgt extension) ------------------------------------------
 * Conv2D|MatMul|DepthwiseConv2dNative(x, Const) -> Add|AddV2|BiasAdd(Const)
 * [-> Relu|Relu6] becomes one Quantized{Conv2D,DepthwiseConv2D,MatMul}
 * WithBias[AndRelu]AndRequantize (depthwise only with an activation): the
 * bias is added to the exact 32-bit sums and the result is requantized
 * once, straight into the layer's output range (lib/kernels/
 * quantized_fused.c), instead of through the conv's raw range, which
 * batch-norm folding makes far wider than what the Relu6 keeps.  Weights
 * are symmetric qint8, one range per output channel with per_channel=true
 * (MatMul always one range: TensorFlow's op accepts only scalars).  The
 * output range is [0, 6] for Relu6 (or the calibrated max when smaller);
 * other chains need --calibration_data (the float graph's tensor at the
 * chain's last node, min/max over the samples with 0 included) and are
 * left to the ordinary rewrite without it.
 * The weights may also be what quantize_weights(per_channel=true) makes:
 * Dequantize(T=qint8, SCALED, narrow_range, axis = the output-channel
 * axis, or none for one range) of a codes Const and min/max Consts with
 * ranges [-m, m].  The fused op then reads those Consts as they are (no
 * second rounding, so clip=mse and bias correction carry over exactly) and
 * the Dequantize goes once nothing reads it.  A MatMul's fused op takes
 * one range only, so per-channel MatMul weights are dequantized and
 * quantized again over one range like float ones.
 * TensorFlow 2.21 (tests/peer/check_fused_tf.py) runs these ops and
 * agrees bit for bit on the Relu ops whose input range starts at 0 (every
 * layer reading a ReLU); it reads a signed quint8 input without a zero
 * point, has no quint8-output kernel for the Conv2D op without Relu, and
 * clamps the MatMul op without Relu at 0.  So only Relu layers that read
 * a Relu/Relu6 get TensorFlow's op names; the others get the same ops
 * under tfgt's names ("Tfgt" + TensorFlow's), which TensorFlow refuses to
 * load rather than answer wrongly. */

#define FUSE_WITH_ACTIVATION                                                                    \
    "Relu6|Relu(Add|AddV2|BiasAdd(Conv2D|MatMul|DepthwiseConv2dNative, Const))"
#define FUSE_BIAS_ONLY "Add|AddV2|BiasAdd(Conv2D|MatMul, Const)"
/* (the op's own inputs are not in the patterns: matches never overlap, and
 * the previous layer's last node is often this one's input) */

static bool in_pattern(const char *pattern, const char *op)
{
    char bars[600], want[80];
    snprintf(bars, sizeof bars, "|%s|", pattern);
    snprintf(want, sizeof want, "|%s|", op);
    return strstr(bars, want) != NULL;
}

/* The float graph's range at each chain's last node, measured once on the
 * calibration samples into s->fused_ranges (keyed by node name), or read
 * from / recorded in the accuracy_target cache. */
static tfgt_status measure_fused_outputs(tfgt_graph *graph, state *s, const steps_config *cfg,
                                         tfgt_error *err)
{
    const tfgt_calibration *cal = s->ctx->calibration;
    static const char *const patterns[2] = {FUSE_WITH_ACTIVATION, FUSE_BIAS_ONLY};
    size_t count = tfgt_graph_node_count(graph), n = 0;
    char **keys = calloc(count + 1, sizeof *keys), **tensors = calloc(count + 1, sizeof *tensors);
    const char **names = calloc(count + 1, sizeof *names);
    float *lo = calloc(count + 1, sizeof *lo), *hi = calloc(count + 1, sizeof *hi);
    float *mins = NULL, *maxs = NULL;
    tfgt_run_options options = {0, 0, false};
    tfgt_status st = keys && tensors && names && lo && hi ? TFGT_OK : oom(err);
    for (int p = 0; p < 2 && st == TFGT_OK; p++) {
        tfgt_match *matches = NULL;
        size_t nm = 0;
        st = tfgt_find_matches(graph, patterns[p], &matches, &nm, err);
        for (size_t k = 0; k < nm && st == TFGT_OK; k++) {
            const char *name = tfgt_node_name(matches[k].node);
            bool seen = false;
            for (size_t j = 0; j < n && !seen; j++)
                seen = strcmp(names[j], name) == 0;
            if (seen)
                continue;
            names[n] = tfgt_node_name(tfgt_graph_find_node(graph, name));
            keys[n] = joined(name, "/fused_output", "");
            tensors[n] = joined(name, ":0", "");
            if (!keys[n] || !tensors[n])
                st = oom(err);
            n++;
        }
        tfgt_matches_free(matches, nm);
    }
    if (st != TFGT_OK || n == 0)
        goto done;
    if (s->cache && !s->cache->filling &&
        cached_ranges(s->cache, (const char *const *)keys, n, lo, hi))
        goto record;
    mins = calloc(n * cal->n_samples, sizeof *mins);
    maxs = calloc(n * cal->n_samples, sizeof *maxs);
    if (!mins || !maxs) {
        st = oom(err);
        goto done;
    }
    st = tfgt_calibration_collect(graph, cal, (const char *const *)tensors, n, &options, mins,
                                  maxs, err);
    for (size_t r = 0; st == TFGT_OK && r < n; r++) {
        size_t ns = cal->n_samples;
        size_t idx_lo = (size_t)floor((double)cfg->percentile / 100.0 * (double)ns);
        if (idx_lo >= ns)
            idx_lo = ns - 1;
        qsort(&mins[r * ns], ns, sizeof *mins, by_value);
        qsort(&maxs[r * ns], ns, sizeof *maxs, by_value);
        lo[r] = mins[r * ns + idx_lo];
        hi[r] = maxs[r * ns + ns - 1 - idx_lo];
        if (s->cache && s->cache->filling && !cache_put(s->cache, keys[r], lo[r], hi[r]))
            st = oom(err);
    }
record:
    for (size_t r = 0; st == TFGT_OK && r < n; r++)
        if (!cache_put(s->fused_ranges, names[r], lo[r], hi[r]))
            st = oom(err);
done:
    for (size_t i = 0; i < n; i++) {
        free(keys[i]);
        free(tensors[i]);
    }
    free(keys);
    free(tensors);
    free(names);
    free(lo);
    free(hi);
    free(mins);
    free(maxs);
    return st;
}

/* The weights as symmetric qint8 codes, one range per output channel
 * (per_channel) or one for all: [-m, m] with m the largest magnitude
 * (1 for all-zero weights, whose codes are 0 whatever the range). */
static tfgt_status emit_symmetric_weights(tfgt_graph *out, const state *s, const char *base,
                                          const tfgt_tensor *t, int64_t channels, int64_t inner,
                                          bool matmul, char **codes, char **mins, char **maxs,
                                          tfgt_error *err)
{
    bool per_channel = s->per_channel && !matmul;
    int64_t n_ranges = per_channel ? channels : 1;
    tfgt_tensor *q = tfgt_tensor_new(TFGT_DT_QINT8, t->rank, t->dims, 0, err);
    tfgt_tensor *lo = per_channel ? tfgt_tensor_new(TFGT_DT_FLOAT, 1, &channels, 0, err)
                                  : tfgt_tensor_new(TFGT_DT_FLOAT, 0, NULL, 0, err);
    tfgt_tensor *hi = per_channel ? tfgt_tensor_new(TFGT_DT_FLOAT, 1, &channels, 0, err)
                                  : tfgt_tensor_new(TFGT_DT_FLOAT, 0, NULL, 0, err);
    const float *w = t->data;
    tfgt_status st = TFGT_OK;
    *codes = joined(base, "/quantized_const", "");
    *mins = joined(base, "/min", "");
    *maxs = joined(base, "/max", "");
    if (!q || !lo || !hi || !*codes || !*mins || !*maxs) {
        st = err && err->status ? err->status : oom(err);
        goto done;
    }
    for (int64_t r = 0; r < n_ranges; r++)
        ((float *)hi->data)[r] = 0.0f;
    for (int64_t i = 0; i < t->count; i++) {
        int64_t r = per_channel ? (i / inner) % channels : 0;
        float *m = (float *)hi->data + r;
        *m = fmaxf(*m, fabsf(w[i]));
    }
    for (int64_t r = 0; r < n_ranges; r++) {
        float *m = (float *)hi->data + r;
        if (!(*m > 0.0f))
            *m = 1.0f;
        ((float *)lo->data)[r] = -*m;
    }
    for (int64_t i = 0; i < t->count; i++) {
        int64_t r = per_channel ? (i / inner) % channels : 0;
        double v = round((double)w[i] * 127.0 / (double)((float *)hi->data)[r]);
        ((int8_t *)q->data)[i] = (int8_t)(v > 127 ? 127 : v < -127 ? -127 : v);
    }
    if (!tfgt_graph_find_node(out, *codes) &&
        (!tfgt_graph_add_const(out, *codes, q, err) || !tfgt_graph_add_const(out, *mins, lo, err) ||
         !tfgt_graph_add_const(out, *maxs, hi, err)))
        st = err && err->status ? err->status : oom(err);
done:
    tfgt_tensor_free(q);
    tfgt_tensor_free(lo);
    tfgt_tensor_free(hi);
    return st;
}

/* Why the weights Dequantize `d` cannot be the fused op's filter as it
 * is (NULL: it can): it must be qint8 SCALED with narrow_range, read
 * Consts, and hold ranges [-m, m] with m > 0 (the fused kernels scale by
 * max(|min|, |max|) / 127, the Dequantize by the same then).  *codes gets
 * the codes; the axis is checked by the caller. */
static const char *scaled_weights_trouble(const tfgt_graph *graph, const tfgt_node *d,
                                          tfgt_tensor **codes)
{
    const tfgt_node *in[3];
    tfgt_tensor *lo = NULL, *hi = NULL;
    const char *mode = NULL, *why = NULL;
    size_t mode_len = 0;
    int t = 0;
    bool narrow = false;
    if (tfgt_node_data_input_count(d) != 3)
        return "its weights Dequantize does not have three inputs";
    if (tfgt_node_get_type(d, "T", &t, NULL) != TFGT_OK || t != TFGT_DT_QINT8 ||
        tfgt_node_get_string(d, "mode", &mode, &mode_len, NULL) != TFGT_OK ||
        !(mode_len == 6 && memcmp(mode, "SCALED", 6) == 0) ||
        tfgt_node_get_bool(d, "narrow_range", &narrow, NULL) != TFGT_OK || !narrow)
        return "its weights Dequantize is not qint8 SCALED with narrow_range";
    for (size_t i = 0; i < 3; i++)
        if (!(in[i] = source_node(graph, tfgt_node_input(d, i))) ||
            strcmp(tfgt_node_op(in[i]), "Const") != 0)
            return "its weights Dequantize does not read Consts";
    if (tfgt_node_get_tensor(in[0], "value", 0, codes, NULL) != TFGT_OK ||
        tfgt_node_get_tensor(in[1], "value", 0, &lo, NULL) != TFGT_OK ||
        tfgt_node_get_tensor(in[2], "value", 0, &hi, NULL) != TFGT_OK)
        why = "its weights Dequantize's Consts have no readable value";
    else if ((*codes)->dtype != TFGT_DT_QINT8 || lo->dtype != TFGT_DT_FLOAT ||
             hi->dtype != TFGT_DT_FLOAT || lo->count != hi->count || lo->rank > 1 ||
             hi->rank > 1 || lo->count < 1)
        why = "its weights Dequantize's Consts have the wrong types or shapes";
    for (int64_t r = 0; !why && r < lo->count; r++) {
        float a = ((const float *)lo->data)[r], b = ((const float *)hi->data)[r];
        if (!isfinite(b) || !(b > 0.0f) || a != -b)
            why = "its weights Dequantize's ranges are not [-m, m] with m > 0";
    }
    for (int64_t i = 0; !why && i < (*codes)->count; i++)
        if (((const int8_t *)(*codes)->data)[i] == -128)
            why = "its weights Dequantize holds the code -128 (not narrow range)";
    tfgt_tensor_free(lo);
    tfgt_tensor_free(hi);
    return why;
}

/* The float values Dequantize `d` (checked by scaled_weights_trouble,
 * `n_ranges` ranges: one, or one per output channel of a 2-D `codes`)
 * gives: range i / (count / n_ranges) when by_row, else i % n_ranges.
 * NULL when out of memory. */
static tfgt_tensor *dequantized(const tfgt_graph *graph, const tfgt_node *d,
                                const tfgt_tensor *codes, bool by_row, int64_t n_ranges)
{
    tfgt_tensor *hi = NULL, *w = tfgt_tensor_new(TFGT_DT_FLOAT, codes->rank, codes->dims, 0, NULL);
    int64_t per_row = codes->count / n_ranges;
    if (!w || tfgt_node_get_tensor(source_node(graph, tfgt_node_input(d, 2)), "value", 0, &hi,
                                   NULL) != TFGT_OK) {
        tfgt_tensor_free(w);
        return NULL;
    }
    for (int64_t i = 0; i < codes->count; i++) {
        int64_t c = by_row ? i / per_row : i % n_ranges;
        float scale = ((const float *)hi->data)[c] / 127.0f;
        ((float *)w->data)[i] = (float)((const int8_t *)codes->data)[i] * scale;
    }
    tfgt_tensor_free(hi);
    return w;
}

/* Why the matched chain cannot be fused (NULL: it can); fills the
 * weights, the bias and the output range.  With weights from a Dequantize
 * whose codes the fused op can take, *deq is it and *weights its qint8
 * codes; otherwise *deq is NULL and *weights float. */
static const char *check_fusable(const state *s, const tfgt_match *m,
                                 const tfgt_consumers *consumers, const tfgt_match **op_match,
                                 const tfgt_node **act, const tfgt_node **deq,
                                 tfgt_tensor **weights, tfgt_tensor **bias, float *out_lo,
                                 float *out_hi)
{
    const tfgt_match *add_match = m->n_inputs == 1 ? &m->inputs[0] : m;
    const tfgt_node *add = add_match->node, *op, *bias_node, *w_node;
    const tfgt_node *chain[3];
    const char *fmt, *why = NULL;
    size_t len, n_chain = 0;
    bool tb = false, per_channel;
    int64_t channels;
    *act = add_match == m ? NULL : m->node;
    *op_match = &add_match->inputs[0];
    op = (*op_match)->node;
    bias_node = add_match->inputs[1].node;
    chain[n_chain++] = op;
    chain[n_chain++] = add;
    if (*act)
        chain[n_chain++] = *act;
    for (size_t i = 0; i < n_chain; i++) {
        if (kept_by_name(s, tfgt_node_name(chain[i])))
            return "a node of it is kept in float by name";
        /* (AddV2 counts as Add; ignore_op=DepthwiseConv2dNative is checked below) */
        if (i > 0 || strcmp(tfgt_node_op(op), "DepthwiseConv2dNative") != 0)
            if (!in_pattern(s->pattern, strcmp(tfgt_node_op(chain[i]), "AddV2") == 0
                                            ? "Add"
                                            : tfgt_node_op(chain[i])))
            return "an op of it is in ignore_op";
        if ((why = keep_float(chain[i])))
            return why;
        if (i + 1 < n_chain && tfgt_consumers_count(consumers, chain[i]) != 1)
            return "an inner node of it has other readers";
    }
    if (tfgt_node_get_string(add, "data_format", &fmt, &len, NULL) == TFGT_OK &&
        !(len == 4 && memcmp(fmt, "NHWC", 4) == 0))
        return "the BiasAdd is not NHWC";
    if (strcmp(tfgt_node_op(op), "MatMul") != 0 &&
        !(tfgt_node_get_string(op, "padding", &fmt, &len, NULL) == TFGT_OK &&
          ((len == 4 && memcmp(fmt, "SAME", 4) == 0) || (len == 5 && memcmp(fmt, "VALID", 5) == 0))))
        return "its padding is not SAME or VALID";
    *deq = NULL;
    if (tfgt_node_data_input_count(op) != 2 ||
        !(w_node = source_node(s->graph, tfgt_node_input(op, 1))))
        return "its weights are not a Const";
    if (strcmp(tfgt_node_op(w_node), "Dequantize") == 0) {
        if ((why = scaled_weights_trouble(s->graph, w_node, weights)))
            return why;
        *deq = w_node;
    } else if (strcmp(tfgt_node_op(w_node), "Const") != 0) {
        return "its weights are neither a Const nor a Dequantize of Consts";
    } else if (tfgt_node_get_tensor(w_node, "value", 0, weights, NULL) != TFGT_OK) {
        return "its weights Const has no readable value";
    }
    if (tfgt_node_get_tensor(bias_node, "value", 0, bias, NULL) != TFGT_OK)
        return "its bias Const has no readable value";
    if ((!*deq && (*weights)->dtype != TFGT_DT_FLOAT) || (*bias)->dtype != TFGT_DT_FLOAT)
        return "its weights or bias are not float";
    if (strcmp(tfgt_node_op(op), "DepthwiseConv2dNative") == 0) {
        /* HWIM: output channel i * M + m, the last two axes flattened */
        if (s->depthwise_ignored)
            return "DepthwiseConv2dNative is in ignore_op";
        if (!tfgt_conv_is_nhwc_undilated(op))
            return "an NCHW or dilated depthwise convolution";
        if ((*weights)->rank != 4)
            return "its weights are not 4-D";
        channels = (*weights)->dims[2] * (*weights)->dims[3];
    } else if (strcmp(tfgt_node_op(op), "Conv2D") == 0) {
        if ((*weights)->rank != 4)
            return "its weights are not 4-D";
        channels = (*weights)->dims[3];
    } else {
        if ((*weights)->rank != 2)
            return "its weights are not 2-D";
        tfgt_node_get_bool(op, "transpose_b", &tb, NULL);
        channels = (*weights)->dims[tb ? 0 : 1];
    }
    if ((*bias)->count != channels || (*bias)->rank < 1 ||
        (*bias)->dims[(*bias)->rank - 1] != channels)
        return "its bias does not hold one value per output channel";
    if (*deq) {
        /* the Dequantize's ranges must follow the op's output channels */
        int out_axis = strcmp(tfgt_node_op(op), "Conv2D") == 0    ? 3
                       : strcmp(tfgt_node_op(op), "MatMul") == 0 ? (tb ? 0 : 1)
                                                                 : 2;
        int64_t axis = -1;
        int range_rank;
        tfgt_tensor *lo = NULL;
        tfgt_node_get_int(*deq, "axis", &axis, NULL);
        if (axis >= 0 && (axis != out_axis || (out_axis == 2 && (*weights)->dims[3] != 1)))
            return "its weights Dequantize's axis is not the op's output channels";
        if (tfgt_node_get_tensor(source_node(s->graph, tfgt_node_input(*deq, 1)), "value", 0, &lo,
                                 NULL) != TFGT_OK)
            return "its weights Dequantize has no readable range";
        if (axis >= 0 ? lo->count != channels : lo->count != 1)
            why = "its weights Dequantize has the wrong number of ranges";
        range_rank = lo->rank;
        tfgt_tensor_free(lo);
        if (why)
            return why;
        if ((axis >= 0 || range_rank != 0) && strcmp(tfgt_node_op(op), "MatMul") == 0) {
            /* the fused MatMul takes scalar ranges: quantize the values again */
            tfgt_tensor *w = dequantized(s->graph, *deq, *weights, tb, axis >= 0 ? channels : 1);
            if (!w)
                return "its weights could not be dequantized (out of memory)";
            tfgt_tensor_free(*weights);
            *weights = w;
            *deq = NULL;
        }
    }
    /* weights are judged range by range; the bias stays float */
    per_channel = s->per_channel && strcmp(tfgt_node_op(op), "MatMul") != 0;
    if (*deq) /* codes and ranges were checked already */
        per_channel = false;
    else if (!per_channel)
        why = values_trouble((*weights)->data, (*weights)->count, 1);
    for (int64_t c = 0; per_channel && c < channels && !why; c++)
        why = tb ? values_trouble((const float *)(*weights)->data + c * (*weights)->dims[1],
                                  (*weights)->dims[1], 1)
                 : values_trouble((const float *)(*weights)->data + c,
                                  (*weights)->count / channels, channels);
    if (why)
        return why;
    for (int64_t c = 0; c < channels; c++)
        if (!isfinite(((const float *)(*bias)->data)[c]))
            return "its bias holds NaN or infinity";
    {
        const range_cache *r = s->fused_ranges;
        const char *last = tfgt_node_name(m->node);
        bool measured = false;
        float lo = 0, hi = 0;
        for (size_t k = 0; r && k < r->count && !measured; k++)
            if (strcmp(r->items[k].name, last) == 0) {
                measured = true;
                lo = r->items[k].lo;
                hi = r->items[k].hi;
            }
        if (measured && (!isfinite(lo) || !isfinite(hi)))
            return "its calibrated output range is not finite";
        if (*act && strcmp(tfgt_node_op(*act), "Relu6") == 0) {
            *out_lo = 0.0f;
            *out_hi = measured && hi < 6.0f ? hi : 6.0f;
        } else if (!measured) {
            return "its output range needs --calibration_data";
        } else {
            *out_lo = *act ? 0.0f : fminf(lo, 0.0f);
            *out_hi = fmaxf(hi, 0.0f);
        }
        widen_range(out_lo, out_hi);
    }
    return NULL;
}

/* Whether `op`'s data input 0 is the output of a Relu or Relu6 (so never
 * negative). */
static bool reads_relu(const tfgt_graph *graph, const tfgt_node *op)
{
    const tfgt_node *p = tfgt_graph_find_input_node(graph, tfgt_node_input(op, 0));
    int port = 0;
    char name[8];
    tfgt_parse_input(tfgt_node_input(op, 0), name, sizeof name, &port, NULL);
    return p && port == 0 &&
           (strcmp(tfgt_node_op(p), "Relu") == 0 || strcmp(tfgt_node_op(p), "Relu6") == 0);
}

/* A zero Pad of rows and columns in front of a VALID Conv2D or
 * depthwise `op` that the fused op can take as its padding_list (the
 * kernel pads with the code of 0.0, which is exact): Keras puts
 * ZeroPadding2D before its stride-2 convolutions.  Only the op reads the
 * Pad, whose paddings are a Const [4, 2] with the batch and channels
 * unpadded and under a filter (kh x kw) a side.  Returns the Pad and fills
 * pads [top, bottom, left, right], or NULL. */
static const tfgt_node *absorbable_pad(const state *s, const tfgt_consumers *consumers,
                                       const tfgt_node *op, int64_t kh, int64_t kw,
                                       int64_t *pads)
{
    const tfgt_node *pad = tfgt_graph_find_input_node(s->graph, tfgt_node_input(op, 0));
    const tfgt_node *c;
    const char *fmt;
    size_t len;
    int port = 0;
    char name[8];
    tfgt_tensor *p = NULL;
    int64_t v[8];
    bool ok = true;
    if (!(tfgt_node_get_string(op, "padding", &fmt, &len, NULL) == TFGT_OK && len == 5 &&
          memcmp(fmt, "VALID", 5) == 0))
        return NULL;
    tfgt_parse_input(tfgt_node_input(op, 0), name, sizeof name, &port, NULL);
    if (!pad || port != 0 || !(strcmp(tfgt_node_op(pad), "Pad") == 0 ||
                               strcmp(tfgt_node_op(pad), "PadV2") == 0))
        return NULL;
    if (tfgt_consumers_count(consumers, pad) != 1 || kept_by_name(s, tfgt_node_name(pad)) ||
        keep_float(pad) || tfgt_transform_node_is_io(s->ctx, pad) ||
        tfgt_node_input_count(pad) != tfgt_node_data_input_count(pad))
        return NULL;
    if (strcmp(tfgt_node_op(pad), "PadV2") == 0) {
        /* the constant must be a zero */
        tfgt_tensor *z = NULL;
        c = tfgt_node_data_input_count(pad) == 3 ? source_node(s->graph, tfgt_node_input(pad, 2))
                                                 : NULL;
        if (!c || strcmp(tfgt_node_op(c), "Const") != 0 ||
            tfgt_node_get_tensor(c, "value", 0, &z, NULL) != TFGT_OK)
            return NULL;
        ok = z->dtype == TFGT_DT_FLOAT && z->count == 1 && ((const float *)z->data)[0] == 0.0f;
        tfgt_tensor_free(z);
        if (!ok)
            return NULL;
    } else if (tfgt_node_data_input_count(pad) != 2) {
        return NULL;
    }
    c = source_node(s->graph, tfgt_node_input(pad, 1));
    if (!c || strcmp(tfgt_node_op(c), "Const") != 0 ||
        tfgt_node_get_tensor(c, "value", 0, &p, NULL) != TFGT_OK)
        return NULL;
    ok = (p->dtype == TFGT_DT_INT32 || p->dtype == TFGT_DT_INT64) && p->rank == 2 &&
         p->dims[0] == 4 && p->dims[1] == 2;
    for (int i = 0; ok && i < 8; i++)
        v[i] = p->dtype == TFGT_DT_INT32 ? ((const int32_t *)p->data)[i]
                                         : ((const int64_t *)p->data)[i];
    tfgt_tensor_free(p);
    if (!ok || v[0] || v[1] || v[6] || v[7])
        return NULL;
    for (int i = 2; i < 6; i++) {
        if (v[i] < 0 || v[i] >= (i < 4 ? kh : kw))
            return NULL;
        pads[i - 2] = v[i];
    }
    return pad;
}

/* tfgt's own name of a fused op ("Tfgt" + TensorFlow's name). */
static const char *tfgt_op_name_private(const char *op)
{
    static const char *const names[][2] = {
        {"QuantizedConv2DWithBiasAndRequantize", "TfgtQuantizedConv2DWithBiasAndRequantize"},
        {"QuantizedConv2DWithBiasAndReluAndRequantize",
         "TfgtQuantizedConv2DWithBiasAndReluAndRequantize"},
        {"QuantizedDepthwiseConv2DWithBiasAndReluAndRequantize",
         "TfgtQuantizedDepthwiseConv2DWithBiasAndReluAndRequantize"},
        {"QuantizedMatMulWithBiasAndRequantize", "TfgtQuantizedMatMulWithBiasAndRequantize"},
        {"QuantizedMatMulWithBiasAndReluAndRequantize",
         "TfgtQuantizedMatMulWithBiasAndReluAndRequantize"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(names[i][0], op) == 0)
            return names[i][1];
    return op;
}

static tfgt_status fuse_one(void *user, const tfgt_match *m, const tfgt_consumers *consumers,
                            tfgt_graph *out, tfgt_error *err)
{
    state *s = user;
    const tfgt_match *op_match = NULL;
    const tfgt_node *act = NULL, *op, *bias_node, *deq = NULL;
    const char *last = tfgt_node_name(m->node);
    tfgt_tensor *weights = NULL, *bias = NULL, *bias_vec = NULL;
    float out_lo = 0, out_hi = 0;
    const char *why = check_fusable(s, m, consumers, &op_match, &act, &deq, &weights, &bias,
                                    &out_lo, &out_hi);
    char *quantized = NULL, *main_name = NULL, *base = NULL, *unique = NULL, *codes = NULL;
    char *wmin = NULL, *wmax = NULL, *bias_name = NULL, *omin = NULL, *omax = NULL;
    char *q0 = NULL, *q1 = NULL, *q2 = NULL;
    const char *fused_op;
    const tfgt_node *pad = NULL;
    int64_t pads[4] = {0, 0, 0, 0};
    bool conv, depthwise, tb = false;
    int64_t channels, inner = 1;
    tfgt_node *f;
    tfgt_status st = TFGT_OK;
    if (why) {
        tfgt_transform_log(s->ctx, TFGT_LOG_INFO, "quantize_nodes: did not fuse '%s': %s", last,
                           why);
        tfgt_tensor_free(weights);
        tfgt_tensor_free(bias);
        return tfgt_match_copy_original(m, out, err);
    }
    op = op_match->node;
    bias_node = act ? m->inputs[0].inputs[1].node : m->inputs[1].node;
    depthwise = strcmp(tfgt_node_op(op), "DepthwiseConv2dNative") == 0;
    conv = depthwise || strcmp(tfgt_node_op(op), "Conv2D") == 0;
    tfgt_node_get_bool(op, "transpose_b", &tb, NULL);
    channels = bias->count;
    if (!conv && tb)
        inner = weights->dims[1];
    fused_op = depthwise ? "QuantizedDepthwiseConv2DWithBiasAndReluAndRequantize"
               : conv    ? act ? "QuantizedConv2DWithBiasAndReluAndRequantize"
                               : "QuantizedConv2DWithBiasAndRequantize"
               : act     ? "QuantizedMatMulWithBiasAndReluAndRequantize"
                         : "QuantizedMatMulWithBiasAndRequantize";
    if (conv)
        pad = absorbable_pad(s, consumers, op, weights->dims[0], weights->dims[1], pads);
    /* TensorFlow's name only where TensorFlow computes the same: with a
     * Relu, on an input that cannot be negative; and without a
     * padding_list (only TensorFlow's oneDNN kernels read it, untested) */
    if (!act || !reads_relu(s->graph, op) || pad)
        fused_op = tfgt_op_name_private(fused_op);
    /* a bias Const read elsewhere stays */
    if ((tfgt_match_used_outside(m, consumers, bias_node) &&
         (st = tfgt_match_emit_once(out, bias_node, err)) != TFGT_OK))
        goto done;
    unique = unique_input_name(tfgt_node_input(op, 1));
    base = unique ? joined(tfgt_node_name(op), "_eightbit/", unique) : NULL;
    main_name = joined(last, "/eightbit", "");
    bias_name = joined(tfgt_node_name(op), "_eightbit/bias", "");
    omin = joined(last, "/eightbit/min_freezed_output", "");
    omax = joined(last, "/eightbit/max_freezed_output", "");
    bias_vec = tfgt_tensor_new(TFGT_DT_FLOAT, 1, &bias->count, 0, err);
    if (!base || !main_name || !bias_name || !omin || !omax || !bias_vec) {
        st = err && err->status ? err->status : oom(err);
        goto done;
    }
    memcpy(bias_vec->data, bias->data, (size_t)bias->count * sizeof(float));
    if ((st = emit_input_quantization(out, tfgt_node_name(op),
                                      tfgt_node_input(pad ? pad : op, 0), &quantized, err)) !=
        TFGT_OK)
        goto done;
    /* the Pad, and then its Consts, go once nothing reads them (fuse_layers) */
    for (size_t i = 0; pad && i < tfgt_node_data_input_count(pad); i++) {
        /* (input 0 is the data: the Pad itself in its place) */
        const tfgt_node *n =
            i == 0 ? pad : tfgt_graph_find_input_node(s->graph, tfgt_node_input(pad, i));
        if (n && !cache_put(s->fused_weights, tfgt_node_name(n), 0.0f, 0.0f)) {
            st = oom(err);
            goto done;
        }
    }
    if (deq) {
        /* quantize_weights' codes and ranges as they are */
        codes = strdup(tfgt_node_name(source_node(s->graph, tfgt_node_input(deq, 0))));
        wmin = strdup(tfgt_node_name(source_node(s->graph, tfgt_node_input(deq, 1))));
        wmax = strdup(tfgt_node_name(source_node(s->graph, tfgt_node_input(deq, 2))));
        if (!codes || !wmin || !wmax ||
            !cache_put(s->fused_weights, tfgt_node_name(deq), 0.0f, 0.0f)) {
            st = oom(err);
            goto done;
        }
    } else if ((st = emit_symmetric_weights(out, s, base, weights, channels, inner, !conv, &codes,
                                            &wmin, &wmax, err)) != TFGT_OK) {
        goto done;
    }
    q0 = joined(quantized, ":0", "");
    q1 = joined(quantized, ":1", "");
    q2 = joined(quantized, ":2", "");
    if (!q0 || !q1 || !q2) {
        st = oom(err);
        goto done;
    }
    {
        const char *inputs[10] = {q0, codes, bias_name, q1, q2, wmin, wmax, omin, omax, NULL};
        if (!tfgt_graph_add_const(out, bias_name, bias_vec, err) ||
            !emit_scalar(out, omin, out_lo, err) || !emit_scalar(out, omax, out_hi, err) ||
            !(f = emit(out, main_name, fused_op, inputs, err))) {
            st = err && err->status ? err->status : oom(err);
            goto done;
        }
    }
    st = tfgt_node_set_device(f, tfgt_node_device(op));
    /* control inputs of the chain's nodes stay control inputs */
    for (int k = 0; k < 3 && st == TFGT_OK; k++) {
        const tfgt_node *c = k == 0 ? op : k == 1 ? (act ? m->inputs[0].node : m->node) : act;
        for (size_t i = c ? tfgt_node_data_input_count(c) : 0;
             c && i < tfgt_node_input_count(c) && st == TFGT_OK; i++)
            st = tfgt_node_add_input(f, tfgt_node_input(c, i));
    }
    if (st == TFGT_OK && conv)
        st = tfgt_node_set_type(f, "Tinput", TFGT_DT_QUINT8) == TFGT_OK &&
                     tfgt_node_set_type(f, "Tfilter", TFGT_DT_QINT8) == TFGT_OK &&
                     tfgt_node_set_type(f, "out_type", TFGT_DT_QUINT8) == TFGT_OK &&
                     tfgt_node_copy_attr(f, op, "strides", NULL, err) == TFGT_OK &&
                     tfgt_node_copy_attr(f, op, "padding", NULL, err) == TFGT_OK
                 ? TFGT_OK
                 : TFGT_E_NO_MEMORY;
    if (st == TFGT_OK && pad) {
        char list[256];
        snprintf(list, sizeof list, "list { i: 0 i: 0 i: %lld i: %lld i: %lld i: %lld i: 0 i: 0 }",
                 (long long)pads[0], (long long)pads[1], (long long)pads[2], (long long)pads[3]);
        st = tfgt_node_set_attr_from_text(f, "padding_list", list, err);
    }
    if (st == TFGT_OK && !conv)
        st = tfgt_node_set_type(f, "T1", TFGT_DT_QUINT8) == TFGT_OK &&
                     tfgt_node_set_type(f, "T2", TFGT_DT_QINT8) == TFGT_OK &&
                     tfgt_node_set_type(f, "Toutput", TFGT_DT_QUINT8) == TFGT_OK &&
                     (!tfgt_node_has_attr(op, "transpose_a") ||
                      tfgt_node_copy_attr(f, op, "transpose_a", NULL, err) == TFGT_OK) &&
                     (!tfgt_node_has_attr(op, "transpose_b") ||
                      tfgt_node_copy_attr(f, op, "transpose_b", NULL, err) == TFGT_OK)
                 ? TFGT_OK
                 : TFGT_E_NO_MEMORY;
    if (st == TFGT_OK && tfgt_node_set_type(f, "Tbias", TFGT_DT_FLOAT) != TFGT_OK)
        st = TFGT_E_NO_MEMORY;
    if (st == TFGT_OK && !emit_dequantize(out, last, main_name, err))
        st = TFGT_E_NO_MEMORY;
    if (st != TFGT_OK) {
        st = err && err->status ? err->status : oom(err);
        goto done;
    }
    if (pad)
        tfgt_transform_log(s->ctx, TFGT_LOG_INFO,
                           "quantize_nodes: '%s' takes the Pad '%s' as padding_list [%lld, %lld, "
                           "%lld, %lld]",
                           last, tfgt_node_name(pad), (long long)pads[0], (long long)pads[1],
                           (long long)pads[2], (long long)pads[3]);
    tfgt_transform_log(s->ctx, TFGT_LOG_INFO,
                       "quantize_nodes: fused '%s' as %s, output range [%g, %g]%s", last,
                       fused_op, (double)out_lo, (double)out_hi,
                       deq ? ", weights quantize_weights' codes"
                       : strcmp(tfgt_node_op(source_node(s->graph, tfgt_node_input(op, 1))),
                                "Dequantize") == 0
                           ? ", weights dequantized and quantized again over one range"
                           : "");
    s->converted += act ? 3 : 2;
    s->fused++;
done:
    free(quantized);
    free(main_name);
    free(base);
    free(unique);
    free(codes);
    free(wmin);
    free(wmax);
    free(bias_name);
    free(omin);
    free(omax);
    free(q0);
    free(q1);
    free(q2);
    tfgt_tensor_free(weights);
    tfgt_tensor_free(bias);
    tfgt_tensor_free(bias_vec);
    return st;
}

/* Remove the weight Dequantizes and absorbed Pads in `taken` that nothing
 * reads any more (the Dequantizes' Consts stay: the fused ops read them;
 * a Pad's paddings and constant go with it when nothing else reads them:
 * `pass` 1). */
static tfgt_status drop_unread_dequantizes(tfgt_graph *graph, const state *s,
                                           const range_cache *taken, int pass, tfgt_error *err)
{
    tfgt_consumers *consumers = tfgt_consumers_build(graph, err);
    size_t count = tfgt_graph_node_count(graph);
    bool *keep = calloc(count + 1, sizeof *keep);
    if (!consumers || !keep) {
        tfgt_consumers_free(consumers);
        free(keep);
        return err && err->status ? err->status : oom(err);
    }
    for (size_t i = 0; i < count; i++) {
        const tfgt_node *n = tfgt_graph_node(graph, i);
        const char *op = tfgt_node_op(n);
        bool unread = tfgt_consumers_count(consumers, n) == 0 &&
                      (pass == 0 ? strcmp(op, "Dequantize") == 0 || strcmp(op, "Pad") == 0 ||
                                       strcmp(op, "PadV2") == 0
                                 : strcmp(op, "Const") == 0) &&
                      !tfgt_transform_node_is_io(s->ctx, n);
        keep[i] = true;
        for (size_t k = 0; unread && k < taken->count; k++)
            if (strcmp(taken->items[k].name, tfgt_node_name(n)) == 0)
                keep[i] = false;
    }
    tfgt_graph_retain(graph, keep);
    tfgt_consumers_free(consumers);
    free(keep);
    return TFGT_OK;
}

/* The fusing step: measure (with calibration data), then rewrite the
 * chains with an activation, then those without. */
static tfgt_status fuse_layers(tfgt_graph *graph, state *s, const steps_config *cfg,
                               tfgt_error *err)
{
    range_cache ranges = {NULL, 0, 0, false}, taken = {NULL, 0, 0, false};
    tfgt_status st = TFGT_OK;
    s->fused_ranges = &ranges;
    s->fused_weights = &taken;
    s->fused = 0;
    if (s->ctx->calibration)
        st = measure_fused_outputs(graph, s, cfg, err);
    if (st == TFGT_OK)
        st = tfgt_replace_matches(graph, FUSE_WITH_ACTIVATION, fuse_one, s, false, NULL, err);
    if (st == TFGT_OK)
        st = tfgt_replace_matches(graph, FUSE_BIAS_ONLY, fuse_one, s, false, NULL, err);
    if (st == TFGT_OK && taken.count)
        st = drop_unread_dequantizes(graph, s, &taken, 0, err);
    if (st == TFGT_OK && taken.count)
        st = drop_unread_dequantizes(graph, s, &taken, 1, err);
    if (st == TFGT_OK && s->fused)
        tfgt_transform_log(s->ctx, TFGT_LOG_INFO,
                           "quantize_nodes: fused %zu layers (bias and activation requantized "
                           "once)",
                           s->fused);
    cache_clear(&ranges);
    cache_clear(&taken);
    s->fused_ranges = NULL;
    s->fused_weights = NULL;
    return st;
}

/* ---- the transform ----------------------------------------------------------------- */

static tfgt_status read_pair(const tfgt_params *params, const char *a, const char *b, bool *given,
                             float *va, float *vb, tfgt_error *err)
{
    size_t na = tfgt_params_count(params, a), nb = tfgt_params_count(params, b);
    tfgt_status st;
    *given = na > 0;
    if ((na > 0) != (nb > 0))
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                         "you must pass both %s and %s into quantize_nodes", a, b);
    if (!*given)
        return TFGT_OK;
    if ((st = tfgt_params_get_float(params, a, 0, va, err)) != TFGT_OK ||
        (st = tfgt_params_get_float(params, b, 0, vb, err)) != TFGT_OK)
        return st;
    if (!(*va <= *vb) || !isfinite(*va) || !isfinite(*vb))
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT, "%s (%g) must not be above %s (%g)", a,
                         (double)*va, b, (double)*vb);
    return TFGT_OK;
}

/* Steps 1-7 (and calibration) on `graph`. */
static tfgt_status run_steps(tfgt_graph *graph, state *s, const steps_config *cfg, tfgt_error *err)
{
    const tfgt_transform_info *merge = tfgt_transform_find("merge_duplicate_nodes");
    tfgt_transform_context plain = *s->ctx;
    tfgt_params none = {NULL, 0};
    tfgt_status st;
    if (cfg->has_input_range &&
        (st = quantize_placeholders(graph, cfg->input_min, cfg->input_max, err)) != TFGT_OK)
        return st;
    if ((st = tfgt_graph_validate(graph, err)) != TFGT_OK)
        return st;
    if ((st = repair_weight_ranges(graph, s, err)) != TFGT_OK)
        return st;
    {
        static const char *const hoist[3] = {
            "FakeQuantWithMinMaxVars(*(*(*(*))), Const, Const)",
            "FakeQuantWithMinMaxVars(*(*(*)), Const, Const)",
            "FakeQuantWithMinMaxVars(*(*), Const, Const)",
        };
        for (int d = 0; d < 3 && st == TFGT_OK; d++)
            st = tfgt_replace_matches(graph, hoist[d], hoist_one, s, false, NULL, err);
    }
    if (st == TFGT_OK)
        st = tfgt_replace_matches(graph, "FakeQuantWithMinMaxVars(*, Const, Const)", fake_quant_one,
                                  s, false, NULL, err);
    s->graph = graph;
    s->pattern = cfg->pattern;
    if (st == TFGT_OK && s->fuse)
        st = fuse_layers(graph, s, cfg, err);
    s->graph = graph;
    if (st == TFGT_OK && cfg->pattern[0])
        st = tfgt_replace_matches(graph, cfg->pattern, quantize_one, s, false, NULL, err);
    if (st == TFGT_OK)
        st = tfgt_replace_matches(
            graph,
            "Requantize(QuantizeV2(Dequantize(Requantize(*, *, *, RequantizationRange, "
            "RequantizationRange), Requantize, Requantize), Const, Const), QuantizeV2, "
            "QuantizeV2, Const, Const)",
            merge_requantize_one, s, false, NULL, err);
    plain.params = &none;
    plain.log = NULL;
    if (st == TFGT_OK && merge)
        st = merge->run(graph, &plain, err);
    if (st == TFGT_OK && !s->keep_redundant)
        st = remove_redundant_quantizations(graph, s, err);
    if (st == TFGT_OK)
        st = tfgt_graph_validate(graph, err);
    if (st == TFGT_OK && s->ctx->calibration && !s->has_fallback)
        st = calibrate(graph, s, cfg->percentile, err);
    return st;
}

/* ---- accuracy_target (tfgt extension) ------------------------------------------------
 * Layers are groups of quantizable nodes: an op and the single-consumer
 * chain after it that only adds a constant or applies a unary op (Conv2D
 * -> Add(bias) -> Relu6 is one layer).  Each candidate graph is the whole
 * transform run with the other layers' nodes kept float by name; ranges
 * are calibrated once, on the fully eight-bit graph, and reused. */

typedef struct accurate_nodes {
    const tfgt_graph *source;   /* the graph as given */
    const tfgt_transform_context *quiet; /* ctx without logging */
    const state *base;
    const steps_config *cfg;
    const char **nodes;  /* quantizable node names (owned by source) */
    size_t *group_of;    /* per node: its layer */
    size_t n_nodes, n_groups;
    const char **keep;   /* scratch: user keep_node + kept layers' nodes */
    range_cache cache;
} accurate_nodes;

static bool is_chain_op(const char *op)
{
    static const char *const ops[] = {"Relu", "Relu6", "Reshape", "MaxPool", "AvgPool",
                                      "Add", "BiasAdd", "Mul"};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (strcmp(op, ops[i]) == 0)
            return true;
    return false;
}

static tfgt_status group_layers(accurate_nodes *a, const char *pattern, tfgt_error *err)
{
    tfgt_node **order = NULL;
    tfgt_consumers *consumers = tfgt_consumers_build(a->source, err);
    size_t count = tfgt_graph_node_count(a->source);
    tfgt_status st = consumers ? tfgt_graph_topological_order(a->source, &order, err)
                               : err && err->status ? err->status : oom(err);
    if (st == TFGT_OK) {
        a->nodes = calloc(count + 1, sizeof *a->nodes);
        a->group_of = calloc(count + 1, sizeof *a->group_of);
        if (!a->nodes || !a->group_of)
            st = oom(err);
    }
    for (size_t i = 0; st == TFGT_OK && i < count; i++) {
        const tfgt_node *n = order[i], *p;
        const char *op = tfgt_node_op(n);
        char want[64];
        size_t group = a->n_groups;
        snprintf(want, sizeof want, "|%s|", op);
        {
            /* in the pattern (ignore_op removed) and not refused anyway */
            char bars[600];
            snprintf(bars, sizeof bars, "|%s|", pattern);
            if (!strstr(bars, want) || keep_float(n))
                continue;
        }
        p = tfgt_node_data_input_count(n) ? tfgt_graph_find_input_node(a->source,
                                                                       tfgt_node_input(n, 0))
                                          : NULL;
        if (p && is_chain_op(op) && tfgt_consumers_count(consumers, p) == 1) {
            bool other_const = tfgt_node_data_input_count(n) == 1;
            if (tfgt_node_data_input_count(n) == 2) {
                const tfgt_node *c = tfgt_graph_find_input_node(a->source, tfgt_node_input(n, 1));
                other_const = c && strcmp(tfgt_node_op(c), "Const") == 0;
            }
            for (size_t k = 0; other_const && k < a->n_nodes; k++)
                if (strcmp(a->nodes[k], tfgt_node_name(p)) == 0)
                    group = a->group_of[k];
        }
        a->nodes[a->n_nodes] = tfgt_node_name(n);
        a->group_of[a->n_nodes++] = group;
        if (group == a->n_groups)
            a->n_groups++;
    }
    free(order);
    tfgt_consumers_free(consumers);
    return st;
}

/* The graph with the layers in `quantized` eight-bit, the rest float. */
static tfgt_status build_nodes(void *user, const bool *quantized, tfgt_graph **out,
                               tfgt_error *err)
{
    accurate_nodes *a = user;
    state s = *a->base;
    size_t n_keep = a->base->n_keep;
    tfgt_graph *g = tfgt_graph_clone(a->source, err);
    tfgt_status st;
    if (!g)
        return err && err->status ? err->status : oom(err);
    for (size_t i = 0; i < a->n_nodes; i++)
        if (!quantized[a->group_of[i]])
            a->keep[n_keep++] = a->nodes[i];
    s.ctx = a->quiet;
    s.keep = a->keep;
    s.n_keep = n_keep;
    s.cache = &a->cache;
    st = run_steps(g, &s, a->cfg, err);
    if (st != TFGT_OK) {
        tfgt_graph_free(g);
        return st;
    }
    *out = g;
    return TFGT_OK;
}

/* The name of layer g: its first node. */
static const char *group_name(const accurate_nodes *a, size_t g, size_t *n_nodes)
{
    const char *first = NULL;
    *n_nodes = 0;
    for (size_t i = 0; i < a->n_nodes; i++)
        if (a->group_of[i] == g) {
            first = first ? first : a->nodes[i];
            (*n_nodes)++;
        }
    return first;
}

/* Choose the layers to keep float and leave the result in `graph`. */
static tfgt_status quantize_accurately(tfgt_graph *graph, state *base, const steps_config *cfg,
                                       float target, tfgt_error *err)
{
    const tfgt_transform_context *ctx = base->ctx;
    tfgt_transform_context quiet = *ctx;
    accurate_nodes a = {graph, &quiet, base, cfg, NULL, NULL, 0, 0, NULL, {NULL, 0, 0, false}};
    tfgt_sensitivity *engine = NULL;
    tfgt_sensitivity_score *alone = NULL, *reached = NULL, final = {1, INFINITY};
    size_t *order = NULL, n_kept = 0;
    bool *keep = NULL, *all = NULL;
    tfgt_run_options options = {0, 0, false};
    tfgt_graph *source = tfgt_graph_clone(graph, err), *result = NULL;
    tfgt_status st = source ? TFGT_OK : err && err->status ? err->status : oom(err);
    quiet.log = NULL;
    a.source = source;
    if (st == TFGT_OK)
        st = group_layers(&a, cfg->pattern, err);
    if (st == TFGT_OK) {
        a.keep = calloc(base->n_keep + a.n_nodes + 1, sizeof *a.keep);
        alone = calloc(a.n_groups + 1, sizeof *alone);
        reached = calloc(a.n_groups + 1, sizeof *reached);
        order = calloc(a.n_groups + 1, sizeof *order);
        keep = calloc(a.n_groups + 1, sizeof *keep);
        all = calloc(a.n_groups + 1, sizeof *all);
        if (!a.keep || !alone || !reached || !order || !keep || !all)
            st = oom(err);
    }
    for (size_t i = 0; a.keep && i < base->n_keep; i++)
        a.keep[i] = base->keep[i];
    for (size_t g = 0; all && g < a.n_groups; g++) {
        all[g] = true;
        alone[g].agreement = reached[g].agreement = NAN;
    }
    /* measure every range once: all layers eight-bit, step 7 skipped so
     * that every input range exists */
    if (st == TFGT_OK && ctx->calibration && !base->has_fallback) {
        state fill = *base;
        tfgt_graph *g = tfgt_graph_clone(source, err);
        st = g ? TFGT_OK : err && err->status ? err->status : oom(err);
        fill.ctx = &quiet;
        fill.cache = &a.cache;
        fill.keep_redundant = true;
        a.cache.filling = true;
        if (st == TFGT_OK)
            st = run_steps(g, &fill, cfg, err);
        a.cache.filling = false;
        tfgt_graph_free(g);
    }
    if (st == TFGT_OK)
        st = tfgt_sensitivity_new(source, ctx->calibration, ctx->outputs, ctx->n_outputs, &options,
                                  &engine, err);
    if (st == TFGT_OK && (st = build_nodes(&a, all, &result, err)) == TFGT_OK)
        st = tfgt_sensitivity_score_graph(engine, result, &final, err);
    tfgt_graph_free(result);
    result = NULL;
    if (st == TFGT_OK && final.agreement < target) {
        st = tfgt_sensitivity_each_alone(engine, a.n_groups, build_nodes, &a, NULL, alone, err);
        tfgt_sensitivity_rank(alone, NULL, a.n_groups, order);
        if (st == TFGT_OK)
            st = tfgt_sensitivity_select(engine, a.n_groups, build_nodes, &a, order, target, keep,
                                         reached, &final, err);
    }
    if (st == TFGT_OK) {
        /* the chosen graph, built again with the real log */
        state chosen = *base;
        size_t n_keep = base->n_keep;
        for (size_t i = 0; i < a.n_nodes; i++)
            if (keep[a.group_of[i]])
                a.keep[n_keep++] = a.nodes[i];
        chosen.keep = a.keep;
        chosen.n_keep = n_keep;
        chosen.cache = &a.cache;
        st = run_steps(graph, &chosen, cfg, err);
        base->converted = chosen.converted;
        base->skipped = chosen.skipped;
    }
    for (size_t g = 0; st == TFGT_OK && g < a.n_groups; g++) {
        size_t n_nodes;
        const char *name = group_name(&a, g, &n_nodes);
        if (!keep[g])
            continue;
        n_kept++;
        tfgt_transform_log(ctx, TFGT_LOG_INFO,
                           "quantize_nodes: kept '%s' (%zu nodes) in float: eight-bit alone it "
                           "gives top-1 agreement %.1f%%, output SQNR %.1f dB; the samples "
                           "reached %.1f%% when it was kept",
                           name, n_nodes, 100.0 * alone[g].agreement, alone[g].sqnr_db,
                           100.0 * reached[g].agreement);
    }
    if (st == TFGT_OK) {
        tfgt_transform_log(ctx, TFGT_LOG_INFO,
                           "quantize_nodes: top-1 agreement with float on %zu calibration samples "
                           "%.1f%% (target %.1f%%), output SQNR %.1f dB; %zu of %zu layers kept "
                           "in float; %zu graphs scored",
                           ctx->calibration->n_samples, 100.0 * final.agreement, 100.0 * target,
                           final.sqnr_db, n_kept, a.n_groups,
                           tfgt_sensitivity_evaluations(engine));
        if (final.agreement < target)
            tfgt_transform_log(ctx, TFGT_LOG_WARNING,
                               "quantize_nodes: accuracy_target %g not reached even with every "
                               "layer in float",
                               (double)target);
    }
    tfgt_sensitivity_free(engine);
    cache_clear(&a.cache);
    tfgt_graph_free(source);
    free(a.nodes);
    free(a.group_of);
    free(a.keep);
    free(alone);
    free(reached);
    free(order);
    free(keep);
    free(all);
    return st;
}

tfgt_status tfgt_transform_quantize_nodes(tfgt_graph *graph, const tfgt_transform_context *ctx,
                                          tfgt_error *err)
{
    state s = {ctx, NULL, false, false, false, 0, 0, 0, 0, 0, NULL, 0, NULL, false,
               false, false, NULL, NULL, 0, NULL};
    steps_config cfg = {false, 0, 0, 0, NULL};
    float target = 0;
    bool has_target = false;
    char pattern[512] = "";
    const char **keep = NULL;
    tfgt_status st;

    if ((st = read_pair(ctx->params, "input_min", "input_max", &cfg.has_input_range,
                        &cfg.input_min, &cfg.input_max, err)) != TFGT_OK ||
        (st = read_pair(ctx->params, "fallback_min", "fallback_max", &s.has_fallback,
                        &s.fallback_min, &s.fallback_max, err)) != TFGT_OK ||
        (st = tfgt_params_get_float(ctx->params, "calibration_percentile", 0, &cfg.percentile,
                                    err)) != TFGT_OK ||
        (st = tfgt_params_get_bool(ctx->params, "per_channel", false, &s.per_channel, err)) !=
            TFGT_OK ||
        (st = tfgt_params_get_bool(ctx->params, "dequantize_wide", false, &s.dequantize_wide,
                                   err)) != TFGT_OK ||
        (st = tfgt_params_get_bool(ctx->params, "fuse", false, &s.fuse, err)) != TFGT_OK ||
        (st = tfgt_params_get_float(ctx->params, "accuracy_target", 0, &target, err)) != TFGT_OK)
        return st;
    if (!(cfg.percentile >= 0 && cfg.percentile < 50))
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                         "calibration_percentile must be from 0 to below 50, got %g",
                         (double)cfg.percentile);
    has_target = tfgt_params_count(ctx->params, "accuracy_target") > 0;
    if (has_target) {
        if (!(target > 0 && target <= 1))
            return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                             "accuracy_target must be above 0 and at most 1, got %g",
                             (double)target);
        if (!ctx->calibration)
            return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                             "accuracy_target needs sample inputs (--calibration_data)");
        if (!ctx->n_outputs)
            return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                             "accuracy_target needs the graph's outputs (--outputs)");
    }
    s.n_keep = tfgt_params_count(ctx->params, "keep_node");
    if (s.n_keep) {
        keep = calloc(s.n_keep, sizeof *keep);
        if (!keep)
            return oom(err);
        for (size_t i = 0; i < s.n_keep; i++) {
            keep[i] = tfgt_params_value(ctx->params, "keep_node", i);
            if (!tfgt_graph_find_node(graph, keep[i])) {
                st = tfgt_fail(err, TFGT_E_INVALID_ARGUMENT, "keep_node '%s' names no node",
                               keep[i]);
                free(keep);
                return st;
            }
        }
        s.keep = keep;
    }
    for (size_t i = 0; i < sizeof quantizable / sizeof quantizable[0]; i++) {
        bool ignored = false;
        for (size_t k = 0; k < tfgt_params_count(ctx->params, "ignore_op"); k++)
            ignored |= strcmp(tfgt_params_value(ctx->params, "ignore_op", k), quantizable[i].op) == 0;
        if (ignored)
            continue;
        if (pattern[0])
            strcat(pattern, "|");
        strcat(pattern, quantizable[i].op);
    }
    cfg.pattern = pattern;
    for (size_t k = 0; k < tfgt_params_count(ctx->params, "ignore_op"); k++)
        s.depthwise_ignored |=
            strcmp(tfgt_params_value(ctx->params, "ignore_op", k), "DepthwiseConv2dNative") == 0;
    {
        float lo = cfg.input_min, hi = cfg.input_max;
        if (cfg.has_input_range && widen_range(&cfg.input_min, &cfg.input_max))
            tfgt_transform_log(ctx, TFGT_LOG_WARNING,
                               "quantize_nodes: input range [%g, %g] widened to [%g, %g]",
                               (double)lo, (double)hi, (double)cfg.input_min,
                               (double)cfg.input_max);
        lo = s.fallback_min;
        hi = s.fallback_max;
        if (s.has_fallback && widen_range(&s.fallback_min, &s.fallback_max))
            tfgt_transform_log(ctx, TFGT_LOG_WARNING,
                               "quantize_nodes: fallback range [%g, %g] widened to [%g, %g]",
                               (double)lo, (double)hi, (double)s.fallback_min,
                               (double)s.fallback_max);
    }
    st = has_target ? quantize_accurately(graph, &s, &cfg, target, err)
                    : run_steps(graph, &s, &cfg, err);
    if (st == TFGT_OK)
        tfgt_transform_log(ctx, TFGT_LOG_INFO,
                           "quantize_nodes: %zu nodes made eight-bit, %zu left in float", s.converted,
                           s.skipped);
    free(keep);
    return st;
}
