/* graph.c - the graph model (see tfgt/graph.h).
 *
 * Nodes are plain C records; only attribute values stay protobuf-c
 * messages, because they are arbitrary nested data that must round-trip
 * untouched.  Loading steals those messages out of the unpacked GraphDef
 * instead of copying them, so large weight tensors are never duplicated.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buffer.h"
#include "graph.pb-c.h"
#include "graph_internal.h"
#include "textformat.h"
#include "wire.h"

/* ---- small helpers ------------------------------------------------------ */

static char *dup_string(const char *s)
{
    size_t n = strlen(s ? s : "");
    char *copy = malloc(n + 1);
    if (copy)
        memcpy(copy, s ? s : "", n + 1);
    return copy;
}

static uint64_t hash_name(const char *name)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        h ^= *p;
        h *= 1099511628211ULL;
    }
    return h;
}

static tfgt_status grow_array(void **array, size_t *cap, size_t need, size_t elem)
{
    size_t next;
    void *grown;
    if (need <= *cap)
        return TFGT_OK;
    next = *cap ? *cap : 4;
    while (next < need) {
        if (next > SIZE_MAX / 2 / elem)
            return TFGT_E_NO_MEMORY;
        next *= 2;
    }
    grown = realloc(*array, next * elem);
    if (!grown)
        return TFGT_E_NO_MEMORY;
    *array = grown;
    *cap = next;
    return TFGT_OK;
}

/* ---- name index --------------------------------------------------------- */

static tfgt_node **index_slot(const tfgt_graph *graph, const char *name)
{
    size_t mask = graph->index_size - 1;
    size_t i = (size_t)hash_name(name) & mask;
    while (graph->index[i] && strcmp(graph->index[i]->name, name) != 0)
        i = (i + 1) & mask;
    return &graph->index[i];
}

static tfgt_status index_rebuild(tfgt_graph *graph, size_t min_size)
{
    size_t size = 16;
    tfgt_node **table;
    while (size < min_size * 2) {
        if (size > SIZE_MAX / 4 / sizeof *table)
            return TFGT_E_NO_MEMORY;
        size *= 2;
    }
    table = calloc(size, sizeof *table);
    if (!table)
        return TFGT_E_NO_MEMORY;
    free(graph->index);
    graph->index = table;
    graph->index_size = size;
    for (size_t i = 0; i < graph->n_nodes; i++) {
        tfgt_node **slot = index_slot(graph, graph->nodes[i]->name);
        if (!*slot)
            *slot = graph->nodes[i];
    }
    return TFGT_OK;
}

/* Remove `node` from the index with backward-shift deletion so probing
 * chains stay intact. */
static void index_remove(tfgt_graph *graph, const tfgt_node *node)
{
    size_t mask = graph->index_size - 1;
    tfgt_node **slot;
    size_t hole, next;
    if (!graph->index)
        return;
    slot = index_slot(graph, node->name);
    if (*slot != node)
        return;
    hole = (size_t)(slot - graph->index);
    graph->index[hole] = NULL;
    next = (hole + 1) & mask;
    while (graph->index[next]) {
        size_t home = (size_t)hash_name(graph->index[next]->name) & mask;
        /* Move the entry into the hole when its home lies cyclically at or
         * before the hole. */
        if (((next - home) & mask) >= ((next - hole) & mask)) {
            graph->index[hole] = graph->index[next];
            graph->index[next] = NULL;
            hole = next;
        }
        next = (next + 1) & mask;
    }
}

static tfgt_status index_insert(tfgt_graph *graph, tfgt_node *node)
{
    tfgt_node **slot;
    if (graph->index_size < (graph->n_nodes + 1) * 2) {
        if (index_rebuild(graph, graph->n_nodes + 1) != TFGT_OK)
            return TFGT_E_NO_MEMORY;
    }
    slot = index_slot(graph, node->name);
    if (*slot)
        return TFGT_E_INVALID_ARGUMENT;
    *slot = node;
    return TFGT_OK;
}

/* ---- nodes -------------------------------------------------------------- */

static void attr_clear(tfgt_attr *attr)
{
    free(attr->key);
    if (attr->value)
        protobuf_c_message_free_unpacked(&attr->value->base, NULL);
    attr->key = NULL;
    attr->value = NULL;
}

static void node_free(tfgt_node *node)
{
    if (!node)
        return;
    free(node->name);
    free(node->op);
    free(node->device);
    for (size_t i = 0; i < node->n_inputs; i++)
        free(node->inputs[i]);
    free(node->inputs);
    for (size_t i = 0; i < node->n_attrs; i++)
        attr_clear(&node->attrs[i]);
    free(node->attrs);
    free(node->extra);
    free(node);
}

static tfgt_node *node_new(const char *name, const char *op)
{
    tfgt_node *node = calloc(1, sizeof *node);
    if (!node)
        return NULL;
    node->name = dup_string(name);
    node->op = dup_string(op);
    node->device = dup_string("");
    if (!node->name || !node->op || !node->device) {
        node_free(node);
        return NULL;
    }
    return node;
}

static tfgt_status graph_append(tfgt_graph *graph, tfgt_node *node, tfgt_error *err)
{
    if (!node->name[0])
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT, "a node needs a non-empty name");
    if (tfgt_graph_find_node(graph, node->name))
        return tfgt_fail_node(err, TFGT_E_INVALID_GRAPH, node->name,
                              "duplicate node name (another node already has it)");
    if (grow_array((void **)&graph->nodes, &graph->cap_nodes, graph->n_nodes + 1,
                   sizeof *graph->nodes) != TFGT_OK ||
        index_insert(graph, node) != TFGT_OK)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory adding node '%s'", node->name);
    node->graph = graph;
    node->index = graph->n_nodes;
    graph->nodes[graph->n_nodes++] = node;
    return TFGT_OK;
}

tfgt_attr *tfgt_node_find_attr(const tfgt_node *node, const char *key)
{
    for (size_t i = 0; i < node->n_attrs; i++)
        if (strcmp(node->attrs[i].key, key) == 0)
            return &node->attrs[i];
    return NULL;
}

tfgt_status tfgt_node_put_attr(tfgt_node *node, const char *key, Tensorflow__AttrValue *value)
{
    tfgt_attr *attr = tfgt_node_find_attr(node, key);
    if (attr) {
        if (attr->value)
            protobuf_c_message_free_unpacked(&attr->value->base, NULL);
        attr->value = value;
        return TFGT_OK;
    }
    if (grow_array((void **)&node->attrs, &node->cap_attrs, node->n_attrs + 1,
                   sizeof *node->attrs) != TFGT_OK)
        goto oom;
    attr = &node->attrs[node->n_attrs];
    attr->key = dup_string(key);
    if (!attr->key)
        goto oom;
    attr->value = value;
    node->n_attrs++;
    return TFGT_OK;
oom:
    if (value)
        protobuf_c_message_free_unpacked(&value->base, NULL);
    return TFGT_E_NO_MEMORY;
}

