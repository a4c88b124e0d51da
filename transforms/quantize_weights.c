/* quantize_weights.c - large float Consts become eight-bit: a quint8 Const
 * "<name>_quantized_const", float scalars "<name>_quantized_min/_max" and
 * a Dequantize(T=quint8, mode=MIN_FIRST) that takes the Const's name, so
 * consumers keep working and the file shrinks about 4x (spec §2.14).
 * The range always includes 0 (max starts at FLT_MIN, as TensorFlow's
 * does), and each value is TensorFlow's FloatToQuantized<quint8>:
 * round(v * s) - round(min * s) in double with s = 256 / ((max - min) *
 * 256/255) where max - min is a float subtraction, ties away from zero, clamped to [0, 255] — so codes are bit-identical to
 * TensorFlow's.  Unlike TensorFlow, a Const holding NaN or infinity is
 * left alone (its range would be meaningless) and control inputs are
 * kept on the Dequantize.
 * per_channel=true (tfgt extension): weights of Conv2D, depthwise convs
 * with multiplier 1 and MatMul get one symmetric range per output channel
 * instead (qint8, Dequantize SCALED with narrow_range and axis), which
 * TensorFlow runs too; other Consts stay per tensor.
 *
 * tfgt extensions for accuracy (none changes the output unless given):
 *   keep_node=NAME (repeatable): the weights of node NAME (the Const, or a
 *     conv/matmul reading it) stay float;  keep_op=OP (repeatable): so do
 *     the weights every op of type OP reads;
 *   keep_as=float16|float: how kept weights are stored (float16: a half
 *     Const and a Cast, as float16_weights writes them);
 *   clip=minmax|mse: ranges from the raw min/max (TensorFlow's) or the
 *     clipping that minimises the squared error of each range;
 *   bias_correction=true|false (needs --calibration_data): subtract from
 *     the bias Const after each quantized conv/matmul the mean output
 *     shift (Wq - W)·E[x], E[x] the per-channel mean input over the
 *     samples;
 *   accuracy_target=T (needs --calibration_data and --outputs): measure
 *     each layer's sensitivity on the samples and keep the most sensitive
 *     in float16, as few as it can, until the top-1 agreement with the
 *     float graph on the samples is at least T (lib/sensitivity.c).
 * With accuracy_target, clip defaults to mse; with calibration data and
 * per_channel, bias_correction defaults to true.  Whenever one of these
 * is in use, the bias Const right after a conv/matmul stays float32
 * whatever its size (a few floats per channel; quantizing it undoes the
 * correction and costs more accuracy than it saves bytes). */
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

/* ---- one weight tensor made eight-bit ------------------------------------------------- */

/* Codes and ranges of one quantized Const: per tensor (axis -1: quint8
 * codes, scalar min and max, MIN_FIRST) or per channel along `axis`
 * (qint8 codes in [-127, 127], ranges [-m, m] per channel, SCALED). */
typedef struct quantized_weights {
    tfgt_tensor *codes, *mins, *maxs;
    int axis;
} quantized_weights;

static void quantized_weights_clear(quantized_weights *q)
{
    tfgt_tensor_free(q->codes);
    tfgt_tensor_free(q->mins);
    tfgt_tensor_free(q->maxs);
    q->codes = q->mins = q->maxs = NULL;
}

/* The float Dequantize(MIN_FIRST, quint8) gives for `code` (spec §4.1). */
static float min_first_value(uint8_t code, float min, float max)
{
    float scale = (max - min) / 255.0f;
    if (!(scale > 0))
        return min;
    return (float)code * scale + roundf(min / scale) * scale;
}

/* Squared error of quantizing v[0..n) per tensor to [min, max]. */
static double per_tensor_error(const float *v, int64_t n, float min, float max)
{
    double e = 0;
    for (int64_t i = 0; i < n; i++) {
        double d = (double)min_first_value(tfgt_float_to_quint8(v[i], min, max), min, max) - v[i];
        e += d * d;
    }
    return e;
}

/* Clipping candidates for clip=mse: the raw range times 1.00, 0.99, ...,
 * 0.30 (below that the clipped tail always costs more on real weights). */
#define CLIP_STEPS 71
static float clip_factor(int k)
{
    return 1.0f - 0.01f * (float)k;
}

static tfgt_status new_tensors(quantized_weights *q, int code_dtype, const tfgt_tensor *w,
                               int range_rank, int64_t channels, tfgt_error *err)
{
    q->codes = tfgt_tensor_new(code_dtype, w->rank, w->dims, 0, err);
    q->mins = tfgt_tensor_new(TFGT_DT_FLOAT, range_rank, &channels, 0, err);
    q->maxs = tfgt_tensor_new(TFGT_DT_FLOAT, range_rank, &channels, 0, err);
    if (!q->codes || !q->mins || !q->maxs) {
        quantized_weights_clear(q);
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    }
    return TFGT_OK;
}

static tfgt_status quantize_per_tensor(const tfgt_tensor *w, bool mse, quantized_weights *q,
                                       tfgt_error *err)
{
    const float *v = w->data;
    float min = FLT_MAX, max = FLT_MIN;
    tfgt_status st = new_tensors(q, TFGT_DT_QUINT8, w, 0, 1, err);
    if (st != TFGT_OK)
        return st;
    q->axis = -1;
    for (int64_t i = 0; i < w->count; i++) {
        min = v[i] < min ? v[i] : min;
        max = v[i] > max ? v[i] : max;
    }
    min = min < 0.0f ? min : 0.0f;
    max = max > 0.0f ? max : 0.0f;
    /* All zeros: TensorFlow keeps [0, FLT_MIN], whose Dequantize step
     * flushes to zero and gives NaN; [0, 1] stores the same zero codes. */
    if (max - min < 1e-30f) {
        min = 0.0f;
        max = 1.0f;
    }
    if (mse) {
        double best = per_tensor_error(v, w->count, min, max);
        float f_best = 1.0f;
        for (int k = 1; k < CLIP_STEPS; k++) {
            float f = clip_factor(k);
            double e = per_tensor_error(v, w->count, min * f, max * f);
            if (e < best) {
                best = e;
                f_best = f;
            }
        }
        min *= f_best;
        max *= f_best;
    }
    for (int64_t i = 0; i < w->count; i++)
        ((uint8_t *)q->codes->data)[i] = tfgt_float_to_quint8(v[i], min, max);
    *(float *)q->mins->data = min;
    *(float *)q->maxs->data = max;
    return TFGT_OK;
}

