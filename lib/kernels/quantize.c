/* kernels/quantize.c - conversions between float and TensorFlow's
 * quantized types: QuantizeV2 and Dequantize (all modes, per-tensor or
 * per-channel), Requantize, RequantizationRange and
 * QuantizeDownAndShrinkRange.
 *
 * Formulas (spec §4.1, §4.3), in float as TensorFlow's kernels compute
 * them on x86 (its gemmlowp "meta" path exists only on ARM):
 *   MIN_COMBINED  scale = (max - min) / (highest - lowest)
 *                 x = (q + half_range) * scale + min   (half_range 0 when unsigned)
 *   MIN_FIRST     scale as above; min_rounded = round(min / scale) * scale
 *                 (min when max == min); x = q * scale + (min_rounded - lowest * scale)
 *   SCALED        scale = lowest == 0 ? max / highest
 *                         : max(min / (lowest + narrow_range), max / highest)
 *                 x = q * scale
 * Ranges are checked first: min and max must be finite with min <= max,
 * one value each (or one per channel along `axis`), so hostile files get
 * an error naming the node, never NaN or an overread.
 */
#define _POSIX_C_SOURCE 200809L
#include <float.h>
#include <pthread.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gemm.h"
#include "kernels.h"
#include "quantization.h"

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("fp-contract=off")
#endif

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#define QUANT_X86 1
#include <immintrin.h>
#endif

/* Which variant a kernel runs: "_tfgt_isa" = "reference" keeps the plain
 * per-element loops, AVX-512 needs F/BW/DQ/VL, anything else runs the
 * portable loops.  All three give the same bits. */
typedef enum { PATH_REFERENCE, PATH_GENERIC, PATH_AVX512 } quant_path;

static quant_path choose_path(const tfgt_kernel_context *ctx)
{
    tfgt_isa isa = tfgt_kernel_isa(ctx);
    if (isa == TFGT_ISA_REFERENCE)
        return PATH_REFERENCE;
    if (isa == TFGT_ISA_AVX512 && tfgt_cpu_avx512_int())
        return PATH_AVX512;
    return PATH_GENERIC;
}

typedef enum quant_mode { MODE_MIN_COMBINED, MODE_MIN_FIRST, MODE_SCALED } quant_mode;

static tfgt_status read_mode(tfgt_kernel_context *ctx, quant_mode *mode)
{
    char text[32];
    tfgt_kernel_attr_string(ctx, "mode", "MIN_COMBINED", text, sizeof text);
    if (strcmp(text, "MIN_COMBINED") == 0)
        *mode = MODE_MIN_COMBINED;
    else if (strcmp(text, "MIN_FIRST") == 0)
        *mode = MODE_MIN_FIRST;
    else if (strcmp(text, "SCALED") == 0)
        *mode = MODE_SCALED;
    else
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "unknown mode '%s'", text);
    return TFGT_OK;
}

/* lowest/highest of a quantized type as doubles; false for other types. */
static bool quant_limits(int dtype, double *lowest, double *highest)
{
    int64_t lo, hi;
    if (!tfgt_quant_limits(dtype, &lo, &hi))
        return false;
    *lowest = (double)lo;
    *highest = (double)hi;
    return true;
}

static double code_at(const tfgt_tensor *t, int64_t i)
{
    return (double)tfgt_quant_get(t, i);
}

/* Read a range input: `expected` finite floats. */
static tfgt_status read_range(tfgt_kernel_context *ctx, const tfgt_tensor *t, const char *what,
                              int64_t expected, const float **values)
{
    if (t->dtype != TFGT_DT_FLOAT)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s must be float", what);
    if (t->count != expected)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "%s has %lld values, expected %lld", what, (long long)t->count,
                                (long long)expected);
    if (expected == 1 && t->rank > 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s must be a scalar", what);
    *values = t->data;
    for (int64_t i = 0; i < expected; i++)
        if (!isfinite((*values)[i]))
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s is not finite", what);
    return TFGT_OK;
}

/* The min_range/max_range inputs: one value each, or one per slice along
 * `axis` (not with MIN_FIRST, as TensorFlow); *channels and *inner
 * describe that axis (1 and 1 without one). */
