/* fold_old_batch_norms.c - batch norm ops in inference form after a
 * convolution are folded into its weights plus a BiasAdd of the offset
 * (spec §2.7).  Per channel c, in TensorFlow's float order (bit-exact):
 *   scale[c]  = (1 / sqrtf(var[c] + eps)) * gamma[c]
 *   offset[c] = (-mean[c] * scale[c]) + beta[c]
 * Handled as TensorFlow does: BatchNormWithGlobalNormalization and
 * FusedBatchNorm after Conv2D / DepthwiseConv2dNative, after
 * BatchToSpaceND of one, and after ConcatV2 of two Conv2Ds.
 * Extensions (README): FusedBatchNormV2/V3, and a BiasAdd between
 * the conv and the batch norm (its bias joins the offset:
 * offset = (bias - mean) * scale + beta).  A batch norm in training mode,
 * one whose statistics outputs are read, or whose parameters have the
 * wrong shape is left alone with a logged reason instead of failing. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "tfgt/tensor.h"
#include "transforms.h"

#define BN_OPS "BatchNormWithGlobalNormalization|FusedBatchNorm|FusedBatchNormV2|FusedBatchNormV3"
#define PARAMS "Const, Const, Const, Const"

typedef struct fold_state {
    const tfgt_transform_context *ctx;
    size_t folded;
    tfgt_error *err;
} fold_state;

static void skip(fold_state *s, const tfgt_node *bn, const char *why)
{
    tfgt_transform_log(s->ctx, TFGT_LOG_INFO, "fold_old_batch_norms: left '%s' alone: %s",
                       tfgt_node_name(bn), why);
}

/* Whether any consumer reads port 1 or above of `node`. */
static bool other_ports_read(const tfgt_consumers *consumers, const tfgt_node *node)
{
    for (size_t i = 0; i < tfgt_consumers_count(consumers, node); i++) {
        const tfgt_node *c = tfgt_consumers_get(consumers, node, i);
        for (size_t k = 0; k < tfgt_node_input_count(c); k++) {
            const char *in = tfgt_node_input(c, k);
            char name[2];
            int port = 0;
            bool control;
            tfgt_node *p = tfgt_graph_find_input_node(tfgt_node_graph(c), in);
            if (p != node)
                continue;
            tfgt_parse_input(in, name, sizeof name, &port, &control);
            if (port > 0)
                return true;
        }
    }
    return false;
}

/* Per-channel scale and offset of a batch norm node whose parameter
 * inputs are the Consts params[0..3]; `bias` (may be NULL) is a BiasAdd
 * constant in front of it.  Returns a reason on failure. */
static const char *bn_scale_offset(const tfgt_node *bn, const tfgt_node *const *params,
                                   const tfgt_tensor *bias, float **scale, float **offset,
                                   int64_t *channels)
{
    const char *op = tfgt_node_op(bn);
    bool global = strcmp(op, "BatchNormWithGlobalNormalization") == 0;
    tfgt_tensor *t[4] = {NULL, NULL, NULL, NULL};
    const float *mean, *var, *beta, *gamma;
    bool scale_after = true, training = false;
    float eps = 0.0001f;
    const char *why = NULL;

    *scale = *offset = NULL;
    if (global) {
        tfgt_node_get_float(bn, "variance_epsilon", &eps, NULL);
        tfgt_node_get_bool(bn, "scale_after_normalization", &scale_after, NULL);
    } else {
        training = true; /* the op's default */
        tfgt_node_get_bool(bn, "is_training", &training, NULL);
        tfgt_node_get_float(bn, "epsilon", &eps, NULL);
        if (training)
            return "it is in training mode (is_training=true)";
    }
    for (int i = 0; i < 4; i++)
        if (tfgt_node_get_tensor(params[i], "value", 0, &t[i], NULL) != TFGT_OK) {
            why = "a parameter Const has no readable value";
            goto done;
        }
    for (int i = 0; i < 4; i++)
        if (t[i]->dtype != TFGT_DT_FLOAT || t[i]->rank != 1 || t[i]->count != t[0]->count) {
            why = "its parameters are not float vectors of one length";
            goto done;
        }
    if (bias && (bias->dtype != TFGT_DT_FLOAT || bias->count != t[0]->count)) {
        why = "the bias does not have one value per channel";
        goto done;
    }
    /* input order: BNWGN (t, mean, var, beta, gamma); fused (x, scale, offset, mean, var) */
    if (global) {
        mean = t[0]->data, var = t[1]->data, beta = t[2]->data, gamma = t[3]->data;
    } else {
        gamma = t[0]->data, beta = t[1]->data, mean = t[2]->data, var = t[3]->data;
    }
    *channels = t[0]->count;
    *scale = malloc((size_t)(*channels ? *channels : 1) * sizeof **scale);
    *offset = malloc((size_t)(*channels ? *channels : 1) * sizeof **offset);
    if (!*scale || !*offset) {
        why = "out of memory";
        goto done;
    }
    for (int64_t c = 0; c < *channels; c++) {
        float s = 1.0f / sqrtf(var[c] + eps);
        if (scale_after)
            s = s * gamma[c];
        (*scale)[c] = s;
        if (bias)
            (*offset)[c] = ((((const float *)bias->data)[c] - mean[c]) * s) + beta[c];
        else
            (*offset)[c] = (-mean[c] * s) + beta[c];
    }
done:
    for (int i = 0; i < 4; i++)
        tfgt_tensor_free(t[i]);
    if (why) {
        free(*scale);
        free(*offset);
        *scale = *offset = NULL;
    }
    return why;
}

