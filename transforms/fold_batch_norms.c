/* fold_batch_norms.c - a Mul by a constant right after Conv2D, MatMul or
 * DepthwiseConv2dNative (what fold_constants leaves of a batch norm) is
 * folded into the weights: w[i] *= mul[i mod columns], and the conv takes
 * the Mul's name so its consumers read the conv directly (spec §2.5).
 *
 * Where TensorFlow is wrong we do better (README, "Differences"):
 * MatMul with transpose_b=true scales rows, not columns; a scalar Mul
 * scales every weight; any other shape, an NCHW conv with per-channel
 * values, non-float data or shared weights leave the pattern alone with
 * a logged reason (TensorFlow fails the whole transform or folds wrongly);
 * the pass repeats until nothing more folds (chained Muls). */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "tfgt/tensor.h"
#include "transforms.h"

typedef struct fold_state {
    const tfgt_transform_context *ctx;
    size_t folded;
} fold_state;

/* Why a match cannot fold, or NULL when it can.  On success *scale is the
 * per-column factor tensor (count 1 or columns) and *weights the weights. */
static const char *check_fold(const tfgt_match *m, const tfgt_consumers *consumers,
                              tfgt_tensor **weights, tfgt_tensor **scale, int64_t *columns,
                              bool *rows)
{
    const tfgt_match *conv = &m->inputs[0];
    const tfgt_node *w = conv->inputs[1].node, *mul = m->inputs[1].node;
    const char *op = tfgt_node_op(conv->node);
    tfgt_tensor *wt = NULL, *st = NULL;
    bool transpose_b = false;
    const char *why = NULL;
    char format[8] = "NHWC";
    const char *fmt;
    size_t len;

    *rows = false;
    if (tfgt_match_used_outside(m, consumers, conv->node))
        return "the conv output is also read elsewhere";
    if (tfgt_match_used_outside(m, consumers, w))
        return "the weights are shared with other nodes";
    if (tfgt_match_used_outside(m, consumers, mul))
        return "the Mul constant is shared with other nodes";
    if (tfgt_node_get_tensor(w, "value", 0, &wt, NULL) != TFGT_OK)
        return "the weights Const has no readable value";
    if (tfgt_node_get_tensor(mul, "value", 0, &st, NULL) != TFGT_OK) {
        tfgt_tensor_free(wt);
        return "the Mul Const has no readable value";
    }
    if (wt->dtype != TFGT_DT_FLOAT || st->dtype != TFGT_DT_FLOAT) {
        why = "only float weights fold";
        goto fail;
    }
    if (strcmp(op, "MatMul") == 0) {
        if (wt->rank != 2) {
            why = "MatMul weights are not 2-D";
            goto fail;
        }
        tfgt_node_get_bool(conv->node, "transpose_b", &transpose_b, NULL);
        *columns = transpose_b ? wt->dims[0] : wt->dims[1];
        *rows = transpose_b;
    } else {
        if (wt->rank != 4) {
            why = "convolution weights are not 4-D";
            goto fail;
        }
        *columns = strcmp(op, "Conv2D") == 0 ? wt->dims[3] : wt->dims[2] * wt->dims[3];
        if (tfgt_node_get_string(conv->node, "data_format", &fmt, &len, NULL) == TFGT_OK &&
            len < sizeof format) {
            memcpy(format, fmt, len);
            format[len] = 0;
        }
    }
    if (st->count == 1 && st->rank <= (strcmp(op, "MatMul") == 0 ? 2 : 4)) {
        /* a scalar scale: every weight */
    } else {
        bool trailing = st->count == *columns && st->rank >= 1 &&
                        st->dims[st->rank - 1] == *columns &&
                        st->rank <= (strcmp(op, "MatMul") == 0 ? 2 : 4);
        if (!trailing) {
            why = "the Mul constant's shape does not match the output channels";
            goto fail;
        }
        if (strcmp(format, "NHWC") != 0) {
            why = "per-channel values on an NCHW convolution scale the wrong axis";
            goto fail;
        }
    }
    *weights = wt;
    *scale = st;
    return NULL;
fail:
    tfgt_tensor_free(wt);
    tfgt_tensor_free(st);
    return why;
}

static tfgt_status fold_one(void *user, const tfgt_match *m, const tfgt_consumers *consumers,
                            tfgt_graph *out, tfgt_error *err)
{
    fold_state *state = user;
    const tfgt_match *conv = &m->inputs[0];
    tfgt_tensor *weights = NULL, *scale = NULL;
    int64_t columns = 1;
    bool rows;
    const char *why = check_fold(m, consumers, &weights, &scale, &columns, &rows);
    tfgt_node *conv_copy;
    tfgt_status st = TFGT_OK;

    if (why) {
        tfgt_transform_log(state->ctx, TFGT_LOG_INFO, "fold_batch_norms: left '%s' alone: %s",
                           tfgt_node_name(m->node), why);
        return tfgt_match_copy_original(m, out, err);
    }
    {
        float *w = weights->data;
        const float *s = scale->data;
        int64_t inner = rows ? weights->dims[1] : 1;
        for (int64_t i = 0; i < weights->count; i++) {
            int64_t c = rows ? i / inner : i % columns;
            w[i] *= scale->count == 1 ? s[0] : s[c];
        }
    }
    if (!tfgt_graph_add_const(out, tfgt_node_name(conv->inputs[1].node), weights, err) ||
        !tfgt_graph_add_node_copy(out, conv->inputs[0].node, NULL, err) ||
        !(conv_copy = tfgt_graph_add_node_copy(out, conv->node, tfgt_node_name(m->node), err))) {
        st = err ? err->status : TFGT_E_NO_MEMORY;
        goto done;
    }
    /* keep the Mul's control inputs */
    for (size_t i = 0; i < tfgt_node_input_count(m->node); i++)
        if (tfgt_node_input(m->node, i)[0] == '^' &&
            tfgt_node_add_input(conv_copy, tfgt_node_input(m->node, i)) != TFGT_OK) {
            st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
            goto done;
        }
    state->folded++;
done:
    tfgt_tensor_free(weights);
    tfgt_tensor_free(scale);
    return st;
}

tfgt_status tfgt_transform_fold_batch_norms(tfgt_graph *graph, const tfgt_transform_context *ctx,
                                            tfgt_error *err)
{
    fold_state state = {ctx, 0};
    size_t before;
    do {
        tfgt_status st;
        before = state.folded;
        st = tfgt_replace_matches(graph, "Mul(Conv2D|MatMul|DepthwiseConv2dNative(*, Const), Const)",
                                  fold_one, &state, false, NULL, err);
        if (st != TFGT_OK)
            return st;
    } while (state.folded != before);
    tfgt_transform_log(ctx, TFGT_LOG_INFO, "fold_batch_norms: %zu Muls folded into weights",
                       state.folded);
    return TFGT_OK;
}
