/* run_graph - run a GraphDef on .npy inputs with tfgt's executor, save the
 * outputs, benchmark it, or compare it with another graph. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "accuracy.h"
#include "cli.h"
#include "tfgt/calibration.h"
#include "tfgt/executor.h"
#include "tfgt/io.h"
#include "tfgt/npy.h"

static const char *program = "run_graph";

typedef struct feed_set {
    char **names;
    tfgt_tensor **values;
    size_t count;
} feed_set;

static void feeds_free(feed_set *feeds)
{
    for (size_t i = 0; i < feeds->count; i++) {
        free(feeds->names[i]);
        tfgt_tensor_free(feeds->values[i]);
    }
    free(feeds->names);
    free(feeds->values);
    memset(feeds, 0, sizeof *feeds);
}

static bool feeds_add(feed_set *feeds, const char *name, tfgt_tensor *value)
{
    char **names = realloc(feeds->names, (feeds->count + 1) * sizeof *names);
    tfgt_tensor **values;
    if (!names)
        return false;
    feeds->names = names;
    values = realloc(feeds->values, (feeds->count + 1) * sizeof *values);
    if (!values)
        return false;
    feeds->values = values;
    names[feeds->count] = strdup(name);
    values[feeds->count] = value;
    if (!names[feeds->count])
        return false;
    feeds->count++;
    return true;
}

/* A small seeded generator, so --random_inputs is reproducible. */
static uint64_t next_random(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *state = x;
    return x;
}

static tfgt_tensor *random_tensor(const tfgt_node *node, uint64_t *state, tfgt_error *err)
{
    int dtype = TFGT_DT_FLOAT;
    tfgt_shape shape;
    tfgt_tensor *t;
    tfgt_node_get_type(node, "dtype", &dtype, NULL);
    if (tfgt_node_get_shape(node, "shape", &shape, NULL) != TFGT_OK || shape.unknown_rank) {
        tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, tfgt_node_name(node),
                       "the placeholder's shape is unknown; give it with --input");
        return NULL;
    }
    for (int i = 0; i < shape.rank; i++)
        if (shape.dims[i] < 0)
            shape.dims[i] = 1; /* unknown batch size: one */
    t = tfgt_tensor_new(dtype, shape.rank, shape.dims, 0, err);
    if (!t)
        return NULL;
    for (int64_t i = 0; i < t->count; i++) {
        uint64_t r = next_random(state);
        double v = dtype == TFGT_DT_FLOAT || dtype == TFGT_DT_DOUBLE || dtype == TFGT_DT_HALF
                       ? (double)(r >> 11) / 9007199254740992.0 * 2.0 - 1.0
                       : (double)(r % 10);
        tfgt_tensor_set_double(t, i, dtype == TFGT_DT_BOOL ? (double)(r & 1) : v);
    }
    return t;
}

/* --input=NAME=FILE.npy pairs, then random values for the other
 * placeholders when asked. */
static bool build_feeds(const tfgt_graph *graph, const cli_list *inputs, bool random_inputs,
                        uint64_t seed, feed_set *feeds)
{
    uint64_t state = seed ? seed : 0x9e3779b97f4a7c15ULL;
    tfgt_error err;
    for (size_t i = 0; i < inputs->count; i++) {
        const char *spec = inputs->items[i];
        const char *eq = strchr(spec, '=');
        char name[TFGT_ERROR_NAME_MAX];
        tfgt_tensor *value = NULL;
        if (!eq || eq == spec || (size_t)(eq - spec) >= sizeof name) {
            cli_error(program, "--input takes NAME=FILE.npy, not '%s'", spec);
            return false;
        }
        snprintf(name, sizeof name, "%.*s", (int)(eq - spec), spec);
        if (tfgt_npy_read(eq + 1, 0, &value, &err) != TFGT_OK) {
            cli_error(program, "%s", err.message);
            return false;
        }
        if (!feeds_add(feeds, name, value)) {
            tfgt_tensor_free(value);
            cli_error(program, "out of memory");
            return false;
        }
    }
    for (size_t i = 0; random_inputs && i < tfgt_graph_node_count(graph); i++) {
        const tfgt_node *node = tfgt_graph_node(graph, i);
        bool given = false;
        tfgt_tensor *value;
        if (strcmp(tfgt_node_op(node), "Placeholder") != 0)
            continue;
        for (size_t k = 0; k < feeds->count; k++) {
            char *base = tfgt_input_node_name(feeds->names[k]);
            given |= base && strcmp(base, tfgt_node_name(node)) == 0;
            free(base);
        }
        if (given)
            continue;
        value = random_tensor(node, &state, &err);
        if (!value) {
            cli_error(program, "%s", err.message);
            return false;
        }
        if (!feeds_add(feeds, tfgt_node_name(node), value)) {
            tfgt_tensor_free(value);
            return false;
        }
    }
    return true;
}

