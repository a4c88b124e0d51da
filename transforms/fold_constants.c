/* fold_constants.c - evaluate every part of the graph that does not depend
 * on a fed input, once, with tfgt's executor, and store the results as
 * Const nodes.  TensorFlow's semantics (spec §2.6):
 *   - only what --outputs need is kept, stopping at --inputs (which stay);
 *   - a node folds when it is not stateful/random/control flow, not
 *     excluded, the executor can run it, and all its data inputs fold;
 *     Shape/Size/Rank fold whenever their input's shape is fully known;
 *   - each tensor that flows from a folded node into a node that stays
 *     becomes a Const with only "dtype" and "value", no device, and the
 *     control inputs the folded subgraph had from outside;
 *   - results above max_constant_size_in_bytes are not materialised.
 * Differences, documented in the README: new Consts are named
 * "<node>__cf__<port>" (stable, unlike TensorFlow's process-global
 * counter); a foldable output node becomes a Const under its own name, so
 * it stays fetchable; a Placeholder needed by the outputs but missing from
 * --inputs is treated as fed (TensorFlow fails asking for a feed); fed
 * inputs keep being read as "x", not rewritten to "x:0". */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tfgt/executor.h"
#include "tfgt/tensor.h"
#include "transforms.h"

typedef struct node_list {
    size_t *items;
    size_t n, cap;
} node_list;

static bool list_add(node_list *l, size_t v)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i] == v)
            return true;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 4;
        size_t *grown = realloc(l->items, cap * sizeof *grown);
        if (!grown)
            return false;
        l->items = grown;
        l->cap = cap;
    }
    l->items[l->n++] = v;
    return true;
}

/* One tensor to materialise: a port of a folded node read by a node that
 * stays (or fetched as an output). */
typedef struct boundary {
    size_t node; /* index in the graph */
    int port;
    char *fetch;       /* "name:port" */
    char *const_name;  /* name of the Const that replaces it, once made */
    tfgt_tensor *value;
} boundary;

typedef struct folder {
    tfgt_graph *graph;
    const tfgt_transform_context *ctx;
    size_t count;
    bool *fed;      /* named by --inputs (or a Placeholder treated as fed) */
    bool *needed;   /* the outputs depend on it */
    bool *foldable;
    bool *by_shape; /* Shape/Size/Rank folded from a known input shape */
    bool *is_output;
    bool *output_port0_only;
    node_list *outside_control; /* per foldable node: control inputs to keep */
    boundary *bounds;
    size_t n_bounds, cap_bounds;
    bool clear_output_shapes;
    int64_t max_bytes;
    tfgt_shape_map *shapes;
    bool shapes_failed;
} folder;

static void folder_free(folder *f)
{
    free(f->fed);
    free(f->needed);
    free(f->foldable);
    free(f->by_shape);
    free(f->is_output);
    free(f->output_port0_only);
    if (f->outside_control)
        for (size_t i = 0; i < f->count; i++)
            free(f->outside_control[i].items);
    free(f->outside_control);
    for (size_t i = 0; i < f->n_bounds; i++) {
        free(f->bounds[i].fetch);
        free(f->bounds[i].const_name);
        tfgt_tensor_free(f->bounds[i].value);
    }
    free(f->bounds);
    tfgt_shape_map_free(f->shapes);
}

static bool is_control_flow(const char *op)
{
    static const char *const ops[] = {
        "Switch", "RefSwitch", "Merge", "RefMerge", "Enter", "RefEnter", "Exit", "RefExit",
        "NextIteration", "RefNextIteration", "LoopCond", "ControlTrigger", "_Send", "_Recv",
        "_HostSend", "_HostRecv", "Placeholder", "PlaceholderV2", NULL};
    for (size_t i = 0; ops[i]; i++)
        if (strcmp(op, ops[i]) == 0)
            return true;
    return false;
}

static bool is_shape_op(const char *op)
{
    return strcmp(op, "Shape") == 0 || strcmp(op, "Size") == 0 || strcmp(op, "Rank") == 0;
}