static tfgt_status read_ranges(tfgt_kernel_context *ctx, const tfgt_tensor *in, quant_mode mode,
                               int64_t axis, int64_t *channels, int64_t *inner,
                               const float **mins, const float **maxs)
{
    tfgt_status st;
    *channels = *inner = 1;
    if (axis != -1) {
        if (axis < 0 || axis >= in->rank)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "axis %lld is out of range for a rank-%d input",
                                    (long long)axis, in->rank);
        if (mode == MODE_MIN_FIRST)
            return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED,
                                    "MIN_FIRST does not support per-channel ranges (axis)");
        *channels = in->dims[axis];
        for (int d = (int)axis + 1; d < in->rank; d++)
            *inner *= in->dims[d];
    }
    if ((st = read_range(ctx, ctx->inputs[1], "min_range", *channels, mins)) != TFGT_OK)
        return st;
    return read_range(ctx, ctx->inputs[2], "max_range", *channels, maxs);
}

typedef struct deq_job {
    const uint8_t *in;
    float *out;
    float scale, bias;
    quant_path path;
} deq_job;

#if QUANT_X86
/* The same two roundings as the scalar loop (no fused multiply-add). */
__attribute__((target("avx512f,avx512bw,avx512dq,avx512vl"))) static int64_t
dequantize_avx512(const deq_job *job, int64_t i, int64_t end)
{
    __m512 scale = _mm512_set1_ps(job->scale), bias = _mm512_set1_ps(job->bias);
    for (; i + 16 <= end; i += 16) {
        __m512i q = _mm512_cvtepu8_epi32(_mm_loadu_si128((const __m128i *)(job->in + i)));
        __m512 v = _mm512_mul_ps(_mm512_cvtepi32_ps(q), scale);
        _mm512_storeu_ps(job->out + i, _mm512_add_ps(v, bias));
    }
    return i;
}
#endif

/* quint8 per tensor (MIN_FIRST and SCALED): q * scale + bias. */
static tfgt_status dequantize_quint8_range(void *arg, int64_t begin, int64_t end)
{
    const deq_job *job = arg;
    int64_t i = begin;
#if QUANT_X86
    if (job->path == PATH_AVX512)
        i = dequantize_avx512(job, i, end);
#endif
    for (; i < end; i++)
        job->out[i] = (float)job->in[i] * job->scale + job->bias;
    return TFGT_OK;
}

static tfgt_status kernel_dequantize(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in = ctx->inputs[0];
    const float *mins, *maxs;
    double lowest, highest;
    quant_mode mode = MODE_MIN_COMBINED;
    int64_t axis = tfgt_kernel_attr_int(ctx, "axis", -1), channels = 1, inner = 1;
    bool narrow = tfgt_kernel_attr_bool(ctx, "narrow_range", false);
    int out_type = tfgt_kernel_attr_type(ctx, "dtype", TFGT_DT_FLOAT);
    tfgt_tensor *out;
    float *o, *scales, *biases, half_range;
    tfgt_status st;

    if ((st = read_mode(ctx, &mode)) != TFGT_OK)
        return st;
    if (!quant_limits(in->dtype, &lowest, &highest))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "input type %s is not a quantized type",
                                tfgt_dtype_name(in->dtype) ? tfgt_dtype_name(in->dtype) : "?");
    if (out_type != TFGT_DT_FLOAT && out_type != TFGT_DT_BFLOAT16)
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "output type must be float or bfloat16");
    if ((st = read_ranges(ctx, in, mode, axis, &channels, &inner, &mins, &maxs)) != TFGT_OK)
        return st;
    for (int64_t c = 0; c < channels; c++)
        if (mins[c] > maxs[c])
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "min_range %g is above max_range %g", (double)mins[c],
                                    (double)maxs[c]);
    out = tfgt_kernel_output_uninit(ctx, 0, TFGT_DT_FLOAT, in->rank, in->dims);
    if (!out)
        return ctx->err ? ctx->err->status : TFGT_E_NO_MEMORY;
    o = out->data;
    scales = malloc((size_t)(channels ? channels : 1) * 2 * sizeof *scales);
    if (!scales)
        return tfgt_kernel_fail(ctx, TFGT_E_NO_MEMORY, "out of memory");
    biases = scales + (channels ? channels : 1);
    for (int64_t c = 0; c < channels; c++) {
        float min = mins[c], max = maxs[c];
        if (mode == MODE_SCALED) {
            float min_out = (float)(lowest + (narrow ? 1 : 0));
            scales[c] = lowest == 0 ? max / (float)highest
                                    : tfgt_std_max(min / min_out, max / (float)highest);
            biases[c] = 0.0f;
        } else {
            scales[c] = (float)((double)(max - min) / (highest - lowest));
            if (mode == MODE_MIN_COMBINED) {
                biases[c] = min;
            } else {
                float rounded = max == min ? min : roundf(min / scales[c]) * scales[c];
                biases[c] = rounded - (float)lowest * scales[c];
            }
        }
    }
    half_range = lowest < 0 ? (float)((highest - lowest + 1) / 2) : 0.0f;
    if (in->dtype == TFGT_DT_QUINT8 && axis == -1 && mode != MODE_MIN_COMBINED) {
        deq_job job = {in->data, o, scales[0], biases[0], choose_path(ctx)};
        tfgt_parallel_for(ctx->threads, in->count, 1 << 14, dequantize_quint8_range, &job);
        free(scales);
        goto narrow;
    }
    for (int64_t i = 0; i < in->count; i++) {
        int64_t c = axis == -1 ? 0 : (i / inner) % channels;
        float q = (float)code_at(in, i);
        if (mode == MODE_SCALED)
            o[i] = q * scales[c];
        else if (mode == MODE_MIN_COMBINED)
            o[i] = (q + half_range) * scales[c] + biases[c];
        else
            o[i] = q * scales[c] + biases[c];
    }
    free(scales);
