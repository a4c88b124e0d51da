/* round_weights.c - float Consts of 16 or more elements keep their type
 * but take only num_steps distinct values (the centres of equal buckets
 * between their min and max), so the file compresses well while loading
 * anywhere (spec §2.23).  Float arithmetic in TensorFlow's order:
 *   width = (max - min) / num_steps;  b = floor((v - min) / width);
 *   v' = min + width * (b + 0.5)
 * with max starting at FLT_MIN and, when min == max, TensorFlow's
 * widening (|min| < 1e-6: max = min + 1; min > 0: max = 2 min; else
 * min = 2 max).  NaN or infinite weights are left alone (logged). */
#define _POSIX_C_SOURCE 200809L
#include <float.h>
#include <math.h>
#include <string.h>

#include "match.h"
#include "tfgt/tensor.h"
#include "transforms.h"

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("fp-contract=off")
#endif

typedef struct round_state {
    const tfgt_transform_context *ctx;
    int32_t num_steps;
    size_t rounded;
} round_state;

static tfgt_status offer(void *user, const tfgt_node *node, const tfgt_tensor *w,
                         tfgt_graph *out, bool *replaced, tfgt_error *err)
{
    round_state *s = user;
    float min = FLT_MAX, max = FLT_MIN, width;
    tfgt_tensor *r;
    tfgt_node *c;
    const float *v = w->data;
    if (w->dtype != TFGT_DT_FLOAT || w->count < 16)
        return TFGT_OK;
    for (int64_t i = 0; i < w->count; i++) {
        if (!isfinite(v[i])) {
            tfgt_transform_log(s->ctx, TFGT_LOG_WARNING,
                               "round_weights: left '%s' alone: it holds NaN or infinity",
                               tfgt_node_name(node));
            return TFGT_OK;
        }
        min = v[i] < min ? v[i] : min;
        max = v[i] > max ? v[i] : max;
    }
    if (min == max) {
        if (fabsf(min) < 0.000001f)
            max = min + 1.0f;
        else if (min > 0)
            max = 2.0f * min;
        else
            min = 2.0f * max;
    }
    width = (max - min) / (float)s->num_steps;
    r = tfgt_tensor_copy(w, err);
    if (!r)
        return err && err->status ? err->status : TFGT_E_NO_MEMORY;
    for (int64_t i = 0; i < w->count; i++) {
        int bucket = (int)floorf((v[i] - min) / width);
        ((float *)r->data)[i] = min + (width * ((float)bucket + 0.5f));
    }
    c = tfgt_graph_add_const(out, tfgt_node_name(node), r, err);
    tfgt_tensor_free(r);
    if (!c)
        return err && err->status ? err->status : TFGT_E_NO_MEMORY;
    *replaced = true;
    s->rounded++;
    return TFGT_OK;
}

tfgt_status tfgt_transform_round_weights(tfgt_graph *graph, const tfgt_transform_context *ctx,
                                         tfgt_error *err)
{
    round_state s = {ctx, 256, 0};
    tfgt_status st = tfgt_params_get_int32(ctx->params, "num_steps", 256, &s.num_steps, err);
    if (st != TFGT_OK)
        return st;
    if (s.num_steps < 1)
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                         "round_weights: num_steps must be at least 1, got %d", (int)s.num_steps);
    st = tfgt_replace_consts(graph, offer, &s, err);
    if (st == TFGT_OK)
        tfgt_transform_log(ctx, TFGT_LOG_INFO, "round_weights: %zu Consts rounded to %d levels",
                           s.rounded, (int)s.num_steps);
    return st;
}
