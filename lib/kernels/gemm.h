/* kernels/gemm.h - the float matrix product shared by the conv and matmul
 * families, the instruction-set choice every SIMD kernel makes, and a
 * small parallel-for (internal to libtfgt).
 *
 * Matrices are row-major.  tfgt_sgemm computes
 *     C[m x n] = op(A)[m x k] * op(B)[k x n] + beta * C
 * where op(A) is A (stored m x k, row stride lda) or, with trans_a, the
 * transpose of A (stored k x m).  Likewise for B.  beta == 0 never reads C
 * (so C may hold garbage, even NaN).
 *
 * Results do not depend on the thread count: every element of C is summed
 * in the same order (k in blocks of a fixed size, FMA within a block; k
 * straight through for products of at most 4 rows, whose B is not packed)
 * whichever thread computes it.  The AVX2 and AVX-512 variants also sum in
 * the same order, so they agree bit for bit; the naive _reference differs
 * by rounding only.
 */
#ifndef TFGT_KERNELS_GEMM_H
#define TFGT_KERNELS_GEMM_H

#include <stdbool.h>
#include <stdint.h>

#include "kernel.h"

/* Instruction-set variants, from slowest to fastest.  REFERENCE is the
 * naive scalar loop kept beside every optimized kernel; GENERIC is the
 * blocked algorithm in portable C. */
typedef enum tfgt_isa {
    TFGT_ISA_AUTO = 0,
    TFGT_ISA_REFERENCE,
    TFGT_ISA_GENERIC,
    TFGT_ISA_AVX2,   /* AVX2 + FMA */
    TFGT_ISA_AVX512, /* AVX-512F */
} tfgt_isa;

/* The best variant this CPU runs. */
tfgt_isa tfgt_isa_best(void);
/* `requested`, or the best variant below it this CPU runs (AUTO: the best). */
tfgt_isa tfgt_isa_resolve(tfgt_isa requested);
/* "reference", "generic", "avx2", "avx512" ("auto" for AUTO). */
const char *tfgt_isa_name(tfgt_isa isa);
/* AVX-512 F+BW+DQ+VL (the integer kernels' AVX-512 paths), and that plus
 * VNNI (vpdpbusd) - both false off x86. */
bool tfgt_cpu_avx512_int(void);
bool tfgt_cpu_avx512_vnni(void);
/* The variant a kernel should use: normally the best, but a node may ask
 * for another with the string attribute "_tfgt_isa" (one of the names
 * above) - how tests compare fast paths with the reference ones. */
tfgt_isa tfgt_kernel_isa(const tfgt_kernel_context *ctx);

/* C = op(A) op(B) + beta C with up to `threads` threads (>= 1), using `isa`
 * (resolved as tfgt_isa_resolve).  m, n, k >= 0 and leading dimensions at
 * least the stored row length.  TFGT_E_NO_MEMORY when packing buffers
 * cannot be allocated (C is then unspecified); otherwise TFGT_OK. */
tfgt_status tfgt_sgemm(int threads, tfgt_isa isa, bool trans_a, bool trans_b, int64_t m,
                       int64_t n, int64_t k, const float *a, int64_t lda, const float *b,
                       int64_t ldb, float beta, float *c, int64_t ldc);
/* The naive triple loop (double accumulation), one thread. */
void tfgt_sgemm_reference(bool trans_a, bool trans_b, int64_t m, int64_t n, int64_t k,
                          const float *a, int64_t lda, const float *b, int64_t ldb, float beta,
                          float *c, int64_t ldc);
/* The same for doubles: a cache-friendly loop, threaded over rows of C. */
void tfgt_dgemm(int threads, bool trans_a, bool trans_b, int64_t m, int64_t n, int64_t k,
                const double *a, int64_t lda, const double *b, int64_t ldb, double beta,
                double *c, int64_t ldc);

