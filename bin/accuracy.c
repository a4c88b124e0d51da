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

struct alone_layer;

typedef struct layer {
    const char *name;
    const char *kind; /* "activations" or "weights" */
    stats s;
    struct alone_layer *alone; /* its "alone" measure (follows it through sorting) */
} layer;

static int by_sqnr(const void *a, const void *b)
{
    double x = sqnr_db(&((const layer *)a)->s), y = sqnr_db(&((const layer *)b)->s);
    return x < y ? -1 : x > y;
}

/* ---- each layer quantized alone --------------------------------------
 * A layer's own contribution is measured as the first output's error when
 * only that layer is eight-bit: its eight-bit value, computed from the
 * float graph's exact inputs, is fed into the float graph in place of the
 * float tensor.  For weights that value is simply the eight-bit graph's
 * dequantized weights.  For activations a "hybrid" copy of the eight-bit
 * graph is cut at the layer's inputs: where its subgraph reads a float
 * tensor the float graph also has, that tensor is fed from the float run;
 * where it reads another eight-bit op's quantized output (after
 * RemoveRedundantQuantizations), the float graph's value of that tensor is
 * quantized again onto the same range the eight-bit graph used there (fed
 * from the eight-bit run), so only this layer's rounding remains. */

typedef struct name_list {
    char **items;
    size_t count, capacity;
} name_list;

/* Index of `name` in the list, adding a copy when absent; -1 when out of
 * memory. */
static long name_list_index(name_list *l, const char *name)
{
    for (size_t i = 0; i < l->count; i++)
        if (strcmp(l->items[i], name) == 0)
            return (long)i;
    if (l->count == l->capacity) {
        size_t cap = l->capacity ? 2 * l->capacity : 16;
        char **items = realloc(l->items, cap * sizeof *items);
        if (!items)
            return -1;
        l->items = items;
        l->capacity = cap;
    }
    if (!(l->items[l->count] = strdup(name)))
        return -1;
    return (long)l->count++;
}

static void name_list_free(name_list *l)
{
    for (size_t i = 0; i < l->count; i++)
        free(l->items[i]);
    free(l->items);
}

/* Where one feed of a hybrid graph comes from: a fetch of the float run
 * (from_eight false) or of the eight-bit run, by index into its extras. */
typedef struct alone_feed {
    bool from_eight;
    size_t extra;
} alone_feed;

typedef struct alone_layer {
    tfgt_graph *hybrid;  /* activations only; owned */
    tfgt_plan *eight;    /* hybrid: boundary feeds -> the layer's value */
    tfgt_plan *rest;     /* reference: sample feeds + the layer -> output 0 */
    char **feed_names;   /* the hybrid plan's feeds, owned */
    alone_feed *feeds;
    size_t n_feeds;
    const char *why;     /* set when the layer cannot be measured */
    stats s;
} alone_layer;

static bool is_const_in(const tfgt_graph *g, const char *name)
{
    const tfgt_node *n = tfgt_graph_find_node(g, name);
    return n && strcmp(tfgt_node_op(n), "Const") == 0;
}

/* The hybrid graph for activation layer `name` of `eight` (see above).
 * Adds the tensors its feeds need to `ref_extra` (float run) and
 * `eight_extra` (eight-bit run).  Fills a->hybrid, feed_names, feeds;
 * returns false with a->why set when the layer is left out. */
