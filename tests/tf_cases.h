/* tf_cases.h - running kernel cases recorded from TensorFlow 2.21
 * (tf.raw_ops) in the kernel test suites: each case gives a node, its
 * input tensors and the outputs TensorFlow computed (or the text of the
 * error TensorFlow and tfgt must both give). */
#ifndef TFGT_TF_CASES_H
#define TFGT_TF_CASES_H

#include <stdbool.h>
#include <stdint.h>

#include "testutil.h"

/* A tensor in a case: values from `f` (exact in a double), from `i` (the
 * bits of int64/uint64 values), or 0, 1, 2, ... when `iota`. */
typedef struct tspec {
    int dtype;
    int rank;
    int64_t dims[8];
    const double *f;
    const int64_t *i;
    int iota;
} tspec;

/* One node run by TensorFlow 2.21 (tf.raw_ops) and its outputs, or the
 * text our error must contain when TensorFlow failed too.  `tol` is the
 * allowed difference for floating outputs (0: bit for bit). */
typedef struct tf_case {
    const char *node;
    int n_in;
    tspec in[12];
    int n_out;
    tspec out[8];
    const char *error;
    double tol;
} tf_case;

/* The tensor a spec describes (fails the test on error). */
tfgt_tensor *tf_case_tensor(const tspec *s);
/* Assert equal dtype and shape, and values within `tol` for floating
 * types (bit for bit otherwise). */
void tf_case_assert_same(const tfgt_tensor *got, const tfgt_tensor *want, double tol,
                         const char *what);
/* The node's text suffixes that select each kernel variant: the default
 * and the scalar reference. */
extern const char *const tf_case_variants[2];
/* Run a case on every variant and on 1 and 2 threads. */
void tf_case_run(const tf_case *c);

#endif
