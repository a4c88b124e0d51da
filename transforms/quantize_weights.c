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
 * TensorFlow runs too; other Consts stay per tensor. */
#define _POSIX_C_SOURCE 200809L
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "tfgt/tensor.h"
#include "transforms.h"

static tfgt_node *add_scalar(tfgt_graph *out, const char *name, float v, tfgt_error *err)
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

static tfgt_status quantize_one(tfgt_graph *out, const tfgt_node *node, const tfgt_tensor *w,
                                tfgt_error *err)
{
    const float *v = w->data;
    float min = FLT_MAX, max = FLT_MIN;
    size_t len = strlen(tfgt_node_name(node)) + 32;
    char *name = malloc(len);
    char *const_name = malloc(len), *min_name = malloc(len), *max_name = malloc(len);
    tfgt_tensor *q = NULL;
    tfgt_node *deq;
    tfgt_status st = TFGT_OK;

    if (!name || !const_name || !min_name || !max_name) {
        st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        goto done;
    }
    for (int64_t i = 0; i < w->count; i++) {
        min = v[i] < min ? v[i] : min;
        max = v[i] > max ? v[i] : max;
    }
    min = min < 0.0f ? min : 0.0f;
    max = max > 0.0f ? max : 0.0f;
    q = tfgt_tensor_new(TFGT_DT_QUINT8, w->rank, w->dims, 0, err);
    if (!q) {
        st = err ? err->status : TFGT_E_NO_MEMORY;
        goto done;
    }
    for (int64_t i = 0; i < w->count; i++)
        ((uint8_t *)q->data)[i] = tfgt_float_to_quint8(v[i], min, max);
    snprintf(const_name, len, "%s_quantized_const", tfgt_node_name(node));
    snprintf(min_name, len, "%s_quantized_min", tfgt_node_name(node));
    snprintf(max_name, len, "%s_quantized_max", tfgt_node_name(node));
    if (!tfgt_graph_add_const(out, const_name, q, err) || !add_scalar(out, min_name, min, err) ||
        !add_scalar(out, max_name, max, err) ||
        !(deq = tfgt_graph_add_node(out, tfgt_node_name(node), "Dequantize", err))) {
        st = err ? err->status : TFGT_E_NO_MEMORY;
        goto done;
    }
    if (tfgt_node_add_input(deq, const_name) != TFGT_OK ||
        tfgt_node_add_input(deq, min_name) != TFGT_OK ||
        tfgt_node_add_input(deq, max_name) != TFGT_OK ||
        tfgt_node_set_type(deq, "T", TFGT_DT_QUINT8) != TFGT_OK ||
        tfgt_node_set_string(deq, "mode", "MIN_FIRST", 9) != TFGT_OK) {
        st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < tfgt_node_input_count(node) && st == TFGT_OK; i++)
        if (tfgt_node_input(node, i)[0] == '^')
            st = tfgt_node_add_input(deq, tfgt_node_input(node, i));
done:
    tfgt_tensor_free(q);
    free(name);
    free(const_name);
    free(min_name);
    free(max_name);
    return st;
}

typedef struct quantize_state {
    const tfgt_transform_context *ctx;
    int32_t minimum_size;
    bool per_channel;
    const tfgt_consumers *consumers;
    const tfgt_graph *graph;
    size_t converted, per_channel_converted;
} quantize_state;

/* The output-channel axis of `node` when every reader takes it as the
 * weights of a Conv2D (HWIO: 3), a depthwise conv with multiplier 1 (2)
 * or a MatMul (1, or 0 with transpose_b); -1 otherwise. */