/* Outputs to fetch: --output values, else the graph's likely outputs. */
static bool choose_outputs(const tfgt_graph *graph, cli_list *outputs)
{
    tfgt_summary *summary = NULL;
    if (outputs->count)
        return true;
    if (tfgt_graph_summarize(graph, &summary, NULL) != TFGT_OK)
        return false;
    for (size_t i = 0; i < summary->n_outputs; i++) {
        char **grown = realloc(outputs->items, (outputs->count + 1) * sizeof *grown);
        if (!grown)
            break;
        outputs->items = grown;
        outputs->items[outputs->count++] = strdup(summary->outputs[i].name);
    }
    tfgt_summary_free(summary);
    if (!outputs->count)
        cli_error(program, "the graph has no obvious output; name one with --output");
    return outputs->count > 0;
}

static void describe(const char *name, const tfgt_tensor *t)
{
    const char *type = tfgt_dtype_name(t->dtype);
    double lo = INFINITY, hi = -INFINITY;
    int64_t arg = 0;
    printf("%s: %s [", name, type ? type : "?");
    for (int i = 0; i < t->rank; i++)
        printf("%s%lld", i ? "," : "", (long long)t->dims[i]);
    printf("]");
    if (t->dtype == TFGT_DT_STRING || !t->count) {
        printf("\n");
        return;
    }
    for (int64_t i = 0; i < t->count; i++) {
        double v = tfgt_tensor_get_double(t, i);
        if (v > hi) {
            hi = v;
            arg = i;
        }
        if (v < lo)
            lo = v;
    }
    printf(" min %.6g max %.6g argmax %lld\n", lo, hi, (long long)arg);
}

