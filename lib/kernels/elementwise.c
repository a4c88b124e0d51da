/* kernels/elementwise.c - unary math, broadcasting binary math and
 * comparisons, BiasAdd, AddN, Select/SelectV2, ClipByValue.
 *
 * Float tensors take fast paths for the ops inference graphs spend time in
 * (Relu, Relu6, LeakyRelu; Add/Sub/Mul/Div/Maximum/Minimum/
 * SquaredDifference and BiasAdd): the broadcast is reduced to runs of
 * contiguous elements, each run is one tight loop (AVX-512 or AVX2 chosen
 * at run time, portable C otherwise) and large tensors are split across
 * threads.  Every element is computed by the same IEEE operation as the
 * plain element-by-element loop ("_tfgt_isa: reference"), so the results
 * are identical bit for bit, NaNs included.  Every other numeric type goes
 * through double, which is exact for all integers up to 2^53 and for every
 * float, half and bfloat16. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gemm.h"
#include "kernels.h"

#if defined(__x86_64__) || defined(__i386__)
#define TFGT_ELEMENTWISE_X86 1
#include <immintrin.h>
#else
#define TFGT_ELEMENTWISE_X86 0
#endif

/* Elements per thread below which a second thread costs more than it
 * saves.  These loops are memory-bound and a thread is started per call:
 * measured on 2 cores, 400k elements took 49 us on one thread and 78 us
 * on two, 1.6M about the same either way. */
#define PARALLEL_GRAIN ((int64_t)1 << 20)

/* ---- shapes ------------------------------------------------------------ */

/* numpy broadcasting of a and b into out; false when they do not match. */
static bool broadcast_shape(const tfgt_tensor *a, const tfgt_tensor *b, int *rank,
                            int64_t *dims)
{
    int r = a->rank > b->rank ? a->rank : b->rank;
    for (int i = 0; i < r; i++) {
        int ia = a->rank - r + i, ib = b->rank - r + i;
        int64_t da = ia >= 0 ? a->dims[ia] : 1, db = ib >= 0 ? b->dims[ib] : 1;
        if (da != db && da != 1 && db != 1)
            return false;
        dims[i] = da == 1 ? db : da;
    }
    *rank = r;
    return true;
}

static void shape_text(const tfgt_tensor *t, char *out, size_t size)
{
    size_t used = (size_t)snprintf(out, size, "[");
    for (int i = 0; i < t->rank && used < size; i++)
        used += (size_t)snprintf(out + used, size - used, "%s%lld", i ? "," : "",
                                 (long long)t->dims[i]);
    if (used < size)
        snprintf(out + used, size - used, "]");
}

/* Strides of `t` seen through the broadcast output shape (0 on broadcast
 * dimensions). */
static void broadcast_strides(const tfgt_tensor *t, int rank, const int64_t *dims,
                              int64_t *strides)
{
    int64_t stride = 1;
    for (int i = rank - 1; i >= 0; i--) {
        int it = t->rank - rank + i;
        int64_t d = it >= 0 ? t->dims[it] : 1;
        strides[i] = d == 1 && dims[i] != 1 ? 0 : stride;
        stride *= d;
    }
}

/* ---- float fast paths ---------------------------------------------------- */

/* The scalar forms are the definitions; the vector forms below reproduce
 * them exactly, NaN results and signed zeros included. */
static inline float relu_f(float x, float alpha)
{
    (void)alpha;
    return !(x <= 0.0f) ? x : 0.0f; /* NaN passes through, -0 becomes +0 */
}
static inline float relu6_f(float x, float alpha)
{
    float r = relu_f(x, alpha);
    return 6.0f < r ? 6.0f : r;
}
static inline float leaky_relu_f(float x, float alpha) { return x > 0.0f ? x : x * alpha; }

static inline float add_f(float x, float y) { return x + y; }
static inline float sub_f(float x, float y) { return x - y; }
static inline float mul_f(float x, float y) { return x * y; }
static inline float div_f(float x, float y) { return x / y; }
static inline float max_f(float x, float y) { return x > y || x != x ? x : y; }
static inline float min_f(float x, float y) { return x < y || x != x ? x : y; }
static inline float sqdiff_f(float x, float y)
{
    float d = x - y;
    return d * d;
}

typedef enum fast_unary { FU_RELU, FU_RELU6, FU_LEAKY_RELU, FU_COUNT } fast_unary;
typedef enum fast_binary {
    FB_ADD, FB_SUB, FB_MUL, FB_DIV, FB_MAX, FB_MIN, FB_SQDIFF, FB_COUNT
} fast_binary;

/* out[i] = f(in[i]) for i < n. */
typedef void (*unary_run_fn)(const float *in, float *out, int64_t n, float alpha);
/* out[i] = f(a[i * sa], b[i * sb]) for i < n, with sa and sb 0 or 1. */
typedef void (*binary_run_fn)(const float *a, int64_t sa, const float *b, int64_t sb,
                              float *out, int64_t n);

#define UNARY_RUN(ATTR, NAME, W, VEC, LOAD, STORE, SETUP, VEXPR, SFN)                            \
    ATTR static void NAME(const float *in, float *out, int64_t n, float alpha)                   \
    {                                                                                            \
        int64_t i = 0;                                                                           \
        SETUP                                                                                    \
        for (; i + (W) <= n; i += (W)) {                                                         \
            VEC x = LOAD(in + i);                                                                \
            STORE(out + i, VEXPR);                                                               \
        }                                                                                        \
        for (; i < n; i++)                                                                       \
            out[i] = SFN(in[i], alpha);                                                          \
    }

#define BINARY_RUN(ATTR, NAME, W, VEC, LOAD, STORE, SET1, VEXPR, SFN)                            \
    ATTR static void NAME(const float *a, int64_t sa, const float *b, int64_t sb, float *out,    \
                          int64_t n)                                                             \
    {                                                                                            \
        int64_t i = 0;                                                                           \
        if (sa && sb) {                                                                          \
            for (; i + (W) <= n; i += (W)) {                                                     \
                VEC x = LOAD(a + i), y = LOAD(b + i);                                            \
                STORE(out + i, VEXPR);                                                           \
            }                                                                                    \
        } else if (sa) {                                                                         \
            const VEC y = SET1(b[0]);                                                            \
            for (; i + (W) <= n; i += (W)) {                                                     \
                VEC x = LOAD(a + i);                                                             \
                STORE(out + i, VEXPR);                                                           \
            }                                                                                    \
        } else if (sb) {                                                                         \
            const VEC x = SET1(a[0]);                                                            \
            for (; i + (W) <= n; i += (W)) {                                                     \
                VEC y = LOAD(b + i);                                                             \
                STORE(out + i, VEXPR);                                                           \
            }                                                                                    \
        }                                                                                        \
        for (; i < n; i++)                                                                       \
            out[i] = SFN(a[i * sa], b[i * sb]);                                                  \
    }

