/* test_conformance.c - the executor against TensorFlow's own outputs.
 *
 * Walks ../shared/models (or $TFGT_MODELS_DIR): opencv_tf (70 graphs),
 * dl4j_tf (572 cases, every stored intermediate tensor too), the float
 * graphs of utensor_cgen_tests, and MobileNet v1 0.25 on its stored input.
 * Error metric (as the models' MANIFEST): max|ours - TF| / max(1, max|TF|),
 * which must stay within 1e-4; half-precision graphs within 1e-3 because
 * TensorFlow computed them in half precision while tfgt computes in float
 * and rounds.  Prints "N passed, N failed, N skipped" with every skip's
 * reason; any failure fails the test.  Skips are allowed only for ops in
 * the documented out-of-scope list below.
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "testutil.h"

/* Ops tfgt's executor does not run, on purpose (README "Executor"). */
static const struct {
    const char *op;
    const char *reason;
} out_of_scope[] = {
    {"BlockLSTM", "fused recurrent training-era op, out of scope"},
    {"Dropout", "not a TensorFlow op (the graph lost its function library)"},
    {"QuantizeV2", "eight-bit op: the eight-bit kernels are not in this release"},
    {"RandomUniform", "random op: its output differs from run to run (out of scope)"},
};

typedef struct tally {
    size_t passed, failed, skipped;
    double worst;
    char worst_case[512];
    /* fold mode: each graph is first folded (FOLD_PIPELINE) with its feeds
     * as --inputs and its fetches as --outputs */
    bool fold;
    bool eightbit; /* utensor: the test_quant_* graphs instead of the float ones */
    size_t nodes_before, nodes_after;
    size_t no_input_cases, all_const_cases; /* graphs with no feeds; folded to Consts */
} tally;

#define FOLD_PIPELINE "fold_constants fold_batch_norms fold_old_batch_norms"

/* Fold a copy of `graph` for fold mode; NULL (failure tallied) when the
 * transform fails. */
static tfgt_graph *folded_copy(tally *t, const char *name, const tfgt_graph *graph,
                               char **feeds, size_t n_feeds, char **fetches, size_t n_fetches)
{
    tfgt_error err;
    tfgt_pipeline *pipeline = NULL;
    tfgt_transform_options options = {(const char *const *)feeds, n_feeds,
                                      (const char *const *)fetches, n_fetches, NULL, NULL, NULL};
    tfgt_graph *copy = tfgt_graph_clone(graph, &err);
    ck_assert_ptr_nonnull(copy);
    ck_assert_int_eq(tfgt_pipeline_parse(FOLD_PIPELINE, &pipeline, &err), TFGT_OK);
    if (tfgt_transform_graph(copy, pipeline, &options, &err) != TFGT_OK) {
        t->failed++;
        fprintf(stderr, "FAIL %s: folding: %s\n", name, err.message);
        tfgt_graph_free(copy);
        copy = NULL;
    }
    tfgt_pipeline_free(pipeline);
    if (!copy)
        return NULL;
    t->nodes_before += tfgt_graph_node_count(graph);
    t->nodes_after += tfgt_graph_node_count(copy);
    if (n_feeds == 0) {
        bool all_const = true;
        t->no_input_cases++;
        for (size_t i = 0; i < n_fetches; i++) {
            tfgt_node *n = tfgt_graph_find_input_node(copy, fetches[i]);
            all_const = all_const && n && strcmp(tfgt_node_op(n), "Const") == 0;
        }
        t->all_const_cases += all_const;
    }
    return copy;
}

static const char *scope_reason(const char *message)
{
    for (size_t i = 0; i < sizeof out_of_scope / sizeof out_of_scope[0]; i++) {
        char quoted[128];
        snprintf(quoted, sizeof quoted, "op '%s'", out_of_scope[i].op);
        if (strstr(message, quoted))
            return out_of_scope[i].reason;
    }
    return NULL;
}

static bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

