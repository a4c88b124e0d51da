/* kernels/conv.c - 2-D convolutions and pooling: Conv2D,
 * DepthwiseConv2dNative, Conv2DBackpropInput, MaxPool, MaxPoolV2, AvgPool.
 *
 * Float NHWC is the fast layout: Conv2D is a GEMM (directly on the input
 * for 1x1 stride-1 convolutions, on im2col rows built a chunk at a time
 * otherwise) except for short windows over few output channels, computed
 * directly a block of pixels at a time; the depthwise convolution and the
 * pools are direct loops vectorized over channels, Conv2DBackpropInput is a GEMM into columns
 * gathered back into the image.  NCHW float is transposed to NHWC and
 * back (except 1x1 Conv2D, a GEMM in either layout).  Half and bfloat16
 * go through float; double and int32 use the plain reference loops, which
 * read either layout through strides.  Every float path has its
 * *_reference beside it, chosen by the "_tfgt_isa" test attribute.
 *
 * Threads split the output into contiguous ranges of rows; each output
 * element is computed the same way whoever computes it, so results do not
 * depend on the thread count.
 */
#define _POSIX_C_SOURCE 200809L
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gemm.h"
#include "kernels.h"

#if defined(__x86_64__) || defined(__i386__)
#define TFGT_CONV_X86 1
#include <immintrin.h>
#else
#define TFGT_CONV_X86 0
#endif

/* Attribute values (strides, sizes, paddings) above this are refused, so
 * arithmetic on them cannot overflow. */
#define MAX_WINDOW_ATTR ((int64_t)1 << 30)

/* ---- geometry ---- */

typedef enum pad_mode { PAD_SAME, PAD_VALID, PAD_EXPLICIT } pad_mode;

typedef struct conv_geom {
    bool nchw;
    int64_t batch, in_h, in_w, in_c;
    int64_t k_h, k_w;       /* window */
    int64_t filter_c;       /* input channels per group (conv) */
    int64_t out_c;
    int64_t groups;         /* Conv2D: in_c / filter_c */
    int64_t multiplier;     /* depthwise: out_c / in_c */
    int64_t stride_h, stride_w, dil_h, dil_w;
    int64_t pad_top, pad_bottom, pad_left, pad_right;
    int64_t out_h, out_w;
} conv_geom;

/* Element strides of an N,H,W,C tensor in either layout. */
typedef struct strides4 {
    int64_t n, h, w, c;
} strides4;

static strides4 layout_strides(bool nchw, int64_t h, int64_t w, int64_t c)
{
    strides4 s;
    if (nchw) {
        s.w = 1;
        s.h = w;
        s.c = h * w;
        s.n = c * h * w;
    } else {
        s.c = 1;
        s.w = c;
        s.h = w * c;
        s.n = h * w * c;
    }
    return s;
}

static tfgt_status read_data_format(tfgt_kernel_context *ctx, bool *nchw)
{
    char format[16];
    tfgt_kernel_attr_string(ctx, "data_format", "NHWC", format, sizeof format);
    if (strcmp(format, "NHWC") == 0)
        *nchw = false;
    else if (strcmp(format, "NCHW") == 0)
        *nchw = true;
    else
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED,
                                "data_format \"%s\" is not supported (NHWC or NCHW)", format);
    return TFGT_OK;
}

/* A 4-value window attribute (strides, dilations, ksize) in data_format
 * order: the batch and channel entries must be 1, the spatial ones in
 * 1..MAX_WINDOW_ATTR.  `values` (if not NULL) replaces the attribute (for
 * MaxPoolV2's inputs); count < 0 means absent, giving `fallback`. */
static tfgt_status read_window(tfgt_kernel_context *ctx, const char *what, const int64_t *values,
                               int count, bool nchw, int64_t fallback, int64_t *h, int64_t *w)
{
    int64_t v[4];
    if (count < 0) {
        if (fallback < 1)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "attribute %s is required",
                                    what);
        *h = *w = fallback;
        return TFGT_OK;
    }
    if (count != 4)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s must have 4 values, not %d", what,
                                count);
    for (int i = 0; i < 4; i++) {
        v[i] = values[i];
        if (v[i] < 1 || v[i] > MAX_WINDOW_ATTR)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "%s[%d] = %" PRId64 " must be in 1..%" PRId64, what, i, v[i],
                                    MAX_WINDOW_ATTR);
    }
    if (v[0] != 1 || v[nchw ? 1 : 3] != 1)
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED,
                                "%s in the batch and channel dimensions must be 1", what);
    *h = v[nchw ? 2 : 1];
    *w = v[nchw ? 3 : 2];
    return TFGT_OK;
}

static tfgt_status read_window_attr(tfgt_kernel_context *ctx, const char *key, bool nchw,
                                    int64_t fallback, int64_t *h, int64_t *w)
{
    int64_t v[4] = {0, 0, 0, 0};
    int n = tfgt_kernel_attr_ints(ctx, key, v, 4);
    return read_window(ctx, key, v, n, nchw, fallback, h, w);
}

static tfgt_status read_padding(tfgt_kernel_context *ctx, bool allow_explicit, pad_mode *mode)
{
    char padding[16];
    tfgt_kernel_attr_string(ctx, "padding", "", padding, sizeof padding);
    if (strcmp(padding, "SAME") == 0)
        *mode = PAD_SAME;
    else if (strcmp(padding, "VALID") == 0)
        *mode = PAD_VALID;
    else if (allow_explicit && strcmp(padding, "EXPLICIT") == 0)
        *mode = PAD_EXPLICIT;
    else
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "padding \"%s\" is not supported (SAME, VALID%s)", padding,
                                allow_explicit ? " or EXPLICIT" : "");
    return TFGT_OK;
}

/* explicit_paddings: 8 values, (before, after) per dimension in
 * data_format order; only the spatial ones may be non-zero. */
static tfgt_status read_explicit_paddings(tfgt_kernel_context *ctx, conv_geom *g)
{
    int64_t v[8];
    int n = tfgt_kernel_attr_ints(ctx, "explicit_paddings", v, 8);
    int hi = g->nchw ? 4 : 2, wi = g->nchw ? 6 : 4, ci = g->nchw ? 2 : 6;
    if (n != 8)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "padding EXPLICIT needs 8 explicit_paddings, not %d", n < 0 ? 0 : n);
    for (int i = 0; i < 8; i++)
        if (v[i] < 0 || v[i] > MAX_WINDOW_ATTR)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "explicit_paddings[%d] = %" PRId64 " must be in 0..%" PRId64, i,
                                    v[i], MAX_WINDOW_ATTR);
    if (v[0] || v[1] || v[ci] || v[ci + 1])
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED,
                                "explicit_paddings in the batch and channel dimensions must be 0");
    g->pad_top = v[hi];
    g->pad_bottom = v[hi + 1];
    g->pad_left = v[wi];
    g->pad_right = v[wi + 1];
    return TFGT_OK;
}

/* One spatial dimension: the output size and the padding (TensorFlow's
 * rules: SAME gives ceil(in / stride) outputs and pads (total) / 2 before). */
static tfgt_status window_output(tfgt_kernel_context *ctx, const char *dim, pad_mode mode,
                                 int64_t in, int64_t k, int64_t dil, int64_t stride,
                                 int64_t *pad_before, int64_t *pad_after, int64_t *out)
{
    int64_t span = (k - 1) * dil + 1;
    if (mode == PAD_SAME) {
        int64_t total;
        *out = (in + stride - 1) / stride;
        total = (*out - 1) * stride + span - in;
        if (total < 0)
            total = 0;
        *pad_before = total / 2;
        *pad_after = total - total / 2;
        if (in == 0)
            *pad_before = *pad_after = 0;
        return TFGT_OK;
    }
    if (mode == PAD_VALID)
        *pad_before = *pad_after = 0;
    if (in + *pad_before + *pad_after < span)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "the %s window of %" PRId64 " (size %" PRId64 ", dilation %" PRId64
                                ") is larger than the padded input %s of %" PRId64,
                                dim, span, k, dil, dim, in + *pad_before + *pad_after);
    *out = (in + *pad_before + *pad_after - span) / stride + 1;
    return TFGT_OK;
}

/* Spatial sizes and windows above MAX_WINDOW_ATTR are refused (a tensor
 * with a zero dimension may have any other dimension). */
static tfgt_status check_spatial(tfgt_kernel_context *ctx, const conv_geom *g)
{
    if (g->in_h > MAX_WINDOW_ATTR || g->in_w > MAX_WINDOW_ATTR || g->k_h > MAX_WINDOW_ATTR ||
        g->k_w > MAX_WINDOW_ATTR)
        return tfgt_kernel_fail(ctx, TFGT_E_LIMIT,
                                "spatial sizes (input %" PRId64 "x%" PRId64 ", window %" PRId64
                                "x%" PRId64 ") above %" PRId64 " are not supported",
                                g->in_h, g->in_w, g->k_h, g->k_w, MAX_WINDOW_ATTR);
    return TFGT_OK;
}

static tfgt_status geom_outputs(tfgt_kernel_context *ctx, pad_mode mode, conv_geom *g)
{
    tfgt_status st = check_spatial(ctx, g);
    if (st != TFGT_OK)
        return st;
    st = window_output(ctx, "height", mode, g->in_h, g->k_h, g->dil_h, g->stride_h,
                                   &g->pad_top, &g->pad_bottom, &g->out_h);
    if (st != TFGT_OK)
        return st;
    return window_output(ctx, "width", mode, g->in_w, g->k_w, g->dil_w, g->stride_w, &g->pad_left,
                         &g->pad_right, &g->out_w);
}

static void geom_input_dims(conv_geom *g, const tfgt_tensor *in)
{
    g->batch = in->dims[0];
    g->in_h = in->dims[g->nchw ? 2 : 1];
    g->in_w = in->dims[g->nchw ? 3 : 2];
    g->in_c = in->dims[g->nchw ? 1 : 3];
}

static void geom_dims(const conv_geom *g, int64_t h, int64_t w, int64_t c, int64_t *dims)
{
    dims[0] = g->batch;
    dims[1] = g->nchw ? c : h;
    dims[2] = g->nchw ? h : w;
    dims[3] = g->nchw ? w : c;
}