/* Portable C: one element per step (the compiler may vectorize it). */
#define SCALAR_LOAD(p) (*(p))
#define SCALAR_STORE(p, v) (*(p) = (v))
#define SCALAR_SET1(v) (v)
UNARY_RUN(, relu_generic, 1, float, SCALAR_LOAD, SCALAR_STORE, , relu_f(x, alpha), relu_f)
UNARY_RUN(, relu6_generic, 1, float, SCALAR_LOAD, SCALAR_STORE, , relu6_f(x, alpha), relu6_f)
UNARY_RUN(, leaky_relu_generic, 1, float, SCALAR_LOAD, SCALAR_STORE, , leaky_relu_f(x, alpha),
          leaky_relu_f)
BINARY_RUN(, add_generic, 1, float, SCALAR_LOAD, SCALAR_STORE, SCALAR_SET1, add_f(x, y), add_f)
BINARY_RUN(, sub_generic, 1, float, SCALAR_LOAD, SCALAR_STORE, SCALAR_SET1, sub_f(x, y), sub_f)
BINARY_RUN(, mul_generic, 1, float, SCALAR_LOAD, SCALAR_STORE, SCALAR_SET1, mul_f(x, y), mul_f)
BINARY_RUN(, div_generic, 1, float, SCALAR_LOAD, SCALAR_STORE, SCALAR_SET1, div_f(x, y), div_f)
BINARY_RUN(, max_generic, 1, float, SCALAR_LOAD, SCALAR_STORE, SCALAR_SET1, max_f(x, y), max_f)
BINARY_RUN(, min_generic, 1, float, SCALAR_LOAD, SCALAR_STORE, SCALAR_SET1, min_f(x, y), min_f)
BINARY_RUN(, sqdiff_generic, 1, float, SCALAR_LOAD, SCALAR_STORE, SCALAR_SET1, sqdiff_f(x, y),
           sqdiff_f)

static const unary_run_fn unary_generic[FU_COUNT] = {relu_generic, relu6_generic,
                                                     leaky_relu_generic};
static const binary_run_fn binary_generic[FB_COUNT] = {add_generic, sub_generic, mul_generic,
                                                       div_generic, max_generic, min_generic,
                                                       sqdiff_generic};

#if TFGT_ELEMENTWISE_X86
/* AVX-512.  MAXPS/MINPS return their second operand when either is NaN or
 * both are zeros, which is what the scalar forms do except for a NaN in x:
 * that one is put back by a mask. */
#define A512 __attribute__((target("avx512f")))
#define Z512 const __m512 zero = _mm512_setzero_ps(); (void)alpha;
#define RELU512(x) _mm512_maskz_mov_ps(_mm512_cmp_ps_mask(x, zero, _CMP_NLE_UQ), x)
UNARY_RUN(A512, relu_avx512, 16, __m512, _mm512_loadu_ps, _mm512_storeu_ps, Z512, RELU512(x),
          relu_f)
UNARY_RUN(A512, relu6_avx512, 16, __m512, _mm512_loadu_ps, _mm512_storeu_ps,
          Z512 const __m512 six = _mm512_set1_ps(6.0f);, _mm512_min_ps(six, RELU512(x)), relu6_f)
UNARY_RUN(A512, leaky_relu_avx512, 16, __m512, _mm512_loadu_ps, _mm512_storeu_ps,
          const __m512 zero = _mm512_setzero_ps(); const __m512 va = _mm512_set1_ps(alpha);,
          _mm512_mask_blend_ps(_mm512_cmp_ps_mask(x, zero, _CMP_GT_OQ), _mm512_mul_ps(x, va), x),
          leaky_relu_f)
#define NAN512(x, v) _mm512_mask_mov_ps(v, _mm512_cmp_ps_mask(x, x, _CMP_UNORD_Q), x)
BINARY_RUN(A512, add_avx512, 16, __m512, _mm512_loadu_ps, _mm512_storeu_ps, _mm512_set1_ps,
           _mm512_add_ps(x, y), add_f)
BINARY_RUN(A512, sub_avx512, 16, __m512, _mm512_loadu_ps, _mm512_storeu_ps, _mm512_set1_ps,
           _mm512_sub_ps(x, y), sub_f)
BINARY_RUN(A512, mul_avx512, 16, __m512, _mm512_loadu_ps, _mm512_storeu_ps, _mm512_set1_ps,
           _mm512_mul_ps(x, y), mul_f)
BINARY_RUN(A512, div_avx512, 16, __m512, _mm512_loadu_ps, _mm512_storeu_ps, _mm512_set1_ps,
           _mm512_div_ps(x, y), div_f)
BINARY_RUN(A512, max_avx512, 16, __m512, _mm512_loadu_ps, _mm512_storeu_ps, _mm512_set1_ps,
           NAN512(x, _mm512_max_ps(x, y)), max_f)
BINARY_RUN(A512, min_avx512, 16, __m512, _mm512_loadu_ps, _mm512_storeu_ps, _mm512_set1_ps,
           NAN512(x, _mm512_min_ps(x, y)), min_f)
BINARY_RUN(A512, sqdiff_avx512, 16, __m512, _mm512_loadu_ps, _mm512_storeu_ps, _mm512_set1_ps,
           _mm512_mul_ps(_mm512_sub_ps(x, y), _mm512_sub_ps(x, y)), sqdiff_f)

/* AVX2 (only AVX instructions are needed; the AVX2 level is what the
 * shared instruction-set choice names). */
#define A256 __attribute__((target("avx2")))
#define Z256 const __m256 zero = _mm256_setzero_ps(); (void)alpha;
#define RELU256(x) _mm256_and_ps(_mm256_cmp_ps(x, zero, _CMP_NLE_UQ), x)
UNARY_RUN(A256, relu_avx2, 8, __m256, _mm256_loadu_ps, _mm256_storeu_ps, Z256, RELU256(x), relu_f)
UNARY_RUN(A256, relu6_avx2, 8, __m256, _mm256_loadu_ps, _mm256_storeu_ps,
          Z256 const __m256 six = _mm256_set1_ps(6.0f);, _mm256_min_ps(six, RELU256(x)), relu6_f)
