/* testutil.h - what every Check suite of tfgt shares.
 *
 * Each tests/test_*.c defines tfgt_test_suite(); tests/tap_main.c runs it
 * and reports in TAP, one line per test case, for automake's tap-driver. */
#ifndef TFGT_TESTUTIL_H
#define TFGT_TESTUTIL_H

#include <check.h>
#include <stdbool.h>
#include <stddef.h>

#include "tfgt/tensor.h"
#include "tfgt/tfgt.h"

Suite *tfgt_test_suite(void);

/* The real-model folder (../shared/models or $TFGT_MODELS_DIR), or NULL
 * when it is not there. */
const char *tfgt_test_models_dir(void);
/* malloc'ed "<models>/<relative>"; NULL when the folder is missing. */
char *tfgt_test_model_path(const char *relative);
/* malloc'ed path of a file in the source tree (tests/data/...). */
char *tfgt_test_source_path(const char *relative);
/* malloc'ed path of a file in the build tree (e.g. a built program). */
char *tfgt_test_build_path(const char *relative);

/* Parse a text-format GraphDef given inline; fails the test on error. */
tfgt_graph *tfgt_test_graph(const char *pbtxt);
/* Build a graph from "name:Op:in1,in2;name2:Op2" (no attributes). */
tfgt_graph *tfgt_test_graph_spec(const char *spec);
/* A graph's node names in order, joined by spaces (malloc'ed). */
char *tfgt_test_node_names(const tfgt_graph *graph);
/* Run one transform string on a graph with the given inputs/outputs
 * (comma lists).  Returns the status; err gets the message. */
tfgt_status tfgt_test_transform(tfgt_graph *graph, const char *transforms, const char *inputs,
                                const char *outputs, tfgt_error *err);

/* ---- building and running small graphs (fail the test on error) ---- */
/* Append a Const of `dtype` with `values` (count elements of dims). */
tfgt_node *tfgt_test_add_const(tfgt_graph *g, const char *name, int dtype, int rank,
                               const int64_t *dims, const double *values);
tfgt_node *tfgt_test_add_floats(tfgt_graph *g, const char *name, int rank, const int64_t *dims,
                                const double *values);
/* tfgt_test_add_op(g, "conv", "Conv2D", "input,weights", "T", "type: DT_FLOAT", ..., NULL):
 * inputs as a comma list, then attribute key / text-format value pairs. */
tfgt_node *tfgt_test_add_op(tfgt_graph *g, const char *name, const char *op, const char *inputs,
                            ...);
/* How many nodes of op type `op`. */
size_t tfgt_test_count_op(const tfgt_graph *g, const char *op);
/* Run `g` feeding `value` to `feed` (both may be NULL) and return `fetch`. */
tfgt_tensor *tfgt_test_run_one(const tfgt_graph *g, const char *feed, const tfgt_tensor *value,
                               const char *fetch);

/* ---- transforms with their log ---- */
typedef struct tfgt_test_log {
    char text[32768]; /* every line logged, each ending in a newline */
} tfgt_test_log;
/* Run `transforms` on `g` with one input and one output name and the
 * samples `cal` (may be NULL); the log lines go to *log (cleared first). */
tfgt_status tfgt_test_transform_logged(tfgt_graph *g, const char *transforms, const char *input,
                                       const char *output, const tfgt_calibration *cal,
                                       tfgt_test_log *log, tfgt_error *err);

/* ---- kernels ---- */
/* A float tensor of the given shape filled from `values` (count elements).
 * Fails the test on error; free with tfgt_tensor_free. */
tfgt_tensor *tfgt_test_tensor(int dtype, int rank, const int64_t *dims, const double *values);
/* Run op `node_pbtxt` (one NodeDef in text format, e.g.
 * "name: 'x' op: 'Conv2D' attr { key: 'strides' value { list { i: 1 ...}}}")
 * on `inputs` with `threads` worker threads.  On success outputs[0..*n)
 * hold new tensors the caller frees. */
tfgt_status tfgt_test_run_op(const char *node_pbtxt, const tfgt_tensor *const *inputs,
                             size_t n_inputs, int threads, tfgt_tensor **outputs,
                             size_t max_outputs, size_t *n_outputs, tfgt_error *err);
/* Assert two tensors have the same dtype and shape and values within
 * atol + rtol * |expected| (compared as double). */
void tfgt_test_assert_close(const tfgt_tensor *got, const tfgt_tensor *expected, double atol,
                            double rtol);

/* Call `fn(path, user)` for every file under `dir` whose name ends with
 * `suffix`, in sorted order.  Returns how many were visited. */
size_t tfgt_test_walk(const char *dir, const char *suffix,
                      void (*fn)(const char *path, void *user), void *user);

/* Assert that `haystack` contains `needle`, printing both when not. */
#define ck_assert_contains(haystack, needle)                                                     \
    ck_assert_msg(strstr((haystack), (needle)) != NULL, "expected \"%s\" in \"%s\"", (needle),   \
                  (haystack))

#endif
