/* testutil.c - helpers shared by the Check suites (see testutil.h). */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "kernel.h"
#include "ops.h"
#include "testutil.h"

static char *join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *out = malloc(n);
    ck_assert_ptr_nonnull(out);
    snprintf(out, n, "%s/%s", a, b);
    return out;
}

static const char *env_or(const char *name, const char *fallback)
{
    const char *value = getenv(name);
    return value && value[0] ? value : fallback;
}

const char *tfgt_test_models_dir(void)
{
    static char resolved[4096];
    struct stat st;
    const char *dir = getenv("TFGT_MODELS_DIR");
    if (!dir || !dir[0]) {
        snprintf(resolved, sizeof resolved, "%s/../shared/models",
                 env_or("TFGT_SRCDIR", TFGT_SRCDIR));
        dir = resolved;
    }
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return NULL;
    return dir;
}

char *tfgt_test_model_path(const char *relative)
{
    const char *dir = tfgt_test_models_dir();
    return dir ? join(dir, relative) : NULL;
}

char *tfgt_test_source_path(const char *relative)
{
    return join(env_or("TFGT_SRCDIR", TFGT_SRCDIR), relative);
}

char *tfgt_test_build_path(const char *relative)
{
    return join(env_or("TFGT_BUILDDIR", TFGT_BUILDDIR), relative);
}

tfgt_graph *tfgt_test_graph(const char *pbtxt)
{
    tfgt_graph *graph = NULL;
    tfgt_error err;
    tfgt_error_clear(&err);
    if (tfgt_graph_from_text(pbtxt, strlen(pbtxt), "inline", &graph, &err) != TFGT_OK)
        ck_abort_msg("test graph does not parse: %s", err.message);
    return graph;
}

/* Build a graph from "name:op:in1,in2;name2:op2:..." for terse tests. */
tfgt_graph *tfgt_test_graph_spec(const char *spec)
{
    tfgt_graph *graph = tfgt_graph_new();
    char *copy = strdup(spec), *save = NULL;
    ck_assert_ptr_nonnull(graph);
    for (char *item = strtok_r(copy, ";", &save); item; item = strtok_r(NULL, ";", &save)) {
        char *name = item, *op = strchr(item, ':'), *inputs;
        tfgt_node *node;
        ck_assert_ptr_nonnull(op);
        *op++ = '\0';
        inputs = strchr(op, ':');
        if (inputs)
            *inputs++ = '\0';
        node = tfgt_graph_add_node(graph, name, op, NULL);
        ck_assert_ptr_nonnull(node);
        if (inputs && *inputs) {
            char *save2 = NULL;
            for (char *in = strtok_r(inputs, ",", &save2); in; in = strtok_r(NULL, ",", &save2))
                ck_assert_int_eq(tfgt_node_add_input(node, in), TFGT_OK);
        }
    }
    free(copy);
    return graph;
}

char *tfgt_test_node_names(const tfgt_graph *graph)
{
    size_t len = 1;
    char *out;
    for (size_t i = 0; i < tfgt_graph_node_count(graph); i++)
        len += strlen(tfgt_node_name(tfgt_graph_node(graph, i))) + 1;
    out = calloc(1, len);
    ck_assert_ptr_nonnull(out);
    for (size_t i = 0; i < tfgt_graph_node_count(graph); i++) {
        if (i)
            strcat(out, " ");
        strcat(out, tfgt_node_name(tfgt_graph_node(graph, i)));
    }
    return out;
}