static bool param_lists(const tfgt_params *params, const char *name, const char *value)
{
    for (size_t i = 0; i < tfgt_params_count(params, name); i++)
        if (strcmp(tfgt_params_value(params, name, i), value) == 0)
            return true;
    return false;
}

/* Mark --inputs as fed and --outputs as outputs; both must exist. */
static tfgt_status mark_io(folder *f, tfgt_error *err)
{
    if (f->ctx->n_outputs == 0)
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                         "fold_constants needs --outputs (it keeps only what they need)");
    for (size_t i = 0; i < f->ctx->n_inputs; i++) {
        tfgt_node *n = tfgt_graph_find_input_node(f->graph, f->ctx->inputs[i]);
        if (!n)
            return tfgt_fail(err, TFGT_E_NOT_FOUND, "--inputs names no node '%s'",
                             f->ctx->inputs[i]);
        f->fed[tfgt_node_index(n)] = true;
    }
    for (size_t i = 0; i < f->ctx->n_outputs; i++) {
        const char *out = f->ctx->outputs[i];
        tfgt_node *n = tfgt_graph_find_input_node(f->graph, out);
        char name[8];
        int port;
        bool control;
        size_t at;
        if (!n)
            return tfgt_fail(err, TFGT_E_NOT_FOUND, "--outputs names no node '%s'", out);
        at = tfgt_node_index(n);
        tfgt_parse_input(out, name, sizeof name, &port, &control);
        if (!f->is_output[at])
            f->output_port0_only[at] = true;
        f->is_output[at] = true;
        if (port != 0)
            f->output_port0_only[at] = false;
    }
    return TFGT_OK;
}

/* Reverse reachability from the outputs over data and control edges,
 * not walking past fed nodes. */
static tfgt_status mark_needed(folder *f, bool *mark, tfgt_graph *g, const bool *stop,
                               tfgt_error *err)
{
    size_t count = tfgt_graph_node_count(g), top = 0;
    size_t *stack = malloc((count ? count : 1) * sizeof *stack);
    if (!stack)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    for (size_t i = 0; i < f->ctx->n_outputs; i++) {
        tfgt_node *n = tfgt_graph_find_input_node(g, f->ctx->outputs[i]);
        if (n && !mark[tfgt_node_index(n)]) {
            mark[tfgt_node_index(n)] = true;
            stack[top++] = tfgt_node_index(n);
        }
    }
    while (top) {
        tfgt_node *n = tfgt_graph_node(g, stack[--top]);
        if (stop[tfgt_node_index(n)])
            continue;
        for (size_t k = 0; k < tfgt_node_input_count(n); k++) {
            tfgt_node *in = tfgt_graph_find_input_node(g, tfgt_node_input(n, k));
            if (in && !mark[tfgt_node_index(in)]) {
                mark[tfgt_node_index(in)] = true;
                stack[top++] = tfgt_node_index(in);
            }
        }
    }
    free(stack);
    return TFGT_OK;
}

static bool shape_fully_known(const tfgt_shape *s)
{
    if (s->unknown_rank)
        return false;
    for (int i = 0; i < s->rank; i++)
        if (s->dims[i] < 0)
            return false;
    return true;
}

/* Shapes for Shape/Size/Rank of non-constant inputs: computed only when
 * such a node exists.  With clear_output_shapes=false, the stored
 * "_output_shapes" of fed nodes say what will be fed. */
static tfgt_status ensure_shapes(folder *f, tfgt_error *err)
{
    const char **feeds;
    tfgt_shape *feed_shapes;
    size_t n = 0;
    tfgt_status st;
    if (f->shapes)
        return TFGT_OK;
    feeds = calloc(f->count + 1, sizeof *feeds);
    feed_shapes = calloc(f->count + 1, sizeof *feed_shapes);
    if (!feeds || !feed_shapes) {
        free(feeds);
        free(feed_shapes);
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    }
    for (size_t i = 0; i < f->count; i++) {
        tfgt_node *node = tfgt_graph_node(f->graph, i);
        if (f->fed[i] && !f->clear_output_shapes &&
            tfgt_node_get_list_shape(node, "_output_shapes", 0, &feed_shapes[n], NULL, NULL) ==
                TFGT_OK)
            feeds[n++] = tfgt_node_name(node);
    }
    st = tfgt_infer_shapes(f->graph, feeds, feed_shapes, n, &f->shapes, err);
    free(feeds);
    free(feed_shapes);
    return st;
}