UNARY_RUN(A256, leaky_relu_avx2, 8, __m256, _mm256_loadu_ps, _mm256_storeu_ps,
          const __m256 zero = _mm256_setzero_ps(); const __m256 va = _mm256_set1_ps(alpha);,
          _mm256_blendv_ps(_mm256_mul_ps(x, va), x, _mm256_cmp_ps(x, zero, _CMP_GT_OQ)),
          leaky_relu_f)
#define NAN256(x, v) _mm256_blendv_ps(v, x, _mm256_cmp_ps(x, x, _CMP_UNORD_Q))
BINARY_RUN(A256, add_avx2, 8, __m256, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_set1_ps,
           _mm256_add_ps(x, y), add_f)
BINARY_RUN(A256, sub_avx2, 8, __m256, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_set1_ps,
           _mm256_sub_ps(x, y), sub_f)
BINARY_RUN(A256, mul_avx2, 8, __m256, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_set1_ps,
           _mm256_mul_ps(x, y), mul_f)
BINARY_RUN(A256, div_avx2, 8, __m256, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_set1_ps,
           _mm256_div_ps(x, y), div_f)
BINARY_RUN(A256, max_avx2, 8, __m256, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_set1_ps,
           NAN256(x, _mm256_max_ps(x, y)), max_f)
BINARY_RUN(A256, min_avx2, 8, __m256, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_set1_ps,
           NAN256(x, _mm256_min_ps(x, y)), min_f)
BINARY_RUN(A256, sqdiff_avx2, 8, __m256, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_set1_ps,
           _mm256_mul_ps(_mm256_sub_ps(x, y), _mm256_sub_ps(x, y)), sqdiff_f)

static const unary_run_fn unary_avx512[FU_COUNT] = {relu_avx512, relu6_avx512,
                                                    leaky_relu_avx512};
static const binary_run_fn binary_avx512[FB_COUNT] = {add_avx512, sub_avx512, mul_avx512,
                                                      div_avx512, max_avx512, min_avx512,
                                                      sqdiff_avx512};
static const unary_run_fn unary_avx2[FU_COUNT] = {relu_avx2, relu6_avx2, leaky_relu_avx2};
static const binary_run_fn binary_avx2[FB_COUNT] = {add_avx2, sub_avx2, mul_avx2, div_avx2,
                                                    max_avx2, min_avx2, sqdiff_avx2};
#endif

static unary_run_fn unary_run_for(tfgt_isa isa, fast_unary op)
{
#if TFGT_ELEMENTWISE_X86
    if (isa == TFGT_ISA_AVX512)
        return unary_avx512[op];
    if (isa == TFGT_ISA_AVX2)
        return unary_avx2[op];
#endif
    (void)isa;
    return unary_generic[op];
}

static binary_run_fn binary_run_for(tfgt_isa isa, fast_binary op)
{
#if TFGT_ELEMENTWISE_X86
    if (isa == TFGT_ISA_AVX512)
        return binary_avx512[op];
    if (isa == TFGT_ISA_AVX2)
        return binary_avx2[op];
#endif
    (void)isa;
    return binary_generic[op];
}

typedef struct unary_job {
    unary_run_fn run;
    const float *in;
    float *out;
    float alpha;
} unary_job;

static tfgt_status unary_range(void *arg, int64_t begin, int64_t end)
{
    const unary_job *job = arg;
    job->run(job->in + begin, job->out + begin, end - begin, job->alpha);
    return TFGT_OK;
}

static void fast_unary_float(const tfgt_kernel_context *ctx, tfgt_isa isa, fast_unary op,
                             const float *in, float *out, int64_t count, float alpha)
{
    unary_job job = {unary_run_for(isa, op), in, out, alpha};
    tfgt_parallel_for(ctx->threads, count, PARALLEL_GRAIN, unary_range, &job);
}

/* A broadcast binary op seen as `rows` runs of `run` output elements.  Run r
 * starts at a + offset_a(r), b + offset_b(r) and reads them with inner
 * strides sa, sb (0 or 1).  Up to TFGT_MAX_RANK outer dimensions give the
 * offsets. */
typedef struct binary_job {
    binary_run_fn run_fn;
    const float *a, *b;
    float *out;
    int64_t run, sa, sb;
    int outer;                      /* outer dimensions, innermost first */
    int64_t odims[TFGT_MAX_RANK];   /* their sizes */
    int64_t osa[TFGT_MAX_RANK], osb[TFGT_MAX_RANK]; /* their strides in a and b */
} binary_job;

/* Element offsets of run r in a and b. */
static void run_offsets(const binary_job *job, int64_t r, int64_t *oa, int64_t *ob)
{
    int64_t ia = 0, ib = 0;
    for (int d = 0; d < job->outer && r; d++) {
        int64_t i = r % job->odims[d];
        r /= job->odims[d];
        ia += i * job->osa[d];
        ib += i * job->osb[d];
    }
    *oa = ia;
    *ob = ib;
}

static tfgt_status binary_rows(void *arg, int64_t begin, int64_t end)
{
    const binary_job *job = arg;
    for (int64_t r = begin; r < end; r++) {
        int64_t oa, ob;
        run_offsets(job, r, &oa, &ob);
        job->run_fn(job->a + oa, job->sa, job->b + ob, job->sb, job->out + r * job->run,
                    job->run);
    }
    return TFGT_OK;
}

/* One run split into element ranges (same shape or a scalar operand). */
static tfgt_status binary_flat(void *arg, int64_t begin, int64_t end)
{
    const binary_job *job = arg;
    job->run_fn(job->a + begin * job->sa, job->sa, job->b + begin * job->sb, job->sb,
                job->out + begin, end - begin);
    return TFGT_OK;
}

/* A full operand against a repeated row of `run` elements: rows are taken
 * `tile_rows` at a time against a tile holding the row that many times,
 * so short rows (a few channels) still make long vector loops. */
typedef struct tile_job {
    binary_run_fn run_fn;
    const float *full, *tile;
    bool full_is_a;
    float *out;
    int64_t run, rows, tile_rows;
} tile_job;

static tfgt_status tiled_rows(void *arg, int64_t begin, int64_t end)
{
    const tile_job *job = arg;
    for (int64_t r = begin * job->tile_rows; r < end * job->tile_rows && r < job->rows;
         r += job->tile_rows) {
        int64_t n = (job->rows - r < job->tile_rows ? job->rows - r : job->tile_rows) * job->run;
        const float *full = job->full + r * job->run;
        if (job->full_is_a)
            job->run_fn(full, 1, job->tile, 1, job->out + r * job->run, n);
        else
            job->run_fn(job->tile, 1, full, 1, job->out + r * job->run, n);
    }
    return TFGT_OK;
}