/* Permute a tensor's axes: out dim i = in dim perm[i]. */
static tfgt_tensor *permute(const tfgt_tensor *in, const int *perm)
{
    int64_t dims[TFGT_MAX_RANK], in_stride[TFGT_MAX_RANK], index[TFGT_MAX_RANK] = {0};
    size_t size = tfgt_dtype_size(in->dtype);
    tfgt_tensor *out;
    for (int i = 0; i < in->rank; i++)
        dims[i] = in->dims[perm[i]];
    out = tfgt_tensor_new(in->dtype, in->rank, dims, 0, NULL);
    ck_assert_ptr_nonnull(out);
    in_stride[in->rank - 1] = 1;
    for (int i = in->rank - 2; i >= 0; i--)
        in_stride[i] = in_stride[i + 1] * in->dims[i + 1];
    for (int64_t o = 0; o < out->count; o++) {
        int64_t src = 0;
        for (int i = 0; i < in->rank; i++)
            src += index[i] * in_stride[perm[i]];
        memcpy((char *)out->data + (size_t)o * size, (const char *)in->data + (size_t)src * size,
               size);
        for (int i = in->rank - 1; i >= 0; i--) {
            if (++index[i] < dims[i])
                break;
            index[i] = 0;
        }
    }
    return out;
}

static const int nchw_to_nhwc[] = {0, 2, 3, 1}, nhwc_to_nchw[] = {0, 3, 1, 2};
static const int ncdhw_to_ndhwc[] = {0, 2, 3, 4, 1}, ndhwc_to_ncdhw[] = {0, 4, 1, 2, 3};

/* Returns the error, or -1 when the shapes differ. */
static double compare(const tfgt_tensor *got, const tfgt_tensor *ref)
{
    double max_diff = 0, scale = 1;
    if (got->count != ref->count || got->rank != ref->rank)
        return -1;
    for (int i = 0; i < got->rank; i++)
        if (got->dims[i] != ref->dims[i])
            return -1;
    for (int64_t i = 0; i < ref->count; i++) {
        double r = tfgt_tensor_get_double(ref, i), g = tfgt_tensor_get_double(got, i);
        double d = fabs(g - r);
        if (isnan(r) && isnan(g))
            continue;
        if (isinf(r) && g == r)
            continue;
        if (isnan(d) || isnan(g) != isnan(r))
            return INFINITY;
        if (fabs(r) > scale && !isinf(r))
            scale = fabs(r);
        if (d > max_diff)
            max_diff = d;
    }
    return max_diff / scale;
}

/* "A B" into dst, cut to fit. */
static void set_label(char *dst, size_t size, const char *a, const char *b)
{
    size_t n = 0;
    for (const char *p = a; *p && n + 1 < size; p++)
        dst[n++] = *p;
    if (b && n + 1 < size)
        dst[n++] = ' ';
    for (const char *p = b ? b : ""; *p && n + 1 < size; p++)
        dst[n++] = *p;
    dst[n] = '\0';
}

static void record(tally *t, const char *name, double err, double tolerance, const char *what)
{
    if (err >= 0 && err <= tolerance) {
        t->passed++;
        if (err > t->worst) {
            t->worst = err;
            set_label(t->worst_case, sizeof t->worst_case, name, NULL);
        }
        return;
    }
    t->failed++;
    if (err < 0)
        fprintf(stderr, "FAIL %s: %s: shape differs from TensorFlow's\n", name, what);
    else
        fprintf(stderr, "FAIL %s: %s: error %.3g > %.0e\n", name, what, err, tolerance);
}

/* Run `graph`; returns false (and tallies a skip or failure) when the
 * executor refuses it. */
static bool run_case(tally *t, const char *name, const tfgt_graph *graph, char **feeds,
                     tfgt_tensor **values, size_t n_feeds, char **fetches, size_t n_fetches,
                     tfgt_tensor **results)
{
    tfgt_error err;
    tfgt_run_options options = {1, 0, false};
    const char *reason;
    tfgt_graph *folded = NULL;
    bool ran;
    tfgt_error_clear(&err);
    if (t->fold) {
        folded = folded_copy(t, name, graph, feeds, n_feeds, fetches, n_fetches);
        if (!folded)
            return false;
        graph = folded;
    }
    ran = tfgt_graph_run(graph, (const char *const *)feeds, (const tfgt_tensor *const *)values,
                         n_feeds, (const char *const *)fetches, n_fetches, &options, results,
                         &err) == TFGT_OK;
    tfgt_graph_free(folded);
    if (ran)
        return true;
    reason = scope_reason(err.message);
    if (reason) {
        t->skipped++;
        fprintf(stderr, "SKIP %s: %s (%s)\n", name, reason, err.message);
    } else {
        t->failed++;
        fprintf(stderr, "FAIL %s: %s\n", name, err.message);
    }
    return false;
}

