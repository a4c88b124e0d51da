/* tfgt/sensitivity.h - how much quantizing each layer costs in accuracy,
 * and which layers to leave in float to reach a target.
 *
 * A quantizer describes its candidate "layers" (weight tensors, or nodes)
 * by index 0..n_layers-1 and gives a callback that builds the graph with
 * any subset of them quantized (the others kept in float or float16, as
 * the quantizer decides).  The engine runs the float reference once over
 * the sample inputs, then scores built graphs against it:
 *   - top-1 agreement: over every sample and every output, the fraction of
 *     rows (last dimension = classes) whose arg-max equals the float one;
 *   - SQNR: 10 log10(sum ref^2 / sum (out - ref)^2) over all outputs and
 *     samples, in dB (INFINITY when the outputs are identical).
 * Used by quantize_weights(accuracy_target=...) and meant for
 * quantize_nodes and for reports ("each layer quantized alone").
 */
#ifndef TFGT_SENSITIVITY_H
#define TFGT_SENSITIVITY_H

#include <stdbool.h>
#include <stddef.h>

#include "tfgt/calibration.h"
#include "tfgt/executor.h"
#include "tfgt/graph.h"
#include "tfgt/status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tfgt_sensitivity_score {
    double agreement; /* top-1 agreement with the reference, 0..1 */
    double sqnr_db;   /* output SQNR against the reference */
} tfgt_sensitivity_score;

/* Builds the graph in which layer i is quantized exactly when
 * quantized[i]; *out is a new graph the engine frees. */
typedef tfgt_status (*tfgt_sensitivity_build_fn)(void *user, const bool *quantized,
                                                  tfgt_graph **out, tfgt_error *err);

typedef struct tfgt_sensitivity tfgt_sensitivity;

/* Run `reference` (the float graph) on every sample of `samples` and keep
 * the values of `outputs` ("name" or "name:N").  `reference` and `samples`
 * are borrowed and must outlive the engine; options may be NULL.  *out is
 * freed with tfgt_sensitivity_free. */
tfgt_status tfgt_sensitivity_new(const tfgt_graph *reference, const tfgt_calibration *samples,
                                 const char *const *outputs, size_t n_outputs,
                                 const tfgt_run_options *options, tfgt_sensitivity **out,
                                 tfgt_error *err);
void tfgt_sensitivity_free(tfgt_sensitivity *engine);

/* Score any graph with the same feeds and outputs against the reference. */
tfgt_status tfgt_sensitivity_score_graph(tfgt_sensitivity *engine, const tfgt_graph *graph,
                                         tfgt_sensitivity_score *score, tfgt_error *err);

/* How many graphs the engine has scored so far (for logs). */
size_t tfgt_sensitivity_evaluations(const tfgt_sensitivity *engine);

/* Each layer quantized alone: scores[i] (caller's array of n_layers) for
 * the graph in which only layer i is quantized.  Layers with skip[i] (skip
 * may be NULL) are not built; their score is {1, INFINITY}. */
tfgt_status tfgt_sensitivity_each_alone(tfgt_sensitivity *engine, size_t n_layers,
                                        tfgt_sensitivity_build_fn build, void *user,
                                        const bool *skip, tfgt_sensitivity_score *scores,
                                        tfgt_error *err);

/* The most sensitive layers first: indices 0..n_layers-1 ordered by the
 * output noise each causes alone (10^(-SQNR/10), lowest SQNR first),
 * divided by costs[i] when `costs` is given (e.g. the bytes keeping layer
 * i costs: then the most noise removed per byte kept comes first); ties
 * by lowest agreement alone, then index.  `order` is the caller's array
 * of n_layers. */
void tfgt_sensitivity_rank(const tfgt_sensitivity_score *alone, const double *costs,
                           size_t n_layers, size_t *order);

/* Choose which layers to keep in float so the agreement reaches `target`
 * (0..1], with as few kept as it can: starting from keep[] as given (the
 * layers that must stay float), it keeps further layers in `order` (e.g.
 * from tfgt_sensitivity_rank) until the target is met, then tries to
 * quantize again each layer it kept, least sensitive first, dropping those
 * not needed.  On return keep[] holds the choice, *final its score, and
 * when `reached` (may be NULL) is given, reached[i] is the score right
 * after layer i was kept (NaN agreement for layers it did not keep).
 * When even keeping every candidate misses the target, every candidate is
 * kept and the call still succeeds (*final says so). */
tfgt_status tfgt_sensitivity_select(tfgt_sensitivity *engine, size_t n_layers,
                                    tfgt_sensitivity_build_fn build, void *user,
                                    const size_t *order, double target, bool *keep,
                                    tfgt_sensitivity_score *reached,
                                    tfgt_sensitivity_score *final, tfgt_error *err);

#ifdef __cplusplus
}
#endif
#endif