static int8_t symmetric_code(float v, float m)
{
    float code = m > 0 ? roundf(v * (127.0f / m)) : 0.0f;
    return (int8_t)(code > 127 ? 127 : code < -127 ? -127 : code);
}

/* The float Dequantize(SCALED, qint8, narrow_range) gives for `code`. */
static float symmetric_value(int8_t code, float m)
{
    return (float)code * (m / 127.0f);
}

static tfgt_status quantize_per_channel(const tfgt_tensor *w, int axis, bool mse,
                                        quantized_weights *q, tfgt_error *err)
{
    int64_t channels = w->dims[axis], inner = 1;
    const float *v = w->data;
    float *maxs;
    tfgt_status st = new_tensors(q, TFGT_DT_QINT8, w, 1, channels, err);
    if (st != TFGT_OK)
        return st;
    q->axis = axis;
    maxs = q->maxs->data;
    for (int d = axis + 1; d < w->rank; d++)
        inner *= w->dims[d];
    for (int64_t i = 0; i < w->count; i++) {
        int64_t c = (i / inner) % channels;
        float m = fabsf(v[i]);
        maxs[c] = m > maxs[c] ? m : maxs[c];
    }
    /* a channel of zeros (or of values so small that 127 / m overflows)
     * stores zero codes over [-1, 1]: a usable range, and exact */
    for (int64_t c = 0; c < channels; c++)
        if (!(maxs[c] >= FLT_MIN))
            maxs[c] = 0.0f;
    /* the clipping search holds CLIP_STEPS errors per channel: past a
     * quarter GB of them (millions of channels) ranges stay min/max */
    if (mse && (uint64_t)channels > (256u << 20) / (CLIP_STEPS * 16u))
        mse = false;
    if (mse) {
        /* every candidate clip of every channel in one pass over w */
        double *e = calloc((size_t)channels * CLIP_STEPS, sizeof *e);
        float *to_code = malloc((size_t)channels * CLIP_STEPS * sizeof *to_code);
        float *step = malloc((size_t)channels * CLIP_STEPS * sizeof *step);
        if (!e || !to_code || !step) {
            free(e);
            free(to_code);
            free(step);
            quantized_weights_clear(q);
            return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        }
        /* the same float factors symmetric_code/value use, computed once */
        for (int64_t c = 0; c < channels; c++)
            for (int k = 0; k < CLIP_STEPS; k++) {
                float m = maxs[c] * clip_factor(k);
                to_code[c * CLIP_STEPS + k] = m > 0 ? 127.0f / m : 0.0f;
                step[c * CLIP_STEPS + k] = m / 127.0f;
            }
        for (int64_t i = 0; i < w->count; i++) {
            int64_t c = (i / inner) % channels;
            const float *tc = to_code + c * CLIP_STEPS, *sc = step + c * CLIP_STEPS;
            double *ec = e + c * CLIP_STEPS;
            for (int k = 0; k < CLIP_STEPS; k++) {
                float code = roundf(v[i] * tc[k]);
                double d;
                code = code > 127 ? 127 : code < -127 ? -127 : code;
                d = (double)(code * sc[k]) - v[i];
                ec[k] += d * d;
            }
        }
        free(to_code);
        free(step);
        for (int64_t c = 0; c < channels; c++) {
            int best = 0;
            for (int k = 1; k < CLIP_STEPS; k++)
                if (e[c * CLIP_STEPS + k] < e[c * CLIP_STEPS + best])
                    best = k;
            maxs[c] *= clip_factor(best);
        }
        free(e);
    }
    for (int64_t i = 0; i < w->count; i++)
        ((int8_t *)q->codes->data)[i] = symmetric_code(v[i], maxs[(i / inner) % channels]);
    for (int64_t c = 0; c < channels; c++) {
        if (maxs[c] == 0.0f)
            maxs[c] = 1.0f;
        ((float *)q->mins->data)[c] = -maxs[c];
    }
    return TFGT_OK;
}

/* Element i of the weights as the Dequantize will give it back. */
static float dequantized_value(const quantized_weights *q, int64_t i)
{
    if (q->axis < 0)
        return min_first_value(((const uint8_t *)q->codes->data)[i], *(float *)q->mins->data,
                               *(float *)q->maxs->data);
    {
        int64_t channels = q->codes->dims[q->axis], inner = 1;
        for (int d = q->axis + 1; d < q->codes->rank; d++)
            inner *= q->codes->dims[d];
        return symmetric_value(((const int8_t *)q->codes->data)[i],
                               ((const float *)q->maxs->data)[(i / inner) % channels]);
    }
}

/* Write the Const, its range Consts and the Dequantize that takes the
 * original Const's name (control inputs move onto the Dequantize). */
