/* test_transforms.c - the pipeline driver and the transforms of this
 * release: strip_unused_nodes (TensorFlow's strip_unused_nodes_test) and
 * sort_by_execution_order. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static bool has(const tfgt_graph *g, const char *name)
{
    return tfgt_graph_find_node(g, name) != NULL;
}

static tfgt_graph *placeholder_graph(void)
{
    return tfgt_test_graph_spec("add_node:Add:mul_node,a_node;mul_node:Mul:b_node,c_node;"
                                "a_node:Const;b_node:Const;c_node:Const");
}

static void run_ok(tfgt_graph *g, const char *transforms, const char *inputs,
                   const char *outputs)
{
    tfgt_error err;
    tfgt_error_clear(&err);
    ck_assert_msg(tfgt_test_transform(g, transforms, inputs, outputs, &err) == TFGT_OK, "%s",
                  err.message);
}

static void assert_placeholder(const tfgt_graph *g, const char *name, int dtype,
                               const char *shape_text)
{
    tfgt_node *node = tfgt_graph_find_node(g, name);
    tfgt_shape shape, want;
    int t;
    ck_assert_ptr_nonnull(node);
    ck_assert_str_eq(tfgt_node_op(node), "Placeholder");
    ck_assert_int_eq(tfgt_node_get_type(node, "dtype", &t, NULL), TFGT_OK);
    ck_assert_int_eq(t, dtype);
    ck_assert_int_eq(tfgt_node_get_shape(node, "shape", &shape, NULL), TFGT_OK);
    memset(&want, 0, sizeof want);
    if (shape_text)
        ck_assert_int_eq(tfgt_shape_from_string(shape_text, &want, NULL), TFGT_OK);
    ck_assert_int_eq(shape.rank, want.rank);
    for (int i = 0; i < want.rank; i++)
        ck_assert_int_eq(shape.dims[i], want.dims[i]);
    ck_assert_uint_eq(tfgt_node_input_count(node), 0);
    ck_assert_uint_eq(tfgt_node_attr_count(node), 2);
}

START_TEST(test_strip_simple_add)
{
    tfgt_graph *g = tfgt_test_graph_spec("add_node:Add:a_node,b_node;a_node:Const;b_node:Const;"
                                         "c_node:Const");
    run_ok(g, "strip_unused_nodes", "", "add_node");
    ck_assert(has(g, "add_node") && has(g, "a_node") && has(g, "b_node"));
    ck_assert(!has(g, "c_node"));
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_strip_common_ancestor)
{
    tfgt_graph *g = tfgt_test_graph_spec(
        "add_node1:Add:add_node2,add_node3;add_node2:Add:const_node1,const_node2;"
        "add_node3:Add:const_node1,const_node3;const_node1:Const;const_node2:Const;"
        "const_node3:Const;dangling_input:Const;add_node4:Add:add_node2,add_node3");
    char *names;
    run_ok(g, "strip_unused_nodes", "dangling_input", "add_node1");
    names = tfgt_test_node_names(g);
    /* Original order is kept; the unused input stays (as TensorFlow). */
    ck_assert_str_eq(names, "add_node1 add_node2 add_node3 const_node1 const_node2 const_node3 "
                            "dangling_input");
    free(names);
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_strip_simple_placeholder)
{
    tfgt_graph *g = placeholder_graph();
    run_ok(g, "strip_unused_nodes", "mul_node", "add_node");
    assert_placeholder(g, "mul_node", TFGT_DT_FLOAT, NULL);
    ck_assert(has(g, "add_node") && has(g, "a_node"));
    ck_assert(!has(g, "b_node") && !has(g, "c_node"));
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_strip_placeholder_default_args)
{
    tfgt_graph *g = placeholder_graph();
    run_ok(g, "strip_unused_nodes(type=int32, shape=\"1,2,3\")", "mul_node", "add_node");
    assert_placeholder(g, "mul_node", TFGT_DT_INT32, "1,2,3");
    ck_assert(!has(g, "b_node") && !has(g, "c_node"));
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_strip_placeholder_named_args)
{
    tfgt_graph *g = placeholder_graph();
    run_ok(g,
           "strip_unused_nodes(name=a_node, type_for_name=int64, shape_for_name=\"1,2\", "
           "name=mul_node, type_for_name=quint8, shape_for_name=\"1, 2, 3\")",
           "mul_node,a_node", "add_node");
    assert_placeholder(g, "mul_node", TFGT_DT_QUINT8, "1,2,3");
    assert_placeholder(g, "a_node", TFGT_DT_INT64, "1,2");
    ck_assert(!has(g, "b_node") && !has(g, "c_node"));
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_strip_keeps_existing_placeholder)
{
    tfgt_graph *g = tfgt_test_graph_spec("x:Placeholder;y:Relu:x");
    tfgt_node *x = tfgt_graph_find_node(g, "x");
    tfgt_node_set_type(x, "dtype", TFGT_DT_HALF);
    tfgt_node_set_string(x, "_custom", "keep", 4);
    run_ok(g, "strip_unused_nodes(type=int32, shape=\"5\")", "x", "y");
    x = tfgt_graph_find_node(g, "x");
    ck_assert(tfgt_node_has_attr(x, "_custom"));
    ck_assert(!tfgt_node_has_attr(x, "shape"));
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_strip_follows_control_edges_and_ports)
{
    tfgt_graph *g = tfgt_test_graph_spec("init:NoOp;a:Const;s:Split:a;out:Relu:s:1,^init;z:Const");
    run_ok(g, "strip_unused_nodes", "", "out:0");
    ck_assert(has(g, "init") && has(g, "s") && has(g, "a") && !has(g, "z"));
    tfgt_graph_free(g);
}
END_TEST

