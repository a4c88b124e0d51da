/* fuse_pad_and_conv.c - Conv2D(MirrorPad(x, paddings), w) becomes one
 * FusedPadConv2D(x, paddings, w) named as the conv (spec §2.9), which
 * saves materialising the padded image.  Unlike TensorFlow, a conv that
 * is not NHWC with unit dilations is left alone (the fused op assumes
 * both). */
#define _POSIX_C_SOURCE 200809L
#include <string.h>

#include "match.h"
#include "transforms.h"

typedef struct fuse_state {
    const tfgt_transform_context *ctx;
    size_t fused;
} fuse_state;

static tfgt_status fuse_one(void *user, const tfgt_match *m, const tfgt_consumers *consumers,
                            tfgt_graph *out, tfgt_error *err)
{
    fuse_state *s = user;
    const tfgt_match *pad = &m->inputs[0];
    tfgt_node *f;
    tfgt_status st;
    (void)consumers;
    if (!tfgt_conv_is_nhwc_undilated(m->node)) {
        tfgt_transform_log(s->ctx, TFGT_LOG_INFO,
                           "fuse_pad_and_conv: left '%s' alone: not NHWC with dilation 1",
                           tfgt_node_name(m->node));
        return tfgt_match_copy_original(m, out, err);
    }
    if ((st = tfgt_match_emit_once(out, m->inputs[1].node, err)) != TFGT_OK ||
        (st = tfgt_match_emit_once(out, pad->inputs[0].node, err)) != TFGT_OK ||
        (st = tfgt_match_emit_once(out, pad->inputs[1].node, err)) != TFGT_OK)
        return st;
    f = tfgt_graph_add_node(out, tfgt_node_name(m->node), "FusedPadConv2D", err);
    if (!f)
        return err ? err->status : TFGT_E_NO_MEMORY;
    if (tfgt_node_set_device(f, tfgt_node_device(m->node)) != TFGT_OK ||
        tfgt_node_add_input(f, tfgt_node_input(pad->node, 0)) != TFGT_OK ||
        tfgt_node_add_input(f, tfgt_node_input(pad->node, 1)) != TFGT_OK ||
        tfgt_node_add_input(f, tfgt_node_input(m->node, 1)) != TFGT_OK)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    if (tfgt_node_copy_attr(f, pad->node, "mode", NULL, err) != TFGT_OK ||
        tfgt_node_copy_attr(f, m->node, "T", NULL, err) != TFGT_OK ||
        tfgt_node_copy_attr(f, m->node, "padding", NULL, err) != TFGT_OK ||
        tfgt_node_copy_attr(f, m->node, "strides", NULL, err) != TFGT_OK)
        return err ? err->status : TFGT_E_INVALID_GRAPH;
    s->fused++;
    return TFGT_OK;
}

tfgt_status tfgt_transform_fuse_pad_and_conv(tfgt_graph *graph, const tfgt_transform_context *ctx,
                                             tfgt_error *err)
{
    fuse_state s = {ctx, 0};
    tfgt_status st = tfgt_replace_matches(graph, "Conv2D(MirrorPad(*, *), *)", fuse_one, &s, false,
                                          NULL, err);
    if (st == TFGT_OK)
        tfgt_transform_log(ctx, TFGT_LOG_INFO, "fuse_pad_and_conv: %zu convolutions fused",
                           s.fused);
    return st;
}
