/* executor.c - compiling a graph into a plan and running it
 * (see tfgt/executor.h). */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kernel.h"
#include "ops.h"
#include "tfgt/executor.h"

/* The most outputs one kernel may produce (Split, Unpack, IdentityN). */
#define MAX_KERNEL_OUTPUTS 4096

typedef struct plan_input {
    size_t step; /* producing step */
    int port;
} plan_input;

typedef struct plan_step {
    const tfgt_node *node;
    const tfgt_op_def *op; /* NULL for Const and fed nodes */
    plan_input *inputs;    /* data inputs */
    size_t n_inputs;
    /* Outputs of the current run: owned unless `borrowed`. */
    tfgt_tensor **outputs;
    size_t n_outputs;
    bool borrowed;         /* outputs point at plan constants or feeds */
    tfgt_tensor *constant; /* decoded Const value (owned by the plan) */
    long feed;             /* index into the feeds, or -1 */
    int feed_port;
    int max_port;          /* highest port any consumer reads (-1: none) */
    size_t *last_use;      /* per port: the last step that reads it */
    bool *fetched;         /* per port up to max_port: a fetch reads it */
    bool from_constants;   /* computed from Consts only: TensorFlow folds it */
    bool keep_constant;    /* from_constants and read by a step that is not,
                            * or fetched: its value is kept between runs */
    tfgt_tensor **kept;    /* that value once computed (owned by the plan) */
    size_t n_kept;
    double seconds;
    size_t calls;
} plan_step;

struct tfgt_plan {
    plan_step *steps;
    size_t n_steps;
    size_t n_feeds;
    int *feed_dtype;       /* expected dtype per feed (-1: any) */
    tfgt_shape *feed_shape;
    bool *feed_has_shape;
    plan_input *fetches;
    size_t n_fetches;
    tfgt_run_options options;
    tfgt_tensor **scratch; /* MAX_KERNEL_OUTPUTS slots for kernels */
    size_t live_bytes;
    size_t peak_bytes;
    size_t constant_bytes;
    size_t runs;           /* completed runs (what keep_constant skips) */
};

bool tfgt_op_is_supported(const char *op)
{
    const tfgt_op_def *def = tfgt_op_find(op);
    if (strcmp(op, "Const") == 0 || strcmp(op, "Placeholder") == 0)
        return true;
    return def && def->kernel && !(def->flags & TFGT_OP_NO_KERNEL);
}

static int default_threads(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)(n > 64 ? 64 : n) : 1;
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void release_outputs(plan_step *step, tfgt_plan *plan)
{
    if (!step->outputs)
        return;
    if (!step->borrowed)
        for (size_t i = 0; i < step->n_outputs; i++)
            if (step->outputs[i]) {
                plan->live_bytes -= step->outputs[i]->nbytes;
                tfgt_tensor_free(step->outputs[i]);
            }
    free(step->outputs);
    step->outputs = NULL;
    step->n_outputs = 0;
    step->borrowed = false;
}

void tfgt_plan_free(tfgt_plan *plan)
{
    if (!plan)
        return;
    for (size_t i = 0; i < plan->n_steps; i++) {
        plan_step *step = &plan->steps[i];
        release_outputs(step, plan);
        tfgt_tensor_free(step->constant);
        for (size_t k = 0; k < step->n_kept; k++)
            tfgt_tensor_free(step->kept[k]);
        free(step->kept);
        free(step->inputs);
        free(step->last_use);
        free(step->fetched);
    }
    free(plan->steps);
    free(plan->feed_dtype);
    free(plan->feed_shape);
    free(plan->feed_has_shape);
    free(plan->fetches);
    free(plan->scratch);
    free(plan);
}

/* Parse "name:port" and find the node; port must be a plain number. */
static tfgt_status resolve_tensor(const tfgt_graph *graph, const char *what, const char *name,
                                  tfgt_node **node, int *port, tfgt_error *err)
{
    char base[TFGT_ERROR_NAME_MAX];
    bool control;
    if (!tfgt_parse_input(name, base, sizeof base, port, &control) || control)
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT, "%s '%s' is not a tensor name", what, name);
    *node = tfgt_graph_find_node(graph, base);
    if (!*node)
        return tfgt_fail(err, TFGT_E_NOT_FOUND, "%s '%s': no node named '%s' in the graph", what,
                         name, base);
    return TFGT_OK;
}

