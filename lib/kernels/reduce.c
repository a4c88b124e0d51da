/* kernels/reduce.c - reductions (Sum, Mean, Max, Min, Prod, All, Any),
 * ArgMax/ArgMin, Softmax/LogSoftmax, Cumsum/Cumprod and L2Loss.
 * Sums are accumulated in double so long axes keep float accuracy. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gemm.h"
#include "kernels.h"

typedef enum reduce_op { R_SUM, R_MEAN, R_MAX, R_MIN, R_PROD, R_ALL, R_ANY } reduce_op;

static bool numeric(int dtype)
{
    return dtype != TFGT_DT_STRING && tfgt_dtype_size(dtype) > 0 && dtype != TFGT_DT_COMPLEX64 &&
           dtype != TFGT_DT_COMPLEX128;
}

static bool is_integer_type(int dtype)
{
    return dtype != TFGT_DT_FLOAT && dtype != TFGT_DT_DOUBLE && dtype != TFGT_DT_HALF &&
           dtype != TFGT_DT_BFLOAT16;
}

/* Lowest (or highest) value of an integer type, as a double that converts
 * back without overflow. */
static double integer_limit(int dtype, bool highest)
{
    size_t bits = tfgt_dtype_size(dtype) * 8;
    bool is_unsigned = dtype == TFGT_DT_UINT8 || dtype == TFGT_DT_UINT16 ||
                       dtype == TFGT_DT_UINT32 || dtype == TFGT_DT_UINT64 ||
                       dtype == TFGT_DT_QUINT8 || dtype == TFGT_DT_QUINT16 || dtype == TFGT_DT_BOOL;
    if (bits >= 64) /* 2^63 - 1 has no double; stay just inside */
        return highest ? 9223372036854774784.0 : (is_unsigned ? 0.0 : -9223372036854775808.0);
    if (is_unsigned)
        return highest ? ldexp(1.0, (int)bits) - 1 : 0.0;
    return highest ? ldexp(1.0, (int)bits - 1) - 1 : -ldexp(1.0, (int)bits - 1);
}

/* Read the axes input into a mask over x's dimensions. */
static tfgt_status read_axes(tfgt_kernel_context *ctx, const tfgt_tensor *x,
                             const tfgt_tensor *axes_t, bool *reduced)
{
    int64_t axes[TFGT_MAX_RANK * 2];
    int n = tfgt_kernel_read_ints(ctx, axes_t, axes, TFGT_MAX_RANK * 2, "reduction_indices");
    if (n < 0)
        return ctx->err ? ctx->err->status : TFGT_E_INVALID_ARGUMENT;
    memset(reduced, 0, TFGT_MAX_RANK * sizeof *reduced);
    for (int i = 0; i < n; i++) {
        int64_t a = axes[i] < 0 ? axes[i] + x->rank : axes[i];
        if (a < 0 || a >= x->rank)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "axis %lld is out of range for rank %d", (long long)axes[i],
                                    x->rank);
        if (reduced[a])
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "axis %lld is given twice",
                                    (long long)axes[i]);
        reduced[a] = true;
    }
    return TFGT_OK;
}

/* Fast accumulation for float and double Sum/Mean/Max/Min/Prod.  Size-1
 * dimensions are dropped and neighbours that are both kept or both reduced
 * are merged, so the input is a run of contiguous blocks over its innermost
 * dimension.  A kept innermost block is combined element-wise into a row of
 * accumulators (global pooling: [N,H,W,C] over [1,2]); a reduced one is
 * folded into one accumulator.  Blocks are visited in storage order and each
 * accumulator sees its values in that order, as in the generic loop, so the
 * results are identical bit for bit ("_tfgt_isa: reference" selects the
 * generic loop). */
#define REDUCE_BLOCK(T, COMBINE)                                                                   \
    do {                                                                                           \
        const T *src = (const T *)x->data + b * inner;                                             \
        if (inner_reduced) {                                                                       \
            double a = acc[obase];                                                                 \
            for (int64_t k = 0; k < inner; k++) {                                                  \
                double v = src[k];                                                                 \
                COMBINE(a, v);                                                                     \
            }                                                                                      \
            acc[obase] = a;                                                                        \
        } else {                                                                                   \
            double *dst = acc + obase;                                                             \
            for (int64_t k = 0; k < inner; k++) {                                                  \
                double v = src[k];                                                                 \
                COMBINE(dst[k], v);                                                                \
            }                                                                                      \
        }                                                                                          \
    } while (0)