static bool build_hybrid(alone_layer *a, const tfgt_graph *eight, const tfgt_graph *reference,
                         const long *dequantize_of, const char *name, name_list *ref_extra,
                         name_list *eight_extra)
{
    size_t count = tfgt_graph_node_count(eight), n_stack = 0, n_q = 0;
    size_t *stack = malloc((count + 1) * sizeof *stack);
    bool *seen = calloc(count + 1, sizeof *seen), *fed = calloc(count + 1, sizeof *fed);
    long *q_of = malloc((count + 1) * sizeof *q_of); /* node -> quantized boundary k */
    int *fed_port = calloc(count + 1, sizeof *fed_port);
    const tfgt_node *layer_node = tfgt_graph_find_node(eight, name);
    tfgt_graph *h = NULL;
    tfgt_error err;
    char buf[600], src[512];
    bool ok = false;

    a->why = "out of memory";
    a->feed_names = calloc(3 * count + 1, sizeof *a->feed_names);
    a->feeds = calloc(3 * count + 1, sizeof *a->feeds);
    if (!stack || !seen || !fed || !q_of || !fed_port || !a->feed_names || !a->feeds || !layer_node)
        goto out;
    for (size_t i = 0; i < count; i++)
        q_of[i] = -1;
    if (!(h = tfgt_graph_clone(eight, &err)))
        goto out;
    stack[n_stack++] = tfgt_node_index(layer_node);
    seen[tfgt_node_index(layer_node)] = true;
    while (n_stack) {
        const tfgt_node *n = tfgt_graph_node(eight, stack[--n_stack]);
        tfgt_node *hn = tfgt_graph_find_node(h, tfgt_node_name(n));
        for (size_t i = 0; i < tfgt_node_input_count(n); i++) {
            const char *input = tfgt_node_input(n, i);
            const tfgt_node *s;
            const tfgt_node *f;
            size_t si;
            int port;
            if (input[0] == '^')
                continue;
            if (!tfgt_parse_input(input, src, sizeof src, &port, NULL) ||
                !(s = tfgt_graph_find_node(eight, src))) {
                a->why = "an input names no node";
                goto out;
            }
            si = tfgt_node_index(s);
            f = tfgt_graph_find_node(reference, src);
            if (f && strcmp(tfgt_node_op(f), "Const") == 0)
                continue; /* weights: the eight-bit graph's own are part of the layer */
            if (f) {
                /* a float tensor both graphs have: fed from the float run */
                long e;
                if (fed[si]) {
                    /* the executor feeds one port of a node */
                    if (fed_port[si] == port)
                        continue;
                    a->why = "it reads two outputs of one float node";
                    goto out;
                }
                fed[si] = true;
                fed_port[si] = port;
                snprintf(buf, sizeof buf, port ? "%s:%d" : "%s", src, port);
                if ((e = name_list_index(ref_extra, buf)) < 0 ||
                    !(a->feed_names[a->n_feeds] = strdup(buf)))
                    goto out;
                a->feeds[a->n_feeds++] = (alone_feed){false, (size_t)e};
                continue;
            }
            if (dequantize_of[si] >= 0 && port <= 2) {
                /* another eight-bit op's quantized output: requantize the
                 * float value onto the range the eight-bit run used */
                tfgt_node *qn;
                const tfgt_node *d = tfgt_graph_node(eight, (size_t)dequantize_of[si]);
                const char *mode = "MIN_COMBINED";
                size_t mode_len = strlen(mode);
                int t = TFGT_DT_QUINT8;
                if (q_of[si] < 0) {
                    long e[3];
                    char names[3][96];
                    q_of[si] = (long)n_q;
                    snprintf(names[0], sizeof names[0], "tfgt_alone/%zu/value", n_q);
                    snprintf(names[1], sizeof names[1], "tfgt_alone/%zu/min", n_q);
                    snprintf(names[2], sizeof names[2], "tfgt_alone/%zu/max", n_q);
                    for (int k = 0; k < 3; k++) {
                        tfgt_node *p = tfgt_graph_add_node(h, names[k], "Placeholder", &err);
                        if (!p || tfgt_node_set_type(p, "dtype", TFGT_DT_FLOAT) != TFGT_OK)
                            goto out;
                        if (k == 0)
                            e[k] = name_list_index(ref_extra, tfgt_node_name(d));
                        else {
                            snprintf(buf, sizeof buf, "%s:%d", src, k);
                            e[k] = name_list_index(eight_extra, buf);
                        }
                        if (e[k] < 0 || !(a->feed_names[a->n_feeds] = strdup(names[k])))
                            goto out;
                        a->feeds[a->n_feeds++] = (alone_feed){k != 0, (size_t)e[k]};
                    }
                    snprintf(buf, sizeof buf, "tfgt_alone/%zu", n_q);
                    tfgt_node_get_string(d, "mode", &mode, &mode_len, NULL);
                    tfgt_node_get_type(d, "T", &t, NULL);
                    if (!(qn = tfgt_graph_add_node(h, buf, "QuantizeV2", &err)) ||
                        tfgt_node_add_input(qn, names[0]) != TFGT_OK ||
                        tfgt_node_add_input(qn, names[1]) != TFGT_OK ||
                        tfgt_node_add_input(qn, names[2]) != TFGT_OK ||
                        tfgt_node_set_type(qn, "T", t) != TFGT_OK ||
                        tfgt_node_set_string(qn, "mode", mode, mode_len) != TFGT_OK ||
                        tfgt_node_set_float(qn, "ensure_minimum_range", 0.0f) != TFGT_OK)
                        goto out;
                    n_q++;
                }
                snprintf(buf, sizeof buf, port ? "tfgt_alone/%ld:%d" : "tfgt_alone/%ld",
                         q_of[si], port);
                if (!hn || tfgt_node_set_input(hn, i, buf) != TFGT_OK)
                    goto out;
                continue;
            }
            if (!seen[si]) {
                seen[si] = true;
                stack[n_stack++] = si;
            }
        }
    }
    a->hybrid = h;
    h = NULL;
    ok = true;
out:
    if (ok)
        a->why = NULL;
    tfgt_graph_free(h);
    free(stack);
    free(seen);
    free(fed);
    free(q_of);
    free(fed_port);
    return ok;
}