/* Shortest vector loop a tile aims for, and the most floats a tile holds. */
#define TILE_TARGET 256
#define TILE_MAX (2 * TILE_TARGET)

/* out = a (op) b for float tensors already broadcast-checked to `rank`,
 * `dims`, through contiguous runs. */
static void fast_binary_float(const tfgt_kernel_context *ctx, tfgt_isa isa, fast_binary op,
                              const tfgt_tensor *a, const tfgt_tensor *b, int rank,
                              const int64_t *dims, float *out)
{
    int64_t sa[TFGT_MAX_RANK], sb[TFGT_MAX_RANK], count = 1;
    int64_t gd[TFGT_MAX_RANK], ga[TFGT_MAX_RANK], gb[TFGT_MAX_RANK];
    int groups = 0;
    binary_job job;
    broadcast_strides(a, rank, dims, sa);
    broadcast_strides(b, rank, dims, sb);
    /* Merge dimensions, innermost first, while both operands stay
     * contiguous (or both broadcast) across the seam; size-1 dimensions
     * vanish. */
    for (int d = rank - 1; d >= 0; d--) {
        count *= dims[d];
        if (dims[d] == 1)
            continue;
        if (groups && sa[d] == ga[groups - 1] * gd[groups - 1] &&
            sb[d] == gb[groups - 1] * gd[groups - 1]) {
            gd[groups - 1] *= dims[d];
            continue;
        }
        gd[groups] = dims[d];
        ga[groups] = sa[d];
        gb[groups] = sb[d];
        groups++;
    }
    memset(&job, 0, sizeof job);
    job.run_fn = binary_run_for(isa, op);
    job.a = a->data;
    job.b = b->data;
    job.out = out;
    if (groups <= 1) {
        /* same shape, or one operand a scalar */
        job.sa = groups ? ga[0] : 0;
        job.sb = groups ? gb[0] : 0;
        tfgt_parallel_for(ctx->threads, count, PARALLEL_GRAIN, binary_flat, &job);
        return;
    }
    if (groups == 2 && ga[0] == 1 && gb[0] == 1 &&
        ((ga[1] == gd[0] && gb[1] == 0) || (ga[1] == 0 && gb[1] == gd[0]))) {
        /* [.., C] against [C]: a full tensor and a trailing row */
        tile_job tj;
        float tile[TILE_MAX];
        int64_t run = gd[0];
        tj.run_fn = job.run_fn;
        tj.full_is_a = gb[1] == 0;
        tj.full = tj.full_is_a ? job.a : job.b;
        tj.tile = tj.full_is_a ? job.b : job.a;
        tj.out = out;
        tj.run = run;
        tj.rows = gd[1];
        tj.tile_rows = 1;
        if (run < TILE_TARGET) {
            tj.tile_rows = (TILE_TARGET + run - 1) / run;
            for (int64_t r = 0; r < tj.tile_rows; r++)
                memcpy(tile + r * run, tj.tile, (size_t)run * sizeof(float));
            tj.tile = tile;
        }
        tfgt_parallel_for(ctx->threads, (tj.rows + tj.tile_rows - 1) / tj.tile_rows,
                          1 + PARALLEL_GRAIN / (tj.tile_rows * run), tiled_rows, &tj);
        return;
    }
    job.run = gd[0];
    job.sa = ga[0] ? 1 : 0;
    job.sb = gb[0] ? 1 : 0;
    job.outer = groups - 1;
    for (int g = 1; g < groups; g++) {
        job.odims[g - 1] = gd[g];
        job.osa[g - 1] = ga[g];
        job.osb[g - 1] = gb[g];
    }
    tfgt_parallel_for(ctx->threads, count / job.run, 1 + PARALLEL_GRAIN / job.run, binary_rows,
                      &job);
}

/* ---- unary ------------------------------------------------------------- */

typedef enum unary_op {
    U_RELU, U_RELU6, U_ELU, U_SELU, U_LEAKY_RELU, U_SIGMOID, U_TANH, U_SOFTPLUS, U_SOFTSIGN,
    U_EXP, U_EXPM1, U_LOG, U_LOG1P, U_SQRT, U_RSQRT, U_SQUARE, U_ABS, U_NEG, U_RECIPROCAL,
    U_SIGN, U_FLOOR, U_CEIL, U_ROUND, U_RINT, U_SIN, U_COS, U_TAN, U_ASIN, U_ACOS, U_ATAN,
    U_SINH, U_COSH, U_ERF, U_IS_FINITE, U_IS_NAN, U_IS_INF, U_LOGICAL_NOT
} unary_op;

static double round_half_even(double x)
{
    double r = nearbyint(x); /* default rounding mode: to nearest, ties to even */
    return r;
}

static double apply_unary(unary_op op, double x, double alpha)
{
    switch (op) {
    /* NaN passes through both (as in TensorFlow); -0 becomes +0 */
    case U_RELU: return x > 0 || isnan(x) ? x : 0;
    case U_RELU6: return x > 0 || isnan(x) ? (6 < x ? 6 : x) : 0;
    case U_ELU: return x > 0 ? x : expm1(x);
    case U_SELU: {
        const double scale = 1.0507009873554804934193349852946,
                     a = 1.6732632423543772848170429916717;
        return x > 0 ? scale * x : scale * a * expm1(x);
    }
    case U_LEAKY_RELU: return x > 0 ? x : x * alpha;
    case U_SIGMOID: return 1.0 / (1.0 + exp(-x));
    case U_TANH: return tanh(x);
    case U_SOFTPLUS: return x > 0 ? x + log1p(exp(-x)) : log1p(exp(x));
    case U_SOFTSIGN: return x / (1.0 + fabs(x));
    case U_EXP: return exp(x);
    case U_EXPM1: return expm1(x);
    case U_LOG: return log(x);
    case U_LOG1P: return log1p(x);
    case U_SQRT: return sqrt(x);
    case U_RSQRT: return 1.0 / sqrt(x);
    case U_SQUARE: return x * x;
    case U_ABS: return fabs(x);
    case U_NEG: return -x;
    case U_RECIPROCAL: return 1.0 / x;
    case U_SIGN: return x > 0 ? 1 : x < 0 ? -1 : x;
    case U_FLOOR: return floor(x);
    case U_CEIL: return ceil(x);
    case U_ROUND: case U_RINT: return round_half_even(x);
    case U_SIN: return sin(x);
    case U_COS: return cos(x);
    case U_TAN: return tan(x);
    case U_ASIN: return asin(x);
    case U_ACOS: return acos(x);
    case U_ATAN: return atan(x);
    case U_SINH: return sinh(x);
    case U_COSH: return cosh(x);
    case U_ERF: return erf(x);
    case U_IS_FINITE: return isfinite(x);
    case U_IS_NAN: return isnan(x);
    case U_IS_INF: return isinf(x) != 0;
    case U_LOGICAL_NOT: return x == 0;
    }
    return x;
}

