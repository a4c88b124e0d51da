/* kernels/gemm.c - packed, cache-blocked float GEMM with AVX2/FMA and
 * AVX-512 micro-kernels, a naive reference, a double GEMM, and the
 * parallel-for the heavy kernel families share (see gemm.h).
 *
 * The algorithm is the usual one: C is computed in blocks of NC columns;
 * for each block of KC rows of op(B) that slice is packed into panels of
 * NR columns ([k][NR], zero-padded), then for each block of MC rows of
 * op(A) that block is packed into panels of MR rows ([k][MR], zero-padded)
 * and a micro-kernel multiplies one A panel by one B panel into an MR x NR
 * tile of C held in registers.  Threads take disjoint ranges of tiles
 * (rows of C, or columns when C has few rows); the k blocking does not
 * depend on that split, so neither does any result.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gemm.h"

#if defined(__x86_64__) || defined(__i386__)
#define TFGT_GEMM_X86 1
#include <immintrin.h>
#else
#define TFGT_GEMM_X86 0
#endif

/* ---- instruction sets ---- */

tfgt_isa tfgt_isa_best(void)
{
#if TFGT_GEMM_X86
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f"))
        return TFGT_ISA_AVX512;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return TFGT_ISA_AVX2;
#endif
    return TFGT_ISA_GENERIC;
}

bool tfgt_cpu_avx512_int(void)
{
#if TFGT_GEMM_X86
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
           __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
#else
    return false;
#endif
}

bool tfgt_cpu_avx512_vnni(void)
{
#if TFGT_GEMM_X86
    return tfgt_cpu_avx512_int() && __builtin_cpu_supports("avx512vnni");
#else
    return false;
#endif
}

tfgt_isa tfgt_isa_resolve(tfgt_isa requested)
{
    tfgt_isa best = tfgt_isa_best();
    if (requested == TFGT_ISA_AUTO || requested > best)
        return best;
    return requested;
}

const char *tfgt_isa_name(tfgt_isa isa)
{
    switch (isa) {
    case TFGT_ISA_REFERENCE: return "reference";
    case TFGT_ISA_GENERIC: return "generic";
    case TFGT_ISA_AVX2: return "avx2";
    case TFGT_ISA_AVX512: return "avx512";
    default: return "auto";
    }
}

tfgt_isa tfgt_kernel_isa(const tfgt_kernel_context *ctx)
{
    char name[32];
    tfgt_kernel_attr_string(ctx, "_tfgt_isa", "", name, sizeof name);
    for (int isa = TFGT_ISA_REFERENCE; isa <= TFGT_ISA_AVX512; isa++)
        if (strcmp(name, tfgt_isa_name((tfgt_isa)isa)) == 0)
            return tfgt_isa_resolve((tfgt_isa)isa);
    return tfgt_isa_best();
}

/* ---- parallel for ----
 * A process-wide pool of worker threads, started on first use and kept:
 * starting threads per call (tens of microseconds each) cost more than
 * most eight-bit ops take.  One parallel_for owns the pool at a time; a
 * second one meanwhile (another plan on another thread, or a nested call)
 * starts its own threads as before.  Workers keep polling for a couple of
 * milliseconds before they sleep, since ops arrive back to back; the caller runs part 0 and then
 * takes any part no worker has claimed yet, so a descheduled worker
 * never holds the call up. */

#define MAX_THREADS 64
/* On the pool, the work goes in up to POOL_PARTS_PER_THREAD parts per
 * thread: each thread runs its own parts, then takes those of a thread
 * that has not got to them (descheduled, or slow to wake), so a stalled
 * thread holds up only a small part. */
#define POOL_PARTS_PER_THREAD 4
#define POOL_SPIN_SECONDS 2e-3
#define POOL_PAUSE_SECONDS 1e-4

typedef struct range_job {
    tfgt_range_fn fn;
    void *arg;
    int64_t begin, end;
    tfgt_status status;
} range_job;

static struct {
    pthread_mutex_t lock;
    pthread_cond_t wake, done;
    int workers;        /* started */
    bool busy;          /* a call owns the pool */
    range_job *jobs;    /* the owner's parts */
    int64_t parts, next; /* parts; how many claimed */
    int64_t threads;     /* the call's threads (caller included) */
    int64_t helpers;     /* workers that may still join this call */
    bool claimed[MAX_THREADS * POOL_PARTS_PER_THREAD];
    _Atomic int64_t unfinished; /* parts 1.. not yet run */
    _Atomic uint64_t generation; /* bumped per call, for spinning workers */
} pool = {.lock = PTHREAD_MUTEX_INITIALIZER,
          .wake = PTHREAD_COND_INITIALIZER,
          .done = PTHREAD_COND_INITIALIZER};

static void *range_thread(void *p)
{
    range_job *job = p;
    job->status = job->fn(job->arg, job->begin, job->end);
    return NULL;
}

/* The next part for thread `self` (0 = the caller): its own parts first,
 * in order, so a thread sees the same stretch of the data call after
 * call (and keeps it in its cache); then anyone's still unclaimed, from
 * the end.  -1 when none is left. */
static int64_t pool_claim(int64_t self)
{
    int64_t per = pool.parts / pool.threads, first = self * per;
    for (int64_t p = first; p < first + per && p < pool.parts; p++)
        if (!pool.claimed[p])
            return p;
    for (int64_t p = pool.parts - 1; p >= 0; p--)
        if (!pool.claimed[p])
            return p;
    return -1;
}

/* Claim and run parts; called and returns with the lock held. */
static void pool_run_parts(int64_t self)
{
    int64_t p;
    while (pool.jobs && (p = pool_claim(self)) >= 0) {
        range_job *job = &pool.jobs[p];
        pool.claimed[p] = true;
        pool.next++;
        pthread_mutex_unlock(&pool.lock);
        range_thread(job);
        pthread_mutex_lock(&pool.lock);
        if (--pool.unfinished == 0)
            pthread_cond_signal(&pool.done);
    }
}

static double pool_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Wait up to POOL_SPIN_SECONDS for a new call without sleeping: waking a
 * sleeping thread takes longer than many ops last.  After the first
 * POOL_PAUSE_SECONDS the wait yields the core to anyone else runnable. */
static void pool_spin(uint64_t seen)
{
    double start = pool_seconds(), waited = 0;
    for (unsigned i = 1; pool.generation == seen; i++) {
#if TFGT_GEMM_X86
        _mm_pause();
#endif
        if (i % 64 == 0) {
            waited = pool_seconds() - start;
            if (waited > POOL_SPIN_SECONDS)
                return;
            if (waited > POOL_PAUSE_SECONDS)
                sched_yield();
        }
    }
}

static void *pool_worker(void *unused)
{
    uint64_t seen = 0;
    (void)unused;
    for (;;) {
        pool_spin(seen);
        pthread_mutex_lock(&pool.lock);
        while (!(pool.jobs && pool.next < pool.parts) && pool.generation == seen)
            pthread_cond_wait(&pool.wake, &pool.lock);
        seen = pool.generation;
        if (pool.helpers > 0) { /* no more threads than the call asked for */
            int64_t self = pool.threads - pool.helpers;
            pool.helpers--;
            pool_run_parts(self);
        }
        pthread_mutex_unlock(&pool.lock);
    }
    return NULL;
}

/* Run jobs[0..parts) on the pool with `threads` threads in all; false
 * when it is taken (or no worker could be started), the jobs then
 * untouched. */
