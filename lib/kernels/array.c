/* kernels/array.c - ops that move, reshape, select or create elements
 * without arithmetic on them: Reshape, Transpose, Concat, Slice,
 * StridedSlice, Pad, Tile, Gather, Cast, Identity and friends.
 *
 * Most ops here are one "strided copy": walk the output (or a block of it)
 * in row-major order while the source offset advances by per-dimension
 * strides, which may be negative (reverse) or zero (broadcast).  The copy
 * engine merges dimensions that are contiguous in both buffers, copies
 * inner runs with memcpy, tiles transposes for the cache, and splits
 * large copies across threads.  Elements are moved by size, so every
 * dtype works; string tensors are copied shallowly and then given their
 * own buffers (own_strings) before anything can fail.
 */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels.h"

/* Range and Cast compute in float exactly as TensorFlow does: no fused
 * multiply-adds. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("fp-contract=off")
#endif
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

/* ---- small helpers ------------------------------------------------------ */

/* Engine dimensions: Tile and the depth/space ops view a tensor of rank r
 * as one of rank up to 2r + 2. */
#define PLAN_MAX (2 * TFGT_MAX_RANK + 2)
/* Longest begin/end/strides of StridedSlice: its masks are 32-bit. */
#define SLICE_SPEC_MAX 32
/* Copies smaller than this many bytes run on one thread. */
#define PARALLEL_MIN_BYTES ((size_t)1 << 20)

static size_t elem_size(int dtype)
{
    return dtype == TFGT_DT_STRING ? sizeof(tfgt_bytes) : tfgt_dtype_size(dtype);
}

static const char *dtype_label(int dtype)
{
    const char *name = tfgt_dtype_name(dtype);
    return name ? name : "unknown type";
}

static tfgt_status failed(const tfgt_kernel_context *ctx)
{
    return ctx->err && ctx->err->status != TFGT_OK ? ctx->err->status : TFGT_E_INTERNAL;
}

static tfgt_status need_inputs(tfgt_kernel_context *ctx, size_t n)
{
    if (ctx->n_inputs < n)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "needs %zu inputs, got %zu", n,
                                ctx->n_inputs);
    for (size_t i = 0; i < ctx->n_inputs; i++)
        if (!ctx->inputs[i])
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "input %zu is missing", i);
    return TFGT_OK;
}

static bool is_copyable(int dtype)
{
    return tfgt_dtype_is_supported(dtype) && elem_size(dtype) > 0;
}

static tfgt_status check_copyable(tfgt_kernel_context *ctx, const tfgt_tensor *t, const char *what)
{
    if (!is_copyable(t->dtype))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "%s has unsupported type %s", what,
                                dtype_label(t->dtype));
    return TFGT_OK;
}

/* Read a scalar or vector of int8/int16/int32/int64 values.  Returns the
 * count, or -1 with the error recorded. */
static int read_int_list(tfgt_kernel_context *ctx, const tfgt_tensor *t, int64_t *out, int max,
                         const char *what)
{
    if (t->rank > 1) {
        tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s must be a scalar or a vector, not rank %d",
                         what, t->rank);
        return -1;
    }
    if (t->count > max) {
        tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s has %" PRId64 " values, more than %d",
                         what, t->count, max);
        return -1;
    }
    for (int64_t i = 0; i < t->count; i++) {
        switch (t->dtype) {
        case TFGT_DT_INT8: out[i] = ((const int8_t *)t->data)[i]; break;
        case TFGT_DT_INT16: out[i] = ((const int16_t *)t->data)[i]; break;
        case TFGT_DT_INT32: out[i] = ((const int32_t *)t->data)[i]; break;
        case TFGT_DT_INT64: out[i] = ((const int64_t *)t->data)[i]; break;
        default:
            tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s must be an integer tensor, not %s",
                             what, dtype_label(t->dtype));
            return -1;
        }
    }
    return (int)t->count;
}

/* A tensor holding exactly one integer (rank 0, or rank 1 of size 1). */
static tfgt_status read_int_scalar(tfgt_kernel_context *ctx, const tfgt_tensor *t, int64_t *out,
                                   const char *what)
{
    int64_t v[1];
    if (t->count != 1 || t->rank > 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "%s must hold exactly one value (rank %d, %" PRId64 " values)",
                                what, t->rank, t->count);
    if (read_int_list(ctx, t, v, 1, what) < 0)
        return failed(ctx);
    *out = v[0];
    return TFGT_OK;
}

/* A scalar, or TensorFlow's legacy 1-element vector. */
static bool scalar_like(const tfgt_tensor *t)
{
    return t->count == 1 && t->rank <= 1;
}

/* Map an axis in [-rank, rank) to [0, rank). */
static tfgt_status normalize_axis(tfgt_kernel_context *ctx, int64_t axis, int rank, int *out,
                                  const char *what)
{
    if (axis < -(int64_t)rank || axis >= rank)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "%s %" PRId64 " is out of range for a tensor of rank %d "
                                "(expected [%d, %d))",
                                what, axis, rank, -rank, rank);
    *out = (int)(axis < 0 ? axis + rank : axis);
    return TFGT_OK;
}

static void format_shape(const int64_t *dims, int rank, char *out, size_t size)
{
    size_t used = 0;
    if (!size)
        return;
    out[0] = '\0';
    used += (size_t)snprintf(out, size, "[");
    for (int i = 0; i < rank && used < size; i++)
        used += (size_t)snprintf(out + used, size - used, "%s%" PRId64, i ? "," : "", dims[i]);
    if (used < size)
        snprintf(out + used, size - used, "]");
}

/* The product of dims, or -1 when it overflows int64. */
static int64_t checked_product(const int64_t *dims, int rank)
{
    int64_t n = 1;
    for (int i = 0; i < rank; i++) {
        if (dims[i] < 0)
            return -1;
        if (dims[i] && n > INT64_MAX / dims[i])
            return -1;
        n *= dims[i];
    }
    return n;
}

/* After elements of a string output were copied shallowly (sharing the
 * inputs' buffers), give every element its own copy.  On failure the
 * remaining elements are cleared so freeing the output frees nothing it
 * does not own. */
static tfgt_status own_strings(tfgt_kernel_context *ctx, tfgt_tensor *out)
{
    tfgt_bytes *s;
    if (!out || out->dtype != TFGT_DT_STRING)
        return TFGT_OK;
    s = out->data;
    for (int64_t i = 0; i < out->count; i++) {
        uint8_t *copy;
        if (!s[i].data) {
            s[i].len = 0;
            continue;
        }
        copy = malloc(s[i].len ? s[i].len : 1);
        if (!copy) {
            for (int64_t j = i; j < out->count; j++) {
                s[j].data = NULL;
                s[j].len = 0;
            }
            return tfgt_kernel_fail(ctx, TFGT_E_NO_MEMORY, "out of memory copying strings");
        }
        if (s[i].len)
            memcpy(copy, s[i].data, s[i].len);
        s[i].data = copy;
    }
    return TFGT_OK;
}

/* Fill n elements of esize bytes at dst with the element at value. */
static void fill_elements(uint8_t *dst, const uint8_t *value, int64_t n, size_t esize)
{
    bool zero = true;
    if (n <= 0)
        return;
    for (size_t b = 0; b < esize; b++)
        if (value[b]) {
            zero = false;
            break;
        }
    if (zero) {
        memset(dst, 0, (size_t)n * esize);
        return;
    }
    memcpy(dst, value, esize);
    /* doubling memcpy: log(n) calls */
    for (int64_t done = 1; done < n;) {
        int64_t chunk = done < n - done ? done : n - done;
        memcpy(dst + (size_t)done * esize, dst, (size_t)chunk * esize);
        done += chunk;
    }
}

/* ---- threads -------------------------------------------------------------- */

typedef void (*range_fn)(void *arg, int64_t begin, int64_t end);

typedef struct range_job {
    range_fn fn;
    void *arg;
    int64_t begin, end;
} range_job;

static void *range_thread(void *p)
{
    range_job *job = p;
    job->fn(job->arg, job->begin, job->end);
    return NULL;
}

/* Run fn over [0, n) split into `threads` contiguous parts.  Each part is
 * computed exactly as on one thread, so results never depend on the
 * thread count.  A thread that cannot be started runs inline. */
static void parallel_for(int threads, int64_t n, range_fn fn, void *arg)
{
    enum { MAX_THREADS = 64 };
    pthread_t tid[MAX_THREADS];
    range_job jobs[MAX_THREADS];
    bool started[MAX_THREADS];
    int parts;
    if (threads > MAX_THREADS)
        threads = MAX_THREADS;
    parts = threads < 1 ? 1 : threads;
    if (n < parts)
        parts = (int)(n < 1 ? 1 : n);
    if (parts == 1) {
        if (n > 0)
            fn(arg, 0, n);
        return;
    }
    for (int i = 0; i < parts; i++) {
        jobs[i].fn = fn;
        jobs[i].arg = arg;
        jobs[i].begin = n / parts * i + (i < n % parts ? i : n % parts);
        jobs[i].end = jobs[i].begin + n / parts + (i < n % parts ? 1 : 0);
        started[i] = false;
    }
    for (int i = 1; i < parts; i++)
        started[i] = pthread_create(&tid[i], NULL, range_thread, &jobs[i]) == 0;
    fn(arg, jobs[0].begin, jobs[0].end);
    for (int i = 1; i < parts; i++) {
        if (started[i])
            pthread_join(tid[i], NULL);
        else
            fn(arg, jobs[i].begin, jobs[i].end);
    }
}

/* ---- the strided copy engine --------------------------------------------- */

/* Copy the elements of a `rank`-dimensional box of `shape`: element
 * (i0, i1, ...) goes from src + sum(ik * src_stride[k]) to
 * dst + sum(ik * dst_stride[k]) (strides in elements). */
typedef struct copy_plan {
    int rank;
    size_t esize;
    int64_t shape[PLAN_MAX];
    int64_t src_stride[PLAN_MAX];
    int64_t dst_stride[PLAN_MAX];
} copy_plan;

/* Row-major strides of a shape (elements). */
static void row_major_strides(const int64_t *dims, int rank, int64_t *strides)
{
    int64_t s = 1;
    for (int i = rank - 1; i >= 0; i--) {
        strides[i] = s;
        s *= dims[i];
    }
}

/* Drop size-1 dimensions and merge neighbours that are contiguous in both
 * buffers.  Returns false when the box is empty. */
static bool plan_simplify(copy_plan *p)
{
    int r = 0;
    for (int i = 0; i < p->rank; i++) {
        if (p->shape[i] == 0)
            return false;
        if (p->shape[i] == 1)
            continue;
        if (r > 0 && p->src_stride[r - 1] == p->src_stride[i] * p->shape[i] &&
            p->dst_stride[r - 1] == p->dst_stride[i] * p->shape[i]) {
            p->shape[r - 1] *= p->shape[i];
            p->src_stride[r - 1] = p->src_stride[i];
            p->dst_stride[r - 1] = p->dst_stride[i];
            continue;
        }
        p->shape[r] = p->shape[i];
        p->src_stride[r] = p->src_stride[i];
        p->dst_stride[r] = p->dst_stride[i];
        r++;
    }
    if (r == 0) { /* one element */
        p->shape[0] = 1;
        p->src_stride[0] = 1;
        p->dst_stride[0] = 1;
        r = 1;
    }
    p->rank = r;
    return true;
}

/* Copy n elements with strides (elements). */
static void copy_run(uint8_t *dst, const uint8_t *src, int64_t n, int64_t ss, int64_t ds,
                     size_t esize)
{
    if (ss == 1 && ds == 1) {
        memcpy(dst, src, (size_t)n * esize);
        return;
    }
    if (ss == 0 && ds == 1) {
        fill_elements(dst, src, n, esize);
        return;
    }
    switch (esize) {
#define STRIDED_RUN(T)                                                                             \
    {                                                                                              \
        T *d = (T *)(void *)dst;                                                                   \
        const T *s = (const T *)(const void *)src;                                                 \
        for (int64_t i = 0; i < n; i++)                                                            \
            d[i * ds] = s[i * ss];                                                                 \
        return;                                                                                    \
    }
    case 1: STRIDED_RUN(uint8_t)
    case 2: STRIDED_RUN(uint16_t)
    case 4: STRIDED_RUN(uint32_t)
    case 8: STRIDED_RUN(uint64_t)
#undef STRIDED_RUN
    default:
        for (int64_t i = 0; i < n; i++)
            memcpy(dst + (i * ds) * (int64_t)esize, src + (i * ss) * (int64_t)esize, esize);
    }
}

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#define ARRAY_X86 1
#include <immintrin.h>

/* 8x8 blocks of 4-byte elements: eight source rows (contiguous along the
 * destination's rows) in, transposed, eight destination rows out. */
__attribute__((target("avx"))) static void transpose8x8_avx(uint32_t *dst, const uint32_t *src,
                                                           int64_t rows, int64_t cols,
                                                           int64_t src_col_stride,
                                                           int64_t dst_row_stride)
{
    for (int64_t c0 = 0; c0 + 8 <= cols; c0 += 8)
        for (int64_t r0 = 0; r0 + 8 <= rows; r0 += 8) {
            __m256 v[8], t[8], u[8];
            for (int k = 0; k < 8; k++)
                v[k] = _mm256_loadu_ps((const float *)(const void *)(src + (c0 + k) * src_col_stride +
                                                                     r0));
            for (int k = 0; k < 8; k += 2) {
                t[k] = _mm256_unpacklo_ps(v[k], v[k + 1]);
                t[k + 1] = _mm256_unpackhi_ps(v[k], v[k + 1]);
            }
            for (int k = 0; k < 8; k += 4) {
                u[k] = _mm256_shuffle_ps(t[k], t[k + 2], _MM_SHUFFLE(1, 0, 1, 0));
                u[k + 1] = _mm256_shuffle_ps(t[k], t[k + 2], _MM_SHUFFLE(3, 2, 3, 2));
                u[k + 2] = _mm256_shuffle_ps(t[k + 1], t[k + 3], _MM_SHUFFLE(1, 0, 1, 0));
                u[k + 3] = _mm256_shuffle_ps(t[k + 1], t[k + 3], _MM_SHUFFLE(3, 2, 3, 2));
            }
            for (int k = 0; k < 4; k++) {
                v[k] = _mm256_permute2f128_ps(u[k], u[k + 4], 0x20);
                v[k + 4] = _mm256_permute2f128_ps(u[k], u[k + 4], 0x31);
            }
            for (int k = 0; k < 8; k++)
                _mm256_storeu_ps((float *)(void *)(dst + (r0 + k) * dst_row_stride + c0), v[k]);
        }
}

static bool have_avx(void)
{
    static int cached = -1;
    if (cached < 0)
        cached = __builtin_cpu_supports("avx") ? 1 : 0;
    return cached == 1;
}
#else
#define ARRAY_X86 0
#endif

/* Tiled copy of a 2-D box [rows, cols] where the source is contiguous
 * down the rows (src stride 1 for rows) but strided along the columns:
 * the transpose case.  Tiles keep both sides in cache; 4-byte elements
 * go through 8x8 AVX transposes where the CPU has them. */
#define TILE 64
static void copy_tile2d(uint8_t *dst, const uint8_t *src, int64_t rows, int64_t cols,
                        int64_t src_row_stride, int64_t src_col_stride, int64_t dst_row_stride,
                        int64_t dst_col_stride, size_t esize)
{
    int64_t c_start = 0;
#if ARRAY_X86
    if (esize == 4 && src_row_stride == 1 && dst_col_stride == 1 && rows % 8 == 0 && cols >= 8 &&
        have_avx()) {
        transpose8x8_avx((uint32_t *)(void *)dst, (const uint32_t *)(const void *)src, rows, cols,
                         src_col_stride, dst_row_stride);
        c_start = cols - cols % 8; /* the columns left over go below */
    }
#endif
    for (int64_t c0 = c_start; c0 < cols; c0 += TILE) {
        int64_t c1 = c0 + TILE < cols ? c0 + TILE : cols;
        switch (esize) {
#define TILE_LOOP(T)                                                                               \
    {                                                                                              \
        T *d = (T *)(void *)dst;                                                                   \
        const T *s = (const T *)(const void *)src;                                                 \
        for (int64_t r = 0; r < rows; r++)                                                         \
            for (int64_t c = c0; c < c1; c++)                                                      \
                d[r * dst_row_stride + c * dst_col_stride] =                                       \
                    s[r * src_row_stride + c * src_col_stride];                                    \
        break;                                                                                     \
    }
        case 1: TILE_LOOP(uint8_t)
        case 2: TILE_LOOP(uint16_t)
        case 4: TILE_LOOP(uint32_t)
        case 8: TILE_LOOP(uint64_t)
#undef TILE_LOOP
        default:
            for (int64_t r = 0; r < rows; r++)
                for (int64_t c = c0; c < c1; c++)
                    memcpy(dst + (r * dst_row_stride + c * dst_col_stride) * (int64_t)esize,
                           src + (r * src_row_stride + c * src_col_stride) * (int64_t)esize,
                           esize);
        }
    }
}