/* Per Q node index: the Dequantize of Q that reads its output 0 and whose
 * name the reference has as a computed (non-Const) tensor, or -1.  *out is
 * new (caller frees). */
static bool find_dequantized(const tfgt_graph *eight, const tfgt_graph *reference, long **out)
{
    size_t count = tfgt_graph_node_count(eight);
    long *map = malloc((count + 1) * sizeof *map);
    char src[512];
    if (!map)
        return false;
    for (size_t i = 0; i < count; i++)
        map[i] = -1;
    for (size_t i = 0; i < count; i++) {
        const tfgt_node *d = tfgt_graph_node(eight, i), *s;
        int port;
        if (strcmp(tfgt_node_op(d), "Dequantize") != 0 || tfgt_node_input_count(d) < 1 ||
            !tfgt_graph_find_node(reference, tfgt_node_name(d)) ||
            is_const_in(reference, tfgt_node_name(d)))
            continue;
        if (tfgt_parse_input(tfgt_node_input(d, 0), src, sizeof src, &port, NULL) && port == 0 &&
            (s = tfgt_graph_find_node(eight, src)) != NULL)
            map[tfgt_node_index(s)] = (long)i;
    }
    *out = map;
    return true;
}

/* Plans for measuring layer `l` alone (see above); a->why says why not. */
static void prepare_alone(alone_layer *a, const layer *l, const tfgt_graph *graph,
                          const tfgt_graph *reference, const long *dequantize_of,
                          const tfgt_calibration *samples, const char *output,
                          name_list *ref_extra, name_list *eight_extra,
                          const tfgt_run_options *options)
{
    const char **feeds = calloc(samples->n_feeds + 2, sizeof *feeds);
    tfgt_error err;
    if (!feeds) {
        a->why = "out of memory";
        return;
    }
    for (size_t f = 0; f < samples->n_feeds; f++) {
        feeds[f] = samples->feeds[f].name;
        if (strcmp(feeds[f], l->name) == 0)
            a->why = "it is an input";
    }
    feeds[samples->n_feeds] = l->name;
    if (!a->why && strcmp(l->kind, "activations") == 0 &&
        build_hybrid(a, graph, reference, dequantize_of, l->name, ref_extra, eight_extra) &&
        tfgt_plan_create(a->hybrid, (const char *const *)a->feed_names, a->n_feeds, &l->name, 1,
                         options, &a->eight, &err) != TFGT_OK)
        a->why = "its eight-bit subgraph does not run from its inputs";
    if (!a->why && tfgt_plan_create(reference, feeds, samples->n_feeds + 1, &output, 1, options,
                                    &a->rest, &err) != TFGT_OK)
        a->why = "the float graph does not run from it";
    free(feeds);
}

/* One sample for layer `a`: its eight-bit value (from `layer_value`, or
 * the hybrid plan fed from the extras), then the float graph's first
 * output with it, accumulated against `ref_out`. */
static bool run_alone(alone_layer *a, const tfgt_tensor *layer_value,
                      const tfgt_tensor *const *sample_values, size_t n_sample_feeds,
                      tfgt_tensor *const *ref_extra, tfgt_tensor *const *eight_extra,
                      const tfgt_tensor *ref_out, tfgt_error *err)
{
    const tfgt_tensor **values = calloc(a->n_feeds + n_sample_feeds + 2, sizeof *values);
    tfgt_tensor *own = NULL, *out = NULL;
    bool ok = false;
    if (!values)
        return false;
    if (a->eight) {
        for (size_t i = 0; i < a->n_feeds; i++)
            values[i] = a->feeds[i].from_eight ? eight_extra[a->feeds[i].extra]
                                               : ref_extra[a->feeds[i].extra];
        if (tfgt_plan_run(a->eight, values, &own, err) != TFGT_OK)
            goto out;
        layer_value = own;
    }
    for (size_t f = 0; f < n_sample_feeds; f++)
        values[f] = sample_values[f];
    values[n_sample_feeds] = layer_value;
    if (tfgt_plan_run(a->rest, values, &out, err) != TFGT_OK)
        goto out;
    accumulate(&a->s, out, ref_out, true);
    ok = true;
out:
    tfgt_tensor_free(own);
    tfgt_tensor_free(out);
    free(values);
    return ok;
}

