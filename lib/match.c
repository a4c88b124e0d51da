/* match.c - op-type patterns, matching in execution order, and the
 * rebuild-with-replacements pass (see match.h). */
#define _POSIX_C_SOURCE 200809L
#include "match.h"

#include <stdlib.h>
#include <string.h>

typedef struct pattern {
    char **ops; /* alternatives; a single "*" matches anything */
    size_t n_ops;
    struct pattern *inputs;
    size_t n_inputs;
    bool has_inputs; /* written with parentheses */
} pattern;

static void pattern_clear(pattern *p)
{
    for (size_t i = 0; i < p->n_ops; i++)
        free(p->ops[i]);
    free(p->ops);
    for (size_t i = 0; i < p->n_inputs; i++)
        pattern_clear(&p->inputs[i]);
    free(p->inputs);
    memset(p, 0, sizeof *p);
}

static void skip_blanks(const char **s)
{
    while (**s == ' ' || **s == '\t' || **s == '\n')
        (*s)++;
}

static bool is_op_char(char c)
{
    return c && !strchr("(), \t\n|", c);
}

/* Parse one pattern at *s.  Patterns are compiled into the transforms, so
 * a syntax error is a bug in tfgt. */
static tfgt_status pattern_parse(const char **s, pattern *p, int depth, tfgt_error *err)
{
    memset(p, 0, sizeof *p);
    if (depth > 32)
        return tfgt_fail(err, TFGT_E_INTERNAL, "pattern nested too deeply");
    skip_blanks(s);
    for (;;) {
        const char *start = *s;
        char **grown;
        while (is_op_char(**s))
            (*s)++;
        if (*s == start)
            return tfgt_fail(err, TFGT_E_INTERNAL, "pattern: op expected at '%s'", start);
        grown = realloc(p->ops, (p->n_ops + 1) * sizeof *grown);
        if (!grown)
            return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        p->ops = grown;
        p->ops[p->n_ops] = strndup(start, (size_t)(*s - start));
        if (!p->ops[p->n_ops])
            return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        p->n_ops++;
        if (**s != '|')
            break;
        (*s)++;
    }
    skip_blanks(s);
    if (**s != '(')
        return TFGT_OK;
    (*s)++;
    p->has_inputs = true;
    for (;;) {
        pattern *grown = realloc(p->inputs, (p->n_inputs + 1) * sizeof *grown);
        tfgt_status st;
        if (!grown)
            return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        p->inputs = grown;
        st = pattern_parse(s, &p->inputs[p->n_inputs], depth + 1, err);
        p->n_inputs++;
        if (st != TFGT_OK)
            return st;
        skip_blanks(s);
        if (**s == ',') {
            (*s)++;
            continue;
        }
        if (**s == ')') {
            (*s)++;
            return TFGT_OK;
        }
        return tfgt_fail(err, TFGT_E_INTERNAL, "pattern: ',' or ')' expected at '%s'", *s);
    }
}

static tfgt_status pattern_compile(const char *text, pattern *p, tfgt_error *err)
{
    const char *s = text;
    tfgt_status st = pattern_parse(&s, p, 0, err);
    if (st == TFGT_OK) {
        skip_blanks(&s);
        if (*s)
            st = tfgt_fail(err, TFGT_E_INTERNAL, "pattern: trailing text '%s'", s);
    }
    if (st != TFGT_OK)
        pattern_clear(p);
    return st;
}

static bool op_matches(const pattern *p, const char *op)
{
    for (size_t i = 0; i < p->n_ops; i++)
        if (strcmp(p->ops[i], "*") == 0 || strcmp(p->ops[i], op) == 0)
            return true;
    return false;
}

static void match_clear(tfgt_match *m)
{
    for (size_t i = 0; i < m->n_inputs; i++)
        match_clear(&m->inputs[i]);
    free(m->inputs);
    memset(m, 0, sizeof *m);
}

void tfgt_matches_free(tfgt_match *matches, size_t n)
{
    for (size_t i = 0; i < n; i++)
        match_clear(&matches[i]);
    free(matches);
}

/* Try to match `node` against `p`; `taken` marks nodes of earlier matches.
 * Returns 1 on a match, 0 on none, -1 when out of memory. */