Tensorflow__AttrValue *tfgt_attr_value_copy(const Tensorflow__AttrValue *value)
{
    size_t size = protobuf_c_message_get_packed_size(&value->base);
    uint8_t *bytes = malloc(size ? size : 1);
    Tensorflow__AttrValue *copy;
    if (!bytes)
        return NULL;
    protobuf_c_message_pack(&value->base, bytes);
    copy = tensorflow__attr_value__unpack(NULL, size, bytes);
    free(bytes);
    return copy;
}

static tfgt_node *node_copy(const tfgt_node *src, const char *name)
{
    tfgt_node *node = node_new(name ? name : src->name, src->op);
    if (!node)
        return NULL;
    if (tfgt_node_set_device(node, src->device) != TFGT_OK)
        goto fail;
    for (size_t i = 0; i < src->n_inputs; i++)
        if (tfgt_node_add_input(node, src->inputs[i]) != TFGT_OK)
            goto fail;
    for (size_t i = 0; i < src->n_attrs; i++) {
        Tensorflow__AttrValue *value = NULL;
        if (src->attrs[i].value && !(value = tfgt_attr_value_copy(src->attrs[i].value)))
            goto fail;
        if (tfgt_node_put_attr(node, src->attrs[i].key, value) != TFGT_OK)
            goto fail;
    }
    if (src->extra_len) {
        node->extra = malloc(src->extra_len);
        if (!node->extra)
            goto fail;
        memcpy(node->extra, src->extra, src->extra_len);
        node->extra_len = src->extra_len;
    }
    return node;
fail:
    node_free(node);
    return NULL;
}

/* ---- graphs ------------------------------------------------------------- */

tfgt_graph *tfgt_graph_new(void)
{
    return calloc(1, sizeof(tfgt_graph));
}

void tfgt_graph_free(tfgt_graph *graph)
{
    if (!graph)
        return;
    for (size_t i = 0; i < graph->n_nodes; i++)
        node_free(graph->nodes[i]);
    free(graph->nodes);
    free(graph->index);
    free(graph->extra);
    free(graph);
}

tfgt_status tfgt_graph_set_extra(tfgt_graph *graph, const uint8_t *bytes, size_t len)
{
    uint8_t *copy = NULL;
    if (len) {
        copy = malloc(len);
        if (!copy)
            return TFGT_E_NO_MEMORY;
        memcpy(copy, bytes, len);
    }
    free(graph->extra);
    graph->extra = copy;
    graph->extra_len = len;
    return TFGT_OK;
}

tfgt_graph *tfgt_graph_new_like(const tfgt_graph *graph, tfgt_error *err)
{
    tfgt_graph *copy = tfgt_graph_new();
    if (!copy || tfgt_graph_set_extra(copy, graph->extra, graph->extra_len) != TFGT_OK) {
        tfgt_graph_free(copy);
        tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        return NULL;
    }
    return copy;
}

tfgt_graph *tfgt_graph_clone(const tfgt_graph *graph, tfgt_error *err)
{
    tfgt_graph *copy = tfgt_graph_new();
    if (!copy || tfgt_graph_set_extra(copy, graph->extra, graph->extra_len) != TFGT_OK)
        goto oom;
    for (size_t i = 0; i < graph->n_nodes; i++) {
        tfgt_node *node = node_copy(graph->nodes[i], NULL);
        if (!node)
            goto oom;
        if (graph_append(copy, node, err) != TFGT_OK) {
            node_free(node);
            tfgt_graph_free(copy);
            return NULL;
        }
    }
    return copy;
oom:
    tfgt_graph_free(copy);
    tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory copying a graph");
    return NULL;
}

void tfgt_graph_swap(tfgt_graph *a, tfgt_graph *b)
{
    tfgt_graph tmp = *a;
    *a = *b;
    *b = tmp;
    for (size_t i = 0; i < a->n_nodes; i++)
        a->nodes[i]->graph = a;
    for (size_t i = 0; i < b->n_nodes; i++)
        b->nodes[i]->graph = b;
}

size_t tfgt_graph_node_count(const tfgt_graph *graph)
{
    return graph->n_nodes;
}

tfgt_node *tfgt_graph_node(const tfgt_graph *graph, size_t index)
{
    return index < graph->n_nodes ? graph->nodes[index] : NULL;
}

size_t tfgt_node_index(const tfgt_node *node)
{
    return node->index;
}

tfgt_node *tfgt_graph_find_node(const tfgt_graph *graph, const char *name)
{
    if (!graph->index_size)
        return NULL;
    return *index_slot(graph, name);
}

tfgt_node *tfgt_graph_find_input_node(const tfgt_graph *graph, const char *input)
{
    char stack_name[256];
    char *name = stack_name;
    const char *start = input[0] == '^' ? input + 1 : input;
    const char *colon = strchr(start, ':');
    size_t n = colon ? (size_t)(colon - start) : strlen(start);
    tfgt_node *found;
    if (n >= sizeof stack_name) {
        name = malloc(n + 1);
        if (!name)
            return NULL;
    }
    memcpy(name, start, n);
    name[n] = '\0';
    found = tfgt_graph_find_node(graph, name);
    if (name != stack_name)
        free(name);
    return found;
}

tfgt_node *tfgt_graph_add_node(tfgt_graph *graph, const char *name, const char *op,
                               tfgt_error *err)
{
    tfgt_node *node = node_new(name, op);
    if (!node) {
        tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory adding node '%s'", name);
        return NULL;
    }
    if (graph_append(graph, node, err) != TFGT_OK) {
        node_free(node);
        return NULL;
    }
    return node;
}

tfgt_node *tfgt_graph_add_node_copy(tfgt_graph *graph, const tfgt_node *src, const char *name,
                                    tfgt_error *err)
{
    tfgt_node *node = node_copy(src, name);
    if (!node) {
        tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory copying node '%s'", src->name);
        return NULL;
    }
    if (graph_append(graph, node, err) != TFGT_OK) {
        node_free(node);
        return NULL;
    }
    return node;
}

void tfgt_graph_remove_node(tfgt_graph *graph, tfgt_node *node)
{
    size_t at = node->index;
    if (at >= graph->n_nodes || graph->nodes[at] != node)
        return;
    index_remove(graph, node);
    memmove(&graph->nodes[at], &graph->nodes[at + 1],
            (graph->n_nodes - at - 1) * sizeof *graph->nodes);
    graph->n_nodes--;
    for (size_t i = at; i < graph->n_nodes; i++)
        graph->nodes[i]->index = i;
    node_free(node);
}

void tfgt_graph_retain(tfgt_graph *graph, const bool *keep)
{
    size_t kept = 0;
    bool removed = false;
    for (size_t i = 0; i < graph->n_nodes; i++) {
        tfgt_node *node = graph->nodes[i];
        if (keep[i]) {
            node->index = kept;
            graph->nodes[kept++] = node;
        } else {
            node_free(node);
            removed = true;
        }
    }
    graph->n_nodes = kept;
    if (removed && index_rebuild(graph, kept) != TFGT_OK) {
        /* Out of memory while shrinking: fall back to an index built in
         * place, which cannot fail because the old table is large enough. */
        memset(graph->index, 0, graph->index_size * sizeof *graph->index);
        for (size_t i = 0; i < graph->n_nodes; i++)
            *index_slot(graph, graph->nodes[i]->name) = graph->nodes[i];
    }
}