static bool unary_to_bool(unary_op op)
{
    return op == U_IS_FINITE || op == U_IS_NAN || op == U_IS_INF || op == U_LOGICAL_NOT;
}

static bool numeric(int dtype)
{
    return dtype != TFGT_DT_STRING && tfgt_dtype_size(dtype) > 0 && dtype != TFGT_DT_COMPLEX64 &&
           dtype != TFGT_DT_COMPLEX128;
}

static tfgt_status run_unary(tfgt_kernel_context *ctx, unary_op op)
{
    const tfgt_tensor *x = ctx->inputs[0];
    double alpha = tfgt_kernel_attr_float(ctx, "alpha", 0.2f);
    tfgt_tensor *y;
    if (!numeric(x->dtype))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "input of type %s is not supported",
                                tfgt_dtype_name(x->dtype) ? tfgt_dtype_name(x->dtype) : "?");
    y = tfgt_kernel_output(ctx, 0, unary_to_bool(op) ? TFGT_DT_BOOL : x->dtype, x->rank, x->dims);
    if (!y)
        return ctx->err ? ctx->err->status : TFGT_E_NO_MEMORY;
    if (x->dtype == TFGT_DT_FLOAT && !unary_to_bool(op)) {
        const float *in = x->data;
        float *out = y->data;
        tfgt_isa isa = tfgt_kernel_isa(ctx);
        int fast = op == U_RELU ? FU_RELU : op == U_RELU6 ? FU_RELU6
                 : op == U_LEAKY_RELU ? FU_LEAKY_RELU : -1;
        if (fast >= 0 && isa != TFGT_ISA_REFERENCE) {
            fast_unary_float(ctx, isa, (fast_unary)fast, in, out, x->count, (float)alpha);
            return TFGT_OK;
        }
        for (int64_t i = 0; i < x->count; i++)
            out[i] = (float)apply_unary(op, in[i], alpha);
        return TFGT_OK;
    }
    for (int64_t i = 0; i < x->count; i++)
        tfgt_tensor_set_double(y, i, apply_unary(op, tfgt_tensor_get_double(x, i), alpha));
    return TFGT_OK;
}

#define UNARY_KERNEL(fn, op)                                                                       \
    static tfgt_status fn(tfgt_kernel_context *ctx) { return run_unary(ctx, op); }
UNARY_KERNEL(k_relu, U_RELU)
UNARY_KERNEL(k_relu6, U_RELU6)
UNARY_KERNEL(k_elu, U_ELU)
UNARY_KERNEL(k_selu, U_SELU)
UNARY_KERNEL(k_leaky_relu, U_LEAKY_RELU)
UNARY_KERNEL(k_sigmoid, U_SIGMOID)
UNARY_KERNEL(k_tanh, U_TANH)
UNARY_KERNEL(k_softplus, U_SOFTPLUS)
UNARY_KERNEL(k_softsign, U_SOFTSIGN)
UNARY_KERNEL(k_exp, U_EXP)
UNARY_KERNEL(k_expm1, U_EXPM1)
UNARY_KERNEL(k_log, U_LOG)
UNARY_KERNEL(k_log1p, U_LOG1P)
UNARY_KERNEL(k_sqrt, U_SQRT)
UNARY_KERNEL(k_rsqrt, U_RSQRT)
UNARY_KERNEL(k_square, U_SQUARE)
UNARY_KERNEL(k_abs, U_ABS)
UNARY_KERNEL(k_neg, U_NEG)
UNARY_KERNEL(k_reciprocal, U_RECIPROCAL)
UNARY_KERNEL(k_sign, U_SIGN)
UNARY_KERNEL(k_floor, U_FLOOR)
UNARY_KERNEL(k_ceil, U_CEIL)
UNARY_KERNEL(k_round, U_ROUND)
UNARY_KERNEL(k_rint, U_RINT)
UNARY_KERNEL(k_sin, U_SIN)
UNARY_KERNEL(k_cos, U_COS)
UNARY_KERNEL(k_tan, U_TAN)
UNARY_KERNEL(k_asin, U_ASIN)
UNARY_KERNEL(k_acos, U_ACOS)
UNARY_KERNEL(k_atan, U_ATAN)
UNARY_KERNEL(k_sinh, U_SINH)
UNARY_KERNEL(k_cosh, U_COSH)
UNARY_KERNEL(k_erf, U_ERF)
UNARY_KERNEL(k_is_finite, U_IS_FINITE)
UNARY_KERNEL(k_is_nan, U_IS_NAN)
UNARY_KERNEL(k_is_inf, U_IS_INF)
UNARY_KERNEL(k_logical_not, U_LOGICAL_NOT)

/* ---- binary ------------------------------------------------------------ */

typedef enum binary_op {
    B_ADD, B_SUB, B_MUL, B_DIV, B_REAL_DIV, B_FLOOR_DIV, B_FLOOR_MOD, B_TRUNCATE_DIV, B_MAX,
    B_MIN, B_POW, B_SQUARED_DIFFERENCE, B_ATAN2, B_EQUAL, B_NOT_EQUAL, B_LESS, B_LESS_EQUAL,
    B_GREATER, B_GREATER_EQUAL, B_LOGICAL_AND, B_LOGICAL_OR
} binary_op;

static bool is_integer_type(int dtype)
{
    return dtype != TFGT_DT_FLOAT && dtype != TFGT_DT_DOUBLE && dtype != TFGT_DT_HALF &&
           dtype != TFGT_DT_BFLOAT16;
}

