/* sensitivity.c - scoring quantized graphs against the float one over
 * sample inputs, and choosing which layers to keep in float (see
 * tfgt/sensitivity.h).  Scores are over every sample at once, so the
 * greedy choice sees the same numbers the report prints. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tfgt/sensitivity.h"
#include "tfgt/tensor.h"

struct tfgt_sensitivity {
    const tfgt_graph *reference;
    const tfgt_calibration *samples;
    const char *const *outputs;
    size_t n_outputs;
    tfgt_run_options options;
    const char **feeds;
    tfgt_tensor **expected; /* [sample * n_outputs + output] */
    size_t evaluations;
};

static tfgt_status oom(tfgt_error *err)
{
    return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
}

/* Run `graph` on every sample; hand each sample's outputs to `fn`. */
typedef void (*sample_fn)(void *user, size_t sample, tfgt_tensor **values);

static tfgt_status run_all(const tfgt_sensitivity *e, const tfgt_graph *graph, sample_fn fn,
                           void *user, tfgt_error *err)
{
    const tfgt_calibration *cal = e->samples;
    tfgt_plan *plan = NULL;
    const tfgt_tensor **feed_values = calloc(cal->n_feeds + 1, sizeof *feed_values);
    tfgt_tensor **values = calloc(e->n_outputs + 1, sizeof *values);
    tfgt_status st;
    if (!feed_values || !values) {
        free(feed_values);
        free(values);
        return oom(err);
    }
    st = tfgt_plan_create(graph, e->feeds, cal->n_feeds, e->outputs, e->n_outputs, &e->options,
                          &plan, err);
    for (size_t s = 0; st == TFGT_OK && s < cal->n_samples; s++) {
        for (size_t f = 0; f < cal->n_feeds; f++)
            feed_values[f] = cal->feeds[f].samples[s];
        st = tfgt_plan_run(plan, (const tfgt_tensor *const *)feed_values, values, err);
        if (st == TFGT_OK)
            fn(user, s, values);
    }
    tfgt_plan_free(plan);
    free(feed_values);
    free(values);
    return st;
}

static void keep_expected(void *user, size_t sample, tfgt_tensor **values)
{
    tfgt_sensitivity *e = user;
    memcpy(&e->expected[sample * e->n_outputs], values, e->n_outputs * sizeof *values);
}

tfgt_status tfgt_sensitivity_new(const tfgt_graph *reference, const tfgt_calibration *samples,
                                 const char *const *outputs, size_t n_outputs,
                                 const tfgt_run_options *options, tfgt_sensitivity **out,
                                 tfgt_error *err)
{
    tfgt_sensitivity *e;
    tfgt_status st;
    *out = NULL;
    if (!samples || samples->n_samples == 0 || n_outputs == 0)
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                         "measuring sensitivity needs sample inputs and at least one output");
    e = calloc(1, sizeof *e);
    if (!e)
        return oom(err);
    e->reference = reference;
    e->samples = samples;
    e->outputs = outputs;
    e->n_outputs = n_outputs;
    if (options)
        e->options = *options;
    e->feeds = calloc(samples->n_feeds + 1, sizeof *e->feeds);
    e->expected = calloc(samples->n_samples * n_outputs, sizeof *e->expected);
    if (!e->feeds || !e->expected) {
        tfgt_sensitivity_free(e);
        return oom(err);
    }
    for (size_t f = 0; f < samples->n_feeds; f++)
        e->feeds[f] = samples->feeds[f].name;
    st = run_all(e, reference, keep_expected, e, err);
    if (st != TFGT_OK) {
        tfgt_sensitivity_free(e);
        return st;
    }
    *out = e;
    return TFGT_OK;
}

void tfgt_sensitivity_free(tfgt_sensitivity *engine)
{
    if (!engine)
        return;
    for (size_t i = 0; engine->expected && i < engine->samples->n_samples * engine->n_outputs; i++)
        tfgt_tensor_free(engine->expected[i]);
    free(engine->expected);
    free(engine->feeds);
    free(engine);
}

size_t tfgt_sensitivity_evaluations(const tfgt_sensitivity *engine)
{
    return engine->evaluations;
}

typedef struct tally {
    const tfgt_sensitivity *e;
    size_t rows, agree;
    double signal, noise;
    bool mismatch; /* an output changed dtype or shape */
} tally;

static void compare_sample(void *user, size_t sample, tfgt_tensor **values)
{
    tally *t = user;
    const tfgt_sensitivity *e = t->e;
    for (size_t o = 0; o < e->n_outputs; o++) {
        const tfgt_tensor *ref = e->expected[sample * e->n_outputs + o], *got = values[o];
        int64_t classes = ref->rank > 0 ? ref->dims[ref->rank - 1] : 1;
        if (got->dtype != ref->dtype || !tfgt_tensor_same_shape(got, ref)) {
            t->mismatch = true;
        } else {
            for (int64_t i = 0; i < ref->count; i++) {
                double r = tfgt_tensor_get_double(ref, i), g = tfgt_tensor_get_double(got, i);
                t->signal += r * r;
                t->noise += (g - r) * (g - r);
            }
            /* top-1 per row; the first maximum wins, as arg-max does */
            for (int64_t row = 0; classes > 0 && row < ref->count / classes; row++) {
                int64_t best_r = 0, best_g = 0;
                for (int64_t c = 1; c < classes; c++) {
                    if (tfgt_tensor_get_double(ref, row * classes + c) >
                        tfgt_tensor_get_double(ref, row * classes + best_r))
                        best_r = c;
                    if (tfgt_tensor_get_double(got, row * classes + c) >
                        tfgt_tensor_get_double(got, row * classes + best_g))
                        best_g = c;
                }
                t->agree += best_r == best_g;
                t->rows++;
            }
        }
        tfgt_tensor_free(values[o]);
    }
}

