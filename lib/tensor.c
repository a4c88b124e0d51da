/* tensor.c - tensors and TensorProto decoding/encoding (see tfgt/tensor.h). */
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "graph_internal.h"
#include "kernel.h"
#include "tensor.pb-c.h"
#include "tfgt/tensor.h"
#include "kernels/quantization.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "tfgt reads tensor_content as little-endian and needs a little-endian host"
#endif

bool tfgt_dtype_is_supported(int dtype)
{
    switch (dtype) {
    case TFGT_DT_FLOAT: case TFGT_DT_DOUBLE: case TFGT_DT_INT32: case TFGT_DT_UINT8:
    case TFGT_DT_INT16: case TFGT_DT_INT8: case TFGT_DT_STRING: case TFGT_DT_COMPLEX64:
    case TFGT_DT_INT64: case TFGT_DT_BOOL: case TFGT_DT_QINT8: case TFGT_DT_QUINT8:
    case TFGT_DT_QINT32: case TFGT_DT_BFLOAT16: case TFGT_DT_QINT16: case TFGT_DT_QUINT16:
    case TFGT_DT_UINT16: case TFGT_DT_COMPLEX128: case TFGT_DT_HALF: case TFGT_DT_UINT32:
    case TFGT_DT_UINT64:
        return true;
    default:
        return false;
    }
}

static size_t element_size(int dtype)
{
    return dtype == TFGT_DT_STRING ? sizeof(tfgt_bytes) : tfgt_dtype_size(dtype);
}

size_t tfgt_tensor_bytes_needed(int dtype, int rank, const int64_t *dims)
{
    uint64_t count = 1;
    size_t size = element_size(dtype);
    if (rank < 0 || rank > TFGT_MAX_RANK || !size)
        return SIZE_MAX;
    for (int i = 0; i < rank; i++) {
        if (dims[i] < 0)
            return SIZE_MAX;
        if (dims[i] && count > (uint64_t)INT64_MAX / (uint64_t)dims[i])
            return SIZE_MAX;
        count *= (uint64_t)dims[i];
    }
    if (count > SIZE_MAX / size)
        return SIZE_MAX;
    return (size_t)count * size;
}

static tfgt_tensor *tensor_alloc(int dtype, int rank, const int64_t *dims, size_t limit,
                                 bool zero, tfgt_error *err);

tfgt_tensor *tfgt_tensor_new(int dtype, int rank, const int64_t *dims, size_t limit,
                             tfgt_error *err)
{
    return tensor_alloc(dtype, rank, dims, limit, true, err);
}

/* Internal (kernel.h): the data left unwritten but for the padding. */
tfgt_tensor *tfgt_tensor_new_uninit(int dtype, int rank, const int64_t *dims, size_t limit,
                                    tfgt_error *err)
{
    return tensor_alloc(dtype, rank, dims, limit, dtype == TFGT_DT_STRING, err);
}

static tfgt_tensor *tensor_alloc(int dtype, int rank, const int64_t *dims, size_t limit,
                                 bool zero, tfgt_error *err)
{
    tfgt_tensor *t;
    size_t bytes, padded;
    if (!tfgt_dtype_is_supported(dtype)) {
        const char *name = tfgt_dtype_name(dtype);
        tfgt_fail(err, TFGT_E_UNSUPPORTED, "tensors of type %s (%d) are not supported",
                  name ? name : "unknown", dtype);
        return NULL;
    }
    if (rank < 0 || rank > TFGT_MAX_RANK) {
        tfgt_fail(err, TFGT_E_LIMIT, "rank %d is outside 0..%d", rank, TFGT_MAX_RANK);
        return NULL;
    }
    for (int i = 0; i < rank; i++)
        if (dims[i] < 0) {
            tfgt_fail(err, TFGT_E_INVALID_ARGUMENT, "dimension %d is negative (%" PRId64 ")", i,
                      dims[i]);
            return NULL;
        }
    bytes = tfgt_tensor_bytes_needed(dtype, rank, dims);
    if (!limit)
        limit = TFGT_DEFAULT_MEMORY_LIMIT;
    if (bytes == SIZE_MAX || bytes > limit) {
        tfgt_fail(err, TFGT_E_LIMIT,
                  "a tensor of that shape needs more than the memory limit of %zu bytes", limit);
        return NULL;
    }
    t = calloc(1, sizeof *t);
    if (!t)
        goto oom;
    t->dtype = dtype;
    t->rank = rank;
    t->count = 1;
    for (int i = 0; i < rank; i++) {
        t->dims[i] = dims[i];
        t->count *= dims[i];
    }
    t->nbytes = bytes;
    padded = (bytes + 63) & ~(size_t)63;
    t->data = aligned_alloc(64, padded ? padded : 64);
    if (!t->data)
        goto oom;
    if (zero)
        memset(t->data, 0, padded ? padded : 64);
    else
        memset((char *)t->data + bytes, 0, (padded ? padded : 64) - bytes);
    return t;
oom:
    free(t);
    tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory allocating %zu bytes", bytes);
    return NULL;
}