typedef struct plan_builder {
    const tfgt_graph *graph;
    long *feed_of_node;   /* per node index: feed index or -1 */
    int *feed_port;       /* per node index */
    long *step_of_node;   /* per node index: step or -1 */
    bool *needed;
} plan_builder;

/* Mark everything the fetches need, stopping at fed nodes. */
static tfgt_status mark_needed(plan_builder *b, tfgt_node *start, tfgt_error *err)
{
    size_t n = tfgt_graph_node_count(b->graph), top = 0;
    tfgt_node **stack = malloc((n + 1) * sizeof *stack);
    if (!stack)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory planning");
    if (!b->needed[tfgt_node_index(start)]) {
        b->needed[tfgt_node_index(start)] = true;
        stack[top++] = start;
    }
    while (top) {
        tfgt_node *node = stack[--top];
        if (b->feed_of_node[tfgt_node_index(node)] >= 0)
            continue;
        for (size_t k = 0; k < tfgt_node_input_count(node); k++) {
            const char *input = tfgt_node_input(node, k);
            tfgt_node *producer = tfgt_graph_find_input_node(b->graph, input);
            if (!producer) {
                free(stack);
                return tfgt_fail_node(err, TFGT_E_INVALID_GRAPH, tfgt_node_name(node),
                                      "input '%s' names no node", input);
            }
            if (!b->needed[tfgt_node_index(producer)]) {
                b->needed[tfgt_node_index(producer)] = true;
                stack[top++] = producer;
            }
        }
    }
    free(stack);
    return TFGT_OK;
}

static tfgt_status check_node_supported(const tfgt_node *node, bool fed, tfgt_error *err)
{
    const char *op = tfgt_node_op(node);
    const tfgt_op_def *def;
    if (fed || strcmp(op, "Const") == 0)
        return TFGT_OK;
    if (strcmp(op, "Placeholder") == 0)
        return tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, tfgt_node_name(node),
                              "this Placeholder is needed but not fed");
    def = tfgt_op_find(op);
    if (!def || !def->kernel || (def->flags & TFGT_OP_NO_KERNEL))
        return tfgt_fail_node(err, TFGT_E_UNSUPPORTED, tfgt_node_name(node),
                              "op '%s' is not supported by tfgt's executor", op);
    return TFGT_OK;
}

/* Record that step `reader` reads port `port` of step `producer`. */
static tfgt_status note_use(tfgt_plan *plan, size_t producer, int port, size_t reader)
{
    plan_step *step = &plan->steps[producer];
    if (port > step->max_port) {
        size_t *uses = realloc(step->last_use, (size_t)(port + 1) * sizeof *uses);
        bool *fetched;
        if (!uses)
            return TFGT_E_NO_MEMORY;
        fetched = realloc(step->fetched, (size_t)(port + 1) * sizeof *fetched);
        if (!fetched) {
            step->last_use = uses;
            return TFGT_E_NO_MEMORY;
        }
        for (int p = step->max_port + 1; p <= port; p++) {
            uses[p] = 0;
            fetched[p] = false;
        }
        step->last_use = uses;
        step->fetched = fetched;
        step->max_port = port;
    }
    if (reader > step->last_use[port])
        step->last_use[port] = reader;
    return TFGT_OK;
}

