/* graph_stats.c - where a graph's constant bytes are (make bench).
 *
 * Usage: graph_stats GRAPH.pb
 *
 * Prints one line: "consts BYTES float16 BYTES eightbit BYTES float BYTES
 * other BYTES float16_elements N eightbit_elements N", the payload bytes of
 * every Const node's value by type (eightbit: quint8, qint8, uint8, int8)
 * and the element counts of the float16 and eight-bit ones.  The eight-bit
 * report uses it for the share of the weights a variant keeps in float16. */
#include <stdio.h>
#include <string.h>

#include "tfgt/tfgt.h"

int main(int argc, char **argv)
{
    tfgt_graph *g = NULL;
    tfgt_error err;
    size_t total = 0, half = 0, eight = 0, fl = 0, other = 0, n_half = 0, n_eight = 0;
    if (argc != 2) {
        fprintf(stderr, "Usage: graph_stats GRAPH.pb\n");
        return 2;
    }
    if (tfgt_graph_load(argv[1], TFGT_FORMAT_AUTO, &g, NULL, &err) != TFGT_OK) {
        fprintf(stderr, "graph_stats: %s\n", err.message);
        return 1;
    }
    for (size_t i = 0; i < tfgt_graph_node_count(g); i++) {
        const tfgt_node *n = tfgt_graph_node(g, i);
        tfgt_shape shape;
        int dtype;
        int64_t count;
        size_t bytes;
        if (strcmp(tfgt_node_op(n), "Const") != 0 ||
            tfgt_node_get_tensor_info(n, "value", &dtype, &shape, NULL) != TFGT_OK)
            continue;
        count = tfgt_shape_num_elements(&shape);
        if (count < 0) continue;
        bytes = (size_t)count * tfgt_dtype_size(dtype);
        total += bytes;
        switch (dtype) {
        case TFGT_DT_HALF:
            half += bytes;
            n_half += (size_t)count;
            break;
        case TFGT_DT_QUINT8:
        case TFGT_DT_QINT8:
        case TFGT_DT_UINT8:
        case TFGT_DT_INT8:
            eight += bytes;
            n_eight += (size_t)count;
            break;
        case TFGT_DT_FLOAT: fl += bytes; break;
        default: other += bytes; break;
        }
    }
    printf("consts %zu float16 %zu eightbit %zu float %zu other %zu float16_elements %zu "
           "eightbit_elements %zu\n",
           total, half, eight, fl, other, n_half, n_eight);
    tfgt_graph_free(g);
    return 0;
}
