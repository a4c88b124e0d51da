/* kernel.h - what a kernel sees (internal to libtfgt).
 *
 * A kernel computes one node: it reads its data inputs (never modifies
 * them) and allocates each output with tfgt_kernel_output, which the
 * executor then owns.  Attributes are read from the node with the helpers
 * below, which fall back to the op's default.  Errors go through
 * tfgt_kernel_fail so the message names the node and its op.
 *
 * Every kernel has a plain scalar implementation; a faster variant may be
 * chosen at run time but must match the scalar one (tests compare them).
 */
#ifndef TFGT_KERNEL_H
#define TFGT_KERNEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tfgt/graph.h"
#include "tfgt/tensor.h"

typedef struct tfgt_kernel_context {
    const tfgt_node *node;
    const tfgt_tensor *const *inputs; /* data inputs, in order */
    size_t n_inputs;
    tfgt_tensor **outputs; /* filled by the kernel; NULL until allocated */
    size_t max_outputs;    /* room in outputs[] */
    size_t n_outputs;      /* set by tfgt_kernel_output (highest index + 1) */
    size_t memory_limit;   /* bytes one tensor may take */
    int threads;           /* worker threads the kernel may use (>= 1) */
    /* Every input is computed from Consts alone, so TensorFlow would have
     * folded this node before running the graph, with its constant-folding
     * kernels (QuantizeV2 rounds differently there). */
    bool from_constants;
    tfgt_error *err;
} tfgt_kernel_context;

typedef tfgt_status (*tfgt_kernel_fn)(tfgt_kernel_context *ctx);

/* Allocate output `index` (zero-filled).  NULL with the error recorded
 * (naming the node) when the shape is bad or over the memory limit. */
tfgt_tensor *tfgt_kernel_output(tfgt_kernel_context *ctx, size_t index, int dtype, int rank,
                                const int64_t *dims);
/* The same with the contents left unspecified, for kernels that write
 * every element (saves clearing large outputs). */
tfgt_tensor *tfgt_kernel_output_uninit(tfgt_kernel_context *ctx, size_t index, int dtype,
                                       int rank, const int64_t *dims);
/* tfgt_tensor_new without clearing the data (what the above uses). */
tfgt_tensor *tfgt_tensor_new_uninit(int dtype, int rank, const int64_t *dims, size_t limit,
                                    tfgt_error *err);
/* Make output `index` a copy of `src` (Identity-like ops). */
tfgt_tensor *tfgt_kernel_output_copy(tfgt_kernel_context *ctx, size_t index,
                                     const tfgt_tensor *src);
/* Record an error naming the node and its op; returns `status`. */
tfgt_status tfgt_kernel_fail(tfgt_kernel_context *ctx, tfgt_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Attribute readers: the node's value, else `fallback`.  A value of the
 * wrong kind is treated as absent (the op table's defaults keep that rare). */
int64_t tfgt_kernel_attr_int(const tfgt_kernel_context *ctx, const char *key, int64_t fallback);
float tfgt_kernel_attr_float(const tfgt_kernel_context *ctx, const char *key, float fallback);
bool tfgt_kernel_attr_bool(const tfgt_kernel_context *ctx, const char *key, bool fallback);
int tfgt_kernel_attr_type(const tfgt_kernel_context *ctx, const char *key, int fallback);
/* Copies the string (NUL-terminated, truncated to size). */
void tfgt_kernel_attr_string(const tfgt_kernel_context *ctx, const char *key,
                             const char *fallback, char *out, size_t size);
/* A list(int) attribute: returns the number of values (up to `max` stored
 * in out), or -1 when absent. */
int tfgt_kernel_attr_ints(const tfgt_kernel_context *ctx, const char *key, int64_t *out,
                          int max);

/* Read a 0-d or 1-d integer tensor (int32 or int64) as int64 values:
 * returns the count (up to max), or -1 (error recorded) for another type. */
int tfgt_kernel_read_ints(tfgt_kernel_context *ctx, const tfgt_tensor *t, int64_t *out, int max,
                          const char *what);


#endif
