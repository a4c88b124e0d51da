/* kernels/quantized_fused.c - the fused eight-bit layers quantize_nodes
 * emits with fuse=true (tfgt extension): QuantizedConv2DWithBias[AndRelu]
 * AndRequantize, QuantizedMatMulWithBias[AndRelu]AndRequantize and
 * QuantizedDepthwiseConv2DWithBiasAndReluAndRequantize, under TensorFlow's
 * op names and input/attribute lists (so a TensorFlow build with these
 * ops loads the graphs; tests/peer/check_fused_tf.py compares).
 *
 * Semantics (tfgt's; documented here because they are the contract):
 *   - input x: quint8 codes over [min_input, max_input], which must hold 0,
 *     read MIN_FIRST as QuantizeV2 makes them: x = (q - zx) * s_x with
 *     s_x = (max - min) / 255 and zx the code of 0.0;
 *   - filter: qint8, symmetric per output channel (min_filter/max_filter
 *     scalars or one value per output channel): w = q * s_w[c] with
 *     s_w[c] = max(|min_filter[c]|, |max_filter[c]|) / 127;
 *   - acc = sum (qx - zx) * qw in 32-bit integers, exactly (taps in the
 *     padding contribute 0);
 *   - y = acc * s_x * s_w[c] + bias[c] (float bias, one per channel),
 *     max(y, 0) for the Relu ops;
 *   - y quantized onto [min_freezed_output, max_freezed_output] as quint8,
 *     round half up, clamped to [0, 255] (so [0, 6] gives Relu6);
 *     min_output/max_output are that range.
 * The epilogue is computed in float in code units, v = acc * a[c] + b[c],
 * shared by both paths, so the paths agree bit for bit; against exact
 * arithmetic a code may be one off at a rounding boundary.
 *
 * Paths: tfgt_qgemm_u8 (AVX-512 VNNI; the filter is offset to unsigned
 * bytes, w + 128, with column offset 128), with VNNI a direct convolution
 * for small windows (kh * kw * depth <= 64) and a depthwise path on int16
 * tap pairs, and the portable scalar loops,
 * which are the reference and the fallback ("_tfgt_isa" = "reference"
 * forces them).  Every input is checked before anything is read, so
 * hostile graphs get an error naming the node. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gemm.h"
#include "kernels.h"
#include "quantization.h"

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("fp-contract=off")
#endif

typedef enum { FUSED_CONV, FUSED_DEPTHWISE, FUSED_MATMUL } fused_kind;

/* Input indices, the same for every op of the family. */
enum { IN_X, IN_W, IN_BIAS, IN_MIN_X, IN_MAX_X, IN_MIN_W, IN_MAX_W, IN_MIN_OUT, IN_MAX_OUT };

static tfgt_status failed(tfgt_kernel_context *ctx)
{
    return ctx->err && ctx->err->status ? ctx->err->status : TFGT_E_NO_MEMORY;
}

static tfgt_status check_type(tfgt_kernel_context *ctx, size_t index, int dtype,
                              const char *what)
{
    int got = ctx->inputs[index]->dtype;
    if (got != dtype)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s must be %s, not %s", what,
                                tfgt_dtype_name(dtype),
                                tfgt_dtype_name(got) ? tfgt_dtype_name(got) : "?");
    return TFGT_OK;
}

/* A type attribute that must be `want` when present (absent: `fallback`,
 * TensorFlow's default). */
static tfgt_status check_type_attr(tfgt_kernel_context *ctx, const char *key, int fallback,
                                   int want)
{
    int t = tfgt_kernel_attr_type(ctx, key, fallback);
    if (t != want)
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "%s must be %s, not %s", key,
                                tfgt_dtype_name(want),
                                tfgt_dtype_name(t) ? tfgt_dtype_name(t) : "?");
    return TFGT_OK;
}

/* ---- the per-channel epilogue ------------------------------------------- */

typedef struct epilogue {
    int64_t channels;
    float *a, *b;  /* v = acc * a[c] + b[c], in output codes */
    float floor_v; /* the lowest code kept: 0, or the code of 0.0 with Relu */
    float min_out, max_out;
} epilogue;

static void epilogue_free(epilogue *e)
{
    free(e->a);
    free(e->b);
}

/* Read and check the ranges and the bias for `channels` output channels. */
static tfgt_status make_epilogue(tfgt_kernel_context *ctx, int64_t channels, bool relu,
                                 int32_t *zx, epilogue *e)
{
    const tfgt_tensor *tmin = ctx->inputs[IN_MIN_W], *tmax = ctx->inputs[IN_MAX_W];
    const tfgt_tensor *bias = ctx->inputs[IN_BIAS];
    float min_x = 0.0f, max_x = 0.0f;
    double s_x, inv_out, zero_out;
    tfgt_status st;
    memset(e, 0, sizeof *e);
    if ((st = tfgt_read_range_scalar(ctx, IN_MIN_X, "min_input", &min_x)) != TFGT_OK ||
        (st = tfgt_read_range_scalar(ctx, IN_MAX_X, "max_input", &max_x)) != TFGT_OK ||
        (st = tfgt_read_range_scalar(ctx, IN_MIN_OUT, "min_freezed_output", &e->min_out)) !=
            TFGT_OK ||
        (st = tfgt_read_range_scalar(ctx, IN_MAX_OUT, "max_freezed_output", &e->max_out)) !=
            TFGT_OK)
        return st;
    if (!(min_x <= 0.0f && 0.0f <= max_x) || !isfinite(max_x - min_x))
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "the input range [%g, %g] must hold 0 and be finite",
                                (double)min_x, (double)max_x);
    if (!(e->min_out < e->max_out) || !isfinite(e->max_out - e->min_out))
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "the output range [%g, %g] must be finite, ordered and wider "
                                "than zero",
                                (double)e->min_out, (double)e->max_out);
    if (tmin->dtype != TFGT_DT_FLOAT || tmax->dtype != TFGT_DT_FLOAT || tmin->rank > 1 ||
        tmax->rank > 1 || tmin->count != tmax->count ||
        (tmin->count != 1 && tmin->count != channels))
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "min_filter and max_filter must be float scalars or vectors of "
                                "one value per output channel (%lld)",
                                (long long)channels);
    if (bias->dtype != TFGT_DT_FLOAT || bias->rank != 1 || bias->count != channels)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "bias must be a float vector of %lld values (one per output "
                                "channel)",
                                (long long)channels);
    s_x = ((double)max_x - (double)min_x) / 255.0;
    *zx = (int32_t)tfgt_float_to_quantized_unclamped(0.0f, min_x, max_x, TFGT_DT_QUINT8);
    inv_out = 255.0 / ((double)e->max_out - (double)e->min_out);
    zero_out = -round((double)e->min_out * inv_out);
    e->channels = channels;
    e->a = malloc((size_t)(channels ? channels : 1) * sizeof *e->a);
    e->b = malloc((size_t)(channels ? channels : 1) * sizeof *e->b);
    if (!e->a || !e->b) {
        epilogue_free(e);
        return tfgt_kernel_fail(ctx, TFGT_E_NO_MEMORY, "out of memory");
    }
    for (int64_t c = 0; c < channels; c++) {
        int64_t k = tmin->count == 1 ? 0 : c;
        float mn = ((const float *)tmin->data)[k], mx = ((const float *)tmax->data)[k];
        float bc = ((const float *)bias->data)[c];
        double s_w;
        if (!isfinite(mn) || !isfinite(mx) || mn > mx) {
            epilogue_free(e);
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "filter range %lld [%g, %g] is not finite and ordered",
                                    (long long)k, (double)mn, (double)mx);
        }
        if (!isfinite(bc)) {
            epilogue_free(e);
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "bias %lld is not finite",
                                    (long long)c);
        }
        s_w = fmax(fabs((double)mn), fabs((double)mx)) / 127.0;
        e->a[c] = (float)(s_x * s_w * inv_out);
        e->b[c] = (float)((double)bc * inv_out + zero_out);
    }
    e->floor_v = relu ? (float)fmin(fmax(zero_out, 0.0), 255.0) : 0.0f;
    return TFGT_OK;
}

/* rows x channels int32 sums (row stride lda) to quint8 codes. */
static void apply_epilogue(const epilogue *e, const int32_t *acc, int64_t lda, uint8_t *out,
                           int64_t rows)
{
    int64_t n = e->channels;
    for (int64_t r = 0; r < rows; r++) {
        const int32_t *in = acc + r * lda;
        uint8_t *o = out + r * n;
        for (int64_t c = 0; c < n; c++) {
            float v = (float)in[c] * e->a[c] + e->b[c];
            v = v > e->floor_v ? v : e->floor_v;
            v = v < 255.0f ? v : 255.0f;
            o[c] = (uint8_t)(int32_t)(v + 0.5f);
        }
    }
}

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#define FUSED_X86 1
#include <immintrin.h>

/* 16 sums of channels [c, c + 16) (lanes outside `mask` ignored) to codes,
 * with the scalar epilogue's operations in the same order. */