static tfgt_status decide_foldable(folder *f, tfgt_node *const *order, tfgt_error *err)
{
    const tfgt_params *params = f->ctx->params;
    for (size_t k = 0; k < f->count; k++) {
        tfgt_node *node = order[k];
        size_t i = tfgt_node_index(node);
        const char *op = tfgt_node_op(node);
        bool ok = true;
        if (!f->needed[i] || f->fed[i])
            continue;
        if (f->is_output[i] && !f->output_port0_only[i])
            continue;
        if (strcmp(op, "Const") == 0) {
            int dtype = 0;
            tfgt_node_get_type(node, "dtype", &dtype, NULL);
            f->foldable[i] = dtype != TFGT_DT_RESOURCE;
            continue;
        }
        if (param_lists(params, "exclude_op", op) ||
            param_lists(params, "exclude_node", tfgt_node_name(node)))
            continue;
        if (is_control_flow(op) || tfgt_op_is_stateful(op) || !tfgt_op_is_supported(op))
            continue;
        if (f->max_bytes <= 0)
            continue;
        for (size_t j = 0; j < tfgt_node_input_count(node); j++) {
            const char *in = tfgt_node_input(node, j);
            tfgt_node *p;
            if (in[0] == '^')
                continue;
            p = tfgt_graph_find_input_node(f->graph, in);
            if (!p || !f->foldable[tfgt_node_index(p)])
                ok = false;
        }
        if (!ok && is_shape_op(op) && tfgt_node_data_input_count(node) == 1) {
            tfgt_node *p = tfgt_graph_find_input_node(f->graph, tfgt_node_input(node, 0));
            const tfgt_shape *shapes;
            char name[8];
            int port = 0;
            bool control;
            if (!f->shapes && !f->shapes_failed && ensure_shapes(f, NULL) != TFGT_OK) {
                /* no static shapes for this graph: Shape & co. fold only
                 * from constants */
                f->shapes_failed = true;
                tfgt_transform_log(f->ctx, TFGT_LOG_INFO,
                                   "fold_constants: shape inference failed; Shape, Size and "
                                   "Rank fold only when their input does");
            }
            if (!f->shapes)
                goto decided;
            tfgt_parse_input(tfgt_node_input(node, 0), name, sizeof name, &port, &control);
            if (p && port >= 0 && (size_t)port < tfgt_shape_map_get(f->shapes, p, &shapes) &&
                shape_fully_known(&shapes[port])) {
                ok = true;
                f->by_shape[i] = true;
            }
        }
    decided:
        f->foldable[i] = ok;
    }
    (void)err;
    return TFGT_OK;
}

/* Control inputs a folded node inherits from outside the folded part:
 * its own from non-folded nodes, plus those of its folded inputs.  Nodes
 * are visited in execution order, so inputs are done first. */
static tfgt_status collect_outside_control(folder *f, tfgt_node *const *order, tfgt_error *err)
{
    for (size_t k = 0; k < f->count; k++) {
        tfgt_node *node = order[k];
        size_t i = tfgt_node_index(node);
        if (!f->foldable[i])
            continue;
        for (size_t j = 0; j < tfgt_node_input_count(node); j++) {
            const char *in = tfgt_node_input(node, j);
            tfgt_node *p = tfgt_graph_find_input_node(f->graph, in);
            size_t pi;
            if (!p)
                continue;
            pi = tfgt_node_index(p);
            if (f->by_shape[i] && in[0] != '^')
                continue; /* only the shape of that input is used */
            if (in[0] == '^' && !f->foldable[pi]) {
                if (!list_add(&f->outside_control[i], pi))
                    return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
                continue;
            }
            if (!f->foldable[pi])
                continue;
            for (size_t c = 0; c < f->outside_control[pi].n; c++)
                if (!list_add(&f->outside_control[i], f->outside_control[pi].items[c]))
                    return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        }
    }
    return TFGT_OK;
}