#define COMBINE_SUM(a, v) ((a) += (v))
#define COMBINE_PROD(a, v) ((a) *= (v))
#define COMBINE_MAX(a, v) ((v) > (a) || isnan(v) ? (void)((a) = (v)) : (void)0)
#define COMBINE_MIN(a, v) ((v) < (a) || isnan(v) ? (void)((a) = (v)) : (void)0)
#define REDUCE_BLOCK_OP(T)                                                                         \
    do {                                                                                           \
        switch (op) {                                                                              \
        case R_SUM: case R_MEAN: REDUCE_BLOCK(T, COMBINE_SUM); break;                              \
        case R_PROD: REDUCE_BLOCK(T, COMBINE_PROD); break;                                         \
        case R_MAX: REDUCE_BLOCK(T, COMBINE_MAX); break;                                           \
        default: REDUCE_BLOCK(T, COMBINE_MIN); break;                                              \
        }                                                                                          \
    } while (0)

static bool fast_reducible(const tfgt_tensor *x, reduce_op op)
{
    return (x->dtype == TFGT_DT_FLOAT || x->dtype == TFGT_DT_DOUBLE) &&
           (op == R_SUM || op == R_MEAN || op == R_PROD || op == R_MAX || op == R_MIN);
}

static void reduce_fast(const tfgt_tensor *x, const bool *reduced, reduce_op op, double *acc)
{
    int64_t dims[TFGT_MAX_RANK], ostride[TFGT_MAX_RANK], index[TFGT_MAX_RANK];
    int64_t inner = 1, blocks, obase = 0, stride;
    bool red[TFGT_MAX_RANK], inner_reduced = false;
    int m = 0;
    if (x->count == 0)
        return;
    for (int d = 0; d < x->rank; d++) {
        if (x->dims[d] == 1)
            continue;
        if (m > 0 && red[m - 1] == reduced[d]) {
            dims[m - 1] *= x->dims[d];
        } else {
            dims[m] = x->dims[d];
            red[m++] = reduced[d];
        }
    }
    if (m > 0) {
        inner = dims[--m];
        inner_reduced = red[m];
    }
    /* output offset per step of each outer dimension (0 for reduced ones) */
    stride = inner_reduced ? 1 : inner;
    for (int d = m - 1; d >= 0; d--) {
        ostride[d] = red[d] ? 0 : stride;
        if (!red[d])
            stride *= dims[d];
        index[d] = 0;
    }
    blocks = x->count / inner;
    for (int64_t b = 0; b < blocks; b++) {
        if (x->dtype == TFGT_DT_FLOAT)
            REDUCE_BLOCK_OP(float);
        else
            REDUCE_BLOCK_OP(double);
        for (int d = m - 1; d >= 0; d--) {
            obase += ostride[d];
            if (++index[d] < dims[d])
                break;
            obase -= ostride[d] * dims[d];
            index[d] = 0;
        }
    }
}