static tfgt_tensor *read_npy(const char *path)
{
    tfgt_tensor *t = NULL;
    tfgt_error err;
    ck_assert_msg(tfgt_npy_read(path, 0, &t, &err) == TFGT_OK, "%s", err.message);
    return t;
}

static tfgt_graph *read_graph(const char *path)
{
    tfgt_graph *g = NULL;
    tfgt_error err;
    ck_assert_msg(tfgt_graph_load(path, TFGT_FORMAT_AUTO, &g, NULL, &err) == TFGT_OK, "%s",
                  err.message);
    return g;
}

/* ---- opencv_tf ----------------------------------------------------------- */

/* The first sink INDEX.jsonl lists for graph `file`. */
static bool index_sink(const char *index_path, const char *file, char *sink, size_t size)
{
    FILE *f = fopen(index_path, "r");
    char line[16384], key[600];
    bool found = false;
    if (!f)
        return false;
    snprintf(key, sizeof key, "\"graph\": \"%s\"", file);
    while (!found && fgets(line, sizeof line, f)) {
        char *at, *end;
        if (!strstr(line, key) || !(at = strstr(line, "\"sinks\": [\"")))
            continue;
        at += strlen("\"sinks\": [\"");
        end = strchr(at, '"');
        if (end && (size_t)(end - at) < size) {
            memcpy(sink, at, (size_t)(end - at));
            sink[end - at] = '\0';
            found = true;
        }
    }
    fclose(f);
    return found;
}

static tfgt_tensor *opencv_layout(const tfgt_tensor *t, bool to_tf, bool nchw_graph)
{
    if (nchw_graph || (t->rank != 4 && t->rank != 5))
        return tfgt_tensor_copy(t, NULL);
    if (t->rank == 4)
        return permute(t, to_tf ? nchw_to_nhwc : nhwc_to_nchw);
    return permute(t, to_tf ? ncdhw_to_ndhwc : ndhwc_to_ncdhw);
}

static void opencv_case(const char *path, void *user)
{
    tally *t = user;
    char base[512], in_path[600], out_path[600], index_path[600], sink[256];
    const char *file = strrchr(path, '/') + 1;
    bool nchw_graph, half;
    tfgt_graph *graph;
    char *feeds[2];
    tfgt_tensor *values[2] = {NULL, NULL}, *raw, *result = NULL, *ref, *expected;
    size_t n_feeds = 0;
    char *fetch = sink;

    snprintf(base, sizeof base, "%.*s", (int)(strlen(path) - strlen("_net.pb")), path);
    snprintf(in_path, sizeof in_path, "%s_in.npy", base);
    snprintf(out_path, sizeof out_path, "%s_out.npy", base);
    snprintf(index_path, sizeof index_path, "%.*sINDEX.jsonl", (int)(file - path), path);
    if (!file_exists(in_path) || !file_exists(out_path) ||
        !index_sink(index_path, file, sink, sizeof sink))
        return; /* no reference data for this graph */
    nchw_graph = strstr(file, "conv_pool_nchw") != NULL;
    half = strncmp(file, "fp16_", 5) == 0;
    graph = read_graph(path);
    for (size_t i = 0; i < tfgt_graph_node_count(graph); i++) {
        const tfgt_node *node = tfgt_graph_node(graph, i);
        if (strcmp(tfgt_node_op(node), "Placeholder") != 0)
            continue;
        feeds[n_feeds] = (char *)tfgt_node_name(node);
        if (strcmp(tfgt_node_name(node), "isTraining") == 0) {
            int64_t none = 0;
            values[n_feeds] = tfgt_tensor_new(TFGT_DT_BOOL, 0, &none, 0, NULL);
        } else {
            int dtype = TFGT_DT_FLOAT;
            raw = read_npy(in_path);
            values[n_feeds] = opencv_layout(raw, true, nchw_graph);
            tfgt_tensor_free(raw);
            /* fp16_max_pool_odd_same has a half Placeholder: feed it half. */
            tfgt_node_get_type(node, "dtype", &dtype, NULL);
            if (dtype == TFGT_DT_HALF) {
                tfgt_tensor *narrow = tfgt_tensor_new(TFGT_DT_HALF, values[n_feeds]->rank,
                                                    values[n_feeds]->dims, 0, NULL);
                for (int64_t e = 0; e < narrow->count; e++)
                    tfgt_tensor_set_double(narrow, e, tfgt_tensor_get_double(values[n_feeds], e));
                tfgt_tensor_free(values[n_feeds]);
                values[n_feeds] = narrow;
            }
        }
        n_feeds++;
        if (n_feeds == 2)
            break;
    }
    if (run_case(t, file, graph, feeds, values, n_feeds, &fetch, 1, &result)) {
        ref = read_npy(out_path);
        expected = opencv_layout(ref, true, nchw_graph);
        record(t, file, compare(result, expected), half ? 1e-3 : 1e-4, sink);
        tfgt_tensor_free(ref);
        tfgt_tensor_free(expected);
        tfgt_tensor_free(result);
    }
    for (size_t i = 0; i < n_feeds; i++)
        tfgt_tensor_free(values[i]);
    tfgt_graph_free(graph);
}

