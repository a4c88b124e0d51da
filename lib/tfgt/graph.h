/* tfgt/graph.h - the graph model: nodes, inputs, attributes.
 *
 * A tfgt_graph owns its nodes; a tfgt_node pointer stays valid until that
 * node is removed or the graph is freed (renaming and reordering keep it
 * valid).  Strings returned by accessors are owned by the node and valid
 * until the node changes that field.  Functions that take `tfgt_error *err`
 * fill it on failure (err may be NULL).
 *
 * Input strings follow TensorFlow: "node" (port 0), "node:N", or "^node"
 * for a control edge.  Control edges come after data inputs.
 *
 * Everything TensorFlow stores that the model does not expose (function
 * library, versions, debug info, per-node debug info and full types, fields
 * newer than this schema) is kept verbatim and written back on save.
 */
#ifndef TFGT_GRAPH_H
#define TFGT_GRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tfgt/status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tfgt_graph tfgt_graph;
typedef struct tfgt_node tfgt_node;

/* TensorFlow's DataType numbers (types.proto); *_REF types are base + 100. */
typedef enum tfgt_dtype {
    TFGT_DT_INVALID = 0,
    TFGT_DT_FLOAT = 1,
    TFGT_DT_DOUBLE = 2,
    TFGT_DT_INT32 = 3,
    TFGT_DT_UINT8 = 4,
    TFGT_DT_INT16 = 5,
    TFGT_DT_INT8 = 6,
    TFGT_DT_STRING = 7,
    TFGT_DT_COMPLEX64 = 8,
    TFGT_DT_INT64 = 9,
    TFGT_DT_BOOL = 10,
    TFGT_DT_QINT8 = 11,
    TFGT_DT_QUINT8 = 12,
    TFGT_DT_QINT32 = 13,
    TFGT_DT_BFLOAT16 = 14,
    TFGT_DT_QINT16 = 15,
    TFGT_DT_QUINT16 = 16,
    TFGT_DT_UINT16 = 17,
    TFGT_DT_COMPLEX128 = 18,
    TFGT_DT_HALF = 19,
    TFGT_DT_RESOURCE = 20,
    TFGT_DT_VARIANT = 21,
    TFGT_DT_UINT32 = 22,
    TFGT_DT_UINT64 = 23,
    TFGT_DT_FLOAT8_E5M2 = 24,
    TFGT_DT_FLOAT8_E4M3FN = 25,
    TFGT_DT_FLOAT8_E4M3FNUZ = 26,
    TFGT_DT_FLOAT8_E4M3B11FNUZ = 27,
    TFGT_DT_FLOAT8_E5M2FNUZ = 28,
    TFGT_DT_INT4 = 29,
    TFGT_DT_UINT4 = 30,
    TFGT_DT_INT2 = 31,
    TFGT_DT_UINT2 = 32,
    TFGT_DT_FLOAT4_E2M1FN = 33,
    TFGT_DT_BASE_COUNT,
    TFGT_DT_REF_OFFSET = 100
} tfgt_dtype;

/* Lower-case TensorFlow name ("float", "quint8", "float_ref"), or NULL for a
 * number TensorFlow does not define. */
const char *tfgt_dtype_name(int dtype);
/* Parse a type name as TensorFlow's DataTypeFromString does: the lower-case
 * names, the aliases float32/float64/float16, and any of them + "_ref".
 * Case-sensitive.  Returns false when `name` is not a type. */
bool tfgt_dtype_from_string(const char *name, int *dtype);
/* Bytes per element of a fixed-size type, 0 for string/resource/variant and
 * sub-byte types. */
size_t tfgt_dtype_size(int dtype);

/* ---- graphs ---------------------------------------------------------- */

/* A new empty graph; NULL when out of memory.  Free with tfgt_graph_free. */
tfgt_graph *tfgt_graph_new(void);
/* A new graph with no nodes that keeps `graph`'s other fields (function
 * library, versions, ...): the start of a rebuilt copy.  NULL with err set
 * when out of memory. */
tfgt_graph *tfgt_graph_new_like(const tfgt_graph *graph, tfgt_error *err);
/* Free a graph and all its nodes.  Accepts NULL. */
void tfgt_graph_free(tfgt_graph *graph);
/* A deep copy (the caller owns it), or NULL with err set. */
tfgt_graph *tfgt_graph_clone(const tfgt_graph *graph, tfgt_error *err);