static tfgt_status emit_quantized(tfgt_graph *out, const tfgt_node *node,
                                  const quantized_weights *q, tfgt_error *err)
{
    size_t len = strlen(tfgt_node_name(node)) + 32;
    char *const_name = malloc(len), *min_name = malloc(len), *max_name = malloc(len);
    tfgt_node *deq = NULL;
    tfgt_status st = TFGT_OK;
    if (!const_name || !min_name || !max_name) {
        st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        goto done;
    }
    snprintf(const_name, len, "%s_quantized_const", tfgt_node_name(node));
    snprintf(min_name, len, "%s_quantized_min", tfgt_node_name(node));
    snprintf(max_name, len, "%s_quantized_max", tfgt_node_name(node));
    if (!tfgt_graph_add_const(out, const_name, q->codes, err) ||
        !tfgt_graph_add_const(out, min_name, q->mins, err) ||
        !tfgt_graph_add_const(out, max_name, q->maxs, err) ||
        !(deq = tfgt_graph_add_node(out, tfgt_node_name(node), "Dequantize", err))) {
        st = err && err->status ? err->status : TFGT_E_NO_MEMORY;
        goto done;
    }
    if (tfgt_node_add_input(deq, const_name) != TFGT_OK ||
        tfgt_node_add_input(deq, min_name) != TFGT_OK ||
        tfgt_node_add_input(deq, max_name) != TFGT_OK ||
        tfgt_node_set_type(deq, "T", q->axis < 0 ? TFGT_DT_QUINT8 : TFGT_DT_QINT8) != TFGT_OK) {
        st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        goto done;
    }
    if (q->axis < 0)
        st = tfgt_node_set_string(deq, "mode", "MIN_FIRST", 9);
    else if (tfgt_node_set_string(deq, "mode", "SCALED", 6) != TFGT_OK ||
             tfgt_node_set_bool(deq, "narrow_range", true) != TFGT_OK ||
             tfgt_node_set_int(deq, "axis", q->axis) != TFGT_OK)
        st = TFGT_E_NO_MEMORY;
    if (st != TFGT_OK) {
        st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < tfgt_node_input_count(node) && st == TFGT_OK; i++)
        if (tfgt_node_input(node, i)[0] == '^')
            st = tfgt_node_add_input(deq, tfgt_node_input(node, i));
done:
    free(const_name);
    free(min_name);
    free(max_name);
    return st;
}


/* Why `w` must stay float, or NULL: NaN or infinity anywhere; and when it
 * would get one range for the whole tensor (`per_tensor`), a range wider
 * than a float holds, or an outlier so large that most of its nonzero
 * values would round to code zero (their information lost). */
static const char *unquantizable(const tfgt_tensor *w, bool per_tensor)
{
    const float *v = w->data;
    float min = 0.0f, max = 0.0f, half_step;
    int64_t nonzero = 0, tiny = 0;
    for (int64_t k = 0; k < w->count; k++) {
        if (!isfinite(v[k]))
            return "it holds NaN or infinity";
        min = v[k] < min ? v[k] : min;
        max = v[k] > max ? v[k] : max;
    }
    if (!per_tensor)
        return NULL;
    if (!isfinite(max - min))
        return "its range is wider than a float holds";
    half_step = (max - min) / 510.0f;
    for (int64_t k = 0; k < w->count; k++)
        if (v[k] != 0.0f) {
            nonzero++;
            tiny += fabsf(v[k]) < half_step;
        }
    if (nonzero && 2 * tiny > nonzero)
        return "an outlier would round most of its values to zero";
    return NULL;
}

/* The output-channel axis of `node` when every reader takes it as the
 * weights of a Conv2D (HWIO: 3), a depthwise conv with multiplier 1 (2)
 * or a MatMul (1, or 0 with transpose_b); -1 otherwise. */
static int weight_axis(const tfgt_graph *graph, const tfgt_consumers *consumers,
                       const tfgt_node *node, const tfgt_tensor *w)
{
    int axis = -1;
    if (!tfgt_match_read_only_as_weights(graph, consumers, node))
        return -1;
    for (size_t i = 0; i < tfgt_consumers_count(consumers, node); i++) {
        const tfgt_node *c = tfgt_consumers_get(consumers, node, i);
        const char *op = tfgt_node_op(c);
        bool tb = false;
        int a;
        if (strcmp(op, "Conv2D") == 0 && w->rank == 4)
            a = 3;
        else if (strcmp(op, "DepthwiseConv2dNative") == 0 && w->rank == 4 && w->dims[3] == 1)
            a = 2;
        else if (strcmp(op, "MatMul") == 0 && w->rank == 2)
            a = (tfgt_node_get_bool(c, "transpose_b", &tb, NULL), tb ? 0 : 1);
        else
            return -1;
        if (axis >= 0 && a != axis)
            return -1;
        axis = a;
    }
    return axis;
}

/* ---- TensorFlow's form (and per_channel) ------------------------------------------------ */

typedef struct quantize_state {
    const tfgt_transform_context *ctx;
    int32_t minimum_size;
    bool per_channel;
    const tfgt_consumers *consumers;
    const tfgt_graph *graph;
    size_t converted, per_channel_converted;
} quantize_state;

static tfgt_status offer(void *user, const tfgt_node *node, const tfgt_tensor *w,
                         tfgt_graph *out, bool *replaced, tfgt_error *err)
{
    quantize_state *s = user;
    quantized_weights q = {NULL, NULL, NULL, -1};
    const char *why;
    int axis = -1;
    tfgt_status st;
    if (w->dtype != TFGT_DT_FLOAT || w->count < s->minimum_size)
        return TFGT_OK;
    if (s->per_channel)
        axis = weight_axis(s->graph, s->consumers, node, w);
    if ((why = unquantizable(w, axis < 0)) != NULL) {
        tfgt_transform_log(s->ctx, TFGT_LOG_WARNING, "quantize_weights: left '%s' in float: %s",
                           tfgt_node_name(node), why);
        return TFGT_OK;
    }
    *replaced = true;
    s->converted++;
    if (axis >= 0) {
        s->per_channel_converted++;
        st = quantize_per_channel(w, axis, false, &q, err);
    } else {
        st = quantize_per_tensor(w, false, &q, err);
    }
    if (st == TFGT_OK)
        st = emit_quantized(out, node, &q, err);
    quantized_weights_clear(&q);
    return st;
}

/* ---- accuracy-aware quantization (tfgt extensions) ------------------------------------- */

typedef struct layer {
    const char *name;     /* the weight Const (owned by the source graph) */
    tfgt_tensor *weights;
    int axis;             /* output-channel axis for its readers; -1: none */
    const tfgt_node *reader; /* the one conv/matmul reading it, or NULL */
    const char *forced;   /* why it must stay float, or NULL */
    const char *unquantizable; /* why it stays float32 even with keep_as=float16 */
    quantized_weights q;
    const char *bias;     /* the bias Const corrected while it is quantized */
    float *shift;         /* the mean output shift per channel, subtracted from it */
    const char *no_bias;  /* why bias correction did not apply */
    bool is_bias;         /* the bias after another layer (then not a layer) */
} layer;