/* ---- dl4j_tf --------------------------------------------------------------- */

typedef struct name_list {
    char **names;     /* tensor names in the graph */
    char **files;     /* their .npy files */
    size_t count;
} name_list;

static void list_add(name_list *l, const char *name, const char *file)
{
    l->names = realloc(l->names, (l->count + 1) * sizeof *l->names);
    l->files = realloc(l->files, (l->count + 1) * sizeof *l->files);
    ck_assert_ptr_nonnull(l->names);
    ck_assert_ptr_nonnull(l->files);
    l->names[l->count] = strdup(name);
    l->files[l->count] = strdup(file);
    l->count++;
}

static void list_free(name_list *l)
{
    for (size_t i = 0; i < l->count; i++) {
        free(l->names[i]);
        free(l->files[i]);
    }
    free(l->names);
    free(l->files);
}

/* "a____b" -> "a/b", dropping a leading "import____" when the graph has no
 * such node. */
static void node_name_from_file(const tfgt_graph *graph, const char *stem, char *out, size_t size)
{
    size_t o = 0;
    if (strncmp(stem, "import____", 10) == 0) {
        char plain[512];
        node_name_from_file(graph, stem + 10, plain, sizeof plain);
        if (tfgt_graph_find_input_node(graph, plain)) {
            snprintf(out, size, "%s", plain);
            return;
        }
    }
    for (size_t i = 0; stem[i] && o + 1 < size;) {
        if (strncmp(stem + i, "____", 4) == 0) {
            out[o++] = '/';
            i += 4;
        } else {
            out[o++] = stem[i++];
        }
    }
    out[o] = '\0';
}

