/* pipeline.c - running a parsed pipeline over a graph, as TensorFlow's
 * TransformGraph does (see tfgt/transform.h). */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "transforms.h"

void tfgt_transform_log(const tfgt_transform_context *ctx, tfgt_log_level level, const char *fmt,
                        ...)
{
    char line[1024];
    va_list ap;
    if (!ctx || !ctx->log)
        return;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    ctx->log(ctx->log_user, level, line);
}

bool tfgt_transform_names_io(const tfgt_transform_context *ctx, const char *name)
{
    for (size_t i = 0; i < ctx->n_inputs; i++)
        if (strcmp(ctx->inputs[i], name) == 0)
            return true;
    for (size_t i = 0; i < ctx->n_outputs; i++)
        if (strcmp(ctx->outputs[i], name) == 0)
            return true;
    return false;
}

bool tfgt_transform_node_is_io(const tfgt_transform_context *ctx, const tfgt_node *node)
{
    const char *const *lists[2] = {ctx->inputs, ctx->outputs};
    size_t counts[2] = {ctx->n_inputs, ctx->n_outputs};
    for (int l = 0; l < 2; l++)
        for (size_t i = 0; i < counts[l]; i++) {
            char *name = tfgt_input_node_name(lists[l][i]);
            bool same = name && strcmp(name, tfgt_node_name(node)) == 0;
            free(name);
            if (same)
                return true;
        }
    return false;
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void human_size(size_t bytes, char *out, size_t size)
{
    if (bytes >= 10u * 1024 * 1024)
        snprintf(out, size, "%.1f MiB", (double)bytes / (1024.0 * 1024.0));
    else if (bytes >= 10u * 1024)
        snprintf(out, size, "%.1f KiB", (double)bytes / 1024.0);
    else
        snprintf(out, size, "%zu B", bytes);
}

/* ignore_errors is read case-insensitively from its first value, as
 * TensorFlow does; anything but true/false stops the pipeline. */
static tfgt_status read_ignore_errors(const tfgt_pipeline_step *step, bool *ignore,
                                      tfgt_error *err)
{
    const char *value = tfgt_params_value(&step->params, "ignore_errors", 0);
    *ignore = false;
    if (!value)
        return TFGT_OK;
    if (strcasecmp(value, "true") == 0)
        *ignore = true;
    else if (strcasecmp(value, "false") != 0)
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                         "%s: ignore_errors should be true or false, found %s", step->name, value);
    return TFGT_OK;
}

static bool param_is_known(const tfgt_transform_info *info, const char *name)
{
    if (strcmp(name, "ignore_errors") == 0)
        return true;
    for (const tfgt_transform_param_info *p = info->params; p->name; p++)
        if (strcmp(p->name, name) == 0)
            return true;
    return false;
}

tfgt_status tfgt_transform_graph(tfgt_graph *graph, const tfgt_pipeline *pipeline,
                                 const tfgt_transform_options *options, tfgt_error *err)
{
    tfgt_transform_options none = {0};
    tfgt_transform_context ctx;
    tfgt_graph *work;
    tfgt_status status = TFGT_OK;

    if (!options)
        options = &none;
    memset(&ctx, 0, sizeof ctx);
    ctx.inputs = options->inputs;
    ctx.n_inputs = options->n_inputs;
    ctx.outputs = options->outputs;
    ctx.n_outputs = options->n_outputs;
    ctx.log = options->log;
    ctx.log_user = options->log_user;
    ctx.calibration = options->calibration;

    /* Unknown names stop the run before anything changes. */
    for (size_t i = 0; i < pipeline->n_steps; i++) {
        const tfgt_pipeline_step *step = &pipeline->steps[i];
        const tfgt_transform_info *info = tfgt_transform_find(step->name);
        bool ignore;
        if (!step->name[0])
            continue;
        if (!info)
            return tfgt_fail(err, TFGT_E_NOT_FOUND,
                             "transform '%s' not recognized (transform_graph --help lists them)",
                             step->name);
        if ((status = read_ignore_errors(step, &ignore, err)) != TFGT_OK)
            return status;
        for (size_t p = 0; p < step->params.n_items; p++)
            if (!param_is_known(info, step->params.items[p].name))
                tfgt_transform_log(&ctx, TFGT_LOG_WARNING,
                                   "%s: unknown parameter '%s' is ignored", step->name,
                                   step->params.items[p].name);
    }

    work = tfgt_graph_clone(graph, err);
    if (!work)
        return TFGT_E_NO_MEMORY;
    for (size_t i = 0; i < pipeline->n_steps; i++) {
        const tfgt_pipeline_step *step = &pipeline->steps[i];
        const tfgt_transform_info *info = tfgt_transform_find(step->name);
        size_t nodes_before = tfgt_graph_node_count(work);
        size_t bytes_before = tfgt_graph_encoded_size(work);
        tfgt_graph *saved = NULL;
        char size_a[32], size_b[32];
        double started;
        bool ignore = false;
        tfgt_error step_err;

        if (!step->name[0])
            continue;
        read_ignore_errors(step, &ignore, NULL);
        if (ignore && !(saved = tfgt_graph_clone(work, err))) {
            status = TFGT_E_NO_MEMORY;
            break;
        }
        ctx.params = &step->params;
        tfgt_error_clear(&step_err);
        started = now_seconds();
        status = info->run(work, &ctx, &step_err);
        if (status == TFGT_OK)
            status = tfgt_graph_validate(work, &step_err);
        if (status != TFGT_OK) {
            if (ignore) {
                tfgt_transform_log(&ctx, TFGT_LOG_WARNING, "%s: ignoring error: %s", step->name,
                                   step_err.message);
                tfgt_graph_free(work);
                work = saved;
                status = TFGT_OK;
                continue;
            }
            tfgt_graph_free(saved);
            if (err) {
                *err = step_err;
                tfgt_error_prefix(err, "%s: ", step->name);
            }
            break;
        }
        tfgt_graph_free(saved);
        human_size(bytes_before, size_a, sizeof size_a);
        human_size(tfgt_graph_encoded_size(work), size_b, sizeof size_b);
        tfgt_transform_log(&ctx, TFGT_LOG_INFO, "%s: %zu -> %zu nodes, %s -> %s (%.3f s)",
                           step->name, nodes_before, tfgt_graph_node_count(work), size_a, size_b,
                           now_seconds() - started);
    }
    if (status == TFGT_OK)
        tfgt_graph_swap(graph, work);
    tfgt_graph_free(work);
    return status;
}