static int match_node(const tfgt_graph *graph, tfgt_node *node, const pattern *p,
                      const bool *taken, tfgt_match *out)
{
    size_t data;
    memset(out, 0, sizeof *out);
    if (taken[tfgt_node_index(node)] || !op_matches(p, tfgt_node_op(node)))
        return 0;
    out->node = node;
    if (!p->has_inputs)
        return 1;
    data = 0;
    for (size_t i = 0; i < tfgt_node_input_count(node); i++) {
        const char *in = tfgt_node_input(node, i);
        if (in[0] && in[0] != '^')
            data++;
    }
    if (data != p->n_inputs)
        return 0;
    out->inputs = calloc(p->n_inputs ? p->n_inputs : 1, sizeof *out->inputs);
    if (!out->inputs)
        return -1;
    out->n_inputs = p->n_inputs;
    for (size_t i = 0, k = 0; i < tfgt_node_input_count(node); i++) {
        const char *in = tfgt_node_input(node, i);
        tfgt_node *producer;
        int r;
        if (!in[0] || in[0] == '^')
            continue;
        producer = tfgt_graph_find_input_node(graph, in);
        r = producer ? match_node(graph, producer, &p->inputs[k], taken, &out->inputs[k]) : 0;
        if (r != 1) {
            match_clear(out);
            return r;
        }
        k++;
    }
    return 1;
}

static void mark_taken(const tfgt_match *m, bool *taken)
{
    taken[tfgt_node_index(m->node)] = true;
    for (size_t i = 0; i < m->n_inputs; i++)
        mark_taken(&m->inputs[i], taken);
}

tfgt_status tfgt_find_matches(const tfgt_graph *graph, const char *pattern_text,
                              tfgt_match **matches, size_t *n, tfgt_error *err)
{
    size_t count = tfgt_graph_node_count(graph);
    tfgt_node **order = NULL;
    bool *taken = NULL;
    tfgt_match *found = NULL;
    size_t n_found = 0;
    pattern p;
    tfgt_status st = pattern_compile(pattern_text, &p, err);

    *matches = NULL;
    *n = 0;
    if (st != TFGT_OK)
        return st;
    st = tfgt_graph_topological_order(graph, &order, err);
    if (st != TFGT_OK) {
        pattern_clear(&p);
        return st;
    }
    taken = calloc(count ? count : 1, sizeof *taken);
    found = calloc(count ? count : 1, sizeof *found);
    if (!taken || !found) {
        st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory matching patterns");
        goto done;
    }
    for (size_t i = 0; i < count; i++) {
        int r = match_node(graph, order[i], &p, taken, &found[n_found]);
        if (r < 0) {
            st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory matching patterns");
            goto done;
        }
        if (r == 1)
            mark_taken(&found[n_found++], taken);
    }
done:
    pattern_clear(&p);
    free(order);
    free(taken);
    if (st != TFGT_OK) {
        tfgt_matches_free(found, n_found);
        return st;
    }
    *matches = found;
    *n = n_found;
    return TFGT_OK;
}

/* Nodes of a match breadth first from the head, each once.  *nodes is
 * malloc'ed. */
static tfgt_status match_nodes_bfs(const tfgt_match *match, const tfgt_match ***nodes, size_t *n,
                                   tfgt_error *err)
{
    size_t cap = 8, len = 0, head = 0;
    const tfgt_match **queue = malloc(cap * sizeof *queue);
    const tfgt_match **list = malloc(cap * sizeof *list);
    size_t queue_len = 0;
    if (!queue || !list)
        goto oom;
    queue[queue_len++] = match;
    while (head < queue_len) {
        const tfgt_match *m = queue[head++];
        bool seen = false;
        for (size_t i = 0; i < len; i++)
            if (list[i]->node == m->node)
                seen = true;
        if (seen)
            continue;
        if (len == cap || queue_len + m->n_inputs > cap) {
            size_t grown_cap = (cap + m->n_inputs) * 2;
            const tfgt_match **q = realloc(queue, grown_cap * sizeof *q);
            const tfgt_match **l;
            if (!q)
                goto oom;
            queue = q;
            l = realloc(list, grown_cap * sizeof *l);
            if (!l)
                goto oom;
            list = l;
            cap = grown_cap;
        }
        list[len++] = m;
        for (size_t i = 0; i < m->n_inputs; i++)
            queue[queue_len++] = &m->inputs[i];
    }
    free(queue);
    *nodes = list;
    *n = len;
    return TFGT_OK;
oom:
    free(queue);
    free(list);
    return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
}

