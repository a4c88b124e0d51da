/* tfgt/calibration.h - sample inputs for calibrating eight-bit ranges.
 *
 * A calibration set is one folder of .npy files per fed tensor: each file
 * is one sample of that input, and files pair up across inputs by sorted
 * name order (sample k of every input is the k-th file of its folder).
 * Specs are written "NAME=DIR", or just "DIR" when the graph has exactly
 * one input.  They are what transform_graph --calibration_data,
 * run_graph --calibrate and a recipe's calibration_data hold.
 */
#ifndef TFGT_CALIBRATION_H
#define TFGT_CALIBRATION_H

#include <stddef.h>

#include "tfgt/executor.h"
#include "tfgt/graph.h"
#include "tfgt/status.h"
#include "tfgt/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tfgt_calibration_feed {
    char *name;             /* the tensor fed, e.g. "input" */
    tfgt_tensor **samples;  /* n_samples of them, owned */
} tfgt_calibration_feed;

typedef struct tfgt_calibration {
    tfgt_calibration_feed *feeds;
    size_t n_feeds;
    size_t n_samples; /* the same for every feed */
} tfgt_calibration;

/* Load the folders the specs name.  A bare "DIR" is fed to the single name
 * in `default_inputs` (the --inputs, or else the graph's Placeholders);
 * with several candidates it is an error asking for NAME=DIR.  Every
 * folder must hold at least one .npy file and all the same number; a file
 * that is not a valid .npy is an error naming it.  *out is new; free it
 * with tfgt_calibration_free. */
tfgt_status tfgt_calibration_load(const char *const *specs, size_t n_specs,
                                  const char *const *default_inputs, size_t n_default_inputs,
                                  size_t memory_limit, tfgt_calibration **out, tfgt_error *err);
void tfgt_calibration_free(tfgt_calibration *calibration);

/* Run `graph` on every sample and record, for each tensor in `tensors`,
 * its smallest and largest element per sample: mins[t * n_samples + s]
 * and maxs[...] (arrays of n_tensors * n_samples floats, caller-owned).
 * NaN elements are ignored; an empty tensor gives min 0, max 0. */
tfgt_status tfgt_calibration_collect(const tfgt_graph *graph, const tfgt_calibration *calibration,
                                     const char *const *tensors, size_t n_tensors,
                                     const tfgt_run_options *options, float *mins, float *maxs,
                                     tfgt_error *err);

/* Replace each named RequantizationRange node by two float Consts,
 * "<name>/frozen_min" and "<name>/frozen_max", and point the readers of
 * its outputs 0 and 1 at them (what freeze_requantization_ranges does with
 * the ranges it read).  A name that is not a RequantizationRange node is
 * an error naming it; the graph is then unchanged. */
tfgt_status tfgt_graph_freeze_requantization_ranges(tfgt_graph *graph, const char *const *names,
                                                    const float *mins, const float *maxs,
                                                    size_t n, tfgt_error *err);

/* The min/max log line freeze_requantization_ranges reads for node `name`
 * (TensorFlow's insert_logging format):
 *   ";NAME__print__;__requant_min_max:[MIN][MAX]"
 * written to `out` (NUL-terminated, truncated to size).  Returns the length
 * it needed. */
size_t tfgt_calibration_log_line(const char *name, float min, float max, char *out, size_t size);

#ifdef __cplusplus
}
#endif

#endif