tfgt_status tfgt_plan_create(const tfgt_graph *graph, const char *const *feeds, size_t n_feeds,
                             const char *const *fetches, size_t n_fetches,
                             const tfgt_run_options *options, tfgt_plan **out, tfgt_error *err)
{
    size_t n = tfgt_graph_node_count(graph);
    plan_builder b;
    tfgt_plan *plan = calloc(1, sizeof *plan);
    tfgt_node **order = NULL;
    tfgt_status status = TFGT_OK;

    *out = NULL;
    memset(&b, 0, sizeof b);
    b.graph = graph;
    if (!plan)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory planning");
    if (options)
        plan->options = *options;
    if (plan->options.threads <= 0)
        plan->options.threads = default_threads();
    if (!plan->options.memory_limit)
        plan->options.memory_limit = TFGT_DEFAULT_MEMORY_LIMIT;
    plan->n_feeds = n_feeds;
    b.feed_of_node = malloc((n + 1) * sizeof *b.feed_of_node);
    b.feed_port = calloc(n + 1, sizeof *b.feed_port);
    b.step_of_node = malloc((n + 1) * sizeof *b.step_of_node);
    b.needed = calloc(n + 1, sizeof *b.needed);
    plan->feed_dtype = calloc(n_feeds + 1, sizeof *plan->feed_dtype);
    plan->feed_shape = calloc(n_feeds + 1, sizeof *plan->feed_shape);
    plan->feed_has_shape = calloc(n_feeds + 1, sizeof *plan->feed_has_shape);
    plan->fetches = calloc(n_fetches + 1, sizeof *plan->fetches);
    plan->n_fetches = n_fetches;
    plan->scratch = calloc(MAX_KERNEL_OUTPUTS, sizeof *plan->scratch);
    if (!b.feed_of_node || !b.feed_port || !b.step_of_node || !b.needed || !plan->feed_dtype ||
        !plan->feed_shape || !plan->feed_has_shape || !plan->fetches || !plan->scratch) {
        status = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory planning");
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        b.feed_of_node[i] = -1;
        b.step_of_node[i] = -1;
    }

    /* Feeds: one per node (the port is remembered). */
    for (size_t f = 0; f < n_feeds; f++) {
        tfgt_node *node;
        int port;
        status = resolve_tensor(graph, "feed", feeds[f], &node, &port, err);
        if (status != TFGT_OK)
            goto out;
        if (b.feed_of_node[tfgt_node_index(node)] >= 0) {
            status = tfgt_fail(err, TFGT_E_INVALID_ARGUMENT, "feed '%s' is given twice", feeds[f]);
            goto out;
        }
        b.feed_of_node[tfgt_node_index(node)] = (long)f;
        b.feed_port[tfgt_node_index(node)] = port;
        plan->feed_dtype[f] = -1;
        if (port == 0 && strcmp(tfgt_node_op(node), "Placeholder") == 0) {
            tfgt_node_get_type(node, "dtype", &plan->feed_dtype[f], NULL);
            plan->feed_has_shape[f] =
                tfgt_node_get_shape(node, "shape", &plan->feed_shape[f], NULL) == TFGT_OK;
        }
    }
    for (size_t f = 0; f < n_fetches; f++) {
        tfgt_node *node;
        int port;
        status = resolve_tensor(graph, "fetch", fetches[f], &node, &port, err);
        if (status == TFGT_OK)
            status = mark_needed(&b, node, err);
        if (status != TFGT_OK)
            goto out;
    }

    /* Steps in TensorFlow's execution order, restricted to what is needed. */
    status = tfgt_graph_topological_order(graph, &order, err);
    if (status != TFGT_OK)
        goto out;
    plan->steps = calloc(n + 1, sizeof *plan->steps);
    if (!plan->steps) {
        status = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory planning");
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        const tfgt_node *node = order[i];
        size_t index = tfgt_node_index(node);
        plan_step *step;
        bool fed = b.feed_of_node[index] >= 0;
        if (!b.needed[index])
            continue;
        status = check_node_supported(node, fed, err);
        if (status != TFGT_OK)
            goto out;
        step = &plan->steps[plan->n_steps];
        step->node = node;
        step->feed = fed ? b.feed_of_node[index] : -1;
        step->feed_port = b.feed_port[index];
        step->max_port = -1;
        if (!fed && strcmp(tfgt_node_op(node), "Const") == 0) {
            status = tfgt_node_get_tensor(node, "value", plan->options.memory_limit,
                                          &step->constant, err);
            if (status != TFGT_OK)
                goto out;
            plan->constant_bytes += step->constant->nbytes;
        } else if (!fed) {
            step->op = tfgt_op_find(tfgt_node_op(node));
            step->inputs = calloc(tfgt_node_input_count(node) + 1, sizeof *step->inputs);
            if (!step->inputs) {
                status = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory planning");
                goto out;
            }
            for (size_t k = 0; k < tfgt_node_input_count(node); k++) {
                const char *input = tfgt_node_input(node, k);
                tfgt_node *producer;
                int port;
                bool control;
                char name[TFGT_ERROR_NAME_MAX];
                if (!tfgt_parse_input(input, name, sizeof name, &port, &control)) {
                    status = tfgt_fail_node(err, TFGT_E_INVALID_GRAPH, tfgt_node_name(node),
                                            "input '%s' has a bad port", input);
                    goto out;
                }
                if (control)
                    continue;
                producer = tfgt_graph_find_input_node(graph, input);
                step->inputs[step->n_inputs].step = (size_t)b.step_of_node[tfgt_node_index(producer)];
                step->inputs[step->n_inputs].port = port;
                step->n_inputs++;
            }
            if ((int)step->n_inputs < step->op->min_inputs ||
                (step->op->max_inputs >= 0 && (int)step->n_inputs > step->op->max_inputs)) {
                status = tfgt_fail_node(err, TFGT_E_INVALID_GRAPH, tfgt_node_name(node),
                                        "op '%s' takes %d..%d data inputs, this node has %zu",
                                        tfgt_node_op(node), step->op->min_inputs,
                                        step->op->max_inputs, step->n_inputs);
                goto out;
            }
        }
        b.step_of_node[index] = (long)plan->n_steps;
        plan->n_steps++;
    }
    /* Which steps TensorFlow would have folded before running (steps are
     * in dependency order). */
    for (size_t s = 0; s < plan->n_steps; s++) {
        plan_step *step = &plan->steps[s];
        step->from_constants = step->constant != NULL;
        if (step->feed >= 0 || !step->op || step->n_inputs == 0 ||
            (step->op->flags & (TFGT_OP_STATEFUL | TFGT_OP_SOURCE | TFGT_OP_RANDOM)))
            continue;
        step->from_constants = true;
        for (size_t k = 0; k < step->n_inputs; k++)
            step->from_constants &= plan->steps[step->inputs[k].step].from_constants;
    }
    /* Last uses, so intermediates can be freed early; fetched ports are
     * kept to the end. */
    for (size_t s = 0; s < plan->n_steps; s++)
        for (size_t k = 0; k < plan->steps[s].n_inputs; k++)
            if (note_use(plan, plan->steps[s].inputs[k].step, plan->steps[s].inputs[k].port, s) !=
                TFGT_OK) {
                status = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory planning");
                goto out;
            }
    for (size_t f = 0; f < n_fetches; f++) {
        tfgt_node *node;
        int port;
        resolve_tensor(graph, "fetch", fetches[f], &node, &port, NULL);
        plan->fetches[f].step = (size_t)b.step_of_node[tfgt_node_index(node)];
        plan->fetches[f].port = port;
        if (note_use(plan, plan->fetches[f].step, port, plan->n_steps) != TFGT_OK) {
            status = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory planning");
            goto out;
        }
        plan->steps[plan->fetches[f].step].fetched[port] = true;
        plan->steps[plan->fetches[f].step].keep_constant =
            plan->steps[plan->fetches[f].step].from_constants;
    }
    /* Constant-derived values that the rest of the graph reads are
     * computed on the first run and kept (TensorFlow folds them once too);
     * what only feeds them is not run again. */
    for (size_t s = 0; s < plan->n_steps; s++)
        for (size_t k = 0; k < plan->steps[s].n_inputs; k++) {
            plan_step *producer = &plan->steps[plan->steps[s].inputs[k].step];
            if (producer->from_constants && !plan->steps[s].from_constants &&
                !producer->constant)
                producer->keep_constant = true;
        }
    *out = plan;
    plan = NULL;
out:
    free(order);
    free(b.feed_of_node);
    free(b.feed_port);
    free(b.step_of_node);
    free(b.needed);
    tfgt_plan_free(plan);
    return status;
}