static bool pool_run(range_job *jobs, int64_t parts, int64_t threads)
{
    pthread_mutex_lock(&pool.lock);
    if (pool.busy) {
        pthread_mutex_unlock(&pool.lock);
        return false;
    }
    while (pool.workers < threads - 1) {
        pthread_t id;
        pthread_attr_t attr;
        bool ok = pthread_attr_init(&attr) == 0;
        ok = ok && pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED) == 0 &&
             pthread_create(&id, &attr, pool_worker, NULL) == 0;
        pthread_attr_destroy(&attr);
        if (!ok)
            break;
        pool.workers++;
    }
    if (pool.workers == 0) {
        pthread_mutex_unlock(&pool.lock);
        return false;
    }
    pool.busy = true;
    pool.jobs = jobs;
    pool.parts = parts;
    pool.next = 1;
    pool.threads = threads;
    pool.helpers = threads - 1;
    pool.unfinished = parts - 1;
    memset(pool.claimed, 0, (size_t)parts * sizeof pool.claimed[0]);
    pool.claimed[0] = true;
    pool.generation++;
    pthread_cond_broadcast(&pool.wake);
    pthread_mutex_unlock(&pool.lock);
    range_thread(&jobs[0]);
    pthread_mutex_lock(&pool.lock);
    pool_run_parts(0);
    if (pool.unfinished > 0) {
        /* the last parts are running: poll a little before sleeping */
        double start = pool_seconds();
        pthread_mutex_unlock(&pool.lock);
        for (unsigned i = 1; pool.unfinished > 0; i++) {
#if TFGT_GEMM_X86
            _mm_pause();
#endif
            if (i % 64 == 0 && pool_seconds() - start > POOL_PAUSE_SECONDS)
                break;
        }
        pthread_mutex_lock(&pool.lock);
    }
    while (pool.unfinished > 0)
        pthread_cond_wait(&pool.done, &pool.lock);
    pool.jobs = NULL;
    pool.parts = pool.next = 0;
    pool.busy = false;
    pthread_mutex_unlock(&pool.lock);
    return true;
}

/* [0, n) in `parts` nearly equal ranges. */
static void split_ranges(range_job *jobs, int64_t parts, int64_t n, tfgt_range_fn fn, void *arg)
{
    for (int64_t p = 0; p < parts; p++) {
        int64_t base = n / parts, extra = n % parts;
        jobs[p].fn = fn;
        jobs[p].arg = arg;
        jobs[p].begin = p * base + (p < extra ? p : extra);
        jobs[p].end = jobs[p].begin + base + (p < extra ? 1 : 0);
        jobs[p].status = TFGT_OK;
    }
}


tfgt_status tfgt_parallel_for(int threads, int64_t n, int64_t grain, tfgt_range_fn fn, void *arg)
{
    range_job jobs[MAX_THREADS * POOL_PARTS_PER_THREAD];
    pthread_t ids[MAX_THREADS];
    bool started[MAX_THREADS];
    int64_t parts = threads < 1 ? 1 : threads, fine;
    if (n <= 0)
        return TFGT_OK;
    if (grain < 1)
        grain = 1;
    if (parts > MAX_THREADS)
        parts = MAX_THREADS;
    fine = parts * POOL_PARTS_PER_THREAD;
    if (parts > n / grain)
        parts = n / grain;
    if (fine > n / grain)
        fine = n / grain;
    if (parts <= 1)
        return fn(arg, 0, n);
    split_ranges(jobs, fine, n, fn, arg);
    if (pool_run(jobs, fine, parts)) {
        parts = fine;
    } else {
        split_ranges(jobs, parts, n, fn, arg);
        for (int64_t p = 1; p < parts; p++)
            started[p] = pthread_create(&ids[p], NULL, range_thread, &jobs[p]) == 0;
        range_thread(&jobs[0]);
        for (int64_t p = 1; p < parts; p++) {
            if (started[p])
                pthread_join(ids[p], NULL);
            else
                range_thread(&jobs[p]);
        }
    }
    for (int64_t p = 0; p < parts; p++)
        if (jobs[p].status != TFGT_OK)
            return jobs[p].status;
    return TFGT_OK;
}

/* ---- reference ---- */

void tfgt_sgemm_reference(bool trans_a, bool trans_b, int64_t m, int64_t n, int64_t k,
                          const float *a, int64_t lda, const float *b, int64_t ldb, float beta,
                          float *c, int64_t ldc)
{
    for (int64_t i = 0; i < m; i++)
        for (int64_t j = 0; j < n; j++) {
            double sum = 0.0;
            for (int64_t p = 0; p < k; p++) {
                float av = trans_a ? a[p * lda + i] : a[i * lda + p];
                float bv = trans_b ? b[j * ldb + p] : b[p * ldb + j];
                sum += (double)av * (double)bv;
            }
            if (beta != 0.0f)
                sum += (double)beta * (double)c[i * ldc + j];
            c[i * ldc + j] = (float)sum;
        }
}

/* ---- double ---- */

typedef struct dgemm_job {
    bool trans_a, trans_b;
    int64_t n, k;
    const double *a, *b;
    int64_t lda, ldb, ldc;
    double beta;
    double *c;
} dgemm_job;

static tfgt_status dgemm_rows(void *arg, int64_t i0, int64_t i1)
{
    const dgemm_job *j = arg;
    for (int64_t i = i0; i < i1; i++) {
        double *crow = j->c + i * j->ldc;
        if (j->trans_b) {
            for (int64_t col = 0; col < j->n; col++) {
                const double *brow = j->b + col * j->ldb;
                double sum = 0.0;
                for (int64_t p = 0; p < j->k; p++)
                    sum += (j->trans_a ? j->a[p * j->lda + i] : j->a[i * j->lda + p]) * brow[p];
                crow[col] = j->beta == 0.0 ? sum : sum + j->beta * crow[col];
            }
            continue;
        }
        for (int64_t col = 0; col < j->n; col++)
            crow[col] = j->beta == 0.0 ? 0.0 : j->beta * crow[col];
        for (int64_t p = 0; p < j->k; p++) {
            double av = j->trans_a ? j->a[p * j->lda + i] : j->a[i * j->lda + p];
            const double *brow = j->b + p * j->ldb;
            for (int64_t col = 0; col < j->n; col++)
                crow[col] += av * brow[col];
        }
    }
    return TFGT_OK;
}

void tfgt_dgemm(int threads, bool trans_a, bool trans_b, int64_t m, int64_t n, int64_t k,
                const double *a, int64_t lda, const double *b, int64_t ldb, double beta,
                double *c, int64_t ldc)
{
    dgemm_job job = {trans_a, trans_b, n, k, a, b, lda, ldb, ldc, beta, c};
    int64_t row_cost = 2 * (n + 1) * (k + 1);
    if (m <= 0 || n <= 0)
        return;
    tfgt_parallel_for(threads, m, 1 + (1 << 20) / row_cost, dgemm_rows, &job);
}

/* ---- micro-kernels ----
 * A micro-kernel multiplies an A panel ([kc][MR]) by a B panel ([kc][NR])
 * and stores the first mr x nr values into C: C = acc (beta 0),
 * C += acc (beta 1) or C = acc + beta C. */

typedef void (*ukernel_fn)(int64_t kc, const float *ap, const float *bp, float *c, int64_t ldc,
                           int mr, int nr, float beta);

typedef struct gemm_arch {
    int mr;        /* rows of a micro-tile */
    int nr;        /* columns of a (wide) micro-tile */
    int nr_narrow; /* columns of the narrow tile used when few columns remain */
    ukernel_fn wide, narrow;
} gemm_arch;

/* Block sizes: a KC x NR B panel stays in L1, an MC x KC A block in L2. */
#define GEMM_KC 256
#define GEMM_MC_TILES 20
#define GEMM_NC 1024

#define GENERIC_MR 4
#define GENERIC_NR 16

static void ukernel_generic(int64_t kc, const float *ap, const float *bp, float *c, int64_t ldc,
                            int mr, int nr, float beta)
{
    float acc[GENERIC_MR][GENERIC_NR];
    memset(acc, 0, sizeof acc);
    for (int64_t p = 0; p < kc; p++) {
        for (int i = 0; i < GENERIC_MR; i++) {
            float av = ap[i];
            for (int j = 0; j < GENERIC_NR; j++)
                acc[i][j] += av * bp[j];
        }
        ap += GENERIC_MR;
        bp += GENERIC_NR;
    }
    for (int i = 0; i < mr; i++)
        for (int j = 0; j < nr; j++) {
            float *dst = c + i * ldc + j;
            *dst = beta == 0.0f ? acc[i][j] : beta == 1.0f ? *dst + acc[i][j] : acc[i][j] + beta * *dst;
        }
}

#if TFGT_GEMM_X86

/* AVX-512: 12 rows x 32 columns (24 accumulators), or x 16. */
#define AVX512_MR 12