/* Strides, dilations, padding (with explicit_paddings) and data_format. */
static tfgt_status read_conv_attrs(tfgt_kernel_context *ctx, conv_geom *g, pad_mode *mode)
{
    tfgt_status st = read_data_format(ctx, &g->nchw);
    if (st == TFGT_OK)
        st = read_window_attr(ctx, "strides", g->nchw, 0, &g->stride_h, &g->stride_w);
    if (st == TFGT_OK)
        st = read_window_attr(ctx, "dilations", g->nchw, 1, &g->dil_h, &g->dil_w);
    if (st == TFGT_OK)
        st = read_padding(ctx, true, mode);
    g->pad_top = g->pad_bottom = g->pad_left = g->pad_right = 0;
    if (st == TFGT_OK && *mode == PAD_EXPLICIT)
        st = read_explicit_paddings(ctx, g);
    return st;
}

static tfgt_status check_inputs(tfgt_kernel_context *ctx, size_t count)
{
    if (ctx->n_inputs != count)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "expected %zu inputs, got %zu",
                                count, ctx->n_inputs);
    for (size_t i = 0; i < count; i++)
        if (!ctx->inputs[i])
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "input %zu is missing", i);
    return TFGT_OK;
}

static tfgt_status check_rank(tfgt_kernel_context *ctx, const tfgt_tensor *t, const char *what,
                              int rank)
{
    if (t->rank != rank)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s must be %d-D, not %d-D", what,
                                rank, t->rank);
    return TFGT_OK;
}

static const char *type_name(int dtype)
{
    const char *name = tfgt_dtype_name(dtype);
    return name ? name : "unknown";
}

static tfgt_status status_of(tfgt_kernel_context *ctx)
{
    return ctx->err && ctx->err->status != TFGT_OK ? ctx->err->status : TFGT_E_INTERNAL;
}

/* ---- half / bfloat16 through float ---- */

static bool is_half_like(int dtype)
{
    return dtype == TFGT_DT_HALF || dtype == TFGT_DT_BFLOAT16;
}

/* A float copy of a float, half or bfloat16 tensor (memory-limited). */
static tfgt_tensor *to_float(tfgt_kernel_context *ctx, const tfgt_tensor *t)
{
    tfgt_error inner;
    tfgt_tensor *f = tfgt_tensor_new(TFGT_DT_FLOAT, t->rank, t->dims, ctx->memory_limit, &inner);
    float *dst;
    if (!f) {
        tfgt_kernel_fail(ctx, inner.status, "float copy of an input: %s", inner.message);
        return NULL;
    }
    dst = f->data;
    if (t->dtype == TFGT_DT_FLOAT)
        memcpy(dst, t->data, t->nbytes);
    else if (t->dtype == TFGT_DT_HALF)
        for (int64_t i = 0; i < t->count; i++)
            dst[i] = tfgt_half_to_float(((const uint16_t *)t->data)[i]);
    else
        for (int64_t i = 0; i < t->count; i++)
            dst[i] = tfgt_bfloat16_to_float(((const uint16_t *)t->data)[i]);
    return f;
}

static void from_float(tfgt_tensor *dst, const tfgt_tensor *src)
{
    const float *s = src->data;
    uint16_t *d = dst->data;
    if (dst->dtype == TFGT_DT_FLOAT)
        memcpy(dst->data, src->data, src->nbytes);
    else if (dst->dtype == TFGT_DT_HALF)
        for (int64_t i = 0; i < dst->count; i++)
            d[i] = tfgt_float_to_half(s[i]);
    else
        for (int64_t i = 0; i < dst->count; i++)
            d[i] = tfgt_float_to_bfloat16(s[i]);
}

static tfgt_tensor *scratch(tfgt_kernel_context *ctx, int dtype, int rank, const int64_t *dims)
{
    tfgt_error inner;
    tfgt_tensor *t = tfgt_tensor_new(dtype, rank, dims, ctx->memory_limit, &inner);
    if (!t)
        tfgt_kernel_fail(ctx, inner.status, "scratch buffer: %s", inner.message);
    return t;
}

/* ---- layout transposes (float) ---- */

/* [n][a][b] -> [n][b][a], i.e. NCHW -> NHWC with a = C, b = H*W, and back
 * with a = H*W, b = C.  Tiled so both sides stay in cache. */
static void transpose_batched(const float *src, float *dst, int64_t n, int64_t a, int64_t b)
{
    const int64_t tile = 32;
    for (int64_t i = 0; i < n; i++) {
        const float *s = src + i * a * b;
        float *d = dst + i * a * b;
        for (int64_t a0 = 0; a0 < a; a0 += tile)
            for (int64_t b0 = 0; b0 < b; b0 += tile) {
                int64_t a1 = a0 + tile < a ? a0 + tile : a, b1 = b0 + tile < b ? b0 + tile : b;
                for (int64_t x = a0; x < a1; x++)
                    for (int64_t y = b0; y < b1; y++)
                        d[y * a + x] = s[x * b + y];
            }
    }
}

/* ---- Conv2D ---- */

/* The reference: direct loops over either layout, one per type. */
#define CONV2D_REFERENCE(NAME, T, ACC)                                                           \
    static void NAME(const conv_geom *g, const T *in, const T *filter, T *out)                   \
    {                                                                                            \
        strides4 si = layout_strides(g->nchw, g->in_h, g->in_w, g->in_c);                        \
        strides4 so = layout_strides(g->nchw, g->out_h, g->out_w, g->out_c);                     \
        int64_t out_per_group = g->out_c / g->groups;                                            \
        for (int64_t n = 0; n < g->batch; n++)                                                   \
            for (int64_t oh = 0; oh < g->out_h; oh++)                                            \
                for (int64_t ow = 0; ow < g->out_w; ow++)                                        \
                    for (int64_t oc = 0; oc < g->out_c; oc++) {                                  \
                        int64_t c0 = oc / out_per_group * g->filter_c;                           \
                        ACC acc = 0;                                                             \
                        for (int64_t kh = 0; kh < g->k_h; kh++) {                                \
                            int64_t ih = oh * g->stride_h - g->pad_top + kh * g->dil_h;          \
                            if (ih < 0 || ih >= g->in_h)                                         \
                                continue;                                                        \
                            for (int64_t kw = 0; kw < g->k_w; kw++) {                            \
                                int64_t iw = ow * g->stride_w - g->pad_left + kw * g->dil_w;     \
                                if (iw < 0 || iw >= g->in_w)                                     \
                                    continue;                                                    \
                                for (int64_t ic = 0; ic < g->filter_c; ic++)                     \
                                    acc += (ACC)in[n * si.n + ih * si.h + iw * si.w +            \
                                                   (c0 + ic) * si.c] *                           \
                                           (ACC)filter[((kh * g->k_w + kw) * g->filter_c + ic) * \
                                                           g->out_c +                            \
                                                       oc];                                      \
                            }                                                                    \
                        }                                                                        \
                        out[n * so.n + oh * so.h + ow * so.w + oc * so.c] = (T)acc;              \
                    }                                                                            \
    }

CONV2D_REFERENCE(conv2d_reference_float, float, double)
CONV2D_REFERENCE(conv2d_reference_double, double, double)
CONV2D_REFERENCE(conv2d_reference_int32, int32_t, uint32_t)

typedef struct conv_job {
    const conv_geom *g;
    const float *in, *filter;
    float *out;
    tfgt_isa isa;
    int64_t rows_per_chunk; /* output pixels per im2col chunk */
    int64_t kdim;           /* k_h * k_w * filter_c */
} conv_job;

/* im2col rows for output pixels [p0, p0+rows) of group `group`: each row is
 * the (kh, kw, ic) window of one pixel, zeros where it falls in padding. */
static void im2col_nhwc(const conv_geom *g, const float *in, int64_t group, int64_t p0,
                        int64_t rows, float *col)
{
    const size_t chunk = (size_t)g->filter_c * sizeof(float);
    /* With one group and no dilation a window row is one contiguous run. */
    const bool runs = g->groups == 1 && g->dil_w == 1;
    for (int64_t r = 0; r < rows; r++) {
        int64_t p = p0 + r;
        int64_t ow = p % g->out_w, oh = p / g->out_w % g->out_h, n = p / g->out_w / g->out_h;
        int64_t iw0 = ow * g->stride_w - g->pad_left;
        const float *image = in + n * g->in_h * g->in_w * g->in_c + group * g->filter_c;
        float *dst = col + r * g->k_h * g->k_w * g->filter_c;
        for (int64_t kh = 0; kh < g->k_h; kh++) {
            int64_t ih = oh * g->stride_h - g->pad_top + kh * g->dil_h;
            if (ih < 0 || ih >= g->in_h) {
                memset(dst, 0, chunk * (size_t)g->k_w);
                dst += g->k_w * g->filter_c;
                continue;
            }
            if (runs && iw0 >= 0 && iw0 + g->k_w <= g->in_w) {
                memcpy(dst, image + (ih * g->in_w + iw0) * g->in_c, chunk * (size_t)g->k_w);
                dst += g->k_w * g->filter_c;
                continue;
            }
            for (int64_t kw = 0; kw < g->k_w; kw++, dst += g->filter_c) {
                int64_t iw = iw0 + kw * g->dil_w;
                if (iw < 0 || iw >= g->in_w)
                    memset(dst, 0, chunk);
                else
                    memcpy(dst, image + (ih * g->in_w + iw) * g->in_c, chunk);
            }
        }
    }
}

static tfgt_status conv_chunks(void *arg, int64_t begin, int64_t end)
{
    const conv_job *job = arg;
    const conv_geom *g = job->g;
    int64_t pixels = g->batch * g->out_h * g->out_w;
    int64_t out_per_group = g->out_c / g->groups;
    float *col = malloc((size_t)(job->rows_per_chunk * job->kdim) * sizeof(float));
    tfgt_status st = TFGT_OK;
    if (!col)
        return TFGT_E_NO_MEMORY;
    for (int64_t chunk = begin; chunk < end && st == TFGT_OK; chunk++) {
        int64_t p0 = chunk * job->rows_per_chunk;
        int64_t rows = pixels - p0 < job->rows_per_chunk ? pixels - p0 : job->rows_per_chunk;
        for (int64_t grp = 0; grp < g->groups && st == TFGT_OK; grp++) {
            im2col_nhwc(g, job->in, grp, p0, rows, col);
            st = tfgt_sgemm(1, job->isa, false, false, rows, out_per_group, job->kdim, col,
                            job->kdim, job->filter + grp * out_per_group, g->out_c, 0.0f,
                            job->out + p0 * g->out_c + grp * out_per_group, g->out_c);
        }
    }
    free(col);
    return st;
}

