/* tfgt/tensor.h - dense tensors and their TensorProto form.
 *
 * A tfgt_tensor owns one contiguous, 64-byte aligned, row-major buffer.
 * DT_STRING tensors hold tfgt_bytes elements, each owning its bytes.
 * Every allocation checks a memory limit first: a shape that would need
 * more than the limit is refused with TFGT_E_LIMIT before anything is
 * allocated, so a hostile file cannot make tfgt allocate without bound.
 */
#ifndef TFGT_TENSOR_H
#define TFGT_TENSOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tfgt/graph.h"
#include "tfgt/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* 4 GiB unless the caller says otherwise. */
#define TFGT_DEFAULT_MEMORY_LIMIT ((size_t)4 << 30)

typedef struct tfgt_bytes {
    uint8_t *data;
    size_t len;
} tfgt_bytes;

typedef struct tfgt_tensor {
    int dtype;
    int rank;
    int64_t dims[TFGT_MAX_RANK];
    int64_t count; /* number of elements */
    size_t nbytes; /* size of data */
    void *data;
} tfgt_tensor;

/* Whether tfgt can hold tensors of this type (fixed-size numeric types,
 * bool, string, half/bfloat16, complex, quantized). */
bool tfgt_dtype_is_supported(int dtype);

/* A new zero-filled tensor.  `limit` is the most bytes it may take (0:
 * TFGT_DEFAULT_MEMORY_LIMIT).  Negative or overflowing dims, rank above
 * TFGT_MAX_RANK, an unsupported dtype and the limit are errors.  Free with
 * tfgt_tensor_free. */
tfgt_tensor *tfgt_tensor_new(int dtype, int rank, const int64_t *dims, size_t limit,
                             tfgt_error *err);
/* A deep copy, or NULL with err set. */
tfgt_tensor *tfgt_tensor_copy(const tfgt_tensor *tensor, tfgt_error *err);
/* Free a tensor (and its string elements).  Accepts NULL. */
void tfgt_tensor_free(tfgt_tensor *tensor);
/* Bytes a tensor of this type and shape needs, or SIZE_MAX on overflow /
 * bad dims. */
size_t tfgt_tensor_bytes_needed(int dtype, int rank, const int64_t *dims);
/* Same dtype, same shape. */
bool tfgt_tensor_same_shape(const tfgt_tensor *a, const tfgt_tensor *b);

/* Decode the tensor attribute `key` (e.g. a Const's "value") with
 * TensorFlow's rules: tensor_content must hold exactly count * size bytes;
 * otherwise the typed list is used, a shorter list repeating its last value
 * and an empty one meaning zeros; a longer one is an error.  Errors name
 * the node. */
tfgt_status tfgt_node_get_tensor(const tfgt_node *node, const char *key, size_t limit,
                                 tfgt_tensor **out, tfgt_error *err);
/* Store `tensor` as attribute `key`: numeric types in tensor_content (as
 * TensorFlow's AsProtoTensorContent), strings in string_val. */
tfgt_status tfgt_node_set_tensor(tfgt_node *node, const char *key, const tfgt_tensor *tensor,
                                 tfgt_error *err);

/* Append a Const node holding a copy of `tensor` (attributes "dtype" and
 * "value" only, as TensorFlow writes them).  The graph owns the node; NULL
 * with err set when the name is taken or memory runs out. */
tfgt_node *tfgt_graph_add_const(tfgt_graph *graph, const char *name, const tfgt_tensor *tensor,
                                tfgt_error *err);
/* Element i of a numeric tensor as a double, and the reverse (C conversion
 * rules; half and bfloat16 handled; strings read as 0).  Slow: for tools
 * and tests, not kernels' inner loops. */
double tfgt_tensor_get_double(const tfgt_tensor *t, int64_t i);
void tfgt_tensor_set_double(tfgt_tensor *t, int64_t i, double v);

/* TensorFlow's FloatToQuantized<quint8>: the code of v in [min, max]
 * (round(v * s) - round(min * s) in double, s = 256 / ((max - min) *
 * 256/255) with max - min a float subtraction), clamped to 0..255; 0 when
 * min == max.  What quantize_weights stores. */
uint8_t tfgt_float_to_quint8(float v, float min, float max);

/* IEEE half and bfloat16 conversions (round to nearest even). */
float tfgt_half_to_float(uint16_t h);
uint16_t tfgt_float_to_half(float f);
float tfgt_bfloat16_to_float(uint16_t b);
uint16_t tfgt_float_to_bfloat16(float f);

#ifdef __cplusplus
}
#endif
#endif