__attribute__((target("avx512f"))) static inline void avx512_store(float *c, __m512 v,
                                                                   __mmask16 mask, float beta)
{
    if (!mask)
        return;
    if (beta == 1.0f)
        v = _mm512_add_ps(_mm512_maskz_loadu_ps(mask, c), v);
    else if (beta != 0.0f)
        v = _mm512_fmadd_ps(_mm512_set1_ps(beta), _mm512_maskz_loadu_ps(mask, c), v);
    _mm512_mask_storeu_ps(c, mask, v);
}

#define AVX512_ZERO2(i) __m512 c##i##a = _mm512_setzero_ps(), c##i##b = _mm512_setzero_ps();
#define AVX512_FMA2(i)                                                                           \
    av = _mm512_set1_ps(ap[i]);                                                                  \
    c##i##a = _mm512_fmadd_ps(av, b0, c##i##a);                                                  \
    c##i##b = _mm512_fmadd_ps(av, b1, c##i##b);
#define AVX512_STORE2(i)                                                                         \
    if (mr > i) {                                                                                \
        avx512_store(c + i * ldc, c##i##a, m0, beta);                                            \
        avx512_store(c + i * ldc + 16, c##i##b, m1, beta);                                       \
    }
#define AVX512_ZERO1(i) __m512 c##i##a = _mm512_setzero_ps();
#define AVX512_FMA1(i) c##i##a = _mm512_fmadd_ps(_mm512_set1_ps(ap[i]), b0, c##i##a);
#define AVX512_STORE1(i)                                                                         \
    if (mr > i)                                                                                  \
        avx512_store(c + i * ldc, c##i##a, m0, beta);
#define AVX512_ROWS(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11)

__attribute__((target("avx512f"))) static void ukernel_avx512_wide(int64_t kc, const float *ap,
                                                                   const float *bp, float *c,
                                                                   int64_t ldc, int mr, int nr,
                                                                   float beta)
{
    __mmask16 m0 = nr >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << nr) - 1u);
    __mmask16 m1 = nr >= 32   ? (__mmask16)0xFFFF
                   : nr > 16 ? (__mmask16)((1u << (nr - 16)) - 1u)
                             : (__mmask16)0;
    AVX512_ROWS(AVX512_ZERO2)
    for (int64_t p = 0; p < kc; p++) {
        __m512 b0 = _mm512_loadu_ps(bp), b1 = _mm512_loadu_ps(bp + 16), av;
        AVX512_ROWS(AVX512_FMA2)
        ap += AVX512_MR;
        bp += 32;
    }
    AVX512_ROWS(AVX512_STORE2)
}

__attribute__((target("avx512f"))) static void ukernel_avx512_narrow(int64_t kc, const float *ap,
                                                                     const float *bp, float *c,
                                                                     int64_t ldc, int mr, int nr,
                                                                     float beta)
{
    __mmask16 m0 = nr >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << nr) - 1u);
    AVX512_ROWS(AVX512_ZERO1)
    for (int64_t p = 0; p < kc; p++) {
        __m512 b0 = _mm512_loadu_ps(bp);
        AVX512_ROWS(AVX512_FMA1)
        ap += AVX512_MR;
        bp += 16;
    }
    AVX512_ROWS(AVX512_STORE1)
}

/* AVX2 + FMA: 6 rows x 16 columns (12 accumulators), or x 8. */
#define AVX2_MR 6

static const int32_t avx2_mask_table[16] = {-1, -1, -1, -1, -1, -1, -1, -1,
                                            0,  0,  0,  0,  0,  0,  0,  0};

__attribute__((target("avx2,fma"))) static inline void avx2_store(float *c, __m256 v, int count,
                                                                  float beta)
{
    if (count >= 8) {
        if (beta == 1.0f)
            v = _mm256_add_ps(_mm256_loadu_ps(c), v);
        else if (beta != 0.0f)
            v = _mm256_fmadd_ps(_mm256_set1_ps(beta), _mm256_loadu_ps(c), v);
        _mm256_storeu_ps(c, v);
    } else if (count > 0) {
        __m256i mask = _mm256_loadu_si256((const __m256i *)(avx2_mask_table + 8 - count));
        if (beta == 1.0f)
            v = _mm256_add_ps(_mm256_maskload_ps(c, mask), v);
        else if (beta != 0.0f)
            v = _mm256_fmadd_ps(_mm256_set1_ps(beta), _mm256_maskload_ps(c, mask), v);
        _mm256_maskstore_ps(c, mask, v);
    }
}

#define AVX2_ZERO2(i) __m256 c##i##a = _mm256_setzero_ps(), c##i##b = _mm256_setzero_ps();
#define AVX2_FMA2(i)                                                                             \
    av = _mm256_broadcast_ss(ap + i);                                                            \
    c##i##a = _mm256_fmadd_ps(av, b0, c##i##a);                                                  \
    c##i##b = _mm256_fmadd_ps(av, b1, c##i##b);