narrow:
    if (out_type == TFGT_DT_BFLOAT16) /* computed in float, stored rounded */
        for (int64_t i = 0; i < out->count; i++)
            o[i] = tfgt_bfloat16_to_float(tfgt_float_to_bfloat16(o[i]));
    return TFGT_OK;
}

/* ---- QuantizeV2 ---------------------------------------------------------- */

typedef struct quint8_job {
    const float *in;
    uint8_t *out;
    float min, max, scale, shift; /* shift = fl(-min * scale) */
    quant_path path;
} quint8_job;

/* TensorFlow's oneDNN QuantizeV2 (what its graphs run on x86 for quint8
 * MIN_FIRST): two float products rounded separately and added, no fused
 * multiply-add, then rounded half to even and saturated:
 *     q = rint(fl(x * s) + fl(-min * s)),  s = 255 / (max - min) in float.
 * NaN gives code 0.  x is clamped to [min, max] first (as the Eigen path
 * does; it changes no code here). */
#if QUANT_X86
__attribute__((target("avx512f,avx512bw,avx512dq,avx512vl"))) static int64_t
quantize_quint8_avx512(const quint8_job *job, int64_t i, int64_t end)
{
    __m512 lo = _mm512_set1_ps(job->min), hi = _mm512_set1_ps(job->max);
    __m512 scale = _mm512_set1_ps(job->scale), shift = _mm512_set1_ps(job->shift);
    __m512i zero = _mm512_setzero_si512(), top = _mm512_set1_epi32(255);
    for (; i + 16 <= end; i += 16) {
        __m512 in = _mm512_loadu_ps(job->in + i);
        __mmask16 nan = _mm512_cmp_ps_mask(in, in, _CMP_UNORD_Q);
        __m512 x = _mm512_min_ps(hi, _mm512_max_ps(lo, in));
        /* mul and add stay separate: fp-contract is off in this file */
        __m512 v = _mm512_add_ps(_mm512_mul_ps(x, scale), shift);
        __m512i q = _mm512_cvt_roundps_epi32(v, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
        q = _mm512_min_epi32(_mm512_max_epi32(q, zero), top);
        q = _mm512_mask_mov_epi32(q, nan, zero);
        _mm_storeu_si128((__m128i *)(job->out + i), _mm512_cvtepi32_epi8(q));
    }
    return i;
}
#endif

/* quint8 MIN_FIRST, one range of elements (run on several threads). */
static tfgt_status quantize_quint8_range(void *arg, int64_t begin, int64_t end)
{
    const quint8_job *job = arg;
    int64_t i = begin;
#if QUANT_X86
    if (job->path == PATH_AVX512)
        i = quantize_quint8_avx512(job, i, end);
#endif
    for (; i < end; i++) {
        float x = tfgt_std_min(tfgt_std_max(job->in[i], job->min), job->max);
        float product = x * job->scale;
        float v = nearbyintf(product + job->shift);
        job->out[i] = isnan(v) ? 0 : (uint8_t)(v < 0.0f ? 0.0f : v > 255.0f ? 255.0f : v);
    }
    return TFGT_OK;
}

static float round_half_to_even(float x)
{
    float r = roundf(x);
    if (fabsf(x - truncf(x)) == 0.5f)
        r = 2.0f * roundf(x / 2.0f);
    return r;
}

static tfgt_status kernel_quantize_v2(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in = ctx->inputs[0];
    int out_type = tfgt_kernel_attr_type(ctx, "T", TFGT_DT_QUINT8);
    int64_t axis = tfgt_kernel_attr_int(ctx, "axis", -1), channels = 1, inner = 1;
    bool narrow = tfgt_kernel_attr_bool(ctx, "narrow_range", false);
    float ensure = tfgt_kernel_attr_float(ctx, "ensure_minimum_range", 0.01f);
    char round_mode[32];
    bool half_even;
    int64_t lowest, highest;
    quant_mode mode = MODE_MIN_COMBINED;
    const float *mins, *maxs;
    float *lo_out, *hi_out, *scales;
    tfgt_tensor *out, *tmin, *tmax;
    tfgt_status st;

    if ((st = read_mode(ctx, &mode)) != TFGT_OK)
        return st;
    tfgt_kernel_attr_string(ctx, "round_mode", "HALF_AWAY_FROM_ZERO", round_mode,
                            sizeof round_mode);
    half_even = strcmp(round_mode, "HALF_TO_EVEN") == 0;
    if (!half_even && strcmp(round_mode, "HALF_AWAY_FROM_ZERO") != 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "unknown round_mode '%s'",
                                round_mode);
    if (half_even && mode != MODE_SCALED)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "round_mode HALF_TO_EVEN is only supported for mode SCALED");
    if (!tfgt_quant_limits(out_type, &lowest, &highest))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "T must be a quantized type");
    if (in->dtype != TFGT_DT_FLOAT)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "input must be float");
    if ((st = read_ranges(ctx, in, mode, axis, &channels, &inner, &mins, &maxs)) != TFGT_OK)
        return st;
    for (int64_t c = 0; c < channels; c++)
        if (maxs[c] < mins[c])
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "input_max_range must be larger than input_min_range "
                                    "(%g < %g)",
                                    (double)maxs[c], (double)mins[c]);
    out = tfgt_kernel_output_uninit(ctx, 0, out_type, in->rank, in->dims);
    {
        int64_t dims1[1] = {channels};
        tmin = tfgt_kernel_output(ctx, 1, TFGT_DT_FLOAT, axis == -1 ? 0 : 1, dims1);
        tmax = tfgt_kernel_output(ctx, 2, TFGT_DT_FLOAT, axis == -1 ? 0 : 1, dims1);
    }
    scales = malloc((size_t)channels * sizeof *scales);
    if (!out || !tmin || !tmax || !scales) {
        free(scales);
        return ctx->err && ctx->err->status ? ctx->err->status : TFGT_E_NO_MEMORY;
    }
    lo_out = tmin->data;
    hi_out = tmax->data;
    for (int64_t c = 0; c < channels; c++) {
        /* TensorFlow's range adjustment: include 0, at least a minimum width */
        float min = tfgt_std_min(0.0f, mins[c]);
        float eps = tfgt_std_max(1.0f, tfgt_std_max(fabsf(mins[c]), fabsf(maxs[c]))) * ensure;
        float max = tfgt_std_max(0.0f, tfgt_std_max(maxs[c], min + eps));
        if (mode == MODE_SCALED) {
            int min_out = (int)lowest + (narrow ? 1 : 0), max_out = (int)highest;
            float from_min = ((float)min_out * min > 0) ? (float)min_out / min : FLT_MAX;
            float from_max = ((float)max_out * max > 0) ? (float)max_out / max : FLT_MAX;
            scales[c] = tfgt_std_min(from_min, from_max);
            min = (float)min_out / scales[c];
            max = (float)max_out / scales[c];
        }
        lo_out[c] = min;
        hi_out[c] = max;
    }
    /* a QuantizeV2 of constants is one TensorFlow folds before running,
     * with the Eigen kernel (so fold_constants here does the same) */
    if (mode == MODE_MIN_FIRST && (out_type != TFGT_DT_QUINT8 || ctx->from_constants)) {
        /* TensorFlow's QUANTIZE_WITH_EIGEN: round(x * s) - round(min * s) */
        tfgt_f2q f = tfgt_f2q_make(lo_out[0], hi_out[0], out_type);
        for (int64_t i = 0; i < in->count; i++)
            tfgt_quant_set(out, i, tfgt_f2q_apply(&f, ((const float *)in->data)[i]));
    } else if (mode == MODE_MIN_FIRST) {
        /* quint8: what TensorFlow 2.21 computes when the graph runs on x86
         * (its oneDNN kernel, see quantize_quint8_range).  TensorFlow's
         * constant folding and its build without oneDNN use the Eigen
         * rounding above instead; they differ by one code at some values. */
        float scale = 255.0f / (hi_out[0] - lo_out[0]);
        quint8_job job = {in->data, out->data, lo_out[0], hi_out[0], scale, -lo_out[0] * scale,
                          choose_path(ctx)};
        tfgt_parallel_for(ctx->threads, in->count, 1 << 14, quantize_quint8_range, &job);
    } else {
        for (int64_t c = 0; c < channels; c++)
            if (mode == MODE_MIN_COMBINED)
                scales[c] = (float)(((double)highest - (double)lowest) /
                                    (double)(hi_out[c] - lo_out[c]));
        for (int64_t i = 0; i < in->count; i++) {
            int64_t c = axis == -1 ? 0 : (i / inner) % channels;
            float x = ((const float *)in->data)[i];
            float min = lo_out[c], max = hi_out[c];
            float clamped = fminf(fmaxf(x, min), max);
            int64_t q;
            if (isnan(x))
                clamped = x;
            if (mode == MODE_SCALED) {
                float v = clamped * scales[c];
                q = (int64_t)(half_even ? round_half_to_even(v) : roundf(v));
            } else if (lowest < 0) {
                float half = (float)(highest - lowest + 1) / 2.0f;
                q = (int64_t)roundf((clamped - min) * scales[c] - half);
            } else {
                q = (int64_t)((clamped - min) * scales[c] + 0.5f);
            }
            q = q < lowest ? lowest : q > highest ? highest : q;
            tfgt_quant_set(out, i, q);
        }
    }
    free(scales);
    return TFGT_OK;
}