typedef struct accurate {
    const tfgt_transform_context *ctx;
    const tfgt_graph *source; /* the graph as given */
    tfgt_consumers *consumers;
    layer *layers;
    size_t n_layers;
    bool per_channel, mse, keep_half;
    const bool *quantized; /* the subset being built */
} accurate;

static tfgt_status oom(tfgt_error *err)
{
    return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
}

static layer *find_layer(const accurate *a, const char *name)
{
    for (size_t i = 0; i < a->n_layers; i++)
        if (strcmp(a->layers[i].name, name) == 0)
            return &a->layers[i];
    return NULL;
}

static bool param_has(const tfgt_params *params, const char *key, const char *value)
{
    for (size_t i = 0; i < tfgt_params_count(params, key); i++)
        if (strcmp(tfgt_params_value(params, key, i), value) == 0)
            return true;
    return false;
}

/* Why the weights in `node` must stay float (keep_node, keep_op), or NULL. */
static const char *forced_reason(const accurate *a, const tfgt_node *node)
{
    const tfgt_params *p = a->ctx->params;
    if (param_has(p, "keep_node", tfgt_node_name(node)))
        return "keep_node names it";
    for (size_t i = 0; i < tfgt_consumers_count(a->consumers, node); i++) {
        const tfgt_node *c = tfgt_consumers_get(a->consumers, node, i);
        if (param_has(p, "keep_node", tfgt_node_name(c)))
            return "keep_node names its reader";
        if (param_has(p, "keep_op", tfgt_node_op(c)))
            return "keep_op names its reader's op";
    }
    return NULL;
}

/* Every Const the transform would quantize becomes a layer (graph order). */
static tfgt_status collect_layers(accurate *a, int32_t minimum_size, tfgt_error *err)
{
    size_t count = tfgt_graph_node_count(a->source);
    tfgt_status st = TFGT_OK;
    a->layers = calloc(count + 1, sizeof *a->layers);
    if (!a->layers)
        return oom(err);
    for (size_t i = 0; i < count && st == TFGT_OK; i++) {
        const tfgt_node *node = tfgt_graph_node(a->source, i);
        layer *l = &a->layers[a->n_layers];
        tfgt_tensor *w = NULL;
        const char *why;
        if (strcmp(tfgt_node_op(node), "Const") != 0)
            continue;
        st = tfgt_node_get_tensor(node, "value", 0, &w, err);
        if (st != TFGT_OK)
            break;
        if (w->dtype != TFGT_DT_FLOAT || w->count < minimum_size) {
            tfgt_tensor_free(w);
            continue;
        }
        l->axis = weight_axis(a->source, a->consumers, node, w);
        l->name = tfgt_node_name(node);
        l->weights = w;
        /* still a layer (a bias after it is recognised as one), but float32 */
        if ((why = unquantizable(w, !a->per_channel || l->axis < 0)) != NULL) {
            tfgt_transform_log(a->ctx, TFGT_LOG_WARNING,
                               "quantize_weights: left '%s' in float: %s", tfgt_node_name(node),
                               why);
            l->unquantizable = why;
        }
        l->reader = tfgt_consumers_count(a->consumers, node) == 1 && l->axis >= 0
                        ? tfgt_consumers_get(a->consumers, node, 0)
                        : NULL;
        l->forced = l->unquantizable ? l->unquantizable : forced_reason(a, node);
        l->q.axis = -1;
        a->n_layers++;
    }
    return st;
}

static const tfgt_node *find_bias(const accurate *a, const layer *l);

/* Warn about keep_node names that hold or read no weights it would
 * quantize (a typo, or a node whose weights are below minimum_size). */
static void warn_unused_keep_nodes(const accurate *a)
{
    const tfgt_params *p = a->ctx->params;
    for (size_t k = 0; k < tfgt_params_count(p, "keep_node"); k++) {
        const char *name = tfgt_params_value(p, "keep_node", k);
        bool used = false;
        for (size_t i = 0; i < a->n_layers && !used; i++) {
            const tfgt_node *node = tfgt_graph_find_node(a->source, a->layers[i].name);
            used = strcmp(a->layers[i].name, name) == 0;
            for (size_t c = 0; c < tfgt_consumers_count(a->consumers, node) && !used; c++)
                used = strcmp(tfgt_node_name(tfgt_consumers_get(a->consumers, node, c)), name) == 0;
        }
        if (!used)
            tfgt_transform_log(a->ctx, TFGT_LOG_WARNING,
                               "quantize_weights: keep_node '%s' holds or reads no weights it "
                               "would quantize",
                               name);
    }
}

/* Bias Consts stay float: one value per channel costs little, their
 * error is not relative to anything and bias correction edits them. */
static void drop_biases(accurate *a)
{
    size_t kept = 0;
    for (size_t i = 0; i < a->n_layers; i++) {
        const tfgt_node *bias = a->layers[i].reader ? find_bias(a, &a->layers[i]) : NULL;
        layer *b = bias ? find_layer(a, tfgt_node_name(bias)) : NULL;
        if (b)
            b->is_bias = true;
    }
    for (size_t i = 0; i < a->n_layers; i++) {
        if (a->layers[i].is_bias)
            tfgt_tensor_free(a->layers[i].weights);
        else
            a->layers[kept++] = a->layers[i];
    }
    a->n_layers = kept;
}

static tfgt_status quantize_layers(accurate *a, tfgt_error *err)
{
    tfgt_status st = TFGT_OK;
    for (size_t i = 0; i < a->n_layers && st == TFGT_OK; i++) {
        layer *l = &a->layers[i];
        if (!l->forced)
            st = a->per_channel && l->axis >= 0
                     ? quantize_per_channel(l->weights, l->axis, a->mse, &l->q, err)
                     : quantize_per_tensor(l->weights, a->mse, &l->q, err);
    }
    return st;
}

/* Input channels of the layer's reader (the dimension its weights sum
 * over), or 0 when bias correction cannot model the reader. */