static tfgt_status add_boundary(folder *f, size_t node, int port, tfgt_error *err)
{
    char *fetch;
    const char *name = tfgt_node_name(tfgt_graph_node(f->graph, node));
    size_t len;
    for (size_t i = 0; i < f->n_bounds; i++)
        if (f->bounds[i].node == node && f->bounds[i].port == port)
            return TFGT_OK;
    if (f->n_bounds == f->cap_bounds) {
        size_t cap = f->cap_bounds ? f->cap_bounds * 2 : 16;
        boundary *grown = realloc(f->bounds, cap * sizeof *grown);
        if (!grown)
            return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        f->bounds = grown;
        f->cap_bounds = cap;
    }
    len = strlen(name) + 16;
    fetch = malloc(len);
    if (!fetch)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    snprintf(fetch, len, "%s:%d", name, port);
    f->bounds[f->n_bounds++] = (boundary){node, port, fetch, NULL, NULL};
    return TFGT_OK;
}

static tfgt_status find_boundaries(folder *f, tfgt_error *err)
{
    for (size_t i = 0; i < f->count; i++) {
        tfgt_node *node = tfgt_graph_node(f->graph, i);
        if (!f->needed[i])
            continue;
        if (f->foldable[i]) {
            if (f->is_output[i] && strcmp(tfgt_node_op(node), "Const") != 0) {
                tfgt_status st = add_boundary(f, i, 0, err);
                if (st != TFGT_OK)
                    return st;
            }
            continue;
        }
        for (size_t j = 0; j < tfgt_node_input_count(node); j++) {
            const char *in = tfgt_node_input(node, j);
            tfgt_node *p;
            char name[8];
            int port = 0;
            bool control;
            tfgt_status st;
            if (in[0] == '^' || f->fed[i])
                continue;
            p = tfgt_graph_find_input_node(f->graph, in);
            if (!p || !f->foldable[tfgt_node_index(p)] ||
                strcmp(tfgt_node_op(p), "Const") == 0)
                continue;
            tfgt_parse_input(in, name, sizeof name, &port, &control);
            st = add_boundary(f, tfgt_node_index(p), port, err);
            if (st != TFGT_OK)
                return st;
        }
    }
    return TFGT_OK;
}

/* A Const holding the value a Shape/Size/Rank node will produce. */
static tfgt_status shape_value(folder *f, tfgt_node *node, tfgt_tensor **out, tfgt_error *err)
{
    tfgt_node *p = tfgt_graph_find_input_node(f->graph, tfgt_node_input(node, 0));
    const tfgt_shape *shapes;
    const char *op = tfgt_node_op(node);
    char name[8];
    int port = 0, dtype = TFGT_DT_INT32;
    bool control;
    tfgt_shape s;
    int64_t dims[1];
    tfgt_parse_input(tfgt_node_input(node, 0), name, sizeof name, &port, &control);
    tfgt_shape_map_get(f->shapes, p, &shapes);
    s = shapes[port];
    if (strcmp(op, "Rank") != 0)
        tfgt_node_get_type(node, "out_type", &dtype, NULL);
    if (dtype != TFGT_DT_INT64)
        dtype = TFGT_DT_INT32;
    dims[0] = s.rank;
    *out = tfgt_tensor_new(dtype, strcmp(op, "Shape") == 0 ? 1 : 0, dims, 0, err);
    if (!*out)
        return err ? err->status : TFGT_E_NO_MEMORY;
    if (strcmp(op, "Shape") == 0) {
        for (int d = 0; d < s.rank; d++)
            tfgt_tensor_set_double(*out, d, (double)s.dims[d]);
    } else if (strcmp(op, "Size") == 0) {
        tfgt_tensor_set_double(*out, 0, (double)tfgt_shape_num_elements(&s));
    } else {
        tfgt_tensor_set_double(*out, 0, s.rank);
    }
    return TFGT_OK;
}