/* ---- Requantize, RequantizationRange, QuantizeDownAndShrinkRange ------ */

/* A double truncated to int64, saturating where C leaves it undefined
 * (hostile ranges make these factors huge). */
static int64_t to_int64(double v)
{
    if (isnan(v))
        return 0;
    if (v >= 9.2e18)
        return INT64_C(9200000000000000000);
    if (v <= -9.2e18)
        return -INT64_C(9200000000000000000);
    return (int64_t)v;
}

/* The fixed-point qint32 -> quint8 step in 64-bit arithmetic:
 *   q = ((v * scale) >> 32) + offset) >> 16, clamped to [0, 255]
 * with the 96-bit product split as scale = hi * 2^32 + lo (lo unsigned):
 * (v * scale) >> 32 = v * hi + ((v * lo) >> 32), both exact in int64.
 * Used when |offset| < 2^61 (so the sum cannot overflow); hi always fits
 * in int32 because to_int64 caps the scale below 2^63. */
typedef struct requant_job {
    const int32_t *src;
    uint8_t *dst;
    int64_t scale, offset;
    quant_path path;
} requant_job;

#if QUANT_X86
/* 16 values in the 64-bit lanes of two vectors (even and odd elements):
 * with scale = hi * 2^32 + lo, lo now taken signed, both products are
 * vpmuldq's exact 32 x 32 -> 64 bits; the even and odd codes then
 * interleave back in order. */