static int64_t input_channels(const layer *l)
{
    const char *op = tfgt_node_op(l->reader);
    const char *format = NULL;
    size_t len = 0;
    bool ta = false;
    if (strcmp(op, "MatMul") == 0) {
        tfgt_node_get_bool(l->reader, "transpose_a", &ta, NULL); /* absent: false */
        if (ta)
            return 0;
        return l->axis == 0 ? l->weights->dims[1] : l->weights->dims[0];
    }
    if (tfgt_node_get_string(l->reader, "data_format", &format, &len, NULL) == TFGT_OK &&
        !(len == 4 && memcmp(format, "NHWC", 4) == 0))
        return 0;
    return l->weights->dims[2];
}

/* The bias Const after the layer's reader: its only reader is a BiasAdd or
 * Add of the reader's output and that Const (one float per channel). */
static const tfgt_node *find_bias(const accurate *a, const layer *l)
{
    const tfgt_node *add, *bias = NULL;
    int64_t channels = l->weights->dims[l->axis];
    int dtype = 0;
    tfgt_shape shape;
    const char *op;
    /* read by more than the bias, correcting it would not cover the others */
    if (tfgt_consumers_count(a->consumers, l->reader) != 1)
        return NULL;
    add = tfgt_consumers_get(a->consumers, l->reader, 0);
    op = tfgt_node_op(add);
    if (tfgt_node_data_input_count(add) != 2 ||
        (strcmp(op, "BiasAdd") != 0 && strcmp(op, "Add") != 0 && strcmp(op, "AddV2") != 0))
        return NULL;
    for (size_t k = 0; k < 2; k++) {
        const tfgt_node *in = tfgt_graph_find_input_node(a->source, tfgt_node_input(add, k));
        if (in != l->reader && in && strcmp(tfgt_node_op(in), "Const") == 0 &&
            (k == 1 || strcmp(op, "BiasAdd") != 0))
            bias = in;
    }
    if (!bias || tfgt_consumers_count(a->consumers, bias) != 1 ||
        tfgt_node_get_tensor_info(bias, "value", &dtype, &shape, NULL) != TFGT_OK ||
        dtype != TFGT_DT_FLOAT || shape.unknown_rank || shape.rank != 1 ||
        shape.dims[0] != channels)
        return NULL;
    return bias;
}

/* Where a conv reader's taps fall: kernel size, strides and the padding
 * before the first row and column.  False when the reader is not a
 * convolution tfgt models per tap (then means are per channel only). */
typedef struct tap_geometry {
    int64_t kh, kw, sh, sw;
} tap_geometry;

static bool conv_taps(const layer *l, tap_geometry *t)
{
    int64_t strides[4] = {1, 1, 1, 1};
    size_t n = 0;
    if (strcmp(tfgt_node_op(l->reader), "MatMul") == 0 || !tfgt_conv_is_nhwc_undilated(l->reader) ||
        tfgt_node_get_list_int(l->reader, "strides", strides, 4, &n, NULL) != TFGT_OK || n != 4 ||
        strides[1] < 1 || strides[2] < 1)
        return false;
    t->kh = l->weights->dims[0];
    t->kw = l->weights->dims[1];
    t->sh = strides[1];
    t->sw = strides[2];
    return true;
}

/* Add to sums[tap * c + channel] the input under each kernel tap summed
 * over the output positions (zero where the tap falls in the padding), so
 * that sums / positions is E[x] per tap and channel; returns the number of
 * output positions.  SAME or VALID padding, NHWC. */
static double accumulate_taps(const layer *l, const tap_geometry *t, const tfgt_tensor *x,
                              double *sums)
{
    const char *padding = NULL;
    size_t len = 0;
    bool same = tfgt_node_get_string(l->reader, "padding", &padding, &len, NULL) == TFGT_OK &&
                len == 4 && memcmp(padding, "SAME", 4) == 0;
    int64_t n = x->dims[0], h = x->dims[1], w = x->dims[2], c = x->dims[3];
    int64_t oh = same ? (h + t->sh - 1) / t->sh : (h - t->kh) / t->sh + 1;
    int64_t ow = same ? (w + t->sw - 1) / t->sw : (w - t->kw) / t->sw + 1;
    int64_t pt = 0, pl = 0;
    const float *v = x->data;
    if (oh <= 0 || ow <= 0)
        return 0;
    if (same) {
        int64_t ph = (oh - 1) * t->sh + t->kh - h, pw = (ow - 1) * t->sw + t->kw - w;
        pt = ph > 0 ? ph / 2 : 0;
        pl = pw > 0 ? pw / 2 : 0;
    }
    for (int64_t b = 0; b < n; b++)
        for (int64_t ky = 0; ky < t->kh; ky++)
            for (int64_t kx = 0; kx < t->kw; kx++) {
                double *sum = sums + (ky * t->kw + kx) * c;
                for (int64_t oy = 0; oy < oh; oy++) {
                    int64_t y = oy * t->sh + ky - pt;
                    if (y < 0 || y >= h)
                        continue;
                    for (int64_t ox = 0; ox < ow; ox++) {
                        int64_t xx = ox * t->sw + kx - pl;
                        const float *p = v + ((b * h + y) * w + xx) * c;
                        if (xx < 0 || xx >= w)
                            continue;
                        for (int64_t ch = 0; ch < c; ch++)
                            sum[ch] += p[ch];
                    }
                }
            }
    return (double)(n * oh * ow);
}

/* Mean of each layer's input over the samples, per kernel tap and
 * channel for convolutions (so zero padding counts) and per channel for
 * matmuls, then the mean output shift (Wq - W)·E[x] per output channel
 * (the bias correction of Nagel et al., "Data-Free Quantization"). */
