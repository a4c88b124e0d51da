/* ops.c - the op table: the union of the kernel families' tables
 * (see ops.h and kernels/kernels.h). */
#include <string.h>

#include "kernels/kernels.h"
#include "tfgt/executor.h"

static const tfgt_op_def *const families[] = {
    tfgt_ops_basic, tfgt_ops_elementwise, tfgt_ops_reduce, tfgt_ops_conv,      tfgt_ops_matmul,
    tfgt_ops_norm,  tfgt_ops_array,       tfgt_ops_image,  tfgt_ops_fake_quant,
    tfgt_ops_quantize, tfgt_ops_quantized, tfgt_ops_fused_conv, tfgt_ops_quantized_fused,
};

size_t tfgt_op_count(void)
{
    size_t n = 0;
    for (size_t f = 0; f < sizeof families / sizeof families[0]; f++)
        for (const tfgt_op_def *op = families[f]; op->name; op++)
            n++;
    return n;
}

const tfgt_op_def *tfgt_op_at(size_t i)
{
    for (size_t f = 0; f < sizeof families / sizeof families[0]; f++)
        for (const tfgt_op_def *op = families[f]; op->name; op++)
            if (i-- == 0)
                return op;
    return NULL;
}

const tfgt_op_def *tfgt_op_find(const char *name)
{
    for (size_t f = 0; f < sizeof families / sizeof families[0]; f++)
        for (const tfgt_op_def *op = families[f]; op->name; op++)
            if (strcmp(op->name, name) == 0)
                return op;
    return NULL;
}

bool tfgt_op_is_known(const char *op)
{
    return tfgt_op_find(op) != NULL;
}

bool tfgt_op_is_stateful(const char *op)
{
    const tfgt_op_def *def = tfgt_op_find(op);
    return !def || (def->flags & (TFGT_OP_STATEFUL | TFGT_OP_RANDOM | TFGT_OP_SOURCE));
}

tfgt_status tfgt_node_add_default_attrs(tfgt_node *node, size_t *added, tfgt_error *err)
{
    const tfgt_op_def *def = tfgt_op_find(tfgt_node_op(node));
    size_t count = 0;
    if (added)
        *added = 0;
    if (!def)
        return tfgt_fail_node(err, TFGT_E_NOT_FOUND, tfgt_node_name(node),
                              "op '%s' is not in tfgt's op table", tfgt_node_op(node));
    for (const tfgt_op_attr *a = def->attrs; a && a->name; a++) {
        tfgt_status st;
        if (!a->default_value || tfgt_node_has_attr(node, a->name))
            continue;
        st = tfgt_node_set_attr_from_text(node, a->name, a->default_value, err);
        if (st != TFGT_OK)
            return st;
        count++;
    }
    if (added)
        *added = count;
    return TFGT_OK;
}
