/* calibration.c - calibration sample sets: load folders of .npy files,
 * run a graph over them, and collect per-sample ranges. */
#define _POSIX_C_SOURCE 200809L
#include "tfgt/calibration.h"

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tfgt/npy.h"

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The .npy files of `dir`, sorted; *files is malloc'ed (each entry too). */
static tfgt_status list_npy(const char *dir, char ***files, size_t *n, tfgt_error *err)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char **list = NULL;
    size_t count = 0;
    *files = NULL;
    *n = 0;
    if (!d)
        return tfgt_fail(err, TFGT_E_IO, "%s: cannot open the calibration folder", dir);
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        char **grown;
        if (len < 5 || strcmp(e->d_name + len - 4, ".npy") != 0)
            continue;
        grown = realloc(list, (count + 1) * sizeof *grown);
        if (!grown)
            break;
        list = grown;
        list[count] = malloc(strlen(dir) + len + 2);
        if (!list[count])
            break;
        sprintf(list[count], "%s/%s", dir, e->d_name);
        count++;
    }
    closedir(d);
    if (e) {
        for (size_t i = 0; i < count; i++)
            free(list[i]);
        free(list);
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory listing %s", dir);
    }
    if (count == 0) {
        free(list);
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT, "%s: the calibration folder holds no .npy files",
                         dir);
    }
    qsort(list, count, sizeof *list, by_name);
    *files = list;
    *n = count;
    return TFGT_OK;
}

void tfgt_calibration_free(tfgt_calibration *calibration)
{
    if (!calibration)
        return;
    for (size_t f = 0; f < calibration->n_feeds; f++) {
        for (size_t s = 0; s < calibration->n_samples && calibration->feeds[f].samples; s++)
            tfgt_tensor_free(calibration->feeds[f].samples[s]);
        free(calibration->feeds[f].samples);
        free(calibration->feeds[f].name);
    }
    free(calibration->feeds);
    free(calibration);
}

static tfgt_status load_feed(tfgt_calibration *cal, const char *name, const char *dir,
                             size_t limit, tfgt_error *err)
{
    char **files;
    size_t n;
    tfgt_calibration_feed *feed;
    tfgt_status st = list_npy(dir, &files, &n, err);
    if (st != TFGT_OK)
        return st;
    for (size_t f = 0; f < cal->n_feeds; f++)
        if (strcmp(cal->feeds[f].name, name) == 0)
            st = tfgt_fail(err, TFGT_E_INVALID_ARGUMENT, "calibration data for '%s' given twice",
                           name);
    if (st == TFGT_OK && cal->n_feeds && n != cal->n_samples)
        st = tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                       "%s holds %zu samples but the other calibration folders hold %zu", dir, n,
                       cal->n_samples);
    if (st == TFGT_OK) {
        tfgt_calibration_feed *grown = realloc(cal->feeds, (cal->n_feeds + 1) * sizeof *grown);
        if (!grown) {
            st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        } else {
            cal->feeds = grown;
            feed = &cal->feeds[cal->n_feeds];
            feed->name = strdup(name);
            feed->samples = calloc(n, sizeof *feed->samples);
            cal->n_feeds++;
            cal->n_samples = n;
            if (!feed->name || !feed->samples)
                st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
            for (size_t i = 0; st == TFGT_OK && i < n; i++)
                st = tfgt_npy_read(files[i], limit, &feed->samples[i], err);
        }
    }
    for (size_t i = 0; i < n; i++)
        free(files[i]);
    free(files);
    return st;
}

tfgt_status tfgt_calibration_load(const char *const *specs, size_t n_specs,
                                  const char *const *default_inputs, size_t n_default_inputs,
                                  size_t memory_limit, tfgt_calibration **out, tfgt_error *err)
{
    tfgt_calibration *cal = calloc(1, sizeof *cal);
    tfgt_status st = TFGT_OK;
    *out = NULL;
    if (!cal)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    for (size_t i = 0; i < n_specs && st == TFGT_OK; i++) {
        const char *eq = strchr(specs[i], '=');
        if (eq) {
            char *name = strndup(specs[i], (size_t)(eq - specs[i]));
            if (!name || !*name)
                st = tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                               "calibration data '%s' has an empty input name", specs[i]);
            else
                st = load_feed(cal, name, eq + 1, memory_limit, err);
            free(name);
        } else if (n_default_inputs == 1) {
            st = load_feed(cal, default_inputs[0], specs[i], memory_limit, err);
        } else {
            st = tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                           "calibration data '%s' names no input and the graph has %zu; write "
                           "NAME=DIR",
                           specs[i], n_default_inputs);
        }
    }
    if (st != TFGT_OK) {
        tfgt_calibration_free(cal);
        return st;
    }
    *out = cal;
    return TFGT_OK;
}