void tfgt_tensor_free(tfgt_tensor *t)
{
    if (!t)
        return;
    if (t->dtype == TFGT_DT_STRING && t->data) {
        tfgt_bytes *s = t->data;
        for (int64_t i = 0; i < t->count; i++)
            free(s[i].data);
    }
    free(t->data);
    free(t);
}

bool tfgt_tensor_same_shape(const tfgt_tensor *a, const tfgt_tensor *b)
{
    if (a->dtype != b->dtype || a->rank != b->rank)
        return false;
    for (int i = 0; i < a->rank; i++)
        if (a->dims[i] != b->dims[i])
            return false;
    return true;
}

static bool copy_bytes(tfgt_bytes *dst, const uint8_t *data, size_t len)
{
    dst->data = malloc(len ? len : 1);
    if (!dst->data)
        return false;
    if (len)
        memcpy(dst->data, data, len);
    dst->len = len;
    return true;
}

tfgt_tensor *tfgt_tensor_copy(const tfgt_tensor *src, tfgt_error *err)
{
    tfgt_tensor *t = tfgt_tensor_new(src->dtype, src->rank, src->dims, SIZE_MAX, err);
    if (!t)
        return NULL;
    if (src->dtype == TFGT_DT_STRING) {
        const tfgt_bytes *from = src->data;
        tfgt_bytes *to = t->data;
        for (int64_t i = 0; i < src->count; i++)
            if (!copy_bytes(&to[i], from[i].data, from[i].len)) {
                tfgt_tensor_free(t);
                tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory copying a tensor");
                return NULL;
            }
    } else if (src->nbytes) {
        memcpy(t->data, src->data, src->nbytes);
    }
    return t;
}

/* ---- half and bfloat16 ----------------------------------------------------- */

float tfgt_half_to_float(uint16_t h)
{
    uint32_t sign = (uint32_t)(h & 0x8000) << 16;
    uint32_t exp = (h >> 10) & 0x1f, mant = h & 0x3ff, bits;
    float f;
    if (exp == 0x1f) {
        bits = sign | 0x7f800000u | (mant << 13);
    } else if (exp == 0) {
        /* zero or subnormal: mant * 2^-24 */
        f = (float)mant * 5.9604644775390625e-8f;
        return sign ? -f : f;
    } else {
        bits = sign | ((exp + 112) << 23) | (mant << 13);
    }
    memcpy(&f, &bits, sizeof f);
    return f;
}