/* "a/b:1" -> "a_b_1" for file names. */
static void file_name_for(const char *output, char *out, size_t size)
{
    size_t i;
    for (i = 0; output[i] && i + 1 < size; i++)
        out[i] = output[i] == '/' || output[i] == ':' ? '_' : output[i];
    out[i] = '\0';
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Max abs / relative error, cosine similarity and top-1 agreement of `got`
 * against `ref` (rows = all but the last dimension). */
static void print_comparison(const char *name, const tfgt_tensor *got, const tfgt_tensor *ref)
{
    double max_abs = 0, max_ref = 0, dot = 0, ng = 0, nr = 0;
    int64_t rows, width, agree = 0;
    if (got->count != ref->count || got->dtype == TFGT_DT_STRING) {
        printf("%s: shapes differ (%lld vs %lld elements)\n", name, (long long)got->count,
               (long long)ref->count);
        return;
    }
    for (int64_t i = 0; i < got->count; i++) {
        double g = tfgt_tensor_get_double(got, i), r = tfgt_tensor_get_double(ref, i);
        double d = fabs(g - r);
        if (d > max_abs || isnan(d))
            max_abs = d;
        if (fabs(r) > max_ref)
            max_ref = fabs(r);
        dot += g * r;
        ng += g * g;
        nr += r * r;
    }
    width = got->rank ? got->dims[got->rank - 1] : 1;
    rows = width ? got->count / width : 0;
    for (int64_t row = 0; row < rows; row++) {
        int64_t ag = 0, ar = 0;
        for (int64_t j = 1; j < width; j++) {
            if (tfgt_tensor_get_double(got, row * width + j) >
                tfgt_tensor_get_double(got, row * width + ag))
                ag = j;
            if (tfgt_tensor_get_double(ref, row * width + j) >
                tfgt_tensor_get_double(ref, row * width + ar))
                ar = j;
        }
        agree += ag == ar;
    }
    printf("%s: max abs error %.3g, max relative error %.3g, cosine %.6f, top-1 agreement "
           "%lld/%lld\n",
           name, max_abs, max_abs / (max_ref > 0 ? max_ref : 1.0),
           ng > 0 && nr > 0 ? dot / sqrt(ng * nr) : (ng == nr ? 1.0 : 0.0), (long long)agree,
           (long long)rows);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static bool run_benchmark(tfgt_plan *plan, const feed_set *feeds, size_t n_outputs, long runs)
{
    double *times = calloc((size_t)runs, sizeof *times);
    tfgt_tensor **results = calloc(n_outputs + 1, sizeof *results);
    tfgt_op_time rows[24];
    size_t n_rows;
    double total = 0;
    tfgt_error err;
    if (!times || !results) {
        free(times);
        free(results);
        return false;
    }
    for (long r = -1; r < runs; r++) { /* run -1 is the warm-up */
        double start = now();
        if (tfgt_plan_run(plan, (const tfgt_tensor *const *)feeds->values, results, &err) !=
            TFGT_OK) {
            cli_error(program, "%s", err.message);
            free(times);
            free(results);
            return false;
        }
        if (r >= 0)
            times[r] = now() - start;
        for (size_t i = 0; i < n_outputs; i++)
            tfgt_tensor_free(results[i]);
    }
    qsort(times, (size_t)runs, sizeof *times, compare_doubles);
    printf("latency over %ld runs: min %.3f ms, median %.3f ms, p90 %.3f ms\n", runs,
           times[0] * 1e3, times[runs / 2] * 1e3, times[(runs * 9) / 10 < runs ? (runs * 9) / 10 : runs - 1] * 1e3);
    printf("peak tensor memory: %.2f MB (%zu nodes run)\n",
           (double)tfgt_plan_peak_bytes(plan) / 1e6, tfgt_plan_node_count(plan));
    n_rows = tfgt_plan_profile(plan, rows, sizeof rows / sizeof rows[0]);
    for (size_t i = 0; i < n_rows && i < sizeof rows / sizeof rows[0]; i++)
        total += rows[i].seconds;
    printf("%-28s %10s %8s %7s\n", "op type", "ms/run", "calls", "share");
    for (size_t i = 0; i < n_rows && i < sizeof rows / sizeof rows[0]; i++)
        printf("%-28s %10.3f %8zu %6.1f%%\n", rows[i].op, rows[i].seconds * 1e3 / (double)(runs + 1),
               rows[i].calls / (size_t)(runs + 1), total > 0 ? 100.0 * rows[i].seconds / total : 0);
    free(times);
    free(results);
    return true;
}

/* A growing text buffer for the ranges log. */
typedef struct tfgt_buffer_like {
    char *data;
    size_t len, cap;
} tfgt_buffer_like;

static bool text_append(tfgt_buffer_like *b, const char *s)
{
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->cap + n + 1) * 2;
        char *grown = realloc(b->data, cap);
        if (!grown)
            return false;
        b->data = grown;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n + 1);
    b->len += n;
    return true;
}

static tfgt_status run_once(const tfgt_graph *graph, const feed_set *feeds,
                            const cli_list *outputs, const tfgt_run_options *options,
                            tfgt_tensor **results, tfgt_error *err)
{
    return tfgt_graph_run(graph, (const char *const *)feeds->names,
                          (const tfgt_tensor *const *)feeds->values, feeds->count,
                          (const char *const *)outputs->items, outputs->count, options, results,
                          err);
}

/* --calibrate: run every sample; with --save_ranges write the min/max log
 * freeze_requantization_ranges reads (one line per RequantizationRange
 * node and sample), else print each output's range over the samples. */