#define AVX2_STORE2(i)                                                                           \
    if (mr > i) {                                                                                \
        avx2_store(c + i * ldc, c##i##a, nr, beta);                                              \
        avx2_store(c + i * ldc + 8, c##i##b, nr - 8, beta);                                      \
    }
#define AVX2_ZERO1(i) __m256 c##i##a = _mm256_setzero_ps();
#define AVX2_FMA1(i) c##i##a = _mm256_fmadd_ps(_mm256_broadcast_ss(ap + i), b0, c##i##a);
#define AVX2_STORE1(i)                                                                           \
    if (mr > i)                                                                                  \
        avx2_store(c + i * ldc, c##i##a, nr, beta);
#define AVX2_ROWS(X) X(0) X(1) X(2) X(3) X(4) X(5)

__attribute__((target("avx2,fma"))) static void ukernel_avx2_wide(int64_t kc, const float *ap,
                                                                  const float *bp, float *c,
                                                                  int64_t ldc, int mr, int nr,
                                                                  float beta)
{
    AVX2_ROWS(AVX2_ZERO2)
    for (int64_t p = 0; p < kc; p++) {
        __m256 b0 = _mm256_loadu_ps(bp), b1 = _mm256_loadu_ps(bp + 8), av;
        AVX2_ROWS(AVX2_FMA2)
        ap += AVX2_MR;
        bp += 16;
    }
    AVX2_ROWS(AVX2_STORE2)
}

__attribute__((target("avx2,fma"))) static void ukernel_avx2_narrow(int64_t kc, const float *ap,
                                                                    const float *bp, float *c,
                                                                    int64_t ldc, int mr, int nr,
                                                                    float beta)
{
    AVX2_ROWS(AVX2_ZERO1)
    for (int64_t p = 0; p < kc; p++) {
        __m256 b0 = _mm256_loadu_ps(bp);
        AVX2_ROWS(AVX2_FMA1)
        ap += AVX2_MR;
        bp += 8;
    }
    AVX2_ROWS(AVX2_STORE1)
}

/* Few rows of C (a matrix-vector product, e.g. a classifier): packing B
 * would cost as much as the product, so B's rows are streamed instead,
 * once per row of C (at most SMALL_M), k summed in order. */
#define SMALL_M 4

__attribute__((target("avx512f"))) static void small_m_avx512(int64_t m, int64_t j0, int64_t j1,
                                                              int64_t k, bool trans_a,
                                                              const float *a, int64_t lda,
                                                              const float *b, int64_t ldb,
                                                              float beta, float *c, int64_t ldc)
{
    for (int64_t i = 0; i < m; i++)
        for (int64_t j = j0; j < j1; j += 64) {
            int64_t width = j1 - j < 64 ? j1 - j : 64;
            __mmask16 m0, m1, m2, m3;
            __m512 a0 = _mm512_setzero_ps(), a1 = _mm512_setzero_ps();
            __m512 a2 = _mm512_setzero_ps(), a3 = _mm512_setzero_ps();
#define SMALL_MASK(v) (width - 16 * (v) >= 16 ? (__mmask16)0xFFFF                               \
                       : width - 16 * (v) > 0 ? (__mmask16)((1u << (width - 16 * (v))) - 1u) \
                                              : (__mmask16)0)
            m0 = SMALL_MASK(0);
            m1 = SMALL_MASK(1);
            m2 = SMALL_MASK(2);
            m3 = SMALL_MASK(3);
#undef SMALL_MASK
            for (int64_t p = 0; p < k; p++) {
                const float *brow = b + p * ldb + j;
                __m512 av = _mm512_set1_ps(trans_a ? a[p * lda + i] : a[i * lda + p]);
                a0 = _mm512_fmadd_ps(av, _mm512_maskz_loadu_ps(m0, brow), a0);
                a1 = _mm512_fmadd_ps(av, _mm512_maskz_loadu_ps(m1, brow + 16), a1);
                a2 = _mm512_fmadd_ps(av, _mm512_maskz_loadu_ps(m2, brow + 32), a2);
                a3 = _mm512_fmadd_ps(av, _mm512_maskz_loadu_ps(m3, brow + 48), a3);
            }
            avx512_store(c + i * ldc + j, a0, m0, beta);
            avx512_store(c + i * ldc + j + 16, a1, m1, beta);
            avx512_store(c + i * ldc + j + 32, a2, m2, beta);
            avx512_store(c + i * ldc + j + 48, a3, m3, beta);
        }
}

__attribute__((target("avx2,fma"))) static void small_m_avx2(int64_t m, int64_t j0, int64_t j1,
                                                             int64_t k, bool trans_a,
                                                             const float *a, int64_t lda,
                                                             const float *b, int64_t ldb,
                                                             float beta, float *c, int64_t ldc)
{
    /* 32 columns at a time: 64 would need 8 ymm accumulators and masks. */
    for (int64_t i = 0; i < m; i++)
        for (int64_t j = j0; j < j1; j += 32) {
            int64_t width = j1 - j < 32 ? j1 - j : 32;
            int cnt[4];
            __m256i mask[4];
            __m256 a0 = _mm256_setzero_ps(), a1 = _mm256_setzero_ps();
            __m256 a2 = _mm256_setzero_ps(), a3 = _mm256_setzero_ps();
            for (int v = 0; v < 4; v++) {
                int64_t cols = width - 8 * v;
                cnt[v] = cols >= 8 ? 8 : cols > 0 ? (int)cols : 0;
                mask[v] = _mm256_loadu_si256((const __m256i *)(avx2_mask_table + 8 - cnt[v]));
            }
            for (int64_t p = 0; p < k; p++) {
                const float *brow = b + p * ldb + j;
                __m256 av = _mm256_set1_ps(trans_a ? a[p * lda + i] : a[i * lda + p]);
                a0 = _mm256_fmadd_ps(av, _mm256_maskload_ps(brow, mask[0]), a0);
                a1 = _mm256_fmadd_ps(av, _mm256_maskload_ps(brow + 8, mask[1]), a1);
                a2 = _mm256_fmadd_ps(av, _mm256_maskload_ps(brow + 16, mask[2]), a2);
                a3 = _mm256_fmadd_ps(av, _mm256_maskload_ps(brow + 24, mask[3]), a3);
            }
            avx2_store(c + i * ldc + j, a0, cnt[0], beta);
            avx2_store(c + i * ldc + j + 8, a1, cnt[1], beta);
            avx2_store(c + i * ldc + j + 16, a2, cnt[2], beta);
            avx2_store(c + i * ldc + j + 24, a3, cnt[3], beta);
        }
}

#endif /* TFGT_GEMM_X86 */

static gemm_arch arch_for(tfgt_isa isa)
{
    gemm_arch arch = {GENERIC_MR, GENERIC_NR, GENERIC_NR, ukernel_generic, ukernel_generic};
#if TFGT_GEMM_X86
    if (isa == TFGT_ISA_AVX512) {
        arch.mr = AVX512_MR;
        arch.nr = 32;
        arch.nr_narrow = 16;
        arch.wide = ukernel_avx512_wide;
        arch.narrow = ukernel_avx512_narrow;
    } else if (isa == TFGT_ISA_AVX2) {
        arch.mr = AVX2_MR;
        arch.nr = 16;
        arch.nr_narrow = 8;
        arch.wide = ukernel_avx2_wide;
        arch.narrow = ukernel_avx2_narrow;
    }
#else
    (void)isa;
#endif
    return arch;
}

/* ---- packing and the blocked loops ---- */

typedef struct gemm_job {
    gemm_arch arch;
    tfgt_isa isa;
    bool trans_a, trans_b, split_m;
    int64_t m, n, k;
    const float *a, *b;
    int64_t lda, ldb, ldc;
    float beta;
    float *c;
} gemm_job;

/* Width of the B panel starting `remaining` columns before the block's end. */
static int panel_width(const gemm_arch *arch, int64_t remaining)
{
    return remaining <= arch->nr_narrow ? arch->nr_narrow : arch->nr;
}

/* Rows [i0, i0+mc) x columns [p0, p0+kc) of op(A) into MR-row panels. */
static void pack_a(const gemm_job *job, int64_t i0, int64_t mc, int64_t p0, int64_t kc,
                   float *dst)
{
    const int mr = job->arch.mr;
    for (int64_t ir = 0; ir < mc; ir += mr, dst += kc * mr) {
        int rows = mc - ir < mr ? (int)(mc - ir) : mr;
        if (!job->trans_a) {
            for (int r = 0; r < rows; r++) {
                const float *src = job->a + (i0 + ir + r) * job->lda + p0;
                for (int64_t p = 0; p < kc; p++)
                    dst[p * mr + r] = src[p];
            }
            for (int r = rows; r < mr; r++)
                for (int64_t p = 0; p < kc; p++)
                    dst[p * mr + r] = 0.0f;
        } else {
            for (int64_t p = 0; p < kc; p++) {
                const float *src = job->a + (p0 + p) * job->lda + i0 + ir;
                float *d = dst + p * mr;
                for (int r = 0; r < rows; r++)
                    d[r] = src[r];
                for (int r = rows; r < mr; r++)
                    d[r] = 0.0f;
            }
        }
    }
}

/* Rows [p0, p0+kc) x columns [j0, j0+nc) of op(B) into panels. */
static void pack_b(const gemm_job *job, int64_t p0, int64_t kc, int64_t j0, int64_t nc,
                   float *dst)
{
    for (int64_t jr = 0; jr < nc;) {
        int w = panel_width(&job->arch, nc - jr);
        int cols = nc - jr < w ? (int)(nc - jr) : w;
        if (!job->trans_b) {
            for (int64_t p = 0; p < kc; p++) {
                memcpy(dst + p * w, job->b + (p0 + p) * job->ldb + j0 + jr,
                       (size_t)cols * sizeof(float));
                for (int j = cols; j < w; j++)
                    dst[p * w + j] = 0.0f;
            }
        } else {
            for (int j = 0; j < cols; j++) {
                const float *src = job->b + (j0 + jr + j) * job->ldb + p0;
                for (int64_t p = 0; p < kc; p++)
                    dst[p * w + j] = src[p];
            }
            for (int j = cols; j < w; j++)
                for (int64_t p = 0; p < kc; p++)
                    dst[p * w + j] = 0.0f;
        }
        dst += kc * w;
        jr += w;
    }
}

static float *alloc_floats(int64_t count)
{
    size_t bytes = ((size_t)count * sizeof(float) + 63) & ~(size_t)63;
    return aligned_alloc(64, bytes ? bytes : 64);
}

/* C rows [i0, i1) x columns [j0, j1). */
static tfgt_status gemm_block(const gemm_job *job, int64_t i0, int64_t i1, int64_t j0, int64_t j1)
{
    const gemm_arch *arch = &job->arch;
    const int64_t mc_max = (int64_t)arch->mr * GEMM_MC_TILES;
    int64_t kc_max = job->k < GEMM_KC ? job->k : GEMM_KC;
    int64_t nc_cap = j1 - j0 < GEMM_NC ? j1 - j0 : GEMM_NC;
    int64_t mc_cap = i1 - i0 < mc_max ? i1 - i0 : mc_max;
    float *apack, *bpack;
    nc_cap = (nc_cap + arch->nr - 1) / arch->nr * arch->nr;
    mc_cap = (mc_cap + arch->mr - 1) / arch->mr * arch->mr;
    apack = alloc_floats(mc_cap * kc_max);
    bpack = alloc_floats(nc_cap * kc_max);
    if (!apack || !bpack) {
        free(apack);
        free(bpack);
        return TFGT_E_NO_MEMORY;
    }
    for (int64_t jc = j0; jc < j1; jc += GEMM_NC) {
        int64_t nc = j1 - jc < GEMM_NC ? j1 - jc : GEMM_NC;
        for (int64_t pc = 0; pc < job->k; pc += GEMM_KC) {
            int64_t kc = job->k - pc < GEMM_KC ? job->k - pc : GEMM_KC;
            float beta = pc == 0 ? job->beta : 1.0f;
            pack_b(job, pc, kc, jc, nc, bpack);
            for (int64_t ic = i0; ic < i1; ic += mc_max) {
                int64_t mc = i1 - ic < mc_max ? i1 - ic : mc_max;
                const float *bp = bpack;
                pack_a(job, ic, mc, pc, kc, apack);
                for (int64_t jr = 0; jr < nc;) {
                    int w = panel_width(arch, nc - jr);
                    int cols = nc - jr < w ? (int)(nc - jr) : w;
                    ukernel_fn kernel = w == arch->nr ? arch->wide : arch->narrow;
                    for (int64_t ir = 0; ir < mc; ir += arch->mr) {
                        int rows = mc - ir < arch->mr ? (int)(mc - ir) : arch->mr;
                        kernel(kc, apack + ir * kc, bp, job->c + (ic + ir) * job->ldc + jc + jr,
                               job->ldc, rows, cols, beta);
                    }
                    bp += kc * w;
                    jr += w;
                }
            }
        }
    }
    free(apack);
    free(bpack);
    return TFGT_OK;
}

#if TFGT_GEMM_X86
/* Columns [begin, end) x 64 of a small-M product. */
static tfgt_status small_m_range(void *arg, int64_t begin, int64_t end)
{
    const gemm_job *job = arg;
    int64_t j0 = begin * 64, j1 = end * 64 < job->n ? end * 64 : job->n;
    if (job->isa == TFGT_ISA_AVX512)
        small_m_avx512(job->m, j0, j1, job->k, job->trans_a, job->a, job->lda, job->b, job->ldb,
                       job->beta, job->c, job->ldc);
    else
        small_m_avx2(job->m, j0, j1, job->k, job->trans_a, job->a, job->lda, job->b, job->ldb,
                     job->beta, job->c, job->ldc);
    return TFGT_OK;
}
#endif

static tfgt_status gemm_range(void *arg, int64_t begin, int64_t end)
{
    const gemm_job *job = arg;
    if (job->split_m) {
        int64_t i0 = begin * job->arch.mr, i1 = end * job->arch.mr;
        return gemm_block(job, i0, i1 < job->m ? i1 : job->m, 0, job->n);
    } else {
        int64_t j0 = begin * job->arch.nr, j1 = end * job->arch.nr;
        return gemm_block(job, 0, job->m, j0, j1 < job->n ? j1 : job->n);
    }
}

/* Below this many multiply-adds per thread (about 0.1 ms), starting a
 * thread (some 50 us on a virtual machine) costs more than it saves. */
#define GEMM_MIN_WORK_PER_THREAD ((int64_t)1 << 23)

tfgt_status tfgt_sgemm(int threads, tfgt_isa isa, bool trans_a, bool trans_b, int64_t m,
                       int64_t n, int64_t k, const float *a, int64_t lda, const float *b,
                       int64_t ldb, float beta, float *c, int64_t ldc)
{
    gemm_job job;
    int64_t tiles_m, tiles_n, tile_work, grain;
    if (m <= 0 || n <= 0)
        return TFGT_OK;
    if (k <= 0) {
        for (int64_t i = 0; i < m; i++)
            for (int64_t j = 0; j < n; j++)
                c[i * ldc + j] = beta == 0.0f ? 0.0f : beta * c[i * ldc + j];
        return TFGT_OK;
    }
    isa = tfgt_isa_resolve(isa);
    if (isa == TFGT_ISA_REFERENCE) {
        tfgt_sgemm_reference(trans_a, trans_b, m, n, k, a, lda, b, ldb, beta, c, ldc);
        return TFGT_OK;
    }
    job.arch = arch_for(isa);
    job.isa = isa;
    job.trans_a = trans_a;
    job.trans_b = trans_b;
    job.m = m;
    job.n = n;
    job.k = k;
    job.a = a;
    job.b = b;
    job.lda = lda;
    job.ldb = ldb;
    job.ldc = ldc;
    job.beta = beta;
    job.c = c;
#if TFGT_GEMM_X86
    if (m <= SMALL_M && !trans_b && isa >= TFGT_ISA_AVX2)
        return tfgt_parallel_for(threads, (n + 63) / 64,
                                 1 + GEMM_MIN_WORK_PER_THREAD / (64 * m * k), small_m_range, &job);
#endif
    tiles_m = (m + job.arch.mr - 1) / job.arch.mr;
    tiles_n = (n + job.arch.nr - 1) / job.arch.nr;
    /* Rows of C when there are enough of them: each thread then packs the
     * whole of B, which is cheap next to its share of the product. */
    job.split_m = tiles_m >= tiles_n || tiles_m >= 4 * (int64_t)threads;
    tile_work = (job.split_m ? job.arch.mr * n : job.arch.nr * m) * k;
    grain = 1 + GEMM_MIN_WORK_PER_THREAD / (tile_work > 0 ? tile_work : 1);
    return tfgt_parallel_for(threads, job.split_m ? tiles_m : tiles_n, grain, gemm_range, &job);
}

/* ---- the eight-bit VNNI product (see gemm.h) ----
 * B is packed once per call into panels of 16 * NV columns: for each
 * group of 4 k, NV vectors of 16 columns x 4 bytes (B - 128, zero beyond
 * k and n).  A tile of MR rows of C is then NV * MR accumulators; each
 * group of 4 k broadcasts 4 bytes of a row of A and multiplies them into
 * all NV vectors with vpdpbusd.  The epilogue adds the offset terms (and
 * rescales), so C is written once. */

typedef struct qgemm_plan {
    const tfgt_qgemm_args *args;
    int nv, mr;             /* vectors per panel, rows per tile */
    int64_t kg, kpad;       /* groups of 4 k, padded depth of A rows */
    int64_t panels;         /* of 16 * nv columns */
    const int8_t *bpack;    /* [panels][kg][16 nv][4] */
    const int32_t *rowfac;  /* [panels * 16 nv]: 128 - b_offsets[j] */
    const int32_t *colterm; /* k oa ob - oa sum_k b */
    const double *ratios;   /* NULL, or padded with 1.0 */
    bool uniform;           /* all rowfac equal */
    bool half;              /* n <= 8: qk_half */
} qgemm_plan;

#if TFGT_GEMM_X86

#define QK_TARGET __attribute__((target("avx512f,avx512bw,avx512dq,avx512vl,avx512vnni")))

/* One vector of C: + rowsum * rowfac + colterm, rescaled, stored. */
QK_TARGET static inline __m512i qk_finish(__m512i v, const double *ratios)
{
    if (ratios) {
        /* llround(v * ratio): trunc, then away from zero at a half */
        __m512d h[2];
        __m256i r[2];
        h[0] = _mm512_cvtepi32_pd(_mm512_castsi512_si256(v));
        h[1] = _mm512_cvtepi32_pd(_mm512_extracti64x4_epi64(v, 1));
        for (int x = 0; x < 2; x++) {
            __m512d p = _mm512_mul_pd(h[x], _mm512_loadu_pd(ratios + 8 * x));
            __m512d t = _mm512_roundscale_pd(p, _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC);
            __m512d f = _mm512_sub_pd(p, t);
            __mmask8 up = _mm512_cmp_pd_mask(f, _mm512_set1_pd(0.5), _CMP_GE_OQ);
            __mmask8 down = _mm512_cmp_pd_mask(f, _mm512_set1_pd(-0.5), _CMP_LE_OQ);
            t = _mm512_mask_add_pd(t, up, t, _mm512_set1_pd(1.0));
            t = _mm512_mask_sub_pd(t, down, t, _mm512_set1_pd(1.0));
            r[x] = _mm512_cvtpd_epi32(t);
        }
        v = _mm512_inserti64x4(_mm512_castsi256_si512(r[0]), r[1], 1);
    }
    return v;
}

QK_TARGET static inline void qk_store(__m512i v, const double *ratios, int32_t *c,
                                      __mmask16 mask)
{
    _mm512_mask_storeu_epi32(c, mask, qk_finish(v, ratios));
}

/* The offset terms are rowsum * rowfac[j] + colterm[j]; with one weight
 * offset for all columns (`uniform`) the product is one scalar per row. */
#define QK_KERNEL(NAME, NV, MR)                                                                  \
    QK_TARGET static void NAME(int64_t kg, const uint8_t *a, int64_t lda, const int8_t *bp,      \
                               const int32_t *rowsum, const int32_t *rowfac, bool uniform,     \
                               const int32_t *colterm, const double *ratios, int32_t *c,       \
                               int64_t ldc, int rows, int ncols)                               \
    {                                                                                          \
        __m512i acc[MR][NV], rf[NV], ct[NV];                                                   \
        __mmask16 mask[NV];                                                                    \
        _Pragma("GCC unroll 32") for (int r = 0; r < MR; r++)                                  \
            _Pragma("GCC unroll 4") for (int v = 0; v < NV; v++) acc[r][v] =                   \
                _mm512_setzero_si512();                                                        \
        for (int64_t g = 0; g < kg; g++) {                                                     \
            __m512i b[NV];                                                                     \
            _Pragma("GCC unroll 4") for (int v = 0; v < NV; v++) b[v] =                        \
                _mm512_loadu_si512(bp + (g * NV + v) * 64);                                    \
            _Pragma("GCC unroll 32") for (int r = 0; r < MR; r++)                              \
            {                                                                                  \
                int32_t w;                                                                     \
                __m512i av;                                                                    \
                memcpy(&w, a + r * lda + 4 * g, 4);                                            \
                av = _mm512_set1_epi32(w);                                                     \
                _Pragma("GCC unroll 4") for (int v = 0; v < NV; v++) acc[r][v] =               \
                    _mm512_dpbusd_epi32(acc[r][v], av, b[v]);                                  \
            }                                                                                  \
        }                                                                                      \
        _Pragma("GCC unroll 4") for (int v = 0; v < NV; v++)                                   \
        {                                                                                      \
            int left = ncols - 16 * v;                                                         \
            mask[v] = left >= 16 ? (__mmask16)0xFFFF                                           \
                      : left > 0 ? (__mmask16)((1u << left) - 1u)                              \
                                 : (__mmask16)0;                                               \
            rf[v] = _mm512_loadu_si512(rowfac + 16 * v);                                       \
            ct[v] = _mm512_loadu_si512(colterm + 16 * v);                                      \
        }                                                                                      \
        _Pragma("GCC unroll 32") for (int r = 0; r < MR; r++)                                  \
        {                                                                                      \
            __m512i rs;                                                                        \
            if (r >= rows)                                                                     \
                break;                                                                         \
            rs = _mm512_set1_epi32(uniform ? (int32_t)((uint32_t)rowsum[r] * (uint32_t)rowfac[0]) \
                                           : rowsum[r]);                                       \
            _Pragma("GCC unroll 4") for (int v = 0; v < NV; v++)                               \
            {                                                                                  \
                __m512i term = uniform ? rs : _mm512_mullo_epi32(rs, rf[v]);                   \
                if (mask[v])                                                                   \
                    qk_store(_mm512_add_epi32(_mm512_add_epi32(acc[r][v], term), ct[v]),       \
                             ratios ? ratios + 16 * v : NULL, c + r * ldc + 16 * v, mask[v]);  \
            }                                                                                  \
        }                                                                                      \
    }

QK_KERNEL(qk_1x24, 1, 24)
QK_KERNEL(qk_2x12, 2, 12)
QK_KERNEL(qk_4x6, 4, 6)

/* At most 8 columns: two rows of A share a vector, row 2p in lanes 0-7
 * and row 2p + 1 in lanes 8-15, against B's columns repeated in both
 * halves (and so the offset vectors), so no lane idles. */
#define QK_HALF_PAIRS 24

QK_TARGET static void qk_half(int64_t kg, const uint8_t *a, int64_t lda, const int8_t *bp,
                              const int32_t *rowsum, const int32_t *rowfac, bool uniform,
                              const int32_t *colterm, const double *ratios, int32_t *c,
                              int64_t ldc, int rows, int ncols)
{
    __m512i acc[QK_HALF_PAIRS], rf, ct;
    __mmask16 lo = (__mmask16)((1u << ncols) - 1u);
    _Pragma("GCC unroll 32") for (int p = 0; p < QK_HALF_PAIRS; p++) acc[p] =
        _mm512_setzero_si512();
    for (int64_t g = 0; g < kg; g++) {
        __m512i b = _mm512_loadu_si512(bp + g * 64);
        _Pragma("GCC unroll 32") for (int p = 0; p < QK_HALF_PAIRS; p++)
        {
            int32_t w0, w1;
            memcpy(&w0, a + 2 * p * lda + 4 * g, 4);
            memcpy(&w1, a + (2 * p + 1) * lda + 4 * g, 4);
            acc[p] = _mm512_dpbusd_epi32(
                acc[p], _mm512_mask_set1_epi32(_mm512_set1_epi32(w0), 0xFF00, w1), b);
        }
    }
    rf = _mm512_loadu_si512(rowfac);
    ct = _mm512_loadu_si512(colterm);
    _Pragma("GCC unroll 32") for (int p = 0; p < QK_HALF_PAIRS; p++)
    {
        int r0 = 2 * p;
        int32_t s0, s1;
        __m512i rs, v;
        if (r0 >= rows)
            break;
        s0 = rowsum[r0];
        s1 = r0 + 1 < rows ? rowsum[r0 + 1] : 0;
        if (uniform) {
            uint32_t f = (uint32_t)rowfac[0];
            rs = _mm512_mask_set1_epi32(_mm512_set1_epi32((int32_t)((uint32_t)s0 * f)), 0xFF00,
                                        (int32_t)((uint32_t)s1 * f));
        } else {
            rs = _mm512_mullo_epi32(
                _mm512_mask_set1_epi32(_mm512_set1_epi32(s0), 0xFF00, s1), rf);
        }
        v = qk_finish(_mm512_add_epi32(_mm512_add_epi32(acc[p], rs), ct), ratios);
        _mm512_mask_storeu_epi32(c + r0 * ldc, lo, v);
        if (r0 + 1 < rows)
            _mm512_mask_storeu_epi32(c + (r0 + 1) * ldc, lo, _mm512_shuffle_i64x2(v, v, 0xEE));
    }
}

typedef void (*qk_fn)(int64_t, const uint8_t *, int64_t, const int8_t *, const int32_t *,
                      const int32_t *, bool, const int32_t *, const double *, int32_t *, int64_t,
                      int, int);

/* Sums of `rows` rows of kpad bytes (kpad a multiple of 4). */
QK_TARGET static void qk_rowsums(const uint8_t *a, int64_t lda, int64_t kpad, int rows,
                                 int32_t *out)
{
    const __m512i zero = _mm512_setzero_si512();
    int r = 0;
    if (lda == kpad && (kpad == 8 || kpad == 16 || kpad == 32)) {
        /* 64 / kpad rows per vector: sums of 8 bytes, added in groups */
        int per = (int)(64 / kpad);
        __mmask8 keep = kpad == 8 ? 0xFF : kpad == 16 ? 0x55 : 0x11;
        for (; r + per <= rows; r += per) {
            __m512i s = _mm512_sad_epu8(_mm512_loadu_si512(a + r * lda), zero);
            if (kpad >= 16)
                s = _mm512_add_epi64(s, _mm512_alignr_epi64(zero, s, 1));
            if (kpad >= 32)
                s = _mm512_add_epi64(s, _mm512_alignr_epi64(zero, s, 2));
            s = _mm512_maskz_compress_epi64(keep, s);
            _mm256_mask_storeu_epi32(out + r, (__mmask8)((1u << per) - 1u),
                                     _mm512_cvtepi64_epi32(s));
        }
    }
    for (; r < rows; r++) {
        const uint8_t *row = a + r * lda;
        __m512i s = zero;
        for (int64_t k = 0; k < kpad; k += 64) {
            int64_t left = kpad - k;
            __mmask64 mask = left >= 64 ? ~(__mmask64)0 : (((__mmask64)1 << left) - 1);
            s = _mm512_add_epi64(s, _mm512_sad_epu8(_mm512_maskz_loadu_epi8(mask, row + k), zero));
        }
        out[r] = (int32_t)_mm512_reduce_add_epi64(s);
    }
}

/* Pack B (stored k x n with unit column stride) as the panels describe,
 * and sum its columns (as quint8 codes, w + 128 when b_signed): 16 columns
 * of 4 rows at a time, interleaved. */
QK_TARGET static void qk_pack_b(const tfgt_qgemm_args *g, int64_t panels, int64_t kg, int nr,
                                int8_t *dst, uint32_t *colsum)
{
    /* b - 128 is b with its top bit flipped; a qint8 w is already w + 128 - 128 */
    const __m128i flip = _mm_set1_epi8(g->b_signed ? 0 : (char)0x80);
    for (int64_t p = 0; p < panels; p++)
        for (int64_t gk = 0; gk < kg; gk++)
            for (int v = 0; v < nr / 16; v++) {
                int64_t j = p * nr + 16 * v, left = g->n - j;
                __mmask16 cols = left >= 16 ? (__mmask16)0xFFFF
                                 : left > 0 ? (__mmask16)((1u << left) - 1u)
                                            : (__mmask16)0;
                __m128i r[4], lo01, hi01, lo23, hi23;
                for (int t = 0; t < 4; t++) {
                    int64_t kk = gk * 4 + t;
                    r[t] = _mm_setzero_si128();
                    if (kk < g->k && cols)
                        r[t] = _mm_maskz_mov_epi8(
                            cols, _mm_xor_si128(_mm_maskz_loadu_epi8(
                                                    cols, g->b + kk * g->b_stride_k + j),
                                                flip));
                }
                lo01 = _mm_unpacklo_epi8(r[0], r[1]);
                hi01 = _mm_unpackhi_epi8(r[0], r[1]);
                lo23 = _mm_unpacklo_epi8(r[2], r[3]);
                hi23 = _mm_unpackhi_epi8(r[2], r[3]);
                _mm_storeu_si128((__m128i *)dst, _mm_unpacklo_epi16(lo01, lo23));
                _mm_storeu_si128((__m128i *)(dst + 16), _mm_unpackhi_epi16(lo01, lo23));
                _mm_storeu_si128((__m128i *)(dst + 32), _mm_unpacklo_epi16(hi01, hi23));
                _mm_storeu_si128((__m128i *)(dst + 48), _mm_unpackhi_epi16(hi01, hi23));
                dst += 64;
            }
    for (int64_t j = 0; j < g->n; j += 16) {
        int64_t left = g->n - j;
        __mmask16 cols = left >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << left) - 1u);
        __m512i acc = _mm512_setzero_si512();
        if (g->b_signed) {
            for (int64_t kk = 0; kk < g->k; kk++)
                acc = _mm512_add_epi32(acc, _mm512_cvtepi8_epi32(_mm_maskz_loadu_epi8(
                                                cols, g->b + kk * g->b_stride_k + j)));
            acc = _mm512_add_epi32(acc, _mm512_set1_epi32((int32_t)(128u * (uint32_t)g->k)));
        } else {
            for (int64_t kk = 0; kk < g->k; kk++)
                acc = _mm512_add_epi32(acc, _mm512_cvtepu8_epi32(_mm_maskz_loadu_epi8(
                                                cols, g->b + kk * g->b_stride_k + j)));
        }
        _mm512_mask_storeu_epi32(colsum + j, cols, acc);
    }
}

