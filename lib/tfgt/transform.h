/* tfgt/transform.h - transform pipelines: parsing, the registry, running.
 *
 * A pipeline is what TensorFlow's --transforms flag holds:
 *   strip_unused_nodes(type=float, shape="1,224,224,3") fold_constants
 * parsed exactly as TensorFlow parses it (see tfgt_pipeline_parse).
 */
#ifndef TFGT_TRANSFORM_H
#define TFGT_TRANSFORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tfgt/graph.h"
#include "tfgt/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- parameters --------------------------------------------------------- */

/* One parameter name and its values in the order given (a repeated name
 * forms a list). */
typedef struct tfgt_param {
    char *name;
    char **values;
    size_t n_values;
} tfgt_param;

/* Parameters of one transform, sorted by name. */
typedef struct tfgt_params {
    tfgt_param *items;
    size_t n_items;
} tfgt_params;

/* Add `value` to parameter `name` (created when new).  Copies both. */
tfgt_status tfgt_params_add(tfgt_params *params, const char *name, const char *value);
void tfgt_params_clear(tfgt_params *params);
/* How many values `name` has (0 when absent). */
size_t tfgt_params_count(const tfgt_params *params, const char *name);
/* The i-th value of `name`, or NULL. */
const char *tfgt_params_value(const tfgt_params *params, const char *name, size_t i);

/* Typed single-value accessors, with TensorFlow's rules: absent -> the
 * default; two or more values -> error; a value that does not parse ->
 * error naming the parameter and the value.  Booleans are exactly true,
 * false, 1 or 0. */
tfgt_status tfgt_params_get_string(const tfgt_params *params, const char *name,
                                   const char *default_value, const char **value,
                                   tfgt_error *err);
tfgt_status tfgt_params_get_int32(const tfgt_params *params, const char *name,
                                  int32_t default_value, int32_t *value, tfgt_error *err);
tfgt_status tfgt_params_get_int64(const tfgt_params *params, const char *name,
                                  int64_t default_value, int64_t *value, tfgt_error *err);
tfgt_status tfgt_params_get_float(const tfgt_params *params, const char *name,
                                  float default_value, float *value, tfgt_error *err);
tfgt_status tfgt_params_get_bool(const tfgt_params *params, const char *name,
                                 bool default_value, bool *value, tfgt_error *err);

/* ---- pipelines ---------------------------------------------------------- */

typedef struct tfgt_pipeline_step {
    char *name;
    tfgt_params params;
} tfgt_pipeline_step;

typedef struct tfgt_pipeline {
    tfgt_pipeline_step *steps;
    size_t n_steps;
} tfgt_pipeline;

/* Parse a --transforms string.  Grammar and quirks are TensorFlow's:
 * transforms separated by white space; "name(key=value, key="a,b")";
 * quoted values keep backslashes; repeated keys form lists; white space is
 * allowed only after "(" and ",".  One deliberate difference: text that
 * ends inside parentheses is an error here (TensorFlow silently drops that
 * transform).  Errors give the column: "--transforms:1:12: ...".
 * On success *out is a new pipeline the caller frees. */
tfgt_status tfgt_pipeline_parse(const char *text, tfgt_pipeline **out, tfgt_error *err);
tfgt_pipeline *tfgt_pipeline_new(void);
/* Append a step with no parameters; returns it (owned by the pipeline) or
 * NULL when out of memory. */
tfgt_pipeline_step *tfgt_pipeline_add_step(tfgt_pipeline *pipeline, const char *name);
void tfgt_pipeline_free(tfgt_pipeline *pipeline);
/* Write the pipeline back as a --transforms string (values quoted when
 * they need it).  *text is malloc'ed; the caller frees it. */
tfgt_status tfgt_pipeline_to_string(const tfgt_pipeline *pipeline, char **text, tfgt_error *err);

/* ---- the registry --------------------------------------------------------- */

typedef enum tfgt_log_level { TFGT_LOG_INFO, TFGT_LOG_WARNING } tfgt_log_level;
/* Receives the library's progress and warnings; never called from more
 * than one thread at a time for one pipeline run. */
typedef void (*tfgt_log_fn)(void *user, tfgt_log_level level, const char *message);

typedef struct tfgt_transform_context {
    const char *const *inputs; /* --inputs, as given (may carry ":N") */
    size_t n_inputs;
    const char *const *outputs; /* --outputs, as given */
    size_t n_outputs;
    const tfgt_params *params;
    tfgt_log_fn log;
    void *log_user;
    /* Sample inputs for transforms that calibrate (NULL: none given). */
    const struct tfgt_calibration *calibration;
} tfgt_transform_context;

/* A transform edits `graph` in place.  On failure the pipeline discards
 * the edited copy, so a transform need not undo partial work. */
typedef tfgt_status (*tfgt_transform_fn)(tfgt_graph *graph, const tfgt_transform_context *ctx,
                                         tfgt_error *err);

typedef struct tfgt_transform_param_info {
    const char *name;
    const char *type; /* "string", "int", "float", "bool", "type", "shape", "list" */
    const char *default_value; /* as text; NULL when there is none */
    const char *help;
} tfgt_transform_param_info;

typedef struct tfgt_transform_info {
    const char *name;
    tfgt_transform_fn run;
    const char *summary;
    const tfgt_transform_param_info *params; /* ends with a {NULL} row */
} tfgt_transform_info;

/* Registered transforms in name order. */
size_t tfgt_transform_count(void);
const tfgt_transform_info *tfgt_transform_at(size_t i);
/* The transform of that name, or NULL. */
const tfgt_transform_info *tfgt_transform_find(const char *name);

/* What a pipeline run needs besides the graph and the steps. */
typedef struct tfgt_transform_options {
    const char *const *inputs;
    size_t n_inputs;
    const char *const *outputs;
    size_t n_outputs;
    tfgt_log_fn log; /* NULL: silent */
    void *log_user;
    /* Sample inputs (tfgt/calibration.h) for transforms that calibrate
     * ranges; NULL when none.  Borrowed for the call. */
    const struct tfgt_calibration *calibration;
} tfgt_transform_options;

/* Run every step of `pipeline` on `graph`, in order, as TensorFlow's
 * TransformGraph does: unknown names fail before anything runs; each step
 * honours ignore_errors=true (a failing step then leaves the graph as it
 * was and logs a warning); the graph is validated after every step; the
 * function library is kept.  One log line per step says what changed.
 * On failure `graph` is left exactly as it was given.  On success its nodes
 * are new: node pointers taken before the call are no longer valid. */
tfgt_status tfgt_transform_graph(tfgt_graph *graph, const tfgt_pipeline *pipeline,
                                 const tfgt_transform_options *options, tfgt_error *err);

/* Split a comma list ("a,b:1") into a NULL-terminated array the caller
 * frees with tfgt_string_list_free.  An empty string gives an empty list. */
char **tfgt_string_list_split(const char *text, size_t *count);
void tfgt_string_list_free(char **list);

#ifdef __cplusplus
}
#endif
#endif