/* The eight-bit product behind QuantizedConv2D and QuantizedMatMul:
 *     C[i][j] = sum_k (A[i][k] - a_offset) * (B[k][j] - b_offsets[j])
 * in int32 arithmetic modulo 2^32 (TensorFlow's int32 sums, exactly),
 * then, with `ratios`, C[i][j] = (int32)llround(C[i][j] * ratios[j]).
 * A and B hold quint8 codes.  AVX-512 VNNI only: vpdpbusd multiplies A's
 * unsigned bytes by B - 128 as signed bytes, and the offsets and the 128
 * come back through per-row sums of A and per-column sums of B, e.g.
 *     sum (a - oa)(b - ob) = sum a (b - 128) + (128 - ob) sum a
 *                            - oa sum b + k oa ob.
 * A is either stored (row stride lda >= k, k a multiple of 4, since rows
 * are read four bytes at a time) or produced a block of rows at a time by
 * fill_rows, which writes bytes [0, k) of each row (e.g. im2col).  B's
 * element (kk, j) is at b[kk * b_stride_k + j * b_stride_n].  Results do
 * not depend on the thread count.
 *
 * b_signed: B holds qint8 bytes w, taken as the quint8 codes w + 128 (so a
 * caller need not copy a qint8 filter; b_offsets still refer to w + 128).
 * tile_done: when set, C and ldc are unused; each finished block of rows
 * (all n columns) is handed to tile_done(tile_arg, row0, rows, c, ldc) in a
 * private buffer of the calling thread, so a caller can turn the sums into
 * its output while they are in cache (called from several threads at once,
 * for disjoint rows). */
typedef void (*tfgt_qgemm_rows_fn)(const void *arg, int64_t row0, int64_t rows, uint8_t *dst,
                                   int64_t ld);
typedef void (*tfgt_qgemm_tile_fn)(const void *arg, int64_t row0, int64_t rows, const int32_t *c,
                                   int64_t ldc);
typedef struct tfgt_qgemm_args {
    int64_t m, n, k;
    const uint8_t *a;
    int64_t lda;
    tfgt_qgemm_rows_fn fill_rows;
    const void *fill_arg;
    const uint8_t *b;
    int64_t b_stride_k, b_stride_n;
    int32_t a_offset;
    const int32_t *b_offsets;
    const double *ratios;
    int32_t *c;
    int64_t ldc;
    bool b_signed;
    tfgt_qgemm_tile_fn tile_done;
    const void *tile_arg;
} tfgt_qgemm_args;

/* TFGT_E_UNSUPPORTED without AVX-512 VNNI or with a stored A whose k is
 * not a multiple of 4; TFGT_E_NO_MEMORY when packing buffers cannot be
 * allocated. */
tfgt_status tfgt_qgemm_u8(int threads, const tfgt_qgemm_args *args);

/* A given as a matrix of codes, m x k (or k x m stored, with `ta`), for
 * the eight-bit matrix products: tfgt_qgemm_use_matrix sets args->m, k
 * and either the stored A (read in place when it can be) or a row filler
 * reading `src`, which must outlive the call to tfgt_qgemm_u8. */
typedef struct tfgt_qgemm_matrix {
    const uint8_t *a;
    int64_t m, k;
    bool ta;
} tfgt_qgemm_matrix;
void tfgt_qgemm_use_matrix(tfgt_qgemm_args *args, const tfgt_qgemm_matrix *src);

/* Run fn(arg, begin, end) over [0, n) split into contiguous ranges, one per
 * thread, with at most `threads` threads and at least `grain` items per
 * range (so small jobs stay on the calling thread).  The calling thread
 * runs the first range; a thread that cannot be started has its range run
 * by the caller.  Returns the first failing status. */
typedef tfgt_status (*tfgt_range_fn)(void *arg, int64_t begin, int64_t end);
tfgt_status tfgt_parallel_for(int threads, int64_t n, int64_t grain, tfgt_range_fn fn,
                              void *arg);

#endif