static int run_calibration(const tfgt_graph *graph, const cli_list *specs, cli_list *outputs,
                           const char *save_ranges, const tfgt_run_options *options)
{
    size_t count = tfgt_graph_node_count(graph), n_tensors = 0, n_ranges = 0;
    char **tensors = calloc(2 * count + 1, sizeof *tensors);
    tfgt_calibration *cal = NULL;
    float *mins = NULL, *maxs = NULL;
    tfgt_buffer_like log = {NULL, 0, 0};
    tfgt_error err;
    int code = CLI_EXIT_FAILURE;
    if (!tensors)
        goto out;
    for (size_t i = 0; i < count; i++) {
        tfgt_node *n = tfgt_graph_node(graph, i);
        if (strcmp(tfgt_node_op(n), "RequantizationRange") == 0) {
            size_t len = strlen(tfgt_node_name(n)) + 3;
            tensors[n_tensors] = malloc(len);
            tensors[n_tensors + 1] = malloc(len);
            if (!tensors[n_tensors] || !tensors[n_tensors + 1])
                goto out;
            snprintf(tensors[n_tensors], len, "%s:0", tfgt_node_name(n));
            snprintf(tensors[n_tensors + 1], len, "%s:1", tfgt_node_name(n));
            n_tensors += 2;
            n_ranges++;
        }
    }
    if (save_ranges && n_ranges == 0) {
        cli_error(program, "--save_ranges: the graph has no RequantizationRange nodes (run "
                           "quantize_nodes without fallback ranges first)");
        code = CLI_EXIT_USAGE;
        goto out;
    }
    if (!cli_load_samples(program, graph, (const char *const *)specs->items, specs->count, NULL,
                          0, options->memory_limit, &cal)) {
        code = CLI_EXIT_USAGE;
        goto out;
    }
    if (!save_ranges) {
        for (size_t i = 0; i < n_tensors; i++)
            free(tensors[i]);
        n_tensors = 0;
        if (!choose_outputs(graph, outputs))
            goto out;
        for (size_t i = 0; i < outputs->count; i++)
            if (!(tensors[n_tensors++] = strdup(outputs->items[i])))
                goto out;
    }
    mins = calloc(n_tensors * cal->n_samples + 1, sizeof *mins);
    maxs = calloc(n_tensors * cal->n_samples + 1, sizeof *maxs);
    if (!mins || !maxs)
        goto out;
    if (tfgt_calibration_collect(graph, cal, (const char *const *)tensors, n_tensors, options,
                                 mins, maxs, &err) != TFGT_OK) {
        cli_error(program, "%s", err.message);
        goto out;
    }
    if (save_ranges) {
        for (size_t s = 0; s < cal->n_samples; s++)
            for (size_t r = 0; r < n_ranges; r++) {
                char line[1024], name[1000];
                snprintf(name, sizeof name, "%.*s", (int)(strlen(tensors[2 * r]) - 2),
                         tensors[2 * r]);
                tfgt_calibration_log_line(name, mins[(2 * r) * cal->n_samples + s],
                                          maxs[(2 * r + 1) * cal->n_samples + s], line,
                                          sizeof line);
                if (!text_append(&log, line) || !text_append(&log, "\n"))
                    goto out;
            }
        if (tfgt_file_write_atomic(save_ranges, log.data, log.len, &err) != TFGT_OK) {
            cli_error(program, "%s", err.message);
            goto out;
        }
        printf("%zu samples: ranges of %zu RequantizationRange nodes written to %s\n",
               cal->n_samples, n_ranges, save_ranges);
    } else {
        for (size_t t = 0; t < n_tensors; t++) {
            float lo = mins[t * cal->n_samples], hi = maxs[t * cal->n_samples];
            for (size_t s = 1; s < cal->n_samples; s++) {
                lo = mins[t * cal->n_samples + s] < lo ? mins[t * cal->n_samples + s] : lo;
                hi = maxs[t * cal->n_samples + s] > hi ? maxs[t * cal->n_samples + s] : hi;
            }
            printf("%s: range over %zu samples [%g, %g]\n", tensors[t], cal->n_samples,
                   (double)lo, (double)hi);
        }
    }
    code = CLI_EXIT_OK;
out:
    if (code == CLI_EXIT_FAILURE && !mins)
        cli_error(program, "calibration failed");
    for (size_t i = 0; tensors && i < 2 * count; i++)
        free(tensors[i]);
    free(tensors);
    free(mins);
    free(maxs);
    free(log.data);
    tfgt_calibration_free(cal);
    return code;
}

/* --samples with --compare: the accuracy report over a sample set. */
static int run_sample_comparison(const tfgt_graph *graph, const char *compare,
                                 const cli_list *specs, cli_list *outputs, const char *layers,
                                 const tfgt_run_options *options)
{
    tfgt_calibration *cal = NULL;
    tfgt_graph *other = NULL;
    tfgt_error err;
    long n_layers = 10;
    int code = CLI_EXIT_USAGE;
    if (!compare) {
        cli_error(program, "--samples needs --compare=OTHER.pb (the graph to compare with)");
        goto out;
    }
    if (layers) {
        char *end;
        n_layers = strtol(layers, &end, 10);
        if (*end || n_layers < 0) {
            cli_error(program, "--layers takes a count, not '%s'", layers);
            goto out;
        }
    }
    if (!cli_load_samples(program, graph, (const char *const *)specs->items, specs->count, NULL,
                          0, options->memory_limit, &cal))
        goto out;
    code = CLI_EXIT_FAILURE;
    if (tfgt_graph_load(compare, TFGT_FORMAT_AUTO, &other, NULL, &err) != TFGT_OK) {
        cli_error(program, "%s", err.message);
        goto out;
    }
    if (!choose_outputs(graph, outputs))
        goto out;
    if (accuracy_report(program, graph, other, cal, (const char *const *)outputs->items,
                        outputs->count, (size_t)n_layers, options))
        code = CLI_EXIT_OK;
out:
    tfgt_calibration_free(cal);
    tfgt_graph_free(other);
    return code;
}