tfgt_status tfgt_graph_reorder(tfgt_graph *graph, tfgt_node *const *order, size_t n,
                               tfgt_error *err)
{
    bool *seen;
    if (n != graph->n_nodes)
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                         "reorder: %zu nodes given for a graph of %zu", n, graph->n_nodes);
    seen = calloc(n ? n : 1, sizeof *seen);
    if (!seen)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory reordering nodes");
    for (size_t i = 0; i < n; i++) {
        const tfgt_node *node = order[i];
        if (!node || node->graph != graph || node->index >= n || graph->nodes[node->index] != node ||
            seen[node->index]) {
            free(seen);
            return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                             "reorder: the order is not a permutation of the graph's nodes");
        }
        seen[node->index] = true;
    }
    free(seen);
    memcpy(graph->nodes, order, n * sizeof *order);
    for (size_t i = 0; i < n; i++)
        graph->nodes[i]->index = i;
    return TFGT_OK;
}

/* Replace the node part of `input` with `name`, keeping "^" and ":port". */
static char *input_with_node(const char *input, const char *name)
{
    const char *start = input[0] == '^' ? input + 1 : input;
    const char *colon = strchr(start, ':');
    const char *suffix = colon ? colon : "";
    size_t len = (input[0] == '^') + strlen(name) + strlen(suffix);
    char *out = malloc(len + 1);
    if (!out)
        return NULL;
    snprintf(out, len + 1, "%s%s%s", input[0] == '^' ? "^" : "", name, suffix);
    return out;
}

static bool input_names_node(const char *input, const char *name)
{
    const char *start = input[0] == '^' ? input + 1 : input;
    size_t n = strlen(name);
    return strncmp(start, name, n) == 0 && (start[n] == '\0' || start[n] == ':');
}

tfgt_status tfgt_graph_rename_node(tfgt_graph *graph, tfgt_node *node, const char *new_name,
                                   bool rewire, tfgt_error *err)
{
    char *old_name;
    char *copy;
    if (!new_name[0])
        return tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, node->name,
                              "cannot rename to an empty name");
    if (strcmp(node->name, new_name) == 0)
        return TFGT_OK;
    if (tfgt_graph_find_node(graph, new_name))
        return tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, node->name,
                              "cannot rename to '%s': a node of that name exists", new_name);
    copy = dup_string(new_name);
    if (!copy)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory renaming a node");
    if (rewire) {
        for (size_t i = 0; i < graph->n_nodes; i++) {
            tfgt_node *user = graph->nodes[i];
            for (size_t k = 0; k < user->n_inputs; k++) {
                if (input_names_node(user->inputs[k], node->name)) {
                    char *renamed = input_with_node(user->inputs[k], new_name);
                    if (!renamed) {
                        free(copy);
                        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory renaming a node");
                    }
                    free(user->inputs[k]);
                    user->inputs[k] = renamed;
                }
            }
        }
    }
    index_remove(graph, node);
    old_name = node->name;
    node->name = copy;
    free(old_name);
    if (index_insert(graph, node) != TFGT_OK)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory renaming a node");
    return TFGT_OK;
}

/* ---- consumers ---------------------------------------------------------- */

struct tfgt_consumers {
    size_t n_nodes;
    size_t *start; /* n_nodes + 1 offsets into users */
    tfgt_node **users;
};

tfgt_consumers *tfgt_consumers_build(const tfgt_graph *graph, tfgt_error *err)
{
    size_t n = graph->n_nodes, edges = 0;
    size_t *fill = NULL;
    tfgt_consumers *map = calloc(1, sizeof *map);
    if (!map)
        goto oom;
    map->n_nodes = n;
    map->start = calloc(n + 1, sizeof *map->start);
    fill = calloc(n + 1, sizeof *fill);
    if (!map->start || !fill)
        goto oom;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < graph->nodes[i]->n_inputs; k++) {
            tfgt_node *producer = tfgt_graph_find_input_node(graph, graph->nodes[i]->inputs[k]);
            if (producer) {
                map->start[producer->index + 1]++;
                edges++;
            }
        }
    for (size_t i = 0; i < n; i++)
        map->start[i + 1] += map->start[i];
    map->users = calloc(edges ? edges : 1, sizeof *map->users);
    if (!map->users)
        goto oom;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < graph->nodes[i]->n_inputs; k++) {
            tfgt_node *producer = tfgt_graph_find_input_node(graph, graph->nodes[i]->inputs[k]);
            if (producer)
                map->users[map->start[producer->index] + fill[producer->index]++] =
                    graph->nodes[i];
        }
    free(fill);
    return map;
oom:
    free(fill);
    tfgt_consumers_free(map);
    tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory listing consumers");
    return NULL;
}

void tfgt_consumers_free(tfgt_consumers *map)
{
    if (!map)
        return;
    free(map->start);
    free(map->users);
    free(map);
}

size_t tfgt_consumers_count(const tfgt_consumers *map, const tfgt_node *node)
{
    if (node->index >= map->n_nodes)
        return 0;
    return map->start[node->index + 1] - map->start[node->index];
}

tfgt_node *tfgt_consumers_get(const tfgt_consumers *map, const tfgt_node *node, size_t i)
{
    if (i >= tfgt_consumers_count(map, node))
        return NULL;
    return map->users[map->start[node->index] + i];
}

/* ---- order and validation ----------------------------------------------- */

static bool is_merge_op(const char *op)
{
    return strcmp(op, "Merge") == 0 || strcmp(op, "RefMerge") == 0 ||
           strcmp(op, "_XlaMerge") == 0;
}

tfgt_status tfgt_graph_topological_order(const tfgt_graph *graph, tfgt_node ***order_out,
                                         tfgt_error *err)
{
    size_t n = graph->n_nodes, done = 0, top = 0;
    size_t *pending = calloc(n ? n : 1, sizeof *pending);
    tfgt_node **stack = calloc(n ? n : 1, sizeof *stack);
    tfgt_node **order = calloc(n ? n : 1, sizeof *order);
    tfgt_consumers *users = NULL;
    tfgt_status status = TFGT_OK;

    if (!pending || !stack || !order) {
        status = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory sorting the graph");
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        const tfgt_node *node = graph->nodes[i];
        size_t controls = 0;
        for (size_t k = 0; k < node->n_inputs; k++) {
            if (!tfgt_graph_find_input_node(graph, node->inputs[k])) {
                status = tfgt_fail_node(err, TFGT_E_INVALID_GRAPH, node->name,
                                        "unknown input node '%s'", node->inputs[k]);
                goto out;
            }
            if (node->inputs[k][0] == '^')
                controls++;
        }
        /* A Merge runs once any one data input is ready (loops feed the
         * others), as in TensorFlow. */
        pending[i] = is_merge_op(node->op) && node->n_inputs > controls ? controls + 1
                                                                         : node->n_inputs;
    }
    users = tfgt_consumers_build(graph, err);
    if (!users) {
        status = TFGT_E_NO_MEMORY;
        goto out;
    }
    for (size_t i = 0; i < n; i++)
        if (pending[i] == 0)
            stack[top++] = graph->nodes[i];
    while (top > 0) {
        tfgt_node *node = stack[--top];
        size_t count = tfgt_consumers_count(users, node);
        order[done++] = node;
        for (size_t k = 0; k < count; k++) {
            tfgt_node *user = tfgt_consumers_get(users, node, k);
            /* A Merge may receive more ready inputs than it waited for. */
            if (pending[user->index] == 0)
                continue;
            if (--pending[user->index] == 0)
                stack[top++] = user;
        }
    }
    if (done < n) {
        const char *first = "";
        for (size_t i = 0; i < n; i++)
            if (pending[i]) {
                first = graph->nodes[i]->name;
                break;
            }
        status = tfgt_fail_node(err, TFGT_E_INVALID_GRAPH, first,
                                "%zu nodes are in a cycle or wait on one", n - done);
        goto out;
    }
    *order_out = order;
    order = NULL;
out:
    tfgt_consumers_free(users);
    free(pending);
    free(stack);
    free(order);
    return status;
}