tfgt_status tfgt_match_copy_original(const tfgt_match *match, tfgt_graph *out, tfgt_error *err)
{
    const tfgt_match **nodes = NULL;
    size_t n = 0;
    tfgt_status st = match_nodes_bfs(match, &nodes, &n, err);
    if (st != TFGT_OK)
        return st;
    for (size_t i = 0; i < n && st == TFGT_OK; i++)
        if (!tfgt_graph_add_node_copy(out, nodes[i]->node, NULL, err))
            st = err ? err->status : TFGT_E_NO_MEMORY;
    free(nodes);
    return st;
}

static bool match_contains(const tfgt_match *m, const tfgt_node *node)
{
    if (m->node == node)
        return true;
    for (size_t i = 0; i < m->n_inputs; i++)
        if (match_contains(&m->inputs[i], node))
            return true;
    return false;
}

bool tfgt_match_used_outside(const tfgt_match *match, const tfgt_consumers *consumers,
                             const tfgt_node *node)
{
    for (size_t i = 0; i < tfgt_consumers_count(consumers, node); i++)
        if (!match_contains(match, tfgt_consumers_get(consumers, node, i)))
            return true;
    return false;
}

/* Drop the nodes of `out` from index `from` on. */
static tfgt_status truncate_graph(tfgt_graph *out, size_t from, tfgt_error *err)
{
    size_t count = tfgt_graph_node_count(out);
    bool *keep = malloc(count ? count : 1);
    if (!keep)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    for (size_t i = 0; i < count; i++)
        keep[i] = i < from;
    tfgt_graph_retain(out, keep);
    free(keep);
    return TFGT_OK;
}

/* Whether every node of the match that outside nodes read was emitted
 * again (among out's nodes from index `from`). */
static bool replacement_keeps_needed(const tfgt_match *match, const tfgt_match *m,
                                     const tfgt_consumers *consumers, const tfgt_graph *out,
                                     size_t from)
{
    if (tfgt_match_used_outside(match, consumers, m->node)) {
        tfgt_node *emitted = tfgt_graph_find_node(out, tfgt_node_name(m->node));
        if (!emitted || tfgt_node_index(emitted) < from)
            return false;
    }
    for (size_t i = 0; i < m->n_inputs; i++)
        if (!replacement_keeps_needed(match, &m->inputs[i], consumers, out, from))
            return false;
    return true;
}

tfgt_status tfgt_replace_matches(tfgt_graph *graph, const char *pattern_text,
                                 tfgt_match_replace_fn fn, void *user, bool allow_inconsistencies,
                                 size_t *kept_original, tfgt_error *err)
{
    size_t count = tfgt_graph_node_count(graph);
    tfgt_match *matches = NULL;
    size_t n_matches = 0, reverted = 0;
    tfgt_consumers *consumers = NULL;
    const tfgt_match **head_of = NULL; /* node index -> its match, for heads */
    bool *in_match = NULL;
    tfgt_graph *out = NULL;
    tfgt_status st;

    if (kept_original)
        *kept_original = 0;
    st = tfgt_find_matches(graph, pattern_text, &matches, &n_matches, err);
    if (st != TFGT_OK)
        return st;
    if (n_matches == 0) {
        tfgt_matches_free(matches, n_matches);
        return TFGT_OK;
    }
    consumers = tfgt_consumers_build(graph, err);
    head_of = calloc(count, sizeof *head_of);
    in_match = calloc(count, sizeof *in_match);
    out = tfgt_graph_new_like(graph, err);
    if (!consumers || !head_of || !in_match || !out) {
        st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory replacing patterns");
        goto done;
    }
    for (size_t i = 0; i < n_matches; i++) {
        head_of[tfgt_node_index(matches[i].node)] = &matches[i];
        mark_taken(&matches[i], in_match);
    }
    for (size_t i = 0; i < count && st == TFGT_OK; i++) {
        tfgt_node *node = tfgt_graph_node(graph, i);
        const tfgt_match *m = head_of[i];
        if (m) {
            size_t from = tfgt_graph_node_count(out);
            st = fn(user, m, consumers, out, err);
            if (st != TFGT_OK)
                break;
            if (!allow_inconsistencies &&
                !replacement_keeps_needed(m, m, consumers, out, from)) {
                reverted++;
                st = truncate_graph(out, from, err);
                if (st == TFGT_OK)
                    st = tfgt_match_copy_original(m, out, err);
            }
        } else if (!in_match[i]) {
            if (!tfgt_graph_add_node_copy(out, node, NULL, err))
                st = err ? err->status : TFGT_E_NO_MEMORY;
        }
    }
    if (st == TFGT_OK)
        tfgt_graph_swap(graph, out);
    if (kept_original)
        *kept_original = reverted;
done:
    tfgt_graph_free(out);
    tfgt_consumers_free(consumers);
    free(head_of);
    free(in_match);
    tfgt_matches_free(matches, n_matches);
    return st;
}