__attribute__((target("avx512f,avx512bw,avx512vl"))) static inline void
epilogue16_avx512(const epilogue *e, __m512i acc, int64_t c, __mmask16 mask, uint8_t *o)
{
    __m512 v = _mm512_mul_ps(_mm512_cvtepi32_ps(acc), _mm512_maskz_loadu_ps(mask, e->a + c));
    v = _mm512_add_ps(v, _mm512_maskz_loadu_ps(mask, e->b + c));
    v = _mm512_max_ps(v, _mm512_set1_ps(e->floor_v));
    v = _mm512_min_ps(v, _mm512_set1_ps(255.0f));
    v = _mm512_add_ps(v, _mm512_set1_ps(0.5f));
    _mm_mask_storeu_epi8(o + c, mask, _mm512_cvtepi32_epi8(_mm512_cvttps_epi32(v)));
}

/* epilogue16_avx512 with a[c] and b[c] already in registers. */
__attribute__((target("avx512f,avx512bw,avx512vl"))) static inline void
epilogue16_regs(__m512 a, __m512 b, __m512 floor_v, __m512i acc, __mmask16 mask, uint8_t *o)
{
    __m512 v = _mm512_add_ps(_mm512_mul_ps(_mm512_cvtepi32_ps(acc), a), b);
    v = _mm512_max_ps(v, floor_v);
    v = _mm512_min_ps(v, _mm512_set1_ps(255.0f));
    v = _mm512_add_ps(v, _mm512_set1_ps(0.5f));
    _mm_mask_storeu_epi8(o, mask, _mm512_cvtepi32_epi8(_mm512_cvttps_epi32(v)));
}

__attribute__((target("avx512f,avx512bw,avx512vl"))) static void
epilogue_rows_avx512(const epilogue *e, const int32_t *acc, int64_t lda, uint8_t *out,
                     int64_t rows)
{
    int64_t n = e->channels;
    for (int64_t r = 0; r < rows; r++)
        for (int64_t c = 0; c < n; c += 16) {
            __mmask16 mask = n - c >= 16 ? (__mmask16)0xffff : (__mmask16)((1u << (n - c)) - 1);
            epilogue16_avx512(e, _mm512_maskz_loadu_epi32(mask, acc + r * lda + c), c, mask,
                              out + r * n);
        }
}
#else
#define FUSED_X86 0
#endif

static bool use_simd(void)
{
#if FUSED_X86
    return tfgt_cpu_avx512_int();
#else
    return false;
#endif
}

static void apply_epilogue_fast(const epilogue *e, const int32_t *acc, int64_t lda, uint8_t *out,
                                int64_t rows)
{
#if FUSED_X86
    if (use_simd()) {
        epilogue_rows_avx512(e, acc, lda, out, rows);
        return;
    }
#endif
    apply_epilogue(e, acc, lda, out, rows);
}

/* tfgt_qgemm_u8's tile_done: a finished block of sums to output codes
 * while it is still in cache (no rows x channels scratch). */
typedef struct tile_out {
    const epilogue *e;
    uint8_t *out;
} tile_out;

static void epilogue_tile(const void *arg, int64_t row0, int64_t rows, const int32_t *c,
                          int64_t ldc)
{
    const tile_out *t = arg;
    apply_epilogue_fast(t->e, c, ldc, t->out + row0 * t->e->channels, rows);
}

static tfgt_status finish(tfgt_kernel_context *ctx, const epilogue *e)
{
    tfgt_status st = tfgt_output_scalar(ctx, 1, e->min_out);
    return st == TFGT_OK ? tfgt_output_scalar(ctx, 2, e->max_out) : st;
}

static bool use_reference(const tfgt_kernel_context *ctx)
{
    char isa[32];
    tfgt_kernel_attr_string(ctx, "_tfgt_isa", "", isa, sizeof isa);
    return strcmp(isa, "reference") == 0 || strcmp(isa, "generic") == 0;
}

/* An int32 scratch of `count` values within the memory limit (0: none). */
static int32_t *scratch32(tfgt_kernel_context *ctx, int64_t count)
{
    int32_t *p;
    if (count < 0 || (uint64_t)count > SIZE_MAX / 4 ||
        (ctx->memory_limit && (size_t)count * 4 > ctx->memory_limit)) {
        tfgt_kernel_fail(ctx, TFGT_E_LIMIT, "scratch sums of %lld values exceed the memory limit",
                         (long long)count);
        return NULL;
    }
    p = malloc((size_t)(count ? count : 1) * sizeof *p);
    if (!p)
        tfgt_kernel_fail(ctx, TFGT_E_NO_MEMORY, "out of memory");
    return p;
}

/* ---- windows ------------------------------------------------------------ */

typedef tfgt_qwindow window;

/* strides [1, s, s, 1], dilations all 1, padding SAME/VALID; the two
 * windows for `in` (NHWC) and a kh x kw filter.  A padding_list (with
 * VALID: a Pad quantize_nodes absorbed) is the Pad's paddings flattened,
 * [n_lo, n_hi, h_lo, h_hi, w_lo, w_hi, c_lo, c_hi]; only rows and columns,
 * at most k - 1 a side (every window then still reads one real pixel, as
 * with SAME), so the paths need nothing but the window's leading pad. */
static tfgt_status conv_windows(tfgt_kernel_context *ctx, const tfgt_tensor *in, int64_t kh,
                                int64_t kw, window *wh, window *ww)
{
    int64_t v[4], dil[4], plist[8];
    bool same = false;
    int n;
    tfgt_status st;
    if ((st = tfgt_read_padding_same(ctx, &same)) != TFGT_OK)
        return st;
    if (tfgt_kernel_attr_ints(ctx, "strides", v, 4) != 4 || v[0] != 1 || v[3] != 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "strides must be 4 values [1, h, w, 1]");
    n = tfgt_kernel_attr_ints(ctx, "dilations", dil, 4);
    for (int i = 0; i < n && i < 4; i++)
        if (dil[i] != 1)
            return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "dilations must all be 1");
    if (in->rank != 4)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "input must be 4-D NHWC, not %d-D",
                                in->rank);
    n = tfgt_kernel_attr_ints(ctx, "padding_list", plist, 8);
    if (n > 0) {
        if (n != 8 || same)
            return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED,
                                    "padding_list must be 8 values, with padding VALID");
        if (plist[0] || plist[1] || plist[6] || plist[7] || plist[2] < 0 || plist[3] < 0 ||
            plist[4] < 0 || plist[5] < 0 || plist[2] >= kh || plist[3] >= kh ||
            plist[4] >= kw || plist[5] >= kw)
            return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED,
                                    "padding_list may pad only rows and columns, by less than "
                                    "the filter a side");
        /* the window over the padded input, read from the unpadded one */
        if ((st = tfgt_qwindow_make(ctx, "rows", false, in->dims[1] + plist[2] + plist[3], kh, v[1],
                              wh)) != TFGT_OK ||
            (st = tfgt_qwindow_make(ctx, "columns", false, in->dims[2] + plist[4] + plist[5], kw, v[2],
                              ww)) != TFGT_OK)
            return st;
        wh->in = in->dims[1];
        wh->pad = plist[2];
        ww->in = in->dims[2];
        ww->pad = plist[4];
        return TFGT_OK;
    }
    if ((st = tfgt_qwindow_make(ctx, "rows", same, in->dims[1], kh, v[1], wh)) != TFGT_OK)
        return st;
    return tfgt_qwindow_make(ctx, "columns", same, in->dims[2], kw, v[2], ww);
}

/* ---- convolution ------------------------------------------------------- */

/* The scalar sums: acc[pixel][o] over HWIO int8 weights (unsigned
 * arithmetic: wraps like the SIMD sums instead of overflowing). */
static void conv_sums_scalar(const uint8_t *x, const int8_t *w, int32_t zx, const window *wh,
                             const window *ww, int64_t batch, int64_t depth, int64_t oc,
                             int32_t *acc)
{
    uint32_t *y = (uint32_t *)acc;
    memset(acc, 0, (size_t)(batch * wh->out * ww->out * oc) * sizeof *acc);
    for (int64_t b = 0; b < batch; b++)
        for (int64_t oy = 0; oy < wh->out; oy++)
            for (int64_t ox = 0; ox < ww->out; ox++) {
                uint32_t *row = y + ((b * wh->out + oy) * ww->out + ox) * oc;
                for (int64_t ky = 0; ky < wh->k; ky++) {
                    int64_t iy = oy * wh->stride + ky - wh->pad;
                    if (iy < 0 || iy >= wh->in)
                        continue;
                    for (int64_t kx = 0; kx < ww->k; kx++) {
                        int64_t ix = ox * ww->stride + kx - ww->pad;
                        const uint8_t *px;
                        const int8_t *wk;
                        if (ix < 0 || ix >= ww->in)
                            continue;
                        px = x + ((b * wh->in + iy) * ww->in + ix) * depth;
                        wk = w + (ky * ww->k + kx) * depth * oc;
                        for (int64_t c = 0; c < depth; c++) {
                            int32_t a = (int32_t)px[c] - zx;
                            const int8_t *wc = wk + c * oc;
                            for (int64_t o = 0; o < oc; o++)
                                row[o] += (uint32_t)(a * (int32_t)wc[o]);
                        }
                    }
                }
            }
}