__attribute__((target("avx512f,avx512bw,avx512dq,avx512vl"))) static int64_t
requantize_avx512(const requant_job *job, int64_t i, int64_t end)
{
    const int64_t lo = (int64_t)(int32_t)(uint32_t)job->scale;
    const __m512i hi = _mm512_set1_epi64((job->scale - lo) >> 32), vlo = _mm512_set1_epi64(lo);
    const __m512i offset = _mm512_set1_epi64(job->offset), zero = _mm512_setzero_si512();
    for (; i + 16 <= end; i += 16) {
        __m512i v = _mm512_loadu_si512(job->src + i);
        __m512i half[2] = {v, _mm512_srli_epi64(v, 32)};
        __m128i q[2];
        for (int h = 0; h < 2; h++) {
            __m512i a = _mm512_mul_epi32(half[h], hi);
            __m512i b = _mm512_srai_epi64(_mm512_mul_epi32(half[h], vlo), 32);
            __m512i fp = _mm512_add_epi64(_mm512_add_epi64(a, b), offset);
            /* clamp below at 0 here, above at 255 by the saturating narrowing */
            q[h] = _mm512_cvtusepi64_epi8(_mm512_max_epi64(_mm512_srai_epi64(fp, 16), zero));
        }
        _mm_storeu_si128((__m128i *)(job->dst + i), _mm_unpacklo_epi8(q[0], q[1]));
    }
    return i;
}
#endif