typedef struct copy_job {
    const copy_plan *plan;
    uint8_t *dst;
    const uint8_t *src;
    int tile_dim; /* dimension with source stride 1 tiled with the last, or -1 */
} copy_job;

/* Units of work: with tile_dim < 0, one unit per row (all dimensions but
 * the last); otherwise one per (other dims, tile of tile_dim). */
static int64_t copy_units(const copy_plan *p, int tile_dim)
{
    int64_t n = 1;
    for (int k = 0; k < p->rank - 1; k++)
        n *= k == tile_dim ? (p->shape[k] + TILE - 1) / TILE : p->shape[k];
    return n;
}

static void copy_range(void *arg, int64_t begin, int64_t end)
{
    const copy_job *job = arg;
    const copy_plan *p = job->plan;
    int last = p->rank - 1, td = job->tile_dim;
    int64_t idx[PLAN_MAX], extent[PLAN_MAX], soff = 0, doff = 0, rest = begin;
    int64_t esize = (int64_t)p->esize;
    /* unit index -> coordinates (tile_dim counts tiles) */
    for (int k = last - 1; k >= 0; k--) {
        extent[k] = k == td ? (p->shape[k] + TILE - 1) / TILE : p->shape[k];
        idx[k] = rest % extent[k];
        rest /= extent[k];
    }
    for (int k = 0; k < last; k++) {
        int64_t i = k == td ? idx[k] * TILE : idx[k];
        soff += i * p->src_stride[k];
        doff += i * p->dst_stride[k];
    }
    for (int64_t u = begin; u < end; u++) {
        if (td >= 0) {
            int64_t rows = p->shape[td] - idx[td] * TILE;
            copy_tile2d(job->dst + doff * esize, job->src + soff * esize, rows < TILE ? rows : TILE,
                        p->shape[last], p->src_stride[td], p->src_stride[last], p->dst_stride[td],
                        p->dst_stride[last], p->esize);
        } else {
            copy_run(job->dst + doff * esize, job->src + soff * esize, p->shape[last],
                     p->src_stride[last], p->dst_stride[last], p->esize);
        }
        /* advance the odometer */
        for (int k = last - 1; k >= 0; k--) {
            int64_t step = k == td ? TILE : 1;
            idx[k]++;
            soff += step * p->src_stride[k];
            doff += step * p->dst_stride[k];
            if (idx[k] < extent[k])
                break;
            soff -= idx[k] * step * p->src_stride[k];
            doff -= idx[k] * step * p->dst_stride[k];
            idx[k] = 0;
        }
    }
}

/* Run a plan: dst and src point at the box's element (0, ..., 0). */
static void plan_run(copy_plan *p, uint8_t *dst, const uint8_t *src, int threads)
{
    copy_job job;
    int64_t total = 1, units;
    if (!plan_simplify(p))
        return;
    job.plan = p;
    job.dst = dst;
    job.src = src;
    job.tile_dim = -1;
    /* A source-contiguous dimension other than the last, while the last is
     * strided: tile the pair (transposes). */
    if (p->src_stride[p->rank - 1] != 1 && p->shape[p->rank - 1] > 1)
        for (int k = 0; k < p->rank - 1; k++)
            if (p->src_stride[k] == 1) {
                job.tile_dim = k;
                break;
            }
    for (int k = 0; k < p->rank; k++)
        total *= p->shape[k];
    units = copy_units(p, job.tile_dim);
    if ((size_t)total * p->esize < PARALLEL_MIN_BYTES)
        threads = 1;
    parallel_for(threads, units, copy_range, &job);
}

/* The per-element walk the engine is checked against: no merging, no
 * tiling, one thread. */
static void plan_run_reference(const copy_plan *p, uint8_t *dst, const uint8_t *src)
{
    int64_t idx[PLAN_MAX] = {0}, total = 1;
    for (int k = 0; k < p->rank; k++)
        total *= p->shape[k];
    for (int64_t e = 0; e < total; e++) {
        int64_t soff = 0, doff = 0;
        for (int k = 0; k < p->rank; k++) {
            soff += idx[k] * p->src_stride[k];
            doff += idx[k] * p->dst_stride[k];
        }
        memcpy(dst + doff * (int64_t)p->esize, src + soff * (int64_t)p->esize, p->esize);
        for (int k = p->rank - 1; k >= 0; k--) {
            if (++idx[k] < p->shape[k])
                break;
            idx[k] = 0;
        }
    }
}

/* Tests ask for the plain implementations with the node attribute
 * _tfgt_isa = "reference" (the convention of every kernel family). */
static bool want_reference(const tfgt_kernel_context *ctx)
{
    char name[16];
    tfgt_kernel_attr_string(ctx, "_tfgt_isa", "", name, sizeof name);
    return strcmp(name, "reference") == 0;
}

static void plan_execute(const tfgt_kernel_context *ctx, copy_plan *p, uint8_t *dst,
                         const uint8_t *src)
{
    if (want_reference(ctx))
        plan_run_reference(p, dst, src);
    else
        plan_run(p, dst, src, ctx->threads);
}

/* A plan that copies a whole row-major tensor of `dims` into `dst` with
 * the given source strides, permuted: output dim k reads source dim
 * perm[k].  src_dims are the source's dims. */
static void plan_permute(copy_plan *p, const int64_t *src_dims, int rank, const int *perm,
                         size_t esize)
{
    int64_t src_strides[PLAN_MAX], out_dims[PLAN_MAX] = {0};
    row_major_strides(src_dims, rank, src_strides);
    for (int k = 0; k < rank; k++)
        out_dims[k] = src_dims[perm[k]];
    p->rank = rank;
    p->esize = esize;
    row_major_strides(out_dims, rank, p->dst_stride);
    for (int k = 0; k < rank; k++) {
        p->shape[k] = out_dims[k];
        p->src_stride[k] = src_strides[perm[k]];
    }
}

/* Copy `src` into a new output with another shape of the same count. */
static tfgt_status output_reshaped(tfgt_kernel_context *ctx, size_t index, const tfgt_tensor *src,
                                   int rank, const int64_t *dims)
{
    tfgt_tensor *out = tfgt_kernel_output(ctx, index, src->dtype, rank, dims);
    if (!out)
        return failed(ctx);
    if (out->count != src->count)
        return tfgt_kernel_fail(ctx, TFGT_E_INTERNAL, "reshaped copy changes the element count");
    if (src->nbytes)
        memcpy(out->data, src->data, src->nbytes);
    return own_strings(ctx, out);
}

/* ---- Reshape, Squeeze, ExpandDims ---------------------------------------- */

static tfgt_status kernel_reshape(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in, *shape_t;
    int64_t dims[TFGT_MAX_RANK], known = 1;
    int n, unknown = -1;
    bool sizes_have_zero = false;
    tfgt_status st = need_inputs(ctx, 2);
    if (st)
        return st;
    in = ctx->inputs[0];
    shape_t = ctx->inputs[1];
    if ((st = check_copyable(ctx, in, "tensor")))
        return st;
    if (shape_t->rank > 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "shape must be a vector, not rank %d", shape_t->rank);
    if (shape_t->count > TFGT_MAX_RANK)
        return tfgt_kernel_fail(ctx, TFGT_E_LIMIT, "shape has %" PRId64 " dimensions, more than %d",
                                shape_t->count, TFGT_MAX_RANK);
    n = read_int_list(ctx, shape_t, dims, TFGT_MAX_RANK, "shape");
    if (n < 0)
        return failed(ctx);
    /* As TensorFlow: zero sizes stay out of the product so that a -1 can
     * still be inferred from the input's non-zero dimensions. */
    for (int i = 0; i < n; i++) {
        if (dims[i] == -1) {
            if (unknown >= 0)
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                        "only one input size may be -1, not both %d and %d",
                                        unknown, i);
            unknown = i;
        } else if (dims[i] < 0) {
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "size %d must be non-negative, not %" PRId64, i, dims[i]);
        } else if (dims[i] == 0) {
            sizes_have_zero = true;
        } else {
            if (known > INT64_MAX / dims[i])
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                        "the product of the requested shape overflows int64");
            known *= dims[i];
        }
    }
    if (unknown >= 0) {
        int64_t input_elements = 1;
        bool input_has_zero = false;
        for (int k = 0; k < in->rank; k++) {
            if (in->dims[k] > 0 || !sizes_have_zero) {
                /* an empty input may have huge other dimensions */
                if (in->dims[k] && input_elements > INT64_MAX / in->dims[k])
                    return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                            "the input's non-zero dimensions overflow int64");
                input_elements *= in->dims[k];
            } else {
                input_has_zero = true;
            }
        }
        if (!input_has_zero && input_elements % known != 0)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "input to reshape is a tensor with %" PRId64
                                    " values, but the requested shape requires a multiple of %" PRId64,
                                    in->count, known);
        dims[unknown] = input_elements / known;
    }
    if (checked_product(dims, n) != in->count) {
        char shape[256];
        format_shape(dims, n, shape, sizeof shape);
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "input to reshape is a tensor with %" PRId64
                                " values, but the requested shape %s has %" PRId64,
                                in->count, shape, checked_product(dims, n));
    }
    return output_reshaped(ctx, 0, in, n, dims);
}

static tfgt_status kernel_squeeze(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in;
    int64_t want[64], dims[TFGT_MAX_RANK];
    bool drop[TFGT_MAX_RANK] = {false};
    int n_want, rank = 0;
    tfgt_status st = need_inputs(ctx, 1);
    if (st)
        return st;
    in = ctx->inputs[0];
    if ((st = check_copyable(ctx, in, "input")))
        return st;
    n_want = tfgt_kernel_attr_ints(ctx, "squeeze_dims", want, 64);
    if (n_want > 64)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "too many squeeze_dims (%d)", n_want);
    if (n_want > 0) {
        for (int i = 0; i < n_want; i++) {
            int axis;
            if (want[i] < -in->rank || want[i] >= in->rank)
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                        "squeeze_dims[%d] = %" PRId64
                                        " is not in [%d, %d) for an input of rank %d",
                                        i, want[i], -in->rank, in->rank, in->rank);
            axis = (int)(want[i] < 0 ? want[i] + in->rank : want[i]);
            if (in->dims[axis] != 1)
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                        "cannot squeeze dim[%d], expected a dimension of 1, "
                                        "got %" PRId64,
                                        axis, in->dims[axis]);
            drop[axis] = true;
        }
    } else {
        for (int i = 0; i < in->rank; i++)
            drop[i] = in->dims[i] == 1;
    }
    for (int i = 0; i < in->rank; i++)
        if (!drop[i])
            dims[rank++] = in->dims[i];
    return output_reshaped(ctx, 0, in, rank, dims);
}

static tfgt_status kernel_expand_dims(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in;
    int64_t axis = 0, dims[TFGT_MAX_RANK];
    tfgt_status st = need_inputs(ctx, 2);
    if (st)
        return st;
    in = ctx->inputs[0];
    if ((st = check_copyable(ctx, in, "input")))
        return st;
    if ((st = read_int_scalar(ctx, ctx->inputs[1], &axis, "dim")))
        return st;
    if (axis < -in->rank - 1 || axis > in->rank)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "dim %" PRId64 " is not in [%d, %d] for an input of rank %d", axis,
                                -in->rank - 1, in->rank, in->rank);
    if (in->rank >= TFGT_MAX_RANK)
        return tfgt_kernel_fail(ctx, TFGT_E_LIMIT, "the output would have rank %d, more than %d",
                                in->rank + 1, TFGT_MAX_RANK);
    if (axis < 0)
        axis += in->rank + 1;
    for (int i = 0, j = 0; i <= in->rank; i++)
        dims[i] = i == axis ? 1 : in->dims[j++];
    return output_reshaped(ctx, 0, in, in->rank + 1, dims);
}

/* ---- Transpose ----------------------------------------------------------- */

/* Validate a permutation of rank values; fills perm. */
static tfgt_status read_permutation(tfgt_kernel_context *ctx, const tfgt_tensor *t, int rank,
                                    int *perm)
{
    int64_t values[TFGT_MAX_RANK];
    bool seen[TFGT_MAX_RANK] = {false};
    int n;
    if (t->rank != 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "perm must be a vector, not rank %d",
                                t->rank);
    if (t->count != rank)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "perm has %" PRId64 " values but the input has rank %d", t->count,
                                rank);
    n = read_int_list(ctx, t, values, TFGT_MAX_RANK, "perm");
    if (n < 0)
        return failed(ctx);
    for (int i = 0; i < n; i++) {
        if (values[i] < 0 || values[i] >= rank)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "perm[%d] = %" PRId64 " is not in [0, %d)", i, values[i], rank);
        if (seen[values[i]])
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "perm has %" PRId64 " more than once", values[i]);
        seen[values[i]] = true;
        perm[i] = (int)values[i];
    }
    return TFGT_OK;
}

/* The plain per-element transpose the engine is checked against. */
static void transpose_reference(const tfgt_tensor *in, const int *perm, tfgt_tensor *out)
{
    int64_t in_strides[TFGT_MAX_RANK];
    size_t esize = elem_size(in->dtype);
    row_major_strides(in->dims, in->rank, in_strides);
    for (int64_t o = 0; o < out->count; o++) {
        int64_t rest = o, src = 0;
        for (int k = out->rank - 1; k >= 0; k--) {
            src += (rest % out->dims[k]) * in_strides[perm[k]];
            rest /= out->dims[k];
        }
        memcpy((uint8_t *)out->data + (size_t)o * esize,
               (const uint8_t *)in->data + (size_t)src * esize, esize);
    }
}

static tfgt_status kernel_transpose(tfgt_kernel_context *ctx)
{
    bool reference = want_reference(ctx);
    const tfgt_tensor *in;
    tfgt_tensor *out;
    int perm[TFGT_MAX_RANK];
    int64_t dims[TFGT_MAX_RANK];
    tfgt_status st = need_inputs(ctx, 2);
    if (st)
        return st;
    in = ctx->inputs[0];
    if ((st = check_copyable(ctx, in, "x")))
        return st;
    if ((st = read_permutation(ctx, ctx->inputs[1], in->rank, perm)))
        return st;
    for (int k = 0; k < in->rank; k++)
        dims[k] = in->dims[perm[k]];
    out = tfgt_kernel_output(ctx, 0, in->dtype, in->rank, dims);
    if (!out)
        return failed(ctx);
    if (!out->count) /* (an empty tensor's other dims may not multiply) */
        return TFGT_OK;
    if (reference) {
        transpose_reference(in, perm, out);
    } else {
        copy_plan plan;
        plan_permute(&plan, in->dims, in->rank, perm, elem_size(in->dtype));
        plan_run(&plan, out->data, in->data, ctx->threads);
    }
    return own_strings(ctx, out);
}


static tfgt_status kernel_invert_permutation(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in;
    tfgt_tensor *out;
    int64_t n;
    uint8_t *seen;
    tfgt_status st = need_inputs(ctx, 1);
    if (st)
        return st;
    in = ctx->inputs[0];
    if (in->rank != 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "x must be a vector, not rank %d",
                                in->rank);
    if (in->dtype != TFGT_DT_INT32 && in->dtype != TFGT_DT_INT64)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "x must be int32 or int64, not %s",
                                dtype_label(in->dtype));
    n = in->count;
    if (in->dtype == TFGT_DT_INT32 && n > INT32_MAX)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "x has more than 2^31-1 values");
    out = tfgt_kernel_output(ctx, 0, in->dtype, 1, in->dims);
    if (!out)
        return failed(ctx);
    seen = calloc((size_t)(n ? n : 1), 1);
    if (!seen)
        return tfgt_kernel_fail(ctx, TFGT_E_NO_MEMORY, "out of memory");
    for (int64_t i = 0; i < n; i++) {
        int64_t v = in->dtype == TFGT_DT_INT32 ? ((const int32_t *)in->data)[i]
                                               : ((const int64_t *)in->data)[i];
        if (v < 0 || v >= n) {
            free(seen);
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "x[%" PRId64 "] = %" PRId64 " is not in [0, %" PRId64 ")", i, v,
                                    n);
        }
        if (seen[v]) {
            free(seen);
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "%" PRId64 " is duplicated in the input", v);
        }
        seen[v] = 1;
        if (in->dtype == TFGT_DT_INT32)
            ((int32_t *)out->data)[v] = (int32_t)i;
        else
            ((int64_t *)out->data)[v] = i;
    }
    free(seen);
    return TFGT_OK;
}

/* ---- Concat, Pack, ParallelConcat ---------------------------------------- */

/* Concatenate `n` tensors along `axis` into output 0 (all checked to have
 * the same type and rank; other dims equal). */