/* Run the folded part once and keep the boundary tensors. */
static tfgt_status evaluate(folder *f, tfgt_error *err)
{
    tfgt_graph *fold = tfgt_graph_new(); /* only the folded nodes, no control edges */
    const char **fetches = NULL;
    tfgt_tensor **results = NULL;
    tfgt_status st = TFGT_OK;
    if (!fold)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    for (size_t i = 0; i < f->count && st == TFGT_OK; i++) {
        tfgt_node *node = tfgt_graph_node(f->graph, i), *copy;
        if (!f->foldable[i])
            continue;
        if (f->by_shape[i]) {
            tfgt_tensor *value = NULL;
            st = shape_value(f, node, &value, err);
            if (st == TFGT_OK && !tfgt_graph_add_const(fold, tfgt_node_name(node), value, err))
                st = err ? err->status : TFGT_E_NO_MEMORY;
            tfgt_tensor_free(value);
            continue;
        }
        copy = tfgt_graph_add_node_copy(fold, node, NULL, err);
        if (!copy) {
            st = err ? err->status : TFGT_E_NO_MEMORY;
            break;
        }
        for (size_t j = tfgt_node_input_count(copy); j-- > 0;)
            if (tfgt_node_input(copy, j)[0] == '^')
                tfgt_node_remove_input(copy, j);
    }
    if (st == TFGT_OK && f->n_bounds) {
        fetches = calloc(f->n_bounds, sizeof *fetches);
        results = calloc(f->n_bounds, sizeof *results);
        if (!fetches || !results)
            st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        for (size_t i = 0; st == TFGT_OK && i < f->n_bounds; i++)
            fetches[i] = f->bounds[i].fetch;
        if (st == TFGT_OK) {
            tfgt_run_options options = {1, 0, false};
            st = tfgt_graph_run(fold, NULL, NULL, 0, fetches, f->n_bounds, &options, results,
                                err);
            if (st != TFGT_OK && err) {
                char why[sizeof err->message];
                snprintf(why, sizeof why, "%s", err->message);
                tfgt_fail(err, st, "constant folding failed: %s", why);
            }
        }
        for (size_t i = 0; st == TFGT_OK && i < f->n_bounds; i++)
            f->bounds[i].value = results[i];
    }
    free(fetches);
    free(results);
    tfgt_graph_free(fold);
    return st;
}

static bool fits(const folder *f, const tfgt_tensor *t)
{
    uint64_t bytes = t->nbytes;
    if (t->dtype == TFGT_DT_STRING) {
        const tfgt_bytes *s = t->data;
        bytes = 0;
        for (int64_t i = 0; i < t->count; i++)
            bytes += s[i].len;
    }
    return bytes <= (uint64_t)f->max_bytes;
}

/* A name for the Const replacing node:port that no node has. */
static char *const_name_for(const tfgt_graph *graph, const char *node, int port)
{
    size_t len = strlen(node) + 48;
    char *name = malloc(len);
    if (!name)
        return NULL;
    snprintf(name, len, "%s__cf__%d", node, port);
    for (int k = 1; tfgt_graph_find_node(graph, name); k++)
        snprintf(name, len, "%s__cf__%d_%d", node, port, k);
    return name;
}

static tfgt_status add_control_inputs(folder *f, tfgt_node *to, size_t folded, tfgt_error *err)
{
    for (size_t c = 0; c < f->outside_control[folded].n; c++) {
        const char *name = tfgt_node_name(tfgt_graph_node(f->graph, f->outside_control[folded].items[c]));
        size_t len = strlen(name) + 2;
        char *in = malloc(len);
        tfgt_status st;
        if (!in)
            return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        snprintf(in, len, "^%s", name);
        st = tfgt_node_add_input(to, in);
        free(in);
        if (st != TFGT_OK)
            return tfgt_fail(err, st, "out of memory");
    }
    return TFGT_OK;
}

