/* insert_logging.c - a Print node "<name>__print__" after each selected node
 * (op=..., prefix=...), reading its output 0 and every other output that is
 * read, and taking over the readers of output 0 (spec §2.11).  With
 * op=RequantizationRange, show_name=true, message="__requant_min_max:" this
 * is the first step of TensorFlow's classic calibration; tfgt's own
 * run_graph --calibrate --save_ranges writes the same log without it.
 * Nodes nobody reads (graph outputs) are never instrumented.  The Print's
 * U lists the types of the tensors it reads (TensorFlow lists every output
 * type of the node, which can disagree with its inputs). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "transforms.h"

#define MAX_PORTS 64

static bool listed(const tfgt_params *params, const char *name, const char *value, bool prefix)
{
    size_t n = tfgt_params_count(params, name);
    if (n == 0)
        return true;
    for (size_t i = 0; i < n; i++) {
        const char *v = tfgt_params_value(params, name, i);
        if (prefix ? strncmp(value, v, strlen(v)) == 0 : strcmp(value, v) == 0)
            return true;
    }
    return false;
}

/* The type of output `port` of `node`, from its attributes. */
static int output_type(const tfgt_node *node, int port)
{
    int t = TFGT_DT_FLOAT;
    static const char *const keys[] = {"T", "dtype", "out_type", NULL};
    (void)port;
    if (strcmp(tfgt_node_op(node), "RequantizationRange") == 0)
        return TFGT_DT_FLOAT;
    for (size_t i = 0; keys[i]; i++)
        if (tfgt_node_get_type(node, keys[i], &t, NULL) == TFGT_OK)
            return t;
    return TFGT_DT_FLOAT;
}

/* "DT_FLOAT" for float: the enum spelling the text format reads. */
static void type_enum_name(int dtype, char *out, size_t size)
{
    const char *name = tfgt_dtype_name(dtype);
    size_t n = 3;
    snprintf(out, size, "DT_");
    for (const char *c = name ? name : "float"; *c && n + 1 < size; c++)
        out[n++] = (char)(*c >= 'a' && *c <= 'z' ? *c - 'a' + 'A' : *c);
    out[n] = '\0';
}