static tfgt_status prepare_bias_correction(accurate *a, tfgt_error *err)
{
    const tfgt_calibration *cal = a->ctx->calibration;
    size_t n = 0;
    size_t *which = calloc(a->n_layers + 1, sizeof *which);
    const char **fetches = calloc(a->n_layers + 1, sizeof *fetches);
    const char **feeds = calloc(cal->n_feeds + 1, sizeof *feeds);
    const tfgt_tensor **feed_values = calloc(cal->n_feeds + 1, sizeof *feed_values);
    tfgt_tensor **values = calloc(a->n_layers + 1, sizeof *values);
    double **sums = calloc(a->n_layers + 1, sizeof *sums);
    double *counts = calloc(a->n_layers + 1, sizeof *counts);
    tfgt_run_options options = {0, 0, false};
    tfgt_plan *plan = NULL;
    tfgt_status st = TFGT_OK;
    if (!which || !fetches || !feeds || !feed_values || !values || !sums || !counts) {
        st = oom(err);
        goto done;
    }
    for (size_t i = 0; i < a->n_layers; i++) {
        layer *l = &a->layers[i];
        int64_t in_channels;
        if (l->forced)
            continue;
        if (!l->reader) {
            l->no_bias = "not read as the weights of one conv or matmul";
            continue;
        }
        in_channels = input_channels(l);
        if (in_channels <= 0) {
            l->no_bias = "its reader's layout is not modelled (NCHW or transpose_a)";
            continue;
        }
        l->bias = find_bias(a, l) ? tfgt_node_name(find_bias(a, l)) : NULL;
        if (!l->bias) {
            l->no_bias = "no bias Const of its own follows it";
            continue;
        }
        {
            tap_geometry t;
            size_t taps = conv_taps(l, &t) ? (size_t)(t.kh * t.kw) : 1;
            sums[n] = calloc(taps * (size_t)in_channels, sizeof **sums);
        }
        if (!sums[n]) {
            st = oom(err);
            goto done;
        }
        which[n] = i;
        fetches[n++] = tfgt_node_input(l->reader, 0);
    }
    if (n == 0)
        goto done;
    for (size_t f = 0; f < cal->n_feeds; f++)
        feeds[f] = cal->feeds[f].name;
    st = tfgt_plan_create(a->source, feeds, cal->n_feeds, fetches, n, &options, &plan, err);
    for (size_t s = 0; st == TFGT_OK && s < cal->n_samples; s++) {
        for (size_t f = 0; f < cal->n_feeds; f++)
            feed_values[f] = cal->feeds[f].samples[s];
        st = tfgt_plan_run(plan, (const tfgt_tensor *const *)feed_values, values, err);
        for (size_t k = 0; st == TFGT_OK && k < n; k++) {
            const tfgt_tensor *x = values[k];
            const layer *l = &a->layers[which[k]];
            int64_t c = input_channels(l);
            tap_geometry t;
            bool per_tap = conv_taps(l, &t);
            if (x->dtype != TFGT_DT_FLOAT || x->rank < 1 || x->dims[x->rank - 1] != c ||
                (per_tap && x->rank != 4))
                st = tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, tfgt_node_name(l->reader),
                                    "its input does not have %lld channels last",
                                    (long long)c);
            else if (per_tap)
                counts[k] += accumulate_taps(l, &t, x, sums[k]);
            else {
                for (int64_t e = 0; e < x->count; e++)
                    sums[k][e % c] += ((const float *)x->data)[e];
                counts[k] += (double)(x->count / c);
            }
        }
        for (size_t k = 0; st == TFGT_OK && k < n; k++) {
            tfgt_tensor_free(values[k]);
            values[k] = NULL;
        }
    }
    for (size_t k = 0; st == TFGT_OK && k < n; k++) {
        layer *l = &a->layers[which[k]];
        const tfgt_tensor *w = l->weights;
        const char *op = tfgt_node_op(l->reader);
        int64_t channels = w->dims[l->axis], in_channels = input_channels(l);
        tap_geometry t;
        bool per_tap = conv_taps(l, &t);
        l->shift = calloc((size_t)channels, sizeof *l->shift);
        if (!l->shift) {
            st = oom(err);
            break;
        }
        for (int64_t i = 0; i < w->count; i++) {
            double dw = (double)dequantized_value(&l->q, i) - ((const float *)w->data)[i];
            int64_t o, ic;
            if (strcmp(op, "MatMul") == 0 && l->axis == 0) { /* [O, I] */
                o = i / in_channels;
                ic = i % in_channels;
            } else if (strcmp(op, "MatMul") == 0) { /* [I, O] */
                o = i % channels;
                ic = i / channels;
            } else if (strcmp(op, "Conv2D") == 0) { /* [H, W, I, O]: tap-major */
                o = i % channels;
                ic = per_tap ? i / channels : (i / channels) % in_channels;
            } else { /* depthwise [H, W, C, 1] */
                o = i % channels;
                ic = per_tap ? i : o;
            }
            l->shift[o] += (float)(dw * sums[k][ic] / (counts[k] > 0 ? counts[k] : 1));
        }
    }
done:
    tfgt_plan_free(plan);
    for (size_t k = 0; sums && k < n; k++)
        free(sums[k]);
    for (size_t k = 0; values && k < n; k++)
        tfgt_tensor_free(values[k]);
    free(which);
    free(fetches);
    free(feeds);
    free(feed_values);
    free(values);
    free(sums);
    free(counts);
    return st;
}

static tfgt_status offer_layer(void *user, const tfgt_node *node, const tfgt_tensor *w,
                               tfgt_graph *out, bool *replaced, tfgt_error *err)
{
    accurate *a = user;
    layer *l = find_layer(a, tfgt_node_name(node));
    if (!l)
        return TFGT_OK;
    if (a->quantized[l - a->layers]) {
        *replaced = true;
        return emit_quantized(out, node, &l->q, err);
    }
    if (!a->keep_half || l->unquantizable)
        return TFGT_OK;
    *replaced = true;
    return tfgt_float16_emit(out, node, w, NULL, err);
}

/* The graph with exactly the layers in `quantized` made eight-bit, their
 * biases corrected; the others kept float (or float16). */