/* Scale the weights of `conv` (a Conv2D, DepthwiseConv2dNative or MatMul
 * reading Const `w`) by scale[first .. first+columns).  Returns a reason on
 * failure; *out is the new weights tensor. */
static const char *scaled_weights(const tfgt_node *conv, const tfgt_node *w, const float *scale,
                                  int64_t n_scale, int64_t first, tfgt_tensor **out,
                                  int64_t *columns_out)
{
    const char *op = tfgt_node_op(conv);
    tfgt_tensor *t = NULL;
    bool transpose_b = false, matmul = strcmp(op, "MatMul") == 0;
    int64_t columns, inner = 1;
    float *v;
    if (tfgt_node_get_tensor(w, "value", 0, &t, NULL) != TFGT_OK)
        return "the weights Const has no readable value";
    if (t->dtype != TFGT_DT_FLOAT || t->rank != (matmul ? 2 : 4)) {
        tfgt_tensor_free(t);
        return "the weights are not float with the conv's rank";
    }
    if (matmul) {
        tfgt_node_get_bool(conv, "transpose_b", &transpose_b, NULL);
        columns = transpose_b ? t->dims[0] : t->dims[1];
        inner = t->dims[1];
    } else {
        columns = strcmp(op, "Conv2D") == 0 ? t->dims[3] : t->dims[2] * t->dims[3];
    }
    if (first + columns > n_scale || (columns_out == NULL && columns != n_scale)) {
        tfgt_tensor_free(t);
        return "the channel count differs from the weights' output channels";
    }
    v = t->data;
    for (int64_t i = 0; i < t->count; i++)
        v[i] *= scale[first + (transpose_b ? i / inner : i % columns)];
    if (columns_out)
        *columns_out = columns;
    *out = t;
    return NULL;
}

static tfgt_node *add_vector_const(tfgt_graph *out, const char *name, const float *values,
                                   int64_t n, tfgt_error *err)
{
    tfgt_tensor *t = tfgt_tensor_new(TFGT_DT_FLOAT, 1, &n, 0, err);
    tfgt_node *node;
    if (!t)
        return NULL;
    memcpy(t->data, values, (size_t)n * sizeof(float));
    node = tfgt_graph_add_const(out, name, t, err);
    tfgt_tensor_free(t);
    return node;
}

static char *joined(const char *a, const char *b)
{
    size_t len = strlen(a) + strlen(b) + 1;
    char *s = malloc(len);
    if (s)
        snprintf(s, len, "%s%s", a, b);
    return s;
}

/* Append BiasAdd `name`(input, offset) with T and data_format of `conv`. */
static tfgt_node *add_bias_add(tfgt_graph *out, const char *name, const char *input,
                               const char *offset, const tfgt_node *conv, tfgt_error *err)
{
    tfgt_node *b = tfgt_graph_add_node(out, name, "BiasAdd", err);
    if (!b)
        return NULL;
    if (tfgt_node_add_input(b, input) != TFGT_OK || tfgt_node_add_input(b, offset) != TFGT_OK ||
        tfgt_node_copy_attr(b, conv, "T", NULL, err) != TFGT_OK ||
        (tfgt_node_has_attr(conv, "data_format") &&
         tfgt_node_copy_attr(b, conv, "data_format", NULL, err) != TFGT_OK)) {
        tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        return NULL;
    }
    return b;
}

