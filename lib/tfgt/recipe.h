/* tfgt/recipe.h - YAML recipe files: a transform pipeline with its inputs
 * and outputs, e.g.
 *
 *   inputs: [input]
 *   outputs: [MobilenetV1/Predictions/Reshape_1]
 *   transforms:
 *     - strip_unused_nodes: {type: float, shape: "1,224,224,3"}
 *     - remove_nodes: {op: [Identity, CheckNumerics]}
 *     - sort_by_execution_order
 *
 * Keys: description (text), inputs, outputs, calibration_data (a name or a
 * list of names; calibration_data entries are "NAME=DIR" or "DIR"),
 * transforms (a list; each item a transform name, or a one-key mapping
 * from the name to its parameters; a parameter's value is a scalar or a
 * list of scalars, a list meaning the key is repeated).  Everything is
 * checked: unknown or duplicate keys, unknown transforms or parameters,
 * values of the wrong type (booleans must be true/false, numbers must be
 * numbers); errors say "FILE:LINE:COL: ...".
 */
#ifndef TFGT_RECIPE_H
#define TFGT_RECIPE_H

#include <stddef.h>

#include "tfgt/status.h"
#include "tfgt/transform.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tfgt_recipe {
    char *description; /* NULL when absent */
    char **inputs;     /* NULL-terminated; never NULL */
    size_t n_inputs;
    char **outputs; /* NULL-terminated; never NULL */
    size_t n_outputs;
    /* Calibration folders, "NAME=DIR" or "DIR" (tfgt/calibration.h);
     * relative folders are taken from the working directory. */
    char **calibration_data; /* NULL-terminated; never NULL */
    size_t n_calibration_data;
    tfgt_pipeline *pipeline; /* never NULL */
} tfgt_recipe;

/* Parse YAML text; `name` is used in messages.  *out is new; free it with
 * tfgt_recipe_free. */
tfgt_status tfgt_recipe_parse(const char *text, size_t len, const char *name, tfgt_recipe **out,
                              tfgt_error *err);
/* Load a recipe by path, or by bare name ("optimize_for_inference") from
 * $TFGT_RECIPE_PATH (colon-separated folders) and then the installed
 * recipes folder. */
tfgt_status tfgt_recipe_load(const char *name_or_path, tfgt_recipe **out, tfgt_error *err);
/* A recipe from its parts (copies them); any may be NULL/empty. */
tfgt_recipe *tfgt_recipe_new(const char *const *inputs, size_t n_inputs,
                             const char *const *outputs, size_t n_outputs,
                             const tfgt_pipeline *pipeline, tfgt_error *err);
void tfgt_recipe_free(tfgt_recipe *recipe);
/* The recipe as YAML that tfgt_recipe_parse reads back to the same recipe.
 * *text is malloc'ed. */
tfgt_status tfgt_recipe_to_yaml(const tfgt_recipe *recipe, char **text, tfgt_error *err);
/* The folder the installed recipes live in. */
const char *tfgt_recipe_dir(void);

#ifdef __cplusplus
}
#endif
#endif