static tfgt_status check_feed(const tfgt_plan *plan, size_t f, const plan_step *step,
                              const tfgt_tensor *value, tfgt_error *err)
{
    const tfgt_shape *shape = &plan->feed_shape[f];
    if (!value)
        return tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, tfgt_node_name(step->node),
                              "no value fed");
    if (plan->feed_dtype[f] > 0 && value->dtype != plan->feed_dtype[f]) {
        const char *want = tfgt_dtype_name(plan->feed_dtype[f]);
        const char *got = tfgt_dtype_name(value->dtype);
        return tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, tfgt_node_name(step->node),
                              "fed a %s tensor, but the placeholder is %s", got ? got : "?",
                              want ? want : "?");
    }
    if (plan->feed_has_shape[f] && !shape->unknown_rank) {
        bool ok = shape->rank == value->rank;
        for (int i = 0; ok && i < shape->rank; i++)
            ok = shape->dims[i] < 0 || shape->dims[i] == value->dims[i];
        if (!ok) {
            char want[256] = "", got[256] = "";
            for (int i = 0; i < shape->rank; i++)
                snprintf(want + strlen(want), sizeof want - strlen(want), "%s%lld", i ? "," : "",
                         (long long)shape->dims[i]);
            for (int i = 0; i < value->rank; i++)
                snprintf(got + strlen(got), sizeof got - strlen(got), "%s%lld", i ? "," : "",
                         (long long)value->dims[i]);
            return tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, tfgt_node_name(step->node),
                                  "fed shape [%s], but the placeholder's shape is [%s]", got, want);
        }
    }
    return TFGT_OK;
}