typedef struct qgemm_tiles {
    const qgemm_plan *plan;
    int64_t tiles;
} qgemm_tiles;

static tfgt_status qgemm_tile_range(void *arg, int64_t begin, int64_t end)
{
    const qgemm_tiles *job = arg;
    const qgemm_plan *pl = job->plan;
    const tfgt_qgemm_args *g = pl->args;
    int64_t nr = 16 * pl->nv, ldt = pl->kpad;
    qk_fn kernel = pl->half ? qk_half : pl->nv == 1 ? qk_1x24 : pl->nv == 2 ? qk_2x12 : qk_4x6;
    /* a private block of A rows (im2col, or the last partial tile) */
    uint8_t *abuf = calloc((size_t)(pl->mr * ldt) + 64, 1);
    int32_t rowsum[2 * QK_HALF_PAIRS];
    /* with tile_done, the sums of one tile (all panels), kept in cache */
    int64_t ldc = g->tile_done ? pl->panels * nr : g->ldc;
    int32_t *cbuf = g->tile_done ? malloc((size_t)(pl->mr * ldc) * sizeof *cbuf) : NULL;
    if (!abuf || (g->tile_done && !cbuf)) {
        free(abuf);
        free(cbuf);
        return TFGT_E_NO_MEMORY;
    }
    for (int64_t t = begin; t < end; t++) {
        int64_t row0 = t * pl->mr;
        int rows = g->m - row0 < pl->mr ? (int)(g->m - row0) : pl->mr;
        const uint8_t *a;
        int64_t lda;
        if (g->fill_rows) {
            g->fill_rows(g->fill_arg, row0, rows, abuf, ldt);
            a = abuf;
            lda = ldt;
        } else if (rows < pl->mr) {
            for (int r = 0; r < rows; r++)
                memcpy(abuf + r * ldt, g->a + (row0 + r) * g->lda, (size_t)g->k);
            a = abuf;
            lda = ldt;
        } else {
            a = g->a + row0 * g->lda;
            lda = g->lda;
        }
        qk_rowsums(a, lda, pl->kpad, rows, rowsum);
        for (int64_t p = 0; p < pl->panels; p++) {
            int64_t j0 = p * nr;
            int ncols = g->n - j0 < nr ? (int)(g->n - j0) : (int)nr;
            kernel(pl->kg, a, lda, pl->bpack + p * pl->kg * nr * 4, rowsum, pl->rowfac + j0,
                   pl->uniform, pl->colterm + j0, pl->ratios ? pl->ratios + j0 : NULL,
                   (cbuf ? cbuf : g->c + row0 * ldc) + j0, ldc, rows, ncols);
        }
        if (cbuf)
            g->tile_done(g->tile_arg, row0, rows, cbuf, ldc);
    }
    free(abuf);
    free(cbuf);
    return TFGT_OK;
}