static double apply_binary(binary_op op, double a, double b, bool integer)
{
    switch (op) {
    case B_ADD: return a + b;
    case B_SUB: return a - b;
    case B_MUL: return a * b;
    case B_DIV: return integer ? trunc(a / b) : a / b;
    case B_REAL_DIV: return a / b;
    case B_FLOOR_DIV: return floor(a / b);
    case B_FLOOR_MOD: {
        double m = fmod(a, b);
        return m != 0 && ((m < 0) != (b < 0)) ? m + b : m;
    }
    case B_TRUNCATE_DIV: return trunc(a / b);
    case B_MAX: return a > b || isnan(a) ? a : b;
    case B_MIN: return a < b || isnan(a) ? a : b;
    case B_POW: return pow(a, b);
    case B_SQUARED_DIFFERENCE: return (a - b) * (a - b);
    case B_ATAN2: return atan2(a, b);
    case B_EQUAL: return a == b;
    case B_NOT_EQUAL: return a != b;
    case B_LESS: return a < b;
    case B_LESS_EQUAL: return a <= b;
    case B_GREATER: return a > b;
    case B_GREATER_EQUAL: return a >= b;
    case B_LOGICAL_AND: return a != 0 && b != 0;
    case B_LOGICAL_OR: return a != 0 || b != 0;
    }
    return 0;
}

static bool binary_to_bool(binary_op op)
{
    return op >= B_EQUAL;
}

static inline float float_binary(binary_op op, float a, float b)
{
    switch (op) {
    case B_ADD: return a + b;
    case B_SUB: return a - b;
    case B_MUL: return a * b;
    case B_DIV: case B_REAL_DIV: return a / b;
    case B_MAX: return a > b || a != a ? a : b;
    case B_MIN: return a < b || a != a ? a : b;
    case B_SQUARED_DIFFERENCE: return (a - b) * (a - b);
    default: return (float)apply_binary(op, a, b, false);
    }
}

/* The fast_binary computing `op` on floats exactly as float_binary does,
 * or -1. */
static int fast_binary_of(binary_op op)
{
    switch (op) {
    case B_ADD: return FB_ADD;
    case B_SUB: return FB_SUB;
    case B_MUL: return FB_MUL;
    case B_DIV: case B_REAL_DIV: return FB_DIV;
    case B_MAX: return FB_MAX;
    case B_MIN: return FB_MIN;
    case B_SQUARED_DIFFERENCE: return FB_SQDIFF;
    default: return -1;
    }
}

/* Float ops outside the fast set, the "reference" variant and every other
 * type take the element-by-element loop at the end. */
static tfgt_status run_binary(tfgt_kernel_context *ctx, binary_op op)
{
    const tfgt_tensor *a = ctx->inputs[0], *b = ctx->inputs[1];
    int rank;
    int64_t dims[TFGT_MAX_RANK], sa[TFGT_MAX_RANK], sb[TFGT_MAX_RANK], index[TFGT_MAX_RANK];
    bool integer;
    tfgt_tensor *y;

    if (!numeric(a->dtype) || !numeric(b->dtype))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "inputs of type %s and %s are not supported",
                                tfgt_dtype_name(a->dtype) ? tfgt_dtype_name(a->dtype) : "?",
                                tfgt_dtype_name(b->dtype) ? tfgt_dtype_name(b->dtype) : "?");
    if (a->dtype != b->dtype)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "inputs have different types (%s, %s)",
                                tfgt_dtype_name(a->dtype), tfgt_dtype_name(b->dtype));
    if (!broadcast_shape(a, b, &rank, dims)) {
        char sa_text[128], sb_text[128];
        shape_text(a, sa_text, sizeof sa_text);
        shape_text(b, sb_text, sizeof sb_text);
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "shapes %s and %s do not broadcast", sa_text, sb_text);
    }
    integer = is_integer_type(a->dtype);
    if (integer && (op == B_DIV || op == B_FLOOR_DIV || op == B_FLOOR_MOD || op == B_TRUNCATE_DIV))
        for (int64_t i = 0; i < b->count; i++)
            if (tfgt_tensor_get_double(b, i) == 0)
                return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "integer division by zero");
    y = tfgt_kernel_output(ctx, 0, binary_to_bool(op) ? TFGT_DT_BOOL : a->dtype, rank, dims);
    if (!y)
        return ctx->err ? ctx->err->status : TFGT_E_NO_MEMORY;
    if (!y->count)
        return TFGT_OK;
    if (a->dtype == TFGT_DT_FLOAT && !binary_to_bool(op)) {
        tfgt_isa isa = tfgt_kernel_isa(ctx);
        int fast = fast_binary_of(op);
        if (fast >= 0 && isa != TFGT_ISA_REFERENCE) {
            fast_binary_float(ctx, isa, (fast_binary)fast, a, b, rank, dims, y->data);
            return TFGT_OK;
        }
    }
    broadcast_strides(a, rank, dims, sa);
    broadcast_strides(b, rank, dims, sb);
    memset(index, 0, sizeof index);
    for (int64_t i = 0, ia = 0, ib = 0; i < y->count; i++) {
        if (a->dtype == TFGT_DT_FLOAT && !binary_to_bool(op))
            ((float *)y->data)[i] = float_binary(op, ((const float *)a->data)[ia],
                                                 ((const float *)b->data)[ib]);
        else
            tfgt_tensor_set_double(y, i,
                                   apply_binary(op, tfgt_tensor_get_double(a, ia),
                                                tfgt_tensor_get_double(b, ib), integer));
        for (int d = rank - 1; d >= 0; d--) {
            ia += sa[d];
            ib += sb[d];
            if (++index[d] < dims[d])
                break;
            ia -= sa[d] * dims[d];
            ib -= sb[d] * dims[d];
            index[d] = 0;
        }
    }
    return TFGT_OK;
}

#define BINARY_KERNEL(fn, op)                                                                      \
    static tfgt_status fn(tfgt_kernel_context *ctx) { return run_binary(ctx, op); }
BINARY_KERNEL(k_add, B_ADD)
BINARY_KERNEL(k_sub, B_SUB)
BINARY_KERNEL(k_mul, B_MUL)
BINARY_KERNEL(k_div, B_DIV)
BINARY_KERNEL(k_real_div, B_REAL_DIV)
BINARY_KERNEL(k_floor_div, B_FLOOR_DIV)
BINARY_KERNEL(k_floor_mod, B_FLOOR_MOD)
BINARY_KERNEL(k_truncate_div, B_TRUNCATE_DIV)
BINARY_KERNEL(k_maximum, B_MAX)
BINARY_KERNEL(k_minimum, B_MIN)
BINARY_KERNEL(k_pow, B_POW)
BINARY_KERNEL(k_squared_difference, B_SQUARED_DIFFERENCE)
BINARY_KERNEL(k_atan2, B_ATAN2)
BINARY_KERNEL(k_equal, B_EQUAL)
BINARY_KERNEL(k_not_equal, B_NOT_EQUAL)
BINARY_KERNEL(k_less, B_LESS)
BINARY_KERNEL(k_less_equal, B_LESS_EQUAL)
BINARY_KERNEL(k_greater, B_GREATER)
BINARY_KERNEL(k_greater_equal, B_GREATER_EQUAL)
BINARY_KERNEL(k_logical_and, B_LOGICAL_AND)
BINARY_KERNEL(k_logical_or, B_LOGICAL_OR)

