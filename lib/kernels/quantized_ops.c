/* kernels/quantized_ops.c - the eight-bit ops quantize_nodes emits, with
 * TensorFlow's semantics (spec §4.4-4.8): QuantizedConv2D and
 * QuantizedMatMul (quint8 x quint8 -> qint32, offset-corrected int32 sums),
 * QuantizedBiasAdd, QuantizedAdd, QuantizedMul, QuantizedRelu,
 * QuantizedRelu6, QuantizedReshape, QuantizedConcat, QuantizedMaxPool and
 * QuantizedAvgPool.  QuantizedConv2D and QuantizedMatMul also take one
 * weight range per output channel (tfgt extension, see read_weight_ranges).
 * These are the scalar reference kernels: every range
 * input is checked (one finite float, min <= max) and every shape before
 * anything is read, so hostile graphs get an error naming the node. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gemm.h"
#include "kernels.h"
#include "quantization.h"

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("fp-contract=off")
#endif

static tfgt_status failed(tfgt_kernel_context *ctx)
{
    return ctx->err && ctx->err->status ? ctx->err->status : TFGT_E_NO_MEMORY;
}

/* Ranges at inputs [first, first+1]: finite, min <= max. */
static tfgt_status read_range_pair(tfgt_kernel_context *ctx, size_t first, const char *name_min,
                                   const char *name_max, float *min, float *max)
{
    tfgt_status st;
    if ((st = tfgt_read_range_scalar(ctx, first, name_min, min)) != TFGT_OK ||
        (st = tfgt_read_range_scalar(ctx, first + 1, name_max, max)) != TFGT_OK)
        return st;
    if (*min > *max)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s %g is above %s %g", name_min,
                                (double)*min, name_max, (double)*max);
    return TFGT_OK;
}

static tfgt_status require_type(tfgt_kernel_context *ctx, size_t index, int dtype,
                                const char *what)
{
    if (ctx->inputs[index]->dtype != dtype)
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "%s must be %s, not %s", what,
                                tfgt_dtype_name(dtype),
                                tfgt_dtype_name(ctx->inputs[index]->dtype)
                                    ? tfgt_dtype_name(ctx->inputs[index]->dtype)
                                    : "?");
    return TFGT_OK;
}

typedef tfgt_qwindow window;

/* strides (or ksize) [1, h, w, 1]. */
static tfgt_status read_hw(tfgt_kernel_context *ctx, const char *key, int64_t *h, int64_t *w)
{
    int64_t v[4];
    if (tfgt_kernel_attr_ints(ctx, key, v, 4) != 4)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s must have 4 values", key);
    if (v[0] != 1 || v[3] != 1)
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED,
                                "%s in the batch and depth dimensions must be 1", key);
    *h = v[1];
    *w = v[2];
    return TFGT_OK;
}

/* ---- weight ranges: one, or one per output channel (tfgt extension) ----- */

/* Filter/weight ranges at inputs 4 and 5: scalars as TensorFlow has them,
 * or 1-D with one range per output channel.  Per channel, each channel's
 * exact int32 sum is rescaled to the widest channel's step, so the output
 * stays one ordinary qint32 tensor with one range (that of the widest
 * channel) and everything downstream is unchanged; with scalar ranges the
 * arithmetic is TensorFlow's, bit for bit. */
typedef struct weight_ranges {
    int64_t n;         /* 1, or the output channels */
    int32_t *offsets;  /* per channel: the code of 0.0 */
    double *ratios;    /* per channel: its step / the widest step */
    float min, max;    /* the widest channel's range */
    bool per_channel;
} weight_ranges;

static void weight_ranges_free(weight_ranges *w)
{
    free(w->offsets);
    free(w->ratios);
}

static tfgt_status read_weight_ranges(tfgt_kernel_context *ctx, int64_t channels,
                                      const char *name_min, const char *name_max, bool nonzero,
                                      weight_ranges *w)
{
    const tfgt_tensor *tmin = ctx->inputs[4], *tmax = ctx->inputs[5];
    double widest = -1;
    memset(w, 0, sizeof *w);
    if (tmin->dtype != TFGT_DT_FLOAT || tmax->dtype != TFGT_DT_FLOAT)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s and %s must be float",
                                name_min, name_max);
    if (tmin->count != tmax->count || (tmin->count != 1 && tmin->count != channels) ||
        tmin->rank > 1 || tmax->rank > 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "%s and %s must be scalars or hold one value per output channel "
                                "(%lld); they hold %lld and %lld",
                                name_min, name_max, (long long)channels, (long long)tmin->count,
                                (long long)tmax->count);
    w->per_channel = tmin->count > 1 || tmin->rank == 1;
    w->n = channels;
    w->offsets = malloc((size_t)(channels ? channels : 1) * sizeof *w->offsets);
    w->ratios = malloc((size_t)(channels ? channels : 1) * sizeof *w->ratios);
    if (!w->offsets || !w->ratios) {
        weight_ranges_free(w);
        return tfgt_kernel_fail(ctx, TFGT_E_NO_MEMORY, "out of memory");
    }
    for (int64_t c = 0; c < tmin->count; c++) {
        float mn = ((const float *)tmin->data)[c], mx = ((const float *)tmax->data)[c];
        if (!isfinite(mn) || !isfinite(mx) || mn > mx || (nonzero && mn == mx)) {
            weight_ranges_free(w);
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "%s range %lld [%g, %g] is not a finite, %s range", name_min,
                                    (long long)c, (double)mn, (double)mx,
                                    nonzero ? "non-zero-width" : "ordered");
        }
        if ((double)(mx - mn) > widest) {
            widest = (double)(mx - mn);
            w->min = mn;
            w->max = mx;
        }
    }
    for (int64_t c = 0; c < channels; c++) {
        int64_t k = tmin->count == 1 ? 0 : c;
        float mn = ((const float *)tmin->data)[k], mx = ((const float *)tmax->data)[k];
        if (c > 0 && k == 0) { /* one range for all: the same values */
            w->offsets[c] = w->offsets[0];
            w->ratios[c] = w->ratios[0];
            continue;
        }
        w->offsets[c] = (int32_t)tfgt_float_to_quantized_unclamped(0.0f, mn, mx, TFGT_DT_QUINT8);
        w->ratios[c] = widest > 0 ? (double)(mx - mn) / widest : 1.0;
    }
    return TFGT_OK;
}

/* Per-channel sums onto the widest channel's step. */
static void rescale_channels(const weight_ranges *w, int32_t *y, int64_t count)
{
    if (!w->per_channel)
        return;
    for (int64_t i = 0; i < count; i++)
        y[i] = (int32_t)llround((double)y[i] * w->ratios[i % w->n]);
}

/* ---- the integer GEMM behind QuantizedConv2D and QuantizedMatMul ---------- */

/* C[i][j] = sum_k A[i][k] * B[j][k] over offset-corrected codes held as
 * int16 (|code - offset| <= 510, so each pairwise product sum fits int32
 * exactly and the 32-bit accumulation is the same on every path).  Rows
 * are padded with zeros to a multiple of 32.  The AVX-512 VNNI path
 * (vpdpwssd) or the AVX2 one (vpmaddwd) is chosen at run time; `_tfgt_isa`
 * = "avx2" skips VNNI, "generic" forces the portable loop and "reference"
 * the direct loops of the kernels below. */
typedef struct qgemm_job {
    const int16_t *a, *b;
    int32_t *c;
    int64_t n, kp;
    bool avx2, vnni;
} qgemm_job;

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#define QGEMM_X86 1
#include <immintrin.h>

__attribute__((target("avx2"))) static int32_t hsum_avx2(__m256i v)
{
    __m128i s = _mm_add_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0x4e));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0xb1));
    return _mm_cvtsi128_si32(s);
}

__attribute__((target("avx2"))) static void qgemm_row_avx2(const int16_t *a, const int16_t *b,
                                                           int32_t *c, int64_t n, int64_t kp)
{
    int64_t j = 0;
    for (; j + 4 <= n; j += 4) {
        __m256i s0 = _mm256_setzero_si256(), s1 = s0, s2 = s0, s3 = s0;
        const int16_t *b0 = b + j * kp, *b1 = b0 + kp, *b2 = b1 + kp, *b3 = b2 + kp;
        for (int64_t k = 0; k < kp; k += 16) {
            __m256i va = _mm256_loadu_si256((const __m256i *)(a + k));
            s0 = _mm256_add_epi32(s0, _mm256_madd_epi16(va, _mm256_loadu_si256((const __m256i *)(b0 + k))));
            s1 = _mm256_add_epi32(s1, _mm256_madd_epi16(va, _mm256_loadu_si256((const __m256i *)(b1 + k))));
            s2 = _mm256_add_epi32(s2, _mm256_madd_epi16(va, _mm256_loadu_si256((const __m256i *)(b2 + k))));
            s3 = _mm256_add_epi32(s3, _mm256_madd_epi16(va, _mm256_loadu_si256((const __m256i *)(b3 + k))));
        }
        c[j] = hsum_avx2(s0);
        c[j + 1] = hsum_avx2(s1);
        c[j + 2] = hsum_avx2(s2);
        c[j + 3] = hsum_avx2(s3);
    }
    for (; j < n; j++) {
        __m256i s0 = _mm256_setzero_si256();
        const int16_t *b0 = b + j * kp;
        for (int64_t k = 0; k < kp; k += 16)
            s0 = _mm256_add_epi32(s0, _mm256_madd_epi16(_mm256_loadu_si256((const __m256i *)(a + k)),
                                                        _mm256_loadu_si256((const __m256i *)(b0 + k))));
        c[j] = hsum_avx2(s0);
    }
}