static tfgt_status run_reduce(tfgt_kernel_context *ctx, reduce_op op)
{
    const tfgt_tensor *x = ctx->inputs[0];
    bool reduced[TFGT_MAX_RANK], keep = tfgt_kernel_attr_bool(ctx, "keep_dims", false);
    int64_t out_dims[TFGT_MAX_RANK], kept_dims[TFGT_MAX_RANK], index[TFGT_MAX_RANK];
    int out_rank = 0, kept_rank = 0;
    int64_t group = 1;
    double *acc;
    tfgt_tensor *y;
    tfgt_status st;

    if ((op == R_ALL || op == R_ANY) ? x->dtype != TFGT_DT_BOOL : !numeric(x->dtype))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "input of type %s is not supported",
                                tfgt_dtype_name(x->dtype) ? tfgt_dtype_name(x->dtype) : "?");
    if ((st = read_axes(ctx, x, ctx->inputs[1], reduced)) != TFGT_OK)
        return st;
    for (int i = 0; i < x->rank; i++) {
        if (reduced[i]) {
            group *= x->dims[i];
            if (keep)
                out_dims[out_rank++] = 1;
        } else {
            out_dims[out_rank++] = x->dims[i];
            kept_dims[kept_rank++] = x->dims[i];
        }
    }
    y = tfgt_kernel_output(ctx, 0, x->dtype, out_rank, out_dims);
    if (!y)
        return ctx->err ? ctx->err->status : TFGT_E_NO_MEMORY;
    acc = malloc((size_t)(y->count ? y->count : 1) * sizeof *acc);
    if (!acc)
        return tfgt_kernel_fail(ctx, TFGT_E_NO_MEMORY, "out of memory");
    for (int64_t i = 0; i < y->count; i++) {
        switch (op) {
        case R_SUM: case R_MEAN: case R_ANY: acc[i] = 0; break;
        case R_PROD: case R_ALL: acc[i] = 1; break;
        case R_MAX: acc[i] = -INFINITY; break;
        case R_MIN: acc[i] = INFINITY; break;
        }
    }
    memset(index, 0, sizeof index);
    if (fast_reducible(x, op) && tfgt_kernel_isa(ctx) != TFGT_ISA_REFERENCE) {
        reduce_fast(x, reduced, op, acc);
    } else {
        for (int64_t i = 0; i < x->count; i++) {
            int64_t o = 0;
            double v = tfgt_tensor_get_double(x, i);
            for (int d = 0, k = 0; d < x->rank; d++)
                if (!reduced[d])
                    o = o * kept_dims[k++] + index[d];
            switch (op) {
            case R_SUM: case R_MEAN: acc[o] += v; break;
            case R_PROD: acc[o] *= v; break;
            case R_MAX: if (v > acc[o] || isnan(v)) acc[o] = v; break;
            case R_MIN: if (v < acc[o] || isnan(v)) acc[o] = v; break;
            case R_ALL: acc[o] = acc[o] != 0 && v != 0; break;
            case R_ANY: acc[o] = acc[o] != 0 || v != 0; break;
            }
            for (int d = x->rank - 1; d >= 0; d--) {
                if (++index[d] < x->dims[d])
                    break;
                index[d] = 0;
            }
        }
    }
    for (int64_t i = 0; i < y->count; i++) {
        double v = acc[i];
        if (op == R_MEAN)
            v = is_integer_type(x->dtype) ? (group ? trunc(v / (double)group) : 0)
                                           : v / (double)group;
        /* an empty integer reduction gives the type's lowest/highest value */
        if ((op == R_MAX || op == R_MIN) && isinf(v) && is_integer_type(x->dtype))
            v = integer_limit(x->dtype, op == R_MIN);
        tfgt_tensor_set_double(y, i, v);
    }
    free(acc);
    return TFGT_OK;
}

#define REDUCE_KERNEL(fn, op)                                                                      \
    static tfgt_status fn(tfgt_kernel_context *ctx) { return run_reduce(ctx, op); }
REDUCE_KERNEL(k_sum, R_SUM)
REDUCE_KERNEL(k_mean, R_MEAN)
REDUCE_KERNEL(k_max, R_MAX)
REDUCE_KERNEL(k_min, R_MIN)
REDUCE_KERNEL(k_prod, R_PROD)
REDUCE_KERNEL(k_all, R_ALL)
REDUCE_KERNEL(k_any, R_ANY)

/* ArgMax/ArgMin over one axis; ties give the first index. */
static tfgt_status run_arg(tfgt_kernel_context *ctx, bool want_max)
{
    const tfgt_tensor *x = ctx->inputs[0];
    int64_t axis_value, dims[TFGT_MAX_RANK], outer = 1, inner = 1, n;
    int axis, rank = 0, out_type = tfgt_kernel_attr_type(ctx, "output_type", TFGT_DT_INT64);
    tfgt_tensor *y;
    if (tfgt_kernel_read_ints(ctx, ctx->inputs[1], &axis_value, 1, "dimension") != 1)
        return ctx->err && ctx->err->status ? ctx->err->status
                                            : tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                                               "dimension must be one value");
    if (!numeric(x->dtype))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "input type not supported");
    if (x->rank == 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "input must have rank >= 1");
    axis = (int)(axis_value < 0 ? axis_value + x->rank : axis_value);
    if (axis < 0 || axis >= x->rank)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "dimension %lld out of range",
                                (long long)axis_value);
    if (out_type != TFGT_DT_INT32 && out_type != TFGT_DT_INT64)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "output_type must be int32 or int64");
    n = x->dims[axis];
    if (n == 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "reduction axis has no elements");
    for (int i = 0; i < x->rank; i++) {
        if (i < axis)
            outer *= x->dims[i];
        if (i > axis)
            inner *= x->dims[i];
        if (i != axis)
            dims[rank++] = x->dims[i];
    }
    y = tfgt_kernel_output(ctx, 0, out_type, rank, dims);
    if (!y)
        return ctx->err ? ctx->err->status : TFGT_E_NO_MEMORY;
    for (int64_t o = 0; o < outer; o++)
        for (int64_t i = 0; i < inner; i++) {
            int64_t best = 0;
            double best_v = tfgt_tensor_get_double(x, o * n * inner + i);
            for (int64_t k = 1; k < n; k++) {
                double v = tfgt_tensor_get_double(x, (o * n + k) * inner + i);
                if (want_max ? v > best_v : v < best_v) {
                    best_v = v;
                    best = k;
                }
            }
            tfgt_tensor_set_double(y, o * inner + i, (double)best);
        }
    return TFGT_OK;
}