/* Packed weights, kept between calls: packing B costs as much as a small
 * product, and a graph multiplies by the same constant weights every run.
 * An entry keeps a copy of the bytes it was packed from and is reused only
 * while the weights at that address still equal it (the address alone
 * proves nothing once memory is reused).  At most QK_CACHE entries and
 * QK_CACHE_BYTES bytes; the least recently used entry nobody is using goes
 * first.  Strided B is packed per call. */
#define QK_CACHE 64
#define QK_CACHE_BYTES ((size_t)64 << 20)

typedef struct qk_packed {
    const uint8_t *b; /* key: address, shape, layout, signedness */
    int64_t k, n, kg;
    int nr;
    bool b_signed;
    uint8_t *orig;    /* k x n copy of B, NULL when not cached */
    int8_t *bpack;
    uint32_t *colsums;
    size_t bytes;
    uint64_t last_use;
    int users;
} qk_packed;

static struct {
    pthread_mutex_t lock;
    qk_packed *entries[QK_CACHE];
    size_t bytes;
    uint64_t clock;
} qk_cache = {.lock = PTHREAD_MUTEX_INITIALIZER};

static void qk_packed_free(qk_packed *e)
{
    if (!e)
        return;
    free(e->orig);
    free(e->bpack);
    free(e->colsums);
    free(e);
}

