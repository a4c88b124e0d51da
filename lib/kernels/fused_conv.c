/* kernels/fused_conv.c - FusedPadConv2D and FusedResizeAndPadConv2D, the
 * ops the fuse_* transforms emit.  They compute exactly what the unfused
 * chain computes (ResizeBilinear without half-pixel centres, MirrorPad,
 * Conv2D NHWC), by running those kernels one after the other on a
 * scratch node that carries the attributes each step reads. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels.h"

/* Run the kernel of `op` on `node` with `inputs`; *out is its output 0. */
static tfgt_status run_step(tfgt_kernel_context *ctx, const tfgt_node *node,
                            const tfgt_tensor *const *inputs, size_t n, tfgt_tensor **out)
{
    const tfgt_op_def *def = tfgt_op_find(tfgt_node_op(node));
    tfgt_tensor *outputs[1] = {NULL};
    tfgt_kernel_context step = {node,         inputs,       n,
                                outputs,      1,            0,
                                ctx->memory_limit, ctx->threads, ctx->from_constants,
                                ctx->err};
    tfgt_status st;
    if (!def || !def->kernel)
        return tfgt_kernel_fail(ctx, TFGT_E_INTERNAL, "no kernel for %s", tfgt_node_op(node));
    st = def->kernel(&step);
    if (st != TFGT_OK) {
        tfgt_tensor_free(outputs[0]);
        return st;
    }
    *out = outputs[0];
    return TFGT_OK;
}

/* Scratch nodes named after the fused node, so errors still name it. */
static tfgt_node *scratch_node(tfgt_kernel_context *ctx, tfgt_graph *g, const char *op,
                               const char *const *attrs, const char *const *as)
{
    char name[512];
    tfgt_node *n;
    snprintf(name, sizeof name, "%s%s%s", tfgt_node_name(ctx->node),
             strcmp(op, "Conv2D") == 0 ? "" : "/", strcmp(op, "Conv2D") == 0 ? "" : op);
    n = tfgt_graph_add_node(g, name, op, ctx->err);
    for (size_t i = 0; n && attrs[i]; i++)
        if (tfgt_node_has_attr(ctx->node, attrs[i]) &&
            tfgt_node_copy_attr(n, ctx->node, attrs[i], as[i], ctx->err) != TFGT_OK)
            return NULL;
    return n;
}

static tfgt_status fused(tfgt_kernel_context *ctx, bool resize)
{
    static const char *const pad_attrs[] = {"mode", NULL};
    static const char *const conv_attrs[] = {"T", "strides", "padding", NULL};
    static const char *const resize_attrs[] = {"resize_align_corners", NULL};
    static const char *const resize_as[] = {"align_corners", NULL};
    tfgt_graph *g = tfgt_graph_new();
    tfgt_node *resize_node = NULL, *pad_node, *conv_node;
    tfgt_tensor *resized = NULL, *padded = NULL, *result = NULL;
    const tfgt_tensor *image = ctx->inputs[0];
    const tfgt_tensor *paddings = ctx->inputs[resize ? 2 : 1];
    const tfgt_tensor *filter = ctx->inputs[resize ? 3 : 2];
    tfgt_status st = TFGT_OK;

    if (!g)
        return tfgt_kernel_fail(ctx, TFGT_E_NO_MEMORY, "out of memory");
    if (resize && !(resize_node = scratch_node(ctx, g, "ResizeBilinear", resize_attrs, resize_as)))
        st = TFGT_E_NO_MEMORY;
    pad_node = st == TFGT_OK ? scratch_node(ctx, g, "MirrorPad", pad_attrs, pad_attrs) : NULL;
    conv_node = pad_node ? scratch_node(ctx, g, "Conv2D", conv_attrs, conv_attrs) : NULL;
    if (!conv_node) {
        tfgt_graph_free(g);
        return tfgt_kernel_fail(ctx, TFGT_E_NO_MEMORY, "out of memory");
    }
    if (resize) {
        const tfgt_tensor *in[2] = {ctx->inputs[0], ctx->inputs[1]};
        st = run_step(ctx, resize_node, in, 2, &resized);
        image = resized;
    }
    if (st == TFGT_OK) {
        const tfgt_tensor *in[2] = {image, paddings};
        st = run_step(ctx, pad_node, in, 2, &padded);
    }
    if (st == TFGT_OK) {
        const tfgt_tensor *in[2] = {padded, filter};
        st = run_step(ctx, conv_node, in, 2, &result);
    }
    if (st == TFGT_OK) {
        ctx->outputs[0] = result;
        ctx->n_outputs = 1;
    }
    tfgt_tensor_free(resized);
    tfgt_tensor_free(padded);
    tfgt_graph_free(g);
    return st;
}

static tfgt_status kernel_fused_pad_conv2d(tfgt_kernel_context *ctx)
{
    return fused(ctx, false);
}

static tfgt_status kernel_fused_resize_and_pad_conv2d(tfgt_kernel_context *ctx)
{
    return fused(ctx, true);
}

static const tfgt_op_attr attrs_fused_pad[] = {
    {"T", NULL},
    {"mode", NULL},
    {"strides", NULL},
    {"padding", NULL},
    {NULL, NULL},
};

static const tfgt_op_attr attrs_fused_resize[] = {
    {"T", NULL},
    {"resize_align_corners", "b: false"},
    {"mode", NULL},
    {"strides", NULL},
    {"padding", NULL},
    {NULL, NULL},
};

const tfgt_op_def tfgt_ops_fused_conv[] = {
    {"FusedPadConv2D", 3, 3, 0, attrs_fused_pad, kernel_fused_pad_conv2d},
    {"FusedResizeAndPadConv2D", 4, 4, 0, attrs_fused_resize, kernel_fused_resize_and_pad_conv2d},
    {NULL, 0, 0, 0, NULL, NULL},
};