/* AVX-512 VNNI: vpdpwssd multiplies int16 pairs and accumulates into int32
 * in one instruction, 32 codes at a time (rows padded to 32). */
__attribute__((target("avx512f,avx512bw,avx512vnni"))) static void
qgemm_row_vnni(const int16_t *a, const int16_t *b, int32_t *c, int64_t n, int64_t kp)
{
    int64_t j = 0;
    for (; j + 4 <= n; j += 4) {
        __m512i s0 = _mm512_setzero_si512(), s1 = s0, s2 = s0, s3 = s0;
        const int16_t *b0 = b + j * kp, *b1 = b0 + kp, *b2 = b1 + kp, *b3 = b2 + kp;
        for (int64_t k = 0; k < kp; k += 32) {
            __m512i va = _mm512_loadu_si512(a + k);
            s0 = _mm512_dpwssd_epi32(s0, va, _mm512_loadu_si512(b0 + k));
            s1 = _mm512_dpwssd_epi32(s1, va, _mm512_loadu_si512(b1 + k));
            s2 = _mm512_dpwssd_epi32(s2, va, _mm512_loadu_si512(b2 + k));
            s3 = _mm512_dpwssd_epi32(s3, va, _mm512_loadu_si512(b3 + k));
        }
        c[j] = _mm512_reduce_add_epi32(s0);
        c[j + 1] = _mm512_reduce_add_epi32(s1);
        c[j + 2] = _mm512_reduce_add_epi32(s2);
        c[j + 3] = _mm512_reduce_add_epi32(s3);
    }
    for (; j < n; j++) {
        __m512i s0 = _mm512_setzero_si512();
        const int16_t *b0 = b + j * kp;
        for (int64_t k = 0; k < kp; k += 32)
            s0 = _mm512_dpwssd_epi32(s0, _mm512_loadu_si512(a + k), _mm512_loadu_si512(b0 + k));
        c[j] = _mm512_reduce_add_epi32(s0);
    }
}
#endif

static void qgemm_row_generic(const int16_t *a, const int16_t *b, int32_t *c, int64_t n,
                              int64_t kp)
{
    for (int64_t j = 0; j < n; j++) {
        const int16_t *bj = b + j * kp;
        int32_t sum = 0;
        for (int64_t k = 0; k < kp; k++)
            sum += (int32_t)a[k] * (int32_t)bj[k];
        c[j] = sum;
    }
}

static tfgt_status qgemm_rows(void *arg, int64_t begin, int64_t end)
{
    const qgemm_job *job = arg;
    for (int64_t i = begin; i < end; i++) {
#if QGEMM_X86
        if (job->vnni) {
            qgemm_row_vnni(job->a + i * job->kp, job->b, job->c + i * job->n, job->n, job->kp);
            continue;
        }
        if (job->avx2) {
            qgemm_row_avx2(job->a + i * job->kp, job->b, job->c + i * job->n, job->n, job->kp);
            continue;
        }
#endif
        qgemm_row_generic(job->a + i * job->kp, job->b, job->c + i * job->n, job->n, job->kp);
    }
    return TFGT_OK;
}

/* QPATH_VNNI8 is tfgt_qgemm_u8 (bytes, vpdpbusd); the others widen to
 * int16 first: QPATH_VNNI (vpdpwssd, "_tfgt_isa" = "avx512"), AVX2 and
 * generic.  Every path gives the same bits. */
typedef enum { QPATH_REFERENCE, QPATH_GENERIC, QPATH_AVX2, QPATH_VNNI, QPATH_VNNI8 } qgemm_path;

static qgemm_path choose_path(tfgt_kernel_context *ctx)
{
    char isa[32];
    tfgt_kernel_attr_string(ctx, "_tfgt_isa", "", isa, sizeof isa);
    if (strcmp(isa, "reference") == 0)
        return QPATH_REFERENCE;
    if (strcmp(isa, "generic") == 0)
        return QPATH_GENERIC;
#if QGEMM_X86
    if (strcmp(isa, "avx2") != 0 && strcmp(isa, "avx512") != 0 && tfgt_cpu_avx512_vnni())
        return QPATH_VNNI8;
    if (strcmp(isa, "avx2") != 0 && __builtin_cpu_supports("avx512vnni") &&
        __builtin_cpu_supports("avx512bw"))
        return QPATH_VNNI;
    if (__builtin_cpu_supports("avx2"))
        return QPATH_AVX2;
#endif
    return QPATH_GENERIC;
}

/* An int16 scratch matrix of rows x kp, zero-filled, within the limit. */
static tfgt_tensor *scratch16(tfgt_kernel_context *ctx, int64_t rows, int64_t kp)
{
    int64_t dims[2] = {rows, kp};
    tfgt_error inner;
    tfgt_tensor *t = tfgt_tensor_new(TFGT_DT_INT16, 2, dims, ctx->memory_limit, &inner);
    if (!t)
        tfgt_kernel_fail(ctx, inner.status, "scratch for the integer GEMM: %s", inner.message);
    return t;
}

static tfgt_status run_qgemm(tfgt_kernel_context *ctx, qgemm_path path, const tfgt_tensor *a,
                             const tfgt_tensor *b, int32_t *c)
{
    qgemm_job job = {a->data, b->data, c, b->dims[0], a->dims[1], path == QPATH_AVX2,
                     path == QPATH_VNNI};
    int64_t grain = job.n * job.kp > 0 ? (1 << 16) / (job.n * job.kp) + 1 : 1;
    return tfgt_parallel_for(ctx->threads, a->dims[0], grain, qgemm_rows, &job);
}

/* ---- QuantizedConv2D ------------------------------------------------------ */

/* im2col in bytes, for tfgt_qgemm_u8: taps outside the image get the code
 * of 0.0 (off_in), which the offset correction turns into exactly 0. */
typedef struct im2col_u8 {
    const uint8_t *x;
    window wh, ww;
    int64_t depth;
    uint8_t pad_code;
} im2col_u8;

/* Short runs of bytes (a few taps of a thin image) copied with two
 * overlapping fixed-size moves instead of a call to memcpy. */
static inline void copy_run(uint8_t *d, const uint8_t *s, int64_t n)
{
    if (n >= 8 && n <= 16) {
        uint64_t a, b;
        memcpy(&a, s, 8);
        memcpy(&b, s + n - 8, 8);
        memcpy(d, &a, 8);
        memcpy(d + n - 8, &b, 8);
    } else if (n >= 4 && n < 8) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        memcpy(d, &a, 4);
        memcpy(d + n - 4, &b, 4);
    } else {
        memcpy(d, s, (size_t)n);
    }
}

static void im2col_u8_rows(const void *arg, int64_t row0, int64_t rows, uint8_t *dst,
                           int64_t ld)
{
    const im2col_u8 *g = arg;
    const int64_t per_image = g->wh.out * g->ww.out, run = g->ww.k * g->depth;
    const int64_t image_bytes = g->wh.in * g->ww.in * g->depth, line = g->ww.in * g->depth;
    /* the first row's position, then stepped along (no division per row) */
    int64_t b = row0 / per_image, oy = row0 % per_image / g->ww.out, ox = row0 % g->ww.out;
    for (int64_t r = 0; r < rows; r++) {
        const uint8_t *image = g->x + b * image_bytes;
        uint8_t *d = dst + r * ld;
        int64_t ix0 = ox * g->ww.stride - g->ww.pad, iy0 = oy * g->wh.stride - g->wh.pad;
        bool inside = ix0 >= 0 && ix0 + g->ww.k <= g->ww.in;
        for (int64_t ky = 0; ky < g->wh.k; ky++, d += run) {
            int64_t iy = iy0 + ky;
            if (iy < 0 || iy >= g->wh.in) {
                memset(d, g->pad_code, (size_t)run);
            } else if (inside) {
                /* the whole row of taps is one run of pixels */
                copy_run(d, image + iy * line + ix0 * g->depth, run);
            } else {
                for (int64_t kx = 0; kx < g->ww.k; kx++) {
                    int64_t ix = ix0 + kx;
                    if (ix < 0 || ix >= g->ww.in)
                        memset(d + kx * g->depth, g->pad_code, (size_t)g->depth);
                    else
                        copy_run(d + kx * g->depth, image + iy * line + ix * g->depth,
                                 g->depth);
                }
            }
        }
        if (++ox == g->ww.out) {
            ox = 0;
            if (++oy == g->wh.out) {
                oy = 0;
                b++;
            }
        }
    }
}

/* The conv as one tfgt_qgemm_u8 (per-channel rescaling included): a 1x1,
 * stride-1 conv reads the input in place, others go through im2col.
 * TFGT_E_UNSUPPORTED when the product cannot run that way. */