tfgt_status tfgt_test_transform(tfgt_graph *graph, const char *transforms, const char *inputs,
                                const char *outputs, tfgt_error *err)
{
    tfgt_pipeline *pipeline = NULL;
    tfgt_transform_options options = {0};
    char **in = tfgt_string_list_split(inputs, &options.n_inputs);
    char **out = tfgt_string_list_split(outputs, &options.n_outputs);
    tfgt_status status;
    ck_assert_ptr_nonnull(in);
    ck_assert_ptr_nonnull(out);
    options.inputs = (const char *const *)in;
    options.outputs = (const char *const *)out;
    status = tfgt_pipeline_parse(transforms, &pipeline, err);
    if (status == TFGT_OK)
        status = tfgt_transform_graph(graph, pipeline, &options, err);
    tfgt_pipeline_free(pipeline);
    tfgt_string_list_free(in);
    tfgt_string_list_free(out);
    return status;
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void collect(const char *dir, const char *suffix, char ***list, size_t *n, size_t *cap)
{
    DIR *d = opendir(dir);
    struct dirent *entry;
    if (!d)
        return;
    while ((entry = readdir(d)) != NULL) {
        char *path;
        struct stat st;
        size_t len = strlen(entry->d_name), slen = strlen(suffix);
        if (entry->d_name[0] == '.')
            continue;
        path = join(dir, entry->d_name);
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            collect(path, suffix, list, n, cap);
            free(path);
        } else if (len >= slen && strcmp(entry->d_name + len - slen, suffix) == 0) {
            if (*n == *cap) {
                *cap = *cap ? *cap * 2 : 64;
                *list = realloc(*list, *cap * sizeof **list);
                ck_assert_ptr_nonnull(*list);
            }
            (*list)[(*n)++] = path;
        } else {
            free(path);
        }
    }
    closedir(d);
}

size_t tfgt_test_walk(const char *dir, const char *suffix,
                      void (*fn)(const char *path, void *user), void *user)
{
    char **list = NULL;
    size_t n = 0, cap = 0;
    collect(dir, suffix, &list, &n, &cap);
    if (n)
        qsort(list, n, sizeof *list, compare_strings);
    for (size_t i = 0; i < n; i++) {
        fn(list[i], user);
        free(list[i]);
    }
    free(list);
    return n;
}

tfgt_tensor *tfgt_test_tensor(int dtype, int rank, const int64_t *dims, const double *values)
{
    tfgt_error err;
    tfgt_tensor *t = tfgt_tensor_new(dtype, rank, dims, 0, &err);
    ck_assert_msg(t != NULL, "%s", err.message);
    for (int64_t i = 0; values && i < t->count; i++)
        tfgt_tensor_set_double(t, i, values[i]);
    return t;
}

tfgt_status tfgt_test_run_op(const char *node_pbtxt, const tfgt_tensor *const *inputs,
                             size_t n_inputs, int threads, tfgt_tensor **outputs,
                             size_t max_outputs, size_t *n_outputs, tfgt_error *err)
{
    size_t len = strlen(node_pbtxt) + 16;
    char *text = malloc(len);
    tfgt_graph *graph;
    const tfgt_op_def *op;
    tfgt_kernel_context ctx;
    tfgt_status status;
    snprintf(text, len, "node { %s }", node_pbtxt);
    graph = tfgt_test_graph(text);
    free(text);
    ck_assert_uint_eq(tfgt_graph_node_count(graph), 1);
    op = tfgt_op_find(tfgt_node_op(tfgt_graph_node(graph, 0)));
    ck_assert_msg(op && op->kernel, "no kernel for op %s", tfgt_node_op(tfgt_graph_node(graph, 0)));
    memset(&ctx, 0, sizeof ctx);
    for (size_t i = 0; i < max_outputs; i++)
        outputs[i] = NULL;
    ctx.node = tfgt_graph_node(graph, 0);
    ctx.inputs = inputs;
    ctx.n_inputs = n_inputs;
    ctx.outputs = outputs;
    ctx.max_outputs = max_outputs;
    ctx.memory_limit = TFGT_DEFAULT_MEMORY_LIMIT;
    ctx.threads = threads > 0 ? threads : 1;
    ctx.err = err;
    status = op->kernel(&ctx);
    if (status != TFGT_OK) {
        for (size_t i = 0; i < max_outputs; i++) {
            tfgt_tensor_free(outputs[i]);
            outputs[i] = NULL;
        }
        ctx.n_outputs = 0;
    }
    if (n_outputs)
        *n_outputs = ctx.n_outputs;
    tfgt_graph_free(graph);
    return status;
}