uint16_t tfgt_float_to_half(float f)
{
    uint32_t bits, sign, mant;
    int32_t exp;
    memcpy(&bits, &f, sizeof bits);
    sign = (bits >> 16) & 0x8000;
    exp = (int32_t)((bits >> 23) & 0xff);
    mant = bits & 0x7fffff;
    if (exp == 0xff) /* inf or nan (keep nan quiet) */
        return (uint16_t)(sign | 0x7c00 | (mant ? 0x200 | (mant >> 13) : 0));
    exp = exp - 127 + 15;
    if (exp >= 0x1f)
        return (uint16_t)(sign | 0x7c00);
    if (exp <= 0) {
        uint32_t shift, half_mant, rest, halfway;
        if (exp < -10)
            return (uint16_t)sign;
        mant |= 0x800000;
        shift = (uint32_t)(14 - exp);
        half_mant = mant >> shift;
        rest = mant & ((1u << shift) - 1);
        halfway = 1u << (shift - 1);
        if (rest > halfway || (rest == halfway && (half_mant & 1)))
            half_mant++;
        return (uint16_t)(sign | half_mant);
    }
    {
        uint32_t half = sign | ((uint32_t)exp << 10) | (mant >> 13);
        uint32_t rest = mant & 0x1fff;
        if (rest > 0x1000 || (rest == 0x1000 && (half & 1)))
            half++; /* may carry into the exponent, which is right */
        return (uint16_t)half;
    }
}