/* ---- BiasAdd, AddN, Select, ClipByValue ----------------------------------- */

static tfgt_status k_bias_add(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *x = ctx->inputs[0], *bias = ctx->inputs[1];
    char format[16];
    int64_t channels, inner = 1, outer = 1;
    int axis;
    tfgt_tensor *y;
    tfgt_kernel_attr_string(ctx, "data_format", "NHWC", format, sizeof format);
    if (bias->rank != 1)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "bias must be 1-D, not rank %d",
                                bias->rank);
    if (x->rank < 2)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "input must be at least 2-D, not rank %d", x->rank);
    if (x->dtype != bias->dtype || !numeric(x->dtype))
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "input and bias types differ");
    axis = strncmp(format, "NC", 2) == 0 ? 1 : x->rank - 1;
    channels = x->dims[axis];
    if (bias->dims[0] != channels)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "bias has %lld values but the input has %lld channels",
                                (long long)bias->dims[0], (long long)channels);
    for (int i = 0; i < axis; i++)
        outer *= x->dims[i];
    for (int i = axis + 1; i < x->rank; i++)
        inner *= x->dims[i];
    y = tfgt_kernel_output(ctx, 0, x->dtype, x->rank, x->dims);
    if (!y)
        return ctx->err ? ctx->err->status : TFGT_E_NO_MEMORY;
    if (x->dtype == TFGT_DT_FLOAT && y->count && tfgt_kernel_isa(ctx) != TFGT_ISA_REFERENCE) {
        /* the bias seen as [C, 1, ..., 1] against the dimensions from the
         * channel axis on */
        tfgt_tensor view = *bias;
        view.rank = x->rank - axis;
        for (int i = 1; i < view.rank; i++)
            view.dims[i] = 1;
        fast_binary_float(ctx, tfgt_kernel_isa(ctx), FB_ADD, x, &view, x->rank, x->dims, y->data);
        return TFGT_OK;
    }
    for (int64_t o = 0; o < outer; o++)
        for (int64_t c = 0; c < channels; c++) {
            int64_t base = (o * channels + c) * inner;
            if (x->dtype == TFGT_DT_FLOAT) {
                const float *in = (const float *)x->data + base;
                float *out = (float *)y->data + base, b = ((const float *)bias->data)[c];
                for (int64_t i = 0; i < inner; i++)
                    out[i] = in[i] + b;
            } else {
                double b = tfgt_tensor_get_double(bias, c);
                for (int64_t i = 0; i < inner; i++)
                    tfgt_tensor_set_double(y, base + i, tfgt_tensor_get_double(x, base + i) + b);
            }
        }
    return TFGT_OK;
}

static tfgt_status k_add_n(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *first = ctx->inputs[0];
    tfgt_tensor *y;
    if (!numeric(first->dtype))
        return tfgt_kernel_fail(ctx, TFGT_E_UNSUPPORTED, "input type not supported");
    for (size_t k = 1; k < ctx->n_inputs; k++)
        if (!tfgt_tensor_same_shape(ctx->inputs[k], first))
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "input %zu differs in type or shape from input 0", k);
    y = tfgt_kernel_output(ctx, 0, first->dtype, first->rank, first->dims);
    if (!y)
        return ctx->err ? ctx->err->status : TFGT_E_NO_MEMORY;
    for (int64_t i = 0; i < y->count; i++) {
        double sum = 0;
        for (size_t k = 0; k < ctx->n_inputs; k++)
            sum += tfgt_tensor_get_double(ctx->inputs[k], i);
        tfgt_tensor_set_double(y, i, sum);
    }
    return TFGT_OK;
}

/* Select (TensorFlow 1): cond has x's shape, or is 1-D over x's first
 * dimension.  SelectV2 broadcasts all three. */
static tfgt_status run_select(tfgt_kernel_context *ctx, bool v2)
{
    const tfgt_tensor *cond = ctx->inputs[0], *x = ctx->inputs[1], *y = ctx->inputs[2];
    int rank, rank2;
    int64_t dims[TFGT_MAX_RANK], dims2[TFGT_MAX_RANK];
    int64_t sc[TFGT_MAX_RANK], sx[TFGT_MAX_RANK], sy[TFGT_MAX_RANK], index[TFGT_MAX_RANK];
    tfgt_tensor *out;
    bool row_select = false;
    if (cond->dtype != TFGT_DT_BOOL)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "condition must be bool");
    if (x->dtype != y->dtype)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "x and y have different types");
    if (!v2) {
        if (!tfgt_tensor_same_shape(x, y))
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "x and y differ in shape");
        row_select = cond->rank == 1 && x->rank > 1 && cond->dims[0] == x->dims[0];
        if (!row_select && (cond->rank != x->rank || cond->count != x->count))
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                    "condition must have x's shape or be a vector over its rows");
    }
    if (!broadcast_shape(x, y, &rank, dims))
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "x and y do not broadcast");
    if (v2) {
        tfgt_tensor tmp = *x;
        tmp.rank = rank;
        memcpy(tmp.dims, dims, sizeof dims);
        if (!broadcast_shape(cond, &tmp, &rank2, dims2))
            return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "condition does not broadcast");
        rank = rank2;
        memcpy(dims, dims2, sizeof dims);
    }
    out = tfgt_kernel_output(ctx, 0, x->dtype, rank, dims);
    if (!out)
        return ctx->err ? ctx->err->status : TFGT_E_NO_MEMORY;
    if (!out->count)
        return TFGT_OK;
    broadcast_strides(x, rank, dims, sx);
    broadcast_strides(y, rank, dims, sy);
    if (row_select) {
        memset(sc, 0, sizeof sc);
        sc[0] = 1;
    } else {
        broadcast_strides(cond, rank, dims, sc);
    }
    memset(index, 0, sizeof index);
    {
        size_t size = tfgt_dtype_size(x->dtype);
        int64_t ic = 0, ix = 0, iy = 0;
        for (int64_t i = 0; i < out->count; i++) {
            bool take_x = ((const uint8_t *)cond->data)[ic] != 0;
            memcpy((char *)out->data + (size_t)i * size,
                   take_x ? (const char *)x->data + (size_t)ix * size
                          : (const char *)y->data + (size_t)iy * size,
                   size);
            for (int d = rank - 1; d >= 0; d--) {
                ic += sc[d];
                ix += sx[d];
                iy += sy[d];
                if (++index[d] < dims[d])
                    break;
                ic -= sc[d] * dims[d];
                ix -= sx[d] * dims[d];
                iy -= sy[d] * dims[d];
                index[d] = 0;
            }
        }
    }
    return TFGT_OK;
}