/* Decode a binary GraphDef.  On success *out is a new graph the caller
 * frees.  Malformed bytes give TFGT_E_PARSE with the reason (byte offset,
 * field); duplicate node names give TFGT_E_INVALID_GRAPH. */
tfgt_status tfgt_graph_from_binary(const uint8_t *data, size_t len, tfgt_graph **out,
                                   tfgt_error *err);
/* Encode as a binary GraphDef.  *data is malloc'ed; the caller frees it. */
tfgt_status tfgt_graph_to_binary(const tfgt_graph *graph, uint8_t **data, size_t *len,
                                 tfgt_error *err);
/* Decode protobuf text format; `filename` only names the source in
 * "FILE:LINE:COL:" messages (NULL: "<input>"). */
tfgt_status tfgt_graph_from_text(const char *text, size_t len, const char *filename,
                                 tfgt_graph **out, tfgt_error *err);
/* Encode as protobuf text format; *text is malloc'ed and NUL-terminated. */
tfgt_status tfgt_graph_to_text(const tfgt_graph *graph, char **text, size_t *len,
                               tfgt_error *err);

/* Exchange the whole contents of two graphs (nodes and kept fields);
 * node pointers move with their graph's contents. */
void tfgt_graph_swap(tfgt_graph *a, tfgt_graph *b);
/* Size in bytes of the binary encoding, computed without encoding. */
size_t tfgt_graph_encoded_size(const tfgt_graph *graph);

size_t tfgt_graph_node_count(const tfgt_graph *graph);
/* The node at `index` in graph order, or NULL when out of range. */
tfgt_node *tfgt_graph_node(const tfgt_graph *graph, size_t index);
/* Index of `node` in graph order. */
size_t tfgt_node_index(const tfgt_node *node);
/* The node with exactly this name, or NULL.  O(1). */
tfgt_node *tfgt_graph_find_node(const tfgt_graph *graph, const char *name);
/* The node an input string refers to ("x", "x:1", "^x" all give x). */
tfgt_node *tfgt_graph_find_input_node(const tfgt_graph *graph, const char *input);

/* Append a node with no inputs and no attributes.  Fails with
 * TFGT_E_INVALID_ARGUMENT when the name is empty or taken.  The graph owns
 * the result. */
tfgt_node *tfgt_graph_add_node(tfgt_graph *graph, const char *name, const char *op,
                               tfgt_error *err);
/* Append a copy of `src` (which may belong to another graph) named
 * `name` (NULL: src's name). */
tfgt_node *tfgt_graph_add_node_copy(tfgt_graph *graph, const tfgt_node *src, const char *name,
                                    tfgt_error *err);
/* Remove and free one node.  Inputs naming it are left as they are. O(n). */
void tfgt_graph_remove_node(tfgt_graph *graph, tfgt_node *node);
/* Remove every node for which keep[index] is false, in one pass.  `keep`
 * has tfgt_graph_node_count() entries. */
void tfgt_graph_retain(tfgt_graph *graph, const bool *keep);
/* Put the nodes in the order given; `order` must be a permutation of the
 * graph's nodes (TFGT_E_INVALID_ARGUMENT otherwise). */
tfgt_status tfgt_graph_reorder(tfgt_graph *graph, tfgt_node *const *order, size_t n,
                               tfgt_error *err);
/* Rename a node.  With `rewire`, every input string that names it (any
 * port, control or not) is changed to the new name. */
tfgt_status tfgt_graph_rename_node(tfgt_graph *graph, tfgt_node *node, const char *new_name,
                                   bool rewire, tfgt_error *err);

/* Consumers: for each node, the nodes that name it in an input, one entry
 * per input edge (control edges included), in graph order.  The caller
 * owns the map and frees it with tfgt_consumers_free; it describes the
 * graph as it was when built. */
typedef struct tfgt_consumers tfgt_consumers;
tfgt_consumers *tfgt_consumers_build(const tfgt_graph *graph, tfgt_error *err);
void tfgt_consumers_free(tfgt_consumers *map);
size_t tfgt_consumers_count(const tfgt_consumers *map, const tfgt_node *node);
tfgt_node *tfgt_consumers_get(const tfgt_consumers *map, const tfgt_node *node, size_t i);