static tfgt_status conv_vnni8(tfgt_kernel_context *ctx, const tfgt_tensor *in,
                              const tfgt_tensor *filter, const window *wh, const window *ww,
                              const int64_t dims[4], int64_t off_in, const weight_ranges *wr,
                              int32_t *out)
{
    int64_t depth = in->dims[3], oc = dims[3], kk = wh->k * ww->k * depth;
    bool padded = wh->pad > 0 || ww->pad > 0 || (wh->out - 1) * wh->stride + wh->k > wh->in ||
                  (ww->out - 1) * ww->stride + ww->k > ww->in;
    bool direct = wh->k == 1 && ww->k == 1 && wh->stride == 1 && ww->stride == 1 && !padded &&
                  depth % 4 == 0;
    im2col_u8 im = {in->data, *wh, *ww, depth, (uint8_t)off_in};
    double *ratios = NULL;
    tfgt_qgemm_args g;
    tfgt_status st;
    if (padded && (off_in < 0 || off_in > 255))
        return TFGT_E_UNSUPPORTED;
    memset(&g, 0, sizeof g);
    g.m = dims[0] * dims[1] * dims[2];
    g.n = oc;
    g.k = kk;
    if (direct) {
        g.a = in->data;
        g.lda = depth;
    } else {
        g.fill_rows = im2col_u8_rows;
        g.fill_arg = &im;
    }
    g.b = filter->data;
    g.b_stride_k = oc;
    g.b_stride_n = 1;
    g.a_offset = (int32_t)off_in;
    g.b_offsets = wr->offsets;
    if (wr->per_channel) {
        ratios = wr->ratios;
    }
    g.ratios = ratios;
    g.c = out;
    g.ldc = oc;
    st = tfgt_qgemm_u8(ctx->threads, &g);
    if (st == TFGT_E_NO_MEMORY)
        return tfgt_kernel_fail(ctx, st, "out of memory in the integer GEMM");
    return st;
}

static tfgt_status kernel_quantized_conv2d(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in = ctx->inputs[0], *filter = ctx->inputs[1];
    float min_in, max_in, min_out, max_out;
    int64_t sh, sw, dil[4], off_in, dims[4];
    weight_ranges wr;
    qgemm_path path;
    window wh = {0, 0, 0, 0, 0}, ww = {0, 0, 0, 0, 0};
    bool same = false;
    tfgt_tensor *out;
    tfgt_status st;
    bool rescaled = false;
    int n_dil;

    if ((st = require_type(ctx, 0, TFGT_DT_QUINT8, "input")) != TFGT_OK ||
        (st = require_type(ctx, 1, TFGT_DT_QUINT8, "filter")) != TFGT_OK ||
        (st = read_range_pair(ctx, 2, "min_input", "max_input", &min_in, &max_in)) != TFGT_OK ||
        (st = tfgt_read_padding_same(ctx, &same)) != TFGT_OK ||
        (st = read_hw(ctx, "strides", &sh, &sw)) != TFGT_OK)
        return st;
    if (sh != sw)
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED,
                                "row and column strides must be equal (%lld and %lld)",
                                (long long)sh, (long long)sw);
    n_dil = tfgt_kernel_attr_ints(ctx, "dilations", dil, 4);
    for (int i = 0; i < n_dil && i < 4; i++)
        if (dil[i] != 1)
            return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "dilations must all be 1");
    if (in->rank != 4 || filter->rank != 4)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "input and filter must be 4-D (NHWC, HWIO), not %d-D and %d-D",
                                in->rank, filter->rank);
    if (filter->dims[2] != in->dims[3])
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "filter depth %lld differs from input depth %lld",
                                (long long)filter->dims[2], (long long)in->dims[3]);
    if ((st = tfgt_qwindow_make(ctx, "rows", same, in->dims[1], filter->dims[0], sh, &wh)) != TFGT_OK ||
        (st = tfgt_qwindow_make(ctx, "columns", same, in->dims[2], filter->dims[1], sw, &ww)) != TFGT_OK)
        return st;
    dims[0] = in->dims[0];
    dims[1] = wh.out;
    dims[2] = ww.out;
    dims[3] = filter->dims[3];
    if ((st = read_weight_ranges(ctx, dims[3], "min_filter", "max_filter", false, &wr)) != TFGT_OK)
        return st;
    path = choose_path(ctx);
    /* only the reference loops accumulate into the output */
    out = path == QPATH_REFERENCE ? tfgt_kernel_output(ctx, 0, TFGT_DT_QINT32, 4, dims)
                                  : tfgt_kernel_output_uninit(ctx, 0, TFGT_DT_QINT32, 4, dims);
    if (!out) {
        weight_ranges_free(&wr);
        return failed(ctx);
    }
    off_in = tfgt_float_to_quantized_unclamped(0.0f, min_in, max_in, TFGT_DT_QUINT8);
    if (path == QPATH_VNNI8) {
        st = conv_vnni8(ctx, in, filter, &wh, &ww, dims, off_in, &wr, out->data);
        if (st == TFGT_OK) {
            rescaled = true;
            goto done;
        }
        if (st != TFGT_E_UNSUPPORTED) {
            weight_ranges_free(&wr);
            return st;
        }
        path = QPATH_VNNI; /* padding that no code can represent: int16 */
    }
    if (path != QPATH_REFERENCE) {
        /* im2col into int16 (padding taps are 0 after the offset), filter
         * transposed to one row per output channel, then the GEMM */
        int64_t depth = in->dims[3], oc = dims[3], kk = wh.k * ww.k * depth;
        int64_t kp = (kk + 31) / 32 * 32, rows = dims[0] * wh.out * ww.out;
        tfgt_tensor *cols = scratch16(ctx, rows, kp), *ft = cols ? scratch16(ctx, oc, kp) : NULL;
        const uint8_t *x = in->data, *f = filter->data;
        if (!cols || !ft) {
            tfgt_tensor_free(cols);
            weight_ranges_free(&wr);
            return failed(ctx);
        }
        for (int64_t o = 0; o < oc; o++)
            for (int64_t t = 0; t < kk; t++)
                ((int16_t *)ft->data)[o * kp + t] = (int16_t)((int32_t)f[t * oc + o] - wr.offsets[o]);
        for (int64_t b = 0, r = 0; b < dims[0]; b++)
            for (int64_t oy = 0; oy < wh.out; oy++)
                for (int64_t ox = 0; ox < ww.out; ox++, r++) {
                    int16_t *row = (int16_t *)cols->data + r * kp;
                    for (int64_t ky = 0; ky < wh.k; ky++) {
                        int64_t iy = oy * wh.stride + ky - wh.pad;
                        if (iy < 0 || iy >= wh.in)
                            continue;
                        for (int64_t kx = 0; kx < ww.k; kx++) {
                            int64_t ix = ox * ww.stride + kx - ww.pad;
                            const uint8_t *px;
                            int16_t *dst = row + (ky * ww.k + kx) * depth;
                            if (ix < 0 || ix >= ww.in)
                                continue;
                            px = x + ((b * wh.in + iy) * ww.in + ix) * depth;
                            for (int64_t ch = 0; ch < depth; ch++)
                                dst[ch] = (int16_t)((int32_t)px[ch] - (int32_t)off_in);
                        }
                    }
                }
        st = run_qgemm(ctx, path, cols, ft, out->data);
        tfgt_tensor_free(cols);
        tfgt_tensor_free(ft);
        if (st != TFGT_OK) {
            weight_ranges_free(&wr);
            return st;
        }
    } else {
        const uint8_t *x = in->data, *f = filter->data;
        int32_t *y = out->data;
        int64_t depth = in->dims[3], oc = dims[3];
        for (int64_t b = 0; b < dims[0]; b++)
            for (int64_t oy = 0; oy < wh.out; oy++)
                for (int64_t ox = 0; ox < ww.out; ox++) {
                    int32_t *row = y + ((b * wh.out + oy) * ww.out + ox) * oc;
                    for (int64_t ky = 0; ky < wh.k; ky++) {
                        int64_t iy = oy * wh.stride + ky - wh.pad;
                        if (iy < 0 || iy >= wh.in)
                            continue;
                        for (int64_t kx = 0; kx < ww.k; kx++) {
                            int64_t ix = ox * ww.stride + kx - ww.pad;
                            const uint8_t *px, *fk;
                            if (ix < 0 || ix >= ww.in)
                                continue;
                            px = x + ((b * wh.in + iy) * ww.in + ix) * depth;
                            fk = f + (ky * ww.k + kx) * depth * oc;
                            for (int64_t c = 0; c < depth; c++) {
                                int32_t a = (int32_t)px[c] - (int32_t)off_in;
                                const uint8_t *fc = fk + c * oc;
                                for (int64_t o = 0; o < oc; o++)
                                    row[o] += a * ((int32_t)fc[o] - wr.offsets[o]);
                            }
                        }
                    }
                }
    }
    if (!rescaled)
        rescale_channels(&wr, out->data, out->count);