/* im2col rows for tfgt_qgemm_u8: taps in the padding get the code of 0.0. */
typedef struct patch_rows {
    const uint8_t *x;
    window wh, ww;
    int64_t depth;
    uint8_t zero_code;
} patch_rows;

static void fill_patch_rows(const void *arg, int64_t row0, int64_t rows, uint8_t *dst, int64_t ld)
{
    const patch_rows *p = arg;
    int64_t per_image = p->wh.out * p->ww.out;
    for (int64_t r = 0; r < rows; r++) {
        int64_t row = row0 + r, b = row / per_image, oy = row % per_image / p->ww.out;
        int64_t ox = row % p->ww.out;
        uint8_t *d = dst + r * ld;
        int64_t ix0 = ox * p->ww.stride - p->ww.pad;
        bool inside = ix0 >= 0 && ix0 + p->ww.k <= p->ww.in;
        for (int64_t ky = 0; ky < p->wh.k; ky++) {
            int64_t iy = oy * p->wh.stride + ky - p->wh.pad;
            if (inside && iy >= 0 && iy < p->wh.in) {
                /* the row of taps is one run of pixels */
                memcpy(d, p->x + ((b * p->wh.in + iy) * p->ww.in + ix0) * p->depth,
                       (size_t)(p->ww.k * p->depth));
                d += p->ww.k * p->depth;
                continue;
            }
            for (int64_t kx = 0; kx < p->ww.k; kx++, d += p->depth) {
                int64_t ix = ox * p->ww.stride + kx - p->ww.pad;
                if (iy < 0 || iy >= p->wh.in || ix < 0 || ix >= p->ww.in)
                    memset(d, p->zero_code, (size_t)p->depth);
                else
                    memcpy(d, p->x + ((b * p->wh.in + iy) * p->ww.in + ix) * p->depth,
                           (size_t)p->depth);
            }
        }
    }
}

/* The sums by tfgt_qgemm_u8, each finished tile turned into output codes
 * by `e` (rows of e->channels codes from `out`); TFGT_E_UNSUPPORTED when
 * it cannot run here.  The qint8 filter goes in as it is (b_signed), so
 * its packing is cached across runs by the weights' address and bytes. */
static tfgt_status gemm_sums(tfgt_kernel_context *ctx, tfgt_qgemm_args *g, const tfgt_tensor *w,
                             const epilogue *e, uint8_t *out)
{
    int32_t *offsets;
    tile_out t = {e, out};
    tfgt_status st;
    if (!tfgt_cpu_avx512_vnni() || (g->a && g->k % 4 != 0))
        return TFGT_E_UNSUPPORTED;
    offsets = malloc((size_t)(g->n ? g->n : 1) * sizeof *offsets);
    if (!offsets)
        return tfgt_kernel_fail(ctx, TFGT_E_NO_MEMORY, "out of memory");
    for (int64_t j = 0; j < g->n; j++)
        offsets[j] = 128;
    g->b = w->data;
    g->b_signed = true;
    g->b_offsets = offsets;
    g->ratios = NULL;
    g->c = NULL;
    g->ldc = 0;
    g->tile_done = epilogue_tile;
    g->tile_arg = &t;
    st = tfgt_qgemm_u8(ctx->threads, g);
    free(offsets);
    if (st == TFGT_E_NO_MEMORY)
        return tfgt_kernel_fail(ctx, st, "out of memory in the integer GEMM");
    return st;
}

/* Small windows (kh * kw * depth <= 64, the first layer of an image net):
 * im2col and a GEMM with K that small cost more than the sums, so with
 * VNNI each output pixel takes, per filter row, the kw * depth contiguous
 * input bytes four at a time (broadcast) against 16 output channels of
 * filter bytes (vpdpbusd: u8 x s8, exact int32), then subtracts
 * zx * (sum of the filter) per channel: equal to the sum of (x - zx) * w
 * when taps in the padding read the code zx, which border pixels get from
 * a patch.  Bytes read past a filter row meet zero filter bytes. */
typedef struct conv_direct_job {
    const uint8_t *x;
    uint8_t *out;
    const epilogue *e;
    const int32_t *wg;   /* [kh][groups][ocp] four filter bytes a lane */
    const int32_t *corr; /* [ocp] zx * sum of the filter */
    window wh, ww;
    int64_t depth, oc, ocp, groups;
    int64_t x_bytes;
    uint8_t zero_code;
} conv_direct_job;

#if FUSED_X86
/* Sums of one pixel's window, rows[ky] its filter rows' bytes, minus corr,
 * to codes. */
__attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni"))) static inline void
conv_direct_pixel(const conv_direct_job *j, const uint8_t *const *rows, uint8_t *o)
{
    int64_t kh = j->wh.k, g = j->groups, ocp = j->ocp, oc = j->oc;
    for (int64_t c = 0; c < oc; c += 16) {
        __mmask16 mask = oc - c >= 16 ? (__mmask16)0xffff : (__mmask16)((1u << (oc - c)) - 1);
        __m512i a0 = _mm512_setzero_si512(), a1 = a0;
        for (int64_t ky = 0; ky < kh; ky++) {
            const int32_t *wk = j->wg + ky * g * ocp + c;
            int64_t q = 0;
            /* two chains: vpdpbusd's latency would bound one */
            for (; q + 2 <= g; q += 2) {
                int32_t v0, v1;
                memcpy(&v0, rows[ky] + 4 * q, 4);
                memcpy(&v1, rows[ky] + 4 * q + 4, 4);
                a0 = _mm512_dpbusd_epi32(a0, _mm512_set1_epi32(v0),
                                         _mm512_loadu_si512(wk + q * ocp));
                a1 = _mm512_dpbusd_epi32(a1, _mm512_set1_epi32(v1),
                                         _mm512_loadu_si512(wk + (q + 1) * ocp));
            }
            if (q < g) {
                int32_t v0;
                memcpy(&v0, rows[ky] + 4 * q, 4);
                a0 = _mm512_dpbusd_epi32(a0, _mm512_set1_epi32(v0),
                                         _mm512_loadu_si512(wk + q * ocp));
            }
        }
        a0 = _mm512_sub_epi32(_mm512_add_epi32(a0, a1), _mm512_loadu_si512(j->corr + c));
        epilogue16_avx512(j->e, a0, c, mask, o);
    }
}

__attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni"))) static tfgt_status
conv_direct_rows_vnni(void *arg, int64_t begin, int64_t end)
{
    const conv_direct_job *j = arg;
    /* locals: the output stores are bytes, which may alias *j */
    const uint8_t *x = j->x;
    const int32_t *wg = j->wg, *corr = j->corr;
    const epilogue *e = j->e;
    int64_t kh = j->wh.k, kw = j->ww.k, depth = j->depth, g = j->groups, ocp = j->ocp;
    int64_t oc = j->oc, in_h = j->wh.in, in_w = j->ww.in, oh = j->wh.out, ow = j->ww.out;
    int64_t sh = j->wh.stride, sw = j->ww.stride, ph = j->wh.pad, pw = j->ww.pad;
    int64_t span = 4 * g, line = in_w * depth, x_bytes = j->x_bytes;
    uint8_t *out = j->out, zero_code = j->zero_code;
    const float *ea = e->a, *eb = e->b;
    __m512 floor_v = _mm512_set1_ps(e->floor_v);
    uint8_t patch[16 * 64 + 4];
    const uint8_t *rows[16];
    for (int64_t row = begin; row < end; row++) {
        int64_t b = row / oh, oy = row % oh, iy0 = oy * sh - ph;
        bool rows_in = iy0 >= 0 && iy0 + kh <= in_h;
        const uint8_t *xrow = x + (b * in_h + iy0) * line; /* used only when rows_in */
        int64_t ox = 0;
        while (ox < ow) {
            int64_t ix0 = ox * sw - pw;
            uint8_t *o = out + (row * ow + ox) * oc;
            if (rows_in && ox + 8 <= ow && ix0 >= 0 && ix0 + 7 * sw + kw <= in_w &&
                (xrow - x) + (ix0 + 7 * sw) * depth + (kh - 1) * line + span <= x_bytes) {
                /* eight interior pixels share each filter vector (eight
                 * chains hide vpdpbusd's latency) */
                const uint8_t *p0 = xrow + ix0 * depth;
                int64_t st = sw * depth;
                for (int64_t c = 0; c < oc; c += 16) {
                    __mmask16 mask =
                        oc - c >= 16 ? (__mmask16)0xffff : (__mmask16)((1u << (oc - c)) - 1);
                    __m512 ma = _mm512_maskz_loadu_ps(mask, ea + c);
                    __m512 mb = _mm512_maskz_loadu_ps(mask, eb + c);
                    __m512i a0 = _mm512_setzero_si512(), a1 = a0, a2 = a0, a3 = a0, a4 = a0;
                    __m512i a5 = a0, a6 = a0, a7 = a0, cv;
                    for (int64_t ky = 0; ky < kh; ky++) {
                        const int32_t *wk = wg + ky * g * ocp + c;
                        const uint8_t *r = p0 + ky * line;
                        for (int64_t q = 0; q < g; q++, r += 4) {
                            __m512i wv = _mm512_loadu_si512(wk + q * ocp);
#define CD_TAP(acc, i)                                                                             \
    do {                                                                                           \
        int32_t v_;                                                                                \
        memcpy(&v_, r + (i) * st, 4);                                                              \
        acc = _mm512_dpbusd_epi32(acc, _mm512_set1_epi32(v_), wv);                                 \
    } while (0)
                            CD_TAP(a0, 0);
                            CD_TAP(a1, 1);
                            CD_TAP(a2, 2);
                            CD_TAP(a3, 3);
                            CD_TAP(a4, 4);
                            CD_TAP(a5, 5);
                            CD_TAP(a6, 6);
                            CD_TAP(a7, 7);
#undef CD_TAP
                        }
                    }
                    cv = _mm512_loadu_si512(corr + c);
                    epilogue16_regs(ma, mb, floor_v, _mm512_sub_epi32(a0, cv), mask, o + c);
                    epilogue16_regs(ma, mb, floor_v, _mm512_sub_epi32(a1, cv), mask, o + oc + c);
                    epilogue16_regs(ma, mb, floor_v, _mm512_sub_epi32(a2, cv), mask, o + 2 * oc + c);
                    epilogue16_regs(ma, mb, floor_v, _mm512_sub_epi32(a3, cv), mask, o + 3 * oc + c);
                    epilogue16_regs(ma, mb, floor_v, _mm512_sub_epi32(a4, cv), mask, o + 4 * oc + c);
                    epilogue16_regs(ma, mb, floor_v, _mm512_sub_epi32(a5, cv), mask, o + 5 * oc + c);
                    epilogue16_regs(ma, mb, floor_v, _mm512_sub_epi32(a6, cv), mask, o + 6 * oc + c);
                    epilogue16_regs(ma, mb, floor_v, _mm512_sub_epi32(a7, cv), mask, o + 7 * oc + c);
                }
                ox += 8;
                continue;
            }
            if (rows_in && ix0 >= 0 && ix0 + kw <= in_w &&
                (xrow - x) + ix0 * depth + (kh - 1) * line + span <= x_bytes) {
                for (int64_t ky = 0; ky < kh; ky++)
                    rows[ky] = xrow + ix0 * depth + ky * line;
            } else {
                /* the window with the padding as zx */
                memset(patch, zero_code, (size_t)(kh * span));
                for (int64_t ky = 0; ky < kh; ky++) {
                    int64_t iy = iy0 + ky;
                    rows[ky] = patch + ky * span;
                    if (iy < 0 || iy >= in_h)
                        continue;
                    for (int64_t kx = 0; kx < kw; kx++) {
                        int64_t ix = ix0 + kx;
                        if (ix >= 0 && ix < in_w)
                            memcpy(patch + ky * span + kx * depth,
                                   x + ((b * in_h + iy) * in_w + ix) * depth, (size_t)depth);
                    }
                }
            }
            conv_direct_pixel(j, rows, o);
            ox++;
        }
    }
    return TFGT_OK;
}
#endif

/* The direct small-window path; TFGT_E_UNSUPPORTED when it does not apply. */
static tfgt_status conv_direct(tfgt_kernel_context *ctx, const tfgt_tensor *in,
                               const tfgt_tensor *w, const window *wh, const window *ww,
                               const epilogue *e, int32_t zx, tfgt_tensor *out)
{
#if FUSED_X86
    int64_t depth = in->dims[3], oc = w->dims[3], kh = wh->k, kw = ww->k;
    int64_t g = (kw * depth + 3) / 4, ocp = (oc + 15) / 16 * 16;
    const int8_t *f = w->data;
    int32_t *wg, *corr;
    tfgt_status st;
    if (!use_simd() || !tfgt_cpu_avx512_vnni() || kh * kw == 1 || kh * kw * depth > 64 || kh > 16 ||
        kw * depth > 64 || oc > 4096)
        return TFGT_E_UNSUPPORTED;
    wg = scratch32(ctx, kh * g * ocp + ocp);
    if (!wg)
        return failed(ctx);
    corr = wg + kh * g * ocp;
    memset(wg, 0, (size_t)(kh * g * ocp + ocp) * sizeof *wg);
    for (int64_t ky = 0; ky < kh; ky++)
        for (int64_t k = 0; k < kw * depth; k++)
            for (int64_t o = 0; o < oc; o++) {
                int8_t v = f[(ky * kw * depth + k) * oc + o];
                uint32_t *lane = (uint32_t *)&wg[(ky * g + k / 4) * ocp + o];
                *lane |= (uint32_t)(uint8_t)v << (8 * (k % 4));
                corr[o] += zx * (int32_t)v;
            }
    {
        conv_direct_job job = {in->data, out->data, e, wg, corr, *wh, *ww, depth, oc, ocp, g,
                               in->count, (uint8_t)zx};
        st = tfgt_parallel_for(ctx->threads, in->dims[0] * wh->out,
                               (1 << 15) / (ww->out * kh * g * ocp + 1) + 1,
                               conv_direct_rows_vnni, &job);
    }
    free(wg);
    return st;
#else
    (void)ctx, (void)in, (void)w, (void)wh, (void)ww, (void)e, (void)zx, (void)out;
    return TFGT_E_UNSUPPORTED;
#endif
}

static tfgt_status fused_conv(tfgt_kernel_context *ctx, bool relu)
{
    const tfgt_tensor *in = ctx->inputs[IN_X], *w = ctx->inputs[IN_W];
    int64_t dims[4], rows;
    window wh = {0, 0, 0, 0, 0}, ww = {0, 0, 0, 0, 0};
    epilogue e;
    int32_t zx = 0, *acc;
    tfgt_tensor *out;
    tfgt_status st = TFGT_E_UNSUPPORTED;

    if ((st = check_type(ctx, IN_X, TFGT_DT_QUINT8, "input")) != TFGT_OK ||
        (st = check_type(ctx, IN_W, TFGT_DT_QINT8, "filter")) != TFGT_OK ||
        (st = check_type_attr(ctx, "out_type", relu ? TFGT_DT_QUINT8 : TFGT_DT_QINT8,
                              TFGT_DT_QUINT8)) != TFGT_OK)
        return st;
    if (w->rank != 4)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "filter must be 4-D HWIO, not %d-D",
                                w->rank);
    if ((st = conv_windows(ctx, in, w->dims[0], w->dims[1], &wh, &ww)) != TFGT_OK)
        return st;
    if (w->dims[2] != in->dims[3])
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "filter depth %lld differs from input depth %lld",
                                (long long)w->dims[2], (long long)in->dims[3]);
    if ((st = make_epilogue(ctx, w->dims[3], relu, &zx, &e)) != TFGT_OK)
        return st;
    dims[0] = in->dims[0];
    dims[1] = wh.out;
    dims[2] = ww.out;
    dims[3] = w->dims[3];
    rows = dims[0] * dims[1] * dims[2];
    out = tfgt_kernel_output_uninit(ctx, 0, TFGT_DT_QUINT8, 4, dims);
    if (out && !use_reference(ctx) && rows > 0 && dims[3] > 0) {
        st = conv_direct(ctx, in, w, &wh, &ww, &e, zx, out);
        if (st != TFGT_E_UNSUPPORTED) {
            if (st == TFGT_OK)
                st = finish(ctx, &e);
            epilogue_free(&e);
            return st;
        }
    }
    if (!out) {
        epilogue_free(&e);
        return failed(ctx);
    }
    st = TFGT_E_UNSUPPORTED;
    if (!use_reference(ctx) && rows > 0 && dims[3] > 0) {
        int64_t depth = in->dims[3];
        bool direct = wh.k == 1 && ww.k == 1 && wh.stride == 1 && ww.stride == 1 &&
                      wh.out == wh.in && ww.out == ww.in && depth % 4 == 0;
        patch_rows p = {in->data, wh, ww, depth, (uint8_t)zx};
        tfgt_qgemm_args g;
        memset(&g, 0, sizeof g);
        g.m = rows;
        g.n = dims[3];
        g.k = wh.k * ww.k * depth;
        if (direct) {
            g.a = in->data;
            g.lda = depth;
        } else {
            g.fill_rows = fill_patch_rows;
            g.fill_arg = &p;
        }
        g.b_stride_k = dims[3];
        g.b_stride_n = 1;
        g.a_offset = zx;
        st = gemm_sums(ctx, &g, w, &e, out->data);
        if (st != TFGT_OK && st != TFGT_E_UNSUPPORTED) {
            epilogue_free(&e);
            return st;
        }
    }
    if (st == TFGT_E_UNSUPPORTED) {
        acc = scratch32(ctx, rows * dims[3]);
        if (!acc) {
            epilogue_free(&e);
            return failed(ctx);
        }
        conv_sums_scalar(in->data, w->data, zx, &wh, &ww, dims[0], in->dims[3], dims[3], acc);
        if (use_reference(ctx))
            apply_epilogue(&e, acc, dims[3], out->data, rows);
        else
            apply_epilogue_fast(&e, acc, dims[3], out->data, rows);
        free(acc);
    }
    st = finish(ctx, &e);
    epilogue_free(&e);
    return st;
}