tfgt_status tfgt_graph_validate(const tfgt_graph *graph, tfgt_error *err)
{
    tfgt_node **order = NULL;
    tfgt_status status;
    for (size_t i = 0; i < graph->n_nodes; i++) {
        const tfgt_node *node = graph->nodes[i];
        bool seen_control = false;
        if (!node->name[0])
            return tfgt_fail(err, TFGT_E_INVALID_GRAPH, "node #%zu has an empty name", i);
        if (tfgt_graph_find_node(graph, node->name) != node)
            return tfgt_fail_node(err, TFGT_E_INVALID_GRAPH, node->name,
                                  "duplicate node name");
        for (size_t k = 0; k < node->n_inputs; k++) {
            const char *input = node->inputs[k];
            if (!tfgt_graph_find_input_node(graph, input))
                return tfgt_fail_node(err, TFGT_E_INVALID_GRAPH, node->name,
                                      "input '%s' names no node in the graph", input);
            if (input[0] == '^')
                seen_control = true;
            else if (seen_control)
                return tfgt_fail_node(err, TFGT_E_INVALID_GRAPH, node->name,
                                      "data input '%s' comes after a control input", input);
        }
    }
    status = tfgt_graph_topological_order(graph, &order, err);
    free(order);
    return status;
}

/* ---- input strings ------------------------------------------------------ */

bool tfgt_parse_input(const char *input, char *name, size_t name_size, int *port,
                      bool *is_control)
{
    bool control = input[0] == '^';
    const char *start = control ? input + 1 : input;
    const char *colon = strchr(start, ':');
    size_t n = colon ? (size_t)(colon - start) : strlen(start);
    int value = control ? -1 : 0;
    if (colon && !control) {
        char *end;
        long parsed;
        errno = 0;
        parsed = strtol(colon + 1, &end, 10);
        if (end == colon + 1 || *end || errno || parsed < 0 || parsed > INT32_MAX)
            return false;
        value = (int)parsed;
    }
    if (name && name_size) {
        if (n >= name_size)
            n = name_size - 1;
        memcpy(name, start, n);
        name[n] = '\0';
    }
    if (port)
        *port = value;
    if (is_control)
        *is_control = control;
    return true;
}

char *tfgt_input_node_name(const char *input)
{
    const char *start = input[0] == '^' ? input + 1 : input;
    const char *colon = strchr(start, ':');
    size_t n = colon ? (size_t)(colon - start) : strlen(start);
    char *name = malloc(n + 1);
    if (name) {
        memcpy(name, start, n);
        name[n] = '\0';
    }
    return name;
}

/* ---- node fields -------------------------------------------------------- */

tfgt_graph *tfgt_node_graph(const tfgt_node *node) { return node->graph; }
const char *tfgt_node_name(const tfgt_node *node) { return node->name; }
const char *tfgt_node_op(const tfgt_node *node) { return node->op; }
const char *tfgt_node_device(const tfgt_node *node) { return node->device; }

static tfgt_status replace_string(char **field, const char *value)
{
    char *copy = dup_string(value);
    if (!copy)
        return TFGT_E_NO_MEMORY;
    free(*field);
    *field = copy;
    return TFGT_OK;
}

tfgt_status tfgt_node_set_op(tfgt_node *node, const char *op)
{
    return replace_string(&node->op, op);
}

tfgt_status tfgt_node_set_device(tfgt_node *node, const char *device)
{
    return replace_string(&node->device, device);
}

size_t tfgt_node_input_count(const tfgt_node *node) { return node->n_inputs; }

const char *tfgt_node_input(const tfgt_node *node, size_t i)
{
    return i < node->n_inputs ? node->inputs[i] : NULL;
}

size_t tfgt_node_data_input_count(const tfgt_node *node)
{
    size_t count = 0;
    for (size_t i = 0; i < node->n_inputs; i++)
        if (node->inputs[i][0] != '^')
            count++;
    return count;
}

tfgt_status tfgt_node_add_input(tfgt_node *node, const char *input)
{
    size_t at = node->n_inputs;
    char *copy;
    if (input[0] != '^')
        while (at > 0 && node->inputs[at - 1][0] == '^')
            at--;
    if (grow_array((void **)&node->inputs, &node->cap_inputs, node->n_inputs + 1,
                   sizeof *node->inputs) != TFGT_OK)
        return TFGT_E_NO_MEMORY;
    copy = dup_string(input);
    if (!copy)
        return TFGT_E_NO_MEMORY;
    memmove(&node->inputs[at + 1], &node->inputs[at], (node->n_inputs - at) * sizeof(char *));
    node->inputs[at] = copy;
    node->n_inputs++;
    return TFGT_OK;
}

tfgt_status tfgt_node_set_input(tfgt_node *node, size_t i, const char *input)
{
    if (i >= node->n_inputs)
        return TFGT_E_INVALID_ARGUMENT;
    return replace_string(&node->inputs[i], input);
}

void tfgt_node_remove_input(tfgt_node *node, size_t i)
{
    if (i >= node->n_inputs)
        return;
    free(node->inputs[i]);
    memmove(&node->inputs[i], &node->inputs[i + 1], (node->n_inputs - i - 1) * sizeof(char *));
    node->n_inputs--;
}

void tfgt_node_clear_inputs(tfgt_node *node)
{
    for (size_t i = 0; i < node->n_inputs; i++)
        free(node->inputs[i]);
    node->n_inputs = 0;
}

/* ---- attributes ---------------------------------------------------------- */

size_t tfgt_node_attr_count(const tfgt_node *node) { return node->n_attrs; }

const char *tfgt_node_attr_key(const tfgt_node *node, size_t i)
{
    return i < node->n_attrs ? node->attrs[i].key : NULL;
}

bool tfgt_node_has_attr(const tfgt_node *node, const char *key)
{
    return tfgt_node_find_attr(node, key) != NULL;
}