static tfgt_status concat_tensors(tfgt_kernel_context *ctx, const tfgt_tensor *const *values,
                                  size_t n, int axis, const char *what)
{
    const tfgt_tensor *first = values[0];
    int64_t dims[TFGT_MAX_RANK], outer = 1, out_inner, offset = 0;
    size_t esize;
    tfgt_tensor *out;
    tfgt_status st;
    if ((st = check_copyable(ctx, first, what)))
        return st;
    esize = elem_size(first->dtype);
    memcpy(dims, first->dims, sizeof dims);
    dims[axis] = 0;
    for (size_t i = 0; i < n; i++) {
        const tfgt_tensor *v = values[i];
        if (v->dtype != first->dtype)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "%s %zu has type %s, expected %s like %s 0", what, i,
                                    dtype_label(v->dtype), dtype_label(first->dtype), what);
        if (v->rank != first->rank)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "%s %zu has rank %d, expected %d like %s 0", what, i, v->rank,
                                    first->rank, what);
        for (int k = 0; k < first->rank; k++)
            if (k != axis && v->dims[k] != first->dims[k]) {
                char a[256], b[256];
                format_shape(v->dims, v->rank, a, sizeof a);
                format_shape(first->dims, first->rank, b, sizeof b);
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                        "%s %zu has shape %s, which does not match %s of %s 0 "
                                        "outside dimension %d",
                                        what, i, a, b, what, axis);
            }
        dims[axis] += v->dims[axis];
    }
    out = tfgt_kernel_output(ctx, 0, first->dtype, first->rank, dims);
    if (!out)
        return failed(ctx);
    for (int k = 0; k < axis; k++)
        outer *= dims[k];
    out_inner = out->count / (outer ? outer : 1);
    for (size_t i = 0; i < n; i++) {
        const tfgt_tensor *v = values[i];
        int64_t inner = v->count / (outer ? outer : 1);
        copy_plan plan = {.rank = 2, .esize = esize};
        if (!v->count)
            continue;
        plan.shape[0] = outer;
        plan.shape[1] = inner;
        plan.src_stride[0] = inner;
        plan.src_stride[1] = 1;
        plan.dst_stride[0] = out_inner;
        plan.dst_stride[1] = 1;
        plan_execute(ctx, &plan, (uint8_t *)out->data + (size_t)offset * esize, v->data);
        offset += inner;
    }
    return own_strings(ctx, out);
}

static tfgt_status concat_common(tfgt_kernel_context *ctx, bool axis_first)
{
    const tfgt_tensor *const *values;
    size_t n;
    int64_t axis = 0;
    int ax = 0;
    tfgt_status st = need_inputs(ctx, 2);
    if (st)
        return st;
    n = ctx->n_inputs - 1;
    values = axis_first ? ctx->inputs + 1 : ctx->inputs;
    if ((st = read_int_scalar(ctx, ctx->inputs[axis_first ? 0 : n], &axis, "axis")))
        return st;
    if (values[0]->rank == 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "cannot concatenate scalars (use Pack instead)");
    if ((st = normalize_axis(ctx, axis, values[0]->rank, &ax, "axis")))
        return st;
    return concat_tensors(ctx, values, n, ax, "values");
}

static tfgt_status kernel_concat_v2(tfgt_kernel_context *ctx)
{
    return concat_common(ctx, false);
}

static tfgt_status kernel_concat(tfgt_kernel_context *ctx)
{
    return concat_common(ctx, true);
}

static tfgt_status kernel_pack(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *first;
    tfgt_tensor *out;
    int64_t axis, dims[TFGT_MAX_RANK], outer = 1, inner;
    size_t n, esize;
    int rank;
    tfgt_status st = need_inputs(ctx, 1);
    if (st)
        return st;
    first = ctx->inputs[0];
    n = ctx->n_inputs;
    rank = first->rank + 1;
    axis = tfgt_kernel_attr_int(ctx, "axis", 0);
    if (axis < -rank || axis >= rank)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "axis %" PRId64 " is not in [%d, %d)", axis, -rank, rank);
    if (rank > TFGT_MAX_RANK)
        return tfgt_kernel_fail(ctx, TFGT_E_LIMIT, "the output would have rank %d, more than %d",
                                rank, TFGT_MAX_RANK);
    if (axis < 0)
        axis += rank;
    if ((st = check_copyable(ctx, first, "values")))
        return st;
    for (size_t i = 1; i < n; i++)
        if (!tfgt_tensor_same_shape(ctx->inputs[i], first)) {
            char a[256], b[256];
            format_shape(ctx->inputs[i]->dims, ctx->inputs[i]->rank, a, sizeof a);
            format_shape(first->dims, first->rank, b, sizeof b);
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "values %zu is %s %s but values 0 is %s %s", i,
                                    dtype_label(ctx->inputs[i]->dtype), a,
                                    dtype_label(first->dtype), b);
        }
    for (int k = 0, j = 0; k < rank; k++)
        dims[k] = k == axis ? (int64_t)n : first->dims[j++];
    out = tfgt_kernel_output(ctx, 0, first->dtype, rank, dims);
    if (!out)
        return failed(ctx);
    esize = elem_size(first->dtype);
    for (int k = 0; k < axis; k++)
        outer *= first->dims[k];
    inner = first->count / (outer ? outer : 1);
    for (size_t i = 0; i < n && first->count; i++) {
        copy_plan plan = {.rank = 2, .esize = esize};
        plan.shape[0] = outer;
        plan.shape[1] = inner;
        plan.src_stride[0] = inner;
        plan.src_stride[1] = 1;
        plan.dst_stride[0] = inner * (int64_t)n;
        plan.dst_stride[1] = 1;
        plan_execute(ctx, &plan, (uint8_t *)out->data + (size_t)(inner * (int64_t)i) * esize,
                 ctx->inputs[i]->data);
    }
    return own_strings(ctx, out);
}

static tfgt_status kernel_parallel_concat(tfgt_kernel_context *ctx)
{
    tfgt_shape shape;
    const tfgt_tensor *first;
    tfgt_status st = need_inputs(ctx, 1);
    if (st)
        return st;
    first = ctx->inputs[0];
    if (first->rank < 1 || first->dims[0] != 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "each value must have a leading dimension of 1");
    for (size_t i = 0; i < ctx->n_inputs; i++)
        if (!tfgt_tensor_same_shape(ctx->inputs[i], first))
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "values %zu differs from values 0 in type or shape", i);
    if (tfgt_node_get_shape(ctx->node, "shape", &shape, NULL) == TFGT_OK && !shape.unknown_rank) {
        bool ok = shape.rank == first->rank;
        for (int k = 0; ok && k < shape.rank; k++) {
            int64_t want = k == 0 ? (int64_t)ctx->n_inputs : first->dims[k];
            ok = shape.dims[k] < 0 || shape.dims[k] == want;
        }
        if (!ok)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "the shape attribute does not match %zu values", ctx->n_inputs);
    }
    return concat_tensors(ctx, ctx->inputs, ctx->n_inputs, 0, "values");
}

/* ---- Unpack, Split, SplitV ------------------------------------------------ */

/* Split `in` along `axis` into outputs of the given sizes. */
static tfgt_status split_tensor(tfgt_kernel_context *ctx, const tfgt_tensor *in, int axis,
                                const int64_t *sizes, int64_t n, bool drop_axis)
{
    size_t esize = elem_size(in->dtype);
    int64_t outer = 1, in_inner, offset = 0, after = 1;
    if ((uint64_t)n > ctx->max_outputs)
        return tfgt_kernel_fail(ctx, TFGT_E_LIMIT, "%" PRId64 " outputs, more than the %zu supported",
                                n, ctx->max_outputs);
    /* products of dims past the first are only safe on non-empty tensors */
    for (int k = 0; k < axis && in->count; k++)
        outer *= in->dims[k];
    for (int k = axis + 1; k < in->rank && in->count; k++)
        after *= in->dims[k];
    in_inner = in->dims[axis] * after;
    for (int64_t i = 0; i < n; i++) {
        int64_t dims[TFGT_MAX_RANK];
        int rank = 0;
        tfgt_tensor *out;
        copy_plan plan = {.rank = 2, .esize = esize};
        for (int k = 0; k < in->rank; k++) {
            if (k == axis && drop_axis)
                continue;
            dims[rank++] = k == axis ? sizes[i] : in->dims[k];
        }
        out = tfgt_kernel_output(ctx, (size_t)i, in->dtype, rank, dims);
        if (!out)
            return failed(ctx);
        plan.shape[0] = outer;
        plan.shape[1] = sizes[i] * after;
        plan.src_stride[0] = in_inner;
        plan.src_stride[1] = 1;
        plan.dst_stride[0] = sizes[i] * after;
        plan.dst_stride[1] = 1;
        if (out->count)
            plan_execute(ctx, &plan, out->data,
                         (const uint8_t *)in->data + (size_t)offset * esize);
        offset += sizes[i] * after;
        if (own_strings(ctx, out) != TFGT_OK)
            return failed(ctx);
    }
    return TFGT_OK;
}

static tfgt_status kernel_unpack(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in;
    int64_t axis = 0, num, *sizes;
    int ax = 0;
    tfgt_status st = need_inputs(ctx, 1);
    if (st)
        return st;
    in = ctx->inputs[0];
    if ((st = check_copyable(ctx, in, "value")))
        return st;
    if (in->rank == 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "cannot unpack a scalar");
    axis = tfgt_kernel_attr_int(ctx, "axis", 0);
    if ((st = normalize_axis(ctx, axis, in->rank, &ax, "axis")))
        return st;
    num = tfgt_kernel_attr_int(ctx, "num", in->dims[ax]);
    if (num != in->dims[ax])
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "num is %" PRId64 " but dimension %d of the input is %" PRId64, num,
                                ax, in->dims[ax]);
    if ((uint64_t)num > ctx->max_outputs)
        return tfgt_kernel_fail(ctx, TFGT_E_LIMIT, "%" PRId64 " outputs, more than the %zu supported",
                                num, ctx->max_outputs);
    sizes = malloc((size_t)(num ? num : 1) * sizeof *sizes);
    if (!sizes)
        return tfgt_kernel_fail(ctx, TFGT_E_NO_MEMORY, "out of memory");
    for (int64_t i = 0; i < num; i++)
        sizes[i] = 1;
    st = split_tensor(ctx, in, ax, sizes, num, true);
    free(sizes);
    return st;
}

static tfgt_status kernel_split(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in;
    int64_t axis = 0, num, *sizes;
    int ax = 0;
    tfgt_status st = need_inputs(ctx, 2);
    if (st)
        return st;
    in = ctx->inputs[1];
    if ((st = check_copyable(ctx, in, "value")))
        return st;
    if ((st = read_int_scalar(ctx, ctx->inputs[0], &axis, "split_dim")))
        return st;
    if ((st = normalize_axis(ctx, axis, in->rank, &ax, "split_dim")))
        return st;
    num = tfgt_kernel_attr_int(ctx, "num_split", -1);
    if (num < 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "num_split must be at least 1, not %" PRId64, num);
    if (in->dims[ax] % num != 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "number of ways to split should evenly divide the split dimension, "
                                "but got split_dim %d (size = %" PRId64 ") and num_split %" PRId64,
                                ax, in->dims[ax], num);
    if ((uint64_t)num > ctx->max_outputs)
        return tfgt_kernel_fail(ctx, TFGT_E_LIMIT, "%" PRId64 " outputs, more than the %zu supported",
                                num, ctx->max_outputs);
    sizes = malloc((size_t)num * sizeof *sizes);
    if (!sizes)
        return tfgt_kernel_fail(ctx, TFGT_E_NO_MEMORY, "out of memory");
    for (int64_t i = 0; i < num; i++)
        sizes[i] = in->dims[ax] / num;
    st = split_tensor(ctx, in, ax, sizes, num, false);
    free(sizes);
    return st;
}

static tfgt_status kernel_split_v(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in, *sizes_t;
    int64_t axis = 0, num, *sizes, total = 0;
    int ax = 0, n, unknown = -1;
    tfgt_status st = need_inputs(ctx, 3);
    if (st)
        return st;
    in = ctx->inputs[0];
    sizes_t = ctx->inputs[1];
    if ((st = check_copyable(ctx, in, "value")))
        return st;
    if ((st = read_int_scalar(ctx, ctx->inputs[2], &axis, "split_dim")))
        return st;
    if ((st = normalize_axis(ctx, axis, in->rank, &ax, "split_dim")))
        return st;
    if (sizes_t->rank != 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "size_splits must be a vector, not rank %d", sizes_t->rank);
    if ((uint64_t)sizes_t->count > ctx->max_outputs)
        return tfgt_kernel_fail(ctx, TFGT_E_LIMIT,
                                "%" PRId64 " outputs, more than the %zu supported", sizes_t->count,
                                ctx->max_outputs);
    num = tfgt_kernel_attr_int(ctx, "num_split", sizes_t->count);
    if (num != sizes_t->count)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "size_splits has %" PRId64 " values but num_split is %" PRId64,
                                sizes_t->count, num);
    if (num < 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "size_splits is empty");
    sizes = malloc((size_t)num * sizeof *sizes);
    if (!sizes)
        return tfgt_kernel_fail(ctx, TFGT_E_NO_MEMORY, "out of memory");
    n = read_int_list(ctx, sizes_t, sizes, (int)num, "size_splits");
    if (n < 0) {
        free(sizes);
        return failed(ctx);
    }
    for (int i = 0; i < n; i++) {
        if (sizes[i] == -1) {
            if (unknown >= 0) {
                free(sizes);
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                        "there can only be one -1 in size_splits, found %d and %d",
                                        unknown, i);
            }
            unknown = i;
        } else if (sizes[i] < 0 || sizes[i] > in->dims[ax] || total + sizes[i] > in->dims[ax]) {
            int64_t v = sizes[i];
            free(sizes);
            if (v < 0)
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                        "size_splits[%d] = %" PRId64 " is negative", i, v);
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "size_splits add up to more than the split dimension %d "
                                    "(size %" PRId64 ")",
                                    ax, in->dims[ax]);
        } else {
            total += sizes[i];
        }
    }
    if (unknown >= 0) {
        sizes[unknown] = in->dims[ax] - total;
    } else if (total != in->dims[ax]) {
        free(sizes);
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "size_splits add up to %" PRId64 " but split dimension %d is %" PRId64,
                                total, ax, in->dims[ax]);
    }
    st = split_tensor(ctx, in, ax, sizes, num, false);
    free(sizes);
    return st;
}

/* ---- Slice, StridedSlice -------------------------------------------------- */

/* A box of the input: per input dimension a start, a step and a count. */
typedef struct slice_box {
    int rank;
    int64_t begin[TFGT_MAX_RANK];
    int64_t stride[TFGT_MAX_RANK];
    int64_t size[TFGT_MAX_RANK];
} slice_box;

/* Copy the box of `in` into a new output of shape out_dims. */
static tfgt_status output_box(tfgt_kernel_context *ctx, const tfgt_tensor *in, const slice_box *box,
                              int out_rank, const int64_t *out_dims)
{
    int64_t in_strides[TFGT_MAX_RANK], base = 0;
    size_t esize = elem_size(in->dtype);
    copy_plan plan = {.rank = box->rank, .esize = esize};
    tfgt_tensor *out = tfgt_kernel_output(ctx, 0, in->dtype, out_rank, out_dims);
    if (!out)
        return failed(ctx);
    if (!out->count)
        return TFGT_OK;
    row_major_strides(in->dims, in->rank, in_strides);
    row_major_strides(box->size, box->rank, plan.dst_stride);
    for (int k = 0; k < box->rank; k++) {
        plan.shape[k] = box->size[k];
        plan.src_stride[k] = in_strides[k] * box->stride[k];
        base += box->begin[k] * in_strides[k];
    }
    plan_execute(ctx, &plan, out->data, (const uint8_t *)in->data + (size_t)base * esize);
    return own_strings(ctx, out);
}

static tfgt_status kernel_slice(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in;
    int64_t begin[TFGT_MAX_RANK], size[TFGT_MAX_RANK];
    slice_box box;
    tfgt_status st = need_inputs(ctx, 3);
    if (st)
        return st;
    in = ctx->inputs[0];
    if ((st = check_copyable(ctx, in, "input")))
        return st;
    for (int j = 1; j <= 2; j++) {
        const tfgt_tensor *t = ctx->inputs[j];
        const char *what = j == 1 ? "begin" : "size";
        if (t->rank != 1 || t->count != in->rank)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "%s must be a vector of %d values (the input's rank)", what,
                                    in->rank);
        if (read_int_list(ctx, t, j == 1 ? begin : size, TFGT_MAX_RANK, what) < 0)
            return failed(ctx);
    }
    box.rank = in->rank;
    for (int k = 0; k < in->rank; k++) {
        int64_t dim = in->dims[k];
        if (begin[k] < 0 || begin[k] > dim)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "expected begin[%d] in [0, %" PRId64 "], but got %" PRId64, k,
                                    dim, begin[k]);
        if (size[k] == -1)
            size[k] = dim - begin[k];
        if (size[k] < 0 || size[k] > dim - begin[k])
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "expected size[%d] in [0, %" PRId64 "], but got %" PRId64, k,
                                    dim - begin[k], size[k]);
        box.begin[k] = begin[k];
        box.stride[k] = 1;
        box.size[k] = size[k];
    }
    return output_box(ctx, in, &box, in->rank, size);
}