static tfgt_status requantize_range(void *arg, int64_t begin, int64_t end)
{
    const requant_job *job = arg;
    int64_t hi = job->scale >> 32, lo = (int64_t)(uint32_t)job->scale, i = begin;
#if QUANT_X86
    if (job->path == PATH_AVX512)
        i = requantize_avx512(job, i, end);
#endif
    for (; i < end; i++) {
        int64_t v = job->src[i];
        int64_t fp = v * hi + ((v * lo) >> 32) + job->offset;
        int64_t q = fp >> 16;
        job->dst[i] = (uint8_t)(q < 0 ? 0 : q > 255 ? 255 : q);
    }
    return TFGT_OK;
}

/* RequantizeManyInNewRange: the fixed-point qint32 -> quint8 path, float
 * through QuantizedToFloat/FloatToQuantized for the other types. */
static tfgt_status requantize(const tfgt_kernel_context *ctx, const tfgt_tensor *in,
                              float in_min, float in_max, float out_min, float out_max,
                              tfgt_tensor *out)
{
    if (in->dtype == TFGT_DT_QINT32 && out->dtype == TFGT_DT_QUINT8) {
        const int fp_shift = 16;
        const float input_range = in_max - in_min;
        const float output_range = out_max - out_min;
        const float recip_output_range = output_range == 0.0f ? 0.0f : (float)(255.0 / output_range);
        const float input_rezero = (float)((in_min + in_max) / 2.0);
        const int64_t range_scale_fp =
            output_range == 0.0f
                ? 0
                : to_int64(255.0 * (1 << fp_shift) * (double)input_range / (double)output_range);
        const int64_t input_offset_fp =
            to_int64((double)(input_rezero * recip_output_range * (float)(1 << fp_shift)));
        const int64_t output_offset_fp =
            output_range == 0.0f
                ? 0
                : to_int64(round((1 << fp_shift) * ((double)out_min * 255.0) / (double)output_range));
        const int64_t rounding_delta = 1 << (fp_shift - 1);
        const int32_t *src = in->data;
        uint8_t *dst = out->data;
        const __int128 offset =
            (__int128)input_offset_fp - (__int128)output_offset_fp + rounding_delta;
        const quant_path path = choose_path(ctx);
        if (path != PATH_REFERENCE && offset < ((__int128)1 << 61) &&
            offset > -((__int128)1 << 61)) {
            requant_job job = {src, dst, range_scale_fp, (int64_t)offset, path};
            return tfgt_parallel_for(ctx->threads, in->count, (int64_t)1 << 14,
                                     requantize_range, &job);
        }
        for (int64_t i = 0; i < in->count; i++) {
            /* 128-bit product: TensorFlow's 64-bit one overflows (and wraps)
             * when the output range is far narrower than the input's */
            __int128 fp = (((__int128)src[i] * range_scale_fp) >> 32) +
                          (input_offset_fp - output_offset_fp + rounding_delta);
            __int128 q = fp >> fp_shift;
            dst[i] = (uint8_t)(q < 0 ? 0 : q > 255 ? 255 : q);
        }
        return TFGT_OK;
    }
    for (int64_t i = 0; i < in->count; i++) {
        float f = tfgt_quantized_to_float(tfgt_quant_get(in, i), in_min, in_max, in->dtype);
        tfgt_quant_set(out, i, tfgt_float_to_quantized(f, out_min, out_max, out->dtype));
    }
    return TFGT_OK;
}

/* The smallest and largest qint32 code, over ranges on several threads. */
typedef struct minmax_job {
    const int32_t *src;
    quant_path path;
    pthread_mutex_t lock;
    int32_t min, max;
} minmax_job;