tfgt_attr_kind tfgt_node_attr_kind(const tfgt_node *node, const char *key)
{
    const tfgt_attr *attr = tfgt_node_find_attr(node, key);
    if (!attr || !attr->value)
        return TFGT_ATTR_NONE;
    switch (attr->value->value_case) {
    case TENSORFLOW__ATTR_VALUE__VALUE_S: return TFGT_ATTR_STRING;
    case TENSORFLOW__ATTR_VALUE__VALUE_I: return TFGT_ATTR_INT;
    case TENSORFLOW__ATTR_VALUE__VALUE_F: return TFGT_ATTR_FLOAT;
    case TENSORFLOW__ATTR_VALUE__VALUE_B: return TFGT_ATTR_BOOL;
    case TENSORFLOW__ATTR_VALUE__VALUE_TYPE: return TFGT_ATTR_TYPE;
    case TENSORFLOW__ATTR_VALUE__VALUE_SHAPE: return TFGT_ATTR_SHAPE;
    case TENSORFLOW__ATTR_VALUE__VALUE_TENSOR: return TFGT_ATTR_TENSOR;
    case TENSORFLOW__ATTR_VALUE__VALUE_LIST: return TFGT_ATTR_LIST;
    case TENSORFLOW__ATTR_VALUE__VALUE_FUNC: return TFGT_ATTR_FUNC;
    case TENSORFLOW__ATTR_VALUE__VALUE_PLACEHOLDER: return TFGT_ATTR_PLACEHOLDER;
    default: return TFGT_ATTR_NONE;
    }
}

bool tfgt_node_remove_attr(tfgt_node *node, const char *key)
{
    tfgt_attr *attr = tfgt_node_find_attr(node, key);
    size_t at;
    if (!attr)
        return false;
    at = (size_t)(attr - node->attrs);
    attr_clear(attr);
    memmove(&node->attrs[at], &node->attrs[at + 1], (node->n_attrs - at - 1) * sizeof *attr);
    node->n_attrs--;
    return true;
}

tfgt_status tfgt_node_copy_attr(tfgt_node *dst, const tfgt_node *src, const char *key,
                                const char *new_key, tfgt_error *err)
{
    const tfgt_attr *attr = tfgt_node_find_attr(src, key);
    Tensorflow__AttrValue *copy = NULL;
    if (!attr)
        return tfgt_fail_node(err, TFGT_E_NOT_FOUND, src->name, "has no attribute '%s'", key);
    if (attr->value && !(copy = tfgt_attr_value_copy(attr->value)))
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory copying an attribute");
    if (tfgt_node_put_attr(dst, new_key ? new_key : key, copy) != TFGT_OK)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory copying an attribute");
    return TFGT_OK;
}

static const Tensorflow__AttrValue *attr_of_case(const tfgt_node *node, const char *key,
                                                 int value_case, const char *what,
                                                 tfgt_error *err, tfgt_status *status)
{
    const tfgt_attr *attr = tfgt_node_find_attr(node, key);
    if (!attr) {
        *status = tfgt_fail_node(err, TFGT_E_NOT_FOUND, node->name, "has no attribute '%s'", key);
        return NULL;
    }
    if (!attr->value || (int)attr->value->value_case != value_case) {
        *status = tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, node->name,
                                 "attribute '%s' does not hold %s", key, what);
        return NULL;
    }
    *status = TFGT_OK;
    return attr->value;
}

tfgt_status tfgt_node_get_int(const tfgt_node *node, const char *key, int64_t *value,
                              tfgt_error *err)
{
    tfgt_status status;
    const Tensorflow__AttrValue *v =
        attr_of_case(node, key, TENSORFLOW__ATTR_VALUE__VALUE_I, "an int", err, &status);
    if (v)
        *value = v->i;
    return status;
}

tfgt_status tfgt_node_get_float(const tfgt_node *node, const char *key, float *value,
                                tfgt_error *err)
{
    tfgt_status status;
    const Tensorflow__AttrValue *v =
        attr_of_case(node, key, TENSORFLOW__ATTR_VALUE__VALUE_F, "a float", err, &status);
    if (v)
        *value = v->f;
    return status;
}

tfgt_status tfgt_node_get_bool(const tfgt_node *node, const char *key, bool *value,
                               tfgt_error *err)
{
    tfgt_status status;
    const Tensorflow__AttrValue *v =
        attr_of_case(node, key, TENSORFLOW__ATTR_VALUE__VALUE_B, "a bool", err, &status);
    if (v)
        *value = v->b != 0;
    return status;
}

tfgt_status tfgt_node_get_type(const tfgt_node *node, const char *key, int *dtype,
                               tfgt_error *err)
{
    tfgt_status status;
    const Tensorflow__AttrValue *v =
        attr_of_case(node, key, TENSORFLOW__ATTR_VALUE__VALUE_TYPE, "a type", err, &status);
    if (v)
        *dtype = (int)v->type;
    return status;
}

tfgt_status tfgt_node_get_string(const tfgt_node *node, const char *key, const char **value,
                                 size_t *len, tfgt_error *err)
{
    tfgt_status status;
    const Tensorflow__AttrValue *v =
        attr_of_case(node, key, TENSORFLOW__ATTR_VALUE__VALUE_S, "a string", err, &status);
    if (v) {
        *value = v->s.data ? (const char *)v->s.data : "";
        *len = v->s.len;
    }
    return status;
}

static tfgt_status shape_from_proto(const Tensorflow__TensorShapeProto *proto, tfgt_shape *shape,
                                    const tfgt_node *node, tfgt_error *err)
{
    memset(shape, 0, sizeof *shape);
    if (!proto)
        return TFGT_OK; /* an absent shape is a scalar */
    shape->unknown_rank = proto->unknown_rank != 0;
    if (proto->n_dim > TFGT_MAX_RANK)
        return tfgt_fail_node(err, TFGT_E_LIMIT, node->name,
                              "shape of rank %zu exceeds the supported rank %d", proto->n_dim,
                              TFGT_MAX_RANK);
    shape->rank = (int)proto->n_dim;
    for (size_t i = 0; i < proto->n_dim; i++) {
        int64_t size = proto->dim[i] ? proto->dim[i]->size : 0;
        if (size < -1)
            return tfgt_fail_node(err, TFGT_E_INVALID_ARGUMENT, node->name,
                                  "shape dimension %zu is %" PRId64 " (negative)", i, size);
        shape->dims[i] = size;
    }
    return TFGT_OK;
}

tfgt_status tfgt_node_get_shape(const tfgt_node *node, const char *key, tfgt_shape *shape,
                                tfgt_error *err)
{
    tfgt_status status;
    const Tensorflow__AttrValue *v =
        attr_of_case(node, key, TENSORFLOW__ATTR_VALUE__VALUE_SHAPE, "a shape", err, &status);
    if (!v)
        return status;
    return shape_from_proto(v->shape, shape, node, err);
}

tfgt_status tfgt_node_get_list_int(const tfgt_node *node, const char *key, int64_t *values,
                                   size_t max, size_t *count, tfgt_error *err)
{
    tfgt_status status;
    const Tensorflow__AttrValue *v =
        attr_of_case(node, key, TENSORFLOW__ATTR_VALUE__VALUE_LIST, "a list", err, &status);
    size_t n;
    if (!v)
        return status;
    n = v->list ? v->list->n_i : 0;
    if (count)
        *count = n;
    for (size_t i = 0; i < n && i < max; i++)
        values[i] = v->list->i[i];
    return TFGT_OK;
}