static bool is_pointwise(const conv_geom *g)
{
    return g->k_h == 1 && g->k_w == 1 && g->stride_h == 1 && g->stride_w == 1 && !g->pad_top &&
           !g->pad_bottom && !g->pad_left && !g->pad_right;
}

/* The taps of one output pixel that fall inside the input. */
typedef struct tap_range {
    int64_t kh0, kh1, kw0, kw1;
} tap_range;

static int64_t first_tap(int64_t start, int64_t dil)
{
    if (start >= 0)
        return 0;
    return dil == 1 ? -start : (-start + dil - 1) / dil;
}

static int64_t end_tap(int64_t start, int64_t dil, int64_t k, int64_t size)
{
    /* Taps t with start + t * dil < size (no division when dil is 1). */
    int64_t t = start >= size ? 0 : dil == 1 ? size - start : (size - start + dil - 1) / dil;
    return t < k ? t : k;
}

static tap_range taps_of(const conv_geom *g, int64_t oh, int64_t ow)
{
    tap_range r;
    int64_t ih = oh * g->stride_h - g->pad_top, iw = ow * g->stride_w - g->pad_left;
    r.kh0 = first_tap(ih, g->dil_h);
    r.kh1 = end_tap(ih, g->dil_h, g->k_h, g->in_h);
    r.kw0 = first_tap(iw, g->dil_w);
    r.kw1 = end_tap(iw, g->dil_w, g->k_w, g->in_w);
    return r;
}

/* ---- direct convolution for short windows ----
 * When a window holds few values (k_h * k_w * in_c: 27 for the usual 3x3
 * RGB first layer, or a 1x1 layer over few channels) an im2col row is too
 * short for the GEMM to repay its copies and packing.  Instead DIRECT_PIXELS neighbouring output pixels of
 * a row are computed together in registers: each filter row (out_c values
 * of one kh, kw, ic) is loaded once and multiplied by every pixel's input
 * value, broadcast.  Taps are summed in (kh, kw, ic) order by FMA, and
 * taps in the padding are skipped, as in the reference. */

#define DIRECT_MAX_WINDOW 64 /* k_h * k_w * in_c */
#define DIRECT_MAX_OUT_C 64
#define DIRECT_PIXELS 8

/* Measured on MobileNet's layers: direct wins for every short window up to
 * 64 output channels, and for 1x1 ones (which the GEMM reads in place) up
 * to 32. */
static bool use_direct(const conv_geom *g, tfgt_isa isa)
{
    return TFGT_CONV_X86 && isa >= TFGT_ISA_AVX2 && !g->nchw && g->groups == 1 &&
           g->k_h * g->k_w * g->in_c <= DIRECT_MAX_WINDOW &&
           g->out_c <= (is_pointwise(g) ? DIRECT_MAX_OUT_C / 2 : DIRECT_MAX_OUT_C);
}

#if TFGT_CONV_X86
/* Output columns [*lo, *hi) whose whole window row lies inside the input. */
static void interior_columns(const conv_geom *g, int64_t *lo, int64_t *hi)
{
    /* ow * stride_w - pad_left >= 0 and
     * ow * stride_w - pad_left + (k_w - 1) * dil_w <= in_w - 1 */
    int64_t last = g->in_w - 1 + g->pad_left - (g->k_w - 1) * g->dil_w;
    *lo = (g->pad_left + g->stride_w - 1) / g->stride_w;
    *hi = last < 0 ? 0 : last / g->stride_w + 1;
    if (*hi > g->out_w)
        *hi = g->out_w;
    if (*lo > *hi)
        *lo = *hi;
}

/* One output row, channels [oc, oc + lanes of MASK).  VEC and friends name
 * one instruction set's vector type and operations. */
#define DIRECT_ROW(NAME, ATTR, VEC, ZERO, SET1, FMA, LOADM, STOREM, MASK_T, MASK_OF)              \
    ATTR static void NAME(const conv_geom *g, const float *image, const float *filter,            \
                          float *out_row, int64_t oh, int64_t lanes)                              \
    {                                                                                             \
        const int64_t in_c = g->in_c, out_c = g->out_c, xs = g->stride_w * in_c;                  \
        int64_t lo, hi;                                                                           \
        tap_range rows = taps_of(g, oh, 0);                                                       \
        interior_columns(g, &lo, &hi);                                                            \
        for (int64_t oc = 0; oc < out_c; oc += lanes) {                                           \
            const MASK_T m = MASK_OF(out_c - oc < lanes ? out_c - oc : lanes);                    \
            int64_t ow = 0;                                                                       \
            while (ow < g->out_w) {                                                               \
                const int64_t iw0 = ow * g->stride_w - g->pad_left;                               \
                float *o = out_row + ow * out_c + oc;                                             \
                if (ow >= lo && ow + DIRECT_PIXELS <= hi) {                                       \
                    VEC a0 = ZERO, a1 = ZERO, a2 = ZERO, a3 = ZERO;                               \
                    VEC a4 = ZERO, a5 = ZERO, a6 = ZERO, a7 = ZERO;                               \
                    for (int64_t kh = rows.kh0; kh < rows.kh1; kh++)                              \
                        for (int64_t kw = 0; kw < g->k_w; kw++) {                                 \
                            const int64_t ih = oh * g->stride_h - g->pad_top + kh * g->dil_h;     \
                            const float *x = image + (ih * g->in_w + iw0 + kw * g->dil_w) * in_c; \
                            const float *f = filter + (kh * g->k_w + kw) * in_c * out_c + oc;     \
                            for (int64_t ic = 0; ic < in_c; ic++, x++, f += out_c) {              \
                                const VEC w = LOADM(f, m);                                        \
                                a0 = FMA(SET1(x[0]), w, a0);                                      \
                                a1 = FMA(SET1(x[xs]), w, a1);                                     \
                                a2 = FMA(SET1(x[2 * xs]), w, a2);                                 \
                                a3 = FMA(SET1(x[3 * xs]), w, a3);                                 \
                                a4 = FMA(SET1(x[4 * xs]), w, a4);                                 \
                                a5 = FMA(SET1(x[5 * xs]), w, a5);                                 \
                                a6 = FMA(SET1(x[6 * xs]), w, a6);                                 \
                                a7 = FMA(SET1(x[7 * xs]), w, a7);                                 \
                            }                                                                     \
                        }                                                                         \
                    STOREM(o, m, a0);                                                             \
                    STOREM(o + out_c, m, a1);                                                     \
                    STOREM(o + 2 * out_c, m, a2);                                                 \
                    STOREM(o + 3 * out_c, m, a3);                                                 \
                    STOREM(o + 4 * out_c, m, a4);                                                 \
                    STOREM(o + 5 * out_c, m, a5);                                                 \
                    STOREM(o + 6 * out_c, m, a6);                                                 \
                    STOREM(o + 7 * out_c, m, a7);                                                 \
                    ow += DIRECT_PIXELS;                                                          \
                } else {                                                                          \
                    tap_range t = taps_of(g, oh, ow);                                             \
                    VEC a0 = ZERO;                                                                \
                    for (int64_t kh = t.kh0; kh < t.kh1; kh++)                                    \
                        for (int64_t kw = t.kw0; kw < t.kw1; kw++) {                              \
                            const int64_t ih = oh * g->stride_h - g->pad_top + kh * g->dil_h;     \
                            const float *x = image + (ih * g->in_w + iw0 + kw * g->dil_w) * in_c; \
                            const float *f = filter + (kh * g->k_w + kw) * in_c * out_c + oc;     \
                            for (int64_t ic = 0; ic < in_c; ic++)                                 \
                                a0 = FMA(SET1(x[ic]), LOADM(f + ic * out_c, m), a0);              \
                        }                                                                         \
                    STOREM(o, m, a0);                                                             \
                    ow++;                                                                         \
                }                                                                                 \
            }                                                                                     \
        }                                                                                         \
    }

__attribute__((target("avx512f"))) static inline __mmask16 mask16_of(int64_t n)
{
    return (__mmask16)((1u << n) - 1u);
}
#define LOADM512(p, m) _mm512_maskz_loadu_ps(m, p)
#define STOREM512(p, m, v) _mm512_mask_storeu_ps(p, m, v)
DIRECT_ROW(direct_row_avx512, __attribute__((target("avx512f"))), __m512, _mm512_setzero_ps(),
           _mm512_set1_ps, _mm512_fmadd_ps, LOADM512, STOREM512, __mmask16, mask16_of)

static const int32_t direct_mask_table[16] = {-1, -1, -1, -1, -1, -1, -1, -1,
                                              0,  0,  0,  0,  0,  0,  0,  0};

__attribute__((target("avx2,fma"))) static inline __m256i mask8_of(int64_t n)
{
    return _mm256_loadu_si256((const __m256i *)(direct_mask_table + 8 - n));
}
#define LOADM256(p, m) _mm256_maskload_ps(p, m)
#define STOREM256(p, m, v) _mm256_maskstore_ps(p, m, v)
DIRECT_ROW(direct_row_avx2, __attribute__((target("avx2,fma"))), __m256, _mm256_setzero_ps(),
           _mm256_set1_ps, _mm256_fmadd_ps, LOADM256, STOREM256, __m256i, mask8_of)
#endif

typedef struct direct_job {
    const conv_geom *g;
    const float *in, *filter;
    float *out;
    bool wide; /* 16 channels a step (AVX-512), else 8 (AVX2) */
} direct_job;

static tfgt_status direct_rows(void *arg, int64_t begin, int64_t end)
{
#if TFGT_CONV_X86
    const direct_job *job = arg;
    const conv_geom *g = job->g;
    for (int64_t row = begin; row < end; row++) {
        const float *image = job->in + row / g->out_h * g->in_h * g->in_w * g->in_c;
        float *out_row = job->out + row * g->out_w * g->out_c;
        if (job->wide)
            direct_row_avx512(g, image, job->filter, out_row, row % g->out_h, 16);
        else
            direct_row_avx2(g, image, job->filter, out_row, row % g->out_h, 8);
    }
#else
    (void)arg, (void)begin, (void)end;
#endif
    return TFGT_OK;
}

static tfgt_status conv2d_direct(tfgt_kernel_context *ctx, const conv_geom *g, const float *in,
                                 const float *filter, float *out, tfgt_isa isa)
{
    /* AVX-512 only when it fills more of its lanes than AVX2 would */
    direct_job job = {g, in, filter, out, isa == TFGT_ISA_AVX512 && g->out_c % 16 != 8 &&
                                              g->out_c > 8};
    double row_work = (double)g->out_w * (double)g->out_c * (double)(g->k_h * g->k_w * g->in_c) + 1;
    return tfgt_parallel_for(ctx->threads, g->batch * g->out_h,
                             1 + (int64_t)(2097152.0 / row_work), direct_rows, &job);
}