tfgt_status tfgt_transform_insert_logging(tfgt_graph *graph, const tfgt_transform_context *ctx,
                                          tfgt_error *err)
{
    const tfgt_params *params = ctx->params;
    const char *message = "";
    bool show_name = false, show_op = false;
    int32_t first_n = -1, summarize = 1024;
    size_t count = tfgt_graph_node_count(graph), added = 0;
    uint64_t *ports; /* bit p: output p is read */
    tfgt_status st;

    if ((st = tfgt_params_get_string(params, "message", "", &message, err)) != TFGT_OK ||
        (st = tfgt_params_get_bool(params, "show_name", false, &show_name, err)) != TFGT_OK ||
        (st = tfgt_params_get_bool(params, "show_op", false, &show_op, err)) != TFGT_OK ||
        (st = tfgt_params_get_int32(params, "first_n", -1, &first_n, err)) != TFGT_OK ||
        (st = tfgt_params_get_int32(params, "summarize", 1024, &summarize, err)) != TFGT_OK)
        return st;
    ports = calloc(count + 1, sizeof *ports);
    if (!ports)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    for (size_t i = 0; i < count; i++) {
        tfgt_node *c = tfgt_graph_node(graph, i);
        for (size_t j = 0; j < tfgt_node_input_count(c); j++) {
            const char *in = tfgt_node_input(c, j);
            char name[4];
            int port = 0;
            bool control;
            tfgt_node *p = tfgt_graph_find_input_node(graph, in);
            if (!p || in[0] == '^')
                continue;
            if (!tfgt_parse_input(in, name, sizeof name, &port, &control)) {
                free(ports);
                return tfgt_fail_node(err, TFGT_E_INVALID_GRAPH, tfgt_node_name(c),
                                      "couldn't understand output number in '%s'", in);
            }
            if (port < MAX_PORTS)
                ports[tfgt_node_index(p)] |= UINT64_C(1) << port;
        }
    }
    for (size_t i = 0; i < count && st == TFGT_OK; i++) {
        tfgt_node *node = tfgt_graph_node(graph, i), *print;
        const char *name = tfgt_node_name(node);
        size_t len = strlen(name) + 64 + strlen(message) + strlen(tfgt_node_op(node));
        char *pname, *in0, *text, *types;
        if (!ports[i] || !listed(params, "op", tfgt_node_op(node), false) ||
            !listed(params, "prefix", name, true))
            continue;
        pname = malloc(len);
        in0 = malloc(len);
        text = malloc(2 * len);
        types = malloc(64 * 24);
        if (!pname || !in0 || !text || !types) {
            free(pname);
            free(in0);
            free(text);
            free(types);
            st = tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
            break;
        }
        snprintf(pname, len, "%s__print__", name);
        snprintf(in0, len, "%s:0", name);
        /* the readers of output 0 read the Print instead (before it exists) */
        for (size_t k = 0; k < tfgt_graph_node_count(graph) && st == TFGT_OK; k++) {
            tfgt_node *c = tfgt_graph_node(graph, k);
            for (size_t j = 0; j < tfgt_node_input_count(c) && st == TFGT_OK; j++) {
                const char *in = tfgt_node_input(c, j);
                if (strcmp(in, name) == 0 || strcmp(in, in0) == 0) {
                    char out0[1024];
                    snprintf(out0, sizeof out0, "%s:0", pname);
                    st = tfgt_node_set_input(c, j, out0);
                }
            }
        }
        print = st == TFGT_OK ? tfgt_graph_add_node(graph, pname, "Print", err) : NULL;
        if (print) {
            size_t off = 0;
            snprintf(text, 2 * len, "%s%s%s%s%s%s", show_op ? ";" : "",
                     show_op ? tfgt_node_op(node) : "", show_op ? ";" : "",
                     show_name ? ";" : "", show_name ? pname : "", show_name ? ";" : "");
            strcat(text, message);
            off += (size_t)snprintf(types, 64 * 24, "list {");
            st = tfgt_node_add_input(print, in0);
            for (int p = 0; p < MAX_PORTS && st == TFGT_OK; p++) {
                char inp[1024];
                if (!(ports[i] & (UINT64_C(1) << p)))
                    continue;
                snprintf(inp, sizeof inp, "%s:%d", name, p);
                st = tfgt_node_add_input(print, inp);
                {
                    char enum_name[32];
                    type_enum_name(output_type(node, p), enum_name, sizeof enum_name);
                    off += (size_t)snprintf(types + off, 64 * 24 - off, " type: %s", enum_name);
                }
            }
            snprintf(types + off, 64 * 24 - off, " }");
            if (st == TFGT_OK &&
                (tfgt_node_set_type(print, "T", output_type(node, 0)) != TFGT_OK ||
                 tfgt_node_set_string(print, "message", text, strlen(text)) != TFGT_OK ||
                 tfgt_node_set_int(print, "first_n", first_n) != TFGT_OK ||
                 tfgt_node_set_int(print, "summarize", summarize) != TFGT_OK ||
                 tfgt_node_set_attr_from_text(print, "U", types, err) != TFGT_OK))
                st = err && err->status ? err->status : TFGT_E_NO_MEMORY;
            added++;
        } else if (st == TFGT_OK) {
            st = err && err->status ? err->status : TFGT_E_NO_MEMORY;
        }
        free(pname);
        free(in0);
        free(text);
        free(types);
    }
    free(ports);
    if (st == TFGT_OK)
        tfgt_transform_log(ctx, TFGT_LOG_INFO, "insert_logging: %zu Print nodes", added);
    return st;
}
