/* kernels/quantize.c - conversions between float and TensorFlow's
 * quantized types: Dequantize (all modes, per-tensor or per-channel).
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
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kernels.h"

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("fp-contract=off")
#endif

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

/* lowest/highest of a quantized type; false for other types. */
static bool quant_limits(int dtype, double *lowest, double *highest)
{
    switch (dtype) {
    case TFGT_DT_QUINT8: *lowest = 0; *highest = 255; return true;
    case TFGT_DT_QINT8: *lowest = -128; *highest = 127; return true;
    case TFGT_DT_QUINT16: *lowest = 0; *highest = 65535; return true;
    case TFGT_DT_QINT16: *lowest = -32768; *highest = 32767; return true;
    case TFGT_DT_QINT32: *lowest = -2147483648.0; *highest = 2147483647.0; return true;
    default: return false;
    }
}

static double code_at(const tfgt_tensor *t, int64_t i)
{
    switch (t->dtype) {
    case TFGT_DT_QUINT8: return ((const uint8_t *)t->data)[i];
    case TFGT_DT_QINT8: return ((const int8_t *)t->data)[i];
    case TFGT_DT_QUINT16: return ((const uint16_t *)t->data)[i];
    case TFGT_DT_QINT16: return ((const int16_t *)t->data)[i];
    default: return ((const int32_t *)t->data)[i];
    }
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
    if (axis != -1) {
        if (axis < 0 || axis >= in->rank)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "axis %lld is out of range for a rank-%d input",
                                    (long long)axis, in->rank);
        if (mode == MODE_MIN_FIRST)
            return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED,
                                    "MIN_FIRST does not support per-channel ranges (axis)");
        channels = in->dims[axis];
        for (int d = (int)axis + 1; d < in->rank; d++)
            inner *= in->dims[d];
    }
    if ((st = read_range(ctx, ctx->inputs[1], "min_range", channels, &mins)) != TFGT_OK ||
        (st = read_range(ctx, ctx->inputs[2], "max_range", channels, &maxs)) != TFGT_OK)
        return st;
    for (int64_t c = 0; c < channels; c++)
        if (mins[c] > maxs[c])
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "min_range %g is above max_range %g", (double)mins[c],
                                    (double)maxs[c]);
    out = tfgt_kernel_output(ctx, 0, TFGT_DT_FLOAT, in->rank, in->dims);
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
                                    : fmaxf(min / min_out, max / (float)highest);
            biases[c] = 0.0f;
        } else {
            scales[c] = (max - min) / (float)(highest - lowest);
            if (mode == MODE_MIN_COMBINED) {
                biases[c] = min;
            } else {
                float rounded = max == min ? min : roundf(min / scales[c]) * scales[c];
                biases[c] = rounded - (float)lowest * scales[c];
            }
        }
    }
    half_range = lowest < 0 ? (float)((highest - lowest + 1) / 2) : 0.0f;
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
    if (out_type == TFGT_DT_BFLOAT16) /* computed in float, stored rounded */
        for (int64_t i = 0; i < out->count; i++)
            o[i] = tfgt_bfloat16_to_float(tfgt_float_to_bfloat16(o[i]));
    return TFGT_OK;
}

static const tfgt_op_attr attrs_dequantize[] = {
    {"mode", "s: \"MIN_COMBINED\""},
    {"narrow_range", "b: false"},
    {"axis", "i: -1"},
    {"dtype", "type: DT_FLOAT"},
    {NULL, NULL},
};

const tfgt_op_def tfgt_ops_quantize[] = {
    {"Dequantize", 3, 3, 0, attrs_dequantize, kernel_dequantize},
    {NULL, 0, 0, 0, NULL, NULL},
};