static tfgt_status conv2d_nhwc_float(tfgt_kernel_context *ctx, const conv_geom *g,
                                     const float *in, const float *filter, float *out,
                                     tfgt_isa isa)
{
    conv_job job;
    int64_t pixels = g->batch * g->out_h * g->out_w, chunks, grain;
    int64_t out_per_group = g->out_c / g->groups;
    if (use_direct(g, isa))
        return conv2d_direct(ctx, g, in, filter, out, isa);
    if (is_pointwise(g)) {
        /* The input is already the im2col matrix. */
        for (int64_t grp = 0; grp < g->groups; grp++) {
            tfgt_status st = tfgt_sgemm(ctx->threads, isa, false, false, pixels, out_per_group,
                                        g->filter_c, in + grp * g->filter_c, g->in_c,
                                        filter + grp * out_per_group, g->out_c, 0.0f,
                                        out + grp * out_per_group, g->out_c);
            if (st != TFGT_OK)
                return tfgt_kernel_fail(ctx, st, "out of memory in the matrix product");
        }
        return TFGT_OK;
    }
    job.g = g;
    job.in = in;
    job.filter = filter;
    job.out = out;
    job.isa = isa;
    job.kdim = g->k_h * g->k_w * g->filter_c;
    /* About 512 KiB of columns per chunk, a multiple of 48 rows (whole
     * micro-tiles for every GEMM variant). */
    job.rows_per_chunk = ((int64_t)1 << 17) / job.kdim;
    if (job.rows_per_chunk >= 48)
        job.rows_per_chunk = job.rows_per_chunk / 48 * 48;
    else if (job.rows_per_chunk < 1)
        job.rows_per_chunk = 1;
    chunks = (pixels + job.rows_per_chunk - 1) / job.rows_per_chunk;
    grain = 1 + ((int64_t)1 << 22) / (job.rows_per_chunk * job.kdim * g->out_c + 1);
    if (tfgt_parallel_for(ctx->threads, chunks, grain, conv_chunks, &job) != TFGT_OK)
        return tfgt_kernel_fail(ctx, TFGT_E_NO_MEMORY, "out of memory for im2col buffers");
    return TFGT_OK;
}

static tfgt_status conv2d_float(tfgt_kernel_context *ctx, const conv_geom *g, const float *in,
                                const float *filter, float *out, tfgt_isa isa)
{
    int64_t dims[4];
    tfgt_tensor *in_t, *out_t;
    tfgt_status st;
    if (isa == TFGT_ISA_REFERENCE) {
        conv2d_reference_float(g, in, filter, out);
        return TFGT_OK;
    }
    if (!g->nchw)
        return conv2d_nhwc_float(ctx, g, in, filter, out, isa);
    if (is_pointwise(g) && g->groups == 1) {
        /* NCHW 1x1: out[n] (C_out x HW) = filter^T (C_out x C_in) x in[n]. */
        int64_t hw = g->in_h * g->in_w;
        for (int64_t n = 0; n < g->batch; n++) {
            st = tfgt_sgemm(ctx->threads, isa, true, false, g->out_c, hw, g->in_c, filter,
                            g->out_c, in + n * g->in_c * hw, hw, 0.0f, out + n * g->out_c * hw,
                            hw);
            if (st != TFGT_OK)
                return tfgt_kernel_fail(ctx, st, "out of memory in the matrix product");
        }
        return TFGT_OK;
    }
    {
        conv_geom nhwc = *g;
        nhwc.nchw = false;
        dims[0] = g->batch;
        dims[1] = g->in_h;
        dims[2] = g->in_w;
        dims[3] = g->in_c;
        in_t = scratch(ctx, TFGT_DT_FLOAT, 4, dims);
        dims[1] = g->out_h;
        dims[2] = g->out_w;
        dims[3] = g->out_c;
        out_t = in_t ? scratch(ctx, TFGT_DT_FLOAT, 4, dims) : NULL;
        if (!out_t) {
            tfgt_tensor_free(in_t);
            return status_of(ctx);
        }
        transpose_batched(in, in_t->data, g->batch, g->in_c, g->in_h * g->in_w);
        st = conv2d_nhwc_float(ctx, &nhwc, in_t->data, filter, out_t->data, isa);
        if (st == TFGT_OK)
            transpose_batched(out_t->data, out, g->batch, g->out_h * g->out_w, g->out_c);
        tfgt_tensor_free(in_t);
        tfgt_tensor_free(out_t);
        return st;
    }
}

/* Run a float kernel on half/bfloat16 tensors through float copies. */
typedef tfgt_status (*float_conv_fn)(tfgt_kernel_context *ctx, const conv_geom *g,
                                     const float *a, const float *b, float *out, tfgt_isa isa);

static tfgt_status through_float(tfgt_kernel_context *ctx, const conv_geom *g, float_conv_fn fn,
                                 const tfgt_tensor *a, const tfgt_tensor *b, tfgt_tensor *out,
                                 tfgt_isa isa)
{
    tfgt_tensor *fa = to_float(ctx, a), *fb = fa ? to_float(ctx, b) : NULL;
    tfgt_tensor *fo = fb ? scratch(ctx, TFGT_DT_FLOAT, out->rank, out->dims) : NULL;
    tfgt_status st = fo ? fn(ctx, g, fa->data, fb->data, fo->data, isa) : status_of(ctx);
    if (st == TFGT_OK)
        from_float(out, fo);
    tfgt_tensor_free(fa);
    tfgt_tensor_free(fb);
    tfgt_tensor_free(fo);
    return st;
}

static tfgt_status kernel_conv2d(tfgt_kernel_context *ctx)
{
    conv_geom g;
    pad_mode mode;
    const tfgt_tensor *in, *filter;
    tfgt_tensor *out;
    int64_t dims[4];
    tfgt_status st = check_inputs(ctx, 2);
    if (st != TFGT_OK)
        return st;
    in = ctx->inputs[0];
    filter = ctx->inputs[1];
    if ((st = check_rank(ctx, in, "input", 4)) != TFGT_OK ||
        (st = check_rank(ctx, filter, "filter", 4)) != TFGT_OK)
        return st;
    if (in->dtype != filter->dtype)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "input is %s but filter is %s", type_name(in->dtype),
                                type_name(filter->dtype));
    if (in->dtype != TFGT_DT_FLOAT && in->dtype != TFGT_DT_DOUBLE && in->dtype != TFGT_DT_INT32 &&
        !is_half_like(in->dtype))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "type %s is not supported",
                                type_name(in->dtype));
    if ((st = read_conv_attrs(ctx, &g, &mode)) != TFGT_OK)
        return st;
    geom_input_dims(&g, in);
    g.k_h = filter->dims[0];
    g.k_w = filter->dims[1];
    g.filter_c = filter->dims[2];
    g.out_c = filter->dims[3];
    g.multiplier = 1;
    if (g.k_h < 1 || g.k_w < 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "filter window %" PRId64 "x%" PRId64 " is empty", g.k_h, g.k_w);
    if (g.filter_c < 1 || g.in_c < g.filter_c || g.in_c % g.filter_c != 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "input depth %" PRId64 " is not a multiple of the filter's input "
                                "depth %" PRId64,
                                g.in_c, g.filter_c);
    g.groups = g.in_c / g.filter_c;
    if (g.out_c % g.groups != 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "filter output depth %" PRId64 " is not a multiple of the %" PRId64
                                " groups",
                                g.out_c, g.groups);
    if ((st = geom_outputs(ctx, mode, &g)) != TFGT_OK)
        return st;
    geom_dims(&g, g.out_h, g.out_w, g.out_c, dims);
    out = tfgt_kernel_output(ctx, 0, in->dtype, 4, dims);
    if (!out)
        return status_of(ctx);
    if (out->count == 0)
        return TFGT_OK;
    switch (in->dtype) {
    case TFGT_DT_FLOAT:
        return conv2d_float(ctx, &g, in->data, filter->data, out->data, tfgt_kernel_isa(ctx));
    case TFGT_DT_DOUBLE:
        conv2d_reference_double(&g, in->data, filter->data, out->data);
        return TFGT_OK;
    case TFGT_DT_INT32:
        conv2d_reference_int32(&g, in->data, filter->data, out->data);
        return TFGT_OK;
    default:
        return through_float(ctx, &g, conv2d_float, in, filter, out, tfgt_kernel_isa(ctx));
    }
}

/* ---- DepthwiseConv2dNative ---- */

#define DEPTHWISE_REFERENCE(NAME, T, ACC)                                                        \
    static void NAME(const conv_geom *g, const T *in, const T *filter, T *out)                   \
    {                                                                                            \
        strides4 si = layout_strides(g->nchw, g->in_h, g->in_w, g->in_c);                        \
        strides4 so = layout_strides(g->nchw, g->out_h, g->out_w, g->out_c);                     \
        for (int64_t n = 0; n < g->batch; n++)                                                   \
            for (int64_t oh = 0; oh < g->out_h; oh++)                                            \
                for (int64_t ow = 0; ow < g->out_w; ow++)                                        \
                    for (int64_t oc = 0; oc < g->out_c; oc++) {                                  \
                        int64_t c = oc / g->multiplier;                                          \
                        ACC acc = 0;                                                             \
                        for (int64_t kh = 0; kh < g->k_h; kh++) {                                \
                            int64_t ih = oh * g->stride_h - g->pad_top + kh * g->dil_h;          \
                            if (ih < 0 || ih >= g->in_h)                                         \
                                continue;                                                        \
                            for (int64_t kw = 0; kw < g->k_w; kw++) {                            \
                                int64_t iw = ow * g->stride_w - g->pad_left + kw * g->dil_w;     \
                                if (iw < 0 || iw >= g->in_w)                                     \
                                    continue;                                                    \
                                acc += (ACC)in[n * si.n + ih * si.h + iw * si.w + c * si.c] *    \
                                       (ACC)filter[(kh * g->k_w + kw) * g->out_c + oc];          \
                            }                                                                    \
                        }                                                                        \
                        out[n * so.n + oh * so.h + ow * so.w + oc * so.c] = (T)acc;              \
                    }                                                                            \
    }

DEPTHWISE_REFERENCE(depthwise_reference_float, float, double)
DEPTHWISE_REFERENCE(depthwise_reference_double, double, double)

typedef struct depthwise_job {
    const conv_geom *g;
    const float *in, *filter;
    float *out;
    tfgt_isa isa;
} depthwise_job;