static const struct {
    const char *transforms;
    const char *message;
} strip_errors[] = {
    {"strip_unused_nodes(type=float, type=int32)", "no more than one default 'type'"},
    {"strip_unused_nodes(type=Float)", "couldn't understand type argument 'Float'"},
    {"strip_unused_nodes(shape=\"1,x\")", "could not parse as shape"},
    {"strip_unused_nodes(name=a_node)", "'type_for_name' arg for every 'name'"},
    {"strip_unused_nodes(name=a_node, type_for_name=int32)",
     "'shape_for_name' arg for every 'name'"},
};

START_TEST(test_strip_parameter_errors)
{
    tfgt_graph *g = placeholder_graph();
    tfgt_error err;
    char *before = tfgt_test_node_names(g), *after;
    ck_assert_int_eq(tfgt_test_transform(g, strip_errors[_i].transforms, "mul_node", "add_node",
                                         &err),
                     TFGT_E_INVALID_ARGUMENT);
    ck_assert_contains(err.message, strip_errors[_i].message);
    ck_assert_contains(err.message, "strip_unused_nodes: ");
    after = tfgt_test_node_names(g);
    ck_assert_str_eq(before, after); /* a failed run leaves the graph alone */
    free(before);
    free(after);
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_strip_missing_output)
{
    tfgt_graph *g = placeholder_graph();
    tfgt_error err;
    ck_assert_int_eq(tfgt_test_transform(g, "strip_unused_nodes", "", "nope", &err),
                     TFGT_E_NOT_FOUND);
    ck_assert_contains(err.message, "'nope'");
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_sort_transform)
{
    tfgt_graph *g = tfgt_test_graph_spec("negative:Neg:sqrt;relu:Relu:const;sqrt:Sqrt:relu;"
                                         "const:Const");
    char *names;
    run_ok(g, "sort_by_execution_order", "", "");
    names = tfgt_test_node_names(g);
    ck_assert_str_eq(names, "const relu sqrt negative");
    free(names);
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_unknown_transform_changes_nothing)
{
    tfgt_graph *g = placeholder_graph();
    tfgt_error err;
    /* TestTransformRegistration: the unknown name is reported before any
     * transform runs. */
    ck_assert_int_eq(tfgt_test_transform(g, "strip_unused_nodes test_no_such_transform", "",
                                         "add_node", &err),
                     TFGT_E_NOT_FOUND);
    ck_assert_contains(err.message, "not recognized");
    ck_assert(has(g, "c_node"));
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_ignore_errors)
{
    tfgt_graph *g = placeholder_graph();
    tfgt_error err;
    /* TestShouldIgnoreErrors: true/TRUE ignore; other values stop. */
    run_ok(g, "strip_unused_nodes(type=bogus, ignore_errors=true) sort_by_execution_order", "",
           "add_node");
    ck_assert(has(g, "c_node")); /* the failed step left the graph alone */
    run_ok(g, "strip_unused_nodes(ignore_errors=TRUE, type=bogus)", "", "add_node");
    ck_assert_int_eq(tfgt_test_transform(g, "strip_unused_nodes(ignore_errors=false, type=bogus)",
                                         "", "add_node", &err),
                     TFGT_E_INVALID_ARGUMENT);
    ck_assert_int_eq(tfgt_test_transform(g, "sort_by_execution_order(ignore_errors=foo)", "", "",
                                         &err),
                     TFGT_E_INVALID_ARGUMENT);
    ck_assert_contains(err.message, "ignore_errors should be true or false, found foo");
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_pipeline_validates_and_logs)
{
    tfgt_graph *g = tfgt_test_graph_spec("a:Const;b:Relu:missing");
    tfgt_error err;
    ck_assert_int_eq(tfgt_test_transform(g, "sort_by_execution_order", "", "", &err),
                     TFGT_E_INVALID_GRAPH);
    ck_assert_contains(err.message, "missing");
    tfgt_graph_free(g);
}
END_TEST