static tfgt_status k_arg_max(tfgt_kernel_context *ctx) { return run_arg(ctx, true); }
static tfgt_status k_arg_min(tfgt_kernel_context *ctx) { return run_arg(ctx, false); }

/* Softmax over the last axis, stable (the row maximum is subtracted). */
static tfgt_status run_softmax(tfgt_kernel_context *ctx, bool log_form)
{
    const tfgt_tensor *x = ctx->inputs[0];
    int64_t width, rows;
    tfgt_tensor *y;
    if (x->dtype != TFGT_DT_FLOAT && x->dtype != TFGT_DT_DOUBLE)
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "input must be float or double");
    if (x->rank < 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "logits must have rank >= 1");
    y = tfgt_kernel_output(ctx, 0, x->dtype, x->rank, x->dims);
    if (!y)
        return ctx->err ? ctx->err->status : TFGT_E_NO_MEMORY;
    width = x->dims[x->rank - 1];
    rows = width ? x->count / width : 0;
    for (int64_t r = 0; r < rows; r++) {
        double max = -INFINITY, sum = 0;
        for (int64_t j = 0; j < width; j++) {
            double v = tfgt_tensor_get_double(x, r * width + j);
            if (v > max)
                max = v;
        }
        for (int64_t j = 0; j < width; j++)
            sum += exp(tfgt_tensor_get_double(x, r * width + j) - max);
        for (int64_t j = 0; j < width; j++) {
            double shifted = tfgt_tensor_get_double(x, r * width + j) - max;
            tfgt_tensor_set_double(y, r * width + j,
                                   log_form ? shifted - log(sum) : exp(shifted) / sum);
        }
    }
    return TFGT_OK;
}

static tfgt_status k_softmax(tfgt_kernel_context *ctx) { return run_softmax(ctx, false); }
static tfgt_status k_log_softmax(tfgt_kernel_context *ctx) { return run_softmax(ctx, true); }

static tfgt_status run_cumulative(tfgt_kernel_context *ctx, bool product)
{
    const tfgt_tensor *x = ctx->inputs[0];
    int64_t axis_value, outer = 1, inner = 1, n;
    bool exclusive = tfgt_kernel_attr_bool(ctx, "exclusive", false);
    bool reverse = tfgt_kernel_attr_bool(ctx, "reverse", false);
    int axis;
    tfgt_tensor *y;
    if (tfgt_kernel_read_ints(ctx, ctx->inputs[1], &axis_value, 1, "axis") != 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "axis must be one value");
    if (!numeric(x->dtype))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "input type not supported");
    if (x->rank == 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "input must have rank >= 1");
    axis = (int)(axis_value < 0 ? axis_value + x->rank : axis_value);
    if (axis < 0 || axis >= x->rank)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "axis %lld out of range",
                                (long long)axis_value);
    y = tfgt_kernel_output(ctx, 0, x->dtype, x->rank, x->dims);
    if (!y)
        return ctx->err ? ctx->err->status : TFGT_E_NO_MEMORY;
    n = x->dims[axis];
    for (int i = 0; i < x->rank; i++) {
        if (i < axis)
            outer *= x->dims[i];
        if (i > axis)
            inner *= x->dims[i];
    }
    for (int64_t o = 0; o < outer; o++)
        for (int64_t i = 0; i < inner; i++) {
            double acc = product ? 1 : 0;
            for (int64_t s = 0; s < n; s++) {
                int64_t k = reverse ? n - 1 - s : s, at = (o * n + k) * inner + i;
                double v = tfgt_tensor_get_double(x, at);
                if (!exclusive)
                    acc = product ? acc * v : acc + v;
                tfgt_tensor_set_double(y, at, acc);
                if (exclusive)
                    acc = product ? acc * v : acc + v;
            }
        }
    return TFGT_OK;
}

static tfgt_status k_cumsum(tfgt_kernel_context *ctx) { return run_cumulative(ctx, false); }
static tfgt_status k_cumprod(tfgt_kernel_context *ctx) { return run_cumulative(ctx, true); }