done:
    tfgt_range_for_multiplication(min_in, max_in, TFGT_DT_QUINT8, wr.min, wr.max, TFGT_DT_QUINT8,
                                  &min_out, &max_out);
    weight_ranges_free(&wr);
    if ((st = tfgt_output_scalar(ctx, 1, min_out)) != TFGT_OK)
        return st;
    return tfgt_output_scalar(ctx, 2, max_out);
}

/* ---- QuantizedMatMul ------------------------------------------------------- */

/* Rows of op(A) for tfgt_qgemm_u8 when A is transposed or its rows are not
 * a multiple of 4 bytes. */
static tfgt_status kernel_quantized_matmul(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *a = ctx->inputs[0], *b = ctx->inputs[1];
    bool ta = tfgt_kernel_attr_bool(ctx, "transpose_a", false);
    bool tb = tfgt_kernel_attr_bool(ctx, "transpose_b", false);
    float min_a, max_a, min_c, max_c;
    int64_t m, k, kb, n, off_a, dims[2];
    weight_ranges wr;
    qgemm_path path;
    tfgt_tensor *out;
    tfgt_status st;
    bool rescaled = false;
    if ((st = require_type(ctx, 0, TFGT_DT_QUINT8, "a")) != TFGT_OK ||
        (st = require_type(ctx, 1, TFGT_DT_QUINT8, "b")) != TFGT_OK ||
        (st = read_range_pair(ctx, 2, "min_a", "max_a", &min_a, &max_a)) != TFGT_OK)
        return st;
    if (a->rank != 2 || b->rank != 2)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "a and b must be matrices");
    if (min_a == max_a)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "a has a zero-width range [%g, %g]",
                                (double)min_a, (double)max_a);
    m = ta ? a->dims[1] : a->dims[0];
    k = ta ? a->dims[0] : a->dims[1];
    kb = tb ? b->dims[1] : b->dims[0];
    n = tb ? b->dims[0] : b->dims[1];
    if (k != kb)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "inner dimensions differ: %lld and %lld", (long long)k,
                                (long long)kb);
    dims[0] = m;
    dims[1] = n;
    if ((st = read_weight_ranges(ctx, n, "min_b", "max_b", true, &wr)) != TFGT_OK)
        return st;
    path = choose_path(ctx);
    out = path == QPATH_REFERENCE ? tfgt_kernel_output(ctx, 0, TFGT_DT_QINT32, 2, dims)
                                  : tfgt_kernel_output_uninit(ctx, 0, TFGT_DT_QINT32, 2, dims);
    if (!out) {
        weight_ranges_free(&wr);
        return failed(ctx);
    }
    off_a = tfgt_float_to_quantized_unclamped(0.0f, min_a, max_a, TFGT_DT_QUINT8);
    if (path == QPATH_VNNI8) {
        tfgt_qgemm_matrix rows = {a->data, m, k, ta};
        tfgt_qgemm_args g;
        memset(&g, 0, sizeof g);
        tfgt_qgemm_use_matrix(&g, &rows);
        g.n = n;
        g.b = b->data;
        g.b_stride_k = tb ? 1 : n;
        g.b_stride_n = tb ? k : 1;
        g.a_offset = (int32_t)off_a;
        g.b_offsets = wr.offsets;
        g.ratios = wr.per_channel ? wr.ratios : NULL;
        g.c = out->data;
        g.ldc = n;
        st = tfgt_qgemm_u8(ctx->threads, &g);
        if (st == TFGT_OK) {
            rescaled = true;
            goto done;
        }
        if (st != TFGT_E_UNSUPPORTED) {
            weight_ranges_free(&wr);
            return tfgt_kernel_fail(ctx, st, "out of memory in the integer GEMM");
        }
        path = QPATH_VNNI;
    }
    if (path != QPATH_REFERENCE) {
        int64_t kp = (k + 31) / 32 * 32;
        tfgt_tensor *am = scratch16(ctx, m, kp), *bm = am ? scratch16(ctx, n, kp) : NULL;
        const uint8_t *pa = a->data, *pb = b->data;
        if (!am || !bm) {
            tfgt_tensor_free(am);
            weight_ranges_free(&wr);
            return failed(ctx);
        }
        for (int64_t i = 0; i < m; i++)
            for (int64_t p = 0; p < k; p++)
                ((int16_t *)am->data)[i * kp + p] =
                    (int16_t)((int32_t)(ta ? pa[p * m + i] : pa[i * k + p]) - (int32_t)off_a);
        for (int64_t j = 0; j < n; j++)
            for (int64_t p = 0; p < k; p++)
                ((int16_t *)bm->data)[j * kp + p] =
                    (int16_t)((int32_t)(tb ? pb[j * k + p] : pb[p * n + j]) - wr.offsets[j]);
        st = run_qgemm(ctx, path, am, bm, out->data);
        tfgt_tensor_free(am);
        tfgt_tensor_free(bm);
        if (st != TFGT_OK) {
            weight_ranges_free(&wr);
            return st;
        }
    } else {
        const uint8_t *pa = a->data, *pb = b->data;
        int32_t *pc = out->data;
        for (int64_t i = 0; i < m; i++)
            for (int64_t p = 0; p < k; p++) {
                int32_t av = (int32_t)(ta ? pa[p * m + i] : pa[i * k + p]) - (int32_t)off_a;
                for (int64_t j = 0; j < n; j++)
                    pc[i * n + j] +=
                        av * ((int32_t)(tb ? pb[j * k + p] : pb[p * n + j]) - wr.offsets[j]);
            }
    }
    if (!rescaled)
        rescale_channels(&wr, out->data, out->count);
done:
    tfgt_range_for_multiplication(min_a, max_a, TFGT_DT_QUINT8, wr.min, wr.max, TFGT_DT_QUINT8,
                                  &min_c, &max_c);
    weight_ranges_free(&wr);
    if ((st = tfgt_output_scalar(ctx, 1, min_c)) != TFGT_OK)
        return st;
    return tfgt_output_scalar(ctx, 2, max_c);
}

/* ---- broadcasting -------------------------------------------------------------- */

/* numpy-style broadcast of a and b: output dims, and for each output
 * element the flat index into each operand (computed on the fly). */
typedef struct bcast {
    int rank;
    int64_t dims[TFGT_MAX_RANK], sa[TFGT_MAX_RANK], sb[TFGT_MAX_RANK];
    int64_t count;
} bcast;

/* Whether `small`, leading 1s dropped, has exactly `big`'s last dims. */
static bool trailing_dims(const tfgt_tensor *big, const tfgt_tensor *small)
{
    int first = 0, n;
    while (first < small->rank && small->dims[first] == 1)
        first++;
    n = small->rank - first;
    if (n == 0 || n > big->rank)
        return false;
    for (int d = 0; d < n; d++)
        if (small->dims[first + d] != big->dims[big->rank - n + d])
            return false;
    return true;
}

static tfgt_status make_bcast(tfgt_kernel_context *ctx, const tfgt_tensor *a,
                              const tfgt_tensor *b, bcast *bc)
{
    int rank = a->rank > b->rank ? a->rank : b->rank;
    bool same = tfgt_tensor_same_shape(a, b) || (a->rank == b->rank && a->count == b->count &&
                                                 !memcmp(a->dims, b->dims,
                                                         (size_t)a->rank * sizeof a->dims[0]));
    /* TensorFlow's eight-bit Add and Mul repeat the smaller operand
     * cyclically over the larger one's flat elements: right when it is a
     * scalar or, leading 1s aside, the larger one's trailing dimensions
     * ([C] or [1,1,1,C] against [N,H,W,C]).  Other broadcasts (e.g.
     * [1,H,W,1]) TensorFlow computes wrongly; tfgt refuses them. */
    bool scalar = a->count == 1 || b->count == 1;
    bool vector = trailing_dims(a, b) || trailing_dims(b, a);
    if (!same && !scalar && !vector)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "eight-bit broadcast supports a scalar or the other operand's "
                                "trailing dimensions only");
    int64_t stride_a = 1, stride_b = 1;
    bc->rank = rank;
    bc->count = 1;
    for (int d = rank - 1; d >= 0; d--) {
        int ia = d - (rank - a->rank), ib = d - (rank - b->rank);
        int64_t da = ia >= 0 ? a->dims[ia] : 1, db = ib >= 0 ? b->dims[ib] : 1;
        if (da != db && da != 1 && db != 1)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "shapes do not broadcast (dimension %d: %lld vs %lld)", d,
                                    (long long)da, (long long)db);
        bc->dims[d] = da > db ? da : db;
        if (da == 0 || db == 0)
            bc->dims[d] = 0;
        bc->sa[d] = da == 1 ? 0 : stride_a;
        bc->sb[d] = db == 1 ? 0 : stride_b;
        stride_a *= da;
        stride_b *= db;
        bc->count *= bc->dims[d];
    }
    return TFGT_OK;
}

static void bcast_index(const bcast *bc, int64_t i, int64_t *ia, int64_t *ib)
{
    *ia = *ib = 0;
    for (int d = bc->rank - 1; d >= 0; d--) {
        int64_t coord = bc->dims[d] ? i % bc->dims[d] : 0;
        i = bc->dims[d] ? i / bc->dims[d] : 0;
        *ia += coord * bc->sa[d];
        *ib += coord * bc->sb[d];
    }
}