static tfgt_status emit_failed(tfgt_error *err)
{
    return err && err->status ? err->status : TFGT_E_NO_MEMORY;
}

/* Emit a folded conv: new weights, its input, the conv itself and the
 * "<conv>_bn_offset" Const.  Returns the offset Const's name via *offset_name. */
static tfgt_status emit_conv(tfgt_graph *out, const tfgt_match *conv, const tfgt_tensor *weights,
                             const float *offset, int64_t n_offset, char **offset_name,
                             tfgt_error *err)
{
    *offset_name = joined(tfgt_node_name(conv->node), "_bn_offset");
    if (!*offset_name)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    if (!tfgt_graph_add_const(out, tfgt_node_name(conv->inputs[1].node), weights, err) ||
        (!tfgt_graph_find_node(out, tfgt_node_name(conv->inputs[0].node)) &&
         !tfgt_graph_add_node_copy(out, conv->inputs[0].node, NULL, err)) ||
        !tfgt_graph_add_node_copy(out, conv->node, NULL, err) ||
        !add_vector_const(out, *offset_name, offset, n_offset, err))
        return emit_failed(err);
    return TFGT_OK;
}

/* Pattern 1: BN(conv(*, w), params) or BN(BiasAdd(conv(*, w), bias), params). */
static tfgt_status fold_direct(void *user, const tfgt_match *m, const tfgt_consumers *consumers,
                               tfgt_graph *out, tfgt_error *err)
{
    fold_state *s = user;
    const tfgt_match *first = &m->inputs[0];
    const bool has_bias = strcmp(tfgt_node_op(first->node), "BiasAdd") == 0;
    const tfgt_match *conv = has_bias ? &first->inputs[0] : first;
    const tfgt_node *params[4] = {m->inputs[1].node, m->inputs[2].node, m->inputs[3].node,
                                  m->inputs[4].node};
    tfgt_tensor *bias = NULL, *weights = NULL;
    float *scale = NULL, *offset = NULL;
    int64_t channels = 0;
    char *offset_name = NULL;
    const char *why = NULL;
    tfgt_status st = TFGT_OK;

    if (other_ports_read(consumers, m->node))
        why = "its batch statistics outputs are read";
    else if (tfgt_match_used_outside(m, consumers, conv->inputs[1].node))
        why = "the weights are shared with other nodes";
    else if (has_bias && tfgt_match_used_outside(m, consumers, first->inputs[1].node))
        why = "the bias is shared with other nodes";
    else if (has_bias && tfgt_match_used_outside(m, consumers, conv->node))
        why = "the conv output is also read before the bias";
    else if (has_bias && tfgt_match_used_outside(m, consumers, first->node))
        why = "the BiasAdd output is also read elsewhere";
    else if (has_bias && tfgt_node_get_tensor(first->inputs[1].node, "value", 0, &bias, NULL))
        why = "the bias Const has no readable value";
    if (!why)
        why = bn_scale_offset(m->node, params, bias, &scale, &offset, &channels);
    if (!why)
        why = scaled_weights(conv->node, conv->inputs[1].node, scale, channels, 0, &weights, NULL);
    if (why) {
        skip(s, m->node, why);
        st = tfgt_match_copy_original(m, out, err);
        goto done;
    }
    st = emit_conv(out, conv, weights, offset, channels, &offset_name, err);
    if (st == TFGT_OK &&
        !add_bias_add(out, tfgt_node_name(m->node), tfgt_node_name(conv->node), offset_name,
                      conv->node, err))
        st = emit_failed(err);
    if (st == TFGT_OK)
        s->folded++;
done:
    free(offset_name);
    free(scale);
    free(offset);
    tfgt_tensor_free(bias);
    tfgt_tensor_free(weights);
    return st;
}