static void count_lines(void *user, tfgt_log_level level, const char *message)
{
    (void)level;
    if (strstr(message, "nodes,"))
        (*(int *)user)++;
}

START_TEST(test_one_log_line_per_step)
{
    tfgt_graph *g = placeholder_graph();
    tfgt_pipeline *p = NULL;
    int lines = 0;
    const char *outs[] = {"add_node"};
    tfgt_transform_options options = {NULL, 0, outs, 1, count_lines, &lines, NULL};
    ck_assert_int_eq(tfgt_pipeline_parse("strip_unused_nodes sort_by_execution_order", &p, NULL),
                     TFGT_OK);
    ck_assert_int_eq(tfgt_transform_graph(g, p, &options, NULL), TFGT_OK);
    ck_assert_int_eq(lines, 2);
    tfgt_pipeline_free(p);
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_registry_sorted_and_documented)
{
    for (size_t i = 0; i < tfgt_transform_count(); i++) {
        const tfgt_transform_info *t = tfgt_transform_at(i);
        ck_assert_ptr_nonnull(t->run);
        ck_assert_ptr_nonnull(t->summary);
        ck_assert_ptr_eq(tfgt_transform_find(t->name), t);
        if (i)
            ck_assert_int_lt(strcmp(tfgt_transform_at(i - 1)->name, t->name), 0);
        for (const tfgt_transform_param_info *p = t->params; p->name; p++)
            ck_assert_ptr_nonnull(p->help);
    }
    ck_assert_ptr_null(tfgt_transform_find("fuse_convolutions"));
}
END_TEST

/* The library keeps no global state: pipelines and runs on different
 * graphs in several threads at once give the single-threaded answer. */
typedef struct thread_job {
    const tfgt_graph *source;
    const tfgt_tensor *input;
    tfgt_tensor *result;
    tfgt_status status;
} thread_job;

