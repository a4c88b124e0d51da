/* flatten_atrous_conv.c - SpaceToBatchND -> Conv2D/Depthwise ->
 * BatchToSpaceND (how TensorFlow 1 wrote dilated convolutions) becomes one
 * convolution with the filter's taps spread out by the rate, zeros in
 * between, and SAME padding (spec §2.4).  The new conv takes the
 * BatchToSpaceND's name; the filter keeps its name.
 * Unlike TensorFlow: a non-Const block shape or filter leaves the pattern
 * alone (TensorFlow crashes), the input keeps its port, and the block,
 * paddings and crops nodes stay when something else still reads them. */
#define _POSIX_C_SOURCE 200809L
#include <string.h>

#include "match.h"
#include "tfgt/tensor.h"
#include "transforms.h"

typedef struct flatten_state {
    const tfgt_transform_context *ctx;
    size_t flattened;
} flatten_state;

/* The filter with taps (h, w) moved to (h * rate_h, w * rate_w). */
static tfgt_tensor *spread_filter(const tfgt_tensor *f, int64_t rate_h, int64_t rate_w,
                                  tfgt_error *err)
{
    int64_t dims[4] = {(f->dims[0] - 1) * rate_h + 1, (f->dims[1] - 1) * rate_w + 1, f->dims[2],
                       f->dims[3]};
    int64_t depth = f->dims[2] * f->dims[3];
    tfgt_tensor *t = tfgt_tensor_new(TFGT_DT_FLOAT, 4, dims, 0, err);
    if (!t)
        return NULL;
    for (int64_t h = 0; h < f->dims[0]; h++)
        for (int64_t w = 0; w < f->dims[1]; w++)
            memcpy((float *)t->data + ((h * rate_h) * dims[1] + w * rate_w) * depth,
                   (const float *)f->data + (h * f->dims[1] + w) * depth,
                   (size_t)depth * sizeof(float));
    return t;
}

static tfgt_status flatten_one(void *user, const tfgt_match *m, const tfgt_consumers *consumers,
                               tfgt_graph *out, tfgt_error *err)
{
    flatten_state *s = user;
    const tfgt_match *conv = &m->inputs[0], *s2b = &conv->inputs[0];
    const tfgt_node *filter_node = conv->inputs[1].node, *block_node = s2b->inputs[1].node;
    tfgt_tensor *filter = NULL, *block = NULL, *spread = NULL;
    const char *why = NULL;
    tfgt_node *c;
    tfgt_status st = TFGT_OK;

    if (strcmp(tfgt_node_op(filter_node), "Const") != 0 ||
        strcmp(tfgt_node_op(block_node), "Const") != 0)
        why = "the filter and block shape must be Consts";
    else if (tfgt_node_get_tensor(filter_node, "value", 0, &filter, NULL) != TFGT_OK ||
             tfgt_node_get_tensor(block_node, "value", 0, &block, NULL) != TFGT_OK)
        why = "a Const has no readable value";
    else if (filter->dtype != TFGT_DT_FLOAT || filter->rank != 4)
        why = "the filter is not a 4-D float tensor";
    else if (block->count != 2 || tfgt_tensor_get_double(block, 0) < 1 ||
             tfgt_tensor_get_double(block, 1) < 1)
        why = "the block shape is not two positive rates";
    else if (tfgt_match_used_outside(m, consumers, filter_node))
        why = "the filter is shared with other nodes";
    if (!why) {
        spread = spread_filter(filter, (int64_t)tfgt_tensor_get_double(block, 0),
                               (int64_t)tfgt_tensor_get_double(block, 1), err);
        if (!spread)
            st = err ? err->status : TFGT_E_NO_MEMORY;
    }
    if (why) {
        tfgt_transform_log(s->ctx, TFGT_LOG_INFO, "flatten_atrous_conv: left '%s' alone: %s",
                           tfgt_node_name(m->node), why);
        st = tfgt_match_copy_original(m, out, err);
        goto done;
    }
    if (st != TFGT_OK)
        goto done;
    if ((st = tfgt_match_emit_once(out, s2b->inputs[0].node, err)) != TFGT_OK)
        goto done;
    if (!tfgt_graph_add_const(out, tfgt_node_name(filter_node), spread, err)) {
        st = err ? err->status : TFGT_E_NO_MEMORY;
        goto done;
    }
    c = tfgt_graph_add_node(out, tfgt_node_name(m->node), tfgt_node_op(conv->node), err);
    if (!c || tfgt_node_set_device(c, tfgt_node_device(conv->node)) != TFGT_OK ||
        tfgt_node_add_input(c, tfgt_node_input(s2b->node, 0)) != TFGT_OK ||
        tfgt_node_add_input(c, tfgt_node_name(filter_node)) != TFGT_OK ||
        tfgt_node_set_string(c, "padding", "SAME", 4) != TFGT_OK) {
        st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        goto done;
    }
    {
        static const char *const copied[] = {"T", "strides", "data_format", "use_cudnn_on_gpu",
                                             NULL};
        for (size_t i = 0; copied[i] && st == TFGT_OK; i++)
            if (tfgt_node_has_attr(conv->node, copied[i]))
                st = tfgt_node_copy_attr(c, conv->node, copied[i], NULL, err);
    }
    /* block shapes, paddings and crops others still read */
    {
        const tfgt_node *rest[4] = {s2b->inputs[1].node, s2b->inputs[2].node,
                                    m->inputs[1].node, m->inputs[2].node};
        for (int i = 0; i < 4 && st == TFGT_OK; i++)
            if (tfgt_match_used_outside(m, consumers, rest[i]))
                st = tfgt_match_emit_once(out, rest[i], err);
    }
    if (st == TFGT_OK)
        s->flattened++;
done:
    tfgt_tensor_free(filter);
    tfgt_tensor_free(block);
    tfgt_tensor_free(spread);
    return st;
}

tfgt_status tfgt_transform_flatten_atrous_conv(tfgt_graph *graph,
                                               const tfgt_transform_context *ctx, tfgt_error *err)
{
    flatten_state s = {ctx, 0};
    tfgt_status st = tfgt_replace_matches(
        graph, "BatchToSpaceND(Conv2D|DepthwiseConv2dNative(SpaceToBatchND(*, *, *), *), *, *)",
        flatten_one, &s, false, NULL, err);
    if (st == TFGT_OK)
        tfgt_transform_log(ctx, TFGT_LOG_INFO, "flatten_atrous_conv: %zu convolutions flattened",
                           s.flattened);
    return st;
}