static tfgt_status build(void *user, const bool *quantized, tfgt_graph **out, tfgt_error *err)
{
    accurate *a = user;
    tfgt_graph *g = tfgt_graph_clone(a->source, err);
    tfgt_status st = g ? TFGT_OK : oom(err);
    for (size_t i = 0; st == TFGT_OK && i < a->n_layers; i++) {
        const layer *l = &a->layers[i];
        tfgt_node *bias;
        tfgt_tensor *b = NULL;
        if (!quantized[i] || !l->shift)
            continue;
        bias = tfgt_graph_find_node(g, l->bias);
        st = tfgt_node_get_tensor(bias, "value", 0, &b, err);
        for (int64_t c = 0; st == TFGT_OK && c < b->count; c++)
            ((float *)b->data)[c] -= l->shift[c];
        if (st == TFGT_OK)
            st = tfgt_node_set_tensor(bias, "value", b, err);
        tfgt_tensor_free(b);
    }
    a->quantized = quantized;
    if (st == TFGT_OK)
        st = tfgt_replace_consts(g, offer_layer, a, err);
    if (st != TFGT_OK) {
        tfgt_graph_free(g);
        g = NULL;
    }
    *out = g;
    return st;
}

static double percent(double x)
{
    return 100.0 * x;
}

/* Choose the layers to keep so the samples reach `target`; logs why. */
static tfgt_status choose(accurate *a, float target, bool *keep, tfgt_error *err)
{
    const tfgt_transform_context *ctx = a->ctx;
    tfgt_sensitivity *engine = NULL;
    tfgt_sensitivity_score *alone = calloc(a->n_layers + 1, sizeof *alone);
    tfgt_sensitivity_score *reached = calloc(a->n_layers + 1, sizeof *reached);
    size_t *order = calloc(a->n_layers + 1, sizeof *order);
    double *costs = calloc(a->n_layers + 1, sizeof *costs);
    bool *quantized = calloc(a->n_layers + 1, sizeof *quantized);
    tfgt_sensitivity_score final = {1, INFINITY};
    tfgt_run_options options = {0, 0, false};
    size_t n_weights = 0, n_kept = 0, n_kept_layers = 0;
    tfgt_status st;
    if (!alone || !reached || !order || !costs || !quantized) {
        st = oom(err);
        goto done;
    }
    st = tfgt_sensitivity_new(a->source, ctx->calibration, ctx->outputs, ctx->n_outputs, &options,
                              &engine, err);
    for (size_t i = 0; i < a->n_layers; i++) {
        quantized[i] = !keep[i];
        alone[i].agreement = NAN;
        reached[i].agreement = NAN;
    }
    if (st == TFGT_OK) {
        tfgt_graph *g = NULL;
        st = build(a, quantized, &g, err);
        if (st == TFGT_OK)
            st = tfgt_sensitivity_score_graph(engine, g, &final, err);
        tfgt_graph_free(g);
    }
    if (st == TFGT_OK && final.agreement < target) {
        st = tfgt_sensitivity_each_alone(engine, a->n_layers, build, a, keep, alone, err);
        for (size_t i = 0; i < a->n_layers; i++)
            costs[i] = (double)a->layers[i].weights->count;
        tfgt_sensitivity_rank(alone, costs, a->n_layers, order);
        if (st == TFGT_OK)
            st = tfgt_sensitivity_select(engine, a->n_layers, build, a, order, target, keep,
                                         reached, &final, err);
    }
    if (st != TFGT_OK)
        goto done;
    for (size_t i = 0; i < a->n_layers; i++) {
        const layer *l = &a->layers[i];
        n_weights += (size_t)l->weights->count;
        if (!keep[i] || l->forced)
            continue;
        n_kept += (size_t)l->weights->count;
        n_kept_layers++;
        tfgt_transform_log(ctx, TFGT_LOG_INFO,
                           "quantize_weights: kept '%s' (%lld weights) in %s: quantized alone "
                           "it gives top-1 agreement %.1f%%, output SQNR %.1f dB; the samples "
                           "reached %.1f%% when it was kept",
                           l->name, (long long)l->weights->count,
                           a->keep_half ? "float16" : "float", percent(alone[i].agreement),
                           alone[i].sqnr_db, percent(reached[i].agreement));
    }
    tfgt_transform_log(ctx, TFGT_LOG_INFO,
                       "quantize_weights: top-1 agreement with float on %zu calibration "
                       "samples %.1f%% (target %.1f%%), output SQNR %.1f dB; %zu layers kept "
                       "for accuracy hold %.1f%% of the weight bytes; %zu graphs scored",
                       ctx->calibration->n_samples, percent(final.agreement), percent(target),
                       final.sqnr_db, n_kept_layers,
                       n_weights ? 100.0 * (double)n_kept / (double)n_weights : 0.0,
                       tfgt_sensitivity_evaluations(engine));
    if (final.agreement < target)
        tfgt_transform_log(ctx, TFGT_LOG_WARNING,
                           "quantize_weights: accuracy_target %g not reached even with every "
                           "weight kept in %s",
                           (double)target, a->keep_half ? "float16" : "float");
done:
    tfgt_sensitivity_free(engine);
    free(alone);
    free(reached);
    free(order);
    free(costs);
    free(quantized);
    return st;
}