int main(int argc, char **argv)
{
    const char *graph_path = NULL, *save = NULL, *compare = NULL, *benchmark = NULL;
    const char *threads_text = NULL, *seed_text = NULL, *save_ranges = NULL, *layers = NULL;
    cli_list calibrate = {NULL, 0, false}, samples = {NULL, 0, false};
    bool random_inputs = false, help = false, version = false;
    cli_list inputs = {NULL, 0, false}, outputs = {NULL, 0, true};
    const cli_flag flags[] = {
        CLI_STR("graph", &graph_path, "GraphDef to run (required)"),
        CLI_MULTI("input", &inputs, "NAME=FILE.npy: feed tensor NAME from a .npy file (repeat)"),
        CLI_MULTI("output", &outputs,
                  "tensors to compute, NAME or NAME:PORT (repeat or comma list; default: the "
                  "graph's likely outputs)"),
        CLI_STR("save", &save, "write each output to DIR/NAME.npy ('/' and ':' become '_')"),
        CLI_BOOL_FLAG("random_inputs", &random_inputs,
                      "feed seeded random values to placeholders not given with --input"),
        CLI_STR("seed", &seed_text, "seed for --random_inputs (default fixed)"),
        CLI_STR("benchmark", &benchmark,
                "run N times; print latency min/median/p90, peak memory and a per-op table"),
        CLI_STR("compare", &compare,
                "also run OTHER.pb on the same inputs and print, per output, max abs/relative "
                "error, cosine similarity and top-1 agreement (this graph against OTHER)"),
        CLI_MULTI("samples", &samples,
                  "NAME=DIR or DIR: with --compare, run both graphs on every sample (one .npy "
                  "per file) and report top-1/top-5 agreement, error and SQNR per output"),
        CLI_STR("layers", &layers,
                "with --samples: also print the N worst layers both graphs name (SQNR, cosine "
                "of each eight-bit layer against the other graph, and the first output's SQNR "
                "and top-1 agreement when only that layer is eight-bit, fed exact inputs; "
                "default 10, 0: none)"),
        CLI_MULTI("calibrate", &calibrate,
                  "NAME=DIR or DIR: run every sample (one .npy per file) and print each "
                  "output's range, or with --save_ranges record the eight-bit ranges"),
        CLI_STR("save_ranges", &save_ranges,
                "with --calibrate: write the RequantizationRange min/max log that "
                "freeze_requantization_ranges(min_max_log_file=FILE) reads"),
        CLI_STR("threads", &threads_text, "worker threads (default: all cores)"),
        CLI_BOOL_FLAG("help", &help, "show this help and exit"),
        CLI_BOOL_FLAG("version", &version, "show the version and exit"),
        CLI_END,
    };
    tfgt_graph *graph = NULL, *other = NULL;
    feed_set feeds = {NULL, NULL, 0};
    tfgt_tensor **results = NULL, **other_results = NULL;
    tfgt_run_options options = {0, 0, false};
    tfgt_plan *plan = NULL;
    tfgt_error err;
    int code = CLI_EXIT_FAILURE;

    cli_keep_heap_for_tensors();

    if (!cli_parse(program, argc, argv, flags)) {
        code = CLI_EXIT_USAGE;
        goto out;
    }
    if (help) {
        printf("Usage: %s --graph=MODEL.pb [--input=NAME=FILE.npy]... [--output=NAME]...\n"
               "                 [--save=DIR] [--random_inputs] [--benchmark=N] "
               "[--compare=OTHER.pb]\n"
               "       %s --graph=MODEL.pb --calibrate=[NAME=]DIR... [--save_ranges=FILE]\n"
               "Run a TensorFlow GraphDef with tfgt's executor.\n\nFlags:\n",
               program, program);
        cli_print_flags(flags);
        printf("\nExit status: 0 success, 1 failure, 2 usage error.\n");
        code = CLI_EXIT_OK;
        goto out;
    }
    if (version) {
        cli_print_version(program);
        code = CLI_EXIT_OK;
        goto out;
    }
    if (!graph_path || !graph_path[0]) {
        cli_error(program, "--graph is required (try --help)");
        code = CLI_EXIT_USAGE;
        goto out;
    }
    if (threads_text) {
        char *end;
        long t = strtol(threads_text, &end, 10);
        if (*end || t < 1 || t > 256) {
            cli_error(program, "--threads takes a number from 1 to 256, not '%s'", threads_text);
            code = CLI_EXIT_USAGE;
            goto out;
        }
        options.threads = (int)t;
    }
    if (benchmark) {
        char *end;
        long n = strtol(benchmark, &end, 10);
        if (*end || n < 1 || n > 1000000) {
            cli_error(program, "--benchmark takes a run count, not '%s'", benchmark);
            code = CLI_EXIT_USAGE;
            goto out;
        }
        options.profile = true;
    }
    for (size_t i = 0; i < inputs.count; i++) {
        const char *eq = strchr(inputs.items[i], '=');
        if (!eq || eq == inputs.items[i] || !eq[1]) {
            cli_error(program, "--input takes NAME=FILE.npy, not '%s'", inputs.items[i]);
            code = CLI_EXIT_USAGE;
            goto out;
        }
    }
    if (tfgt_graph_load(graph_path, TFGT_FORMAT_AUTO, &graph, NULL, &err) != TFGT_OK) {
        cli_error(program, "%s", err.message);
        goto out;
    }
    if (save_ranges && !calibrate.count) {
        cli_error(program, "--save_ranges needs --calibrate=DIR");
        code = CLI_EXIT_USAGE;
        goto out;
    }
    if (calibrate.count) {
        code = run_calibration(graph, &calibrate, &outputs, save_ranges, &options);
        goto out;
    }
    if (samples.count) {
        code = run_sample_comparison(graph, compare, &samples, &outputs, layers, &options);
        goto out;
    }
    if (!build_feeds(graph, &inputs, random_inputs,
                     seed_text ? strtoull(seed_text, NULL, 10) : 0, &feeds) ||
        !choose_outputs(graph, &outputs))
        goto out;
    results = calloc(outputs.count, sizeof *results);
    other_results = calloc(outputs.count, sizeof *other_results);
    if (!results || !other_results)
        goto out;
    if (tfgt_plan_create(graph, (const char *const *)feeds.names, feeds.count,
                         (const char *const *)outputs.items, outputs.count, &options, &plan,
                         &err) != TFGT_OK ||
        tfgt_plan_run(plan, (const tfgt_tensor *const *)feeds.values, results, &err) != TFGT_OK) {
        cli_error(program, "%s: %s", graph_path, err.message);
        goto out;
    }
    for (size_t i = 0; i < outputs.count; i++)
        describe(outputs.items[i], results[i]);
    if (save) {
        mkdir(save, 0777);
        for (size_t i = 0; i < outputs.count; i++) {
            char file[1024], path[2048];
            file_name_for(outputs.items[i], file, sizeof file);
            snprintf(path, sizeof path, "%s/%s.npy", save, file);
            if (tfgt_npy_write(path, results[i], &err) != TFGT_OK) {
                cli_error(program, "%s", err.message);
                goto out;
            }
        }
    }
    if (compare) {
        if (tfgt_graph_load(compare, TFGT_FORMAT_AUTO, &other, NULL, &err) != TFGT_OK) {
            cli_error(program, "%s", err.message);
            goto out;
        }
        if (run_once(other, &feeds, &outputs, &options, other_results, &err) != TFGT_OK) {
            cli_error(program, "%s: %s", compare, err.message);
            goto out;
        }
        for (size_t i = 0; i < outputs.count; i++)
            print_comparison(outputs.items[i], results[i], other_results[i]);
    }
    if (benchmark && !run_benchmark(plan, &feeds, outputs.count, strtol(benchmark, NULL, 10)))
        goto out;
    code = CLI_EXIT_OK;
out:
    for (size_t i = 0; results && i < outputs.count; i++)
        tfgt_tensor_free(results[i]);
    for (size_t i = 0; other_results && i < outputs.count; i++)
        tfgt_tensor_free(other_results[i]);
    free(results);
    free(other_results);
    tfgt_plan_free(plan);
    feeds_free(&feeds);
    tfgt_graph_free(graph);
    tfgt_graph_free(other);
    cli_list_free(&inputs);
    cli_list_free(&outputs);
    cli_list_free(&calibrate);
    cli_list_free(&samples);
    return code;
}