float tfgt_bfloat16_to_float(uint16_t b)
{
    uint32_t bits = (uint32_t)b << 16;
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

uint16_t tfgt_float_to_bfloat16(float f)
{
    uint32_t bits;
    memcpy(&bits, &f, sizeof bits);
    if ((bits & 0x7fffffff) > 0x7f800000)
        return (uint16_t)((bits >> 16) | 0x40); /* quiet nan */
    bits += 0x7fff + ((bits >> 16) & 1);
    return (uint16_t)(bits >> 16);
}

/* ---- TensorProto ------------------------------------------------------------- */

/* Fill `count` elements from a typed list of `n` values (TensorFlow: an
 * empty list means zeros, a short one repeats its last value). */
#define FILL_FROM_LIST(dst_type, list, n, count, data)                                            \
    do {                                                                                          \
        dst_type *out_ = (dst_type *)(data);                                                      \
        for (int64_t i_ = 0; i_ < (count); i_++)                                                  \
            out_[i_] = (n) ? (dst_type)(list)[(size_t)i_ < (n) ? (size_t)i_ : (n) - 1] : 0;       \
    } while (0)

static size_t typed_list_length(const Tensorflow__TensorProto *p, int dtype)
{
    switch (dtype) {
    case TFGT_DT_FLOAT: return p->n_float_val;
    case TFGT_DT_DOUBLE: return p->n_double_val;
    case TFGT_DT_INT64: return p->n_int64_val;
    case TFGT_DT_BOOL: return p->n_bool_val;
    case TFGT_DT_HALF: case TFGT_DT_BFLOAT16: return p->n_half_val;
    case TFGT_DT_UINT32: return p->n_uint32_val;
    case TFGT_DT_UINT64: return p->n_uint64_val;
    case TFGT_DT_STRING: return p->n_string_val;
    case TFGT_DT_COMPLEX64: return p->n_scomplex_val / 2;
    case TFGT_DT_COMPLEX128: return p->n_dcomplex_val / 2;
    default: return p->n_int_val;
    }
}

static tfgt_status fill_from_lists(const Tensorflow__TensorProto *p, tfgt_tensor *t)
{
    size_t n = typed_list_length(p, t->dtype);
    switch (t->dtype) {
    case TFGT_DT_FLOAT: FILL_FROM_LIST(float, p->float_val, n, t->count, t->data); break;
    case TFGT_DT_DOUBLE: FILL_FROM_LIST(double, p->double_val, n, t->count, t->data); break;
    case TFGT_DT_INT32: case TFGT_DT_QINT32:
        FILL_FROM_LIST(int32_t, p->int_val, n, t->count, t->data); break;
    case TFGT_DT_INT16: case TFGT_DT_QINT16:
        FILL_FROM_LIST(int16_t, p->int_val, n, t->count, t->data); break;
    case TFGT_DT_UINT16: case TFGT_DT_QUINT16:
        FILL_FROM_LIST(uint16_t, p->int_val, n, t->count, t->data); break;
    case TFGT_DT_INT8: case TFGT_DT_QINT8:
        FILL_FROM_LIST(int8_t, p->int_val, n, t->count, t->data); break;
    case TFGT_DT_UINT8: case TFGT_DT_QUINT8:
        FILL_FROM_LIST(uint8_t, p->int_val, n, t->count, t->data); break;
    case TFGT_DT_INT64: FILL_FROM_LIST(int64_t, p->int64_val, n, t->count, t->data); break;
    case TFGT_DT_BOOL: FILL_FROM_LIST(uint8_t, p->bool_val, n, t->count, t->data); break;
    case TFGT_DT_HALF: case TFGT_DT_BFLOAT16:
        FILL_FROM_LIST(uint16_t, p->half_val, n, t->count, t->data); break;
    case TFGT_DT_UINT32: FILL_FROM_LIST(uint32_t, p->uint32_val, n, t->count, t->data); break;
    case TFGT_DT_UINT64: FILL_FROM_LIST(uint64_t, p->uint64_val, n, t->count, t->data); break;
    case TFGT_DT_COMPLEX64: case TFGT_DT_COMPLEX128: {
        bool single = t->dtype == TFGT_DT_COMPLEX64;
        for (int64_t i = 0; i < t->count; i++)
            for (int part = 0; part < 2; part++) {
                size_t at = n ? ((size_t)i < n ? (size_t)i : n - 1) * 2 + (size_t)part : 0;
                if (single)
                    ((float *)t->data)[i * 2 + part] = n ? p->scomplex_val[at] : 0.0f;
                else
                    ((double *)t->data)[i * 2 + part] = n ? p->dcomplex_val[at] : 0.0;
            }
        break;
    }
    case TFGT_DT_STRING: {
        tfgt_bytes *s = t->data;
        for (int64_t i = 0; i < t->count; i++) {
            const ProtobufCBinaryData *src =
                n ? &p->string_val[(size_t)i < n ? (size_t)i : n - 1] : NULL;
            if (!copy_bytes(&s[i], src ? src->data : NULL, src ? src->len : 0))
                return TFGT_E_NO_MEMORY;
        }
        break;
    }
    default:
        return TFGT_E_UNSUPPORTED;
    }
    return TFGT_OK;
}

tfgt_status tfgt_node_get_tensor(const tfgt_node *node, const char *key, size_t limit,
                                 tfgt_tensor **out, tfgt_error *err)
{
    const tfgt_attr *attr = tfgt_node_find_attr(node, key);
    const Tensorflow__TensorProto *p;
    int64_t dims[TFGT_MAX_RANK];
    int rank = 0;
    tfgt_tensor *t;
    tfgt_error inner;
    size_t listed;

    *out = NULL;
    if (!attr)
        return tfgt_fail_node(err, TFGT_E_NOT_FOUND, node->name, "has no attribute '%s'", key);
    if (!attr->value || attr->value->value_case != TENSORFLOW__ATTR_VALUE__VALUE_TENSOR ||
        !attr->value->tensor)
        return tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, node->name,
                              "attribute '%s' does not hold a tensor", key);
    p = attr->value->tensor;
    if (p->tensor_shape) {
        if (p->tensor_shape->unknown_rank)
            return tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, node->name,
                                  "tensor '%s' has an unknown rank", key);
        if (p->tensor_shape->n_dim > TFGT_MAX_RANK)
            return tfgt_fail_node(err, TFGT_E_LIMIT, node->name,
                                  "tensor '%s' has rank %zu, above the supported %d", key,
                                  p->tensor_shape->n_dim, TFGT_MAX_RANK);
        rank = (int)p->tensor_shape->n_dim;
        for (int i = 0; i < rank; i++) {
            dims[i] = p->tensor_shape->dim[i] ? p->tensor_shape->dim[i]->size : 0;
            if (dims[i] < 0)
                return tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, node->name,
                                      "tensor '%s' has a negative dimension (%" PRId64 ")", key,
                                      dims[i]);
        }
    }
    t = tfgt_tensor_new((int)p->dtype, rank, dims, limit, &inner);
    if (!t)
        return tfgt_fail_node(err, inner.status, node->name, "tensor '%s': %s", key,
                              inner.message);
    if (p->tensor_content.len) {
        if (p->dtype == TENSORFLOW__DATA_TYPE__DT_STRING || p->tensor_content.len != t->nbytes) {
            tfgt_status st = tfgt_fail_node(
                err, TFGT_E_INVALID_ARGUMENT, node->name,
                "tensor '%s' holds %zu bytes of content but its type and shape need %zu", key,
                p->tensor_content.len, p->dtype == TENSORFLOW__DATA_TYPE__DT_STRING ? 0 : t->nbytes);
            tfgt_tensor_free(t);
            return st;
        }
        memcpy(t->data, p->tensor_content.data, t->nbytes);
        *out = t;
        return TFGT_OK;
    }
    listed = typed_list_length(p, t->dtype);
    if ((int64_t)listed > t->count) {
        tfgt_status st = tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, node->name,
                                        "tensor '%s' lists %zu values for %" PRId64 " elements",
                                        key, listed, t->count);
        tfgt_tensor_free(t);
        return st;
    }
    if (fill_from_lists(p, t) != TFGT_OK) {
        tfgt_tensor_free(t);
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory decoding a tensor");
    }
    *out = t;
    return TFGT_OK;
}

