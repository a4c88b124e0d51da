/* accuracy.c - what quantization cost: two graphs over sample inputs,
 * compared per output (top-1/top-5 agreement, error, cosine) and per
 * layer (SQNR and cosine of each eight-bit layer against the float
 * graph's tensor of the same name). */
#define _POSIX_C_SOURCE 200809L
#include "accuracy.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

typedef struct stats {
    double signal, noise;   /* sums of ref^2 and (got - ref)^2 */
    double dot, got2, ref2; /* for the cosine */
    double max_abs;
    size_t top1, top5, rows;
} stats;

static void accumulate(stats *s, const tfgt_tensor *got, const tfgt_tensor *ref, bool classify)
{
    int64_t width, rows;
    if (got->count != ref->count)
        return;
    for (int64_t i = 0; i < got->count; i++) {
        double g = tfgt_tensor_get_double(got, i), r = tfgt_tensor_get_double(ref, i);
        s->signal += r * r;
        s->noise += (g - r) * (g - r);
        s->dot += g * r;
        s->got2 += g * g;
        s->ref2 += r * r;
        if (fabs(g - r) > s->max_abs || isnan(g - r))
            s->max_abs = fabs(g - r);
    }
    if (!classify)
        return;
    width = got->rank ? got->dims[got->rank - 1] : 1;
    rows = width ? got->count / width : 0;
    for (int64_t row = 0; row < rows; row++) {
        /* top-5 of each, by repeated selection (classes are few) */
        int64_t tg[5], tr[5];
        int k_max = width < 5 ? (int)width : 5;
        bool same5 = true;
        for (int k = 0; k < k_max; k++) {
            tg[k] = tr[k] = -1;
            for (int64_t j = 0; j < width; j++) {
                bool used_g = false, used_r = false;
                for (int q = 0; q < k; q++) {
                    used_g |= tg[q] == j;
                    used_r |= tr[q] == j;
                }
                if (!used_g && (tg[k] < 0 || tfgt_tensor_get_double(got, row * width + j) >
                                                 tfgt_tensor_get_double(got, row * width + tg[k])))
                    tg[k] = j;
                if (!used_r && (tr[k] < 0 || tfgt_tensor_get_double(ref, row * width + j) >
                                                 tfgt_tensor_get_double(ref, row * width + tr[k])))
                    tr[k] = j;
            }
        }
        for (int k = 0; k < k_max; k++) {
            bool found = false;
            for (int q = 0; q < k_max; q++)
                found |= tg[k] == tr[q];
            same5 = same5 && found;
        }
        s->top1 += k_max > 0 && tg[0] == tr[0];
        s->top5 += same5;
        s->rows++;
    }
}

static double sqnr_db(const stats *s)
{
    if (s->noise == 0)
        return INFINITY;
    return 10.0 * log10(s->signal / s->noise);
}

static double cosine(const stats *s)
{
    if (s->got2 == 0 || s->ref2 == 0)
        return s->got2 == s->ref2 ? 1.0 : 0.0;
    return s->dot / sqrt(s->got2 * s->ref2);
}

typedef struct layer {
    const char *name;
    const char *kind; /* "activations" or "weights" */
    stats s;
} layer;

static int by_sqnr(const void *a, const void *b)
{
    double x = sqnr_db(&((const layer *)a)->s), y = sqnr_db(&((const layer *)b)->s);
    return x < y ? -1 : x > y;
}