/* Portable row: any channel multiplier; taps summed in (kh, kw) order. */
static void depthwise_row_generic(const conv_geom *g, const float *image, const float *filter,
                                  float *out_row, int64_t oh)
{
    for (int64_t ow = 0; ow < g->out_w; ow++) {
        tap_range t = taps_of(g, oh, ow);
        float *o = out_row + ow * g->out_c;
        for (int64_t oc = 0; oc < g->out_c; oc++)
            o[oc] = 0.0f;
        for (int64_t kh = t.kh0; kh < t.kh1; kh++)
            for (int64_t kw = t.kw0; kw < t.kw1; kw++) {
                int64_t ih = oh * g->stride_h - g->pad_top + kh * g->dil_h;
                int64_t iw = ow * g->stride_w - g->pad_left + kw * g->dil_w;
                const float *x = image + (ih * g->in_w + iw) * g->in_c;
                const float *f = filter + (kh * g->k_w + kw) * g->out_c;
                if (g->multiplier == 1) {
                    for (int64_t c = 0; c < g->in_c; c++)
                        o[c] += x[c] * f[c];
                } else {
                    for (int64_t c = 0; c < g->in_c; c++)
                        for (int64_t m = 0; m < g->multiplier; m++)
                            o[c * g->multiplier + m] += x[c] * f[c * g->multiplier + m];
                }
            }
    }
}

#if TFGT_CONV_X86
/* Multiplier 1.  Interior pixels (whole window inside the input) go
 * DW_PIXELS at a time, one accumulator per pixel for each W channels, so
 * the filter is loaded once per block and the FMAs do not wait on each
 * other; border pixels go one at a time over their valid taps.  Either
 * way an output sums its taps in (kh, kw) order by FMA from zero. */
#define DW_PIXELS 4
#define DEPTHWISE_ROW(NAME, ATTR, VEC, W, ZERO, FMA, LOAD, STORE, LOADM, STOREM, MASK_T, MASK_OF) \
    ATTR static void NAME(const conv_geom *g, const float *image, const float *filter,            \
                          float *out_row, int64_t oh)                                             \
    {                                                                                             \
        const int64_t channels = g->in_c, xs = g->stride_w * channels;                            \
        const int64_t ih0 = oh * g->stride_h - g->pad_top;                                        \
        const MASK_T tail = MASK_OF(channels % (W));                                              \
        const tap_range rows = taps_of(g, oh, 0);                                                 \
        int64_t lo, hi, ow = 0;                                                                   \
        interior_columns(g, &lo, &hi);                                                            \
        while (ow < g->out_w) {                                                                   \
            /* offset of the window's top-left corner (possibly outside the image) */             \
            const int64_t corner = (ih0 * g->in_w + ow * g->stride_w - g->pad_left) * channels;   \
            float *o = out_row + ow * channels;                                                   \
            if (ow >= lo && ow + DW_PIXELS <= hi) {                                               \
                for (int64_t c = 0; c < channels; c += (W)) {                                     \
                    const bool full = c + (W) <= channels;                                        \
                    VEC a0 = ZERO, a1 = ZERO, a2 = ZERO, a3 = ZERO;                               \
                    for (int64_t kh = rows.kh0; kh < rows.kh1; kh++)                              \
                        for (int64_t kw = 0; kw < g->k_w; kw++) {                                 \
                            const float *x =                                                      \
                                image + corner +                                                  \
                                (kh * g->dil_h * g->in_w + kw * g->dil_w) * channels + c;         \
                            const float *fp = filter + (kh * g->k_w + kw) * channels + c;         \
                            if (full) {                                                           \
                                const VEC f = LOAD(fp);                                           \
                                a0 = FMA(LOAD(x), f, a0);                                         \
                                a1 = FMA(LOAD(x + xs), f, a1);                                    \
                                a2 = FMA(LOAD(x + 2 * xs), f, a2);                                \
                                a3 = FMA(LOAD(x + 3 * xs), f, a3);                                \
                            } else {                                                              \
                                const VEC f = LOADM(fp, tail);                                    \
                                a0 = FMA(LOADM(x, tail), f, a0);                                  \
                                a1 = FMA(LOADM(x + xs, tail), f, a1);                             \
                                a2 = FMA(LOADM(x + 2 * xs, tail), f, a2);                         \
                                a3 = FMA(LOADM(x + 3 * xs, tail), f, a3);                         \
                            }                                                                     \
                        }                                                                         \
                    if (full) {                                                                   \
                        STORE(o + c, a0);                                                         \
                        STORE(o + channels + c, a1);                                              \
                        STORE(o + 2 * channels + c, a2);                                          \
                        STORE(o + 3 * channels + c, a3);                                          \
                    } else {                                                                      \
                        STOREM(o + c, tail, a0);                                                  \
                        STOREM(o + channels + c, tail, a1);                                       \
                        STOREM(o + 2 * channels + c, tail, a2);                                   \
                        STOREM(o + 3 * channels + c, tail, a3);                                   \
                    }                                                                             \
                }                                                                                 \
                ow += DW_PIXELS;                                                                  \
                continue;                                                                         \
            }                                                                                     \
            {                                                                                     \
                const tap_range t = taps_of(g, oh, ow);                                           \
                int64_t c = 0;                                                                    \
                /* four chunks of channels at once keep four FMA chains going */                  \
                for (; c + 4 * (W) <= channels; c += 4 * (W)) {                                   \
                    VEC a0 = ZERO, a1 = ZERO, a2 = ZERO, a3 = ZERO;                               \
                    for (int64_t kh = t.kh0; kh < t.kh1; kh++)                                    \
                        for (int64_t kw = t.kw0; kw < t.kw1; kw++) {                              \
                            const float *x =                                                      \
                                image + (corner + (kh * g->dil_h * g->in_w + kw * g->dil_w) *     \
                                                      channels + c);                              \
                            const float *fp = filter + (kh * g->k_w + kw) * channels + c;         \
                            a0 = FMA(LOAD(x), LOAD(fp), a0);                                      \
                            a1 = FMA(LOAD(x + (W)), LOAD(fp + (W)), a1);                          \
                            a2 = FMA(LOAD(x + 2 * (W)), LOAD(fp + 2 * (W)), a2);                  \
                            a3 = FMA(LOAD(x + 3 * (W)), LOAD(fp + 3 * (W)), a3);                  \
                        }                                                                         \
                    STORE(o + c, a0);                                                             \
                    STORE(o + c + (W), a1);                                                       \
                    STORE(o + c + 2 * (W), a2);                                                   \
                    STORE(o + c + 3 * (W), a3);                                                   \
                }                                                                                 \
                for (; c < channels; c += (W)) {                                                  \
                    const bool full = c + (W) <= channels;                                        \
                    VEC a0 = ZERO;                                                                \
                    for (int64_t kh = t.kh0; kh < t.kh1; kh++)                                    \
                        for (int64_t kw = t.kw0; kw < t.kw1; kw++) {                              \
                            const float *x =                                                      \
                                image + (corner + (kh * g->dil_h * g->in_w + kw * g->dil_w) *     \
                                                      channels + c);                              \
                            const float *fp = filter + (kh * g->k_w + kw) * channels + c;         \
                            a0 = full ? FMA(LOAD(x), LOAD(fp), a0)                                \
                                      : FMA(LOADM(x, tail), LOADM(fp, tail), a0);                 \
                        }                                                                         \
                    if (full)                                                                     \
                        STORE(o + c, a0);                                                         \
                    else                                                                          \
                        STOREM(o + c, tail, a0);                                                  \
                }                                                                                 \
                ow++;                                                                             \
            }                                                                                     \
        }                                                                                         \
    }

DEPTHWISE_ROW(depthwise_row_avx512, __attribute__((target("avx512f"))), __m512, 16,
              _mm512_setzero_ps(), _mm512_fmadd_ps, _mm512_loadu_ps, _mm512_storeu_ps, LOADM512,
              STOREM512, __mmask16, mask16_of)
DEPTHWISE_ROW(depthwise_row_avx2, __attribute__((target("avx2,fma"))), __m256, 8,
              _mm256_setzero_ps(), _mm256_fmadd_ps, _mm256_loadu_ps, _mm256_storeu_ps, LOADM256,
              STOREM256, __m256i, mask8_of)
#endif

static tfgt_status depthwise_rows(void *arg, int64_t begin, int64_t end)
{
    const depthwise_job *job = arg;
    const conv_geom *g = job->g;
    for (int64_t row = begin; row < end; row++) {
        int64_t n = row / g->out_h, oh = row % g->out_h;
        const float *image = job->in + n * g->in_h * g->in_w * g->in_c;
        float *out_row = job->out + row * g->out_w * g->out_c;
#if TFGT_CONV_X86
        /* 8 channels or fewer fill an AVX2 vector better */
        if (g->multiplier == 1 && job->isa == TFGT_ISA_AVX512 && g->in_c > 8) {
            depthwise_row_avx512(g, image, job->filter, out_row, oh);
            continue;
        }
        if (g->multiplier == 1 && job->isa >= TFGT_ISA_AVX2) {
            depthwise_row_avx2(g, image, job->filter, out_row, oh);
            continue;
        }
#endif
        depthwise_row_generic(g, image, job->filter, out_row, oh);
    }
    return TFGT_OK;
}

static tfgt_status depthwise_nhwc_float(tfgt_kernel_context *ctx, const conv_geom *g,
                                        const float *in, const float *filter, float *out,
                                        tfgt_isa isa)
{
    depthwise_job job = {g, in, filter, out, isa};
    /* in double: window sizes are only bounded one by one */
    double row_work = (double)g->out_w * (double)g->out_c * (double)g->k_h * (double)g->k_w + 1;
    /* Memory-bound: a second thread pays only on large layers. */
    return tfgt_parallel_for(ctx->threads, g->batch * g->out_h, 1 + (int64_t)(4194304.0 / row_work),
                             depthwise_rows, &job);
}