static void dl4j_case(const char *pb_path, void *user)
{
    tally *t = user;
    char dir[512], name[512];
    const char *case_name;
    DIR *d;
    struct dirent *e;
    name_list feeds = {0}, fetches = {0};
    tfgt_graph *graph;
    tfgt_tensor **values, **results;

    snprintf(dir, sizeof dir, "%.*s", (int)(strrchr(pb_path, '/') - pb_path), pb_path);
    case_name = strstr(dir, "dl4j_tf/") ? strstr(dir, "dl4j_tf/") + 8 : dir;
    graph = read_graph(pb_path);
    d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    while ((e = readdir(d)) != NULL) {
        const char *f = e->d_name;
        size_t len = strlen(f);
        char stem[512], file[1024], tensor[600];
        snprintf(file, sizeof file, "%s/%s", dir, f);
        if (len > 16 && strcmp(f + len - 16, ".placeholder.npy") == 0) {
            snprintf(stem, sizeof stem, "%.*s", (int)(len - 16), f);
            node_name_from_file(graph, stem, name, sizeof name);
            list_add(&feeds, name, file);
        } else if (len > 20 && strcmp(f + len - 20, ".prediction_inbw.npy") == 0) {
            /* NODE.K.prediction_inbw.npy: output K of NODE */
            const char *dot;
            snprintf(stem, sizeof stem, "%.*s", (int)(len - 20), f);
            dot = strrchr(stem, '.');
            if (!dot)
                continue;
            /* reserve_space_3 is scratch, not a reference (MANIFEST). */
            if (strstr(stem, "FusedBatchNormV3") && strcmp(dot, ".5") == 0)
                continue;
            snprintf(tensor, sizeof tensor, "%.*s", (int)(dot - stem), stem);
            node_name_from_file(graph, tensor, name, sizeof name);
            if (!tfgt_graph_find_node(graph, name))
                continue; /* names of the unfrozen graph (MANIFEST) */
            snprintf(tensor, sizeof tensor, "%s:%s", name, dot + 1);
            list_add(&fetches, tensor, file);
        }
    }
    closedir(d);
    /* Fed tensors are not fetched (their file is the feed itself). */
    for (size_t i = 0; i < fetches.count; i++)
        for (size_t k = 0; k < feeds.count; k++)
            if (strncmp(fetches.names[i], feeds.names[k], strlen(feeds.names[k])) == 0 &&
                fetches.names[i][strlen(feeds.names[k])] == ':') {
                free(fetches.names[i]);
                free(fetches.files[i]);
                fetches.names[i] = fetches.names[--fetches.count];
                fetches.files[i] = fetches.files[fetches.count];
                i--;
                break;
            }
    values = calloc(feeds.count + 1, sizeof *values);
    results = calloc(fetches.count + 1, sizeof *results);
    for (size_t k = 0; k < feeds.count; k++)
        values[k] = read_npy(feeds.files[k]);
    if (fetches.count &&
        run_case(t, case_name, graph, feeds.names, values, feeds.count, fetches.names,
                 fetches.count, results)) {
        size_t bad = 0;
        for (size_t i = 0; i < fetches.count; i++) {
            tfgt_tensor *ref = read_npy(fetches.files[i]);
            double err = compare(results[i], ref);
            if (err < 0 || err > 1e-4) {
                if (!bad++)
                    fprintf(stderr, "FAIL %s: %s: %s\n", case_name, fetches.names[i],
                            err < 0 ? "shape differs" : "values differ");
                if (err >= 0)
                    fprintf(stderr, "     error %.3g\n", err);
            } else if (err > t->worst) {
                t->worst = err;
                set_label(t->worst_case, sizeof t->worst_case, case_name, fetches.names[i]);
            }
            tfgt_tensor_free(ref);
            tfgt_tensor_free(results[i]);
        }
        if (bad)
            t->failed++;
        else
            t->passed++;
    }
    for (size_t k = 0; k < feeds.count; k++)
        tfgt_tensor_free(values[k]);
    free(values);
    free(results);
    list_free(&feeds);
    list_free(&fetches);
    tfgt_graph_free(graph);
}

/* ---- utensor_cgen_tests (float graphs) -------------------------------------- */

/* uTensor names references output_<node>.npy, or <node>_<port>.npy for
 * plain tensors, and some folders hold a single output_*.npy under another
 * name; try them in that order. */
static void find_utensor_reference(const char *dir, const char *node, char *out, size_t size)
{
    DIR *d;
    struct dirent *e;
    char only[600] = "";
    int outputs = 0;
    snprintf(out, size, "%s/output_%s.npy", dir, node);
    for (char *c = out + strlen(dir) + 1; *c; c++)
        if (*c == '/')
            *c = '_';
    if (file_exists(out))
        return;
    snprintf(out, size, "%s/%s_0.npy", dir, node);
    if (!strchr(node, '/') && file_exists(out))
        return;
    snprintf(out, size, "%s/%.*s.npy", dir, (int)strcspn(node, "/"), node);
    if (file_exists(out))
        return;
    d = opendir(dir);
    while (d && (e = readdir(d)) != NULL)
        if (strncmp(e->d_name, "output_", 7) == 0 && strstr(e->d_name, ".npy")) {
            snprintf(only, sizeof only, "%s/%s", dir, e->d_name);
            outputs++;
        }
    if (d)
        closedir(d);
    snprintf(out, size, "%s", outputs == 1 ? only : "(none found)");
}

/* As compare(), ignoring dimensions of size 1 (uTensor's .idx files store
 * a scalar as [1]). */
