/* accuracy.h - run_graph's accuracy report: two graphs over a set of
 * sample inputs, compared output by output and layer by layer. */
#ifndef TFGT_BIN_ACCURACY_H
#define TFGT_BIN_ACCURACY_H

#include <stdbool.h>
#include <stddef.h>

#include "tfgt/calibration.h"
#include "tfgt/executor.h"
#include "tfgt/graph.h"

/* Run `graph` and `reference` on every sample of `samples` and print:
 * per output, top-1 and top-5 agreement over the samples, the largest
 * absolute error and the mean cosine; then, when `layers` is not 0, a
 * table of the layers both graphs name (nodes that are Dequantize in
 * `graph`: eight-bit layer outputs and eight-bit weights) with SQNR and
 * cosine against `reference`, worst first, at most `layers` rows, and
 * for each the first output's SQNR and top-1 agreement when only that
 * layer is eight-bit (its eight-bit value from exact float inputs fed
 * into `reference`; measured for the listed layers only, one at a time),
 * naming the costliest of them.
 * Returns false (message printed) on failure. */
bool accuracy_report(const char *program, const tfgt_graph *graph, const tfgt_graph *reference,
                     const tfgt_calibration *samples, const char *const *outputs,
                     size_t n_outputs, size_t layers, const tfgt_run_options *options);

#endif