enum { SLICE_NEW_AXIS = -1, SLICE_SHRINK = -2 };

/* TensorFlow's strided-slice rules: expand the sparse spec (with its
 * ellipsis and new axes) to one entry per input dimension, canonicalize
 * begin/end against each dimension, and work out the output shape. */
static tfgt_status strided_slice_box(tfgt_kernel_context *ctx, const tfgt_tensor *in,
                                     slice_box *box, int *out_rank, int64_t *out_dims)
{
    int64_t begin[SLICE_SPEC_MAX + 1] = {0}, end[SLICE_SPEC_MAX + 1] = {0},
            strides[SLICE_SPEC_MAX + 1] = {0};
    uint64_t begin_mask = (uint32_t)tfgt_kernel_attr_int(ctx, "begin_mask", 0);
    uint64_t end_mask = (uint32_t)tfgt_kernel_attr_int(ctx, "end_mask", 0);
    uint64_t ellipsis_mask = (uint32_t)tfgt_kernel_attr_int(ctx, "ellipsis_mask", 0);
    uint64_t new_axis_mask = (uint32_t)tfgt_kernel_attr_int(ctx, "new_axis_mask", 0);
    uint64_t shrink_mask = (uint32_t)tfgt_kernel_attr_int(ctx, "shrink_axis_mask", 0);
    /* dense (per input dimension) spec */
    int64_t d_begin[TFGT_MAX_RANK], d_end[TFGT_MAX_RANK], d_stride[TFGT_MAX_RANK];
    bool d_begin_masked[TFGT_MAX_RANK], d_end_masked[TFGT_MAX_RANK], d_shrink[TFGT_MAX_RANK];
    int final_index[SLICE_SPEC_MAX + 1 + TFGT_MAX_RANK];
    int n_final = 0, sparse_dims, full_index = 0, add_after_ellipsis = 0, n = -1;
    bool ellipsis_seen = false;
    const tfgt_tensor *spec[3] = {ctx->inputs[1], ctx->inputs[2], ctx->inputs[3]};
    int64_t *spec_out[3] = {begin, end, strides};
    static const char *const names[3] = {"begin", "end", "strides"};

    for (int j = 0; j < 3; j++) {
        if (spec[j]->rank != 1)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s must be a vector, not rank %d",
                                    names[j], spec[j]->rank);
        if (spec[j]->count > SLICE_SPEC_MAX)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "%s has %" PRId64 " values, more than %d", names[j],
                                    spec[j]->count, SLICE_SPEC_MAX);
        if (j && spec[j]->count != n)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "begin, end and strides must be vectors of the same size "
                                    "(%d, %" PRId64 ")",
                                    n, spec[j]->count);
        if (j && spec[j]->dtype != spec[0]->dtype)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "begin, end and strides must have the same type");
        n = read_int_list(ctx, spec[j], spec_out[j], SLICE_SPEC_MAX, names[j]);
        if (n < 0)
            return failed(ctx);
    }
    if (ellipsis_mask & (ellipsis_mask - 1))
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "multiple ellipses in slice spec not allowed");
    for (int i = 0; i < n; i++) {
        if (ellipsis_seen && (new_axis_mask >> i & 1))
            add_after_ellipsis++;
        if (ellipsis_mask >> i & 1)
            ellipsis_seen = true;
    }
    sparse_dims = n;
    if (!ellipsis_seen) { /* an implicit ellipsis at the end */
        ellipsis_mask |= (uint64_t)1 << n;
        sparse_dims++;
    }
    for (int i = 0; i < sparse_dims; i++) {
        if (ellipsis_mask >> i & 1) {
            int next = in->rank - (sparse_dims - i) + 1 + add_after_ellipsis;
            if (next > in->rank)
                next = in->rank;
            for (; full_index < next; full_index++) {
                d_begin[full_index] = d_end[full_index] = 0;
                d_stride[full_index] = 1;
                d_begin_masked[full_index] = d_end_masked[full_index] = true;
                d_shrink[full_index] = false;
                final_index[n_final++] = full_index;
            }
        } else if (new_axis_mask >> i & 1) {
            final_index[n_final++] = SLICE_NEW_AXIS;
        } else {
            if (full_index == in->rank)
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                        "index out of range using input dim %d; input has only "
                                        "%d dims",
                                        full_index, in->rank);
            d_begin[full_index] = begin[i];
            d_end[full_index] = end[i];
            d_stride[full_index] = strides[i];
            d_begin_masked[full_index] = begin_mask >> i & 1;
            d_end_masked[full_index] = end_mask >> i & 1;
            d_shrink[full_index] = shrink_mask >> i & 1;
            final_index[n_final++] = d_shrink[full_index] ? SLICE_SHRINK : full_index;
            full_index++;
        }
    }
    /* a spec shorter than the rank (after the ellipsis) covers the rest whole */
    for (; full_index < in->rank; full_index++) {
        d_begin[full_index] = d_end[full_index] = 0;
        d_stride[full_index] = 1;
        d_begin_masked[full_index] = d_end_masked[full_index] = true;
        d_shrink[full_index] = false;
        final_index[n_final++] = full_index;
    }
    box->rank = in->rank;
    for (int i = 0; i < in->rank; i++) {
        int64_t dim = in->dims[i], stride = d_stride[i], b = d_begin[i], e = d_end[i];
        if (stride == 0)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "strides[%d] must be non-zero", i);
        if (d_shrink[i]) {
            int64_t x = b < 0 ? dim + b : b;
            if (stride < 0)
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                        "only stride 1 allowed on non-range indexing");
            if (x < 0 || x >= dim)
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                        "slice index %" PRId64 " of dimension %d out of bounds",
                                        b, i);
            box->begin[i] = x;
            box->stride[i] = 1;
            box->size[i] = 1;
            continue;
        }
        {
            /* valid range is [0, dim] going forward, [-1, dim - 1] going back */
            int64_t lo = stride > 0 ? 0 : -1, hi = stride > 0 ? dim : dim - 1, length;
            if (d_begin_masked[i]) {
                b = stride > 0 ? lo : hi;
            } else {
                if (b < 0)
                    b = dim + b;
                b = b < lo ? lo : b > hi ? hi : b;
            }
            if (d_end_masked[i]) {
                e = stride > 0 ? hi : lo;
            } else {
                if (e < 0)
                    e = dim + e;
                e = e < lo ? lo : e > hi ? hi : e;
            }
            length = e - b;
            box->begin[i] = b;
            box->stride[i] = stride;
            if (length == 0 || (length < 0) != (stride < 0)) {
                box->size[i] = 0;
            } else {
                /* |length| <= dim + 1, so this cannot overflow */
                int64_t al = length < 0 ? -length : length;
                int64_t as = stride < 0 ? (stride == INT64_MIN ? INT64_MAX : -stride) : stride;
                box->size[i] = al / as + (al % as != 0);
            }
            if (box->size[i] <= 1) /* the step is never taken; keep offsets small */
                box->stride[i] = 1;
        }
    }
    *out_rank = 0;
    for (int j = 0; j < n_final; j++) {
        if (final_index[j] == SLICE_SHRINK)
            continue;
        if (*out_rank >= TFGT_MAX_RANK)
            return tfgt_kernel_fail(ctx, TFGT_E_LIMIT, "the output would have rank above %d",
                                    TFGT_MAX_RANK);
        out_dims[(*out_rank)++] = final_index[j] == SLICE_NEW_AXIS ? 1 : box->size[final_index[j]];
    }
    return TFGT_OK;
}

static tfgt_status kernel_strided_slice(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in;
    slice_box box;
    int64_t out_dims[TFGT_MAX_RANK];
    int out_rank = 0;
    tfgt_status st = need_inputs(ctx, 4);
    if (st)
        return st;
    in = ctx->inputs[0];
    if ((st = check_copyable(ctx, in, "input")))
        return st;
    if ((st = strided_slice_box(ctx, in, &box, &out_rank, out_dims)))
        return st;
    return output_box(ctx, in, &box, out_rank, out_dims);
}

/* ---- Pad, PadV2, MirrorPad ------------------------------------------------ */

/* paddings: a [rank, 2] integer tensor of non-negative values. */
static tfgt_status read_paddings(tfgt_kernel_context *ctx, const tfgt_tensor *t, int rank,
                                 int64_t *before, int64_t *after, const char *what)
{
    int64_t values[2 * TFGT_MAX_RANK];
    if (t->rank != 2 || t->dims[0] != rank || t->dims[1] != 2)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "%s must have shape [%d, 2] for an input of rank %d", what, rank,
                                rank);
    if (t->dtype != TFGT_DT_INT32 && t->dtype != TFGT_DT_INT64)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s must be int32 or int64, not %s",
                                what, dtype_label(t->dtype));
    for (int i = 0; i < 2 * rank; i++)
        values[i] = t->dtype == TFGT_DT_INT32 ? ((const int32_t *)t->data)[i]
                                              : ((const int64_t *)t->data)[i];
    for (int k = 0; k < rank; k++) {
        before[k] = values[2 * k];
        after[k] = values[2 * k + 1];
        if (before[k] < 0 || after[k] < 0)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "%s must be non-negative: dimension %d has %" PRId64
                                    " and %" PRId64,
                                    what, k, before[k], after[k]);
    }
    return TFGT_OK;
}

/* Output dims of a padded tensor, with overflow checks. */
static tfgt_status padded_dims(tfgt_kernel_context *ctx, const tfgt_tensor *in,
                               const int64_t *before, const int64_t *after, int64_t *dims)
{
    for (int k = 0; k < in->rank; k++) {
        if (before[k] > INT64_MAX - in->dims[k] || after[k] > INT64_MAX - in->dims[k] - before[k])
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "padding dimension %d overflows int64", k);
        dims[k] = before[k] + in->dims[k] + after[k];
    }
    return TFGT_OK;
}

static tfgt_status pad_common(tfgt_kernel_context *ctx, bool with_value)
{
    const tfgt_tensor *in;
    tfgt_tensor *out;
    int64_t before[TFGT_MAX_RANK], after[TFGT_MAX_RANK], dims[TFGT_MAX_RANK], base = 0;
    size_t esize;
    tfgt_status st = need_inputs(ctx, with_value ? 3 : 2);
    if (st)
        return st;
    in = ctx->inputs[0];
    if ((st = check_copyable(ctx, in, "input")))
        return st;
    if ((st = read_paddings(ctx, ctx->inputs[1], in->rank, before, after, "paddings")))
        return st;
    if (with_value) {
        const tfgt_tensor *cv = ctx->inputs[2];
        if (cv->count != 1 || cv->rank > 1)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "constant_values must be a scalar");
        if (cv->dtype != in->dtype)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "constant_values has type %s but the input is %s",
                                    dtype_label(cv->dtype), dtype_label(in->dtype));
    }
    if ((st = padded_dims(ctx, in, before, after, dims)))
        return st;
    out = tfgt_kernel_output(ctx, 0, in->dtype, in->rank, dims);
    if (!out)
        return failed(ctx);
    esize = elem_size(in->dtype);
    if (with_value && out->count > in->count)
        fill_elements(out->data, ctx->inputs[2]->data, out->count, esize);
    if (in->count) {
        copy_plan plan = {.rank = in->rank, .esize = esize};
        row_major_strides(in->dims, in->rank, plan.src_stride);
        row_major_strides(dims, in->rank, plan.dst_stride);
        for (int k = 0; k < in->rank; k++) {
            plan.shape[k] = in->dims[k];
            base += before[k] * plan.dst_stride[k];
        }
        plan_execute(ctx, &plan, (uint8_t *)out->data + (size_t)base * esize, in->data);
    }
    return own_strings(ctx, out);
}

static tfgt_status kernel_pad(tfgt_kernel_context *ctx)
{
    return pad_common(ctx, false);
}

static tfgt_status kernel_pad_v2(tfgt_kernel_context *ctx)
{
    return pad_common(ctx, true);
}

static tfgt_status kernel_mirror_pad(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in;
    tfgt_tensor *out;
    int64_t before[TFGT_MAX_RANK], after[TFGT_MAX_RANK], dims[TFGT_MAX_RANK];
    int64_t in_strides[TFGT_MAX_RANK], *map[TFGT_MAX_RANK] = {NULL}, idx[TFGT_MAX_RANK] = {0};
    int64_t rows = 1, inner;
    size_t esize;
    char mode[32];
    bool symmetric;
    int rank, last;
    tfgt_status st = need_inputs(ctx, 2);
    if (st)
        return st;
    in = ctx->inputs[0];
    rank = in->rank;
    if ((st = check_copyable(ctx, in, "input")))
        return st;
    tfgt_kernel_attr_string(ctx, "mode", "", mode, sizeof mode);
    if (strcmp(mode, "REFLECT") != 0 && strcmp(mode, "SYMMETRIC") != 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "mode must be REFLECT or SYMMETRIC, not \"%s\"", mode);
    symmetric = mode[0] == 'S';
    if ((st = read_paddings(ctx, ctx->inputs[1], rank, before, after, "paddings")))
        return st;
    for (int k = 0; k < rank; k++) {
        int64_t limit = symmetric ? in->dims[k] : in->dims[k] - 1;
        if (before[k] > limit || after[k] > limit)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "paddings must be no greater than the dimension size%s: "
                                    "dimension %d has size %" PRId64 " and paddings %" PRId64
                                    ", %" PRId64,
                                    symmetric ? "" : " minus 1", k, in->dims[k], before[k],
                                    after[k]);
    }
    if ((st = padded_dims(ctx, in, before, after, dims)))
        return st;
    out = tfgt_kernel_output(ctx, 0, in->dtype, rank, dims);
    if (!out)
        return failed(ctx);
    if (!out->count)
        return TFGT_OK;
    esize = elem_size(in->dtype);
    if (rank == 0) {
        memcpy(out->data, in->data, esize);
        return own_strings(ctx, out);
    }
    /* per dimension: output coordinate -> input coordinate */
    for (int k = 0; k < rank; k++) {
        map[k] = malloc((size_t)dims[k] * sizeof(int64_t));
        if (!map[k]) {
            for (int j = 0; j < k; j++)
                free(map[j]);
            return tfgt_kernel_fail(ctx, TFGT_E_NO_MEMORY, "out of memory");
        }
        for (int64_t o = 0; o < dims[k]; o++) {
            int64_t i = o - before[k], n = in->dims[k];
            if (i < 0)
                i = symmetric ? -i - 1 : -i;
            else if (i >= n)
                i = symmetric ? 2 * n - 1 - i : 2 * n - 2 - i;
            map[k][o] = i;
        }
    }
    row_major_strides(in->dims, rank, in_strides);
    last = rank - 1;
    inner = dims[last];
    for (int k = 0; k < last; k++)
        rows *= dims[k];
    for (int64_t r = 0; r < rows; r++) {
        int64_t src = 0;
        uint8_t *dst = (uint8_t *)out->data + (size_t)(r * inner) * esize;
        const uint8_t *row;
        for (int k = 0; k < last; k++)
            src += map[k][idx[k]] * in_strides[k];
        row = (const uint8_t *)in->data + (size_t)src * esize;
        for (int64_t o = 0; o < before[last]; o++)
            memcpy(dst + (size_t)o * esize, row + (size_t)map[last][o] * esize, esize);
        memcpy(dst + (size_t)before[last] * esize, row, (size_t)in->dims[last] * esize);
        for (int64_t o = before[last] + in->dims[last]; o < inner; o++)
            memcpy(dst + (size_t)o * esize, row + (size_t)map[last][o] * esize, esize);
        for (int k = last - 1; k >= 0; k--) {
            if (++idx[k] < dims[k])
                break;
            idx[k] = 0;
        }
    }
    for (int k = 0; k < rank; k++)
        free(map[k]);
    return own_strings(ctx, out);
}

/* ---- Tile, BroadcastTo, ReverseV2 ----------------------------------------- */