static double compare_squeezed(const tfgt_tensor *got, const tfgt_tensor *ref)
{
    tfgt_tensor a = *got, b = *ref;
    a.rank = b.rank = 0;
    for (int i = 0; i < got->rank; i++)
        if (got->dims[i] != 1)
            a.dims[a.rank++] = got->dims[i];
    for (int i = 0; i < ref->rank; i++)
        if (ref->dims[i] != 1)
            b.dims[b.rank++] = ref->dims[i];
    return compare(&a, &b);
}

static void utensor_case(const char *path, void *user)
{
    tally *t = user;
    const char *file = strrchr(path, '/') + 1;
    char dir[512], outputs_path[600], line[256];
    FILE *f;
    tfgt_graph *graph;
    name_list feeds = {0};
    tfgt_tensor **values;

    if (strncmp(file, "test_", 5) != 0 || (strncmp(file, "test_quant_", 11) == 0) != t->eightbit)
        return;
    snprintf(dir, sizeof dir, "%.*s", (int)(file - 1 - path), path);
    snprintf(outputs_path, sizeof outputs_path, "%s/output_nodes.txt", dir);
    f = fopen(outputs_path, "r");
    if (!f)
        return;
    graph = read_graph(path);
    for (size_t i = 0; i < tfgt_graph_node_count(graph); i++) {
        const tfgt_node *node = tfgt_graph_node(graph, i);
        char npy[700];
        if (strcmp(tfgt_node_op(node), "Placeholder") != 0)
            continue;
        snprintf(npy, sizeof npy, "%s/%s_0.npy", dir, tfgt_node_name(node));
        if (!file_exists(npy))
            snprintf(npy, sizeof npy, "%s/input_%s.npy", dir, tfgt_node_name(node));
        if (file_exists(npy))
            list_add(&feeds, tfgt_node_name(node), npy);
        else if (strcmp(tfgt_node_name(node), "keep_prob") == 0)
            list_add(&feeds, tfgt_node_name(node), "");
    }
    values = calloc(feeds.count + 1, sizeof *values);
    for (size_t k = 0; k < feeds.count; k++) {
        if (feeds.files[k][0]) {
            values[k] = read_npy(feeds.files[k]);
        } else {
            /* dropout's stored output was made with keep_prob = 1.0 */
            double one = 1.0;
            values[k] = tfgt_test_tensor(TFGT_DT_FLOAT, 0, NULL, &one);
        }
    }
    while (fgets(line, sizeof line, f)) {
        char ref_path[800], *nl, *fetch = line;
        char case_name[700];
        tfgt_tensor *result = NULL, *ref;
        if ((nl = strchr(line, '\n')))
            *nl = '\0';
        if (!line[0])
            continue;
        find_utensor_reference(dir, line, ref_path, sizeof ref_path);
        snprintf(case_name, sizeof case_name, "%s %s", file, line);
        if (strstr(dir, "quantized_add") && !t->eightbit)
            continue; /* its output is the eight-bit graph's (MANIFEST), checked with those */
        if (!tfgt_graph_find_input_node(graph, line)) {
            t->skipped++;
            fprintf(stderr, "SKIP %s: the sink is not in this graph (MANIFEST)\n", case_name);
            continue;
        }
        if (!file_exists(ref_path)) {
            t->skipped++;
            fprintf(stderr, "SKIP %s: the folder holds no reference values for this output\n",
                    case_name);
            continue;
        }
        if (run_case(t, case_name, graph, feeds.names, values, feeds.count, &fetch, 1, &result)) {
            ref = read_npy(ref_path);
            /* eight-bit graphs against TensorFlow's float outputs: its own
             * eight-bit run of these graphs stays within 0.0035 (MANIFEST) */
            record(t, case_name, compare_squeezed(result, ref), t->eightbit ? 0.01 : 1e-4, line);
            tfgt_tensor_free(ref);
            tfgt_tensor_free(result);
        }
    }
    fclose(f);
    for (size_t k = 0; k < feeds.count; k++)
        tfgt_tensor_free(values[k]);
    free(values);
    list_free(&feeds);
    tfgt_graph_free(graph);
}