tfgt_status tfgt_node_get_list_shape(const tfgt_node *node, const char *key, size_t i,
                                     tfgt_shape *shape, size_t *count, tfgt_error *err)
{
    tfgt_status status;
    const Tensorflow__AttrValue *v =
        attr_of_case(node, key, TENSORFLOW__ATTR_VALUE__VALUE_LIST, "a list", err, &status);
    size_t n;
    if (!v)
        return status;
    n = v->list ? v->list->n_shape : 0;
    if (count)
        *count = n;
    if (i >= n)
        return tfgt_fail_node(err, TFGT_E_NOT_FOUND, node->name,
                              "attribute '%s' has %zu shapes, not %zu", key, n, i + 1);
    return shape_from_proto(v->list->shape[i], shape, node, err);
}

tfgt_status tfgt_node_get_tensor_info(const tfgt_node *node, const char *key, int *dtype,
                                      tfgt_shape *shape, tfgt_error *err)
{
    tfgt_status status;
    const Tensorflow__AttrValue *v =
        attr_of_case(node, key, TENSORFLOW__ATTR_VALUE__VALUE_TENSOR, "a tensor", err, &status);
    if (!v)
        return status;
    if (dtype)
        *dtype = v->tensor ? (int)v->tensor->dtype : 0;
    if (shape)
        return shape_from_proto(v->tensor ? v->tensor->tensor_shape : NULL, shape, node, err);
    return TFGT_OK;
}

/* Store a hand-built AttrValue (stack memory) as an owned copy. */
static tfgt_status put_built(tfgt_node *node, const char *key, const Tensorflow__AttrValue *value)
{
    Tensorflow__AttrValue *copy = tfgt_attr_value_copy(value);
    if (!copy)
        return TFGT_E_NO_MEMORY;
    return tfgt_node_put_attr(node, key, copy);
}

tfgt_status tfgt_node_set_int(tfgt_node *node, const char *key, int64_t value)
{
    Tensorflow__AttrValue v;
    tensorflow__attr_value__init(&v);
    v.value_case = TENSORFLOW__ATTR_VALUE__VALUE_I;
    v.i = value;
    return put_built(node, key, &v);
}

tfgt_status tfgt_node_set_float(tfgt_node *node, const char *key, float value)
{
    Tensorflow__AttrValue v;
    tensorflow__attr_value__init(&v);
    v.value_case = TENSORFLOW__ATTR_VALUE__VALUE_F;
    v.f = value;
    return put_built(node, key, &v);
}

tfgt_status tfgt_node_set_bool(tfgt_node *node, const char *key, bool value)
{
    Tensorflow__AttrValue v;
    tensorflow__attr_value__init(&v);
    v.value_case = TENSORFLOW__ATTR_VALUE__VALUE_B;
    v.b = value;
    return put_built(node, key, &v);
}

tfgt_status tfgt_node_set_type(tfgt_node *node, const char *key, int dtype)
{
    Tensorflow__AttrValue v;
    tensorflow__attr_value__init(&v);
    v.value_case = TENSORFLOW__ATTR_VALUE__VALUE_TYPE;
    v.type = (Tensorflow__DataType)dtype;
    return put_built(node, key, &v);
}

tfgt_status tfgt_node_set_string(tfgt_node *node, const char *key, const char *value, size_t len)
{
    Tensorflow__AttrValue v;
    tensorflow__attr_value__init(&v);
    v.value_case = TENSORFLOW__ATTR_VALUE__VALUE_S;
    v.s.data = (uint8_t *)(uintptr_t)value;
    v.s.len = len;
    return put_built(node, key, &v);
}

tfgt_status tfgt_node_set_shape(tfgt_node *node, const char *key, const tfgt_shape *shape)
{
    Tensorflow__AttrValue v;
    Tensorflow__TensorShapeProto proto;
    Tensorflow__TensorShapeProto__Dim dims[TFGT_MAX_RANK];
    Tensorflow__TensorShapeProto__Dim *dim_ptrs[TFGT_MAX_RANK];
    int rank = shape->rank < 0 ? 0 : shape->rank > TFGT_MAX_RANK ? TFGT_MAX_RANK : shape->rank;
    tensorflow__attr_value__init(&v);
    tensorflow__tensor_shape_proto__init(&proto);
    proto.unknown_rank = shape->unknown_rank;
    if (!shape->unknown_rank) {
        for (int i = 0; i < rank; i++) {
            tensorflow__tensor_shape_proto__dim__init(&dims[i]);
            dims[i].size = shape->dims[i];
            dim_ptrs[i] = &dims[i];
        }
        proto.n_dim = (size_t)rank;
        proto.dim = dim_ptrs;
    }
    v.value_case = TENSORFLOW__ATTR_VALUE__VALUE_SHAPE;
    v.shape = &proto;
    return put_built(node, key, &v);
}

/* ---- shapes --------------------------------------------------------------- */

tfgt_status tfgt_shape_from_string(const char *text, tfgt_shape *shape, tfgt_error *err)
{
    const char *p = text;
    memset(shape, 0, sizeof *shape);
    if (!text[0])
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT, "specified shape is empty");
    for (;;) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        char piece[32];
        char *end;
        long long value;
        if (n >= sizeof piece)
            return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT, "could not parse as shape: '%s'", text);
        memcpy(piece, p, n);
        piece[n] = '\0';
        errno = 0;
        value = strtoll(piece, &end, 10);
        while (*end == ' ' || *end == '\t')
            end++;
        if (end == piece || *end || errno || value < -1)
            return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT, "could not parse as shape: '%s'", text);
        if (shape->rank >= TFGT_MAX_RANK)
            return tfgt_fail(err, TFGT_E_LIMIT, "shape '%s' has more than %d dimensions", text,
                             TFGT_MAX_RANK);
        shape->dims[shape->rank++] = value;
        if (!comma)
            break;
        p = comma + 1;
    }
    return TFGT_OK;
}

int64_t tfgt_shape_num_elements(const tfgt_shape *shape)
{
    int64_t total = 1;
    if (shape->unknown_rank)
        return -1;
    for (int i = 0; i < shape->rank; i++) {
        if (shape->dims[i] < 0)
            return -1;
        if (shape->dims[i] && total > INT64_MAX / shape->dims[i])
            return -2;
        total *= shape->dims[i];
    }
    return total;
}

/* ---- binary and text encodings ------------------------------------------- */

static uint8_t *pack_message(const ProtobufCMessage *msg, size_t *len)
{
    size_t size = protobuf_c_message_get_packed_size(msg);
    uint8_t *bytes = malloc(size ? size : 1);
    if (bytes)
        protobuf_c_message_pack(msg, bytes);
    *len = size;
    return bytes;
}