/* Free what prepare_alone made for one layer (its score stays). */
static void alone_clear(alone_layer *a)
{
    tfgt_plan_free(a->eight);
    tfgt_plan_free(a->rest);
    tfgt_graph_free(a->hybrid);
    for (size_t i = 0; i < a->n_feeds; i++)
        free(a->feed_names[i]);
    free(a->feed_names);
    free(a->feeds);
    a->eight = a->rest = NULL;
    a->hybrid = NULL;
    a->feed_names = NULL;
    a->feeds = NULL;
    a->n_feeds = 0;
}

/* Measure layer `l` alone over every sample.  One layer's plans at a time
 * (each holds a graph's decoded constants): both graphs run again per
 * sample, fetching what the layer's hybrid is fed. */
static bool measure_alone(const char *program, alone_layer *a, const layer *l,
                          const tfgt_graph *graph, const tfgt_graph *reference,
                          const long *dequantize_of, const tfgt_calibration *samples,
                          const char *output, const char *const *feeds,
                          const tfgt_run_options *options)
{
    name_list ref_extra = {NULL, 0, 0}, eight_extra = {NULL, 0, 0};
    const char **fetch_g = NULL, **fetch_r = NULL;
    tfgt_tensor **got = NULL, **ref = NULL;
    const tfgt_tensor **values = calloc(samples->n_feeds + 1, sizeof *values);
    tfgt_plan *plan_g = NULL, *plan_r = NULL;
    tfgt_error err;
    bool ok = false;
    if (!values) {
        cli_error(program, "out of memory");
        return false;
    }
    prepare_alone(a, l, graph, reference, dequantize_of, samples, output, &ref_extra,
                  &eight_extra, options);
    if (a->why) {
        ok = true; /* reported as n/a with the reason */
        goto out;
    }
    /* fetched: the first output (reference), the layer (eight-bit), then
     * what the hybrid is fed */
    fetch_g = calloc(eight_extra.count + 2, sizeof *fetch_g);
    fetch_r = calloc(ref_extra.count + 2, sizeof *fetch_r);
    got = calloc(eight_extra.count + 2, sizeof *got);
    ref = calloc(ref_extra.count + 2, sizeof *ref);
    if (!fetch_g || !fetch_r || !got || !ref) {
        cli_error(program, "out of memory");
        goto out;
    }
    fetch_g[0] = l->name;
    fetch_r[0] = output;
    for (size_t i = 0; i < eight_extra.count; i++)
        fetch_g[1 + i] = eight_extra.items[i];
    for (size_t i = 0; i < ref_extra.count; i++)
        fetch_r[1 + i] = ref_extra.items[i];
    if (tfgt_plan_create(graph, feeds, samples->n_feeds, fetch_g, eight_extra.count + 1, options,
                         &plan_g, &err) != TFGT_OK ||
        tfgt_plan_create(reference, feeds, samples->n_feeds, fetch_r, ref_extra.count + 1,
                         options, &plan_r, &err) != TFGT_OK) {
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
        /* measured no further when it fails; the report says why */
        if (!a->why && !run_alone(a, got[0], values, samples->n_feeds, ref + 1, got + 1, ref[0],
                                  &err))
            a->why = "running it failed";
        for (size_t i = 0; i < eight_extra.count + 1; i++) {
            tfgt_tensor_free(got[i]);
            got[i] = NULL;
        }
        for (size_t i = 0; i < ref_extra.count + 1; i++) {
            tfgt_tensor_free(ref[i]);
            ref[i] = NULL;
        }
    }
    ok = true;
out:
    for (size_t i = 0; got && i < eight_extra.count + 1; i++)
        tfgt_tensor_free(got[i]);
    for (size_t i = 0; ref && i < ref_extra.count + 1; i++)
        tfgt_tensor_free(ref[i]);
    tfgt_plan_free(plan_g);
    tfgt_plan_free(plan_r);
    alone_clear(a);
    name_list_free(&ref_extra);
    name_list_free(&eight_extra);
    free(fetch_g);
    free(fetch_r);
    free(got);
    free(ref);
    free(values);
    return ok;
}