static void report(const char *what, const tally *t)
{
    fprintf(stderr, "%s%s: %zu passed, %zu failed, %zu skipped (largest error %.2g in %s)\n",
            what, t->fold ? " after " FOLD_PIPELINE : "", t->passed, t->failed, t->skipped,
            t->worst, t->worst_case[0] ? t->worst_case : "-");
    if (t->fold)
        fprintf(stderr, "  nodes %zu -> %zu; %zu of %zu graphs without inputs folded to Consts\n",
                t->nodes_before, t->nodes_after, t->all_const_cases, t->no_input_cases);
}

START_TEST(test_opencv)
{
    tally t = {0};
    t.fold = _i == 1;
    char *dir = tfgt_test_model_path("opencv_tf");
    if (!dir) {
        fprintf(stderr, "SKIP: no models folder (../shared/models or $TFGT_MODELS_DIR)\n");
        return;
    }
    tfgt_test_walk(dir, "_net.pb", opencv_case, &t);
    report("opencv_tf", &t);
    ck_assert_uint_ge(t.passed, 60);
    ck_assert_uint_eq(t.failed, 0);
    free(dir);
}
END_TEST

START_TEST(test_dl4j)
{
    tally t = {0};
    t.fold = _i == 1;
    char *dir = tfgt_test_model_path("dl4j_tf");
    if (!dir) {
        fprintf(stderr, "SKIP: no models folder (../shared/models or $TFGT_MODELS_DIR)\n");
        return;
    }
    tfgt_test_walk(dir, "frozen_model.pb", dl4j_case, &t);
    report("dl4j_tf", &t);
    ck_assert_uint_ge(t.passed, 560);
    /* graphs without inputs fold to Consts, except where a fetched tensor
     * is a second output or comes from an op that never folds */
    if (t.fold)
        ck_assert_uint_ge(t.all_const_cases, 500);
    ck_assert_uint_eq(t.failed, 0);
    free(dir);
}
END_TEST

START_TEST(test_utensor_float)
{
    tally t = {0};
    t.fold = _i == 1;
    char *dir = tfgt_test_model_path("utensor_cgen_tests");
    if (!dir) {
        fprintf(stderr, "SKIP: no models folder (../shared/models or $TFGT_MODELS_DIR)\n");
        return;
    }
    tfgt_test_walk(dir, ".pb", utensor_case, &t);
    report("utensor_cgen_tests (float)", &t);
    ck_assert_uint_ge(t.passed, 28);
    ck_assert_uint_eq(t.failed, 0);
    free(dir);
}
END_TEST

START_TEST(test_mobilenet_top5)
{
    char *pb = tfgt_test_model_path("mobilenet_v1_0.25_224/frozen_graph.pb");
    char *input, *expected_path, *logits_path;
    const char *feeds[] = {"input"};
    const char *fetches[] = {"MobilenetV1/Predictions/Reshape_1",
                             "MobilenetV1/Logits/SpatialSqueeze"};
    tfgt_graph *graph;
    tfgt_tensor *in, *results[2], *expected, *logits;
    tfgt_error err;
    tfgt_run_options options = {0, 0, false};
    int top_ours[5], top_tf[5];
    if (!pb) {
        fprintf(stderr, "SKIP: no models folder (../shared/models or $TFGT_MODELS_DIR)\n");
        return;
    }
    input = tfgt_test_model_path("mobilenet_v1_0.25_224/grace_hopper_224_input.npy");
    expected_path = tfgt_test_model_path("mobilenet_v1_0.25_224/grace_hopper_224_predictions.tf.npy");
    logits_path = tfgt_test_model_path("mobilenet_v1_0.25_224/grace_hopper_224_logits.tf.npy");
    graph = read_graph(pb);
    in = read_npy(input);
    ck_assert_msg(tfgt_graph_run(graph, feeds, (const tfgt_tensor *const *)&in, 1, fetches, 2,
                                 &options, results, &err) == TFGT_OK,
                  "%s", err.message);
    expected = read_npy(expected_path);
    logits = read_npy(logits_path);
    ck_assert_double_le(compare(results[0], expected), 1e-4);
    ck_assert_double_le(compare(results[1], logits), 1e-4);
    /* Top-5 classes in the same order: 458 bow tie, 401, 653, 835, 668. */
    for (int k = 0; k < 5; k++) {
        top_ours[k] = top_tf[k] = -1;
        for (int c = 0; c < 1001; c++) {
            bool taken_o = false, taken_t = false;
            for (int j = 0; j < k; j++) {
                taken_o |= top_ours[j] == c;
                taken_t |= top_tf[j] == c;
            }
            if (!taken_o && (top_ours[k] < 0 || ((float *)results[0]->data)[c] >
                                                    ((float *)results[0]->data)[top_ours[k]]))
                top_ours[k] = c;
            if (!taken_t && (top_tf[k] < 0 || ((float *)expected->data)[c] >
                                                  ((float *)expected->data)[top_tf[k]]))
                top_tf[k] = c;
        }
        ck_assert_int_eq(top_ours[k], top_tf[k]);
    }
    ck_assert_int_eq(top_ours[0], 458);
    fprintf(stderr, "mobilenet_v1_0.25: top-5 %d %d %d %d %d as TensorFlow\n", top_ours[0],
            top_ours[1], top_ours[2], top_ours[3], top_ours[4]);
    tfgt_tensor_free(results[0]);
    tfgt_tensor_free(results[1]);
    tfgt_tensor_free(expected);
    tfgt_tensor_free(logits);
    tfgt_tensor_free(in);
    tfgt_graph_free(graph);
    free(pb);
    free(input);
    free(expected_path);
    free(logits_path);
}
END_TEST