/* Kernels compute in float; half and bfloat16 nodes (T = half or bfloat16)
 * run by widening their narrow inputs to float and rounding float outputs
 * back to T.  That is at least as accurate as TensorFlow's half kernels and
 * also runs graphs that mix a float input with half weights. */
static bool narrow_type(int dtype)
{
    return dtype == TFGT_DT_HALF || dtype == TFGT_DT_BFLOAT16;
}

static tfgt_status run_in_float(tfgt_kernel_context *ctx, tfgt_kernel_fn kernel, int narrow,
                                tfgt_error *err)
{
    const tfgt_tensor **wide = calloc(ctx->n_inputs + 1, sizeof *wide);
    const tfgt_tensor *const *saved = ctx->inputs;
    tfgt_status status = TFGT_OK;
    if (!wide)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    for (size_t k = 0; k < ctx->n_inputs && status == TFGT_OK; k++) {
        const tfgt_tensor *in = ctx->inputs[k];
        tfgt_tensor *f;
        if (!narrow_type(in->dtype)) {
            wide[k] = in;
            continue;
        }
        f = tfgt_tensor_new(TFGT_DT_FLOAT, in->rank, in->dims, ctx->memory_limit, err);
        if (!f) {
            status = err ? err->status : TFGT_E_NO_MEMORY;
            break;
        }
        for (int64_t i = 0; i < in->count; i++)
            ((float *)f->data)[i] = (float)tfgt_tensor_get_double(in, i);
        wide[k] = f;
    }
    if (status == TFGT_OK) {
        ctx->inputs = wide;
        status = kernel(ctx);
        ctx->inputs = saved;
    }
    for (size_t i = 0; status == TFGT_OK && i < ctx->n_outputs; i++) {
        tfgt_tensor *out = ctx->outputs[i], *n;
        int stats_type;
        if (!out || out->dtype != TFGT_DT_FLOAT)
            continue;
        /* Batch-norm statistics (outputs 1..) have their own type U. */
        if (i > 0 && tfgt_node_get_type(ctx->node, "U", &stats_type, NULL) == TFGT_OK &&
            !narrow_type(stats_type))
            continue;
        n = tfgt_tensor_new(narrow, out->rank, out->dims, ctx->memory_limit, err);
        if (!n) {
            status = err ? err->status : TFGT_E_NO_MEMORY;
            break;
        }
        for (int64_t e = 0; e < out->count; e++)
            tfgt_tensor_set_double(n, e, ((float *)out->data)[e]);
        tfgt_tensor_free(out);
        ctx->outputs[i] = n;
    }
    for (size_t k = 0; k < ctx->n_inputs; k++)
        if (wide[k] && wide[k] != saved[k])
            tfgt_tensor_free((tfgt_tensor *)(uintptr_t)wide[k]);
    free(wide);
    return status;
}

