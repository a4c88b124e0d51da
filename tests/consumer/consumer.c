/* consumer.c - a program outside the tree that uses the installed libtfgt
 * through pkg-config: load a graph, transform it, save it.  Built and run
 * by tests/consumer/check.sh against a `make install DESTDIR=...` tree. */
#include <stdio.h>

#include <tfgt/tfgt.h>

int main(int argc, char **argv)
{
    const char *outputs[] = {"output"};
    tfgt_transform_options options = {NULL, 0, outputs, 1, NULL, NULL, NULL};
    tfgt_graph *graph = NULL;
    tfgt_pipeline *pipeline = NULL;
    tfgt_error err;
    int code = 1;
    if (argc != 3) {
        fprintf(stderr, "usage: consumer IN.pb OUT.pb\n");
        return 2;
    }
    if (tfgt_graph_load(argv[1], TFGT_FORMAT_AUTO, &graph, NULL, &err) != TFGT_OK ||
        tfgt_pipeline_parse("strip_unused_nodes sort_by_execution_order", &pipeline, &err) !=
            TFGT_OK ||
        tfgt_transform_graph(graph, pipeline, &options, &err) != TFGT_OK ||
        tfgt_graph_save(graph, argv[2], TFGT_FORMAT_AUTO, &err) != TFGT_OK) {
        fprintf(stderr, "consumer: %s\n", err.message);
        goto out;
    }
    printf("libtfgt %s: %zu nodes written to %s\n", tfgt_version(), tfgt_graph_node_count(graph),
           argv[2]);
    code = 0;
out:
    tfgt_pipeline_free(pipeline);
    tfgt_graph_free(graph);
    return code;
}
