/* kernel.c - helpers every kernel uses (see kernel.h). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "graph_internal.h"
#include "kernel.h"

tfgt_status tfgt_kernel_fail(tfgt_kernel_context *ctx, tfgt_status status, const char *fmt, ...)
{
    char text[TFGT_ERROR_MESSAGE_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    return tfgt_fail_node(ctx->err, status, tfgt_node_name(ctx->node), "%s: %s",
                          tfgt_node_op(ctx->node), text);
}

static tfgt_tensor *kernel_output(tfgt_kernel_context *ctx, size_t index, int dtype, int rank,
                                  const int64_t *dims, bool zero)
{
    tfgt_error inner;
    tfgt_tensor *t;
    if (index >= ctx->max_outputs) {
        tfgt_kernel_fail(ctx, TFGT_E_LIMIT, "output %zu exceeds the %zu outputs supported", index,
                         ctx->max_outputs);
        return NULL;
    }
    t = zero ? tfgt_tensor_new(dtype, rank, dims, ctx->memory_limit, &inner)
             : tfgt_tensor_new_uninit(dtype, rank, dims, ctx->memory_limit, &inner);
    if (!t) {
        tfgt_kernel_fail(ctx, inner.status, "output %zu: %s", index, inner.message);
        return NULL;
    }
    tfgt_tensor_free(ctx->outputs[index]);
    ctx->outputs[index] = t;
    if (index + 1 > ctx->n_outputs)
        ctx->n_outputs = index + 1;
    return t;
}

tfgt_tensor *tfgt_kernel_output(tfgt_kernel_context *ctx, size_t index, int dtype, int rank,
                                const int64_t *dims)
{
    return kernel_output(ctx, index, dtype, rank, dims, true);
}

tfgt_tensor *tfgt_kernel_output_uninit(tfgt_kernel_context *ctx, size_t index, int dtype,
                                       int rank, const int64_t *dims)
{
    return kernel_output(ctx, index, dtype, rank, dims, false);
}

tfgt_tensor *tfgt_kernel_output_copy(tfgt_kernel_context *ctx, size_t index,
                                     const tfgt_tensor *src)
{
    tfgt_tensor *t = tfgt_kernel_output(ctx, index, src->dtype, src->rank, src->dims);
    if (!t)
        return NULL;
    if (src->dtype == TFGT_DT_STRING) {
        tfgt_error inner;
        tfgt_tensor *copy = tfgt_tensor_copy(src, &inner);
        if (!copy) {
            tfgt_kernel_fail(ctx, inner.status, "%s", inner.message);
            return NULL;
        }
        tfgt_tensor_free(t);
        ctx->outputs[index] = copy;
        return copy;
    }
    if (src->nbytes)
        memcpy(t->data, src->data, src->nbytes);
    return t;
}

static const Tensorflow__AttrValue *attr_value(const tfgt_kernel_context *ctx, const char *key,
                                               int value_case)
{
    const tfgt_attr *attr = tfgt_node_find_attr(ctx->node, key);
    if (!attr || !attr->value || (int)attr->value->value_case != value_case)
        return NULL;
    return attr->value;
}

int64_t tfgt_kernel_attr_int(const tfgt_kernel_context *ctx, const char *key, int64_t fallback)
{
    const Tensorflow__AttrValue *v = attr_value(ctx, key, TENSORFLOW__ATTR_VALUE__VALUE_I);
    return v ? v->i : fallback;
}

float tfgt_kernel_attr_float(const tfgt_kernel_context *ctx, const char *key, float fallback)
{
    const Tensorflow__AttrValue *v = attr_value(ctx, key, TENSORFLOW__ATTR_VALUE__VALUE_F);
    return v ? v->f : fallback;
}

bool tfgt_kernel_attr_bool(const tfgt_kernel_context *ctx, const char *key, bool fallback)
{
    const Tensorflow__AttrValue *v = attr_value(ctx, key, TENSORFLOW__ATTR_VALUE__VALUE_B);
    return v ? v->b != 0 : fallback;
}

int tfgt_kernel_attr_type(const tfgt_kernel_context *ctx, const char *key, int fallback)
{
    const Tensorflow__AttrValue *v = attr_value(ctx, key, TENSORFLOW__ATTR_VALUE__VALUE_TYPE);
    return v ? (int)v->type : fallback;
}

void tfgt_kernel_attr_string(const tfgt_kernel_context *ctx, const char *key,
                             const char *fallback, char *out, size_t size)
{
    const Tensorflow__AttrValue *v = attr_value(ctx, key, TENSORFLOW__ATTR_VALUE__VALUE_S);
    if (!size)
        return;
    if (v) {
        size_t n = v->s.len < size - 1 ? v->s.len : size - 1;
        if (n)
            memcpy(out, v->s.data, n);
        out[n] = '\0';
    } else {
        snprintf(out, size, "%s", fallback ? fallback : "");
    }
}

int tfgt_kernel_attr_ints(const tfgt_kernel_context *ctx, const char *key, int64_t *out, int max)
{
    const Tensorflow__AttrValue *v = attr_value(ctx, key, TENSORFLOW__ATTR_VALUE__VALUE_LIST);
    int n;
    if (!v || !v->list)
        return -1;
    n = v->list->n_i > (size_t)max ? max : (int)v->list->n_i;
    for (int i = 0; i < n; i++)
        out[i] = v->list->i[i];
    return (int)v->list->n_i;
}

int tfgt_kernel_read_ints(tfgt_kernel_context *ctx, const tfgt_tensor *t, int64_t *out, int max,
                          const char *what)
{
    if (t->rank > 1) {
        tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s must be a scalar or a vector, not rank %d",
                         what, t->rank);
        return -1;
    }
    if (t->dtype != TFGT_DT_INT32 && t->dtype != TFGT_DT_INT64) {
        tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s must be int32 or int64, not %s", what,
                         tfgt_dtype_name(t->dtype) ? tfgt_dtype_name(t->dtype) : "?");
        return -1;
    }
    if (t->count > max) {
        tfgt_kernel_fail(ctx, TFGT_E_LIMIT, "%s has %lld values, more than %d", what,
                         (long long)t->count, max);
        return -1;
    }
    for (int64_t i = 0; i < t->count; i++)
        out[i] = t->dtype == TFGT_DT_INT32 ? ((const int32_t *)t->data)[i]
                                           : ((const int64_t *)t->data)[i];
    return (int)t->count;
}

double tfgt_tensor_get_double(const tfgt_tensor *t, int64_t i)
{
    const void *d = t->data;
    switch (t->dtype) {
    case TFGT_DT_FLOAT: return ((const float *)d)[i];
    case TFGT_DT_DOUBLE: return ((const double *)d)[i];
    case TFGT_DT_INT32: case TFGT_DT_QINT32: return ((const int32_t *)d)[i];
    case TFGT_DT_INT64: return (double)((const int64_t *)d)[i];
    case TFGT_DT_INT16: case TFGT_DT_QINT16: return ((const int16_t *)d)[i];
    case TFGT_DT_UINT16: case TFGT_DT_QUINT16: return ((const uint16_t *)d)[i];
    case TFGT_DT_INT8: case TFGT_DT_QINT8: return ((const int8_t *)d)[i];
    case TFGT_DT_UINT8: case TFGT_DT_QUINT8: case TFGT_DT_BOOL: return ((const uint8_t *)d)[i];
    case TFGT_DT_UINT32: return ((const uint32_t *)d)[i];
    case TFGT_DT_UINT64: return (double)((const uint64_t *)d)[i];
    case TFGT_DT_HALF: return tfgt_half_to_float(((const uint16_t *)d)[i]);
    case TFGT_DT_BFLOAT16: return tfgt_bfloat16_to_float(((const uint16_t *)d)[i]);
    default: return 0.0;
    }
}

void tfgt_tensor_set_double(tfgt_tensor *t, int64_t i, double v)
{
    void *d = t->data;
    switch (t->dtype) {
    case TFGT_DT_FLOAT: ((float *)d)[i] = (float)v; break;
    case TFGT_DT_DOUBLE: ((double *)d)[i] = v; break;
    case TFGT_DT_INT32: case TFGT_DT_QINT32: ((int32_t *)d)[i] = (int32_t)v; break;
    case TFGT_DT_INT64: ((int64_t *)d)[i] = (int64_t)v; break;
    case TFGT_DT_INT16: case TFGT_DT_QINT16: ((int16_t *)d)[i] = (int16_t)v; break;
    case TFGT_DT_UINT16: case TFGT_DT_QUINT16: ((uint16_t *)d)[i] = (uint16_t)v; break;
    case TFGT_DT_INT8: case TFGT_DT_QINT8: ((int8_t *)d)[i] = (int8_t)v; break;
    case TFGT_DT_UINT8: case TFGT_DT_QUINT8: ((uint8_t *)d)[i] = (uint8_t)v; break;
    case TFGT_DT_BOOL: ((uint8_t *)d)[i] = v != 0.0; break;
    case TFGT_DT_UINT32: ((uint32_t *)d)[i] = (uint32_t)v; break;
    case TFGT_DT_UINT64: ((uint64_t *)d)[i] = (uint64_t)v; break;
    case TFGT_DT_HALF: ((uint16_t *)d)[i] = tfgt_float_to_half((float)v); break;
    case TFGT_DT_BFLOAT16: ((uint16_t *)d)[i] = tfgt_float_to_bfloat16((float)v); break;
    default: break;
    }
}