static tfgt_status k_l2_loss(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *x = ctx->inputs[0];
    double sum = 0;
    tfgt_tensor *y;
    if (!numeric(x->dtype) || is_integer_type(x->dtype))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "input must be a float type");
    y = tfgt_kernel_output(ctx, 0, x->dtype, 0, NULL);
    if (!y)
        return ctx->err ? ctx->err->status : TFGT_E_NO_MEMORY;
    for (int64_t i = 0; i < x->count; i++) {
        double v = tfgt_tensor_get_double(x, i);
        sum += v * v;
    }
    tfgt_tensor_set_double(y, 0, sum / 2);
    return TFGT_OK;
}

/* SoftmaxCrossEntropyWithLogits: per row, loss = -sum(labels * log_softmax)
 * and backprop = softmax - labels. */
static tfgt_status k_softmax_cross_entropy(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *logits = ctx->inputs[0], *labels = ctx->inputs[1];
    int64_t batch, classes, dims[1];
    tfgt_tensor *loss, *backprop;
    if (logits->dtype != labels->dtype ||
        (logits->dtype != TFGT_DT_FLOAT && logits->dtype != TFGT_DT_DOUBLE))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "logits and labels must be float or double");
    if (logits->rank != 2 || !tfgt_tensor_same_shape(logits, labels))
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "logits and labels must be matrices of the same shape");
    batch = logits->dims[0];
    classes = logits->dims[1];
    dims[0] = batch;
    loss = tfgt_kernel_output(ctx, 0, logits->dtype, 1, dims);
    backprop = loss ? tfgt_kernel_output(ctx, 1, logits->dtype, 2, logits->dims) : NULL;
    if (!backprop)
        return ctx->err ? ctx->err->status : TFGT_E_NO_MEMORY;
    for (int64_t r = 0; r < batch; r++) {
        double max = -INFINITY, sum = 0, total = 0;
        for (int64_t c = 0; c < classes; c++) {
            double v = tfgt_tensor_get_double(logits, r * classes + c);
            if (v > max)
                max = v;
        }
        for (int64_t c = 0; c < classes; c++)
            sum += exp(tfgt_tensor_get_double(logits, r * classes + c) - max);
        for (int64_t c = 0; c < classes; c++) {
            double shifted = tfgt_tensor_get_double(logits, r * classes + c) - max;
            double label = tfgt_tensor_get_double(labels, r * classes + c);
            total -= label * (shifted - log(sum));
            tfgt_tensor_set_double(backprop, r * classes + c, exp(shifted) / sum - label);
        }
        tfgt_tensor_set_double(loss, r, total);
    }
    return TFGT_OK;
}

static const tfgt_op_attr reduce_attrs[] = {
    {"keep_dims", "b: false"}, {"T", NULL}, {"Tidx", "type: DT_INT32"}, {NULL, NULL}};
static const tfgt_op_attr arg_attrs[] = {
    {"T", NULL}, {"Tidx", "type: DT_INT32"}, {"output_type", "type: DT_INT64"}, {NULL, NULL}};
static const tfgt_op_attr t_attr[] = {{"T", NULL}, {NULL, NULL}};
static const tfgt_op_attr cumulative_attrs[] = {{"exclusive", "b: false"}, {"reverse", "b: false"},
                                                {"T", NULL}, {"Tidx", "type: DT_INT32"},
                                                {NULL, NULL}};

const tfgt_op_def tfgt_ops_reduce[] = {
    {"Sum", 2, 2, 0, reduce_attrs, k_sum},
    {"Mean", 2, 2, 0, reduce_attrs, k_mean},
    {"Max", 2, 2, 0, reduce_attrs, k_max},
    {"Min", 2, 2, 0, reduce_attrs, k_min},
    {"Prod", 2, 2, 0, reduce_attrs, k_prod},
    {"All", 2, 2, 0, reduce_attrs, k_all},
    {"Any", 2, 2, 0, reduce_attrs, k_any},
    {"ArgMax", 2, 2, 0, arg_attrs, k_arg_max},
    {"ArgMin", 2, 2, 0, arg_attrs, k_arg_min},
    {"Softmax", 1, 1, 0, t_attr, k_softmax},
    {"LogSoftmax", 1, 1, 0, t_attr, k_log_softmax},
    {"Cumsum", 2, 2, 0, cumulative_attrs, k_cumsum},
    {"Cumprod", 2, 2, 0, cumulative_attrs, k_cumprod},
    {"L2Loss", 1, 1, 0, t_attr, k_l2_loss},
    {"SoftmaxCrossEntropyWithLogits", 2, 2, 0, t_attr, k_softmax_cross_entropy},
    {NULL, 0, 0, 0, NULL, NULL},
};