/* ---- depthwise convolution ----------------------------------------------
 * Few sums per output, so no GEMM: the scalar loops (reference, any
 * channel multiplier), and with AVX-512 and multiplier 1 sixteen channels
 * at a time (VNNI: on tap pairs, below; else one tap at a time), the
 * epilogue applied in registers, rows split over threads. */

typedef struct depthwise_job {
    const uint8_t *x;
    const int8_t *w;
    uint8_t *out;
    const epilogue *e;
    window wh, ww;
    int64_t depth;
    int32_t zx;
} depthwise_job;

#if FUSED_X86
__attribute__((target("avx512f,avx512bw,avx512vl"))) static tfgt_status
depthwise_rows_avx512(void *arg, int64_t begin, int64_t end)
{
    const depthwise_job *j = arg;
    int64_t depth = j->depth;
    __m512i zx = _mm512_set1_epi32(j->zx);
    for (int64_t row = begin; row < end; row++) {
        int64_t b = row / j->wh.out, oy = row % j->wh.out;
        for (int64_t ox = 0; ox < j->ww.out; ox++) {
            uint8_t *o = j->out + (row * j->ww.out + ox) * depth;
            int64_t ix_first = ox * j->ww.stride - j->ww.pad;
            if (ox + 4 <= j->ww.out && ix_first >= 0 &&
                ix_first + 3 * j->ww.stride + j->ww.k <= j->ww.in) {
                /* four pixels whose taps are all inside the row: four
                 * independent sums share each weight vector */
                int64_t step = j->ww.stride * depth;
                for (int64_t c = 0; c < depth; c += 16) {
                    __mmask16 mask =
                        depth - c >= 16 ? (__mmask16)0xffff : (__mmask16)((1u << (depth - c)) - 1);
                    __m512i a0 = _mm512_setzero_si512(), a1 = a0, a2 = a0, a3 = a0;
                    for (int64_t ky = 0; ky < j->wh.k; ky++) {
                        int64_t iy = oy * j->wh.stride + ky - j->wh.pad;
                        const uint8_t *px;
                        if (iy < 0 || iy >= j->wh.in)
                            continue;
                        px = j->x + ((b * j->wh.in + iy) * j->ww.in + ix_first) * depth + c;
                        for (int64_t kx = 0; kx < j->ww.k; kx++, px += depth) {
                            __m512i wv = _mm512_cvtepi8_epi32(
                                _mm_maskz_loadu_epi8(mask, j->w + (ky * j->ww.k + kx) * depth + c));
#define DW_TAP(acc, k)                                                                             \
    acc = _mm512_add_epi32(                                                                        \
        acc, _mm512_mullo_epi32(                                                                   \
                 _mm512_sub_epi32(                                                                 \
                     _mm512_cvtepu8_epi32(_mm_maskz_loadu_epi8(mask, px + (k) * step)), zx),       \
                 wv))
                            DW_TAP(a0, 0);
                            DW_TAP(a1, 1);
                            DW_TAP(a2, 2);
                            DW_TAP(a3, 3);
#undef DW_TAP
                        }
                    }
                    epilogue16_avx512(j->e, a0, c, mask, o);
                    epilogue16_avx512(j->e, a1, c, mask, o + depth);
                    epilogue16_avx512(j->e, a2, c, mask, o + 2 * depth);
                    epilogue16_avx512(j->e, a3, c, mask, o + 3 * depth);
                }
                ox += 3;
                continue;
            }
            for (int64_t c = 0; c < depth; c += 16) {
                __mmask16 mask =
                    depth - c >= 16 ? (__mmask16)0xffff : (__mmask16)((1u << (depth - c)) - 1);
                __m512i acc = _mm512_setzero_si512();
                for (int64_t ky = 0; ky < j->wh.k; ky++) {
                    int64_t iy = oy * j->wh.stride + ky - j->wh.pad;
                    if (iy < 0 || iy >= j->wh.in)
                        continue;
                    for (int64_t kx = 0; kx < j->ww.k; kx++) {
                        int64_t ix = ox * j->ww.stride + kx - j->ww.pad;
                        const uint8_t *px;
                        const int8_t *fk;
                        __m512i xv, wv;
                        if (ix < 0 || ix >= j->ww.in)
                            continue;
                        px = j->x + ((b * j->wh.in + iy) * j->ww.in + ix) * depth + c;
                        fk = j->w + (ky * j->ww.k + kx) * depth + c;
                        xv = _mm512_sub_epi32(
                            _mm512_cvtepu8_epi32(_mm_maskz_loadu_epi8(mask, px)), zx);
                        wv = _mm512_cvtepi8_epi32(_mm_maskz_loadu_epi8(mask, fk));
                        acc = _mm512_add_epi32(acc, _mm512_mullo_epi32(xv, wv));
                    }
                }
                epilogue16_avx512(j->e, acc, c, mask, o);
            }
        }
    }
    return TFGT_OK;
}

/* The VNNI path: each input row is converted once (per thread) into
 * int16 pairs (x[ix] - zx, x[ix + 1] - zx) per channel, one 32-bit lane,
 * zeros in the padding, so one vpdpwssd adds two horizontal taps exactly
 * ((x - zx) * w fits 16 bits, the pair sum 32).  Filter rows are paired
 * the same way (an odd last tap with 0).  Channels are padded to `dp`
 * lanes; with exactly 8 channels and stride 1, dp is 8 and one 512-bit
 * vector holds two neighbouring output pixels (adjacent entries). */
typedef struct dw_pairs_job {
    const depthwise_job *j;
    const int32_t *wp; /* [kh][pairs][dp] */
    int64_t dp, pairs, nx;
} dw_pairs_job;

/* Row iy of image b as nx entries of dp pair lanes, entry e = ix + pad. */
__attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni"))) static void
dw_pairs_row(const dw_pairs_job *p, int64_t b, int64_t iy, int32_t *dst)
{
    const depthwise_job *j = p->j;
    int64_t depth = j->depth, dp = p->dp, w_in = j->ww.in, pad = j->ww.pad;
    const uint8_t *xr = j->x + (b * j->wh.in + iy) * w_in * depth;
    if (dp == 8) {
        __m256i zx = _mm256_set1_epi32(j->zx), prev = _mm256_setzero_si256();
        int64_t ix = -pad;
        if (ix >= 0 && ix < w_in)
            prev = _mm256_sub_epi32(
                _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i *)(xr + ix * 8))), zx);
        for (int64_t e = 0; e < p->nx; e++, ix++) {
            __m256i next = _mm256_setzero_si256();
            if (ix + 1 >= 0 && ix + 1 < w_in)
                next = _mm256_sub_epi32(
                    _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i *)(xr + (ix + 1) * 8))),
                    zx);
            _mm256_storeu_si256((__m256i *)(dst + e * 8),
                                _mm256_mask_blend_epi16(0xaaaa, prev, _mm256_slli_epi32(next, 16)));
            prev = next;
        }
        return;
    }
    for (int64_t c = 0; c < dp; c += 16) {
        __mmask16 mask = depth - c >= 16 ? (__mmask16)0xffff
                         : depth > c   ? (__mmask16)((1u << (depth - c)) - 1)
                                       : (__mmask16)0;
        __m512i zx = _mm512_set1_epi32(j->zx), prev = _mm512_setzero_si512();
        int64_t ix = -pad;
        if (j->ww.stride % 2 == 0) {
            /* even strides read only even entries */
            for (int64_t e = 0; e < p->nx; e += 2, ix += 2) {
                __m512i lo = _mm512_setzero_si512(), hi = lo;
                if (ix >= 0 && ix < w_in)
                    lo = _mm512_maskz_sub_epi32(
                        mask, _mm512_cvtepu8_epi32(_mm_maskz_loadu_epi8(mask, xr + ix * depth + c)),
                        zx);
                if (ix + 1 >= 0 && ix + 1 < w_in)
                    hi = _mm512_maskz_sub_epi32(
                        mask,
                        _mm512_cvtepu8_epi32(_mm_maskz_loadu_epi8(mask, xr + (ix + 1) * depth + c)),
                        zx);
                _mm512_storeu_si512(dst + e * dp + c,
                                    _mm512_mask_blend_epi16(0xaaaaaaaa, lo, _mm512_slli_epi32(hi, 16)));
            }
            continue;
        }
        if (ix >= 0 && ix < w_in)
            prev = _mm512_maskz_sub_epi32(
                mask, _mm512_cvtepu8_epi32(_mm_maskz_loadu_epi8(mask, xr + ix * depth + c)), zx);
        for (int64_t e = 0; e < p->nx; e++, ix++) {
            __m512i next = _mm512_setzero_si512();
            if (ix + 1 >= 0 && ix + 1 < w_in)
                next = _mm512_maskz_sub_epi32(
                    mask,
                    _mm512_cvtepu8_epi32(_mm_maskz_loadu_epi8(mask, xr + (ix + 1) * depth + c)),
                    zx);
            _mm512_storeu_si512(dst + e * dp + c,
                                _mm512_mask_blend_epi16(0xaaaaaaaa, prev, _mm512_slli_epi32(next, 16)));
            prev = next;
        }
    }
}

__attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni"))) static tfgt_status
depthwise_rows_vnni(void *arg, int64_t begin, int64_t end)
{
    const dw_pairs_job *p = arg;
    const depthwise_job *j = p->j;
    /* locals: the output stores are bytes, which may alias *j */
    int64_t kh = j->wh.k, dp = p->dp, np = p->pairs, depth = j->depth, ow = j->ww.out;
    int64_t s = j->ww.stride, row_size = p->nx * dp, oh = j->wh.out, in_h = j->wh.in;
    int64_t sh = j->wh.stride, ph = j->wh.pad;
    const int32_t *wp = p->wp;
    const float *ea = j->e->a, *eb = j->e->b;
    __m512 floor_v = _mm512_set1_ps(j->e->floor_v);
    uint8_t *out = j->out;
    /* a ring of kh converted rows, slot iy % kh, tagged with (b, iy) */
    int32_t *ring = malloc((size_t)(kh * row_size) * sizeof *ring);
    int64_t *tag = malloc((size_t)kh * sizeof *tag);
    const int32_t *rows[16];
    int64_t live[16], nlive;
    if (!ring || !tag) {
        free(ring);
        free(tag);
        return TFGT_E_NO_MEMORY;
    }
    for (int64_t k = 0; k < kh; k++)
        tag[k] = -1;
    for (int64_t row = begin; row < end; row++) {
        int64_t b = row / oh, oy = row % oh;
        uint8_t *o = out + row * ow * depth;
        nlive = 0;
        for (int64_t ky = 0; ky < kh; ky++) {
            int64_t iy = oy * sh + ky - ph, slot;
            if (iy < 0 || iy >= in_h)
                continue;
            slot = iy % kh;
            if (tag[slot] != b * in_h + iy) {
                dw_pairs_row(p, b, iy, ring + slot * row_size);
                tag[slot] = b * in_h + iy;
            }
            /* rows in the padding add nothing: only the live ones are visited */
            rows[nlive] = ring + slot * row_size;
            live[nlive++] = ky;
        }
        if (dp == 8) {
            /* depth 8, stride 1: pixels ox and ox + 1 in one vector */
            __m512 a = _mm512_castpd_ps(_mm512_broadcast_f64x4(_mm256_castps_pd(_mm256_loadu_ps(ea))));
            __m512 bb = _mm512_castpd_ps(_mm512_broadcast_f64x4(_mm256_castps_pd(_mm256_loadu_ps(eb))));
            int64_t ox = 0;
            if (np == 2 && nlive == 3) {
                /* the six filter vectors in registers, as below */
                const int32_t *r0 = rows[0], *r1 = rows[1], *r2 = rows[2];
#define DW8_W(k, q)                                                                                \
    _mm512_broadcast_i64x4(_mm256_loadu_si256((const __m256i *)(wp + (live[k] * 2 + (q)) * 8)))
                __m512i w00 = DW8_W(0, 0), w01 = DW8_W(0, 1), w10 = DW8_W(1, 0);
                __m512i w11 = DW8_W(1, 1), w20 = DW8_W(2, 0), w21 = DW8_W(2, 1);
#undef DW8_W
#define DW8_PAIR(acc, off)                                                                         \
    do {                                                                                           \
        int64_t o_ = (off);                                                                        \
        acc = _mm512_dpwssd_epi32(_mm512_setzero_si512(), _mm512_loadu_si512(r0 + o_), w00);       \
        acc = _mm512_dpwssd_epi32(acc, _mm512_loadu_si512(r0 + o_ + 16), w01);                     \
        acc = _mm512_dpwssd_epi32(acc, _mm512_loadu_si512(r1 + o_), w10);                          \
        acc = _mm512_dpwssd_epi32(acc, _mm512_loadu_si512(r1 + o_ + 16), w11);                     \
        acc = _mm512_dpwssd_epi32(acc, _mm512_loadu_si512(r2 + o_), w20);                          \
        acc = _mm512_dpwssd_epi32(acc, _mm512_loadu_si512(r2 + o_ + 16), w21);                     \
    } while (0)
                for (; ox + 4 <= ow; ox += 4) {
                    __m512i a0, a1;
                    DW8_PAIR(a0, ox * 8);
                    DW8_PAIR(a1, ox * 8 + 16);
                    epilogue16_regs(a, bb, floor_v, a0, 0xffff, o + ox * 8);
                    epilogue16_regs(a, bb, floor_v, a1, 0xffff, o + ox * 8 + 16);
                }
#undef DW8_PAIR
            }
            for (; ox + 4 <= ow; ox += 4) {
                __m512i a0 = _mm512_setzero_si512(), a1 = a0;
                for (int64_t r = 0; r < nlive; r++) {
                    const int32_t *x0 = rows[r] + ox * 8, *wk = wp + live[r] * np * 8;
                    for (int64_t q = 0; q < np; q++, x0 += 16, wk += 8) {
                        __m512i wv = _mm512_broadcast_i64x4(_mm256_loadu_si256((const __m256i *)wk));
                        a0 = _mm512_dpwssd_epi32(a0, _mm512_loadu_si512(x0), wv);
                        a1 = _mm512_dpwssd_epi32(a1, _mm512_loadu_si512(x0 + 16), wv);
                    }
                }
                epilogue16_regs(a, bb, floor_v, a0, 0xffff, o + ox * 8);
                epilogue16_regs(a, bb, floor_v, a1, 0xffff, o + ox * 8 + 16);
            }
            for (; ox < ow; ox += 2) {
                /* one or two pixels left */
                __mmask16 mask = ox + 2 <= ow ? (__mmask16)0xffff : (__mmask16)0xff;
                __m512i a0 = _mm512_setzero_si512();
                for (int64_t r = 0; r < nlive; r++) {
                    const int32_t *x0 = rows[r] + ox * 8, *wk = wp + live[r] * np * 8;
                    for (int64_t q = 0; q < np; q++, x0 += 16, wk += 8)
                        a0 = _mm512_dpwssd_epi32(
                            a0, _mm512_maskz_loadu_epi32(mask, x0),
                            _mm512_broadcast_i64x4(_mm256_loadu_si256((const __m256i *)wk)));
                }
                epilogue16_regs(a, bb, floor_v, a0, mask, o + ox * 8);
            }
            continue;
        }
        for (int64_t c = 0; c < dp; c += 16) {
            __mmask16 mask =
                depth - c >= 16 ? (__mmask16)0xffff : (__mmask16)((1u << (depth - c)) - 1);
            __m512 a = _mm512_maskz_loadu_ps(mask, ea + c), bb = _mm512_maskz_loadu_ps(mask, eb + c);
            int64_t ox = 0, step = s * dp;
            if (np == 2 && nlive == 3) {
                /* 3-wide filters, all three rows live (most rows of a 3x3
                 * layer): the six filter vectors stay in registers */
                const int32_t *r0 = rows[0] + c, *r1 = rows[1] + c, *r2 = rows[2] + c;
                __m512i w00 = _mm512_loadu_si512(wp + live[0] * 2 * dp + c);
                __m512i w01 = _mm512_loadu_si512(wp + (live[0] * 2 + 1) * dp + c);
                __m512i w10 = _mm512_loadu_si512(wp + live[1] * 2 * dp + c);
                __m512i w11 = _mm512_loadu_si512(wp + (live[1] * 2 + 1) * dp + c);
                __m512i w20 = _mm512_loadu_si512(wp + live[2] * 2 * dp + c);
                __m512i w21 = _mm512_loadu_si512(wp + (live[2] * 2 + 1) * dp + c);
#define DW_PIX(acc, off)                                                                           \
    do {                                                                                           \
        int64_t o_ = (off);                                                                        \
        acc = _mm512_dpwssd_epi32(_mm512_setzero_si512(), _mm512_loadu_si512(r0 + o_), w00);       \
        acc = _mm512_dpwssd_epi32(acc, _mm512_loadu_si512(r0 + o_ + 2 * dp), w01);                 \
        acc = _mm512_dpwssd_epi32(acc, _mm512_loadu_si512(r1 + o_), w10);                          \
        acc = _mm512_dpwssd_epi32(acc, _mm512_loadu_si512(r1 + o_ + 2 * dp), w11);                 \
        acc = _mm512_dpwssd_epi32(acc, _mm512_loadu_si512(r2 + o_), w20);                          \
        acc = _mm512_dpwssd_epi32(acc, _mm512_loadu_si512(r2 + o_ + 2 * dp), w21);                 \
    } while (0)
                for (; ox + 4 <= ow; ox += 4) {
                    __m512i a0, a1, a2, a3;
                    DW_PIX(a0, ox * step);
                    DW_PIX(a1, (ox + 1) * step);
                    DW_PIX(a2, (ox + 2) * step);
                    DW_PIX(a3, (ox + 3) * step);
                    epilogue16_regs(a, bb, floor_v, a0, mask, o + ox * depth + c);
                    epilogue16_regs(a, bb, floor_v, a1, mask, o + (ox + 1) * depth + c);
                    epilogue16_regs(a, bb, floor_v, a2, mask, o + (ox + 2) * depth + c);
                    epilogue16_regs(a, bb, floor_v, a3, mask, o + (ox + 3) * depth + c);
                }
                for (; ox < ow; ox++) {
                    __m512i a0;
                    DW_PIX(a0, ox * step);
                    epilogue16_regs(a, bb, floor_v, a0, mask, o + ox * depth + c);
                }
#undef DW_PIX
                continue;
            }
            for (; ox + 4 <= ow; ox += 4) {
                /* four pixels share each filter vector */
                __m512i a0 = _mm512_setzero_si512(), a1 = a0, a2 = a0, a3 = a0;
                for (int64_t r = 0; r < nlive; r++) {
                    const int32_t *x0 = rows[r] + ox * step + c;
                    const int32_t *wk = wp + live[r] * np * dp + c;
                    for (int64_t q = 0; q < np; q++, x0 += 2 * dp, wk += dp) {
                        __m512i wv = _mm512_loadu_si512(wk);
                        a0 = _mm512_dpwssd_epi32(a0, _mm512_loadu_si512(x0), wv);
                        a1 = _mm512_dpwssd_epi32(a1, _mm512_loadu_si512(x0 + step), wv);
                        a2 = _mm512_dpwssd_epi32(a2, _mm512_loadu_si512(x0 + 2 * step), wv);
                        a3 = _mm512_dpwssd_epi32(a3, _mm512_loadu_si512(x0 + 3 * step), wv);
                    }
                }
                epilogue16_regs(a, bb, floor_v, a0, mask, o + ox * depth + c);
                epilogue16_regs(a, bb, floor_v, a1, mask, o + (ox + 1) * depth + c);
                epilogue16_regs(a, bb, floor_v, a2, mask, o + (ox + 2) * depth + c);
                epilogue16_regs(a, bb, floor_v, a3, mask, o + (ox + 3) * depth + c);
            }
            for (; ox < ow; ox++) {
                __m512i acc = _mm512_setzero_si512();
                for (int64_t r = 0; r < nlive; r++) {
                    const int32_t *x0 = rows[r] + ox * step + c;
                    const int32_t *wk = wp + live[r] * np * dp + c;
                    for (int64_t q = 0; q < np; q++, x0 += 2 * dp, wk += dp)
                        acc = _mm512_dpwssd_epi32(acc, _mm512_loadu_si512(x0),
                                                  _mm512_loadu_si512(wk));
                }
                epilogue16_regs(a, bb, floor_v, acc, mask, o + ox * depth + c);
            }
        }
    }
    free(ring);
    free(tag);
    return TFGT_OK;
}
#endif