static tfgt_status run_step(tfgt_plan *plan, size_t s, const tfgt_tensor *const *feed_values,
                            tfgt_error *err)
{
    plan_step *step = &plan->steps[s];
    const tfgt_tensor *inputs_stack[16];
    const tfgt_tensor **inputs = inputs_stack;
    tfgt_kernel_context ctx;
    tfgt_status status;
    double started = 0.0;
    int narrow = 0;

    if (step->kept) {
        step->outputs = calloc(step->n_kept, sizeof *step->outputs);
        if (!step->outputs)
            return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        memcpy(step->outputs, step->kept, step->n_kept * sizeof *step->outputs);
        step->n_outputs = step->n_kept;
        step->borrowed = true;
        return TFGT_OK;
    }
    /* feeds only steps that keep their values: done on the first run */
    if (step->from_constants && !step->constant && !step->keep_constant && plan->runs > 0)
        return TFGT_OK;
    if (step->feed >= 0 || step->constant) {
        const tfgt_tensor *value;
        int port = step->feed >= 0 ? step->feed_port : 0;
        if (step->feed >= 0) {
            value = feed_values ? feed_values[step->feed] : NULL;
            status = check_feed(plan, (size_t)step->feed, step, value, err);
            if (status != TFGT_OK)
                return status;
        } else {
            value = step->constant;
        }
        step->outputs = calloc((size_t)port + 1, sizeof *step->outputs);
        if (!step->outputs)
            return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        step->outputs[port] = (tfgt_tensor *)(uintptr_t)value;
        step->n_outputs = (size_t)port + 1;
        step->borrowed = true;
        return TFGT_OK;
    }
    if (step->n_inputs > sizeof inputs_stack / sizeof inputs_stack[0]) {
        inputs = malloc(step->n_inputs * sizeof *inputs);
        if (!inputs)
            return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    }
    for (size_t k = 0; k < step->n_inputs; k++) {
        const plan_step *producer = &plan->steps[step->inputs[k].step];
        int port = step->inputs[k].port;
        if (port < 0 || (size_t)port >= producer->n_outputs || !producer->outputs[port]) {
            if (inputs != inputs_stack)
                free(inputs);
            return tfgt_fail_node(err, TFGT_E_INVALID_GRAPH, tfgt_node_name(step->node),
                                  "input %zu reads output %d of '%s', which produced %zu", k, port,
                                  tfgt_node_name(producer->node), producer->n_outputs);
        }
        inputs[k] = producer->outputs[port];
    }
    memset(&ctx, 0, sizeof ctx);
    ctx.node = step->node;
    ctx.inputs = inputs;
    ctx.n_inputs = step->n_inputs;
    ctx.outputs = plan->scratch;
    ctx.max_outputs = MAX_KERNEL_OUTPUTS;
    ctx.memory_limit = plan->options.memory_limit;
    ctx.threads = plan->options.threads;
    ctx.from_constants = step->from_constants;
    ctx.err = err;
    if (plan->options.profile)
        started = now_seconds();
    if (tfgt_node_get_type(step->node, "T", &narrow, NULL) == TFGT_OK && narrow_type(narrow))
        status = run_in_float(&ctx, step->op->kernel, narrow, err);
    else
        status = step->op->kernel(&ctx);
    if (plan->options.profile) {
        step->seconds += now_seconds() - started;
        step->calls++;
    }
    if (inputs != inputs_stack)
        free(inputs);
    if (status == TFGT_OK && step->max_port >= (int)ctx.n_outputs)
        status = tfgt_fail_node(err, TFGT_E_INVALID_GRAPH, tfgt_node_name(step->node),
                                "a consumer reads output %d, but the node produced %zu",
                                step->max_port, ctx.n_outputs);
    if (status == TFGT_OK && ctx.n_outputs) {
        step->outputs = calloc(ctx.n_outputs, sizeof *step->outputs);
        if (!step->outputs)
            status = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    }
    for (size_t i = 0; i < ctx.n_outputs; i++) {
        tfgt_tensor *t = plan->scratch[i];
        plan->scratch[i] = NULL;
        if (status != TFGT_OK || (int)i > step->max_port) {
            tfgt_tensor_free(t); /* nobody reads it */
            continue;
        }
        step->outputs[i] = t;
        if (t)
            plan->live_bytes += t->nbytes;
    }
    if (status == TFGT_OK) {
        step->n_outputs = ctx.n_outputs;
        if (step->keep_constant) {
            /* the plan owns it from now on, like a decoded Const */
            step->kept = malloc(ctx.n_outputs * sizeof *step->kept);
            if (!step->kept)
                return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
            memcpy(step->kept, step->outputs, ctx.n_outputs * sizeof *step->kept);
            step->n_kept = ctx.n_outputs;
            step->borrowed = true;
            for (size_t i = 0; i < ctx.n_outputs; i++)
                if (step->kept[i]) {
                    plan->live_bytes -= step->kept[i]->nbytes;
                    plan->constant_bytes += step->kept[i]->nbytes;
                }
        }
        if (plan->live_bytes + plan->constant_bytes > plan->peak_bytes)
            plan->peak_bytes = plan->live_bytes + plan->constant_bytes;
    }
    return status;
}

/* Free the outputs of `producer` whose last reader was step `s`. */
static void free_dead_inputs(tfgt_plan *plan, size_t s)
{
    plan_step *step = &plan->steps[s];
    for (size_t k = 0; k < step->n_inputs; k++) {
        plan_step *producer = &plan->steps[step->inputs[k].step];
        int port = step->inputs[k].port;
        if (producer->borrowed || producer->last_use[port] != s || producer->fetched[port] ||
            (size_t)port >= producer->n_outputs || !producer->outputs[port])
            continue;
        plan->live_bytes -= producer->outputs[port]->nbytes;
        tfgt_tensor_free(producer->outputs[port]);
        producer->outputs[port] = NULL;
    }
}