/* Execution order as TensorFlow's SortByExecutionOrder computes it (Kahn's
 * algorithm with a LIFO ready stack).  *order is malloc'ed (caller frees)
 * and holds every node once.  Unknown inputs and cycles are errors naming
 * the node. */
tfgt_status tfgt_graph_topological_order(const tfgt_graph *graph, tfgt_node ***order,
                                         tfgt_error *err);

/* Check that names are unique and non-empty, every input names a node,
 * control inputs follow data inputs, and there is no cycle.  The error
 * names the first offending node. */
tfgt_status tfgt_graph_validate(const tfgt_graph *graph, tfgt_error *err);

/* ---- input strings ---------------------------------------------------- */

/* Split "^name:port" into its parts: *is_control, the node name (written to
 * `name`, NUL-terminated, truncated to name_size) and *port (-1 for a
 * control edge, 0 when absent).  Returns false when the port is not a
 * number. */
bool tfgt_parse_input(const char *input, char *name, size_t name_size, int *port,
                      bool *is_control);
/* The node-name part of an input string, copied to a new string the caller
 * frees (NULL when out of memory). */
char *tfgt_input_node_name(const char *input);

/* ---- nodes ------------------------------------------------------------ */

tfgt_graph *tfgt_node_graph(const tfgt_node *node);
const char *tfgt_node_name(const tfgt_node *node);
const char *tfgt_node_op(const tfgt_node *node);
const char *tfgt_node_device(const tfgt_node *node);
tfgt_status tfgt_node_set_op(tfgt_node *node, const char *op);
tfgt_status tfgt_node_set_device(tfgt_node *node, const char *device);

size_t tfgt_node_input_count(const tfgt_node *node);
const char *tfgt_node_input(const tfgt_node *node, size_t i);
/* Number of data (non-control) inputs. */
size_t tfgt_node_data_input_count(const tfgt_node *node);
/* Append an input; a data input is placed before any control inputs. */
tfgt_status tfgt_node_add_input(tfgt_node *node, const char *input);
tfgt_status tfgt_node_set_input(tfgt_node *node, size_t i, const char *input);
void tfgt_node_remove_input(tfgt_node *node, size_t i);
void tfgt_node_clear_inputs(tfgt_node *node);

/* ---- attributes ------------------------------------------------------- */

/* What an attribute holds. */
typedef enum tfgt_attr_kind {
    TFGT_ATTR_NONE = 0, /* absent or empty */
    TFGT_ATTR_STRING,
    TFGT_ATTR_INT,
    TFGT_ATTR_FLOAT,
    TFGT_ATTR_BOOL,
    TFGT_ATTR_TYPE,
    TFGT_ATTR_SHAPE,
    TFGT_ATTR_TENSOR,
    TFGT_ATTR_LIST,
    TFGT_ATTR_FUNC,
    TFGT_ATTR_PLACEHOLDER
} tfgt_attr_kind;

/* A shape as attributes hold it.  dims[i] == -1 means unknown. */
#define TFGT_MAX_RANK 16
typedef struct tfgt_shape {
    bool unknown_rank;
    int rank;
    int64_t dims[TFGT_MAX_RANK];
} tfgt_shape;

size_t tfgt_node_attr_count(const tfgt_node *node);
/* Key of the i-th attribute (attributes keep their stored order). */
const char *tfgt_node_attr_key(const tfgt_node *node, size_t i);
bool tfgt_node_has_attr(const tfgt_node *node, const char *key);
tfgt_attr_kind tfgt_node_attr_kind(const tfgt_node *node, const char *key);
/* Remove an attribute; returns false when it was not there. */
bool tfgt_node_remove_attr(tfgt_node *node, const char *key);
/* Copy attribute `key` of `src` to `dst` as `new_key` (NULL: same key),
 * replacing any existing value. */
tfgt_status tfgt_node_copy_attr(tfgt_node *dst, const tfgt_node *src, const char *key,
                                const char *new_key, tfgt_error *err);

/* Typed getters fail with TFGT_E_NOT_FOUND when absent and
 * TFGT_E_INVALID_ARGUMENT when the attribute holds another kind; both
 * messages name the node and the attribute. */