static const boundary *boundary_for(const folder *f, const char *input)
{
    tfgt_node *p = tfgt_graph_find_input_node(f->graph, input);
    char name[8];
    int port = 0;
    bool control;
    if (!p || input[0] == '^')
        return NULL;
    tfgt_parse_input(input, name, sizeof name, &port, &control);
    for (size_t i = 0; i < f->n_bounds; i++)
        if (f->bounds[i].node == tfgt_node_index(p) && f->bounds[i].port == port &&
            f->bounds[i].const_name)
            return &f->bounds[i];
    return NULL;
}

/* Rebuild the graph: every node in its place, folded tensors replaced by
 * Consts emitted where the folded node was; then drop what the outputs no
 * longer need. */
static tfgt_status rebuild(folder *f, size_t *n_folded, tfgt_error *err)
{
    tfgt_graph *out = tfgt_graph_new_like(f->graph, err);
    tfgt_status st = TFGT_OK;
    bool *keep = NULL, *stop = NULL;
    size_t out_count;
    if (!out)
        return err ? err->status : TFGT_E_NO_MEMORY;
    *n_folded = 0;
    for (size_t b = 0; b < f->n_bounds; b++) {
        boundary *bd = &f->bounds[b];
        const char *name = tfgt_node_name(tfgt_graph_node(f->graph, bd->node));
        if (!fits(f, bd->value))
            continue;
        bd->const_name = f->is_output[bd->node] ? strdup(name)
                                                : const_name_for(f->graph, name, bd->port);
        if (!bd->const_name) {
            tfgt_graph_free(out);
            return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        }
    }
    for (size_t i = 0; i < f->count && st == TFGT_OK; i++) {
        tfgt_node *node = tfgt_graph_node(f->graph, i), *copy;
        bool replaced_self = false;
        if (!f->needed[i] && !f->fed[i])
            continue;
        for (size_t b = 0; b < f->n_bounds && st == TFGT_OK; b++) {
            boundary *bd = &f->bounds[b];
            tfgt_node *c;
            if (bd->node != i || !bd->const_name)
                continue;
            c = tfgt_graph_add_const(out, bd->const_name, bd->value, err);
            if (!c) {
                st = err ? err->status : TFGT_E_NO_MEMORY;
                break;
            }
            st = add_control_inputs(f, c, i, err);
            (*n_folded)++;
            if (f->is_output[i])
                replaced_self = true;
        }
        if (st != TFGT_OK || replaced_self)
            continue;
        copy = tfgt_graph_add_node_copy(out, node, NULL, err);
        if (!copy) {
            st = err ? err->status : TFGT_E_NO_MEMORY;
            break;
        }
        if (!f->fed[i])
            tfgt_node_remove_attr(copy, "_output_shapes");
        if (f->foldable[i])
            continue;
        for (size_t j = 0; j < tfgt_node_input_count(copy) && st == TFGT_OK; j++) {
            const boundary *bd = boundary_for(f, tfgt_node_input(copy, j));
            if (bd)
                st = tfgt_node_set_input(copy, j, bd->const_name);
        }
    }
    if (st != TFGT_OK) {
        tfgt_graph_free(out);
        return st;
    }
    /* Drop what the outputs no longer reach; fed nodes always stay. */
    out_count = tfgt_graph_node_count(out);
    keep = calloc(out_count + 1, sizeof *keep);
    stop = calloc(out_count + 1, sizeof *stop);
    if (!keep || !stop)
        st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    for (size_t i = 0; st == TFGT_OK && i < out_count; i++) {
        tfgt_node *orig = tfgt_graph_find_node(f->graph, tfgt_node_name(tfgt_graph_node(out, i)));
        stop[i] = orig && f->fed[tfgt_node_index(orig)] &&
                  strcmp(tfgt_node_op(orig), tfgt_node_op(tfgt_graph_node(out, i))) == 0;
    }
    if (st == TFGT_OK)
        st = mark_needed(f, keep, out, stop, err);
    if (st == TFGT_OK) {
        for (size_t i = 0; i < out_count; i++)
            keep[i] = keep[i] || stop[i];
        tfgt_graph_retain(out, keep);
        tfgt_graph_swap(f->graph, out);
    }
    free(keep);
    free(stop);
    tfgt_graph_free(out);
    return st;
}