tfgt_status tfgt_plan_run(tfgt_plan *plan, const tfgt_tensor *const *feed_values,
                          tfgt_tensor **results, tfgt_error *err)
{
    tfgt_status status = TFGT_OK;
    size_t s;
    for (size_t f = 0; f < plan->n_fetches; f++)
        results[f] = NULL;
    plan->live_bytes = 0;
    plan->peak_bytes = plan->constant_bytes;
    for (s = 0; s < plan->n_steps && status == TFGT_OK; s++) {
        status = run_step(plan, s, feed_values, err);
        if (status == TFGT_OK)
            free_dead_inputs(plan, s);
    }
    for (size_t f = 0; f < plan->n_fetches && status == TFGT_OK; f++) {
        plan_step *step = &plan->steps[plan->fetches[f].step];
        int port = plan->fetches[f].port;
        tfgt_tensor *value = (size_t)port < step->n_outputs ? step->outputs[port] : NULL;
        if (!value) {
            status = tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, tfgt_node_name(step->node),
                                    "has no output %d", port);
            break;
        }
        /* Hand over what the run owns; copy what is borrowed or fetched twice. */
        if (step->borrowed || f + 1 < plan->n_fetches) {
            bool later = false;
            for (size_t g = f + 1; g < plan->n_fetches; g++)
                later |= plan->fetches[g].step == plan->fetches[f].step &&
                         plan->fetches[g].port == port;
            if (step->borrowed || later) {
                results[f] = tfgt_tensor_copy(value, err);
                if (!results[f])
                    status = TFGT_E_NO_MEMORY;
                continue;
            }
        }
        results[f] = value;
        plan->live_bytes -= value->nbytes;
        step->outputs[port] = NULL;
    }
    for (size_t i = 0; i < plan->n_steps; i++)
        release_outputs(&plan->steps[i], plan);
    if (status == TFGT_OK)
        plan->runs++;
    if (status != TFGT_OK)
        for (size_t f = 0; f < plan->n_fetches; f++) {
            tfgt_tensor_free(results[f]);
            results[f] = NULL;
        }
    return status;
}

size_t tfgt_plan_node_count(const tfgt_plan *plan)
{
    return plan->n_steps;
}

size_t tfgt_plan_peak_bytes(const tfgt_plan *plan)
{
    return plan->peak_bytes;
}

static int by_seconds(const void *a, const void *b)
{
    const tfgt_op_time *x = a, *y = b;
    return (x->seconds < y->seconds) - (x->seconds > y->seconds);
}

size_t tfgt_plan_profile(const tfgt_plan *plan, tfgt_op_time *rows, size_t max)
{
    tfgt_op_time *all = calloc(plan->n_steps + 1, sizeof *all);
    size_t n = 0;
    if (!all)
        return 0;
    for (size_t s = 0; s < plan->n_steps; s++) {
        const plan_step *step = &plan->steps[s];
        const char *op = tfgt_node_op(step->node);
        size_t i;
        if (!step->calls)
            continue;
        for (i = 0; i < n && strcmp(all[i].op, op) != 0; i++)
            ;
        if (i == n)
            all[n++].op = op;
        all[i].seconds += step->seconds;
        all[i].calls += step->calls;
    }
    qsort(all, n, sizeof *all, by_seconds);
    for (size_t i = 0; i < n && i < max; i++)
        rows[i] = all[i];
    free(all);
    return n;
}

tfgt_status tfgt_graph_run(const tfgt_graph *graph, const char *const *feeds,
                           const tfgt_tensor *const *feed_values, size_t n_feeds,
                           const char *const *fetches, size_t n_fetches,
                           const tfgt_run_options *options, tfgt_tensor **results,
                           tfgt_error *err)
{
    tfgt_plan *plan = NULL;
    tfgt_status status =
        tfgt_plan_create(graph, feeds, n_feeds, fetches, n_fetches, options, &plan, err);
    if (status == TFGT_OK)
        status = tfgt_plan_run(plan, feed_values, results, err);
    tfgt_plan_free(plan);
    return status;
}