static tfgt_status kernel_tile(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in, *mt;
    tfgt_tensor *out;
    int64_t mult[TFGT_MAX_RANK], dims[TFGT_MAX_RANK], in_strides[TFGT_MAX_RANK];
    copy_plan plan;
    int rank;
    tfgt_status st = need_inputs(ctx, 2);
    if (st)
        return st;
    in = ctx->inputs[0];
    mt = ctx->inputs[1];
    rank = in->rank;
    if ((st = check_copyable(ctx, in, "input")))
        return st;
    if (mt->rank != 1 || mt->count != rank)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "multiples must be a vector of %d values (the input's rank)", rank);
    if (read_int_list(ctx, mt, mult, TFGT_MAX_RANK, "multiples") < 0)
        return failed(ctx);
    for (int k = 0; k < rank; k++) {
        if (mult[k] < 0)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "multiples[%d] = %" PRId64 " is negative", k, mult[k]);
        if (in->dims[k] && mult[k] > INT64_MAX / in->dims[k])
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "dimension %d times multiples[%d] = %" PRId64
                                    " overflows int64",
                                    k, k, mult[k]);
        dims[k] = in->dims[k] * mult[k];
    }
    if (checked_product(dims, rank) < 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "the tiled shape has more than 2^63-1 elements");
    out = tfgt_kernel_output(ctx, 0, in->dtype, rank, dims);
    if (!out)
        return failed(ctx);
    if (!out->count)
        return TFGT_OK;
    /* view the output as [m0, d0, m1, d1, ...]; the m axes read stride 0 */
    row_major_strides(in->dims, rank, in_strides);
    plan.rank = 2 * rank;
    plan.esize = elem_size(in->dtype);
    for (int k = 0; k < rank; k++) {
        plan.shape[2 * k] = mult[k];
        plan.shape[2 * k + 1] = in->dims[k];
        plan.src_stride[2 * k] = 0;
        plan.src_stride[2 * k + 1] = in_strides[k];
    }
    row_major_strides(plan.shape, plan.rank, plan.dst_stride);
    plan_execute(ctx, &plan, out->data, in->data);
    return own_strings(ctx, out);
}

static tfgt_status kernel_broadcast_to(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in, *shape_t;
    tfgt_tensor *out;
    int64_t dims[TFGT_MAX_RANK], in_strides[TFGT_MAX_RANK];
    copy_plan plan;
    int rank, lead;
    tfgt_status st = need_inputs(ctx, 2);
    if (st)
        return st;
    in = ctx->inputs[0];
    shape_t = ctx->inputs[1];
    if ((st = check_copyable(ctx, in, "input")))
        return st;
    if (shape_t->rank != 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "shape must be a vector, not rank %d",
                                shape_t->rank);
    rank = read_int_list(ctx, shape_t, dims, TFGT_MAX_RANK, "shape");
    if (rank < 0)
        return failed(ctx);
    lead = rank - in->rank;
    for (int k = 0; k < rank; k++)
        if (dims[k] < 0)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "shape[%d] = %" PRId64 " is negative", k, dims[k]);
    if (lead < 0)
        goto incompatible;
    for (int k = 0; k < in->rank; k++)
        if (in->dims[k] != dims[lead + k] && in->dims[k] != 1)
            goto incompatible;
    if (checked_product(dims, rank) < 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "the target shape has more than 2^63-1 elements");
    out = tfgt_kernel_output(ctx, 0, in->dtype, rank, dims);
    if (!out)
        return failed(ctx);
    if (!out->count)
        return TFGT_OK;
    row_major_strides(in->dims, in->rank, in_strides);
    plan.rank = rank;
    plan.esize = elem_size(in->dtype);
    for (int k = 0; k < rank; k++) {
        plan.shape[k] = dims[k];
        plan.src_stride[k] = k < lead || in->dims[k - lead] == 1 ? 0 : in_strides[k - lead];
    }
    row_major_strides(dims, rank, plan.dst_stride);
    plan_execute(ctx, &plan, out->data, in->data);
    return own_strings(ctx, out);
incompatible: {
    char a[256], b[256];
    format_shape(in->dims, in->rank, a, sizeof a);
    format_shape(dims, rank, b, sizeof b);
    return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                            "unable to broadcast a tensor of shape %s to shape %s", a, b);
}
}

static tfgt_status kernel_reverse_v2(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in;
    tfgt_tensor *out;
    int64_t axes[TFGT_MAX_RANK], base = 0;
    bool flip[TFGT_MAX_RANK] = {false};
    copy_plan plan;
    int n;
    size_t esize;
    tfgt_status st = need_inputs(ctx, 2);
    if (st)
        return st;
    in = ctx->inputs[0];
    if ((st = check_copyable(ctx, in, "tensor")))
        return st;
    if (ctx->inputs[1]->rank != 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "axis must be a vector, not rank %d",
                                ctx->inputs[1]->rank);
    n = read_int_list(ctx, ctx->inputs[1], axes, TFGT_MAX_RANK, "axis");
    if (n < 0)
        return failed(ctx);
    for (int i = 0; i < n; i++) {
        int ax = 0;
        if ((st = normalize_axis(ctx, axes[i], in->rank, &ax, "axis")))
            return st;
        if (flip[ax])
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "axis %d is specified more than once", ax);
        flip[ax] = true;
    }
    out = tfgt_kernel_output(ctx, 0, in->dtype, in->rank, in->dims);
    if (!out)
        return failed(ctx);
    if (!out->count)
        return TFGT_OK;
    esize = elem_size(in->dtype);
    plan.rank = in->rank;
    plan.esize = esize;
    row_major_strides(in->dims, in->rank, plan.src_stride);
    row_major_strides(in->dims, in->rank, plan.dst_stride);
    for (int k = 0; k < in->rank; k++) {
        plan.shape[k] = in->dims[k];
        if (flip[k]) {
            base += (in->dims[k] - 1) * plan.src_stride[k];
            plan.src_stride[k] = -plan.src_stride[k];
        }
    }
    plan_execute(ctx, &plan, out->data, (const uint8_t *)in->data + (size_t)base * esize);
    return own_strings(ctx, out);
}

/* ---- Gather, GatherV2, OneHot --------------------------------------------- */

static bool is_index_type(int dtype)
{
    return dtype == TFGT_DT_INT16 || dtype == TFGT_DT_INT32 || dtype == TFGT_DT_INT64;
}

static int64_t index_at(const tfgt_tensor *t, int64_t i)
{
    switch (t->dtype) {
    case TFGT_DT_INT16: return ((const int16_t *)t->data)[i];
    case TFGT_DT_INT32: return ((const int32_t *)t->data)[i];
    default: return ((const int64_t *)t->data)[i];
    }
}

/* "indices[1,2] = 7 is not in [0, 5)" */
static tfgt_status bad_index(tfgt_kernel_context *ctx, const tfgt_tensor *indices, int64_t flat,
                             int64_t value, int64_t limit)
{
    char where[256];
    int64_t coord[TFGT_MAX_RANK], rest = flat;
    for (int k = indices->rank - 1; k >= 0; k--) {
        coord[k] = indices->dims[k] ? rest % indices->dims[k] : 0;
        rest = indices->dims[k] ? rest / indices->dims[k] : 0;
    }
    format_shape(coord, indices->rank, where, sizeof where);
    where[strlen(where) - 1] = '\0'; /* drop "]" and "[" for the TF look */
    return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                            "indices[%s] = %" PRId64 " is not in [0, %" PRId64 ")", where + 1, value,
                            limit);
}

static tfgt_status gather_common(tfgt_kernel_context *ctx, bool v2)
{
    const tfgt_tensor *params, *indices;
    tfgt_tensor *out;
    int64_t axis = 0, batch_dims = 0, dims[TFGT_MAX_RANK];
    int64_t batch = 1, outer = 1, gdim, inner = 1, nidx = 1;
    int ax = 0, rank = 0;
    size_t esize;
    tfgt_status st = need_inputs(ctx, v2 ? 3 : 2);
    if (st)
        return st;
    params = ctx->inputs[0];
    indices = ctx->inputs[1];
    if ((st = check_copyable(ctx, params, "params")))
        return st;
    if (!is_index_type(indices->dtype))
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "indices must be int16, int32 or int64, not %s",
                                dtype_label(indices->dtype));
    if (v2) {
        if ((st = read_int_scalar(ctx, ctx->inputs[2], &axis, "axis")))
            return st;
        batch_dims = tfgt_kernel_attr_int(ctx, "batch_dims", 0);
    }
    if (params->rank < 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "params must be at least 1-D");
    if ((st = normalize_axis(ctx, axis, params->rank, &ax, "axis")))
        return st;
    if (batch_dims < 0)
        batch_dims += indices->rank;
    if (batch_dims < 0 || batch_dims > indices->rank)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "batch_dims is out of range for indices of rank %d",
                                indices->rank);
    if (batch_dims > ax)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "batch_dims (%" PRId64 ") must be less than or equal to axis (%d)",
                                batch_dims, ax);
    for (int k = 0; k < batch_dims; k++)
        if (params->dims[k] != indices->dims[k])
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "params.shape[%d] = %" PRId64 " should equal indices.shape[%d] "
                                    "= %" PRId64,
                                    k, params->dims[k], k, indices->dims[k]);
    if (params->rank - 1 + indices->rank - batch_dims > TFGT_MAX_RANK)
        return tfgt_kernel_fail(ctx, TFGT_E_LIMIT, "the output would have rank above %d",
                                TFGT_MAX_RANK);
    for (int k = 0; k < ax; k++)
        dims[rank++] = params->dims[k];
    for (int k = (int)batch_dims; k < indices->rank; k++)
        dims[rank++] = indices->dims[k];
    for (int k = ax + 1; k < params->rank; k++)
        dims[rank++] = params->dims[k];
    gdim = params->dims[ax];
    for (int64_t i = 0; i < indices->count; i++) {
        int64_t v = index_at(indices, i);
        if (v < 0 || v >= gdim)
            return bad_index(ctx, indices, i, v, gdim);
    }
    out = tfgt_kernel_output(ctx, 0, params->dtype, rank, dims);
    if (!out)
        return failed(ctx);
    if (!out->count)
        return TFGT_OK;
    /* a non-empty output bounds all these products */
    for (int k = 0; k < batch_dims; k++)
        batch *= params->dims[k];
    for (int k = (int)batch_dims; k < ax; k++)
        outer *= params->dims[k];
    for (int k = ax + 1; k < params->rank; k++)
        inner *= params->dims[k];
    for (int k = (int)batch_dims; k < indices->rank; k++)
        nidx *= indices->dims[k];
    esize = elem_size(params->dtype);
    {
        const uint8_t *src = params->data;
        uint8_t *dst = out->data;
        size_t block = (size_t)inner * esize;
        for (int64_t b = 0; b < batch; b++)
            for (int64_t o = 0; o < outer; o++) {
                const uint8_t *slab = src + (size_t)((b * outer + o) * gdim) * block;
                for (int64_t j = 0; j < nidx; j++) {
                    int64_t v = index_at(indices, b * nidx + j);
                    memcpy(dst, slab + (size_t)v * block, block);
                    dst += block;
                }
            }
    }
    return own_strings(ctx, out);
}

static tfgt_status kernel_gather(tfgt_kernel_context *ctx)
{
    return gather_common(ctx, false);
}

static tfgt_status kernel_gather_v2(tfgt_kernel_context *ctx)
{
    return gather_common(ctx, true);
}

static tfgt_status kernel_one_hot(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *indices, *on, *off;
    tfgt_tensor *out;
    int64_t depth = 0, axis, dims[TFGT_MAX_RANK], prefix = 1, suffix = 1;
    size_t esize;
    int rank;
    tfgt_status st = need_inputs(ctx, 4);
    if (st)
        return st;
    indices = ctx->inputs[0];
    on = ctx->inputs[2];
    off = ctx->inputs[3];
    if ((st = read_int_scalar(ctx, ctx->inputs[1], &depth, "depth")))
        return st;
    if (depth < 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "depth must be non-negative, got %" PRId64, depth);
    if (on->count != 1 || on->rank > 1 || off->count != 1 || off->rank > 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "on_value and off_value must be scalars");
    if (on->dtype != off->dtype)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "on_value is %s but off_value is %s", dtype_label(on->dtype),
                                dtype_label(off->dtype));
    if ((st = check_copyable(ctx, on, "on_value")))
        return st;
    switch (indices->dtype) {
    case TFGT_DT_UINT8: case TFGT_DT_INT8: case TFGT_DT_INT32: case TFGT_DT_INT64: break;
    default:
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "indices must be uint8, int8, int32 or int64, not %s",
                                dtype_label(indices->dtype));
    }
    rank = indices->rank + 1;
    axis = tfgt_kernel_attr_int(ctx, "axis", -1);
    if (axis < -1 || axis >= rank)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "axis must be -1 or in [0, %d], got %" PRId64, rank - 1, axis);
    if (rank > TFGT_MAX_RANK)
        return tfgt_kernel_fail(ctx, TFGT_E_LIMIT, "the output would have rank above %d",
                                TFGT_MAX_RANK);
    if (axis == -1)
        axis = rank - 1;
    for (int k = 0, j = 0; k < rank; k++)
        dims[k] = k == axis ? depth : indices->dims[j++];
    if (checked_product(dims, rank) < 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "the output shape has more than 2^63-1 elements");
    out = tfgt_kernel_output(ctx, 0, on->dtype, rank, dims);
    if (!out)
        return failed(ctx);
    if (!out->count)
        return TFGT_OK;
    esize = elem_size(on->dtype);
    fill_elements(out->data, off->data, out->count, esize);
    for (int k = 0; k < axis; k++)
        prefix *= indices->dims[k];
    for (int k = (int)axis; k < indices->rank; k++)
        suffix *= indices->dims[k];
    for (int64_t p = 0; p < prefix; p++)
        for (int64_t s = 0; s < suffix; s++) {
            int64_t v;
            switch (indices->dtype) {
            case TFGT_DT_UINT8: v = ((const uint8_t *)indices->data)[p * suffix + s]; break;
            case TFGT_DT_INT8: v = ((const int8_t *)indices->data)[p * suffix + s]; break;
            case TFGT_DT_INT32: v = ((const int32_t *)indices->data)[p * suffix + s]; break;
            default: v = ((const int64_t *)indices->data)[p * suffix + s]; break;
            }
            if (v >= 0 && v < depth)
                memcpy((uint8_t *)out->data + (size_t)((p * depth + v) * suffix + s) * esize,
                       on->data, esize);
        }
    return own_strings(ctx, out);
}

/* ---- Range ------------------------------------------------------------------ */

static float round_half(float v)
{
    return tfgt_half_to_float(tfgt_float_to_half(v));
}

static float round_bfloat16(float v)
{
    return tfgt_bfloat16_to_float(tfgt_float_to_bfloat16(v));
}