static tfgt_status quantize_accurately(tfgt_graph *graph, const tfgt_transform_context *ctx,
                                       int32_t minimum_size, bool per_channel, tfgt_error *err)
{
    accurate a = {ctx, NULL, NULL, NULL, 0, per_channel, false, true, NULL};
    const tfgt_params *p = ctx->params;
    bool has_target = tfgt_params_count(p, "accuracy_target") > 0, bias_correction = false;
    float target = 0;
    const char *keep_as = NULL, *clip = NULL;
    bool *keep = NULL;
    tfgt_graph *source = NULL, *built = NULL;
    size_t n_quantized = 0, n_per_channel = 0, n_kept = 0, n_corrected = 0;
    tfgt_status st;

    if ((st = tfgt_params_get_float(p, "accuracy_target", 0, &target, err)) != TFGT_OK ||
        (st = tfgt_params_get_string(p, "keep_as", "float16", &keep_as, err)) != TFGT_OK ||
        (st = tfgt_params_get_string(p, "clip", has_target ? "mse" : "minmax", &clip, err)) !=
            TFGT_OK ||
        (st = tfgt_params_get_bool(p, "bias_correction", ctx->calibration && per_channel,
                                   &bias_correction, err)) != TFGT_OK)
        return st;
    if (has_target && !(target > 0 && target <= 1))
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                         "accuracy_target must be above 0 and at most 1, got %g",
                         (double)target);
    if (strcmp(keep_as, "float16") != 0 && strcmp(keep_as, "float") != 0)
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                         "keep_as must be float16 or float, got '%s'", keep_as);
    if (strcmp(clip, "mse") != 0 && strcmp(clip, "minmax") != 0)
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                         "clip must be minmax or mse, got '%s'", clip);
    if ((has_target || bias_correction) && !ctx->calibration)
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                         "%s needs sample inputs (--calibration_data)",
                         has_target ? "accuracy_target" : "bias_correction");
    if (has_target && ctx->n_outputs == 0)
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                         "accuracy_target needs --outputs to compare");
    for (size_t i = 0; i < tfgt_params_count(p, "keep_node"); i++)
        if (!tfgt_graph_find_node(graph, tfgt_params_value(p, "keep_node", i)))
            return tfgt_fail(err, TFGT_E_NOT_FOUND, "keep_node '%s' names no node",
                             tfgt_params_value(p, "keep_node", i));
    a.mse = strcmp(clip, "mse") == 0;
    a.keep_half = strcmp(keep_as, "float16") == 0;

    source = tfgt_graph_clone(graph, err);
    if (!source)
        return err && err->status ? err->status : TFGT_E_NO_MEMORY;
    a.source = source;
    a.consumers = tfgt_consumers_build(source, err);
    st = a.consumers ? collect_layers(&a, minimum_size, err) : oom(err);
    if (st == TFGT_OK) {
        drop_biases(&a);
        warn_unused_keep_nodes(&a);
        st = quantize_layers(&a, err);
    }
    if (st == TFGT_OK && bias_correction)
        st = prepare_bias_correction(&a, err);
    if (st == TFGT_OK && !(keep = calloc(a.n_layers + 1, sizeof *keep)))
        st = oom(err);
    for (size_t i = 0; st == TFGT_OK && i < a.n_layers; i++) {
        keep[i] = a.layers[i].forced != NULL;
        if (a.layers[i].forced && !a.layers[i].unquantizable)
            tfgt_transform_log(ctx, TFGT_LOG_INFO, "quantize_weights: kept '%s' (%lld weights) in %s: %s",
                               a.layers[i].name, (long long)a.layers[i].weights->count,
                               keep_as, a.layers[i].forced);
    }
    if (st == TFGT_OK && has_target)
        st = choose(&a, target, keep, err);
    if (st == TFGT_OK) {
        for (size_t i = 0; i < a.n_layers; i++)
            keep[i] = !keep[i]; /* now: quantized */
        st = build(&a, keep, &built, err);
    }
    if (st == TFGT_OK) {
        tfgt_graph_swap(graph, built);
        for (size_t i = 0; i < a.n_layers; i++) {
            const layer *l = &a.layers[i];
            if (!keep[i]) {
                n_kept++;
                continue;
            }
            n_quantized++;
            n_per_channel += l->q.axis >= 0;
            n_corrected += l->shift != NULL;
            if (bias_correction && !l->shift)
                tfgt_transform_log(ctx, TFGT_LOG_INFO,
                                   "quantize_weights: no bias correction for '%s': %s", l->name,
                                   l->no_bias ? l->no_bias : "not modelled");
        }
        tfgt_transform_log(ctx, TFGT_LOG_INFO,
                           "quantize_weights: %zu Consts made eight-bit (%zu per channel, "
                           "clip=%s, %zu biases corrected), %zu kept in %s",
                           n_quantized, n_per_channel, clip, n_corrected, n_kept, keep_as);
    }
    tfgt_graph_free(built);
    for (size_t i = 0; a.layers && i < a.n_layers; i++) {
        tfgt_tensor_free(a.layers[i].weights);
        quantized_weights_clear(&a.layers[i].q);
        free(a.layers[i].shift);
    }
    free(a.layers);
    free(keep);
    tfgt_consumers_free(a.consumers);
    tfgt_graph_free(source);
    return st;
}

/* The parameters that select the accuracy-aware path; without any of
 * them (and without calibration data for per_channel) the output is what
 * it always was. */
static bool wants_accuracy_path(const tfgt_transform_context *ctx, bool per_channel)
{
    static const char *const keys[] = {"accuracy_target", "keep_node", "keep_op",
                                       "keep_as",         "clip",      "bias_correction"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (tfgt_params_count(ctx->params, keys[i]) > 0)
            return true;
    return per_channel && ctx->calibration;
}

tfgt_status tfgt_transform_quantize_weights(tfgt_graph *graph, const tfgt_transform_context *ctx,
                                            tfgt_error *err)
{
    quantize_state s = {ctx, 0, false, NULL, graph, 0, 0};
    tfgt_consumers *consumers = NULL;
    tfgt_status st = tfgt_params_get_int32(ctx->params, "minimum_size", 1024, &s.minimum_size, err);
    if (st == TFGT_OK)
        st = tfgt_params_get_bool(ctx->params, "per_channel", false, &s.per_channel, err);
    if (st == TFGT_OK && wants_accuracy_path(ctx, s.per_channel))
        return quantize_accurately(graph, ctx, s.minimum_size, s.per_channel, err);
    if (st == TFGT_OK && s.per_channel) {
        consumers = tfgt_consumers_build(graph, err);
        if (!consumers)
            st = err && err->status ? err->status : TFGT_E_NO_MEMORY;
        s.consumers = consumers;
    }
    if (st == TFGT_OK)
        st = tfgt_replace_consts(graph, offer, &s, err);
    tfgt_consumers_free(consumers);
    if (st == TFGT_OK)
        tfgt_transform_log(ctx, TFGT_LOG_INFO,
                           "quantize_weights: %zu Consts made eight-bit (%zu per channel)",
                           s.converted, s.per_channel_converted);
    return st;
}