bool accuracy_report(const char *program, const tfgt_graph *graph, const tfgt_graph *reference,
                     const tfgt_calibration *samples, const char *const *outputs,
                     size_t n_outputs, size_t layers, const tfgt_run_options *options)
{
    size_t count = tfgt_graph_node_count(graph), n_layers = 0, n_fetch;
    layer *table = calloc(count + 1, sizeof *table);
    const char **fetch = calloc(n_outputs + count + 1, sizeof *fetch);
    const char **feeds = calloc(samples->n_feeds + 1, sizeof *feeds);
    const tfgt_tensor **values = calloc(samples->n_feeds + 1, sizeof *values);
    tfgt_tensor **got = NULL, **ref = NULL;
    stats *out_stats = calloc(n_outputs + 1, sizeof *out_stats);
    tfgt_plan *plan_g = NULL, *plan_r = NULL;
    tfgt_error err;
    bool ok = false;

    if (!table || !fetch || !feeds || !values || !out_stats) {
        cli_error(program, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < n_outputs; i++)
        fetch[i] = outputs[i];
    if (layers)
        for (size_t i = 0; i < count; i++) {
            const tfgt_node *n = tfgt_graph_node(graph, i), *r;
            if (strcmp(tfgt_node_op(n), "Dequantize") != 0)
                continue;
            r = tfgt_graph_find_node(reference, tfgt_node_name(n));
            if (!r || strcmp(tfgt_node_op(r), "Dequantize") == 0)
                continue;
            table[n_layers].name = tfgt_node_name(n);
            table[n_layers].kind = strcmp(tfgt_node_op(r), "Const") == 0 ? "weights"
                                                                          : "activations";
            fetch[n_outputs + n_layers] = tfgt_node_name(n);
            n_layers++;
        }
    n_fetch = n_outputs + n_layers;
    got = calloc(n_fetch + 1, sizeof *got);
    ref = calloc(n_fetch + 1, sizeof *ref);
    if (!got || !ref) {
        cli_error(program, "out of memory");
        goto out;
    }
    for (size_t f = 0; f < samples->n_feeds; f++)
        feeds[f] = samples->feeds[f].name;
    if (tfgt_plan_create(graph, feeds, samples->n_feeds, fetch, n_fetch, options, &plan_g,
                         &err) != TFGT_OK ||
        tfgt_plan_create(reference, feeds, samples->n_feeds, fetch, n_fetch, options, &plan_r,
                         &err) != TFGT_OK) {
        cli_error(program, "%s", err.message);
        goto out;
    }
    for (size_t s = 0; s < samples->n_samples; s++) {
        bool ran;
        for (size_t f = 0; f < samples->n_feeds; f++)
            values[f] = samples->feeds[f].samples[s];
        ran = tfgt_plan_run(plan_g, values, got, &err) == TFGT_OK &&
              tfgt_plan_run(plan_r, values, ref, &err) == TFGT_OK;
        if (!ran) {
            cli_error(program, "sample %zu: %s", s + 1, err.message);
            goto out;
        }
        for (size_t i = 0; i < n_outputs; i++)
            accumulate(&out_stats[i], got[i], ref[i], true);
        for (size_t l = 0; l < n_layers; l++)
            accumulate(&table[l].s, got[n_outputs + l], ref[n_outputs + l], false);
        for (size_t i = 0; i < n_fetch; i++) {
            tfgt_tensor_free(got[i]);
            tfgt_tensor_free(ref[i]);
            got[i] = ref[i] = NULL;
        }
    }
    printf("over %zu samples:\n", samples->n_samples);
    for (size_t i = 0; i < n_outputs; i++)
        printf("%s: top-1 agreement %zu/%zu, top-5 agreement %zu/%zu, max abs error %.3g, "
               "cosine %.6f, SQNR %.1f dB\n",
               outputs[i], out_stats[i].top1, out_stats[i].rows, out_stats[i].top5,
               out_stats[i].rows, out_stats[i].max_abs, cosine(&out_stats[i]),
               sqnr_db(&out_stats[i]));
    if (layers) {
        qsort(table, n_layers, sizeof *table, by_sqnr);
        printf("%zu layers both graphs name (eight-bit outputs and weights), worst first:\n",
               n_layers);
        printf("  %8s  %9s  %-11s  %s\n", "SQNR dB", "cosine", "kind", "layer");
        for (size_t l = 0; l < n_layers && l < layers; l++)
            printf("  %8.1f  %9.6f  %-11s  %s\n", sqnr_db(&table[l].s), cosine(&table[l].s),
                   table[l].kind, table[l].name);
    }
    ok = true;
out:
    for (size_t i = 0; got && ref && i < n_fetch; i++) {
        tfgt_tensor_free(got[i]);
        tfgt_tensor_free(ref[i]);
    }
    tfgt_plan_free(plan_g);
    tfgt_plan_free(plan_r);
    free(table);
    free(fetch);
    free(feeds);
    free(values);
    free(got);
    free(ref);
    free(out_stats);
    return ok;
}