static tfgt_status fused_depthwise(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in = ctx->inputs[IN_X], *w = ctx->inputs[IN_W];
    int64_t dims[4], rows, depth, mult;
    window wh = {0, 0, 0, 0, 0}, ww = {0, 0, 0, 0, 0};
    epilogue e;
    int32_t zx = 0, *acc;
    tfgt_tensor *out;
    tfgt_status st;

    if ((st = check_type(ctx, IN_X, TFGT_DT_QUINT8, "input")) != TFGT_OK ||
        (st = check_type(ctx, IN_W, TFGT_DT_QINT8, "filter")) != TFGT_OK ||
        (st = check_type_attr(ctx, "out_type", TFGT_DT_QUINT8, TFGT_DT_QUINT8)) != TFGT_OK)
        return st;
    if (w->rank != 4)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "filter must be 4-D HWIM, not %d-D",
                                w->rank);
    if ((st = conv_windows(ctx, in, w->dims[0], w->dims[1], &wh, &ww)) != TFGT_OK)
        return st;
    if (w->dims[2] != in->dims[3])
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "filter depth %lld differs from input depth %lld",
                                (long long)w->dims[2], (long long)in->dims[3]);
    depth = in->dims[3];
    mult = w->dims[3];
    if ((st = make_epilogue(ctx, depth * mult, true, &zx, &e)) != TFGT_OK)
        return st;
    dims[0] = in->dims[0];
    dims[1] = wh.out;
    dims[2] = ww.out;
    dims[3] = depth * mult;
    rows = dims[0] * dims[1] * dims[2];
    out = tfgt_kernel_output_uninit(ctx, 0, TFGT_DT_QUINT8, 4, dims);
    if (!out) {
        epilogue_free(&e);
        return failed(ctx);
    }
#if FUSED_X86
    if (mult == 1 && !use_reference(ctx) && use_simd() && tfgt_cpu_avx512_vnni() &&
        wh.k <= 16 && rows > 0 && depth > 0) {
        depthwise_job job = {in->data, w->data, out->data, &e, wh, ww, depth, zx};
        dw_pairs_job pj = {&job, NULL, depth == 8 && ww.stride == 1 ? 8 : (depth + 15) / 16 * 16,
                           (ww.k + 1) / 2, (ww.out - 1) * ww.stride + ww.k};
        int64_t ring = wh.k * pj.nx * pj.dp * 4, per_row = ww.out * depth * wh.k * ww.k;
        int32_t *wp;
        if (ring <= ((int64_t)1 << 26) &&
            (wp = scratch32(ctx, wh.k * pj.pairs * pj.dp)) != NULL) {
            const int8_t *f = w->data;
            for (int64_t ky = 0; ky < wh.k; ky++)
                for (int64_t q = 0; q < pj.pairs; q++)
                    for (int64_t c = 0; c < pj.dp; c++) {
                        int64_t k0 = 2 * q, k1 = 2 * q + 1;
                        int32_t lo = c < depth ? f[(ky * ww.k + k0) * depth + c] : 0;
                        int32_t hi = c < depth && k1 < ww.k ? f[(ky * ww.k + k1) * depth + c] : 0;
                        wp[(ky * pj.pairs + q) * pj.dp + c] =
                            (int32_t)(((uint32_t)hi << 16) | ((uint32_t)lo & 0xffffu));
                    }
            pj.wp = wp;
            st = tfgt_parallel_for(ctx->threads, dims[0] * wh.out,
                                   (1 << 16) / (per_row + 1) + 1, depthwise_rows_vnni, &pj);
            free(wp);
            if (st == TFGT_E_NO_MEMORY)
                st = tfgt_kernel_fail(ctx, st, "out of memory in the depthwise rows");
            if (st == TFGT_OK)
                st = finish(ctx, &e);
            epilogue_free(&e);
            return st;
        }
        if (ring <= ((int64_t)1 << 26)) {
            epilogue_free(&e);
            return failed(ctx);
        }
    }
    if (mult == 1 && !use_reference(ctx) && use_simd()) {
        depthwise_job job = {in->data, w->data, out->data, &e, wh, ww, depth, zx};
        int64_t per_row = ww.out * depth * wh.k * ww.k;
        st = tfgt_parallel_for(ctx->threads, dims[0] * wh.out, (1 << 16) / (per_row + 1) + 1,
                               depthwise_rows_avx512, &job);
        if (st == TFGT_OK)
            st = finish(ctx, &e);
        epilogue_free(&e);
        return st;
    }