static tfgt_status kernel_range(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *st_t, *li_t, *de_t;
    tfgt_tensor *out;
    int dtype;
    int64_t size;
    tfgt_status st = need_inputs(ctx, 3);
    if (st)
        return st;
    st_t = ctx->inputs[0];
    li_t = ctx->inputs[1];
    de_t = ctx->inputs[2];
    dtype = st_t->dtype;
    if (!scalar_like(st_t) || !scalar_like(li_t) || !scalar_like(de_t))
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "start, limit and delta must be scalars");
    if (li_t->dtype != dtype || de_t->dtype != dtype)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "start, limit and delta must have the same type");
    switch (dtype) {
    case TFGT_DT_INT8: case TFGT_DT_INT16: case TFGT_DT_INT32: case TFGT_DT_INT64:
    case TFGT_DT_UINT16: case TFGT_DT_UINT32: case TFGT_DT_UINT64: {
        bool is_unsigned = dtype == TFGT_DT_UINT16 || dtype == TFGT_DT_UINT32 ||
                           dtype == TFGT_DT_UINT64;
        uint64_t s_u, l_u, d_u, diff, ad, n;
        int64_t s, l, d;
        if (is_unsigned) {
            s_u = dtype == TFGT_DT_UINT64 ? *(const uint64_t *)st_t->data
                                          : (uint64_t)tfgt_tensor_get_double(st_t, 0);
            l_u = dtype == TFGT_DT_UINT64 ? *(const uint64_t *)li_t->data
                                          : (uint64_t)tfgt_tensor_get_double(li_t, 0);
            d_u = dtype == TFGT_DT_UINT64 ? *(const uint64_t *)de_t->data
                                          : (uint64_t)tfgt_tensor_get_double(de_t, 0);
            if (d_u == 0)
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "requires delta != 0");
            if (s_u > l_u)
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                        "requires start <= limit when delta > 0: %" PRIu64
                                        "/%" PRIu64,
                                        s_u, l_u);
            diff = l_u - s_u;
            ad = d_u;
        } else {
            s = dtype == TFGT_DT_INT64 ? *(const int64_t *)st_t->data
                                       : (int64_t)tfgt_tensor_get_double(st_t, 0);
            l = dtype == TFGT_DT_INT64 ? *(const int64_t *)li_t->data
                                       : (int64_t)tfgt_tensor_get_double(li_t, 0);
            d = dtype == TFGT_DT_INT64 ? *(const int64_t *)de_t->data
                                       : (int64_t)tfgt_tensor_get_double(de_t, 0);
            if (d == 0)
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "requires delta != 0");
            if (d > 0 && s > l)
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                        "requires start <= limit when delta > 0: %" PRId64
                                        "/%" PRId64,
                                        s, l);
            if (d < 0 && s < l)
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                        "requires start >= limit when delta < 0: %" PRId64
                                        "/%" PRId64,
                                        s, l);
            s_u = (uint64_t)s;
            d_u = (uint64_t)d;
            diff = d > 0 ? (uint64_t)l - (uint64_t)s : (uint64_t)s - (uint64_t)l;
            ad = d > 0 ? (uint64_t)d : 0 - (uint64_t)d;
        }
        n = diff / ad + (diff % ad != 0);
        if (n > (uint64_t)INT64_MAX)
            return tfgt_kernel_fail(ctx, TFGT_E_LIMIT, "the range has %" PRIu64 " elements", n);
        size = (int64_t)n;
        out = tfgt_kernel_output(ctx, 0, dtype, 1, &size);
        if (!out)
            return failed(ctx);
        for (int64_t i = 0; i < size; i++) {
            /* modular arithmetic: every value lies between start and limit */
            uint64_t v = s_u + (uint64_t)i * d_u;
            switch (dtype) {
            case TFGT_DT_INT8: ((int8_t *)out->data)[i] = (int8_t)v; break;
            case TFGT_DT_INT16: ((int16_t *)out->data)[i] = (int16_t)v; break;
            case TFGT_DT_INT32: ((int32_t *)out->data)[i] = (int32_t)v; break;
            case TFGT_DT_INT64: ((int64_t *)out->data)[i] = (int64_t)v; break;
            case TFGT_DT_UINT16: ((uint16_t *)out->data)[i] = (uint16_t)v; break;
            case TFGT_DT_UINT32: ((uint32_t *)out->data)[i] = (uint32_t)v; break;
            default: ((uint64_t *)out->data)[i] = v; break;
            }
        }
        return TFGT_OK;
    }
    case TFGT_DT_FLOAT: case TFGT_DT_DOUBLE: case TFGT_DT_HALF: case TFGT_DT_BFLOAT16: {
        double s = tfgt_tensor_get_double(st_t, 0), l = tfgt_tensor_get_double(li_t, 0);
        double d = tfgt_tensor_get_double(de_t, 0), count;
        /* the size is computed in the type's own precision, as TensorFlow does */
        if (d == 0)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "requires delta != 0");
        if (d > 0 && s > l)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "requires start <= limit when delta > 0: %g/%g", s, l);
        if (d < 0 && s < l)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "requires start >= limit when delta < 0: %g/%g", s, l);
        if (dtype == TFGT_DT_DOUBLE) {
            count = ceil(fabs((l - s) / d));
        } else if (dtype == TFGT_DT_FLOAT) {
            count = ceilf(fabsf(((float)l - (float)s) / (float)d));
        } else {
            float (*r)(float) = dtype == TFGT_DT_HALF ? round_half : round_bfloat16;
            count = ceilf(fabsf(r(r((float)l - (float)s) / (float)d)));
        }
        if (!(count <= 9.2e18))
            return tfgt_kernel_fail(ctx, TFGT_E_LIMIT,
                                    "requires ((limit - start) / delta) <= 2^63-1 and finite, got %g",
                                    count);
        size = (int64_t)count;
        out = tfgt_kernel_output(ctx, 0, dtype, 1, &size);
        if (!out)
            return failed(ctx);
        for (int64_t i = 0; i < size; i++) {
            switch (dtype) {
            case TFGT_DT_DOUBLE: ((double *)out->data)[i] = s + (double)i * d; break;
            case TFGT_DT_FLOAT:
                ((float *)out->data)[i] = (float)s + (float)i * (float)d;
                break;
            case TFGT_DT_HALF:
                ((uint16_t *)out->data)[i] = tfgt_float_to_half(
                    (float)s + round_half(round_half((float)i) * (float)d));
                break;
            default:
                ((uint16_t *)out->data)[i] = tfgt_float_to_bfloat16(
                    (float)s + round_bfloat16(round_bfloat16((float)i) * (float)d));
                break;
            }
        }
        return TFGT_OK;
    }
    default:
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "Range of type %s is not supported",
                                dtype_label(dtype));
    }
}

/* ---- SpaceToBatchND, BatchToSpaceND ------------------------------------- */

typedef struct block_spec {
    int m;
    int64_t block[TFGT_MAX_RANK];
    int64_t before[TFGT_MAX_RANK], after[TFGT_MAX_RANK];
    int64_t block_count; /* product of block */
} block_spec;

static tfgt_status read_block_spec(tfgt_kernel_context *ctx, const tfgt_tensor *in,
                                   const tfgt_tensor *block_t, const tfgt_tensor *pads_t,
                                   const char *pads_name, block_spec *spec)
{
    int m;
    tfgt_status st;
    if (block_t->rank != 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "block_shape must be a vector, not rank %d", block_t->rank);
    m = read_int_list(ctx, block_t, spec->block, TFGT_MAX_RANK, "block_shape");
    if (m < 0)
        return failed(ctx);
    if (in->rank < 1 + m)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "input rank should be >= %d (1 + block_shape size), got %d", 1 + m,
                                in->rank);
    spec->m = m;
    if (pads_t->rank != 2 || pads_t->dims[0] != m || pads_t->dims[1] != 2)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s must have shape [%d, 2]",
                                pads_name, m);
    if ((st = read_paddings(ctx, pads_t, m, spec->before, spec->after, pads_name)))
        return st;
    spec->block_count = 1;
    for (int k = 0; k < m; k++) {
        if (spec->block[k] < 1)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "block_shape[%d] = %" PRId64 " must be positive", k,
                                    spec->block[k]);
        if (spec->block_count > INT64_MAX / spec->block[k])
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "the product of block_shape overflows int64");
        spec->block_count *= spec->block[k];
    }
    return TFGT_OK;
}

/* Both directions walk the "batched" side (the SpaceToBatch output, the
 * BatchToSpace input) as [block offsets, batch, spatial..., rest] and move
 * one contiguous `rest` block per position whose spatial coordinates on
 * the other side fall inside it. */
static void space_batch_move(const block_spec *spec, const tfgt_tensor *space, int64_t batch,
                             const int64_t *space_spatial, const int64_t *batched_spatial,
                             uint8_t *space_data, uint8_t *batched_data, bool to_batch,
                             size_t esize)
{
    int m = spec->m;
    int64_t rest = 1, space_strides[TFGT_MAX_RANK];
    int64_t total_batch = batch * spec->block_count, spatial_count = 1;
    for (int k = 1 + m; k < space->rank; k++)
        rest *= space->dims[k];
    for (int k = 0; k < m; k++)
        spatial_count *= batched_spatial[k];
    /* strides of the space side's spatial dims, in elements */
    {
        int64_t s = rest;
        for (int k = m - 1; k >= 0; k--) {
            space_strides[k] = s;
            s *= space_spatial[k];
        }
    }
    for (int64_t ob = 0; ob < total_batch; ob++) {
        int64_t n = ob % batch, blk = ob / batch, offs[TFGT_MAX_RANK], idx[TFGT_MAX_RANK] = {0};
        int64_t space_batch_base = n;
        for (int k = m - 1; k >= 0; k--) {
            offs[k] = blk % spec->block[k];
            blk /= spec->block[k];
        }
        for (int k = 0; k < m; k++)
            space_batch_base *= space_spatial[k];
        space_batch_base *= rest;
        for (int64_t p = 0; p < spatial_count; p++) {
            int64_t src = space_batch_base;
            bool inside = true;
            for (int k = 0; k < m; k++) {
                int64_t c = idx[k] * spec->block[k] + offs[k] - spec->before[k];
                if (c < 0 || c >= space_spatial[k]) {
                    inside = false;
                    break;
                }
                src += c * space_strides[k];
            }
            if (inside) {
                uint8_t *b = batched_data + (size_t)((ob * spatial_count + p) * rest) * esize;
                uint8_t *s = space_data + (size_t)src * esize;
                if (to_batch)
                    memcpy(b, s, (size_t)rest * esize);
                else
                    memcpy(s, b, (size_t)rest * esize);
            }
            for (int k = m - 1; k >= 0; k--) {
                if (++idx[k] < batched_spatial[k])
                    break;
                idx[k] = 0;
            }
        }
    }
}

static tfgt_status kernel_space_to_batch_nd(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in;
    tfgt_tensor *out;
    block_spec spec;
    int64_t dims[TFGT_MAX_RANK], padded_spatial[TFGT_MAX_RANK];
    tfgt_status st = need_inputs(ctx, 3);
    if (st)
        return st;
    in = ctx->inputs[0];
    if ((st = check_copyable(ctx, in, "input")))
        return st;
    if ((st = read_block_spec(ctx, in, ctx->inputs[1], ctx->inputs[2], "paddings", &spec)))
        return st;
    if (in->dims[0] > 0 && spec.block_count > INT64_MAX / in->dims[0])
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "the output batch overflows int64");
    dims[0] = in->dims[0] * spec.block_count;
    for (int k = 0; k < spec.m; k++) {
        int64_t dim = in->dims[1 + k];
        if (spec.before[k] > INT64_MAX - dim || spec.after[k] > INT64_MAX - dim - spec.before[k])
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "padded dimension %d overflows int64", 1 + k);
        padded_spatial[k] = dim + spec.before[k] + spec.after[k];
        if (padded_spatial[k] % spec.block[k] != 0)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "padded_shape[%d] = %" PRId64
                                    " is not divisible by block_shape[%d] = %" PRId64,
                                    k, padded_spatial[k], k, spec.block[k]);
        dims[1 + k] = padded_spatial[k] / spec.block[k];
    }
    for (int k = 1 + spec.m; k < in->rank; k++)
        dims[k] = in->dims[k];
    if (checked_product(dims, in->rank) < 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "the output shape has more than 2^63-1 elements");
    out = tfgt_kernel_output(ctx, 0, in->dtype, in->rank, dims);
    if (!out)
        return failed(ctx);
    if (!out->count || !in->count)
        return TFGT_OK;
    space_batch_move(&spec, in, in->dims[0], in->dims + 1, dims + 1, in->data, out->data, true,
                     elem_size(in->dtype));
    return own_strings(ctx, out);
}

static tfgt_status kernel_batch_to_space_nd(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in;
    tfgt_tensor *out;
    block_spec spec;
    int64_t dims[TFGT_MAX_RANK];
    tfgt_status st = need_inputs(ctx, 3);
    if (st)
        return st;
    in = ctx->inputs[0];
    if ((st = check_copyable(ctx, in, "input")))
        return st;
    if ((st = read_block_spec(ctx, in, ctx->inputs[1], ctx->inputs[2], "crops", &spec)))
        return st;
    if (in->dims[0] % spec.block_count != 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "input batch dimension (%" PRId64
                                ") is not divisible by product of block sizes (%" PRId64 ")",
                                in->dims[0], spec.block_count);
    dims[0] = in->dims[0] / spec.block_count;
    for (int k = 0; k < spec.m; k++) {
        int64_t dim = in->dims[1 + k], full;
        if (dim > 0 && spec.block[k] > INT64_MAX / dim)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "dimension %d times the block size overflows int64", 1 + k);
        full = dim * spec.block[k];
        if (spec.before[k] > full || spec.after[k] > full - spec.before[k])
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "crops for dimension %d (%" PRId64 ", %" PRId64
                                    ") exceed its size times the block size (%" PRId64 ")",
                                    1 + k, spec.before[k], spec.after[k], full);
        dims[1 + k] = full - spec.before[k] - spec.after[k];
    }
    for (int k = 1 + spec.m; k < in->rank; k++)
        dims[k] = in->dims[k];
    out = tfgt_kernel_output(ctx, 0, in->dtype, in->rank, dims);
    if (!out)
        return failed(ctx);
    if (!out->count)
        return TFGT_OK;
    space_batch_move(&spec, out, dims[0], dims + 1, in->dims + 1, out->data, in->data, false,
                     elem_size(in->dtype));
    return own_strings(ctx, out);
}

/* ---- DepthToSpace, SpaceToDepth ------------------------------------------ */

static tfgt_status depth_space_common(tfgt_kernel_context *ctx, bool to_space)
{
    const tfgt_tensor *in;
    tfgt_tensor *out;
    char format[16];
    int64_t bs, n, h, w, c, view[6], dims[4];
    int perm[6];
    bool nchw;
    copy_plan plan;
    tfgt_status st = need_inputs(ctx, 1);
    if (st)
        return st;
    in = ctx->inputs[0];
    if ((st = check_copyable(ctx, in, "input")))
        return st;
    bs = tfgt_kernel_attr_int(ctx, "block_size", 0);
    if (bs < 2)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "block_size must be at least 2, got %" PRId64, bs);
    tfgt_kernel_attr_string(ctx, "data_format", "NHWC", format, sizeof format);
    if (strcmp(format, "NHWC") != 0 && strcmp(format, "NCHW") != 0)
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "data_format \"%s\" is not supported",
                                format);
    nchw = format[1] == 'C';
    if (in->rank != 4)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "input must be 4-D, not rank %d",
                                in->rank);
    n = in->dims[0];
    c = nchw ? in->dims[1] : in->dims[3];
    h = nchw ? in->dims[2] : in->dims[1];
    w = nchw ? in->dims[3] : in->dims[2];
    if (bs > INT32_MAX)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "block_size is too large");
    if (to_space) {
        int64_t oc;
        if (c % (bs * bs) != 0)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "input depth %" PRId64
                                    " should be divisible by block_size * block_size = %" PRId64,
                                    c, bs * bs);
        oc = c / (bs * bs);
        if ((h && bs > INT64_MAX / h) || (w && bs > INT64_MAX / w))
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "the output shape overflows");
        if (nchw) {
            /* in [n, bh, bw, oc, h, w] -> out [n, oc, h, bh, w, bw] */
            int64_t v[6] = {n, bs, bs, oc, h, w};
            int p[6] = {0, 3, 4, 1, 5, 2};
            int64_t d[4] = {n, oc, h * bs, w * bs};
            memcpy(view, v, sizeof v);
            memcpy(perm, p, sizeof p);
            memcpy(dims, d, sizeof d);
        } else {
            /* in [n, h, w, bh, bw, oc] -> out [n, h, bh, w, bw, oc] */
            int64_t v[6] = {n, h, w, bs, bs, oc};
            int p[6] = {0, 1, 3, 2, 4, 5};
            int64_t d[4] = {n, h * bs, w * bs, oc};
            memcpy(view, v, sizeof v);
            memcpy(perm, p, sizeof p);
            memcpy(dims, d, sizeof d);
        }
    } else {
        int64_t oh, ow;
        if (h % bs != 0 || w % bs != 0)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "image width %" PRId64 " and height %" PRId64
                                    " should be divisible by block_size %" PRId64,
                                    w, h, bs);
        oh = h / bs;
        ow = w / bs;
        if (c && bs * bs > INT64_MAX / c)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "the output depth overflows");
        if (nchw) {
            /* in [n, c, oh, bh, ow, bw] -> out [n, bh, bw, c, oh, ow] */
            int64_t v[6] = {n, c, oh, bs, ow, bs};
            int p[6] = {0, 3, 5, 1, 2, 4};
            int64_t d[4] = {n, c * bs * bs, oh, ow};
            memcpy(view, v, sizeof v);
            memcpy(perm, p, sizeof p);
            memcpy(dims, d, sizeof d);
        } else {
            /* in [n, oh, bh, ow, bw, c] -> out [n, oh, ow, bh, bw, c] */
            int64_t v[6] = {n, oh, bs, ow, bs, c};
            int p[6] = {0, 1, 3, 2, 4, 5};
            int64_t d[4] = {n, oh, ow, c * bs * bs};
            memcpy(view, v, sizeof v);
            memcpy(perm, p, sizeof p);
            memcpy(dims, d, sizeof d);
        }
    }
    out = tfgt_kernel_output(ctx, 0, in->dtype, 4, dims);
    if (!out)
        return failed(ctx);
    if (!out->count)
        return TFGT_OK;
    plan_permute(&plan, view, 6, perm, elem_size(in->dtype));
    plan_execute(ctx, &plan, out->data, in->data);
    return own_strings(ctx, out);
}

static tfgt_status kernel_depth_to_space(tfgt_kernel_context *ctx)
{
    return depth_space_common(ctx, true);
}

static tfgt_status kernel_space_to_depth(tfgt_kernel_context *ctx)
{
    return depth_space_common(ctx, false);
}

/* ---- Where, Fill, ZerosLike, OnesLike -------------------------------------- */

/* Whether element i is non-zero: floating types ignore the sign bit (so
 * -0 is false and NaN is true), other types compare all bytes. */