/* ---- fast elementwise paths (quint8 operands) ----------------------------- */

/* Which variant an elementwise kernel runs: "_tfgt_isa" = "reference"
 * keeps the scalar loops above, AVX-512 needs F/BW/DQ/VL, anything else
 * runs the portable loops. */
typedef enum { EW_REFERENCE, EW_GENERIC, EW_AVX512 } ew_path;

static ew_path ew_choose(const tfgt_kernel_context *ctx)
{
    tfgt_isa isa = tfgt_kernel_isa(ctx);
    if (isa == TFGT_ISA_REFERENCE)
        return EW_REFERENCE;
    if (isa == TFGT_ISA_AVX512 && tfgt_cpu_avx512_int())
        return EW_AVX512;
    return EW_GENERIC;
}

/* Below this many elements a kernel stays on one thread.  The quint8
 * elementwise kernels (here and in quantize.c) share it, so a tensor is
 * split the same way from op to op and each thread finds its part of the
 * previous op's output in its own cache. */
#define EW_GRAIN ((int64_t)1 << 14)

/* QuantizedAdd as uint32 arithmetic: TensorFlow's int64 sum truncated to
 * int32 is the same sum modulo 2^32, so each output is
 *   periodic:  f[i] * mf + t[i % c]         (t folds in the other operand)
 *   two full:  f[i] * mf + g[i] * mg + k
 * where t has c + 16 entries (t[j] = t[j % c]) so 16 consecutive outputs
 * read 16 consecutive entries whatever the phase. */
typedef struct add_job {
    const uint8_t *f, *g;
    uint32_t mf, mg, k;
    const uint32_t *t;
    int64_t c;
    int32_t *out;
    ew_path path;
} add_job;

#if QGEMM_X86
__attribute__((target("avx512f,avx512bw,avx512dq,avx512vl"))) static int64_t
add_avx512(const add_job *j, int64_t i, int64_t end, int64_t *phase)
{
    __m512i vf = _mm512_set1_epi32((int)j->mf), vg = _mm512_set1_epi32((int)j->mg);
    __m512i vk = _mm512_set1_epi32((int)j->k);
    int64_t p = *phase;
    if (j->g) {
        for (; i + 16 <= end; i += 16) {
            __m512i a = _mm512_cvtepu8_epi32(_mm_loadu_si128((const __m128i *)(j->f + i)));
            __m512i b = _mm512_cvtepu8_epi32(_mm_loadu_si128((const __m128i *)(j->g + i)));
            __m512i r = _mm512_add_epi32(_mm512_mullo_epi32(a, vf), _mm512_mullo_epi32(b, vg));
            _mm512_storeu_si512(j->out + i, _mm512_add_epi32(r, vk));
        }
        return i;
    }
    for (; i + 16 <= end; i += 16) {
        __m512i a = _mm512_cvtepu8_epi32(_mm_loadu_si128((const __m128i *)(j->f + i)));
        __m512i t = _mm512_loadu_si512(j->t + p);
        _mm512_storeu_si512(j->out + i, _mm512_add_epi32(_mm512_mullo_epi32(a, vf), t));
        p += 16;
        if (p >= j->c)
            p %= j->c;
    }
    *phase = p;
    return i;
}
#endif

static tfgt_status add_range(void *arg, int64_t begin, int64_t end)
{
    const add_job *j = arg;
    int64_t i = begin, p = j->g ? 0 : begin % j->c;
#if QGEMM_X86
    if (j->path == EW_AVX512)
        i = add_avx512(j, i, end, &p);
#endif
    if (j->g) {
        for (; i < end; i++)
            j->out[i] = (int32_t)((uint32_t)j->f[i] * j->mf + (uint32_t)j->g[i] * j->mg + j->k);
        return TFGT_OK;
    }
    for (; i < end; i++) {
        j->out[i] = (int32_t)((uint32_t)j->f[i] * j->mf + j->t[p]);
        if (++p == j->c)
            p = 0;
    }
    return TFGT_OK;
}

/* The fast QuantizedAdd when both operands are quint8 and one of them
 * (linear, not the scalar special case) covers the whole output; false
 * when the reference loop must run. */
static bool quantized_add_fast(tfgt_kernel_context *ctx, ew_path path, const bcast *bc,
                               int32_t *out, const int64_t base[2], const int32_t mult[2],
                               const bool scalar[2], const int64_t scalar_value[2],
                               tfgt_status *st)
{
    const tfgt_tensor *op[2] = {ctx->inputs[0], ctx->inputs[1]};
    int64_t n = bc->count, last = bc->rank ? bc->dims[bc->rank - 1] : 1;
    add_job job;
    int full;
    if (path == EW_REFERENCE || op[0]->dtype != TFGT_DT_QUINT8 ||
        op[1]->dtype != TFGT_DT_QUINT8 || n <= 0)
        return false;
    memset(&job, 0, sizeof job);
    job.out = out;
    job.path = path;
    if (op[0]->count == n && op[1]->count == n && !scalar[0] && !scalar[1]) {
        job.f = op[0]->data;
        job.g = op[1]->data;
        job.mf = (uint32_t)mult[0];
        job.mg = (uint32_t)mult[1];
        job.k = (uint32_t)base[0] + (uint32_t)base[1];
        *st = tfgt_parallel_for(ctx->threads, n, EW_GRAIN, add_range, &job);
        return true;
    }
    full = op[0]->count == n && !scalar[0] ? 0 : op[1]->count == n && !scalar[1] ? 1 : -1;
    if (full < 0)
        return false;
    {
        const tfgt_tensor *other = op[1 - full];
        const uint8_t *codes = other->data;
        int64_t c = other->count;
        uint32_t *t;
        /* the other operand is a scalar or a vector along the last dimension */
        if (c < 1 || n % c != 0 || (c != 1 && c != last && c != n))
            return false;
        t = malloc((size_t)(c + 16) * sizeof *t);
        if (!t) {
            *st = tfgt_kernel_fail(ctx, TFGT_E_NO_MEMORY, "out of memory");
            return true;
        }
        for (int64_t k = 0; k < c + 16; k++) {
            int o = 1 - full;
            uint32_t term = scalar[o] ? (uint32_t)scalar_value[o]
                                      : (uint32_t)base[o] + (uint32_t)codes[k % c] * (uint32_t)mult[o];
            t[k] = term + (uint32_t)base[full];
        }
        job.f = op[full]->data;
        job.mf = (uint32_t)mult[full];
        job.t = t;
        job.c = c;
        *st = tfgt_parallel_for(ctx->threads, n, EW_GRAIN, add_range, &job);
        free(t);
    }
    return true;
}

/* ---- QuantizedAdd, QuantizedBiasAdd, QuantizedMul ----------------------------- */


static tfgt_status kernel_quantized_add(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *x = ctx->inputs[0], *y = ctx->inputs[1];
    float min_x, max_x, min_y, max_y, min_z, max_z;
    int64_t lo, hi;
    bcast bc;
    tfgt_tensor *out;
    tfgt_status st;
    if (!tfgt_quant_limits(x->dtype, &lo, &hi) || !tfgt_quant_limits(y->dtype, &lo, &hi))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "x and y must be quantized types");
    if ((st = read_range_pair(ctx, 2, "min_x", "max_x", &min_x, &max_x)) != TFGT_OK ||
        (st = read_range_pair(ctx, 4, "min_y", "max_y", &min_y, &max_y)) != TFGT_OK ||
        (st = make_bcast(ctx, x, y, &bc)) != TFGT_OK)
        return st;
    out = tfgt_kernel_output_uninit(ctx, 0, TFGT_DT_QINT32, bc.rank, bc.dims);
    if (!out)
        return failed(ctx);
    tfgt_range_for_add(min_x, max_x, min_y, max_y, 14, &min_z, &max_z);
    /* each operand into the qint32 total range as TensorFlow's
     * RequantizeManyInNewRange<quint8, qint32> does it: linearly, from the
     * images of codes 0 and 1 */
    {
        int64_t x0 = tfgt_float_to_quantized_unclamped(
            tfgt_quantized_to_float(0, min_x, max_x, x->dtype), min_z, max_z, TFGT_DT_QINT32);
        int64_t x1 = tfgt_float_to_quantized_unclamped(
            tfgt_quantized_to_float(1, min_x, max_x, x->dtype), min_z, max_z, TFGT_DT_QINT32);
        int64_t y0 = tfgt_float_to_quantized_unclamped(
            tfgt_quantized_to_float(0, min_y, max_y, y->dtype), min_z, max_z, TFGT_DT_QINT32);
        int64_t y1 = tfgt_float_to_quantized_unclamped(
            tfgt_quantized_to_float(1, min_y, max_y, y->dtype), min_z, max_z, TFGT_DT_QINT32);
        int32_t mx = (int32_t)(x1 - x0), my = (int32_t)(y1 - y0);
        /* a scalar operand goes through RequantizeInNewRange (exact) */
        bool x_scalar = x->count == 1 && y->count != 1, y_scalar = y->count == 1;
        int64_t xs = x_scalar ? tfgt_float_to_quantized(tfgt_quantized_to_float(
                                                            tfgt_quant_get(x, 0), min_x, max_x,
                                                            x->dtype),
                                                        min_z, max_z, TFGT_DT_QINT32)
                              : 0;
        int64_t ys = y_scalar ? tfgt_float_to_quantized(tfgt_quantized_to_float(
                                                            tfgt_quant_get(y, 0), min_y, max_y,
                                                            y->dtype),
                                                        min_z, max_z, TFGT_DT_QINT32)
                              : 0;
        int64_t base[2] = {x0, y0}, svalue[2] = {xs, ys};
        int32_t mult[2] = {mx, my};
        bool scalar[2] = {x_scalar, y_scalar};
        if (quantized_add_fast(ctx, ew_choose(ctx), &bc, out->data, base, mult, scalar, svalue,
                               &st)) {
            if (st != TFGT_OK)
                return st;
        } else {
            for (int64_t i = 0; i < bc.count; i++) {
                int64_t ia, ib;
                bcast_index(&bc, i, &ia, &ib);
                ((int32_t *)out->data)[i] =
                    (int32_t)((x_scalar ? xs : x0 + tfgt_quant_get(x, ia) * mx) +
                              (y_scalar ? ys : y0 + tfgt_quant_get(y, ib) * my));
            }
        }
    }
    if ((st = tfgt_output_scalar(ctx, 1, min_z)) != TFGT_OK)
        return st;
    return tfgt_output_scalar(ctx, 2, max_z);
}

