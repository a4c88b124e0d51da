/* float16_weights.c - tfgt's own transform, after the float16 post-training
 * quantization of TensorFlow's model optimization toolkit: float Consts of
 * at least minimum_size elements are stored as IEEE half ("<name>_float16",
 * round to nearest even) and a Cast(half -> float) takes the Const's name,
 * so the graph still runs anywhere, in float, from weights half the size.
 * Values beyond half's range saturate to +-65504 instead of becoming
 * infinite (counted in the log); NaN stays NaN. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "tfgt/tensor.h"
#include "transforms.h"

typedef struct half_state {
    const tfgt_transform_context *ctx;
    int32_t minimum_size;
    size_t converted, saturated;
} half_state;

tfgt_status tfgt_float16_emit(tfgt_graph *out, const tfgt_node *node, const tfgt_tensor *w,
                              size_t *saturated, tfgt_error *err)
{
    size_t len = strlen(tfgt_node_name(node)) + 16;
    char *name = malloc(len);
    tfgt_tensor *h = tfgt_tensor_new(TFGT_DT_HALF, w->rank, w->dims, 0, err);
    tfgt_node *cast = NULL;
    tfgt_status st = TFGT_OK;
    if (!name || !h) {
        free(name);
        tfgt_tensor_free(h);
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    }
    for (int64_t i = 0; i < w->count; i++) {
        float v = ((const float *)w->data)[i];
        if (isfinite(v) && fabsf(v) > 65504.0f) {
            v = v > 0 ? 65504.0f : -65504.0f;
            if (saturated)
                (*saturated)++;
        }
        ((uint16_t *)h->data)[i] = tfgt_float_to_half(v);
    }
    snprintf(name, len, "%s_float16", tfgt_node_name(node));
    if (!tfgt_graph_add_const(out, name, h, err) ||
        !(cast = tfgt_graph_add_node(out, tfgt_node_name(node), "Cast", err)))
        st = err && err->status ? err->status : TFGT_E_NO_MEMORY;
    if (st == TFGT_OK &&
        (tfgt_node_add_input(cast, name) != TFGT_OK ||
         tfgt_node_set_type(cast, "SrcT", TFGT_DT_HALF) != TFGT_OK ||
         tfgt_node_set_type(cast, "DstT", TFGT_DT_FLOAT) != TFGT_OK ||
         tfgt_node_set_bool(cast, "Truncate", false) != TFGT_OK ||
         tfgt_node_set_device(cast, tfgt_node_device(node)) != TFGT_OK))
        st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    for (size_t i = 0; st == TFGT_OK && i < tfgt_node_input_count(node); i++)
        if (tfgt_node_input(node, i)[0] == '^')
            st = tfgt_node_add_input(cast, tfgt_node_input(node, i));
    free(name);
    tfgt_tensor_free(h);
    return st;
}

static tfgt_status offer(void *user, const tfgt_node *node, const tfgt_tensor *w,
                         tfgt_graph *out, bool *replaced, tfgt_error *err)
{
    half_state *s = user;
    tfgt_status st;
    if (w->dtype != TFGT_DT_FLOAT || w->count < s->minimum_size)
        return TFGT_OK;
    st = tfgt_float16_emit(out, node, w, &s->saturated, err);
    if (st == TFGT_OK) {
        *replaced = true;
        s->converted++;
    }
    return st;
}

tfgt_status tfgt_transform_float16_weights(tfgt_graph *graph, const tfgt_transform_context *ctx,
                                           tfgt_error *err)
{
    half_state s = {ctx, 16, 0, 0};
    tfgt_status st = tfgt_params_get_int32(ctx->params, "minimum_size", 16, &s.minimum_size, err);
    if (st == TFGT_OK)
        st = tfgt_replace_consts(graph, offer, &s, err);
    if (st == TFGT_OK)
        tfgt_transform_log(ctx, TFGT_LOG_INFO,
                           "float16_weights: %zu Consts stored as half (%zu values saturated)",
                           s.converted, s.saturated);
    return st;
}