#if QUANT_X86
__attribute__((target("avx512f,avx512bw,avx512dq,avx512vl"))) static int64_t
minmax_avx512(const int32_t *src, int64_t i, int64_t end, int32_t *min, int32_t *max)
{
    __m512i lo = _mm512_set1_epi32(*min), hi = _mm512_set1_epi32(*max);
    for (; i + 16 <= end; i += 16) {
        __m512i v = _mm512_loadu_si512(src + i);
        lo = _mm512_min_epi32(lo, v);
        hi = _mm512_max_epi32(hi, v);
    }
    *min = _mm512_reduce_min_epi32(lo);
    *max = _mm512_reduce_max_epi32(hi);
    return i;
}
#endif

static tfgt_status minmax_range(void *arg, int64_t begin, int64_t end)
{
    minmax_job *job = arg;
    int32_t lo = job->src[begin], hi = lo;
    int64_t i = begin;
#if QUANT_X86
    if (job->path == PATH_AVX512)
        i = minmax_avx512(job->src, i, end, &lo, &hi);
#endif
    for (; i < end; i++) {
        lo = job->src[i] < lo ? job->src[i] : lo;
        hi = job->src[i] > hi ? job->src[i] : hi;
    }
    pthread_mutex_lock(&job->lock);
    job->min = lo < job->min ? lo : job->min;
    job->max = hi > job->max ? hi : job->max;
    pthread_mutex_unlock(&job->lock);
    return TFGT_OK;
}

/* The smallest and largest code, as floats in the input's range. */
static tfgt_status used_range(tfgt_kernel_context *ctx, float in_min, float in_max, float *lo,
                              float *hi)
{
    const tfgt_tensor *in = ctx->inputs[0];
    quant_path path = choose_path(ctx);
    int64_t qmin, qmax;
    if (in->count == 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "input is empty");
    if (in->dtype == TFGT_DT_QINT32 && path != PATH_REFERENCE) {
        minmax_job job;
        job.src = in->data;
        job.path = path;
        job.min = INT32_MAX;
        job.max = INT32_MIN;
        pthread_mutex_init(&job.lock, NULL);
        tfgt_parallel_for(ctx->threads, in->count, (int64_t)1 << 14, minmax_range, &job);
        pthread_mutex_destroy(&job.lock);
        qmin = job.min;
        qmax = job.max;
    } else {
        qmin = qmax = tfgt_quant_get(in, 0);
        for (int64_t i = 1; i < in->count; i++) {
            int64_t q = tfgt_quant_get(in, i);
            qmin = q < qmin ? q : qmin;
            qmax = q > qmax ? q : qmax;
        }
    }
    *lo = tfgt_quantized_to_float(qmin, in_min, in_max, in->dtype);
    *hi = tfgt_quantized_to_float(qmax, in_min, in_max, in->dtype);
    return TFGT_OK;
}

static tfgt_status read_input_range(tfgt_kernel_context *ctx, float *in_min, float *in_max)
{
    tfgt_status st;
    int64_t lo, hi;
    if (!tfgt_quant_limits(ctx->inputs[0]->dtype, &lo, &hi))
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "input must be a quantized type");
    if ((st = tfgt_read_range_scalar(ctx, 1, "input_min", in_min)) != TFGT_OK ||
        (st = tfgt_read_range_scalar(ctx, 2, "input_max", in_max)) != TFGT_OK)
        return st;
    if (*in_min > *in_max)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "input_min %g is above input_max %g", (double)*in_min,
                                (double)*in_max);
    return TFGT_OK;
}

static tfgt_status kernel_requantize(tfgt_kernel_context *ctx)
{
    int out_type = tfgt_kernel_attr_type(ctx, "out_type", TFGT_DT_QUINT8);
    float in_min = 0, in_max = 0, out_min = 0, out_max = 0;
    int64_t lo, hi;
    tfgt_tensor *out;
    tfgt_status st;
    if ((st = read_input_range(ctx, &in_min, &in_max)) != TFGT_OK ||
        (st = tfgt_read_range_scalar(ctx, 3, "requested_output_min", &out_min)) != TFGT_OK ||
        (st = tfgt_read_range_scalar(ctx, 4, "requested_output_max", &out_max)) != TFGT_OK)
        return st;
    if (!tfgt_quant_limits(out_type, &lo, &hi))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "out_type must be a quantized type");
    if (out_min > 0.0f)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "requested_output_min must be <= 0, but got %g", (double)out_min);
    if (out_max < out_min)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "requested_output_max must be >= requested_output_min, but got "
                                "%g and %g",
                                (double)out_max, (double)out_min);
    out = tfgt_kernel_output_uninit(ctx, 0, out_type, ctx->inputs[0]->rank,
                                    ctx->inputs[0]->dims);
    if (!out)
        return ctx->err && ctx->err->status ? ctx->err->status : TFGT_E_NO_MEMORY;
    if ((st = requantize(ctx, ctx->inputs[0], in_min, in_max, out_min, out_max, out)) !=
        TFGT_OK)
        return st;
    if ((st = tfgt_output_scalar(ctx, 1, out_min)) != TFGT_OK)
        return st;
    return tfgt_output_scalar(ctx, 2, out_max);
}