static tfgt_status depthwise_float(tfgt_kernel_context *ctx, const conv_geom *g, const float *in,
                                   const float *filter, float *out, tfgt_isa isa)
{
    int64_t dims[4];
    tfgt_tensor *in_t, *out_t;
    tfgt_status st;
    conv_geom nhwc = *g;
    if (isa == TFGT_ISA_REFERENCE) {
        depthwise_reference_float(g, in, filter, out);
        return TFGT_OK;
    }
    if (!g->nchw)
        return depthwise_nhwc_float(ctx, g, in, filter, out, isa);
    nhwc.nchw = false;
    dims[0] = g->batch;
    dims[1] = g->in_h;
    dims[2] = g->in_w;
    dims[3] = g->in_c;
    in_t = scratch(ctx, TFGT_DT_FLOAT, 4, dims);
    dims[1] = g->out_h;
    dims[2] = g->out_w;
    dims[3] = g->out_c;
    out_t = in_t ? scratch(ctx, TFGT_DT_FLOAT, 4, dims) : NULL;
    if (!out_t) {
        tfgt_tensor_free(in_t);
        return status_of(ctx);
    }
    transpose_batched(in, in_t->data, g->batch, g->in_c, g->in_h * g->in_w);
    st = depthwise_nhwc_float(ctx, &nhwc, in_t->data, filter, out_t->data, isa);
    if (st == TFGT_OK)
        transpose_batched(out_t->data, out, g->batch, g->out_h * g->out_w, g->out_c);
    tfgt_tensor_free(in_t);
    tfgt_tensor_free(out_t);
    return st;
}

static tfgt_status kernel_depthwise(tfgt_kernel_context *ctx)
{
    conv_geom g;
    pad_mode mode;
    const tfgt_tensor *in, *filter;
    tfgt_tensor *out;
    int64_t dims[4];
    tfgt_status st = check_inputs(ctx, 2);
    if (st != TFGT_OK)
        return st;
    in = ctx->inputs[0];
    filter = ctx->inputs[1];
    if ((st = check_rank(ctx, in, "input", 4)) != TFGT_OK ||
        (st = check_rank(ctx, filter, "filter", 4)) != TFGT_OK)
        return st;
    if (in->dtype != filter->dtype)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "input is %s but filter is %s", type_name(in->dtype),
                                type_name(filter->dtype));
    if (in->dtype != TFGT_DT_FLOAT && in->dtype != TFGT_DT_DOUBLE && !is_half_like(in->dtype))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "type %s is not supported",
                                type_name(in->dtype));
    if ((st = read_conv_attrs(ctx, &g, &mode)) != TFGT_OK)
        return st;
    geom_input_dims(&g, in);
    g.k_h = filter->dims[0];
    g.k_w = filter->dims[1];
    g.filter_c = 1;
    g.groups = 1;
    g.multiplier = filter->dims[3];
    if (g.k_h < 1 || g.k_w < 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "filter window %" PRId64 "x%" PRId64 " is empty", g.k_h, g.k_w);
    if (filter->dims[2] != g.in_c)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "filter depth %" PRId64 " does not match the input depth %" PRId64,
                                filter->dims[2], g.in_c);
    if (g.multiplier < 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "channel multiplier is 0");
    g.out_c = g.in_c * g.multiplier; /* no overflow: the filter holds that many */
    if ((st = geom_outputs(ctx, mode, &g)) != TFGT_OK)
        return st;
    geom_dims(&g, g.out_h, g.out_w, g.out_c, dims);
    out = tfgt_kernel_output(ctx, 0, in->dtype, 4, dims);
    if (!out)
        return status_of(ctx);
    if (out->count == 0)
        return TFGT_OK;
    switch (in->dtype) {
    case TFGT_DT_FLOAT:
        return depthwise_float(ctx, &g, in->data, filter->data, out->data, tfgt_kernel_isa(ctx));
    case TFGT_DT_DOUBLE:
        depthwise_reference_double(&g, in->data, filter->data, out->data);
        return TFGT_OK;
    default:
        return through_float(ctx, &g, depthwise_float, in, filter, out, tfgt_kernel_isa(ctx));
    }
}

/* ---- Conv2DBackpropInput ----
 * dx[n, ih, iw, ic] = sum of dy[n, oh, ow, oc] * filter[kh, kw, ic, oc]
 * over ih = oh * stride - pad + kh * dilation (and the same for w). */

#define BACKPROP_REFERENCE(NAME, T, ACC)                                                         \
    static void NAME(const conv_geom *g, const T *filter, const T *dy, T *dx)                    \
    {                                                                                            \
        strides4 si = layout_strides(g->nchw, g->in_h, g->in_w, g->in_c);                        \
        strides4 so = layout_strides(g->nchw, g->out_h, g->out_w, g->out_c);                     \
        for (int64_t n = 0; n < g->batch; n++)                                                   \
            for (int64_t ih = 0; ih < g->in_h; ih++)                                             \
                for (int64_t iw = 0; iw < g->in_w; iw++)                                         \
                    for (int64_t ic = 0; ic < g->in_c; ic++) {                                   \
                        ACC acc = 0;                                                             \
                        for (int64_t kh = 0; kh < g->k_h; kh++) {                                \
                            int64_t th = ih + g->pad_top - kh * g->dil_h, oh = th / g->stride_h; \
                            if (th < 0 || th % g->stride_h || oh >= g->out_h)                    \
                                continue;                                                        \
                            for (int64_t kw = 0; kw < g->k_w; kw++) {                            \
                                int64_t tw = iw + g->pad_left - kw * g->dil_w;                   \
                                int64_t ow = tw / g->stride_w;                                   \
                                if (tw < 0 || tw % g->stride_w || ow >= g->out_w)                \
                                    continue;                                                    \
                                for (int64_t oc = 0; oc < g->out_c; oc++)                        \
                                    acc += (ACC)dy[n * so.n + oh * so.h + ow * so.w +            \
                                                   oc * so.c] *                                  \
                                           (ACC)filter[((kh * g->k_w + kw) * g->in_c + ic) *     \
                                                           g->out_c +                            \
                                                       oc];                                      \
                            }                                                                    \
                        }                                                                        \
                        dx[n * si.n + ih * si.h + iw * si.w + ic * si.c] = (T)acc;               \
                    }                                                                            \
    }

BACKPROP_REFERENCE(backprop_reference_float, float, double)
BACKPROP_REFERENCE(backprop_reference_double, double, double)
BACKPROP_REFERENCE(backprop_reference_int32, int32_t, uint32_t)

typedef struct col2im_job {
    const conv_geom *g;
    const float *col; /* [out_h * out_w][k_h * k_w * in_c] of one image */
    float *dx;        /* that image, NHWC */
} col2im_job;

static tfgt_status col2im_rows(void *arg, int64_t begin, int64_t end)
{
    const col2im_job *job = arg;
    const conv_geom *g = job->g;
    int64_t kdim = g->k_h * g->k_w * g->in_c;
    for (int64_t ih = begin; ih < end; ih++)
        for (int64_t iw = 0; iw < g->in_w; iw++) {
            float *d = job->dx + (ih * g->in_w + iw) * g->in_c;
            for (int64_t c = 0; c < g->in_c; c++)
                d[c] = 0.0f;
            for (int64_t kh = 0; kh < g->k_h; kh++) {
                int64_t th = ih + g->pad_top - kh * g->dil_h, oh = th / g->stride_h;
                if (th < 0 || th % g->stride_h || oh >= g->out_h)
                    continue;
                for (int64_t kw = 0; kw < g->k_w; kw++) {
                    int64_t tw = iw + g->pad_left - kw * g->dil_w, ow = tw / g->stride_w;
                    const float *s;
                    if (tw < 0 || tw % g->stride_w || ow >= g->out_w)
                        continue;
                    s = job->col + (oh * g->out_w + ow) * kdim + (kh * g->k_w + kw) * g->in_c;
                    for (int64_t c = 0; c < g->in_c; c++)
                        d[c] += s[c];
                }
            }
        }
    return TFGT_OK;
}

static tfgt_status backprop_nhwc_float(tfgt_kernel_context *ctx, const conv_geom *g,
                                       const float *filter, const float *dy, float *dx,
                                       tfgt_isa isa)
{
    int64_t kdim = g->k_h * g->k_w * g->in_c, dims[2];
    tfgt_tensor *col;
    tfgt_status st = TFGT_OK;
    if (is_pointwise(g)) {
        st = tfgt_sgemm(ctx->threads, isa, false, true, g->batch * g->in_h * g->in_w, g->in_c,
                        g->out_c, dy, g->out_c, filter, g->out_c, 0.0f, dx, g->in_c);
        return st == TFGT_OK ? st : tfgt_kernel_fail(ctx, st, "out of memory in the matrix product");
    }
    /* col = dy[n] x filter^T, one image at a time, then gathered. */
    dims[0] = g->out_h * g->out_w;
    dims[1] = kdim;
    col = scratch(ctx, TFGT_DT_FLOAT, 2, dims);
    if (!col)
        return status_of(ctx);
    for (int64_t n = 0; n < g->batch && st == TFGT_OK; n++) {
        col2im_job job = {g, col->data, dx + n * g->in_h * g->in_w * g->in_c};
        st = tfgt_sgemm(ctx->threads, isa, false, true, g->out_h * g->out_w, kdim, g->out_c,
                        dy + n * g->out_h * g->out_w * g->out_c, g->out_c, filter, g->out_c, 0.0f,
                        col->data, kdim);
        if (st != TFGT_OK)
            st = tfgt_kernel_fail(ctx, st, "out of memory in the matrix product");
        else
            tfgt_parallel_for(ctx->threads, g->in_h,
                              1 + ((int64_t)1 << 18) / (g->in_w * kdim + 1), col2im_rows, &job);
    }
    tfgt_tensor_free(col);
    return st;
}

static tfgt_status backprop_float(tfgt_kernel_context *ctx, const conv_geom *g,
                                  const float *filter, const float *dy, float *dx, tfgt_isa isa)
{
    int64_t dims[4];
    tfgt_tensor *dy_t, *dx_t;
    tfgt_status st;
    conv_geom nhwc = *g;
    if (isa == TFGT_ISA_REFERENCE) {
        backprop_reference_float(g, filter, dy, dx);
        return TFGT_OK;
    }
    if (!g->nchw)
        return backprop_nhwc_float(ctx, g, filter, dy, dx, isa);
    nhwc.nchw = false;
    dims[0] = g->batch;
    dims[1] = g->out_h;
    dims[2] = g->out_w;
    dims[3] = g->out_c;
    dy_t = scratch(ctx, TFGT_DT_FLOAT, 4, dims);
    dims[1] = g->in_h;
    dims[2] = g->in_w;
    dims[3] = g->in_c;
    dx_t = dy_t ? scratch(ctx, TFGT_DT_FLOAT, 4, dims) : NULL;
    if (!dx_t) {
        tfgt_tensor_free(dy_t);
        return status_of(ctx);
    }
    transpose_batched(dy, dy_t->data, g->batch, g->out_c, g->out_h * g->out_w);
    st = backprop_nhwc_float(ctx, &nhwc, filter, dy_t->data, dx_t->data, isa);
    if (st == TFGT_OK)
        transpose_batched(dx_t->data, dx, g->batch, g->in_h * g->in_w, g->in_c);
    tfgt_tensor_free(dy_t);
    tfgt_tensor_free(dx_t);
    return st;
}

