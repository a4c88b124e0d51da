/* kernels/quantization.h - TensorFlow's eight-bit arithmetic (spec §4.1),
 * shared by the quantize and quantized-op kernel families.  Each helper
 * reproduces one of TensorFlow's formulas with its exact mix of float and
 * double, since the last bit decides codes at rounding boundaries. */
#ifndef TFGT_KERNELS_QUANTIZATION_H
#define TFGT_KERNELS_QUANTIZATION_H

#include <string.h>

#include <math.h>
#include <stdbool.h>
#include <stdint.h>

#include "kernels.h"

/* lowest/highest code of a quantized type; false for other types. */
static inline bool tfgt_quant_limits(int dtype, int64_t *lowest, int64_t *highest)
{
    switch (dtype) {
    case TFGT_DT_QUINT8: *lowest = 0; *highest = 255; return true;
    case TFGT_DT_QINT8: *lowest = -128; *highest = 127; return true;
    case TFGT_DT_QUINT16: *lowest = 0; *highest = 65535; return true;
    case TFGT_DT_QINT16: *lowest = -32768; *highest = 32767; return true;
    case TFGT_DT_QINT32: *lowest = INT32_MIN; *highest = INT32_MAX; return true;
    default: return false;
    }
}

static inline int tfgt_quant_bits(int dtype)
{
    return dtype == TFGT_DT_QINT32 ? 32 : dtype == TFGT_DT_QUINT16 || dtype == TFGT_DT_QINT16 ? 16 : 8;
}

static inline int64_t tfgt_quant_get(const tfgt_tensor *t, int64_t i)
{
    switch (t->dtype) {
    case TFGT_DT_QUINT8: return ((const uint8_t *)t->data)[i];
    case TFGT_DT_QINT8: return ((const int8_t *)t->data)[i];
    case TFGT_DT_QUINT16: return ((const uint16_t *)t->data)[i];
    case TFGT_DT_QINT16: return ((const int16_t *)t->data)[i];
    default: return ((const int32_t *)t->data)[i];
    }
}

/* Store a code already within the type's limits. */
static inline void tfgt_quant_set(tfgt_tensor *t, int64_t i, int64_t v)
{
    switch (t->dtype) {
    case TFGT_DT_QUINT8: ((uint8_t *)t->data)[i] = (uint8_t)v; break;
    case TFGT_DT_QINT8: ((int8_t *)t->data)[i] = (int8_t)v; break;
    case TFGT_DT_QUINT16: ((uint16_t *)t->data)[i] = (uint16_t)v; break;
    case TFGT_DT_QINT16: ((int16_t *)t->data)[i] = (int16_t)v; break;
    default: ((int32_t *)t->data)[i] = (int32_t)v; break;
    }
}

/* FloatToQuantizedUnclamped: in double, with max - min a float
 * subtraction as in TensorFlow. */
static inline int64_t tfgt_float_to_quantized_unclamped(float x, float min, float max, int dtype)
{
    int64_t lowest = 0, highest = 0;
    double steps, range, scale;
    tfgt_quant_limits(dtype, &lowest, &highest);
    if (min == max)
        return lowest;
    steps = ldexp(1.0, tfgt_quant_bits(dtype));
    range = (double)(max - min) * (steps / (steps - 1.0));
    scale = steps / range;
    return (int64_t)(round((double)x * scale) - round((double)min * scale)) + lowest;
}

static inline int64_t tfgt_float_to_quantized(float x, float min, float max, int dtype)
{
    int64_t lowest = 0, highest = 0, q = tfgt_float_to_quantized_unclamped(x, min, max, dtype);
    tfgt_quant_limits(dtype, &lowest, &highest);
    return q < lowest ? lowest : q > highest ? highest : q;
}

/* QuantizedToFloat (double arithmetic, float casts where TensorFlow has them). */
static inline float tfgt_quantized_to_float(int64_t q, float min, float max, int dtype)
{
    int64_t lowest = 0, highest = 0;
    double steps, range, scale, min_rounded;
    tfgt_quant_limits(dtype, &lowest, &highest);
    if (min == max)
        return min;
    steps = ldexp(1.0, tfgt_quant_bits(dtype));
    range = (double)(max - min) * (steps / (steps - 1.0));
    scale = range / steps;
    min_rounded = round(min / (float)scale) * (float)scale;
    return (float)(min_rounded + ((double)q - (double)lowest) * scale);
}

/* The float ("Eigen") quantizer the kernels use: FloatToQuantizedStruct
 * and QUANTIZE_WITH_EIGEN. */
typedef struct tfgt_f2q {
    float range_scale, range_min_scaled, lowest, lower_bound, upper_bound;
} tfgt_f2q;

static inline tfgt_f2q tfgt_f2q_make(float min, float max, int dtype)
{
    tfgt_f2q f;
    int64_t lowest = 0, highest = 0;
    double steps;
    tfgt_quant_limits(dtype, &lowest, &highest);
    steps = ldexp(1.0, tfgt_quant_bits(dtype));
    f.range_scale = max == min ? 0.0f : (float)((steps - 1.0) / (double)(max - min));
    f.range_min_scaled = roundf(min * f.range_scale);
    f.lowest = (float)lowest;
    f.lower_bound = fmaxf((float)lowest, -2.147483648e+09f);
    f.upper_bound = fminf((float)highest, +2.147483520e+09f);
    return f;
}

static inline int64_t tfgt_f2q_apply(const tfgt_f2q *f, float x)
{
    float v = roundf(x * f->range_scale) - (f->range_min_scaled - f->lowest);
    v = v > f->lower_bound ? v : f->lower_bound;
    v = v < f->upper_bound ? v : f->upper_bound;
    return (int64_t)(int32_t)v;
}