#endif
    acc = scratch32(ctx, rows * dims[3]);
    if (!acc) {
        epilogue_free(&e);
        return failed(ctx);
    }
    memset(acc, 0, (size_t)(rows * dims[3]) * sizeof *acc);
    {
        const uint8_t *x = in->data;
        const int8_t *f = w->data;
        uint32_t *y = (uint32_t *)acc;
        for (int64_t b = 0; b < dims[0]; b++)
            for (int64_t oy = 0; oy < wh.out; oy++)
                for (int64_t ox = 0; ox < ww.out; ox++) {
                    uint32_t *row = y + ((b * wh.out + oy) * ww.out + ox) * dims[3];
                    for (int64_t ky = 0; ky < wh.k; ky++) {
                        int64_t iy = oy * wh.stride + ky - wh.pad;
                        if (iy < 0 || iy >= wh.in)
                            continue;
                        for (int64_t kx = 0; kx < ww.k; kx++) {
                            int64_t ix = ox * ww.stride + kx - ww.pad;
                            const uint8_t *px;
                            const int8_t *fk;
                            if (ix < 0 || ix >= ww.in)
                                continue;
                            px = x + ((b * wh.in + iy) * ww.in + ix) * depth;
                            fk = f + (ky * ww.k + kx) * depth * mult;
                            if (mult == 1) {
                                for (int64_t c = 0; c < depth; c++)
                                    row[c] += (uint32_t)(((int32_t)px[c] - zx) * (int32_t)fk[c]);
                                continue;
                            }
                            for (int64_t c = 0; c < depth; c++)
                                for (int64_t q = 0; q < mult; q++)
                                    row[c * mult + q] += (uint32_t)(((int32_t)px[c] - zx) *
                                                                    (int32_t)fk[c * mult + q]);
                        }
                    }
                }
    }
    apply_epilogue(&e, acc, dims[3], out->data, rows);
    free(acc);
    st = finish(ctx, &e);
    epilogue_free(&e);
    return st;
}

/* ---- matrix product ---------------------------------------------------- */

static tfgt_status fused_matmul(tfgt_kernel_context *ctx, bool relu)
{
    const tfgt_tensor *a = ctx->inputs[IN_X], *b = ctx->inputs[IN_W];
    bool ta = tfgt_kernel_attr_bool(ctx, "transpose_a", false);
    bool tb = tfgt_kernel_attr_bool(ctx, "transpose_b", false);
    char mode[16];
    int64_t m, k, kb, n, dims[2];
    epilogue e;
    int32_t zx = 0, *acc;
    tfgt_tensor *out;
    tfgt_status st;

    if ((st = check_type(ctx, IN_X, TFGT_DT_QUINT8, "a")) != TFGT_OK ||
        (st = check_type(ctx, IN_W, TFGT_DT_QINT8, "b")) != TFGT_OK ||
        (st = check_type_attr(ctx, "Toutput", TFGT_DT_QUINT8, TFGT_DT_QUINT8)) != TFGT_OK)
        return st;
    tfgt_kernel_attr_string(ctx, "input_quant_mode", "MIN_FIRST", mode, sizeof mode);
    if (strcmp(mode, "MIN_FIRST") != 0)
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED,
                                "input_quant_mode must be MIN_FIRST, not '%s'", mode);
    if (a->rank != 2 || b->rank != 2)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "a and b must be matrices");
    m = ta ? a->dims[1] : a->dims[0];
    k = ta ? a->dims[0] : a->dims[1];
    kb = tb ? b->dims[1] : b->dims[0];
    n = tb ? b->dims[0] : b->dims[1];
    if (k != kb)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "inner dimensions differ: %lld and %lld", (long long)k,
                                (long long)kb);
    if ((st = make_epilogue(ctx, n, relu, &zx, &e)) != TFGT_OK)
        return st;
    dims[0] = m;
    dims[1] = n;
    out = tfgt_kernel_output_uninit(ctx, 0, TFGT_DT_QUINT8, 2, dims);
    if (!out) {
        epilogue_free(&e);
        return failed(ctx);
    }
    st = TFGT_E_UNSUPPORTED;
    if (!use_reference(ctx) && m > 0 && n > 0) {
        tfgt_qgemm_matrix p = {a->data, m, k, ta};
        tfgt_qgemm_args g;
        memset(&g, 0, sizeof g);
        tfgt_qgemm_use_matrix(&g, &p);
        g.n = n;
        g.b_stride_k = tb ? 1 : n;
        g.b_stride_n = tb ? k : 1;
        g.a_offset = zx;
        st = gemm_sums(ctx, &g, b, &e, out->data);
        if (st != TFGT_OK && st != TFGT_E_UNSUPPORTED) {
            epilogue_free(&e);
            return st;
        }
    }
    if (st == TFGT_E_UNSUPPORTED) {
        const uint8_t *pa = a->data;
        const int8_t *pb = b->data;
        uint32_t *y;
        if (!(acc = scratch32(ctx, m * n))) {
            epilogue_free(&e);
            return failed(ctx);
        }
        y = (uint32_t *)acc;
        memset(acc, 0, (size_t)(m * n) * sizeof *acc);
        for (int64_t i = 0; i < m; i++)
            for (int64_t q = 0; q < k; q++) {
                int32_t x = (int32_t)(ta ? pa[q * m + i] : pa[i * k + q]) - zx;
                for (int64_t j = 0; j < n; j++)
                    y[i * n + j] += (uint32_t)(x * (int32_t)(tb ? pb[j * k + q] : pb[q * n + j]));
            }
        if (use_reference(ctx))
            apply_epilogue(&e, acc, n, out->data, m);
        else
            apply_epilogue_fast(&e, acc, n, out->data, m);
        free(acc);
    }
    st = finish(ctx, &e);
    epilogue_free(&e);
    return st;
}

static tfgt_status kernel_conv_bias(tfgt_kernel_context *ctx)
{
    return fused_conv(ctx, false);
}

static tfgt_status kernel_conv_bias_relu(tfgt_kernel_context *ctx)
{
    return fused_conv(ctx, true);
}

static tfgt_status kernel_depthwise_bias_relu(tfgt_kernel_context *ctx)
{
    return fused_depthwise(ctx);
}

static tfgt_status kernel_matmul_bias(tfgt_kernel_context *ctx)
{
    return fused_matmul(ctx, false);
}

static tfgt_status kernel_matmul_bias_relu(tfgt_kernel_context *ctx)
{
    return fused_matmul(ctx, true);
}

/* TensorFlow's attribute defaults (out_type is qint8 for the op without
 * Relu, which these kernels refuse: tfgt emits quint8). */
static const tfgt_op_attr attrs_conv[] = {
    {"Tinput", NULL},
    {"Tfilter", NULL},
    {"Tbias", NULL},
    {"out_type", "type: DT_QINT8"},
    {"strides", NULL},
    {"padding", NULL},
    {"dilations", "list { i: 1 i: 1 i: 1 i: 1 }"},
    {"padding_list", "list { }"},
    {NULL, NULL},
};

static const tfgt_op_attr attrs_conv_relu[] = {
    {"Tinput", NULL},
    {"Tfilter", NULL},
    {"Tbias", NULL},
    {"out_type", "type: DT_QUINT8"},
    {"strides", NULL},
    {"padding", NULL},
    {"dilations", "list { i: 1 i: 1 i: 1 i: 1 }"},
    {"padding_list", "list { }"},
    {NULL, NULL},
};

static const tfgt_op_attr attrs_matmul[] = {
    {"T1", NULL},
    {"T2", NULL},
    {"Tbias", NULL},
    {"Toutput", "type: DT_QUINT8"},
    {"transpose_a", "b: false"},
    {"transpose_b", "b: false"},
    {"input_quant_mode", "s: \"MIN_FIRST\""},
    {NULL, NULL},
};

const tfgt_op_def tfgt_ops_quantized_fused[] = {
    {"QuantizedConv2DWithBiasAndRequantize", 9, 9, 0, attrs_conv, kernel_conv_bias},
    {"QuantizedConv2DWithBiasAndReluAndRequantize", 9, 9, 0, attrs_conv_relu,
     kernel_conv_bias_relu},
    {"QuantizedDepthwiseConv2DWithBiasAndReluAndRequantize", 9, 9, 0, attrs_conv_relu,
     kernel_depthwise_bias_relu},
    {"QuantizedMatMulWithBiasAndRequantize", 9, 9, 0, attrs_matmul, kernel_matmul_bias},
    {"QuantizedMatMulWithBiasAndReluAndRequantize", 9, 9, 0, attrs_matmul,
     kernel_matmul_bias_relu},
    /* The same ops under tfgt's names, for the layers TensorFlow computes
     * differently under its own (a signed input, which it reads without a
     * zero point; no Relu, where its Conv2D has no quint8 kernel and its
     * MatMul clamps at 0): TensorFlow refuses such a graph instead of
     * answering wrongly. */
    {"TfgtQuantizedConv2DWithBiasAndRequantize", 9, 9, 0, attrs_conv, kernel_conv_bias},
    {"TfgtQuantizedConv2DWithBiasAndReluAndRequantize", 9, 9, 0, attrs_conv_relu,
     kernel_conv_bias_relu},
    {"TfgtQuantizedDepthwiseConv2DWithBiasAndReluAndRequantize", 9, 9, 0, attrs_conv_relu,
     kernel_depthwise_bias_relu},
    {"TfgtQuantizedMatMulWithBiasAndRequantize", 9, 9, 0, attrs_matmul, kernel_matmul_bias},
    {"TfgtQuantizedMatMulWithBiasAndReluAndRequantize", 9, 9, 0, attrs_matmul,
     kernel_matmul_bias_relu},
    {NULL, 0, 0, 0, NULL, NULL},
};