tfgt_status tfgt_calibration_collect(const tfgt_graph *graph, const tfgt_calibration *cal,
                                     const char *const *tensors, size_t n_tensors,
                                     const tfgt_run_options *options, float *mins, float *maxs,
                                     tfgt_error *err)
{
    const char **feeds = calloc(cal->n_feeds + 1, sizeof *feeds);
    const tfgt_tensor **values = calloc(cal->n_feeds + 1, sizeof *values);
    tfgt_tensor **results = calloc(n_tensors + 1, sizeof *results);
    tfgt_plan *plan = NULL;
    tfgt_status st = TFGT_OK;
    if (!feeds || !values || !results) {
        st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        goto done;
    }
    for (size_t f = 0; f < cal->n_feeds; f++)
        feeds[f] = cal->feeds[f].name;
    st = tfgt_plan_create(graph, feeds, cal->n_feeds, tensors, n_tensors, options, &plan, err);
    for (size_t s = 0; st == TFGT_OK && s < cal->n_samples; s++) {
        for (size_t f = 0; f < cal->n_feeds; f++)
            values[f] = cal->feeds[f].samples[s];
        st = tfgt_plan_run(plan, values, results, err);
        for (size_t t = 0; st == TFGT_OK && t < n_tensors; t++) {
            float lo = INFINITY, hi = -INFINITY;
            for (int64_t i = 0; i < results[t]->count; i++) {
                double v = tfgt_tensor_get_double(results[t], i);
                if (isnan(v))
                    continue;
                lo = (float)v < lo ? (float)v : lo;
                hi = (float)v > hi ? (float)v : hi;
            }
            if (lo > hi)
                lo = hi = 0.0f;
            mins[t * cal->n_samples + s] = lo;
            maxs[t * cal->n_samples + s] = hi;
        }
        for (size_t t = 0; st == TFGT_OK && t < n_tensors; t++) {
            tfgt_tensor_free(results[t]);
            results[t] = NULL;
        }
    }
done:
    tfgt_plan_free(plan);
    free(feeds);
    free(values);
    free(results);
    return st;
}

size_t tfgt_calibration_log_line(const char *name, float min, float max, char *out, size_t size)
{
    int n = snprintf(out, size, ";%s__print__;__requant_min_max:[%.9g][%.9g]", name,
                     (double)min, (double)max);
    return n < 0 ? 0 : (size_t)n;
}

static tfgt_node *add_scalar_const(tfgt_graph *graph, const char *name, float v, tfgt_error *err)
{
    tfgt_tensor *t = tfgt_tensor_new(TFGT_DT_FLOAT, 0, NULL, 0, err);
    tfgt_node *n;
    if (!t)
        return NULL;
    *(float *)t->data = v;
    n = tfgt_graph_add_const(graph, name, t, err);
    tfgt_tensor_free(t);
    return n;
}

tfgt_status tfgt_graph_freeze_requantization_ranges(tfgt_graph *graph, const char *const *names,
                                                    const float *mins, const float *maxs,
                                                    size_t n, tfgt_error *err)
{
    for (size_t k = 0; k < n; k++) {
        tfgt_node *rr = tfgt_graph_find_node(graph, names[k]);
        if (!rr)
            return tfgt_fail(err, TFGT_E_NOT_FOUND, "no node named '%s'", names[k]);
        if (strcmp(tfgt_node_op(rr), "RequantizationRange") != 0)
            return tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, names[k],
                                  "node is expected to be a RequantizationRange op, but is %s",
                                  tfgt_node_op(rr));
    }
    for (size_t k = 0; k < n; k++) {
        size_t len = strlen(names[k]);
        char *lo = malloc(len + 16), *hi = malloc(len + 16);
        tfgt_status st = TFGT_OK;
        if (!lo || !hi) {
            free(lo);
            free(hi);
            return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        }
        sprintf(lo, "%s/frozen_min", names[k]);
        sprintf(hi, "%s/frozen_max", names[k]);
        if (!add_scalar_const(graph, lo, mins[k], err) || !add_scalar_const(graph, hi, maxs[k], err))
            st = err && err->status ? err->status : TFGT_E_NO_MEMORY;
        for (size_t i = 0; st == TFGT_OK && i < tfgt_graph_node_count(graph); i++) {
            tfgt_node *c = tfgt_graph_node(graph, i);
            for (size_t j = 0; st == TFGT_OK && j < tfgt_node_input_count(c); j++) {
                const char *in = tfgt_node_input(c, j);
                if (strncmp(in, names[k], len) != 0)
                    continue;
                if (in[len] == '\0' || strcmp(in + len, ":0") == 0)
                    st = tfgt_node_set_input(c, j, lo);
                else if (strcmp(in + len, ":1") == 0)
                    st = tfgt_node_set_input(c, j, hi);
            }
        }
        if (st == TFGT_OK)
            tfgt_graph_remove_node(graph, tfgt_graph_find_node(graph, names[k]));
        free(lo);
        free(hi);
        if (st != TFGT_OK)
            return st;
    }
    return TFGT_OK;
}
