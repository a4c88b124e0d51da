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
 * kept on the Dequantize. */
#define _POSIX_C_SOURCE 200809L
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "tfgt/tensor.h"
#include "transforms.h"

/* TensorFlow's FloatToQuantized<quint8>. */
static uint8_t float_to_quint8(float value, float min, float max)
{
    const double steps = 256.0;
    /* max - min is a float subtraction in TensorFlow too; it matters */
    double range = (double)(max - min) * (steps / (steps - 1.0));
    double scale = steps / range;
    double q;
    if (min == max)
        return 0;
    q = round((double)value * scale) - round((double)min * scale);
    return q < 0 ? 0 : q > 255 ? 255 : (uint8_t)q;
}

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
        ((uint8_t *)q->data)[i] = float_to_quint8(v[i], min, max);
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
    size_t converted;
} quantize_state;

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
    return quantize_one(out, node, w, err);
}

tfgt_status tfgt_transform_quantize_weights(tfgt_graph *graph, const tfgt_transform_context *ctx,
                                            tfgt_error *err)
{
    quantize_state s = {ctx, 0, 0};
    tfgt_status st = tfgt_params_get_int32(ctx->params, "minimum_size", 1024, &s.minimum_size, err);
    if (st == TFGT_OK)
        st = tfgt_replace_consts(graph, offer, &s, err);
    if (st == TFGT_OK)
        tfgt_transform_log(ctx, TFGT_LOG_INFO, "quantize_weights: %zu Consts made eight-bit",
                           s.converted);
    return st;
}