static bool element_nonzero(const uint8_t *p, int dtype, size_t esize)
{
    switch (dtype) {
    case TFGT_DT_FLOAT: {
        uint32_t b;
        memcpy(&b, p, 4);
        return (b & 0x7fffffffu) != 0;
    }
    case TFGT_DT_DOUBLE: {
        uint64_t b;
        memcpy(&b, p, 8);
        return (b & 0x7fffffffffffffffull) != 0;
    }
    case TFGT_DT_HALF: case TFGT_DT_BFLOAT16: {
        uint16_t b;
        memcpy(&b, p, 2);
        return (b & 0x7fffu) != 0;
    }
    case TFGT_DT_COMPLEX64:
        return element_nonzero(p, TFGT_DT_FLOAT, 4) || element_nonzero(p + 4, TFGT_DT_FLOAT, 4);
    case TFGT_DT_COMPLEX128:
        return element_nonzero(p, TFGT_DT_DOUBLE, 8) || element_nonzero(p + 8, TFGT_DT_DOUBLE, 8);
    default:
        for (size_t b = 0; b < esize; b++)
            if (p[b])
                return true;
        return false;
    }
}

static tfgt_status kernel_where(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in;
    tfgt_tensor *out;
    int64_t dims[2], n = 0, row = 0, coord[TFGT_MAX_RANK] = {0};
    size_t esize;
    const uint8_t *p;
    tfgt_status st = need_inputs(ctx, 1);
    if (st)
        return st;
    in = ctx->inputs[0];
    if (in->dtype == TFGT_DT_STRING || !is_copyable(in->dtype))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "Where of type %s is not supported",
                                dtype_label(in->dtype));
    if (in->rank == 0) /* as TensorFlow */
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "input must have rank at least 1");
    esize = elem_size(in->dtype);
    p = in->data;
    for (int64_t i = 0; i < in->count; i++)
        n += element_nonzero(p + (size_t)i * esize, in->dtype, esize);
    dims[0] = n;
    dims[1] = in->rank;
    out = tfgt_kernel_output(ctx, 0, TFGT_DT_INT64, 2, dims);
    if (!out)
        return failed(ctx);
    for (int64_t i = 0; i < in->count; i++) {
        if (element_nonzero(p + (size_t)i * esize, in->dtype, esize)) {
            memcpy((int64_t *)out->data + row * in->rank, coord,
                   (size_t)in->rank * sizeof(int64_t));
            row++;
        }
        for (int k = in->rank - 1; k >= 0; k--) {
            if (++coord[k] < in->dims[k])
                break;
            coord[k] = 0;
        }
    }
    return TFGT_OK;
}

static tfgt_status kernel_fill(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *dims_t, *value;
    tfgt_tensor *out;
    int64_t dims[TFGT_MAX_RANK];
    int rank;
    tfgt_status st = need_inputs(ctx, 2);
    if (st)
        return st;
    dims_t = ctx->inputs[0];
    value = ctx->inputs[1];
    if (dims_t->rank != 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "dims must be a vector, not rank %d",
                                dims_t->rank);
    if (!scalar_like(value)) /* TensorFlow also takes a 1-element vector */
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "value must be a scalar (rank %d, %" PRId64 " values)", value->rank,
                                value->count);
    if ((st = check_copyable(ctx, value, "value")))
        return st;
    if (dims_t->count > TFGT_MAX_RANK)
        return tfgt_kernel_fail(ctx, TFGT_E_LIMIT, "dims has %" PRId64 " values, more than %d",
                                dims_t->count, TFGT_MAX_RANK);
    rank = read_int_list(ctx, dims_t, dims, TFGT_MAX_RANK, "dims");
    if (rank < 0)
        return failed(ctx);
    for (int k = 0; k < rank; k++)
        if (dims[k] < 0)
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "dims[%d] = %" PRId64 " is negative", k, dims[k]);
    if (checked_product(dims, rank) < 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "dims describe more than 2^63-1 elements");
    out = tfgt_kernel_output(ctx, 0, value->dtype, rank, dims);
    if (!out)
        return failed(ctx);
    fill_elements(out->data, value->data, out->count, elem_size(value->dtype));
    return own_strings(ctx, out);
}

static tfgt_status kernel_zeros_like(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in;
    tfgt_status st = need_inputs(ctx, 1);
    if (st)
        return st;
    in = ctx->inputs[0];
    if ((st = check_copyable(ctx, in, "x")))
        return st;
    /* outputs start zero-filled (empty strings for DT_STRING) */
    return tfgt_kernel_output(ctx, 0, in->dtype, in->rank, in->dims) ? TFGT_OK : failed(ctx);
}

/* Write the value 1 of `dtype` at p; false for types without a one. */
static bool write_one(uint8_t *p, int dtype)
{
    switch (dtype) {
    case TFGT_DT_FLOAT: { float v = 1.0f; memcpy(p, &v, 4); return true; }
    case TFGT_DT_DOUBLE: { double v = 1.0; memcpy(p, &v, 8); return true; }
    case TFGT_DT_COMPLEX64: { float v = 1.0f; memcpy(p, &v, 4); return true; }
    case TFGT_DT_COMPLEX128: { double v = 1.0; memcpy(p, &v, 8); return true; }
    case TFGT_DT_HALF: { uint16_t v = tfgt_float_to_half(1.0f); memcpy(p, &v, 2); return true; }
    case TFGT_DT_BFLOAT16: {
        uint16_t v = tfgt_float_to_bfloat16(1.0f);
        memcpy(p, &v, 2);
        return true;
    }
    case TFGT_DT_INT8: case TFGT_DT_UINT8: case TFGT_DT_BOOL: p[0] = 1; return true;
    case TFGT_DT_INT16: case TFGT_DT_UINT16: { uint16_t v = 1; memcpy(p, &v, 2); return true; }
    case TFGT_DT_INT32: case TFGT_DT_UINT32: { uint32_t v = 1; memcpy(p, &v, 4); return true; }
    case TFGT_DT_INT64: case TFGT_DT_UINT64: { uint64_t v = 1; memcpy(p, &v, 8); return true; }
    default: return false;
    }
}

static tfgt_status kernel_ones_like(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in;
    tfgt_tensor *out;
    uint8_t one[16] = {0};
    tfgt_status st = need_inputs(ctx, 1);
    if (st)
        return st;
    in = ctx->inputs[0];
    if (!write_one(one, in->dtype))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "OnesLike of type %s is not supported",
                                dtype_label(in->dtype));
    out = tfgt_kernel_output(ctx, 0, in->dtype, in->rank, in->dims);
    if (!out)
        return failed(ctx);
    fill_elements(out->data, one, out->count, elem_size(in->dtype));
    return TFGT_OK;
}

/* ---- Shape, ShapeN, Size, Rank -------------------------------------------- */

static tfgt_status out_int_type(tfgt_kernel_context *ctx, int *dtype)
{
    *dtype = tfgt_kernel_attr_type(ctx, "out_type", TFGT_DT_INT32);
    if (*dtype != TFGT_DT_INT32 && *dtype != TFGT_DT_INT64)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "out_type must be int32 or int64, not %s",
                                dtype_label(*dtype));
    return TFGT_OK;
}

/* A new output of `dtype` (int32/int64) holding values[0..n); rank 0 when
 * `scalar`. */
static tfgt_status output_ints(tfgt_kernel_context *ctx, size_t index, int dtype,
                               const int64_t *values, int n, bool scalar)
{
    int64_t dim = n;
    tfgt_tensor *out;
    if (dtype == TFGT_DT_INT32)
        for (int i = 0; i < n; i++)
            if (values[i] > INT32_MAX || values[i] < INT32_MIN)
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                        "%" PRId64 " does not fit in int32; use out_type int64",
                                        values[i]);
    out = tfgt_kernel_output(ctx, index, dtype, scalar ? 0 : 1, &dim);
    if (!out)
        return failed(ctx);
    for (int i = 0; i < n; i++) {
        if (dtype == TFGT_DT_INT32)
            ((int32_t *)out->data)[i] = (int32_t)values[i];
        else
            ((int64_t *)out->data)[i] = values[i];
    }
    return TFGT_OK;
}

static tfgt_status kernel_shape(tfgt_kernel_context *ctx)
{
    int dtype;
    tfgt_status st = need_inputs(ctx, 1);
    if (st || (st = out_int_type(ctx, &dtype)))
        return st;
    return output_ints(ctx, 0, dtype, ctx->inputs[0]->dims, ctx->inputs[0]->rank, false);
}

static tfgt_status kernel_shape_n(tfgt_kernel_context *ctx)
{
    int dtype;
    tfgt_status st = need_inputs(ctx, 1);
    if (st || (st = out_int_type(ctx, &dtype)))
        return st;
    if (ctx->n_inputs > ctx->max_outputs)
        return tfgt_kernel_fail(ctx, TFGT_E_LIMIT, "%zu outputs, more than the %zu supported",
                                ctx->n_inputs, ctx->max_outputs);
    for (size_t i = 0; i < ctx->n_inputs; i++)
        if ((st = output_ints(ctx, i, dtype, ctx->inputs[i]->dims, ctx->inputs[i]->rank, false)))
            return st;
    return TFGT_OK;
}

static tfgt_status kernel_size(tfgt_kernel_context *ctx)
{
    int dtype;
    tfgt_status st = need_inputs(ctx, 1);
    if (st || (st = out_int_type(ctx, &dtype)))
        return st;
    return output_ints(ctx, 0, dtype, &ctx->inputs[0]->count, 1, true);
}

static tfgt_status kernel_rank(tfgt_kernel_context *ctx)
{
    int64_t rank;
    tfgt_status st = need_inputs(ctx, 1);
    if (st)
        return st;
    rank = ctx->inputs[0]->rank;
    return output_ints(ctx, 0, TFGT_DT_INT32, &rank, 1, true);
}

/* ---- Cast ------------------------------------------------------------------- */

/* Float to integer conversions follow what TensorFlow's x86 build does in
 * its vectorized loops (C++ leaves out-of-range conversions undefined, and
 * TensorFlow's results for them even depend on an element's position):
 * the truncating conversion to int32/int64 gives INT_MIN for NaN and for
 * values out of range; 8- and 16-bit types saturate that int32 result
 * (packs), so e.g. 300.5 -> 127 but NaN or 1e10 -> -128 for int8; unsigned
 * 32/64-bit types use the two-conversion scheme compilers emit, so e.g.
 * NaN -> 2^31 for uint32. */
static int32_t trunc_to_i32(double x)
{
    return x > -2147483649.0 && x < 2147483648.0 ? (int32_t)x : INT32_MIN;
}

static int64_t trunc_to_i64(double x)
{
    return x >= -9223372036854775808.0 && x < 9223372036854775808.0 ? (int64_t)x : INT64_MIN;
}

static int32_t saturate(int32_t v, int32_t lo, int32_t hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

static int8_t trunc_to_i8(double x)
{
    return (int8_t)saturate(trunc_to_i32(x), INT8_MIN, INT8_MAX);
}

static uint8_t trunc_to_u8(double x)
{
    return (uint8_t)saturate(trunc_to_i32(x), 0, UINT8_MAX);
}

static int16_t trunc_to_i16(double x)
{
    return (int16_t)saturate(trunc_to_i32(x), INT16_MIN, INT16_MAX);
}

static uint16_t trunc_to_u16(double x)
{
    return (uint16_t)saturate(trunc_to_i32(x), 0, UINT16_MAX);
}

static uint32_t trunc_to_u32(double x)
{
    int32_t r1 = trunc_to_i32(x), r2 = trunc_to_i32(x - 2147483648.0);
    return (uint32_t)r1 | ((uint32_t)r2 & (r1 < 0 ? 0xffffffffu : 0u));
}

static uint64_t trunc_to_u64(double x)
{
    int64_t r1 = trunc_to_i64(x), r2 = trunc_to_i64(x - 9223372036854775808.0);
    return (uint64_t)r1 | ((uint64_t)r2 & (r1 < 0 ? ~(uint64_t)0 : 0u));
}

enum { CAST_CHUNK = 256 };
typedef enum { VALUE_FLOAT, VALUE_SIGNED, VALUE_UNSIGNED } value_kind;

static bool cast_kind(int dtype, value_kind *kind)
{
    switch (dtype) {
    case TFGT_DT_FLOAT: case TFGT_DT_DOUBLE: case TFGT_DT_HALF: case TFGT_DT_BFLOAT16:
    case TFGT_DT_COMPLEX64: case TFGT_DT_COMPLEX128:
        *kind = VALUE_FLOAT;
        return true;
    case TFGT_DT_INT8: case TFGT_DT_INT16: case TFGT_DT_INT32: case TFGT_DT_INT64:
    case TFGT_DT_BOOL:
        *kind = VALUE_SIGNED;
        return true;
    case TFGT_DT_UINT8: case TFGT_DT_UINT16: case TFGT_DT_UINT32: case TFGT_DT_UINT64:
        *kind = VALUE_UNSIGNED;
        return true;
    default:
        return false;
    }
}

/* Load n elements starting at i0 as doubles (float kinds, real part of
 * complex) or as 64-bit integers. */
static void cast_load(const tfgt_tensor *in, int64_t i0, int n, double *f, int64_t *iv)
{
    const void *d = in->data;
    switch (in->dtype) {
#define LOAD(T, DST, CONV)                                                                         \
    for (int j = 0; j < n; j++)                                                                    \
        DST[j] = CONV(((const T *)d)[i0 + j]);                                                     \
    break;
#define AS_IS(x) (x)
    case TFGT_DT_FLOAT: LOAD(float, f, (double))
    case TFGT_DT_DOUBLE: LOAD(double, f, AS_IS)
    case TFGT_DT_HALF: LOAD(uint16_t, f, (double)tfgt_half_to_float)
    case TFGT_DT_BFLOAT16: LOAD(uint16_t, f, (double)tfgt_bfloat16_to_float)
    case TFGT_DT_COMPLEX64:
        for (int j = 0; j < n; j++)
            f[j] = ((const float *)d)[2 * (i0 + j)];
        break;
    case TFGT_DT_COMPLEX128:
        for (int j = 0; j < n; j++)
            f[j] = ((const double *)d)[2 * (i0 + j)];
        break;
    case TFGT_DT_INT8: LOAD(int8_t, iv, (int64_t))
    case TFGT_DT_INT16: LOAD(int16_t, iv, (int64_t))
    case TFGT_DT_INT32: LOAD(int32_t, iv, (int64_t))
    case TFGT_DT_INT64: LOAD(int64_t, iv, AS_IS)
    case TFGT_DT_BOOL: LOAD(uint8_t, iv, 0 != )
    case TFGT_DT_UINT8: LOAD(uint8_t, iv, (int64_t))
    case TFGT_DT_UINT16: LOAD(uint16_t, iv, (int64_t))
    case TFGT_DT_UINT32: LOAD(uint32_t, iv, (int64_t))
    case TFGT_DT_UINT64: LOAD(uint64_t, iv, (int64_t))
#undef LOAD
#undef AS_IS
    default: break;
    }
}

/* The value of a loaded element as float / double, rounding once. */
#define AS_FLOAT(j)                                                                                \
    (kind == VALUE_FLOAT      ? (float)f[j]                                                        \
     : kind == VALUE_SIGNED ? (float)iv[j]                                                         \
                            : (float)(uint64_t)iv[j])
#define AS_DOUBLE(j)                                                                               \
    (kind == VALUE_FLOAT      ? f[j]                                                               \
     : kind == VALUE_SIGNED ? (double)iv[j]                                                        \
                            : (double)(uint64_t)iv[j])

static void cast_store(tfgt_tensor *out, int64_t i0, int n, value_kind kind, const double *f,
                       const int64_t *iv)
{
    void *d = out->data;
    switch (out->dtype) {
    case TFGT_DT_FLOAT:
        for (int j = 0; j < n; j++)
            ((float *)d)[i0 + j] = AS_FLOAT(j);
        break;
    case TFGT_DT_DOUBLE:
        for (int j = 0; j < n; j++)
            ((double *)d)[i0 + j] = AS_DOUBLE(j);
        break;
    case TFGT_DT_HALF:
        for (int j = 0; j < n; j++)
            ((uint16_t *)d)[i0 + j] = tfgt_float_to_half(AS_FLOAT(j));
        break;
    case TFGT_DT_BFLOAT16:
        for (int j = 0; j < n; j++)
            ((uint16_t *)d)[i0 + j] = tfgt_float_to_bfloat16(AS_FLOAT(j));
        break;
    case TFGT_DT_COMPLEX64:
        for (int j = 0; j < n; j++)
            ((float *)d)[2 * (i0 + j)] = AS_FLOAT(j);
        break;
    case TFGT_DT_COMPLEX128:
        for (int j = 0; j < n; j++)
            ((double *)d)[2 * (i0 + j)] = AS_DOUBLE(j);
        break;
    case TFGT_DT_BOOL:
        for (int j = 0; j < n; j++)
            ((uint8_t *)d)[i0 + j] = kind == VALUE_FLOAT ? f[j] != 0.0 : iv[j] != 0;
        break;
#define STORE_INT(T, FROM_FLOAT)                                                                   \
    for (int j = 0; j < n; j++)                                                                    \
        ((T *)d)[i0 + j] = kind == VALUE_FLOAT ? (T)(FROM_FLOAT(f[j])) : (T)(uint64_t)iv[j];      \
    break;
    case TFGT_DT_INT8: STORE_INT(int8_t, trunc_to_i8)
    case TFGT_DT_UINT8: STORE_INT(uint8_t, trunc_to_u8)
    case TFGT_DT_INT16: STORE_INT(int16_t, trunc_to_i16)
    case TFGT_DT_UINT16: STORE_INT(uint16_t, trunc_to_u16)
    case TFGT_DT_INT32: STORE_INT(int32_t, trunc_to_i32)
    case TFGT_DT_UINT32: STORE_INT(uint32_t, trunc_to_u32)
    case TFGT_DT_INT64: STORE_INT(int64_t, trunc_to_i64)
    case TFGT_DT_UINT64: STORE_INT(uint64_t, trunc_to_u64)
#undef STORE_INT
    default: break;
    }
}
#undef AS_FLOAT
#undef AS_DOUBLE

static tfgt_status kernel_cast(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in;
    tfgt_tensor *out;
    int src, dst;
    value_kind kind, dst_kind;
    tfgt_status st = need_inputs(ctx, 1);
    if (st)
        return st;
    in = ctx->inputs[0];
    src = tfgt_kernel_attr_type(ctx, "SrcT", in->dtype);
    dst = tfgt_kernel_attr_type(ctx, "DstT", -1);
    if (src != in->dtype)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "SrcT is %s but the input is %s",
                                dtype_label(src), dtype_label(in->dtype));
    if (dst < 0)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "the DstT attribute is missing");
    if (src == dst) {
        if ((st = check_copyable(ctx, in, "x")))
            return st;
        return tfgt_kernel_output_copy(ctx, 0, in) ? TFGT_OK : failed(ctx);
    }
    if (!cast_kind(src, &kind) || !cast_kind(dst, &dst_kind))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "Cast from %s to %s is not supported",
                                dtype_label(src), dtype_label(dst));
    out = tfgt_kernel_output(ctx, 0, dst, in->rank, in->dims);
    if (!out)
        return failed(ctx);
    if ((src == TFGT_DT_COMPLEX64 || src == TFGT_DT_COMPLEX128) &&
        (dst == TFGT_DT_COMPLEX64 || dst == TFGT_DT_COMPLEX128 || dst == TFGT_DT_BOOL)) {
        /* both parts matter */
        for (int64_t i = 0; i < in->count; i++) {
            double re = src == TFGT_DT_COMPLEX64 ? ((const float *)in->data)[2 * i]
                                                 : ((const double *)in->data)[2 * i];
            double im = src == TFGT_DT_COMPLEX64 ? ((const float *)in->data)[2 * i + 1]
                                                 : ((const double *)in->data)[2 * i + 1];
            if (dst == TFGT_DT_BOOL) {
                ((uint8_t *)out->data)[i] = re != 0.0 || im != 0.0;
            } else if (dst == TFGT_DT_COMPLEX64) {
                ((float *)out->data)[2 * i] = (float)re;
                ((float *)out->data)[2 * i + 1] = (float)im;
            } else {
                ((double *)out->data)[2 * i] = re;
                ((double *)out->data)[2 * i + 1] = im;
            }
        }
        return TFGT_OK;
    }
    for (int64_t i0 = 0; i0 < in->count; i0 += CAST_CHUNK) {
        double f[CAST_CHUNK];
        int64_t iv[CAST_CHUNK];
        int n = in->count - i0 < CAST_CHUNK ? (int)(in->count - i0) : CAST_CHUNK;
        cast_load(in, i0, n, f, iv);
        cast_store(out, i0, n, kind, f, iv);
    }
    return TFGT_OK;
}