static tfgt_status node_from_proto(tfgt_graph *graph, Tensorflow__NodeDef *def, tfgt_error *err)
{
    Tensorflow__NodeDef rest = *def;
    tfgt_node *node = node_new(def->name, def->op);
    if (!node || tfgt_node_set_device(node, def->device) != TFGT_OK)
        goto oom;
    for (size_t i = 0; i < def->n_input; i++) {
        /* Append in stored order: a data input after a control input is
         * kept where it is so that validation can report it. */
        if (grow_array((void **)&node->inputs, &node->cap_inputs, node->n_inputs + 1,
                       sizeof *node->inputs) != TFGT_OK ||
            !(node->inputs[node->n_inputs] = dup_string(def->input[i])))
            goto oom;
        node->n_inputs++;
    }
    for (size_t i = 0; i < def->n_attr; i++) {
        Tensorflow__NodeDef__AttrEntry *entry = def->attr[i];
        /* Steal the value from the unpacked tree (see file comment). */
        Tensorflow__AttrValue *value = entry->value;
        entry->value = NULL;
        if (grow_array((void **)&node->attrs, &node->cap_attrs, node->n_attrs + 1,
                       sizeof *node->attrs) != TFGT_OK ||
            !(node->attrs[node->n_attrs].key = dup_string(entry->key))) {
            if (value)
                protobuf_c_message_free_unpacked(&value->base, NULL);
            goto oom;
        }
        node->attrs[node->n_attrs++].value = value;
    }
    /* Whatever is left (debug info, full type, unknown fields) is kept as
     * bytes and appended verbatim on save. */
    rest.name = rest.op = rest.device = (char *)protobuf_c_empty_string;
    rest.n_input = 0;
    rest.input = NULL;
    rest.n_attr = 0;
    rest.attr = NULL;
    if (protobuf_c_message_get_packed_size(&rest.base)) {
        node->extra = pack_message(&rest.base, &node->extra_len);
        if (!node->extra)
            goto oom;
    }
    if (graph_append(graph, node, err) != TFGT_OK) {
        node_free(node);
        return err ? err->status : TFGT_E_INVALID_GRAPH;
    }
    return TFGT_OK;
oom:
    node_free(node);
    return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory loading node '%s'", def->name);
}

tfgt_status tfgt_graph_from_binary(const uint8_t *data, size_t len, tfgt_graph **out,
                                   tfgt_error *err)
{
    Tensorflow__GraphDef *def;
    Tensorflow__GraphDef rest;
    tfgt_graph *graph;
    tfgt_status status = TFGT_OK;

    *out = NULL;
    def = tensorflow__graph_def__unpack(NULL, len, data);
    if (!def) {
        if (tfgt_wire_validate(&tensorflow__graph_def__descriptor, data, len, err) == TFGT_OK)
            tfgt_fail(err, TFGT_E_PARSE,
                      "protobuf-c could not decode it (out of memory or invalid contents)");
        return TFGT_E_PARSE;
    }
    graph = tfgt_graph_new();
    if (!graph) {
        status = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory loading a graph");
        goto out;
    }
    for (size_t i = 0; i < def->n_node && status == TFGT_OK; i++)
        status = node_from_proto(graph, def->node[i], err);
    if (status != TFGT_OK)
        goto out;
    rest = *def;
    rest.n_node = 0;
    rest.node = NULL;
    if (protobuf_c_message_get_packed_size(&rest.base)) {
        graph->extra = pack_message(&rest.base, &graph->extra_len);
        if (!graph->extra) {
            status = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory loading a graph");
            goto out;
        }
    }
    *out = graph;
    graph = NULL;
out:
    tfgt_graph_free(graph);
    tensorflow__graph_def__free_unpacked(def, NULL);
    return status;
}

/* Fill `def` (and the caller-provided entry arrays) so that it views
 * `node` without copying anything. */
static void node_to_proto(const tfgt_node *node, Tensorflow__NodeDef *def,
                          Tensorflow__NodeDef__AttrEntry *entries,
                          Tensorflow__NodeDef__AttrEntry **entry_ptrs)
{
    tensorflow__node_def__init(def);
    def->name = node->name;
    def->op = node->op;
    def->device = node->device;
    def->n_input = node->n_inputs;
    def->input = node->inputs;
    for (size_t i = 0; i < node->n_attrs; i++) {
        tensorflow__node_def__attr_entry__init(&entries[i]);
        entries[i].key = node->attrs[i].key;
        entries[i].value = node->attrs[i].value;
        entry_ptrs[i] = &entries[i];
    }
    def->n_attr = node->n_attrs;
    def->attr = entry_ptrs;
}

static size_t varint_size(uint64_t value)
{
    size_t n = 1;
    while (value >= 0x80) {
        value >>= 7;
        n++;
    }
    return n;
}

size_t tfgt_graph_encoded_size(const tfgt_graph *graph)
{
    Tensorflow__NodeDef__AttrEntry entries[64];
    Tensorflow__NodeDef__AttrEntry *entry_ptrs[64];
    size_t total = graph->extra_len;
    for (size_t i = 0; i < graph->n_nodes; i++) {
        const tfgt_node *node = graph->nodes[i];
        Tensorflow__NodeDef def;
        size_t size;
        if (node->n_attrs > 64) {
            /* Rare: count the attributes one by one instead. */
            tfgt_node bare = *node;
            bare.n_attrs = 0;
            node_to_proto(&bare, &def, entries, entry_ptrs);
            size = protobuf_c_message_get_packed_size(&def.base);
            for (size_t k = 0; k < node->n_attrs; k++) {
                Tensorflow__NodeDef__AttrEntry entry;
                size_t entry_size;
                tensorflow__node_def__attr_entry__init(&entry);
                entry.key = node->attrs[k].key;
                entry.value = node->attrs[k].value;
                entry_size = protobuf_c_message_get_packed_size(&entry.base);
                size += 1 + varint_size(entry_size) + entry_size;
            }
        } else {
            node_to_proto(node, &def, entries, entry_ptrs);
            size = protobuf_c_message_get_packed_size(&def.base);
        }
        size += node->extra_len;
        total += 1 + varint_size(size) + size;
    }
    return total;
}

tfgt_status tfgt_graph_to_binary(const tfgt_graph *graph, uint8_t **data, size_t *len,
                                 tfgt_error *err)
{
    tfgt_buffer out = TFGT_BUFFER_INIT;
    Tensorflow__NodeDef__AttrEntry *entries = NULL;
    Tensorflow__NodeDef__AttrEntry **entry_ptrs = NULL;
    size_t cap = 0;

    for (size_t i = 0; i < graph->n_nodes; i++) {
        const tfgt_node *node = graph->nodes[i];
        Tensorflow__NodeDef def;
        size_t size;
        if (node->n_attrs > cap) {
            free(entries);
            free(entry_ptrs);
            cap = node->n_attrs * 2;
            entries = malloc(cap * sizeof *entries);
            entry_ptrs = malloc(cap * sizeof *entry_ptrs);
            if (!entries || !entry_ptrs)
                goto oom;
        }
        node_to_proto(node, &def, entries, entry_ptrs);
        size = protobuf_c_message_get_packed_size(&def.base);
        if (tfgt_buffer_append_tag(&out, 1, 2) != TFGT_OK ||
            tfgt_buffer_append_varint(&out, size + node->extra_len) != TFGT_OK ||
            tfgt_buffer_reserve(&out, size) != TFGT_OK)
            goto oom;
        protobuf_c_message_pack(&def.base, out.data + out.len);
        out.len += size;
        if (tfgt_buffer_append(&out, node->extra, node->extra_len) != TFGT_OK)
            goto oom;
    }
    if (tfgt_buffer_append(&out, graph->extra, graph->extra_len) != TFGT_OK)
        goto oom;
    free(entries);
    free(entry_ptrs);
    if (!out.data && tfgt_buffer_reserve(&out, 0) != TFGT_OK)
        goto oom;
    *data = tfgt_buffer_release(&out, len);
    return TFGT_OK;
oom:
    free(entries);
    free(entry_ptrs);
    tfgt_buffer_free(&out);
    return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory encoding the graph");
}