/* Pattern 2: BN(BatchToSpaceND(conv(*, w), block, crops), params). */
static tfgt_status fold_batch_to_space(void *user, const tfgt_match *m,
                                       const tfgt_consumers *consumers, tfgt_graph *out,
                                       tfgt_error *err)
{
    fold_state *s = user;
    const tfgt_match *b2s = &m->inputs[0], *conv = &b2s->inputs[0];
    const tfgt_node *params[4] = {m->inputs[1].node, m->inputs[2].node, m->inputs[3].node,
                                  m->inputs[4].node};
    tfgt_tensor *weights = NULL;
    float *scale = NULL, *offset = NULL;
    int64_t channels = 0;
    char *offset_name = NULL, *bias_name = NULL;
    const char *why = NULL;
    tfgt_node *moved;
    tfgt_status st = TFGT_OK;

    if (other_ports_read(consumers, m->node))
        why = "its batch statistics outputs are read";
    else if (tfgt_match_used_outside(m, consumers, conv->inputs[1].node))
        why = "the weights are shared with other nodes";
    if (!why)
        why = bn_scale_offset(m->node, params, NULL, &scale, &offset, &channels);
    if (!why)
        why = scaled_weights(conv->node, conv->inputs[1].node, scale, channels, 0, &weights, NULL);
    if (why) {
        skip(s, m->node, why);
        st = tfgt_match_copy_original(m, out, err);
        goto done;
    }
    st = emit_conv(out, conv, weights, offset, channels, &offset_name, err);
    bias_name = joined(tfgt_node_name(conv->node), "/biasadd");
    if (st == TFGT_OK && !bias_name)
        st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    if (st == TFGT_OK &&
        !add_bias_add(out, bias_name, tfgt_node_name(conv->node), offset_name, conv->node, err))
        st = emit_failed(err);
    if (st == TFGT_OK) {
        moved = tfgt_graph_add_node_copy(out, b2s->node, tfgt_node_name(m->node), err);
        if (!moved || tfgt_node_set_input(moved, 0, bias_name) != TFGT_OK)
            st = emit_failed(err);
    }
    for (int i = 1; st == TFGT_OK && i <= 2; i++)
        if (!tfgt_graph_find_node(out, tfgt_node_name(b2s->inputs[i].node)) &&
            !tfgt_graph_add_node_copy(out, b2s->inputs[i].node, NULL, err))
            st = emit_failed(err);
    if (st == TFGT_OK)
        s->folded++;
done:
    free(offset_name);
    free(bias_name);
    free(scale);
    free(offset);
    tfgt_tensor_free(weights);
    return st;
}