/* QuantizedAddUsingEigen: both operands through the float ("Eigen")
 * dequantizer and quantizer into the qint32 total range. */
static tfgt_status kernel_quantized_bias_add(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in = ctx->inputs[0], *bias = ctx->inputs[1];
    float min_in, max_in, min_b, max_b, min_out, max_out;
    int64_t lo, hi;
    tfgt_q2f qi, qb;
    tfgt_f2q fo;
    int64_t zero;
    tfgt_tensor *out;
    tfgt_status st;
    if (!tfgt_quant_limits(in->dtype, &lo, &hi) || !tfgt_quant_limits(bias->dtype, &lo, &hi))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "input and bias must be quantized types");
    if ((st = read_range_pair(ctx, 2, "min_input", "max_input", &min_in, &max_in)) != TFGT_OK ||
        (st = read_range_pair(ctx, 4, "min_bias", "max_bias", &min_b, &max_b)) != TFGT_OK)
        return st;
    if (bias->rank != 1 || in->rank < 1 || in->dims[in->rank - 1] != bias->dims[0])
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "bias must be a vector as long as the input's last dimension");
    out = tfgt_kernel_output(ctx, 0, TFGT_DT_QINT32, in->rank, in->dims);
    if (!out)
        return failed(ctx);
    tfgt_range_for_add(min_in, max_in, min_b, max_b, 17, &min_out, &max_out);
    qi = tfgt_q2f_make(min_in, max_in, in->dtype);
    qb = tfgt_q2f_make(min_b, max_b, bias->dtype);
    fo = tfgt_f2q_make(min_out, max_out, TFGT_DT_QINT32);
    /* TensorFlow adds the code of 0.0 in the total range too: 0 for most
     * ranges, -1 where min * scale rounds to -2^31 + 1 */
    zero = tfgt_float_to_quantized(0.0f, min_out, max_out, TFGT_DT_QINT32);
    for (int64_t i = 0; i < in->count; i++) {
        int64_t c = bias->dims[0] ? i % bias->dims[0] : 0;
        int64_t a = tfgt_f2q_apply(&fo, tfgt_q2f_apply(&qi, tfgt_quant_get(in, i)));
        int64_t b = tfgt_f2q_apply(&fo, tfgt_q2f_apply(&qb, tfgt_quant_get(bias, c)));
        ((int32_t *)out->data)[i] = (int32_t)(a + b + zero);
    }
    if ((st = tfgt_output_scalar(ctx, 1, min_out)) != TFGT_OK)
        return st;
    return tfgt_output_scalar(ctx, 2, max_out);
}

static tfgt_status kernel_quantized_mul(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *x = ctx->inputs[0], *y = ctx->inputs[1];
    float min_x, max_x, min_y, max_y, min_z, max_z;
    int64_t lo, hi, off_x, off_y;
    bcast bc;
    tfgt_tensor *out;
    tfgt_status st;
    if (!tfgt_quant_limits(x->dtype, &lo, &hi) || !tfgt_quant_limits(y->dtype, &lo, &hi))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "x and y must be quantized types");
    if ((st = read_range_pair(ctx, 2, "min_x", "max_x", &min_x, &max_x)) != TFGT_OK ||
        (st = read_range_pair(ctx, 4, "min_y", "max_y", &min_y, &max_y)) != TFGT_OK ||
        (st = make_bcast(ctx, x, y, &bc)) != TFGT_OK)
        return st;
    out = tfgt_kernel_output(ctx, 0, TFGT_DT_QINT32, bc.rank, bc.dims);
    if (!out)
        return failed(ctx);
    off_x = tfgt_float_to_quantized_unclamped(0.0f, min_x, max_x, x->dtype);
    off_y = tfgt_float_to_quantized_unclamped(0.0f, min_y, max_y, y->dtype);
    for (int64_t i = 0; i < bc.count; i++) {
        int64_t ia, ib;
        bcast_index(&bc, i, &ia, &ib);
        ((int32_t *)out->data)[i] = (int32_t)((tfgt_quant_get(x, ia) - off_x) *
                                              (tfgt_quant_get(y, ib) - off_y));
    }
    tfgt_range_for_multiplication(min_x, max_x, x->dtype, min_y, max_y, y->dtype, &min_z, &max_z);
    if ((st = tfgt_output_scalar(ctx, 1, min_z)) != TFGT_OK)
        return st;
    return tfgt_output_scalar(ctx, 2, max_z);
}

/* ---- QuantizedRelu, QuantizedRelu6, QuantizedReshape ----------------------- */

/* quint8 codes clamped to [lo, hi] (lo <= hi: zero <= top always). */
typedef struct clamp_job {
    const uint8_t *in;
    uint8_t *out;
    uint8_t lo, hi;
    ew_path path;
} clamp_job;

#if QGEMM_X86
__attribute__((target("avx512f,avx512bw"))) static int64_t clamp_avx512(const clamp_job *j,
                                                                        int64_t i, int64_t end)
{
    __m512i lo = _mm512_set1_epi8((char)j->lo), hi = _mm512_set1_epi8((char)j->hi);
    for (; i + 64 <= end; i += 64) {
        __m512i v = _mm512_loadu_si512(j->in + i);
        _mm512_storeu_si512(j->out + i, _mm512_min_epu8(_mm512_max_epu8(v, lo), hi));
    }
    return i;
}
#endif

static tfgt_status clamp_range(void *arg, int64_t begin, int64_t end)
{
    const clamp_job *j = arg;
    int64_t i = begin;
#if QGEMM_X86
    if (j->path == EW_AVX512)
        i = clamp_avx512(j, i, end);
#endif
    for (; i < end; i++) {
        uint8_t q = j->in[i];
        q = q < j->lo ? j->lo : q;
        j->out[i] = q > j->hi ? j->hi : q;
    }
    return TFGT_OK;
}

static tfgt_status relu_common(tfgt_kernel_context *ctx, bool six)
{
    const tfgt_tensor *in = ctx->inputs[0];
    ew_path path;
    float min, max;
    int64_t lo, hi, zero, top;
    tfgt_tensor *out;
    tfgt_status st;
    if (!tfgt_quant_limits(in->dtype, &lo, &hi))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "features must be a quantized type");
    if ((st = read_range_pair(ctx, 1, "min_features", "max_features", &min, &max)) != TFGT_OK)
        return st;
    out = tfgt_kernel_output_uninit(ctx, 0, in->dtype, in->rank, in->dims);
    if (!out)
        return failed(ctx);
    zero = tfgt_float_to_quantized(0.0f, min, max, in->dtype);
    top = six ? tfgt_float_to_quantized(6.0f, min, max, in->dtype) : hi;
    if (in->dtype == TFGT_DT_QUINT8 && (path = ew_choose(ctx)) != EW_REFERENCE) {
        clamp_job job = {in->data, out->data, (uint8_t)zero, (uint8_t)top, path};
        if ((st = tfgt_parallel_for(ctx->threads, in->count, EW_GRAIN, clamp_range, &job)) !=
            TFGT_OK)
            return st;
    } else
    for (int64_t i = 0; i < in->count; i++) {
        int64_t q = tfgt_quant_get(in, i);
        q = q < zero ? zero : q;
        q = q > top ? top : q;
        tfgt_quant_set(out, i, q);
    }
    if ((st = tfgt_output_scalar(ctx, 1, min)) != TFGT_OK)
        return st;
    return tfgt_output_scalar(ctx, 2, max);
}

static tfgt_status kernel_quantized_relu(tfgt_kernel_context *ctx)
{
    return relu_common(ctx, false);
}