tfgt_status tfgt_graph_from_text(const char *text, size_t len, const char *filename,
                                 tfgt_graph **out, tfgt_error *err)
{
    tfgt_buffer wire = TFGT_BUFFER_INIT;
    tfgt_status status;
    *out = NULL;
    status = tfgt_text_to_wire(&tensorflow__graph_def__descriptor, text, len, filename, &wire, err);
    if (status == TFGT_OK)
        status = tfgt_graph_from_binary(wire.data ? wire.data : (const uint8_t *)"", wire.len,
                                        out, err);
    tfgt_buffer_free(&wire);
    return status;
}

tfgt_status tfgt_graph_to_text(const tfgt_graph *graph, char **text, size_t *len,
                               tfgt_error *err)
{
    uint8_t *wire = NULL;
    size_t wire_len = 0;
    Tensorflow__GraphDef *def;
    tfgt_buffer out = TFGT_BUFFER_INIT;
    tfgt_status status = tfgt_graph_to_binary(graph, &wire, &wire_len, err);
    if (status != TFGT_OK)
        return status;
    def = tensorflow__graph_def__unpack(NULL, wire_len, wire);
    free(wire);
    if (!def)
        return tfgt_fail(err, TFGT_E_INTERNAL, "could not re-read the graph just encoded");
    status = tfgt_text_print(&def->base, &out, err);
    tensorflow__graph_def__free_unpacked(def, NULL);
    if (status == TFGT_OK && !out.data && tfgt_buffer_reserve(&out, 0) != TFGT_OK)
        status = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory printing the graph");
    if (status != TFGT_OK) {
        tfgt_buffer_free(&out);
        return status;
    }
    out.data[out.len] = '\0';
    *text = (char *)tfgt_buffer_release(&out, len);
    return TFGT_OK;
}

/* ---- editing helpers ------------------------------------------------------- */

tfgt_status tfgt_node_set_attr_from_text(tfgt_node *node, const char *key, const char *text,
                                         tfgt_error *err)
{
    tfgt_buffer wire = TFGT_BUFFER_INIT;
    Tensorflow__AttrValue *value;
    tfgt_status status = tfgt_text_to_wire(&tensorflow__attr_value__descriptor, text, strlen(text),
                                           key, &wire, err);
    if (status != TFGT_OK) {
        tfgt_buffer_free(&wire);
        return status;
    }
    value = tensorflow__attr_value__unpack(NULL, wire.len, wire.data ? wire.data : (uint8_t *)"");
    tfgt_buffer_free(&wire);
    if (!value)
        return tfgt_fail_node(err, TFGT_E_PARSE, node->name, "attribute '%s': bad value '%s'",
                              key, text);
    if (tfgt_node_put_attr(node, key, value) != TFGT_OK)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    return TFGT_OK;
}

static int compare_attr_keys(const void *a, const void *b)
{
    return strcmp((*(const tfgt_attr *const *)a)->key, (*(const tfgt_attr *const *)b)->key);
}

static bool append_field(tfgt_buffer *out, const void *bytes, size_t len)
{
    return tfgt_buffer_append_varint(out, len) == TFGT_OK &&
           tfgt_buffer_append(out, bytes, len) == TFGT_OK;
}

tfgt_status tfgt_node_fingerprint(const tfgt_node *node, bool with_name, uint8_t **out,
                                  size_t *len)
{
    tfgt_buffer buf = TFGT_BUFFER_INIT;
    const tfgt_attr **sorted = NULL;
    bool ok = append_field(&buf, node->op, strlen(node->op)) &&
              append_field(&buf, node->device, strlen(node->device)) &&
              append_field(&buf, with_name ? node->name : "", with_name ? strlen(node->name) : 0);
    for (size_t i = 0; ok && i < node->n_inputs; i++) {
        const char *in = node->inputs[i];
        ok = append_field(&buf, in, strlen(in));
        if (ok && in[0] != '^' && !strchr(in, ':'))
            ok = tfgt_buffer_append_str(&buf, ":0") == TFGT_OK;
    }
    if (ok && node->n_attrs) {
        sorted = malloc(node->n_attrs * sizeof *sorted);
        ok = sorted != NULL;
    }
    for (size_t i = 0; ok && i < node->n_attrs; i++)
        sorted[i] = &node->attrs[i];
    if (ok && node->n_attrs)
        qsort(sorted, node->n_attrs, sizeof *sorted, compare_attr_keys);
    for (size_t i = 0; ok && i < node->n_attrs; i++) {
        size_t size = sorted[i]->value ? protobuf_c_message_get_packed_size(&sorted[i]->value->base)
                                       : 0;
        ok = append_field(&buf, sorted[i]->key, strlen(sorted[i]->key)) &&
             tfgt_buffer_append_varint(&buf, size) == TFGT_OK &&
             tfgt_buffer_reserve(&buf, size) == TFGT_OK;
        if (ok && size) {
            protobuf_c_message_pack(&sorted[i]->value->base, buf.data + buf.len);
            buf.len += size;
        }
    }
    free(sorted);
    if (!ok || tfgt_buffer_reserve(&buf, 0) != TFGT_OK) {
        tfgt_buffer_free(&buf);
        return TFGT_E_NO_MEMORY;
    }
    *out = tfgt_buffer_release(&buf, len);
    return TFGT_OK;
}

long tfgt_graph_redirect_inputs(tfgt_graph *graph, const char *from, const char *data_to,
                                const char *ports_to, const char *control_to)
{
    long changed = 0;
    for (size_t i = 0; i < graph->n_nodes; i++) {
        tfgt_node *node = graph->nodes[i];
        for (size_t k = 0; k < node->n_inputs; k++) {
            const char *in = node->inputs[k];
            const char *start = in[0] == '^' ? in + 1 : in;
            size_t n = strlen(from);
            char *replacement = NULL;
            if (strncmp(start, from, n) != 0 || (start[n] != '\0' && start[n] != ':'))
                continue;
            if (in[0] == '^') {
                if (!control_to)
                    continue;
                replacement = malloc(strlen(control_to) + 2);
                if (replacement)
                    sprintf(replacement, "^%s", control_to);
            } else if (start[n] == '\0' || strcmp(start + n, ":0") == 0) {
                if (!data_to)
                    continue;
                replacement = dup_string(data_to);
            } else {
                if (!ports_to)
                    continue;
                replacement = malloc(strlen(ports_to) + strlen(start + n) + 1);
                if (replacement)
                    sprintf(replacement, "%s%s", ports_to, start + n);
            }
            if (!replacement)
                return -1;
            free(node->inputs[k]);
            node->inputs[k] = replacement;
            changed++;
        }
    }
    return changed;
}