tfgt_status tfgt_node_get_int(const tfgt_node *node, const char *key, int64_t *value,
                              tfgt_error *err);
tfgt_status tfgt_node_get_float(const tfgt_node *node, const char *key, float *value,
                                tfgt_error *err);
tfgt_status tfgt_node_get_bool(const tfgt_node *node, const char *key, bool *value,
                               tfgt_error *err);
tfgt_status tfgt_node_get_type(const tfgt_node *node, const char *key, int *dtype,
                               tfgt_error *err);
/* *value points into the node (not NUL-terminated in general; *len bytes). */
tfgt_status tfgt_node_get_string(const tfgt_node *node, const char *key, const char **value,
                                 size_t *len, tfgt_error *err);
tfgt_status tfgt_node_get_shape(const tfgt_node *node, const char *key, tfgt_shape *shape,
                                tfgt_error *err);
/* The integers of a list attribute (e.g. "strides"): up to `max` are
 * stored in values, *count (may be NULL) is how many the list holds. */
tfgt_status tfgt_node_get_list_int(const tfgt_node *node, const char *key, int64_t *values,
                                   size_t max, size_t *count, tfgt_error *err);
/* Shape i of a list attribute (e.g. "_output_shapes"); *count (may be
 * NULL) is how many shapes the list holds.  An index past the end is
 * TFGT_E_NOT_FOUND. */
tfgt_status tfgt_node_get_list_shape(const tfgt_node *node, const char *key, size_t i,
                                     tfgt_shape *shape, size_t *count, tfgt_error *err);
/* The dtype and shape of a tensor attribute (e.g. Const "value") without
 * decoding its data. */
tfgt_status tfgt_node_get_tensor_info(const tfgt_node *node, const char *key, int *dtype,
                                      tfgt_shape *shape, tfgt_error *err);

/* Setters replace any existing value of the attribute. */
tfgt_status tfgt_node_set_int(tfgt_node *node, const char *key, int64_t value);
tfgt_status tfgt_node_set_float(tfgt_node *node, const char *key, float value);
tfgt_status tfgt_node_set_bool(tfgt_node *node, const char *key, bool value);
tfgt_status tfgt_node_set_type(tfgt_node *node, const char *key, int dtype);
tfgt_status tfgt_node_set_string(tfgt_node *node, const char *key, const char *value,
                                 size_t len);
tfgt_status tfgt_node_set_shape(tfgt_node *node, const char *key, const tfgt_shape *shape);

/* Set attribute `key` from an AttrValue in protobuf text format, e.g.
 * "i: 5", "type: DT_FLOAT", "list { i: 1 i: 2 }". */
tfgt_status tfgt_node_set_attr_from_text(tfgt_node *node, const char *key, const char *text,
                                         tfgt_error *err);

/* Append to *out (malloc'ed, *len bytes) a canonical description of the
 * node: op, device, inputs in canonical form ("x" as "x:0"), attributes
 * sorted by key with their encoded values, and the name only when
 * `with_name`.  Two nodes are duplicates exactly when these bytes are
 * equal.  The caller frees *out. */
tfgt_status tfgt_node_fingerprint(const tfgt_node *node, bool with_name, uint8_t **out,
                                  size_t *len);

/* Rewrite every input in the graph that reads node `from`:
 * - "from" / "from:0" become `data_to` (when data_to is not NULL);
 * - "from:N" (N > 0) become "<ports_to>:N" (when ports_to is not NULL);
 * - "^from" becomes "^<control_to>" (when control_to is not NULL).
 * Returns how many inputs changed, or -1 when out of memory. */
long tfgt_graph_redirect_inputs(tfgt_graph *graph, const char *from, const char *data_to,
                                const char *ports_to, const char *control_to);

/* Parse "1,224,224,3" as TensorFlow's TensorShapeFromString does (pieces
 * may carry surrounding blanks; -1 allowed).  An empty string is an error. */
tfgt_status tfgt_shape_from_string(const char *text, tfgt_shape *shape, tfgt_error *err);
/* Total elements of a fully known shape; -1 when unknown, and -2 when the
 * product does not fit in int64. */
int64_t tfgt_shape_num_elements(const tfgt_shape *shape);

#ifdef __cplusplus
}
#endif
#endif