/* The eight-bit graphs TensorFlow's quantize_graph.py made (36 cases):
 * tfgt's eight-bit kernels against TensorFlow's float outputs. */
START_TEST(test_utensor_eightbit)
{
    tally t = {0};
    char *dir = tfgt_test_model_path("utensor_cgen_tests");
    if (!dir) {
        fprintf(stderr, "SKIP: no models folder (../shared/models or $TFGT_MODELS_DIR)\n");
        return;
    }
    t.eightbit = true;
    tfgt_test_walk(dir, ".pb", utensor_case, &t);
    report("utensor_cgen_tests (eight-bit graphs vs TensorFlow's float outputs)", &t);
    ck_assert_uint_ge(t.passed, 28);
    ck_assert_uint_eq(t.failed, 0);
    free(dir);
}
END_TEST

/* deep_mlp/quant_mnist.pb, a whole eight-bit MLP: on the digit stored in
 * utensor_quant/deep_mlp it predicts 7, as TensorFlow 2.21 does. */
START_TEST(test_quant_mnist)
{
    char *pb = tfgt_test_model_path("utensor_cgen_tests/deep_mlp/quant_mnist.pb");
    char *npy = tfgt_test_model_path("utensor_quant/deep_mlp/import-Placeholder_0.npy");
    const char *feed = "x", *fetch = "y_pred";
    tfgt_graph *graph;
    tfgt_tensor *in, *out = NULL;
    tfgt_error err;
    if (!pb) {
        fprintf(stderr, "SKIP: no models folder (../shared/models or $TFGT_MODELS_DIR)\n");
        return;
    }
    graph = read_graph(pb);
    in = read_npy(npy);
    ck_assert_msg(tfgt_graph_run(graph, &feed, (const tfgt_tensor *const *)&in, 1, &fetch, 1, NULL,
                                 &out, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_int_eq((int)tfgt_tensor_get_double(out, 0), 7);
    fprintf(stderr, "quant_mnist.pb: predicts 7, as TensorFlow\n");
    tfgt_tensor_free(out);
    tfgt_tensor_free(in);
    tfgt_graph_free(graph);
    free(pb);
    free(npy);
}
END_TEST

Suite *tfgt_test_suite(void)
{
    Suite *s = suite_create("conformance");
    TCase *tc = tcase_create("conformance");
    tcase_set_timeout(tc, 900);
    tcase_add_loop_test(tc, test_opencv, 0, 2);
    tcase_add_loop_test(tc, test_dl4j, 0, 2);
    tcase_add_loop_test(tc, test_utensor_float, 0, 2);
    tcase_add_test(tc, test_mobilenet_top5);
    tcase_add_test(tc, test_utensor_eightbit);
    tcase_add_test(tc, test_quant_mnist);
    suite_add_tcase(s, tc);
    return s;
}