/* nr = 8 packs for qk_half: 16 lanes, the 8 columns twice. */
static qk_packed *qk_packed_get(const tfgt_qgemm_args *g, int64_t panels, int64_t kg, int nr)
{
    bool cacheable = g->b_stride_n == 1 && g->b_stride_k == g->n;
    int lanes = nr == 8 ? 16 : nr;
    size_t kn = (size_t)(g->k * g->n), npad = (size_t)(panels * lanes);
    qk_packed *e;
    if (cacheable) {
        pthread_mutex_lock(&qk_cache.lock);
        for (int i = 0; i < QK_CACHE; i++) {
            e = qk_cache.entries[i];
            if (e && e->b == g->b && e->k == g->k && e->n == g->n && e->kg == kg &&
                e->nr == nr && e->b_signed == g->b_signed && memcmp(e->orig, g->b, kn) == 0) {
                e->users++;
                e->last_use = ++qk_cache.clock;
                pthread_mutex_unlock(&qk_cache.lock);
                return e;
            }
        }
        pthread_mutex_unlock(&qk_cache.lock);
    }
    e = calloc(1, sizeof *e);
    if (!e)
        return NULL;
    e->b = g->b;
    e->k = g->k;
    e->n = g->n;
    e->kg = kg;
    e->nr = nr;
    e->b_signed = g->b_signed;
    e->bpack = aligned_alloc(64, npad * (size_t)kg * 4 + 64);
    e->colsums = calloc(npad, sizeof *e->colsums);
    if (!e->bpack || !e->colsums) {
        qk_packed_free(e);
        return NULL;
    }
    if (g->b_stride_n == 1) {
        qk_pack_b(g, panels, kg, lanes, e->bpack, e->colsums);
    } else {
        for (int64_t p = 0; p < panels; p++)
            for (int64_t gk = 0; gk < kg; gk++)
                for (int64_t jj = 0; jj < lanes; jj++)
                    for (int t = 0; t < 4; t++) {
                        int64_t j = p * lanes + jj, kk = gk * 4 + t;
                        int8_t v = 0;
                        if (j < g->n && kk < g->k) {
                            uint8_t u = g->b[kk * g->b_stride_k + j * g->b_stride_n];
                            v = g->b_signed ? (int8_t)u : (int8_t)((int)u - 128);
                        }
                        e->bpack[((p * kg + gk) * lanes + jj) * 4 + t] = v;
                    }
        for (int64_t j = 0; j < g->n; j++)
            for (int64_t kk = 0; kk < g->k; kk++) {
                uint8_t u = g->b[kk * g->b_stride_k + j * g->b_stride_n];
                e->colsums[j] += g->b_signed ? (uint32_t)((int32_t)(int8_t)u + 128) : u;
            }
    }
    if (nr == 8) /* n <= 8, one panel: columns 0-7 again in lanes 8-15 */
        for (int64_t gk = 0; gk < kg; gk++)
            memcpy(e->bpack + gk * 64 + 32, e->bpack + gk * 64, 32);
    e->users = 1;
    e->bytes = kn + npad * (size_t)kg * 4 + npad * sizeof *e->colsums;
    if (!cacheable || e->bytes > QK_CACHE_BYTES / 4 || !(e->orig = malloc(kn ? kn : 1)))
        return e;
    memcpy(e->orig, g->b, kn);
    pthread_mutex_lock(&qk_cache.lock);
    for (;;) {
        int slot = -1, victim = -1;
        for (int i = 0; i < QK_CACHE; i++) {
            qk_packed *o = qk_cache.entries[i];
            if (!o)
                slot = slot < 0 ? i : slot;
            else if (o->users == 0 &&
                     (victim < 0 || o->last_use < qk_cache.entries[victim]->last_use))
                victim = i;
        }
        if (slot >= 0 && qk_cache.bytes + e->bytes <= QK_CACHE_BYTES) {
            qk_cache.entries[slot] = e;
            qk_cache.bytes += e->bytes;
            e->last_use = ++qk_cache.clock;
            break;
        }
        if (victim < 0) { /* all in use: this one stays private */
            free(e->orig);
            e->orig = NULL;
            break;
        }
        qk_cache.bytes -= qk_cache.entries[victim]->bytes;
        qk_packed_free(qk_cache.entries[victim]);
        qk_cache.entries[victim] = NULL;
    }
    pthread_mutex_unlock(&qk_cache.lock);
    return e;
}