static tfgt_status kernel_quantized_relu6(tfgt_kernel_context *ctx)
{
    return relu_common(ctx, true);
}

static tfgt_status kernel_quantized_reshape(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in = ctx->inputs[0];
    int64_t dims[TFGT_MAX_RANK], known = 1;
    int rank, unknown = -1;
    float min, max;
    tfgt_tensor *out;
    tfgt_status st;
    if ((st = read_range_pair(ctx, 2, "input_min", "input_max", &min, &max)) != TFGT_OK)
        return st;
    rank = tfgt_kernel_read_ints(ctx, ctx->inputs[1], dims, TFGT_MAX_RANK, "shape");
    if (rank < 0)
        return failed(ctx);
    if (ctx->inputs[1]->count > TFGT_MAX_RANK)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "shape has too many dimensions");
    for (int d = 0; d < rank; d++) {
        if (dims[d] == -1 && unknown < 0) {
            unknown = d;
            continue;
        }
        if (dims[d] < 0)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "bad dimension %lld in shape",
                                    (long long)dims[d]);
        if (dims[d] && known > INT64_MAX / dims[d])
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "shape overflows");
        known *= dims[d];
    }
    if (unknown >= 0) {
        if (known == 0 || in->count % known != 0)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "cannot reshape %lld elements with a -1 dimension",
                                    (long long)in->count);
        dims[unknown] = in->count / known;
        known = in->count;
    }
    if (known != in->count)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "cannot reshape %lld elements into %lld", (long long)in->count,
                                (long long)known);
    out = tfgt_kernel_output(ctx, 0, in->dtype, rank, dims);
    if (!out)
        return failed(ctx);
    memcpy(out->data, in->data, in->nbytes);
    if ((st = tfgt_output_scalar(ctx, 1, min)) != TFGT_OK)
        return st;
    return tfgt_output_scalar(ctx, 2, max);
}

/* ---- QuantizedConcat ---------------------------------------------------------- */

/* inputs: concat_dim, values x N, input_mins x N, input_maxes x N */
static tfgt_status kernel_quantized_concat(tfgt_kernel_context *ctx)
{
    size_t n = (ctx->n_inputs - 1) / 3;
    const tfgt_tensor *first;
    int64_t axis_v[1], lo, hi, dims[TFGT_MAX_RANK], outer = 1, offset = 0;
    float out_min = 0, out_max = 0;
    int axis;
    tfgt_tensor *out;
    tfgt_status st;
    if (n < 1 || ctx->n_inputs != 3 * n + 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "expected concat_dim, N values, N mins and N maxes");
    if (tfgt_kernel_read_ints(ctx, ctx->inputs[0], axis_v, 1, "concat_dim") != 1)
        return failed(ctx);
    first = ctx->inputs[1];
    if (!tfgt_quant_limits(first->dtype, &lo, &hi))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "values must be a quantized type");
    axis = (int)(axis_v[0] < 0 ? axis_v[0] + first->rank : axis_v[0]);
    if (axis < 0 || axis >= first->rank)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "concat_dim %lld is out of range",
                                (long long)axis_v[0]);
    memcpy(dims, first->dims, sizeof dims);
    dims[axis] = 0;
    for (size_t i = 0; i < n; i++) {
        const tfgt_tensor *v = ctx->inputs[1 + i];
        float mn = 0, mx = 0;
        char what_min[48], what_max[48];
        if (v->dtype != first->dtype || v->rank != first->rank)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "value %zu differs in type or rank", i);
        for (int d = 0; d < v->rank; d++)
            if (d != axis && v->dims[d] != first->dims[d])
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                        "value %zu differs in dimension %d", i, d);
        dims[axis] += v->dims[axis];
        snprintf(what_min, sizeof what_min, "input_mins[%zu]", i);
        snprintf(what_max, sizeof what_max, "input_maxes[%zu]", i);
        if ((st = tfgt_read_range_scalar(ctx, 1 + n + i, what_min, &mn)) != TFGT_OK ||
            (st = tfgt_read_range_scalar(ctx, 1 + 2 * n + i, what_max, &mx)) != TFGT_OK)
            return st;
        if (mn > mx)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s is above %s", what_min,
                                    what_max);
        out_min = i == 0 ? mn : fminf(out_min, mn);
        out_max = i == 0 ? mx : fmaxf(out_max, mx);
    }
    /* unsigned: the minimum at or below zero; signed: symmetric */
    if (lo == 0) {
        out_min = fminf(0.0f, out_min);
    } else {
        float m = fmaxf(fabsf(out_min), fabsf(out_max));
        out_min = -m;
        out_max = m;
    }
    out = tfgt_kernel_output(ctx, 0, first->dtype, first->rank, dims);
    if (!out)
        return failed(ctx);
    for (int d = 0; d < axis; d++)
        outer *= dims[d];
    for (size_t i = 0; i < n; i++) {
        const tfgt_tensor *v = ctx->inputs[1 + i];
        float mn = *(const float *)ctx->inputs[1 + n + i]->data;
        float mx = *(const float *)ctx->inputs[1 + 2 * n + i]->data;
        int64_t chunk = v->dims[axis], inner = 1, out_chunk = dims[axis];
        bool same = mn == out_min && mx == out_max;
        tfgt_q2f q = tfgt_q2f_make(mn, mx, v->dtype);
        tfgt_f2q f = tfgt_f2q_make(out_min, out_max, v->dtype);
        for (int d = axis + 1; d < v->rank; d++)
            inner *= v->dims[d];
        for (int64_t o = 0; o < outer; o++)
            for (int64_t e = 0; e < chunk * inner; e++) {
                int64_t src = o * chunk * inner + e;
                int64_t dst = (o * out_chunk + offset) * inner + e;
                int64_t code = tfgt_quant_get(v, src);
                if (!same)
                    code = tfgt_f2q_apply(&f, tfgt_q2f_apply(&q, code));
                tfgt_quant_set(out, dst, code < lo ? lo : code > hi ? hi : code);
            }
        offset += chunk;
    }
    if ((st = tfgt_output_scalar(ctx, 1, out_min)) != TFGT_OK)
        return st;
    return tfgt_output_scalar(ctx, 2, out_max);
}

/* ---- QuantizedMaxPool, QuantizedAvgPool ---------------------------------------- */

/* The average rounded to nearest, ties to even (TensorFlow 2.21's CPU
 * kernel, measured). */
static int64_t rounded_average(int64_t sum, int64_t count)
{
    int64_t q, r;
    if (count == 0)
        return 0;
    q = sum / count;
    r = sum % count;
    if (2 * r > count || (2 * r == count && (q & 1)))
        q++;
    return q;
}

static tfgt_status pool_common(tfgt_kernel_context *ctx, bool average)
{
    const tfgt_tensor *in = ctx->inputs[0];
    const uint8_t *bytes;
    float min, max;
    int64_t kh, kw, sh, sw, lo, hi, dims[4];
    window wh = {0, 0, 0, 0, 0}, ww = {0, 0, 0, 0, 0};
    bool same = false;
    tfgt_tensor *out;
    tfgt_status st;
    if (!tfgt_quant_limits(in->dtype, &lo, &hi))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "input must be a quantized type");
    if ((st = read_range_pair(ctx, 1, "min_input", "max_input", &min, &max)) != TFGT_OK ||
        (st = tfgt_read_padding_same(ctx, &same)) != TFGT_OK ||
        (st = read_hw(ctx, "ksize", &kh, &kw)) != TFGT_OK ||
        (st = read_hw(ctx, "strides", &sh, &sw)) != TFGT_OK)
        return st;
    if (in->rank != 4)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "input must be 4-D (NHWC)");
    if ((st = tfgt_qwindow_make(ctx, "rows", same, in->dims[1], kh, sh, &wh)) != TFGT_OK ||
        (st = tfgt_qwindow_make(ctx, "columns", same, in->dims[2], kw, sw, &ww)) != TFGT_OK)
        return st;
    dims[0] = in->dims[0];
    dims[1] = wh.out;
    dims[2] = ww.out;
    dims[3] = in->dims[3];
    out = tfgt_kernel_output(ctx, 0, in->dtype, 4, dims);
    if (!out)
        return failed(ctx);
    /* quint8 read directly (the common case), other types through the getter */
    bytes = in->dtype == TFGT_DT_QUINT8 ? in->data : NULL;
    for (int64_t b = 0; b < dims[0]; b++)
        for (int64_t oy = 0; oy < wh.out; oy++)
            for (int64_t ox = 0; ox < ww.out; ox++)
                for (int64_t c = 0; c < dims[3]; c++) {
                    int64_t best = lo, sum = 0, count = 0;
                    for (int64_t ky = 0; ky < kh; ky++) {
                        int64_t iy = oy * sh + ky - wh.pad;
                        if (iy < 0 || iy >= wh.in)
                            continue;
                        for (int64_t kx = 0; kx < kw; kx++) {
                            int64_t ix = ox * sw + kx - ww.pad, q;
                            if (ix < 0 || ix >= ww.in)
                                continue;
                            int64_t at = ((b * wh.in + iy) * ww.in + ix) * dims[3] + c;
                            q = bytes ? (int64_t)bytes[at] : tfgt_quant_get(in, at);
                            best = count == 0 || q > best ? q : best;
                            sum += q;
                            count++;
                        }
                    }
                    tfgt_quant_set(out, ((b * wh.out + oy) * ww.out + ox) * dims[3] + c,
                                   average ? rounded_average(sum, count) : best);
                }
    if ((st = tfgt_output_scalar(ctx, 1, min)) != TFGT_OK)
        return st;
    return tfgt_output_scalar(ctx, 2, max);
}