/* QuantizedToFloatStruct and DEQUANTIZE_WITH_EIGEN. */
typedef struct tfgt_q2f {
    float range_scale, range_min_rounded, lowest;
} tfgt_q2f;

static inline tfgt_q2f tfgt_q2f_make(float min, float max, int dtype)
{
    tfgt_q2f q;
    int64_t lowest = 0, highest = 0;
    double steps;
    tfgt_quant_limits(dtype, &lowest, &highest);
    steps = ldexp(1.0, tfgt_quant_bits(dtype));
    q.range_scale = (float)((double)(max - min) / (steps - 1.0));
    q.range_min_rounded = max == min ? min : roundf(min / q.range_scale) * q.range_scale;
    q.lowest = (float)lowest;
    return q;
}

static inline float tfgt_q2f_apply(const tfgt_q2f *q, int64_t code)
{
    return (q->range_min_rounded - q->lowest * q->range_scale) + (float)code * q->range_scale;
}

/* QuantizationRangeForMultiplication<T1, T2, qint32>. */
static inline void tfgt_range_for_multiplication(float min_a, float max_a, int type_a,
                                                 float min_b, float max_b, int type_b,
                                                 float *min_c, float *max_c)
{
    int64_t la = 0, ha = 0, lb = 0, hb = 0;
    float level_a, level_b, level_c;
    tfgt_quant_limits(type_a, &la, &ha);
    tfgt_quant_limits(type_b, &lb, &hb);
    level_a = (float)((double)(max_a - min_a) / ((double)ha - (double)la));
    level_b = (float)((double)(max_b - min_b) / ((double)hb - (double)lb));
    level_c = level_a * level_b;
    *min_c = level_c * (float)INT32_MIN;
    *max_c = level_c * (float)INT32_MAX;
}

/* std::max / std::min as TensorFlow calls them: the first argument wins
 * a tie, which decides the sign of a zero result. */
static inline float tfgt_std_max(float a, float b)
{
    return a < b ? b : a;
}

static inline float tfgt_std_min(float a, float b)
{
    return b < a ? b : a;
}

/* GetOutputMinAndMaxForQuantizedAdd: symmetric, 2^shift times the largest
 * magnitude (QuantizedBiasAdd leaves 17 bits of headroom, QuantizedAdd 14,
 * as TensorFlow 2.21's kernels report). */
static inline void tfgt_range_for_add(float a_min, float a_max, float b_min, float b_max,
                                      int shift, float *min_c, float *max_c)
{
    float m = tfgt_std_max(tfgt_std_max(a_max, -a_min), tfgt_std_max(b_max, -b_min));
    *max_c = m * (float)(1 << shift);
    *min_c = -*max_c;
}

/* A scalar range input: one finite float (node-naming error otherwise). */
static inline tfgt_status tfgt_read_range_scalar(tfgt_kernel_context *ctx, size_t index,
                                                 const char *what, float *value)
{
    const tfgt_tensor *t = ctx->inputs[index];
    if (t->dtype != TFGT_DT_FLOAT)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s must be float", what);
    if (t->count != 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "%s must hold exactly one value, it has %lld", what,
                                (long long)t->count);
    *value = *(const float *)t->data;
    if (!isfinite(*value))
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s is not finite", what);
    return TFGT_OK;
}

/* Output `index` as a float scalar holding v. */
static inline tfgt_status tfgt_output_scalar(tfgt_kernel_context *ctx, size_t index, float v)
{
    tfgt_tensor *t = tfgt_kernel_output(ctx, index, TFGT_DT_FLOAT, 0, NULL);
    if (!t)
        return ctx->err && ctx->err->status ? ctx->err->status : TFGT_E_NO_MEMORY;
    *(float *)t->data = v;
    return TFGT_OK;
}

/* A convolution or pool window along one dimension, as TensorFlow's
 * GetWindowedOutputSize computes it for SAME or VALID padding: `out`
 * positions, the first window starting `pad` before the input. */
typedef struct tfgt_qwindow {
    int64_t in, k, stride, out, pad;
} tfgt_qwindow;

static inline tfgt_status tfgt_qwindow_make(tfgt_kernel_context *ctx, const char *dim, bool same,
                                            int64_t in, int64_t k, int64_t stride,
                                            tfgt_qwindow *w)
{
    if (k < 1 || stride < 1 || in < 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "%s: input %lld, window %lld, stride %lld", dim, (long long)in,
                                (long long)k, (long long)stride);
    w->in = in;
    w->k = k;
    w->stride = stride;
    w->out = same ? (in + stride - 1) / stride : in >= k ? (in - k) / stride + 1 : 0;
    if (w->out <= 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "%s: a window of %lld does not fit an input of %lld with VALID "
                                "padding",
                                dim, (long long)k, (long long)in);
    w->pad = same ? ((w->out - 1) * stride + k - in) / 2 : 0;
    if (w->pad < 0)
        w->pad = 0;
    return TFGT_OK;
}

/* The "padding" attribute: SAME (*same true) or VALID, else an error. */
static inline tfgt_status tfgt_read_padding_same(tfgt_kernel_context *ctx, bool *same)
{
    char padding[16];
    tfgt_kernel_attr_string(ctx, "padding", "", padding, sizeof padding);
    if (strcmp(padding, "SAME") != 0 && strcmp(padding, "VALID") != 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "padding must be SAME or VALID, not '%s'", padding);
    *same = strcmp(padding, "SAME") == 0;
    return TFGT_OK;
}

#endif