static tfgt_status k_select(tfgt_kernel_context *ctx) { return run_select(ctx, false); }
static tfgt_status k_select_v2(tfgt_kernel_context *ctx) { return run_select(ctx, true); }

static tfgt_status k_clip_by_value(tfgt_kernel_context *ctx)
{
    const tfgt_tensor *t = ctx->inputs[0], *lo = ctx->inputs[1], *hi = ctx->inputs[2];
    tfgt_tensor *y;
    if (!numeric(t->dtype) || lo->dtype != t->dtype || hi->dtype != t->dtype)
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT, "types of t, min and max differ");
    if ((lo->count != 1 && lo->count != t->count) || (hi->count != 1 && hi->count != t->count))
        return tfgt_kernel_fail(ctx, TFGT_E_INVALID_ARGUMENT,
                                "min and max must be scalars or have t's shape");
    y = tfgt_kernel_output(ctx, 0, t->dtype, t->rank, t->dims);
    if (!y)
        return ctx->err ? ctx->err->status : TFGT_E_NO_MEMORY;
    if (t->dtype == TFGT_DT_FLOAT && tfgt_kernel_isa(ctx) != TFGT_ISA_REFERENCE) {
        /* the same comparisons on the floats themselves */
        const float *in = t->data, *pl = lo->data, *ph = hi->data;
        const int64_t sl = lo->count == 1 ? 0 : 1, sh = hi->count == 1 ? 0 : 1;
        float *out = y->data;
        for (int64_t i = 0; i < t->count; i++) {
            float v = in[i], l = pl[i * sl], h = ph[i * sh];
            out[i] = v < l ? l : v > h ? h : v;
        }
        return TFGT_OK;
    }
    for (int64_t i = 0; i < t->count; i++) {
        double v = tfgt_tensor_get_double(t, i);
        double l = tfgt_tensor_get_double(lo, lo->count == 1 ? 0 : i);
        double h = tfgt_tensor_get_double(hi, hi->count == 1 ? 0 : i);
        tfgt_tensor_set_double(y, i, v < l ? l : v > h ? h : v);
    }
    return TFGT_OK;
}

/* ---- the table ----------------------------------------------------------- */

static const tfgt_op_attr t_attr[] = {{"T", NULL}, {NULL, NULL}};
static const tfgt_op_attr leaky_attrs[] = {{"alpha", "f: 0.2"}, {"T", "type: DT_FLOAT"}, {NULL, NULL}};
static const tfgt_op_attr bias_attrs[] = {{"T", NULL}, {"data_format", "s: \"NHWC\""}, {NULL, NULL}};
static const tfgt_op_attr add_n_attrs[] = {{"N", NULL}, {"T", NULL}, {NULL, NULL}};
static const tfgt_op_attr no_attrs[] = {{NULL, NULL}};

#define UNARY(name, fn) {name, 1, 1, 0, t_attr, fn}
#define BINARY(name, fn) {name, 2, 2, 0, t_attr, fn}

const tfgt_op_def tfgt_ops_elementwise[] = {
    UNARY("Relu", k_relu), UNARY("Relu6", k_relu6), UNARY("Elu", k_elu), UNARY("Selu", k_selu),
    {"LeakyRelu", 1, 1, 0, leaky_attrs, k_leaky_relu},
    UNARY("Sigmoid", k_sigmoid), UNARY("Tanh", k_tanh), UNARY("Softplus", k_softplus),
    UNARY("Softsign", k_softsign), UNARY("Exp", k_exp), UNARY("Expm1", k_expm1),
    UNARY("Log", k_log), UNARY("Log1p", k_log1p), UNARY("Sqrt", k_sqrt), UNARY("Rsqrt", k_rsqrt),
    UNARY("Square", k_square), UNARY("Abs", k_abs), UNARY("Neg", k_neg),
    UNARY("Reciprocal", k_reciprocal), UNARY("Inv", k_reciprocal), UNARY("Sign", k_sign),
    UNARY("Floor", k_floor), UNARY("Ceil", k_ceil), UNARY("Round", k_round), UNARY("Rint", k_rint),
    UNARY("Sin", k_sin), UNARY("Cos", k_cos), UNARY("Tan", k_tan), UNARY("Asin", k_asin),
    UNARY("Acos", k_acos), UNARY("Atan", k_atan), UNARY("Sinh", k_sinh), UNARY("Cosh", k_cosh),
    UNARY("Erf", k_erf), UNARY("IsFinite", k_is_finite), UNARY("IsNan", k_is_nan),
    UNARY("IsInf", k_is_inf), {"LogicalNot", 1, 1, 0, no_attrs, k_logical_not},
    BINARY("Add", k_add), BINARY("AddV2", k_add), BINARY("Sub", k_sub), BINARY("Mul", k_mul),
    BINARY("Div", k_div), BINARY("RealDiv", k_real_div), BINARY("FloorDiv", k_floor_div),
    BINARY("FloorMod", k_floor_mod), BINARY("TruncateDiv", k_truncate_div),
    BINARY("Maximum", k_maximum), BINARY("Minimum", k_minimum), BINARY("Pow", k_pow),
    BINARY("SquaredDifference", k_squared_difference), BINARY("Atan2", k_atan2),
    BINARY("Equal", k_equal), BINARY("NotEqual", k_not_equal), BINARY("Less", k_less),
    BINARY("LessEqual", k_less_equal), BINARY("Greater", k_greater),
    BINARY("GreaterEqual", k_greater_equal),
    {"LogicalAnd", 2, 2, 0, no_attrs, k_logical_and}, {"LogicalOr", 2, 2, 0, no_attrs, k_logical_or},
    {"BiasAdd", 2, 2, 0, bias_attrs, k_bias_add}, {"BiasAddV1", 2, 2, 0, t_attr, k_bias_add},
    {"AddN", 1, -1, 0, add_n_attrs, k_add_n},
    {"Select", 3, 3, 0, t_attr, k_select}, {"SelectV2", 3, 3, 0, t_attr, k_select_v2},
    {"ClipByValue", 3, 3, 0, t_attr, k_clip_by_value},
    {NULL, 0, 0, 0, NULL, NULL},
};