static void qk_packed_put(qk_packed *e)
{
    if (!e)
        return;
    if (!e->orig) { /* private */
        qk_packed_free(e);
        return;
    }
    pthread_mutex_lock(&qk_cache.lock);
    e->users--;
    pthread_mutex_unlock(&qk_cache.lock);
}

#endif /* TFGT_GEMM_X86 */

static void fill_matrix_rows(const void *arg, int64_t row0, int64_t rows, uint8_t *dst,
                             int64_t ld)
{
    const tfgt_qgemm_matrix *p = arg;
    for (int64_t r = 0; r < rows; r++) {
        if (!p->ta) {
            memcpy(dst + r * ld, p->a + (row0 + r) * p->k, (size_t)p->k);
            continue;
        }
        for (int64_t q = 0; q < p->k; q++)
            dst[r * ld + q] = p->a[q * p->m + row0 + r];
    }
}

void tfgt_qgemm_use_matrix(tfgt_qgemm_args *g, const tfgt_qgemm_matrix *src)
{
    g->m = src->m;
    g->k = src->k;
    /* rows are read four bytes at a time: stored A needs k % 4 == 0 */
    if (!src->ta && src->k % 4 == 0) {
        g->a = src->a;
        g->lda = src->k;
        g->fill_rows = NULL;
    } else {
        g->a = NULL;
        g->fill_rows = fill_matrix_rows;
        g->fill_arg = src;
    }
}

tfgt_status tfgt_qgemm_u8(int threads, const tfgt_qgemm_args *g)
{
#if TFGT_GEMM_X86
    qgemm_plan pl;
    qgemm_tiles job;
    qk_packed *packed;
    int32_t *fac;
    const uint32_t *colsums;
    double *ratios = NULL;
    int64_t nr, npad, work;
    tfgt_status st;
    if (!tfgt_cpu_avx512_vnni() || (!g->fill_rows && g->k % 4 != 0))
        return TFGT_E_UNSUPPORTED;
    if (g->m <= 0 || g->n <= 0)
        return TFGT_OK;
    memset(&pl, 0, sizeof pl);
    pl.args = g;
    pl.half = g->n <= 8;
    pl.nv = g->n <= 16 ? 1 : g->n <= 32 ? 2 : 4;
    pl.mr = pl.half ? 2 * QK_HALF_PAIRS : pl.nv == 1 ? 24 : pl.nv == 2 ? 12 : 6;
    /* rows of 8, 16 or 32 bytes let the row sums take several rows at once */
    pl.kpad = g->k <= 8 ? 8 : g->k <= 16 ? 16 : g->k <= 32 ? 32 : (g->k + 3) / 4 * 4;
    if (!g->fill_rows)
        pl.kpad = (g->k + 3) / 4 * 4;
    pl.kg = pl.kpad / 4;
    nr = 16 * pl.nv;
    pl.panels = (g->n + nr - 1) / nr;
    npad = pl.panels * nr;
    packed = qk_packed_get(g, pl.panels, pl.kg, pl.half ? 8 : (int)nr);
    fac = malloc((size_t)npad * 2 * sizeof *fac);
    if (g->ratios)
        ratios = malloc((size_t)npad * sizeof *ratios);
    if (!packed || !fac || (g->ratios && !ratios)) {
        qk_packed_put(packed);
        free(fac);
        free(ratios);
        return TFGT_E_NO_MEMORY;
    }
    colsums = packed->colsums;
    for (int64_t j = 0; j < npad; j++) {
        /* half: lanes 8-15 repeat columns 0-7; padding columns (never
         * stored) repeat column 0's offset */
        int64_t jj = pl.half ? j % 8 : j;
        uint32_t colsum = colsums[jj], oa = (uint32_t)g->a_offset;
        uint32_t ob = (uint32_t)g->b_offsets[jj < g->n ? jj : 0];
        fac[j] = (int32_t)(128u - ob);
        fac[npad + j] = (int32_t)((uint32_t)g->k * oa * ob - oa * colsum);
        if (ratios)
            ratios[j] = jj < g->n ? g->ratios[jj] : 1.0;
    }
    pl.uniform = true;
    for (int64_t j = 1; j < npad; j++)
        pl.uniform = pl.uniform && fac[j] == fac[0];
    pl.bpack = packed->bpack;
    pl.rowfac = fac;
    pl.colterm = fac + npad;
    pl.ratios = ratios;
    job.plan = &pl;
    job.tiles = (g->m + pl.mr - 1) / pl.mr;
    work = pl.mr * pl.kpad * npad;
    st = tfgt_parallel_for(threads, job.tiles, 1 + ((int64_t)1 << 19) / (work > 0 ? work : 1),
                           qgemm_tile_range, &job);
    qk_packed_put(packed);
    free(fac);
    free(ratios);
    return st;
#else
    (void)threads;
    (void)g;
    return TFGT_E_UNSUPPORTED;
#endif
}