bool tfgt_conv_is_nhwc_undilated(const tfgt_node *conv)
{
    const char *format;
    size_t len, n = 0;
    int64_t dilations[8];
    if (tfgt_node_get_string(conv, "data_format", &format, &len, NULL) == TFGT_OK &&
        !(len == 4 && memcmp(format, "NHWC", 4) == 0))
        return false;
    if (tfgt_node_has_attr(conv, "dilations") &&
        tfgt_node_get_list_int(conv, "dilations", dilations, 8, &n, NULL) == TFGT_OK)
        for (size_t i = 0; i < n && i < 8; i++)
            if (dilations[i] != 1)
                return false;
    return true;
}

tfgt_status tfgt_match_emit_once(tfgt_graph *out, const tfgt_node *node, tfgt_error *err)
{
    if (tfgt_graph_find_node(out, tfgt_node_name(node)))
        return TFGT_OK;
    if (!tfgt_graph_add_node_copy(out, node, NULL, err))
        return err && err->status ? err->status : TFGT_E_NO_MEMORY;
    return TFGT_OK;
}

tfgt_status tfgt_replace_consts(tfgt_graph *graph, tfgt_const_replace_fn fn, void *user,
                                tfgt_error *err)
{
    tfgt_graph *out = tfgt_graph_new_like(graph, err);
    tfgt_status st = TFGT_OK;
    if (!out)
        return err && err->status ? err->status : TFGT_E_NO_MEMORY;
    for (size_t i = 0; i < tfgt_graph_node_count(graph) && st == TFGT_OK; i++) {
        tfgt_node *node = tfgt_graph_node(graph, i);
        tfgt_tensor *value = NULL;
        bool replaced = false;
        int dtype;
        if (strcmp(tfgt_node_op(node), "Const") == 0) {
            if (tfgt_node_get_type(node, "dtype", &dtype, NULL) != TFGT_OK) {
                st = tfgt_fail_node(err, TFGT_E_INVALID_GRAPH, tfgt_node_name(node),
                                    "Const has no 'dtype' attribute");
                break;
            }
            if (!tfgt_node_has_attr(node, "value")) {
                st = tfgt_fail_node(err, TFGT_E_INVALID_GRAPH, tfgt_node_name(node),
                                    "Const has no 'value' attribute");
                break;
            }
            st = tfgt_node_get_tensor(node, "value", 0, &value, err);
            if (st == TFGT_OK)
                st = fn(user, node, value, out, &replaced, err);
            tfgt_tensor_free(value);
        }
        if (st == TFGT_OK && !replaced && !tfgt_graph_add_node_copy(out, node, NULL, err))
            st = err && err->status ? err->status : TFGT_E_NO_MEMORY;
    }
    if (st == TFGT_OK)
        tfgt_graph_swap(graph, out);
    tfgt_graph_free(out);
    return st;
}

bool tfgt_match_read_only_as_weights(const tfgt_graph *graph, const tfgt_consumers *consumers,
                                     const tfgt_node *node)
{
    size_t n = tfgt_consumers_count(consumers, node);
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        const tfgt_node *c = tfgt_consumers_get(consumers, node, i);
        const char *op = tfgt_node_op(c);
        if (strcmp(op, "Conv2D") != 0 && strcmp(op, "DepthwiseConv2dNative") != 0 &&
            strcmp(op, "MatMul") != 0)
            return false;
        if (tfgt_node_data_input_count(c) != 2 ||
            tfgt_graph_find_input_node(graph, tfgt_node_input(c, 1)) != node ||
            tfgt_graph_find_input_node(graph, tfgt_node_input(c, 0)) == node)
            return false;
    }
    return true;
}