bool accuracy_report(const char *program, const tfgt_graph *graph, const tfgt_graph *reference,
                     const tfgt_calibration *samples, const char *const *outputs,
                     size_t n_outputs, size_t layers, const tfgt_run_options *options)
{
    size_t count = tfgt_graph_node_count(graph), n_layers = 0, n_fetch;
    layer *table = calloc(count + 1, sizeof *table);
    alone_layer *alone = calloc(count + 1, sizeof *alone);
    const char **fetch = calloc(n_outputs + count + 1, sizeof *fetch);
    const char **feeds = calloc(samples->n_feeds + 1, sizeof *feeds);
    const tfgt_tensor **values = calloc(samples->n_feeds + 1, sizeof *values);
    tfgt_tensor **got = NULL, **ref = NULL;
    stats *out_stats = calloc(n_outputs + 1, sizeof *out_stats);
    long *dequantize_of = NULL;
    tfgt_plan *plan_g = NULL, *plan_r = NULL;
    tfgt_error err;
    bool ok = false;

    if (!table || !alone || !fetch || !feeds || !values || !out_stats) {
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
            table[n_layers].alone = &alone[n_layers];
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
    /* the main plans' constants are not needed for the layers alone */
    tfgt_plan_free(plan_g);
    tfgt_plan_free(plan_r);
    plan_g = plan_r = NULL;
    printf("over %zu samples:\n", samples->n_samples);
    for (size_t i = 0; i < n_outputs; i++)
        printf("%s: top-1 agreement %zu/%zu, top-5 agreement %zu/%zu, max abs error %.3g, "
               "cosine %.6f, SQNR %.1f dB\n",
               outputs[i], out_stats[i].top1, out_stats[i].rows, out_stats[i].top5,
               out_stats[i].rows, out_stats[i].max_abs, cosine(&out_stats[i]),
               sqnr_db(&out_stats[i]));
    if (layers) {
        size_t worst = n_layers, shown = n_layers < layers ? n_layers : layers;
        qsort(table, n_layers, sizeof *table, by_sqnr);
        if (n_outputs && shown && !find_dequantized(graph, reference, &dequantize_of)) {
            cli_error(program, "out of memory");
            goto out;
        }
        /* each listed layer alone (the others are not measured) */
        for (size_t l = 0; n_outputs && l < shown; l++)
            if (!measure_alone(program, table[l].alone, &table[l], graph,
                               reference, dequantize_of, samples, outputs[0], feeds, options))
                goto out;
        printf("%zu layers both graphs name (eight-bit outputs and weights), worst first;\n"
               "\"alone\": %s when only that layer is eight-bit:\n",
               n_layers, n_outputs ? outputs[0] : "the output");
        printf("  %8s  %9s  %8s  %9s  %-11s  %s\n", "SQNR dB", "cosine", "alone dB", "alone top1",
               "kind", "layer");
        for (size_t l = 0; l < shown; l++) {
            const alone_layer *a = table[l].alone;
            char db[32], top1[32];
            if (a->why || !a->s.rows) {
                snprintf(db, sizeof db, "n/a");
                snprintf(top1, sizeof top1, "n/a");
            } else {
                snprintf(db, sizeof db, "%.1f", sqnr_db(&a->s));
                snprintf(top1, sizeof top1, "%zu/%zu", a->s.top1, a->s.rows);
                if (worst == n_layers || sqnr_db(&a->s) < sqnr_db(&table[worst].alone->s))
                    worst = l;
            }
            printf("  %8.1f  %9.6f  %8s  %9s  %-11s  %s%s%s%s\n", sqnr_db(&table[l].s),
                   cosine(&table[l].s), db, top1, table[l].kind, table[l].name,
                   a->why ? "  (alone: " : "", a->why ? a->why : "", a->why ? ")" : "");
        }
        if (worst < n_layers)
            printf("costliest alone of these: %s (%s %.1f dB, top-1 %zu/%zu when only it is "
                   "eight-bit)\n",
                   table[worst].name, n_outputs ? outputs[0] : "output",
                   sqnr_db(&table[worst].alone->s), table[worst].alone->s.top1,
                   table[worst].alone->s.rows);
    }
    ok = true;
out:
    for (size_t i = 0; got && ref && i < n_fetch; i++) {
        tfgt_tensor_free(got[i]);
        tfgt_tensor_free(ref[i]);
    }
    tfgt_plan_free(plan_g);
    tfgt_plan_free(plan_r);
    free(dequantize_of);
    free(table);
    free(alone);
    free(fetch);
    free(feeds);
    free(values);
    free(got);
    free(ref);
    free(out_stats);
    return ok;
}