/* Pattern 3: BN(ConcatV2(Conv2D(*, w0), Conv2D(*, w1), axis), params). */
static tfgt_status fold_concat(void *user, const tfgt_match *m, const tfgt_consumers *consumers,
                               tfgt_graph *out, tfgt_error *err)
{
    fold_state *s = user;
    const tfgt_match *concat = &m->inputs[0];
    const tfgt_node *params[4] = {m->inputs[1].node, m->inputs[2].node, m->inputs[3].node,
                                  m->inputs[4].node};
    tfgt_tensor *axis_t = NULL, *weights[2] = {NULL, NULL};
    float *scale = NULL, *offset = NULL;
    int64_t channels = 0, axis = 0, used = 0;
    const char *why = NULL;
    char *names[2] = {NULL, NULL}, *offset_names[2] = {NULL, NULL};
    tfgt_node *moved;
    tfgt_status st = TFGT_OK;

    if (strcmp(tfgt_node_op(concat->node), "ConcatV2") != 0)
        why = "v1 Concat puts its axis first";
    else if (other_ports_read(consumers, m->node))
        why = "its batch statistics outputs are read";
    else if (tfgt_node_get_tensor(concat->inputs[2].node, "value", 0, &axis_t, NULL) != TFGT_OK ||
             axis_t->count != 1)
        why = "the concat axis is not a readable scalar";
    for (int k = 0; !why && k < 2; k++)
        if (tfgt_match_used_outside(m, consumers, concat->inputs[k].inputs[1].node))
            why = "the weights are shared with other nodes";
    if (!why) {
        axis = (int64_t)tfgt_tensor_get_double(axis_t, 0);
        why = bn_scale_offset(m->node, params, NULL, &scale, &offset, &channels);
    }
    /* axis 3 (channels): each conv takes its own slice; otherwise both
     * get every channel. */
    for (int k = 0; !why && k < 2; k++) {
        const tfgt_match *conv = &concat->inputs[k];
        int64_t cols = 0;
        why = scaled_weights(conv->node, conv->inputs[1].node, scale, channels,
                             axis == 3 ? used : 0, &weights[k], &cols);
        if (!why && axis != 3 && cols != channels)
            why = "the channel count differs from the weights' output channels";
        used += cols;
    }
    if (!why && axis == 3 && used != channels)
        why = "the channel count differs from the concatenated output channels";
    if (why) {
        skip(s, m->node, why);
        st = tfgt_match_copy_original(m, out, err);
        goto done;
    }
    used = 0;
    for (int k = 0; st == TFGT_OK && k < 2; k++) {
        const tfgt_match *conv = &concat->inputs[k];
        int64_t cols = weights[k]->dims[3];
        int64_t first = axis == 3 ? used : 0;
        char suffix[16];
        st = emit_conv(out, conv, weights[k], offset + first, axis == 3 ? cols : channels,
                       &offset_names[k], err);
        snprintf(suffix, sizeof suffix, "_bn_in%d", k);
        names[k] = joined(tfgt_node_name(concat->node), suffix);
        if (st == TFGT_OK && !names[k])
            st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        if (st == TFGT_OK && !add_bias_add(out, names[k], tfgt_node_name(conv->node),
                                           offset_names[k], conv->node, err))
            st = emit_failed(err);
        used += cols;
    }
    if (st == TFGT_OK) {
        moved = tfgt_graph_add_node_copy(out, concat->node, tfgt_node_name(m->node), err);
        if (!moved || tfgt_node_set_input(moved, 0, names[0]) != TFGT_OK ||
            tfgt_node_set_input(moved, 1, names[1]) != TFGT_OK)
            st = emit_failed(err);
    }
    if (st == TFGT_OK && !tfgt_graph_find_node(out, tfgt_node_name(concat->inputs[2].node)) &&
        !tfgt_graph_add_node_copy(out, concat->inputs[2].node, NULL, err))
        st = emit_failed(err);
    if (st == TFGT_OK)
        s->folded++;
done:
    for (int k = 0; k < 2; k++) {
        free(names[k]);
        free(offset_names[k]);
        tfgt_tensor_free(weights[k]);
    }
    tfgt_tensor_free(axis_t);
    free(scale);
    free(offset);
    return st;
}

static tfgt_status until_stable(tfgt_graph *graph, fold_state *s, const char *pattern,
                                tfgt_match_replace_fn fn, tfgt_error *err)
{
    size_t before;
    do {
        tfgt_status st;
        before = s->folded;
        st = tfgt_replace_matches(graph, pattern, fn, s, false, NULL, err);
        if (st != TFGT_OK)
            return st;
    } while (s->folded != before);
    return TFGT_OK;
}

tfgt_status tfgt_transform_fold_old_batch_norms(tfgt_graph *graph,
                                                const tfgt_transform_context *ctx,
                                                tfgt_error *err)
{
    fold_state s = {ctx, 0, err};
    tfgt_status st;
    st = until_stable(graph, &s, BN_OPS "(Conv2D|DepthwiseConv2dNative(*, Const), " PARAMS ")",
                      fold_direct, err);
    if (st == TFGT_OK)
        st = until_stable(graph, &s,
                          BN_OPS "(BiasAdd(Conv2D|DepthwiseConv2dNative(*, Const), Const), "
                                 PARAMS ")",
                          fold_direct, err);
    if (st == TFGT_OK)
        st = until_stable(graph, &s,
                          BN_OPS "(BatchToSpaceND(Conv2D|DepthwiseConv2dNative(*, Const), Const, "
                                 "Const), " PARAMS ")",
                          fold_batch_to_space, err);
    if (st == TFGT_OK)
        st = until_stable(graph, &s,
                          BN_OPS "(ConcatV2|Concat(Conv2D(*, Const), Conv2D(*, Const), Const), "
                                 PARAMS ")",
                          fold_concat, err);
    if (st == TFGT_OK)
        tfgt_transform_log(ctx, TFGT_LOG_INFO, "fold_old_batch_norms: %zu batch norms folded",
                           s.folded);
    return st;
}