void tfgt_test_assert_close(const tfgt_tensor *got, const tfgt_tensor *expected, double atol,
                            double rtol)
{
    ck_assert_ptr_nonnull(got);
    ck_assert_int_eq(got->dtype, expected->dtype);
    ck_assert_int_eq(got->rank, expected->rank);
    for (int i = 0; i < got->rank; i++)
        ck_assert_int_eq(got->dims[i], expected->dims[i]);
    for (int64_t i = 0; i < got->count; i++) {
        double g = tfgt_tensor_get_double(got, i), e = tfgt_tensor_get_double(expected, i);
        double tol = atol + rtol * (e < 0 ? -e : e);
        ck_assert_msg((g - e <= tol && e - g <= tol) || (g != g && e != e),
                      "element %lld: got %.9g, expected %.9g", (long long)i, g, e);
    }
}

tfgt_node *tfgt_test_add_const(tfgt_graph *g, const char *name, int dtype, int rank,
                               const int64_t *dims, const double *values)
{
    tfgt_tensor *t = tfgt_test_tensor(dtype, rank, dims, values);
    tfgt_error err = {0};
    tfgt_node *n = tfgt_graph_add_const(g, name, t, &err);
    ck_assert_msg(n != NULL, "%s", err.message);
    tfgt_tensor_free(t);
    return n;
}

tfgt_node *tfgt_test_add_floats(tfgt_graph *g, const char *name, int rank, const int64_t *dims,
                                const double *values)
{
    return tfgt_test_add_const(g, name, TFGT_DT_FLOAT, rank, dims, values);
}

tfgt_node *tfgt_test_add_op(tfgt_graph *g, const char *name, const char *op, const char *inputs,
                            ...)
{
    tfgt_error err = {0};
    tfgt_node *n = tfgt_graph_add_node(g, name, op, &err);
    va_list ap;
    const char *key;
    ck_assert_msg(n != NULL, "%s", err.message);
    if (inputs && *inputs) {
        char *copy = strdup(inputs), *save = NULL;
        for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
            ck_assert_int_eq(tfgt_node_add_input(n, tok), TFGT_OK);
        free(copy);
    }
    va_start(ap, inputs);
    while ((key = va_arg(ap, const char *)) != NULL) {
        const char *text = va_arg(ap, const char *);
        ck_assert_msg(tfgt_node_set_attr_from_text(n, key, text, &err) == TFGT_OK, "%s",
                      err.message);
    }
    va_end(ap);
    return n;
}

size_t tfgt_test_count_op(const tfgt_graph *g, const char *op)
{
    size_t n = 0;
    for (size_t i = 0; i < tfgt_graph_node_count(g); i++)
        n += strcmp(tfgt_node_op(tfgt_graph_node(g, i)), op) == 0;
    return n;
}

tfgt_tensor *tfgt_test_run_one(const tfgt_graph *g, const char *feed, const tfgt_tensor *value,
                               const char *fetch)
{
    tfgt_tensor *out = NULL;
    tfgt_error err = {0};
    const tfgt_tensor *values[1] = {value};
    ck_assert_msg(tfgt_graph_run(g, &feed, values, value ? 1 : 0, &fetch, 1, NULL, &out, &err) ==
                      TFGT_OK,
                  "running %s: %s", fetch, err.message);
    return out;
}

static void collect_test_log(void *user, tfgt_log_level level, const char *message)
{
    tfgt_test_log *log = user;
    size_t used = strlen(log->text);
    (void)level;
    snprintf(log->text + used, sizeof log->text - used, "%s\n", message);
}

tfgt_status tfgt_test_transform_logged(tfgt_graph *g, const char *transforms, const char *input,
                                       const char *output, const tfgt_calibration *cal,
                                       tfgt_test_log *log, tfgt_error *err)
{
    tfgt_pipeline *pipeline = NULL;
    tfgt_transform_options options = {0};
    tfgt_status st;
    options.inputs = &input;
    options.n_inputs = 1;
    options.outputs = &output;
    options.n_outputs = 1;
    options.calibration = cal;
    options.log = collect_test_log;
    options.log_user = log;
    log->text[0] = '\0';
    st = tfgt_pipeline_parse(transforms, &pipeline, err);
    if (st == TFGT_OK)
        st = tfgt_transform_graph(g, pipeline, &options, err);
    tfgt_pipeline_free(pipeline);
    return st;
}