tfgt_status tfgt_node_set_tensor(tfgt_node *node, const char *key, const tfgt_tensor *tensor,
                                 tfgt_error *err)
{
    Tensorflow__AttrValue value;
    Tensorflow__TensorProto proto;
    Tensorflow__TensorShapeProto shape;
    Tensorflow__TensorShapeProto__Dim dims[TFGT_MAX_RANK], *dim_ptrs[TFGT_MAX_RANK];
    ProtobufCBinaryData *strings = NULL;
    Tensorflow__AttrValue *copy;

    tensorflow__attr_value__init(&value);
    tensorflow__tensor_proto__init(&proto);
    tensorflow__tensor_shape_proto__init(&shape);
    for (int i = 0; i < tensor->rank; i++) {
        tensorflow__tensor_shape_proto__dim__init(&dims[i]);
        dims[i].size = tensor->dims[i];
        dim_ptrs[i] = &dims[i];
    }
    shape.n_dim = (size_t)tensor->rank;
    shape.dim = dim_ptrs;
    proto.dtype = (Tensorflow__DataType)tensor->dtype;
    proto.tensor_shape = &shape;
    if (tensor->dtype == TFGT_DT_STRING) {
        const tfgt_bytes *s = tensor->data;
        strings = calloc(tensor->count ? (size_t)tensor->count : 1, sizeof *strings);
        if (!strings)
            return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory encoding a tensor");
        for (int64_t i = 0; i < tensor->count; i++) {
            strings[i].data = s[i].data;
            strings[i].len = s[i].len;
        }
        proto.n_string_val = (size_t)tensor->count;
        proto.string_val = strings;
    } else {
        proto.tensor_content.data = tensor->data;
        proto.tensor_content.len = tensor->nbytes;
    }
    value.value_case = TENSORFLOW__ATTR_VALUE__VALUE_TENSOR;
    value.tensor = &proto;
    copy = tfgt_attr_value_copy(&value);
    free(strings);
    if (!copy || tfgt_node_put_attr(node, key, copy) != TFGT_OK)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory encoding a tensor");
    return TFGT_OK;
}

tfgt_node *tfgt_graph_add_const(tfgt_graph *graph, const char *name, const tfgt_tensor *tensor,
                                tfgt_error *err)
{
    tfgt_node *node = tfgt_graph_add_node(graph, name, "Const", err);
    if (!node)
        return NULL;
    if (tfgt_node_set_type(node, "dtype", tensor->dtype) != TFGT_OK) {
        tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory adding Const '%s'", name);
        tfgt_graph_remove_node(graph, node);
        return NULL;
    }
    if (tfgt_node_set_tensor(node, "value", tensor, err) != TFGT_OK) {
        tfgt_graph_remove_node(graph, node);
        return NULL;
    }
    return node;
}

uint8_t tfgt_float_to_quint8(float v, float min, float max)
{
    return (uint8_t)tfgt_float_to_quantized(v, min, max, TFGT_DT_QUINT8);
}