static tfgt_status kernel_requantization_range(tfgt_kernel_context *ctx)
{
    float in_min = 0, in_max = 0, lo = 0, hi = 0;
    tfgt_status st;
    if ((st = read_input_range(ctx, &in_min, &in_max)) != TFGT_OK ||
        (st = used_range(ctx, in_min, in_max, &lo, &hi)) != TFGT_OK)
        return st;
    /* the minimum never above zero, as TensorFlow's kernel keeps it */
    if ((st = tfgt_output_scalar(ctx, 0, fminf(0.0f, lo))) != TFGT_OK)
        return st;
    return tfgt_output_scalar(ctx, 1, hi);
}

static tfgt_status kernel_quantize_down_and_shrink_range(tfgt_kernel_context *ctx)
{
    int out_type = tfgt_kernel_attr_type(ctx, "out_type", TFGT_DT_QUINT8);
    float in_min = 0, in_max = 0, lo = 0, hi = 0;
    int64_t l, h;
    tfgt_tensor *out;
    tfgt_status st;
    if ((st = read_input_range(ctx, &in_min, &in_max)) != TFGT_OK ||
        (st = used_range(ctx, in_min, in_max, &lo, &hi)) != TFGT_OK)
        return st;
    if (!tfgt_quant_limits(out_type, &l, &h))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "out_type must be a quantized type");
    out = tfgt_kernel_output(ctx, 0, out_type, ctx->inputs[0]->rank, ctx->inputs[0]->dims);
    if (!out)
        return ctx->err && ctx->err->status ? ctx->err->status : TFGT_E_NO_MEMORY;
    if ((st = requantize(ctx, ctx->inputs[0], in_min, in_max, lo, hi, out)) != TFGT_OK)
        return st;
    if ((st = tfgt_output_scalar(ctx, 1, lo)) != TFGT_OK)
        return st;
    return tfgt_output_scalar(ctx, 2, hi);
}

static const tfgt_op_attr attrs_dequantize[] = {
    {"mode", "s: \"MIN_COMBINED\""},
    {"narrow_range", "b: false"},
    {"axis", "i: -1"},
    {"dtype", "type: DT_FLOAT"},
    {NULL, NULL},
};

static const tfgt_op_attr attrs_quantize_v2[] = {
    {"T", NULL},
    {"mode", "s: \"MIN_COMBINED\""},
    {"round_mode", "s: \"HALF_AWAY_FROM_ZERO\""},
    {"narrow_range", "b: false"},
    {"axis", "i: -1"},
    {"ensure_minimum_range", "f: 0.01"},
    {NULL, NULL},
};

static const tfgt_op_attr attrs_requantize[] = {
    {"Tinput", NULL},
    {"out_type", NULL},
    {NULL, NULL},
};

static const tfgt_op_attr attrs_requantization_range[] = {
    {"Tinput", NULL},
    {NULL, NULL},
};

const tfgt_op_def tfgt_ops_quantize[] = {
    {"Dequantize", 3, 3, 0, attrs_dequantize, kernel_dequantize},
    {"QuantizeV2", 3, 3, 0, attrs_quantize_v2, kernel_quantize_v2},
    {"Requantize", 5, 5, 0, attrs_requantize, kernel_requantize},
    {"RequantizationRange", 3, 3, 0, attrs_requantization_range, kernel_requantization_range},
    {"QuantizeDownAndShrinkRange", 3, 3, 0, attrs_requantize,
     kernel_quantize_down_and_shrink_range},
    {NULL, 0, 0, 0, NULL, NULL},
};