static tfgt_status kernel_conv2d_backprop_input(tfgt_kernel_context *ctx)
{
    conv_geom g;
    pad_mode mode;
    const tfgt_tensor *filter, *dy;
    tfgt_tensor *dx;
    int64_t sizes[4], dims[4], dy_h, dy_w, dy_c;
    int n_sizes;
    tfgt_status st = check_inputs(ctx, 3);
    if (st != TFGT_OK)
        return st;
    filter = ctx->inputs[1];
    dy = ctx->inputs[2];
    if ((st = check_rank(ctx, filter, "filter", 4)) != TFGT_OK ||
        (st = check_rank(ctx, dy, "out_backprop", 4)) != TFGT_OK)
        return st;
    if (filter->dtype != dy->dtype)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "filter is %s but out_backprop is %s", type_name(filter->dtype),
                                type_name(dy->dtype));
    if (dy->dtype != TFGT_DT_FLOAT && dy->dtype != TFGT_DT_DOUBLE && dy->dtype != TFGT_DT_INT32 &&
        !is_half_like(dy->dtype))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "type %s is not supported",
                                type_name(dy->dtype));
    if ((st = read_conv_attrs(ctx, &g, &mode)) != TFGT_OK)
        return st;
    n_sizes = tfgt_kernel_read_ints(ctx, ctx->inputs[0], sizes, 4, "input_sizes");
    if (n_sizes < 0)
        return status_of(ctx);
    g.k_h = filter->dims[0];
    g.k_w = filter->dims[1];
    g.filter_c = filter->dims[2];
    g.out_c = filter->dims[3];
    g.groups = 1;
    g.multiplier = 1;
    g.batch = dy->dims[0];
    if (n_sizes == 4) {
        if (sizes[0] != g.batch)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "input_sizes batch %" PRId64
                                    " does not match out_backprop batch %" PRId64,
                                    sizes[0], g.batch);
        g.in_h = sizes[g.nchw ? 2 : 1];
        g.in_w = sizes[g.nchw ? 3 : 2];
        g.in_c = sizes[g.nchw ? 1 : 3];
    } else if (n_sizes == 2) {
        g.in_h = sizes[0];
        g.in_w = sizes[1];
        g.in_c = g.filter_c;
    } else {
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "input_sizes must have 4 (or 2 spatial) values, not %d", n_sizes);
    }
    if (g.in_h < 0 || g.in_w < 0 || g.in_c < 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "input_sizes has a negative size");
    if (g.in_c != g.filter_c)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "input depth %" PRId64 " does not match the filter's %" PRId64,
                                g.in_c, g.filter_c);
    if (g.k_h < 1 || g.k_w < 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "filter window %" PRId64 "x%" PRId64 " is empty", g.k_h, g.k_w);
    if ((st = geom_outputs(ctx, mode, &g)) != TFGT_OK)
        return st;
    dy_h = dy->dims[g.nchw ? 2 : 1];
    dy_w = dy->dims[g.nchw ? 3 : 2];
    dy_c = dy->dims[g.nchw ? 1 : 3];
    if (dy_h != g.out_h || dy_w != g.out_w || dy_c != g.out_c)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "out_backprop is %" PRId64 "x%" PRId64 "x%" PRId64
                                " (HxWxC) but the convolution of a %" PRId64 "x%" PRId64
                                " input gives %" PRId64 "x%" PRId64 "x%" PRId64,
                                dy_h, dy_w, dy_c, g.in_h, g.in_w, g.out_h, g.out_w, g.out_c);
    geom_dims(&g, g.in_h, g.in_w, g.in_c, dims);
    dx = tfgt_kernel_output(ctx, 0, dy->dtype, 4, dims);
    if (!dx)
        return status_of(ctx);
    if (dx->count == 0)
        return TFGT_OK;
    switch (dy->dtype) {
    case TFGT_DT_FLOAT:
        return backprop_float(ctx, &g, filter->data, dy->data, dx->data, tfgt_kernel_isa(ctx));
    case TFGT_DT_DOUBLE:
        backprop_reference_double(&g, filter->data, dy->data, dx->data);
        return TFGT_OK;
    case TFGT_DT_INT32:
        backprop_reference_int32(&g, filter->data, dy->data, dx->data);
        return TFGT_OK;
    default:
        return through_float(ctx, &g, backprop_float, filter, dy, dx, tfgt_kernel_isa(ctx));
    }
}

/* ---- pooling ----
 * Padding is ignored: a max is over the window's elements inside the
 * input (TensorFlow starts from the type's lowest value), an average
 * divides by their count. */

typedef enum pool_kind { POOL_MAX, POOL_AVG } pool_kind;

#define POOL_REFERENCE(NAME, T, ACC, LOWEST)                                                     \
    static void NAME(const conv_geom *g, pool_kind kind, const T *in, T *out)                    \
    {                                                                                            \
        strides4 si = layout_strides(g->nchw, g->in_h, g->in_w, g->in_c);                        \
        strides4 so = layout_strides(g->nchw, g->out_h, g->out_w, g->out_c);                     \
        for (int64_t n = 0; n < g->batch; n++)                                                   \
            for (int64_t oh = 0; oh < g->out_h; oh++)                                            \
                for (int64_t ow = 0; ow < g->out_w; ow++)                                        \
                    for (int64_t c = 0; c < g->in_c; c++) {                                      \
                        ACC acc = kind == POOL_MAX ? (ACC)(LOWEST) : (ACC)0;                     \
                        int64_t count = 0;                                                       \
                        for (int64_t kh = 0; kh < g->k_h; kh++) {                                \
                            int64_t ih = oh * g->stride_h - g->pad_top + kh;                     \
                            if (ih < 0 || ih >= g->in_h)                                         \
                                continue;                                                        \
                            for (int64_t kw = 0; kw < g->k_w; kw++) {                            \
                                int64_t iw = ow * g->stride_w - g->pad_left + kw;                \
                                ACC v;                                                           \
                                if (iw < 0 || iw >= g->in_w)                                     \
                                    continue;                                                    \
                                v = (ACC)in[n * si.n + ih * si.h + iw * si.w + c * si.c];        \
                                if (kind == POOL_AVG)                                            \
                                    acc += v;                                                    \
                                else if (v > acc || v != v)                                      \
                                    acc = v;                                                     \
                                count++;                                                         \
                            }                                                                    \
                        }                                                                        \
                        if (kind == POOL_AVG && count)                                           \
                            acc /= (ACC)count;                                                   \
                        out[n * so.n + oh * so.h + ow * so.w + c * so.c] = (T)acc;               \
                    }                                                                            \
    }

POOL_REFERENCE(pool_reference_float, float, double, -FLT_MAX)
POOL_REFERENCE(pool_reference_double, double, double, -DBL_MAX)
POOL_REFERENCE(pool_reference_int32, int32_t, int32_t, INT32_MIN)
POOL_REFERENCE(pool_reference_int64, int64_t, int64_t, INT64_MIN)
POOL_REFERENCE(pool_reference_uint8, uint8_t, uint8_t, 0)
POOL_REFERENCE(pool_reference_int8, int8_t, int8_t, INT8_MIN)
POOL_REFERENCE(pool_reference_int16, int16_t, int16_t, INT16_MIN)
POOL_REFERENCE(pool_reference_uint16, uint16_t, uint16_t, 0)

/* dst[i] = max(dst[i], src[i]) (a NaN in src wins), or dst[i] += src[i]. */
static void pool_accumulate_generic(float *dst, const float *src, int64_t n, pool_kind kind)
{
    if (kind == POOL_AVG) {
        for (int64_t i = 0; i < n; i++)
            dst[i] += src[i];
    } else {
        for (int64_t i = 0; i < n; i++)
            if (src[i] > dst[i] || src[i] != src[i])
                dst[i] = src[i];
    }
}

#if TFGT_CONV_X86
__attribute__((target("avx512f"))) static void pool_accumulate_avx512(float *dst, const float *src,
                                                                      int64_t n, pool_kind kind)
{
    for (int64_t i = 0; i < n; i += 16) {
        __mmask16 m = n - i >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << (n - i)) - 1u);
        __m512 s = _mm512_maskz_loadu_ps(m, src + i), d = _mm512_maskz_loadu_ps(m, dst + i);
        if (kind == POOL_AVG)
            d = _mm512_add_ps(d, s);
        else /* max(s, d) returns d when either is NaN, so NaN in d stays; s NaN -> s */
            d = _mm512_mask_blend_ps(_mm512_cmp_ps_mask(s, s, _CMP_UNORD_Q), _mm512_max_ps(s, d),
                                     s);
        _mm512_mask_storeu_ps(dst + i, m, d);
    }
}

__attribute__((target("avx2"))) static void pool_accumulate_avx2(float *dst, const float *src,
                                                                 int64_t n, pool_kind kind)
{
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        __m256 s = _mm256_loadu_ps(src + i), d = _mm256_loadu_ps(dst + i);
        if (kind == POOL_AVG)
            d = _mm256_add_ps(d, s);
        else
            d = _mm256_blendv_ps(_mm256_max_ps(s, d), s, _mm256_cmp_ps(s, s, _CMP_UNORD_Q));
        _mm256_storeu_ps(dst + i, d);
    }
    pool_accumulate_generic(dst + i, src + i, n - i, kind);
}
#endif

typedef struct pool_job {
    const conv_geom *g;
    pool_kind kind;
    const float *in;
    float *out;
    tfgt_isa isa;
} pool_job;