static int weight_axis(const quantize_state *s, const tfgt_node *node, const tfgt_tensor *w)
{
    int axis = -1;
    if (!tfgt_match_read_only_as_weights(s->graph, s->consumers, node))
        return -1;
    for (size_t i = 0; i < tfgt_consumers_count(s->consumers, node); i++) {
        const tfgt_node *c = tfgt_consumers_get(s->consumers, node, i);
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

/* Symmetric eight-bit weights per output channel: qint8 codes in
 * [-127, 127], ranges [-m, m] per channel, Dequantize(SCALED,
 * narrow_range, axis) under the Const's name (runs in TensorFlow too). */
static tfgt_status quantize_per_channel(tfgt_graph *out, const tfgt_node *node,
                                        const tfgt_tensor *w, int axis, tfgt_error *err)
{
    int64_t channels = w->dims[axis], inner = 1;
    size_t len = strlen(tfgt_node_name(node)) + 32;
    char *const_name = malloc(len), *min_name = malloc(len), *max_name = malloc(len);
    tfgt_tensor *q = tfgt_tensor_new(TFGT_DT_QINT8, w->rank, w->dims, 0, err);
    tfgt_tensor *mins = tfgt_tensor_new(TFGT_DT_FLOAT, 1, &channels, 0, err);
    tfgt_tensor *maxs = tfgt_tensor_new(TFGT_DT_FLOAT, 1, &channels, 0, err);
    const float *v = w->data;
    tfgt_node *deq;
    tfgt_status st = TFGT_OK;
    if (!const_name || !min_name || !max_name || !q || !mins || !maxs) {
        st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        goto done;
    }
    for (int d = axis + 1; d < w->rank; d++)
        inner *= w->dims[d];
    for (int64_t i = 0; i < w->count; i++) {
        int64_t c = (i / inner) % channels;
        float m = fabsf(v[i]), *mx = (float *)maxs->data + c;
        *mx = m > *mx ? m : *mx;
    }
    for (int64_t c = 0; c < channels; c++)
        ((float *)mins->data)[c] = -((float *)maxs->data)[c];
    for (int64_t i = 0; i < w->count; i++) {
        int64_t c = (i / inner) % channels;
        float m = ((float *)maxs->data)[c];
        float code = m > 0 ? roundf(v[i] * (127.0f / m)) : 0.0f;
        ((int8_t *)q->data)[i] = (int8_t)(code > 127 ? 127 : code < -127 ? -127 : code);
    }
    snprintf(const_name, len, "%s_quantized_const", tfgt_node_name(node));
    snprintf(min_name, len, "%s_quantized_min", tfgt_node_name(node));
    snprintf(max_name, len, "%s_quantized_max", tfgt_node_name(node));
    if (!tfgt_graph_add_const(out, const_name, q, err) ||
        !tfgt_graph_add_const(out, min_name, mins, err) ||
        !tfgt_graph_add_const(out, max_name, maxs, err) ||
        !(deq = tfgt_graph_add_node(out, tfgt_node_name(node), "Dequantize", err))) {
        st = err && err->status ? err->status : TFGT_E_NO_MEMORY;
        goto done;
    }
    if (tfgt_node_add_input(deq, const_name) != TFGT_OK ||
        tfgt_node_add_input(deq, min_name) != TFGT_OK ||
        tfgt_node_add_input(deq, max_name) != TFGT_OK ||
        tfgt_node_set_type(deq, "T", TFGT_DT_QINT8) != TFGT_OK ||
        tfgt_node_set_string(deq, "mode", "SCALED", 6) != TFGT_OK ||
        tfgt_node_set_bool(deq, "narrow_range", true) != TFGT_OK ||
        tfgt_node_set_int(deq, "axis", axis) != TFGT_OK)
        st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
done:
    free(const_name);
    free(min_name);
    free(max_name);
    tfgt_tensor_free(q);
    tfgt_tensor_free(mins);
    tfgt_tensor_free(maxs);
    return st;
}

static tfgt_status offer(void *user, const tfgt_node *node, const tfgt_tensor *w,
                         tfgt_graph *out, bool *replaced, tfgt_error *err)
{
    quantize_state *s = user;
    if (w->dtype != TFGT_DT_FLOAT || w->count < s->minimum_size)
        return TFGT_OK;
    for (int64_t k = 0; k < w->count; k++)
        if (!isfinite(((const float *)w->data)[k])) {
            tfgt_transform_log(s->ctx, TFGT_LOG_WARNING,
                               "quantize_weights: left '%s' alone: it holds NaN or infinity",
                               tfgt_node_name(node));
            return TFGT_OK;
        }
    *replaced = true;
    s->converted++;
    if (s->per_channel) {
        int axis = weight_axis(s, node, w);
        if (axis >= 0) {
            s->per_channel_converted++;
            return quantize_per_channel(out, node, w, axis, err);
        }
    }
    return quantize_one(out, node, w, err);
}

tfgt_status tfgt_transform_quantize_weights(tfgt_graph *graph, const tfgt_transform_context *ctx,
                                            tfgt_error *err)
{
    quantize_state s = {ctx, 0, false, NULL, graph, 0, 0};
    tfgt_consumers *consumers = NULL;
    tfgt_status st = tfgt_params_get_int32(ctx->params, "minimum_size", 1024, &s.minimum_size, err);
    if (st == TFGT_OK)
        st = tfgt_params_get_bool(ctx->params, "per_channel", false, &s.per_channel, err);
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