static tfgt_status kernel_quantized_max_pool(tfgt_kernel_context *ctx)
{
    return pool_common(ctx, false);
}

static tfgt_status kernel_quantized_avg_pool(tfgt_kernel_context *ctx)
{
    return pool_common(ctx, true);
}

/* ---- QuantizedResizeBilinear ------------------------------------------------ */

/* quint8 as TensorFlow interpolates it: on the codes, in fixed point with
 * 7 fraction bits (lerps truncated to 1/128); other types through
 * QuantizedToFloat, the float lerp, FloatToQuantized (its reference). */
static tfgt_status kernel_quantized_resize_bilinear(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in = ctx->inputs[0];
    bool align = tfgt_kernel_attr_bool(ctx, "align_corners", false);
    bool half = tfgt_kernel_attr_bool(ctx, "half_pixel_centers", false);
    int64_t size[2], lo, hi, dims[4];
    float min, max, sh, sw;
    tfgt_tensor *out;
    tfgt_status st;
    if (!tfgt_quant_limits(in->dtype, &lo, &hi))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "images must be a quantized type");
    if ((st = read_range_pair(ctx, 2, "min", "max", &min, &max)) != TFGT_OK)
        return st;
    if (in->rank != 4)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "images must be 4-D (NHWC)");
    if (tfgt_kernel_read_ints(ctx, ctx->inputs[1], size, 2, "size") != 2)
        return ctx->err && ctx->err->status ? ctx->err->status
                                            : tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                                               "size must hold 2 values");
    if (size[0] <= 0 || size[1] <= 0 || in->dims[1] <= 0 || in->dims[2] <= 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "sizes must be positive");
    dims[0] = in->dims[0];
    dims[1] = size[0];
    dims[2] = size[1];
    dims[3] = in->dims[3];
    out = tfgt_kernel_output(ctx, 0, in->dtype, 4, dims);
    if (!out)
        return failed(ctx);
    sh = align && size[0] > 1 ? (float)(in->dims[1] - 1) / (float)(size[0] - 1)
                              : (float)in->dims[1] / (float)size[0];
    sw = align && size[1] > 1 ? (float)(in->dims[2] - 1) / (float)(size[1] - 1)
                              : (float)in->dims[2] / (float)size[1];
    for (int64_t b = 0; b < dims[0]; b++)
        for (int64_t y = 0; y < dims[1]; y++) {
            float fy = half ? ((float)y + 0.5f) * sh - 0.5f : (float)y * sh;
            int64_t y0 = (int64_t)floorf(fy) > 0 ? (int64_t)floorf(fy) : 0;
            int64_t y1 = (int64_t)ceilf(fy) < in->dims[1] - 1 ? (int64_t)ceilf(fy) : in->dims[1] - 1;
            float ly = fy - floorf(fy);
            for (int64_t x = 0; x < dims[2]; x++) {
                float fx = half ? ((float)x + 0.5f) * sw - 0.5f : (float)x * sw;
                int64_t x0 = (int64_t)floorf(fx) > 0 ? (int64_t)floorf(fx) : 0;
                int64_t x1 = (int64_t)ceilf(fx) < in->dims[2] - 1 ? (int64_t)ceilf(fx)
                                                                   : in->dims[2] - 1;
                float lx = fx - floorf(fx);
                for (int64_t c = 0; c < dims[3] && in->dtype == TFGT_DT_QUINT8; c++) {
                    const uint8_t *img = (const uint8_t *)in->data + b * in->dims[1] * in->dims[2] * dims[3];
                    int32_t xl = (int32_t)(lx * 128.0f), yl = (int32_t)(ly * 128.0f);
                    int32_t tl = img[(y0 * in->dims[2] + x0) * dims[3] + c];
                    int32_t tr = img[(y0 * in->dims[2] + x1) * dims[3] + c];
                    int32_t bl = img[(y1 * in->dims[2] + x0) * dims[3] + c];
                    int32_t br = img[(y1 * in->dims[2] + x1) * dims[3] + c];
                    int32_t top = tl * 128 + (tr - tl) * xl, bottom = bl * 128 + (br - bl) * xl;
                    int32_t v = top + (bottom - top) / 128 * yl;
                    ((uint8_t *)out->data)[((b * dims[1] + y) * dims[2] + x) * dims[3] + c] =
                        (uint8_t)((v + 64) / 128);
                }
                for (int64_t c = 0; c < dims[3] && in->dtype != TFGT_DT_QUINT8; c++) {
#define AT(yy, xx) tfgt_quantized_to_float(                                                        \
    tfgt_quant_get(in, ((b * in->dims[1] + (yy)) * in->dims[2] + (xx)) * dims[3] + c), min, max,  \
    in->dtype)
                    float tl = AT(y0, x0), tr = AT(y0, x1), bl = AT(y1, x0), br = AT(y1, x1);
#undef AT
                    float top = tl + (tr - tl) * lx, bottom = bl + (br - bl) * lx;
                    tfgt_quant_set(out, ((b * dims[1] + y) * dims[2] + x) * dims[3] + c,
                                   tfgt_float_to_quantized(top + (bottom - top) * ly, min, max,
                                                           in->dtype));
                }
            }
        }
    if ((st = tfgt_output_scalar(ctx, 1, min)) != TFGT_OK)
        return st;
    return tfgt_output_scalar(ctx, 2, max);
}

/* ---- the table -------------------------------------------------------------------- */

static const tfgt_op_attr attrs_conv[] = {
    {"Tinput", NULL}, {"Tfilter", NULL}, {"out_type", "type: DT_QINT32"},
    {"strides", NULL}, {"padding", NULL}, {"dilations", "list { i: 1 i: 1 i: 1 i: 1 }"},
    {NULL, NULL},
};

static const tfgt_op_attr attrs_matmul[] = {
    {"T1", NULL}, {"T2", NULL}, {"Toutput", "type: DT_QINT32"}, {"transpose_a", "b: false"},
    {"transpose_b", "b: false"}, {"Tactivation", "type: DT_QUINT8"}, {NULL, NULL},
};

static const tfgt_op_attr attrs_binary[] = {
    {"T1", NULL}, {"T2", NULL}, {"Toutput", "type: DT_QINT32"}, {NULL, NULL},
};

static const tfgt_op_attr attrs_bias_add[] = {
    {"T1", NULL}, {"T2", NULL}, {"out_type", NULL}, {NULL, NULL},
};

static const tfgt_op_attr attrs_relu[] = {
    {"Tinput", NULL}, {"out_type", "type: DT_QUINT8"}, {NULL, NULL},
};

static const tfgt_op_attr attrs_reshape[] = {
    {"T", NULL}, {"Tshape", "type: DT_INT32"}, {NULL, NULL},
};

static const tfgt_op_attr attrs_concat[] = {
    {"N", NULL}, {"T", NULL}, {NULL, NULL},
};

static const tfgt_op_attr attrs_resize[] = {
    {"T", NULL}, {"align_corners", "b: false"}, {"half_pixel_centers", "b: false"}, {NULL, NULL},
};

static const tfgt_op_attr attrs_pool[] = {
    {"T", NULL}, {"ksize", NULL}, {"strides", NULL}, {"padding", NULL}, {NULL, NULL},
};

const tfgt_op_def tfgt_ops_quantized[] = {
    {"QuantizedConv2D", 6, 6, 0, attrs_conv, kernel_quantized_conv2d},
    {"QuantizedMatMul", 6, 6, 0, attrs_matmul, kernel_quantized_matmul},
    {"QuantizedAdd", 6, 6, 0, attrs_binary, kernel_quantized_add},
    {"QuantizedMul", 6, 6, 0, attrs_binary, kernel_quantized_mul},
    {"QuantizedBiasAdd", 6, 6, 0, attrs_bias_add, kernel_quantized_bias_add},
    {"QuantizedRelu", 3, 3, 0, attrs_relu, kernel_quantized_relu},
    {"QuantizedRelu6", 3, 3, 0, attrs_relu, kernel_quantized_relu6},
    {"QuantizedReshape", 4, 4, 0, attrs_reshape, kernel_quantized_reshape},
    {"QuantizedConcat", 4, -1, 0, attrs_concat, kernel_quantized_concat},
    {"QuantizedMaxPool", 3, 3, 0, attrs_pool, kernel_quantized_max_pool},
    {"QuantizedAvgPool", 3, 3, 0, attrs_pool, kernel_quantized_avg_pool},
    {"QuantizedResizeBilinear", 4, 4, 0, attrs_resize, kernel_quantized_resize_bilinear},
    {NULL, 0, 0, 0, NULL, NULL},
};