static void *transform_and_run(void *arg)
{
    thread_job *job = arg;
    tfgt_error err;
    tfgt_graph *g = tfgt_graph_clone(job->source, &err);
    const char *outs[1] = {"output"}, *ins[1] = {"input"};
    tfgt_transform_options options = {ins, 1, outs, 1, NULL, NULL, NULL};
    tfgt_pipeline *p = NULL;
    tfgt_run_options run = {1, 0, false};
    job->status = g ? tfgt_pipeline_parse("strip_unused_nodes fold_constants fold_batch_norms "
                                          "quantize_weights(minimum_size=16) "
                                          "sort_by_execution_order",
                                          &p, &err)
                    : TFGT_E_NO_MEMORY;
    for (int round = 0; job->status == TFGT_OK && round < 3; round++) {
        tfgt_graph *copy = tfgt_graph_clone(g, &err);
        job->status = copy ? tfgt_transform_graph(copy, p, &options, &err) : TFGT_E_NO_MEMORY;
        tfgt_tensor_free(job->result);
        job->result = NULL;
        if (job->status == TFGT_OK)
            job->status = tfgt_graph_run(copy, ins, &job->input, 1, outs, 1, &run, &job->result,
                                         &err);
        tfgt_graph_free(copy);
    }
    tfgt_pipeline_free(p);
    tfgt_graph_free(g);
    return NULL;
}

START_TEST(test_threads_share_nothing)
{
    char *path = tfgt_test_source_path("tests/data/example_cnn.pb");
    tfgt_graph *g = NULL;
    int64_t dims[4] = {1, 32, 32, 3};
    double values[3072];
    tfgt_tensor *input;
    thread_job jobs[4];
    pthread_t threads[4];
    for (int i = 0; i < 3072; i++)
        values[i] = (i % 17) * 0.1 - 0.8;
    input = tfgt_test_tensor(TFGT_DT_FLOAT, 4, dims, values);
    ck_assert_int_eq(tfgt_graph_load(path, TFGT_FORMAT_AUTO, &g, NULL, NULL), TFGT_OK);
    memset(jobs, 0, sizeof jobs);
    jobs[0].source = g;
    jobs[0].input = input;
    transform_and_run(&jobs[0]);
    ck_assert_int_eq(jobs[0].status, TFGT_OK);
    for (int t = 1; t < 4; t++) {
        jobs[t].source = g;
        jobs[t].input = input;
        ck_assert_int_eq(pthread_create(&threads[t], NULL, transform_and_run, &jobs[t]), 0);
    }
    for (int t = 1; t < 4; t++) {
        ck_assert_int_eq(pthread_join(threads[t], NULL), 0);
        ck_assert_int_eq(jobs[t].status, TFGT_OK);
        tfgt_test_assert_close(jobs[t].result, jobs[0].result, 0, 0);
        tfgt_tensor_free(jobs[t].result);
    }
    tfgt_tensor_free(jobs[0].result);
    tfgt_tensor_free(input);
    tfgt_graph_free(g);
    free(path);
}
END_TEST

Suite *tfgt_test_suite(void)
{
    Suite *s = suite_create("transforms");
    TCase *tc = tcase_create("transforms");
    tcase_add_test(tc, test_strip_simple_add);
    tcase_add_test(tc, test_strip_common_ancestor);
    tcase_add_test(tc, test_strip_simple_placeholder);
    tcase_add_test(tc, test_strip_placeholder_default_args);
    tcase_add_test(tc, test_strip_placeholder_named_args);
    tcase_add_test(tc, test_strip_keeps_existing_placeholder);
    tcase_add_test(tc, test_strip_follows_control_edges_and_ports);
    tcase_add_loop_test(tc, test_strip_parameter_errors, 0,
                        sizeof strip_errors / sizeof strip_errors[0]);
    tcase_add_test(tc, test_strip_missing_output);
    tcase_add_test(tc, test_sort_transform);
    tcase_add_test(tc, test_unknown_transform_changes_nothing);
    tcase_add_test(tc, test_ignore_errors);
    tcase_add_test(tc, test_pipeline_validates_and_logs);
    tcase_add_test(tc, test_one_log_line_per_step);
    tcase_add_test(tc, test_registry_sorted_and_documented);
    tcase_add_test(tc, test_threads_share_nothing);
    suite_add_tcase(s, tc);
    return s;
}
