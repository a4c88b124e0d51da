/* freeze_requantization_ranges.c - read the min/max log that
 * insert_logging's Print nodes wrote (or run_graph --save_ranges), and
 * replace each logged RequantizationRange by Consts "<name>/frozen_min" and
 * "<name>/frozen_max": the minimum at min_percentile of the logged minima,
 * the maximum at 100 - max_percentile of the maxima (spec §2.8).  Lines
 * look like
 *   ...;conv/eightbit/requant_range__print__;__requant_min_max:[-20.8][22.2]
 * and anything else in the file is ignored; a malformed number skips the
 * line. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tfgt/calibration.h"
#include "tfgt/io.h"
#include "transforms.h"

typedef struct record {
    char *name;
    float *mins, *maxs;
    size_t n, cap;
} record;

static const char tag[] = "__requant_min_max:";
static const char suffix[] = "__print__";

/* "[A][B]" after the tag: both numbers, or false. */
static bool parse_values(const char *part, size_t len, float *lo, float *hi)
{
    const char *p = part + strlen(tag), *end = part + len;
    float v[2];
    for (int k = 0; k < 2; k++) {
        const char *close;
        char buf[64], *stop;
        if (p >= end || *p != '[')
            return false;
        close = memchr(p, ']', (size_t)(end - p));
        if (!close || (size_t)(close - p - 1) >= sizeof buf || close == p + 1)
            return false;
        memcpy(buf, p + 1, (size_t)(close - p - 1));
        buf[close - p - 1] = '\0';
        v[k] = strtof(buf, &stop);
        if (*stop || !isfinite(v[k]))
            return false;
        p = close + 1;
    }
    if (p != end)
        return false;
    *lo = v[0];
    *hi = v[1];
    return true;
}

static record *find_record(record **records, size_t *n, const char *name, size_t len)
{
    record *grown;
    for (size_t i = 0; i < *n; i++)
        if (strlen((*records)[i].name) == len && strncmp((*records)[i].name, name, len) == 0)
            return &(*records)[i];
    grown = realloc(*records, (*n + 1) * sizeof *grown);
    if (!grown)
        return NULL;
    *records = grown;
    memset(&grown[*n], 0, sizeof grown[*n]);
    grown[*n].name = strndup(name, len);
    return grown[*n].name ? &grown[(*n)++] : NULL;
}

static bool add_value(record *r, float lo, float hi)
{
    if (r->n == r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 16;
        float *a = realloc(r->mins, cap * sizeof *a), *b;
        if (!a)
            return false;
        r->mins = a;
        b = realloc(r->maxs, cap * sizeof *b);
        if (!b)
            return false;
        r->maxs = b;
        r->cap = cap;
    }
    r->mins[r->n] = lo;
    r->maxs[r->n] = hi;
    r->n++;
    return true;
}

/* One log line: record its range, or ignore it. */
static bool parse_line(const char *line, size_t len, record **records, size_t *n)
{
    const char *parts[64];
    size_t lens[64], count = 0, start = 0;
    float lo, hi;
    record *r;
    for (size_t i = 0; i <= len && count < 64; i++)
        if (i == len || line[i] == ';') {
            parts[count] = line + start;
            lens[count++] = i - start;
            start = i + 1;
        }
    for (size_t k = count; k-- > 1;) {
        const char *name = parts[k - 1];
        size_t name_len = lens[k - 1];
        if (lens[k] < strlen(tag) || strncmp(parts[k], tag, strlen(tag)) != 0)
            continue;
        if (!parse_values(parts[k], lens[k], &lo, &hi))
            return true; /* a bad number: the line is skipped */
        if (name_len < strlen(suffix) ||
            strncmp(name + name_len - strlen(suffix), suffix, strlen(suffix)) != 0)
            return true;
        r = find_record(records, n, name, name_len - strlen(suffix));
        return r && add_value(r, lo, hi);
    }
    return true;
}

static bool contains(const char *text, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(text + i, needle, n) == 0)
            return true;
    return false;
}

static int by_value(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return x < y ? -1 : x > y;
}

tfgt_status tfgt_transform_freeze_requantization_ranges(tfgt_graph *graph,
                                                        const tfgt_transform_context *ctx,
                                                        tfgt_error *err)
{
    const char *path = NULL;
    float min_pct = 5, max_pct = 5;
    uint8_t *data = NULL;
    size_t len = 0, n = 0;
    record *records = NULL;
    const char **names = NULL;
    float *mins = NULL, *maxs = NULL;
    tfgt_status st;
    if ((st = tfgt_params_get_string(ctx->params, "min_max_log_file", "", &path, err)) != TFGT_OK ||
        (st = tfgt_params_get_float(ctx->params, "min_percentile", 5, &min_pct, err)) != TFGT_OK ||
        (st = tfgt_params_get_float(ctx->params, "max_percentile", 5, &max_pct, err)) != TFGT_OK)
        return st;
    if (!path[0])
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                         "you must pass a file name to min_max_log_file");
    if ((st = tfgt_file_read(path, &data, &len, err)) != TFGT_OK)
        return st;
    for (size_t i = 0, start = 0; i <= len; i++)
        if (i == len || data[i] == '\n') {
            const char *line = (const char *)data + start;
            size_t line_len = i - start;
            start = i + 1;
            if (!contains(line, line_len, "__print__;__requant_min_max:"))
                continue;
            if (!parse_line(line, line_len, &records, &n)) {
                st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory reading %s", path);
                break;
            }
        }
    if (st == TFGT_OK && n == 0)
        st = tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                       "%s: no min/max range logs were found in the log file", path);
    for (size_t i = 0; st == TFGT_OK && i < n; i++)
        if (!tfgt_graph_find_node(graph, records[i].name)) {
            tfgt_transform_log(ctx, TFGT_LOG_WARNING,
                               "freeze_requantization_ranges: node '%s' of the log is not in "
                               "the graph",
                               records[i].name);
            st = tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                           "%s: nodes were found in the log file that aren't present in the "
                           "graph (first: '%s')",
                           path, records[i].name);
        }
    if (st == TFGT_OK) {
        names = calloc(n, sizeof *names);
        mins = calloc(n, sizeof *mins);
        maxs = calloc(n, sizeof *maxs);
        if (!names || !mins || !maxs)
            st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    }
    for (size_t i = 0; st == TFGT_OK && i < n; i++) {
        record *r = &records[i];
        long lo = lround((double)r->n * min_pct / 100.0);
        long hi = lround((double)r->n * (1.0 - max_pct / 100.0));
        qsort(r->mins, r->n, sizeof *r->mins, by_value);
        qsort(r->maxs, r->n, sizeof *r->maxs, by_value);
        lo = lo < 0 ? 0 : lo > (long)r->n - 1 ? (long)r->n - 1 : lo;
        hi = hi > (long)r->n - 1 ? (long)r->n - 1 : hi < 0 ? 0 : hi;
        names[i] = r->name;
        mins[i] = r->mins[lo];
        maxs[i] = r->maxs[hi];
    }
    if (st == TFGT_OK)
        st = tfgt_graph_freeze_requantization_ranges(graph, names, mins, maxs, n, err);
    if (st == TFGT_OK)
        tfgt_transform_log(ctx, TFGT_LOG_INFO, "freeze_requantization_ranges: %zu ranges frozen",
                           n);
    for (size_t i = 0; i < n; i++) {
        free(records[i].name);
        free(records[i].mins);
        free(records[i].maxs);
    }
    free(records);
    free(names);
    free(mins);
    free(maxs);
    free(data);
    return st;
}