/* TensorFlow's RewriteInputsAsPlaceholders. */
static tfgt_status inputs_as_placeholders(folder *f, tfgt_error *err)
{
    for (size_t i = 0; i < f->ctx->n_inputs; i++) {
        tfgt_node *n = tfgt_graph_find_input_node(f->graph, f->ctx->inputs[i]);
        const char *op;
        if (!n)
            continue;
        op = tfgt_node_op(n);
        if (strcmp(op, "PlaceholderWithDefault") == 0) {
            tfgt_node_clear_inputs(n);
            if (tfgt_node_set_op(n, "Placeholder") != TFGT_OK)
                return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        } else if (strcmp(op, "Placeholder") != 0) {
            return tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, tfgt_node_name(n),
                                  "input was expected to be a Placeholder or "
                                  "PlaceholderWithDefault op, but was %s",
                                  op);
        }
    }
    return TFGT_OK;
}

tfgt_status tfgt_transform_fold_constants(tfgt_graph *graph, const tfgt_transform_context *ctx,
                                          tfgt_error *err)
{
    folder f;
    tfgt_node **order = NULL;
    tfgt_status st;
    size_t n_folded = 0;

    memset(&f, 0, sizeof f);
    f.graph = graph;
    f.ctx = ctx;
    f.count = tfgt_graph_node_count(graph);
    if ((st = tfgt_params_get_bool(ctx->params, "clear_output_shapes", true,
                                   &f.clear_output_shapes, err)) != TFGT_OK ||
        (st = tfgt_params_get_int64(ctx->params, "max_constant_size_in_bytes", 10485760,
                                    &f.max_bytes, err)) != TFGT_OK)
        return st;
    f.fed = calloc(f.count + 1, sizeof *f.fed);
    f.needed = calloc(f.count + 1, sizeof *f.needed);
    f.foldable = calloc(f.count + 1, sizeof *f.foldable);
    f.by_shape = calloc(f.count + 1, sizeof *f.by_shape);
    f.is_output = calloc(f.count + 1, sizeof *f.is_output);
    f.output_port0_only = calloc(f.count + 1, sizeof *f.output_port0_only);
    f.outside_control = calloc(f.count + 1, sizeof *f.outside_control);
    if (!f.fed || !f.needed || !f.foldable || !f.by_shape || !f.is_output ||
        !f.output_port0_only || !f.outside_control) {
        folder_free(&f);
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    }
    st = mark_io(&f, err);
    if (st == TFGT_OK)
        st = mark_needed(&f, f.needed, graph, f.fed, err);
    /* A Placeholder the outputs need but --inputs forgot is a feed too. */
    for (size_t i = 0; st == TFGT_OK && i < f.count; i++) {
        tfgt_node *node = tfgt_graph_node(graph, i);
        if (f.needed[i] && !f.fed[i] && (strcmp(tfgt_node_op(node), "Placeholder") == 0 ||
                                          strcmp(tfgt_node_op(node), "PlaceholderV2") == 0)) {
            f.fed[i] = true;
            tfgt_transform_log(ctx, TFGT_LOG_WARNING,
                               "fold_constants: placeholder '%s' is not in --inputs; "
                               "treating it as fed",
                               tfgt_node_name(node));
        }
    }
    if (st == TFGT_OK)
        st = tfgt_graph_topological_order(graph, &order, err);
    if (st == TFGT_OK)
        st = decide_foldable(&f, order, err);
    if (st == TFGT_OK)
        st = collect_outside_control(&f, order, err);
    if (st == TFGT_OK)
        st = find_boundaries(&f, err);
    if (st == TFGT_OK)
        st = evaluate(&f, err);
    if (st == TFGT_OK)
        st = rebuild(&f, &n_folded, err);
    if (st == TFGT_OK)
        st = inputs_as_placeholders(&f, err);
    if (st == TFGT_OK)
        tfgt_transform_log(ctx, TFGT_LOG_INFO,
                           "fold_constants: %zu tensors folded into Consts, %zu nodes left",
                           n_folded, tfgt_graph_node_count(graph));
    free(order);
    folder_free(&f);
    return st;
}