static tfgt_status pool_rows(void *arg, int64_t begin, int64_t end)
{
    const pool_job *job = arg;
    const conv_geom *g = job->g;
    const int64_t channels = g->in_c;
    for (int64_t row = begin; row < end; row++) {
        int64_t n = row / g->out_h, oh = row % g->out_h;
        const float *image = job->in + n * g->in_h * g->in_w * channels;
        for (int64_t ow = 0; ow < g->out_w; ow++) {
            tap_range t = taps_of(g, oh, ow);
            float *o = job->out + (row * g->out_w + ow) * channels;
            int64_t count = (t.kh1 > t.kh0 ? t.kh1 - t.kh0 : 0) * (t.kw1 > t.kw0 ? t.kw1 - t.kw0 : 0);
            for (int64_t c = 0; c < channels; c++)
                o[c] = job->kind == POOL_MAX ? -FLT_MAX : 0.0f;
            for (int64_t kh = t.kh0; kh < t.kh1; kh++)
                for (int64_t kw = t.kw0; kw < t.kw1; kw++) {
                    const float *x = image + ((oh * g->stride_h - g->pad_top + kh) * g->in_w +
                                              ow * g->stride_w - g->pad_left + kw) * channels;
#if TFGT_CONV_X86
                    if (job->isa == TFGT_ISA_AVX512)
                        pool_accumulate_avx512(o, x, channels, job->kind);
                    else if (job->isa == TFGT_ISA_AVX2)
                        pool_accumulate_avx2(o, x, channels, job->kind);
                    else
#endif
                        pool_accumulate_generic(o, x, channels, job->kind);
                }
            if (job->kind == POOL_AVG && count > 0)
                for (int64_t c = 0; c < channels; c++)
                    o[c] /= (float)count;
        }
    }
    return TFGT_OK;
}

static tfgt_status pool_float(tfgt_kernel_context *ctx, const conv_geom *g, pool_kind kind,
                              const float *in, float *out, tfgt_isa isa)
{
    pool_job job = {g, kind, in, out, isa};
    int64_t dims[4];
    double row_work = (double)g->out_w * (double)g->in_c * (double)g->k_h * (double)g->k_w + 1;
    tfgt_tensor *in_t, *out_t;
    tfgt_status st;
    conv_geom nhwc = *g;
    if (isa == TFGT_ISA_REFERENCE) {
        pool_reference_float(g, kind, in, out);
        return TFGT_OK;
    }
    if (!g->nchw)
        return tfgt_parallel_for(ctx->threads, g->batch * g->out_h,
                                 1 + (int64_t)(2097152.0 / row_work), pool_rows, &job);
    nhwc.nchw = false;
    dims[0] = g->batch;
    dims[1] = g->in_h;
    dims[2] = g->in_w;
    dims[3] = g->in_c;
    in_t = scratch(ctx, TFGT_DT_FLOAT, 4, dims);
    dims[1] = g->out_h;
    dims[2] = g->out_w;
    out_t = in_t ? scratch(ctx, TFGT_DT_FLOAT, 4, dims) : NULL;
    if (!out_t) {
        tfgt_tensor_free(in_t);
        return status_of(ctx);
    }
    transpose_batched(in, in_t->data, g->batch, g->in_c, g->in_h * g->in_w);
    job.g = &nhwc;
    job.in = in_t->data;
    job.out = out_t->data;
    st = tfgt_parallel_for(ctx->threads, g->batch * g->out_h, 1 + (int64_t)(2097152.0 / row_work),
                           pool_rows, &job);
    if (st == TFGT_OK)
        transpose_batched(out_t->data, out, g->batch, g->out_h * g->out_w, g->in_c);
    tfgt_tensor_free(in_t);
    tfgt_tensor_free(out_t);
    return st;
}

static tfgt_status pool_common(tfgt_kernel_context *ctx, pool_kind kind, bool sizes_from_inputs,
                               bool allow_explicit)
{
    conv_geom g;
    pad_mode mode;
    const tfgt_tensor *in;
    tfgt_tensor *out;
    int64_t dims[4];
    tfgt_status st = check_inputs(ctx, sizes_from_inputs ? 3 : 1);
    int dtype;
    if (st != TFGT_OK)
        return st;
    in = ctx->inputs[0];
    dtype = in->dtype;
    if ((st = check_rank(ctx, in, "input", 4)) != TFGT_OK)
        return st;
    if ((st = read_data_format(ctx, &g.nchw)) != TFGT_OK)
        return st;
    if (sizes_from_inputs) {
        int64_t v[4];
        int n = tfgt_kernel_read_ints(ctx, ctx->inputs[1], v, 4, "ksize");
        if (n < 0)
            return status_of(ctx);
        if ((st = read_window(ctx, "ksize", v, n, g.nchw, 0, &g.k_h, &g.k_w)) != TFGT_OK)
            return st;
        n = tfgt_kernel_read_ints(ctx, ctx->inputs[2], v, 4, "strides");
        if (n < 0)
            return status_of(ctx);
        if ((st = read_window(ctx, "strides", v, n, g.nchw, 0, &g.stride_h, &g.stride_w)) !=
            TFGT_OK)
            return st;
    } else if ((st = read_window_attr(ctx, "ksize", g.nchw, 0, &g.k_h, &g.k_w)) != TFGT_OK ||
               (st = read_window_attr(ctx, "strides", g.nchw, 0, &g.stride_h, &g.stride_w)) !=
                   TFGT_OK) {
        return st;
    }
    if ((st = read_padding(ctx, allow_explicit, &mode)) != TFGT_OK)
        return st;
    g.pad_top = g.pad_bottom = g.pad_left = g.pad_right = 0;
    if (mode == PAD_EXPLICIT && (st = read_explicit_paddings(ctx, &g)) != TFGT_OK)
        return st;
    g.dil_h = g.dil_w = 1;
    geom_input_dims(&g, in);
    g.out_c = g.in_c;
    g.filter_c = g.groups = g.multiplier = 1;
    if (mode == PAD_EXPLICIT && (g.pad_top >= g.k_h || g.pad_bottom >= g.k_h ||
                                 g.pad_left >= g.k_w || g.pad_right >= g.k_w))
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "explicit paddings must be smaller than the window");
    if ((st = geom_outputs(ctx, mode, &g)) != TFGT_OK)
        return st;
    if (kind == POOL_AVG && !(dtype == TFGT_DT_FLOAT || dtype == TFGT_DT_DOUBLE ||
                              is_half_like(dtype)))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "type %s is not supported",
                                type_name(dtype));
    geom_dims(&g, g.out_h, g.out_w, g.out_c, dims);
    out = tfgt_kernel_output(ctx, 0, dtype, 4, dims);
    if (!out)
        return status_of(ctx);
    if (out->count == 0)
        return TFGT_OK;
    switch (dtype) {
    case TFGT_DT_FLOAT:
        return pool_float(ctx, &g, kind, in->data, out->data, tfgt_kernel_isa(ctx));
    case TFGT_DT_DOUBLE: pool_reference_double(&g, kind, in->data, out->data); return TFGT_OK;
    case TFGT_DT_INT32: pool_reference_int32(&g, kind, in->data, out->data); return TFGT_OK;
    case TFGT_DT_INT64: pool_reference_int64(&g, kind, in->data, out->data); return TFGT_OK;
    case TFGT_DT_UINT8: pool_reference_uint8(&g, kind, in->data, out->data); return TFGT_OK;
    case TFGT_DT_INT8:
    case TFGT_DT_QINT8: pool_reference_int8(&g, kind, in->data, out->data); return TFGT_OK;
    case TFGT_DT_INT16: pool_reference_int16(&g, kind, in->data, out->data); return TFGT_OK;
    case TFGT_DT_UINT16: pool_reference_uint16(&g, kind, in->data, out->data); return TFGT_OK;
    case TFGT_DT_HALF:
    case TFGT_DT_BFLOAT16: {
        tfgt_tensor *fi = to_float(ctx, in), *fo = fi ? scratch(ctx, TFGT_DT_FLOAT, 4, dims) : NULL;
        st = fo ? pool_float(ctx, &g, kind, fi->data, fo->data, tfgt_kernel_isa(ctx))
                : status_of(ctx);
        if (st == TFGT_OK)
            from_float(out, fo);
        tfgt_tensor_free(fi);
        tfgt_tensor_free(fo);
        return st;
    }
    default:
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "type %s is not supported",
                                type_name(dtype));
    }
}

static tfgt_status kernel_max_pool(tfgt_kernel_context *ctx)
{
    return pool_common(ctx, POOL_MAX, false, true);
}

static tfgt_status kernel_max_pool_v2(tfgt_kernel_context *ctx)
{
    return pool_common(ctx, POOL_MAX, true, false);
}

static tfgt_status kernel_avg_pool(tfgt_kernel_context *ctx)
{
    return pool_common(ctx, POOL_AVG, false, false);
}

/* ---- the table ---- */

static const tfgt_op_attr conv2d_attrs[] = {
    {"T", NULL},
    {"strides", NULL},
    {"use_cudnn_on_gpu", "b: true"},
    {"padding", NULL},
    {"explicit_paddings", "list { }"},
    {"data_format", "s: \"NHWC\""},
    {"dilations", "list { i: 1 i: 1 i: 1 i: 1 }"},
    {NULL, NULL},
};

static const tfgt_op_attr depthwise_attrs[] = {
    {"T", NULL},
    {"strides", NULL},
    {"padding", NULL},
    {"explicit_paddings", "list { }"},
    {"data_format", "s: \"NHWC\""},
    {"dilations", "list { i: 1 i: 1 i: 1 i: 1 }"},
    {NULL, NULL},
};

static const tfgt_op_attr max_pool_attrs[] = {
    {"T", "type: DT_FLOAT"},
    {"ksize", NULL},
    {"strides", NULL},
    {"padding", NULL},
    {"explicit_paddings", "list { }"},
    {"data_format", "s: \"NHWC\""},
    {NULL, NULL},
};

static const tfgt_op_attr max_pool_v2_attrs[] = {
    {"T", "type: DT_FLOAT"},
    {"padding", NULL},
    {"data_format", "s: \"NHWC\""},
    {NULL, NULL},
};

static const tfgt_op_attr avg_pool_attrs[] = {
    {"ksize", NULL},
    {"strides", NULL},
    {"padding", NULL},
    {"data_format", "s: \"NHWC\""},
    {"T", NULL},
    {NULL, NULL},
};

const tfgt_op_def tfgt_ops_conv[] = {
    {"Conv2D", 2, 2, 0, conv2d_attrs, kernel_conv2d},
    {"DepthwiseConv2dNative", 2, 2, 0, depthwise_attrs, kernel_depthwise},
    {"Conv2DBackpropInput", 3, 3, 0, conv2d_attrs, kernel_conv2d_backprop_input},
    {"MaxPool", 1, 1, 0, max_pool_attrs, kernel_max_pool},
    {"MaxPoolV2", 3, 3, 0, max_pool_v2_attrs, kernel_max_pool_v2},
    {"AvgPool", 1, 1, 0, avg_pool_attrs, kernel_avg_pool},
    {NULL, 0, 0, 0, NULL, NULL},
};