/* ---- Identity and friends, CheckNumerics, NoOp ----------------------------- */

static tfgt_status kernel_identity(tfgt_kernel_context *ctx)
{
    tfgt_status st = need_inputs(ctx, 1);
    if (st || (st = check_copyable(ctx, ctx->inputs[0], "input")))
        return st;
    return tfgt_kernel_output_copy(ctx, 0, ctx->inputs[0]) ? TFGT_OK : failed(ctx);
}

static tfgt_status kernel_identity_n(tfgt_kernel_context *ctx)
{
    tfgt_status st = need_inputs(ctx, 1);
    if (st)
        return st;
    if (ctx->n_inputs > ctx->max_outputs)
        return tfgt_kernel_fail(ctx, TFGT_E_LIMIT, "%zu outputs, more than the %zu supported",
                                ctx->n_inputs, ctx->max_outputs);
    for (size_t i = 0; i < ctx->n_inputs; i++) {
        if ((st = check_copyable(ctx, ctx->inputs[i], "input")))
            return st;
        if (!tfgt_kernel_output_copy(ctx, i, ctx->inputs[i]))
            return failed(ctx);
    }
    return TFGT_OK;
}

static tfgt_status kernel_check_numerics(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *in;
    bool nan = false, inf = false;
    char message[256];
    tfgt_status st = need_inputs(ctx, 1);
    if (st)
        return st;
    in = ctx->inputs[0];
    switch (in->dtype) {
    case TFGT_DT_FLOAT:
        for (int64_t i = 0; i < in->count; i++) {
            float v = ((const float *)in->data)[i];
            nan |= isnan(v);
            inf |= isinf(v);
        }
        break;
    case TFGT_DT_DOUBLE:
        for (int64_t i = 0; i < in->count; i++) {
            double v = ((const double *)in->data)[i];
            nan |= isnan(v);
            inf |= isinf(v);
        }
        break;
    case TFGT_DT_HALF: case TFGT_DT_BFLOAT16:
        for (int64_t i = 0; i < in->count; i++) {
            float v = tfgt_tensor_get_double(in, i);
            nan |= isnan(v);
            inf |= isinf(v);
        }
        break;
    default:
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "CheckNumerics needs a floating-point tensor, not %s",
                                dtype_label(in->dtype));
    }
    if (nan || inf) {
        tfgt_kernel_attr_string(ctx, "message", "", message, sizeof message);
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "%s : Tensor had %s values", message,
                                nan && inf ? "NaN and Inf" : nan ? "NaN" : "Inf");
    }
    return tfgt_kernel_output_copy(ctx, 0, in) ? TFGT_OK : failed(ctx);
}

static tfgt_status kernel_no_op(tfgt_kernel_context *ctx)
{
    (void)ctx;
    return TFGT_OK;
}

/* ---- the table -------------------------------------------------------------- */

static const tfgt_op_attr attrs_reshape[] = {
    {"T", NULL}, {"Tshape", "type: DT_INT32"}, {NULL, NULL}};
static const tfgt_op_attr attrs_squeeze[] = {
    {"T", NULL}, {"squeeze_dims", "list { }"}, {NULL, NULL}};
static const tfgt_op_attr attrs_expand_dims[] = {
    {"T", NULL}, {"Tdim", "type: DT_INT32"}, {NULL, NULL}};
static const tfgt_op_attr attrs_transpose[] = {
    {"T", NULL}, {"Tperm", "type: DT_INT32"}, {NULL, NULL}};
static const tfgt_op_attr attrs_invert_permutation[] = {{"T", "type: DT_INT32"}, {NULL, NULL}};
static const tfgt_op_attr attrs_concat_v2[] = {
    {"N", NULL}, {"T", NULL}, {"Tidx", "type: DT_INT32"}, {NULL, NULL}};
static const tfgt_op_attr attrs_concat[] = {{"N", NULL}, {"T", NULL}, {NULL, NULL}};
static const tfgt_op_attr attrs_pack[] = {{"N", NULL}, {"T", NULL}, {"axis", "i: 0"}, {NULL, NULL}};
static const tfgt_op_attr attrs_unpack[] = {
    {"num", NULL}, {"T", NULL}, {"axis", "i: 0"}, {NULL, NULL}};
static const tfgt_op_attr attrs_split[] = {{"num_split", NULL}, {"T", NULL}, {NULL, NULL}};
static const tfgt_op_attr attrs_split_v[] = {
    {"num_split", NULL}, {"T", NULL}, {"Tlen", "type: DT_INT64"}, {NULL, NULL}};
static const tfgt_op_attr attrs_slice[] = {{"T", NULL}, {"Index", NULL}, {NULL, NULL}};
static const tfgt_op_attr attrs_strided_slice[] = {
    {"T", NULL},
    {"Index", NULL},
    {"begin_mask", "i: 0"},
    {"end_mask", "i: 0"},
    {"ellipsis_mask", "i: 0"},
    {"new_axis_mask", "i: 0"},
    {"shrink_axis_mask", "i: 0"},
    {NULL, NULL}};
static const tfgt_op_attr attrs_pad[] = {
    {"T", NULL}, {"Tpaddings", "type: DT_INT32"}, {NULL, NULL}};
static const tfgt_op_attr attrs_mirror_pad[] = {
    {"T", NULL}, {"Tpaddings", "type: DT_INT32"}, {"mode", NULL}, {NULL, NULL}};
static const tfgt_op_attr attrs_tile[] = {
    {"T", NULL}, {"Tmultiples", "type: DT_INT32"}, {NULL, NULL}};
static const tfgt_op_attr attrs_gather[] = {
    {"validate_indices", "b: true"}, {"Tparams", NULL}, {"Tindices", NULL}, {NULL, NULL}};
static const tfgt_op_attr attrs_gather_v2[] = {
    {"batch_dims", "i: 0"}, {"Tparams", NULL}, {"Tindices", NULL}, {"Taxis", NULL}, {NULL, NULL}};
static const tfgt_op_attr attrs_one_hot[] = {
    {"axis", "i: -1"}, {"T", NULL}, {"TI", "type: DT_INT64"}, {NULL, NULL}};
static const tfgt_op_attr attrs_range[] = {{"Tidx", "type: DT_INT32"}, {NULL, NULL}};
static const tfgt_op_attr attrs_reverse_v2[] = {
    {"Tidx", "type: DT_INT32"}, {"T", NULL}, {NULL, NULL}};
static const tfgt_op_attr attrs_space_to_batch_nd[] = {{"T", NULL},
                                                       {"Tblock_shape", "type: DT_INT32"},
                                                       {"Tpaddings", "type: DT_INT32"},
                                                       {NULL, NULL}};
static const tfgt_op_attr attrs_batch_to_space_nd[] = {{"T", NULL},
                                                       {"Tblock_shape", "type: DT_INT32"},
                                                       {"Tcrops", "type: DT_INT32"},
                                                       {NULL, NULL}};
static const tfgt_op_attr attrs_depth_space[] = {
    {"T", NULL}, {"block_size", NULL}, {"data_format", "s: \"NHWC\""}, {NULL, NULL}};
static const tfgt_op_attr attrs_where[] = {{"T", "type: DT_BOOL"}, {NULL, NULL}};
static const tfgt_op_attr attrs_fill[] = {
    {"T", NULL}, {"index_type", "type: DT_INT32"}, {NULL, NULL}};
static const tfgt_op_attr attrs_t[] = {{"T", NULL}, {NULL, NULL}};
static const tfgt_op_attr attrs_print[] = {
    {"T", NULL}, {"U", NULL}, {"message", "s: \"\""}, {"first_n", "i: -1"},
    {"summarize", "i: 3"}, {NULL, NULL},
};
static const tfgt_op_attr attrs_shape[] = {
    {"T", NULL}, {"out_type", "type: DT_INT32"}, {NULL, NULL}};
static const tfgt_op_attr attrs_shape_n[] = {
    {"N", NULL}, {"T", NULL}, {"out_type", "type: DT_INT32"}, {NULL, NULL}};
static const tfgt_op_attr attrs_broadcast_to[] = {
    {"T", NULL}, {"Tidx", "type: DT_INT32"}, {NULL, NULL}};
static const tfgt_op_attr attrs_parallel_concat[] = {
    {"N", NULL}, {"T", NULL}, {"shape", NULL}, {NULL, NULL}};
static const tfgt_op_attr attrs_cast[] = {
    {"SrcT", NULL}, {"DstT", NULL}, {"Truncate", "b: false"}, {NULL, NULL}};
static const tfgt_op_attr attrs_prevent_gradient[] = {
    {"T", NULL}, {"message", "s: \"\""}, {NULL, NULL}};
static const tfgt_op_attr attrs_check_numerics[] = {{"T", NULL}, {"message", NULL}, {NULL, NULL}};
static const tfgt_op_attr attrs_placeholder_with_default[] = {
    {"dtype", NULL}, {"shape", NULL}, {NULL, NULL}};

const tfgt_op_def tfgt_ops_array[] = {
    {"Reshape", 2, 2, 0, attrs_reshape, kernel_reshape},
    {"Squeeze", 1, 1, 0, attrs_squeeze, kernel_squeeze},
    {"ExpandDims", 2, 2, 0, attrs_expand_dims, kernel_expand_dims},
    {"Transpose", 2, 2, 0, attrs_transpose, kernel_transpose},
    {"InvertPermutation", 1, 1, 0, attrs_invert_permutation, kernel_invert_permutation},
    {"ConcatV2", 2, -1, 0, attrs_concat_v2, kernel_concat_v2},
    {"Concat", 2, -1, 0, attrs_concat, kernel_concat},
    {"Pack", 1, -1, 0, attrs_pack, kernel_pack},
    {"Unpack", 1, 1, 0, attrs_unpack, kernel_unpack},
    {"Split", 2, 2, 0, attrs_split, kernel_split},
    {"SplitV", 3, 3, 0, attrs_split_v, kernel_split_v},
    {"Slice", 3, 3, 0, attrs_slice, kernel_slice},
    {"StridedSlice", 4, 4, 0, attrs_strided_slice, kernel_strided_slice},
    {"Pad", 2, 2, 0, attrs_pad, kernel_pad},
    {"PadV2", 3, 3, 0, attrs_pad, kernel_pad_v2},
    {"MirrorPad", 2, 2, 0, attrs_mirror_pad, kernel_mirror_pad},
    {"Tile", 2, 2, 0, attrs_tile, kernel_tile},
    {"Gather", 2, 2, 0, attrs_gather, kernel_gather},
    {"GatherV2", 3, 3, 0, attrs_gather_v2, kernel_gather_v2},
    {"OneHot", 4, 4, 0, attrs_one_hot, kernel_one_hot},
    {"Range", 3, 3, 0, attrs_range, kernel_range},
    {"ReverseV2", 2, 2, 0, attrs_reverse_v2, kernel_reverse_v2},
    {"SpaceToBatchND", 3, 3, 0, attrs_space_to_batch_nd, kernel_space_to_batch_nd},
    {"BatchToSpaceND", 3, 3, 0, attrs_batch_to_space_nd, kernel_batch_to_space_nd},
    {"DepthToSpace", 1, 1, 0, attrs_depth_space, kernel_depth_to_space},
    {"SpaceToDepth", 1, 1, 0, attrs_depth_space, kernel_space_to_depth},
    {"Where", 1, 1, 0, attrs_where, kernel_where},
    {"Fill", 2, 2, 0, attrs_fill, kernel_fill},
    {"ZerosLike", 1, 1, 0, attrs_t, kernel_zeros_like},
    {"OnesLike", 1, 1, 0, attrs_t, kernel_ones_like},
    {"Shape", 1, 1, 0, attrs_shape, kernel_shape},
    {"ShapeN", 1, -1, 0, attrs_shape_n, kernel_shape_n},
    {"Size", 1, 1, 0, attrs_shape, kernel_size},
    {"Rank", 1, 1, 0, attrs_t, kernel_rank},
    {"BroadcastTo", 2, 2, 0, attrs_broadcast_to, kernel_broadcast_to},
    {"ParallelConcat", 1, -1, 0, attrs_parallel_concat, kernel_parallel_concat},
    {"Cast", 1, 1, 0, attrs_cast, kernel_cast},
    {"Identity", 1, 1, 0, attrs_t, kernel_identity},
    /* Print forwards its first input; tfgt's library never writes to the
     * terminal (run_graph --calibrate records ranges instead) */
    {"Print", 1, -1, TFGT_OP_STATEFUL, attrs_print, kernel_identity},
    {"IdentityN", 1, -1, 0, attrs_t, kernel_identity_n},
    {"StopGradient", 1, 1, 0, attrs_t, kernel_identity},
    {"PreventGradient", 1, 1, 0, attrs_prevent_gradient, kernel_identity},
    {"Snapshot", 1, 1, 0, attrs_t, kernel_identity},
    {"CheckNumerics", 1, 1, TFGT_OP_STATEFUL, attrs_check_numerics, kernel_check_numerics},
    {"NoOp", 0, 0, 0, NULL, kernel_no_op},
    {"PlaceholderWithDefault", 1, 1, 0, attrs_placeholder_with_default, kernel_identity},
    {NULL, 0, 0, 0, NULL, NULL},
};