tfgt_status tfgt_sensitivity_score_graph(tfgt_sensitivity *engine, const tfgt_graph *graph,
                                         tfgt_sensitivity_score *score, tfgt_error *err)
{
    tally t = {engine, 0, 0, 0, 0, false};
    tfgt_status st = run_all(engine, graph, compare_sample, &t, err);
    if (st != TFGT_OK)
        return st;
    if (t.mismatch)
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                         "an output's type or shape differs from the float graph's");
    engine->evaluations++;
    score->agreement = t.rows ? (double)t.agree / (double)t.rows : 1.0;
    score->sqnr_db = t.noise > 0 ? 10.0 * log10(t.signal / t.noise) : INFINITY;
    return TFGT_OK;
}

/* Build the graph for `quantized`, score it, free it. */
static tfgt_status score_subset(tfgt_sensitivity *e, tfgt_sensitivity_build_fn build, void *user,
                                const bool *quantized, tfgt_sensitivity_score *score,
                                tfgt_error *err)
{
    tfgt_graph *g = NULL;
    tfgt_status st = build(user, quantized, &g, err);
    if (st == TFGT_OK)
        st = tfgt_sensitivity_score_graph(e, g, score, err);
    tfgt_graph_free(g);
    return st;
}

tfgt_status tfgt_sensitivity_each_alone(tfgt_sensitivity *engine, size_t n_layers,
                                        tfgt_sensitivity_build_fn build, void *user,
                                        const bool *skip, tfgt_sensitivity_score *scores,
                                        tfgt_error *err)
{
    bool *quantized = calloc(n_layers + 1, sizeof *quantized);
    tfgt_status st = TFGT_OK;
    if (!quantized)
        return oom(err);
    for (size_t i = 0; st == TFGT_OK && i < n_layers; i++) {
        scores[i].agreement = 1.0;
        scores[i].sqnr_db = INFINITY;
        if (skip && skip[i])
            continue;
        quantized[i] = true;
        st = score_subset(engine, build, user, quantized, &scores[i], err);
        quantized[i] = false;
    }
    free(quantized);
    return st;
}

/* Output noise power relative to the signal that quantizing the layer
 * alone causes, per unit of cost. */
static double noise_per_cost(const tfgt_sensitivity_score *alone, const double *costs, size_t i)
{
    double noise = isinf(alone[i].sqnr_db) ? 0.0 : pow(10.0, -alone[i].sqnr_db / 10.0);
    return costs && costs[i] > 0 ? noise / costs[i] : noise;
}

void tfgt_sensitivity_rank(const tfgt_sensitivity_score *alone, const double *costs,
                           size_t n_layers, size_t *order)
{
    /* insertion sort: stable, and layer counts are small */
    for (size_t i = 0; i < n_layers; i++) {
        double bi = noise_per_cost(alone, costs, i);
        size_t j = i;
        while (j > 0) {
            size_t k = order[j - 1];
            double bk = noise_per_cost(alone, costs, k);
            bool before = bi > bk || (bi == bk && alone[i].agreement < alone[k].agreement);
            if (!before)
                break;
            order[j] = k;
            j--;
        }
        order[j] = i;
    }
}

tfgt_status tfgt_sensitivity_select(tfgt_sensitivity *engine, size_t n_layers,
                                    tfgt_sensitivity_build_fn build, void *user,
                                    const size_t *order, double target, bool *keep,
                                    tfgt_sensitivity_score *reached,
                                    tfgt_sensitivity_score *final, tfgt_error *err)
{
    bool *quantized = calloc(n_layers + 1, sizeof *quantized);
    size_t *kept = calloc(n_layers + 1, sizeof *kept), n_kept = 0;
    tfgt_sensitivity_score score, trial;
    tfgt_status st;
    if (!quantized || !kept) {
        free(quantized);
        free(kept);
        return oom(err);
    }
    for (size_t i = 0; i < n_layers; i++) {
        quantized[i] = !keep[i];
        if (reached) {
            reached[i].agreement = NAN;
            reached[i].sqnr_db = NAN;
        }
    }
    st = score_subset(engine, build, user, quantized, &score, err);
    /* grow: most sensitive first */
    for (size_t k = 0; st == TFGT_OK && score.agreement < target && k < n_layers; k++) {
        size_t i = order[k];
        if (!quantized[i])
            continue;
        quantized[i] = false;
        st = score_subset(engine, build, user, quantized, &score, err);
        kept[n_kept++] = i;
        if (reached && st == TFGT_OK)
            reached[i] = score;
    }
    /* shrink: an early keep may have become unnecessary once later ones
     * were kept; try the least sensitive first (they cost the least) */
    for (size_t k = n_kept; st == TFGT_OK && score.agreement >= target && k-- > 0;) {
        size_t i = kept[k];
        if (k + 1 == n_kept)
            continue; /* the last one was needed to reach the target */
        quantized[i] = true;
        st = score_subset(engine, build, user, quantized, &trial, err);
        if (st == TFGT_OK && trial.agreement >= target) {
            score = trial;
            if (reached)
                reached[i].agreement = reached[i].sqnr_db = NAN;
        } else {
            quantized[i] = false;
        }
    }
    if (st == TFGT_OK) {
        for (size_t i = 0; i < n_layers; i++)
            keep[i] = !quantized[i];
        *final = score;
    }
    free(quantized);
    free(kept);
    return st;
}
