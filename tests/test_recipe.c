/* test_recipe.c - YAML recipes: a good recipe equals the same --transforms
 * string, every malformed recipe gets its line:col error, recipes print
 * back to themselves, and every shipped recipe loads. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tfgt/recipe.h"
#include <unistd.h>

#include "testutil.h"

static tfgt_recipe *parse_ok(const char *yaml)
{
    tfgt_recipe *r = NULL;
    tfgt_error err;
    tfgt_error_clear(&err);
    ck_assert_msg(tfgt_recipe_parse(yaml, strlen(yaml), "r.yaml", &r, &err) == TFGT_OK, "%s",
                  err.message);
    return r;
}

/* Pipelines compared through their canonical --transforms string. */
static void assert_same_pipeline(const tfgt_pipeline *a, const tfgt_pipeline *b)
{
    char *x = NULL, *y = NULL;
    ck_assert_int_eq(tfgt_pipeline_to_string(a, &x, NULL), TFGT_OK);
    ck_assert_int_eq(tfgt_pipeline_to_string(b, &y, NULL), TFGT_OK);
    ck_assert_str_eq(x, y);
    free(x);
    free(y);
}

START_TEST(test_recipe_equals_transforms_string)
{
    tfgt_recipe *r = parse_ok(
        "# the example of the documentation\n"
        "inputs: [input]\n"
        "outputs: [MobilenetV1/Predictions/Reshape_1]\n"
        "transforms:\n"
        "  - strip_unused_nodes: {type: float, shape: \"1,224,224,3\"}\n"
        "  - remove_nodes: {op: [Identity, CheckNumerics], max_inputs: 2}\n"
        "  - sort_by_execution_order\n"
        "  - set_device:\n"
        "      device: /device:CPU:0\n"
        "      if_default: true\n"
        "      ignore_errors: false\n");
    tfgt_pipeline *p = NULL;
    ck_assert_int_eq(tfgt_pipeline_parse(
                         "strip_unused_nodes(type=float, shape=\"1,224,224,3\") "
                         "remove_nodes(op=Identity, op=CheckNumerics, max_inputs=2) "
                         "sort_by_execution_order set_device(device=\"/device:CPU:0\", "
                         "if_default=true, ignore_errors=false)",
                         &p, NULL),
                     TFGT_OK);
    assert_same_pipeline(r->pipeline, p);
    ck_assert_uint_eq(r->n_inputs, 1);
    ck_assert_str_eq(r->inputs[0], "input");
    ck_assert_str_eq(r->outputs[0], "MobilenetV1/Predictions/Reshape_1");
    tfgt_pipeline_free(p);
    tfgt_recipe_free(r);
}
END_TEST

START_TEST(test_print_round_trips)
{
    const char *transforms = "strip_unused_nodes(type=float, shape=\"1,224,224,3\") "
                             "remove_nodes(op=Identity, op=CheckNumerics) "
                             "rename_op(old_op_name=Mul, new_op_name=\"odd \\\"name\\\"\") "
                             "set_device(device=\"/gpu:0\", if_default=true) sort_by_execution_order";
    const char *ins[] = {"input:0"}, *outs[] = {"a", "b"};
    tfgt_pipeline *p = NULL;
    tfgt_recipe *r, *back;
    char *yaml = NULL, *again = NULL;
    ck_assert_int_eq(tfgt_pipeline_parse(transforms, &p, NULL), TFGT_OK);
    r = tfgt_recipe_new(ins, 1, outs, 2, p, NULL);
    ck_assert_int_eq(tfgt_recipe_to_yaml(r, &yaml, NULL), TFGT_OK);
    back = parse_ok(yaml);
    assert_same_pipeline(back->pipeline, p);
    ck_assert_uint_eq(back->n_outputs, 2);
    ck_assert_str_eq(back->inputs[0], "input:0");
    ck_assert_int_eq(tfgt_recipe_to_yaml(back, &again, NULL), TFGT_OK);
    ck_assert_str_eq(yaml, again); /* printing is stable */
    ck_assert_contains(yaml, "if_default: true"); /* typed values stay plain */
    free(yaml);
    free(again);
    tfgt_recipe_free(r);
    tfgt_recipe_free(back);
    tfgt_pipeline_free(p);
}
END_TEST

static const struct {
    const char *yaml;
    const char *message;
} bad[] = {
    {"inputs: [a]\nfoo: 1\n", "r.yaml:2:1: unknown key 'foo'"},
    {"inputs: [a]\ninputs: [b]\n", "r.yaml:2:1: duplicate key 'inputs'"},
    {"transforms:\n  - no_such_transform\n", "r.yaml:2:5: unknown transform 'no_such_transform'"},
    {"transforms:\n  - remove_nodes: {op: Identity, max_inputs: two}\n",
     "r.yaml:2:46: remove_nodes: parameter 'max_inputs' must be an integer, not 'two'"},
    {"transforms:\n  - set_device: {if_default: yes}\n",
     "r.yaml:2:30: set_device: parameter 'if_default' must be true or false, not 'yes'"},
    {"transforms:\n  - set_device: {if_default: \"true\"}\n",
     "parameter 'if_default' must be true or false"},
    {"transforms:\n  - strip_unused_nodes: {typ: float}\n",
     "r.yaml:2:26: strip_unused_nodes has no parameter 'typ'"},
    {"transforms:\n  - strip_unused_nodes: {type: Float}\n",
     "r.yaml:2:32: strip_unused_nodes: parameter 'type': 'Float' is not a TensorFlow type name"},
    {"transforms:\n  - strip_unused_nodes: {shape: \"1,x\"}\n", "is not a shape"},
    {"transforms:\n  - remove_nodes: {op: Identity, op: Merge}\n",
     "r.yaml:2:34: duplicate key 'op'"},
    {"transforms:\n  - {a: 1, b: 2}\n", "r.yaml:2:5: each transform is a name"},
    {"transforms: sort_by_execution_order\n", "r.yaml:1:13: transforms must be a list"},
    {"transforms:\n  - sort_by_execution_order: {ignore_errors: maybe}\n",
     "ignore_errors must be true or false"},
    {"inputs: [a\n", "r.yaml:2:1:"},
    {"- just\n- a list\n", "r.yaml:1:1: a recipe is a mapping"},
    {"inputs: {a: 1}\n", "r.yaml:1:9: expected a name or a list of names"},
    {"", "empty recipe"},
    {"inputs: [a]\n---\ninputs: [b]\n", "only one YAML document"},
};

START_TEST(test_malformed_recipes)
{
    tfgt_recipe *r = NULL;
    tfgt_error err;
    tfgt_error_clear(&err);
    ck_assert_int_eq(tfgt_recipe_parse(bad[_i].yaml, strlen(bad[_i].yaml), "r.yaml", &r, &err),
                     TFGT_E_PARSE);
    ck_assert_ptr_null(r);
    ck_assert_contains(err.message, bad[_i].message);
}
END_TEST

static void load_shipped(const char *path, void *user)
{
    tfgt_recipe *r = NULL;
    tfgt_error err;
    ck_assert_msg(tfgt_recipe_load(path, &r, &err) == TFGT_OK, "%s", err.message);
    ck_assert_uint_gt(r->pipeline->n_steps, 0);
    (*(size_t *)user)++;
    tfgt_recipe_free(r);
}

START_TEST(test_every_shipped_recipe_loads)
{
    char *dir = tfgt_test_source_path("transforms/recipes");
    size_t loaded = 0;
    tfgt_recipe *r = NULL;
    tfgt_error err;
    tfgt_test_walk(dir, ".yaml", load_shipped, &loaded);
    ck_assert_uint_ge(loaded, 1);
    /* and by bare name, through $TFGT_RECIPE_PATH */
    ck_assert_msg(tfgt_recipe_load("optimize_for_inference", &r, &err) == TFGT_OK, "%s",
                  err.message);
    tfgt_recipe_free(r);
    ck_assert_int_eq(tfgt_recipe_load("no_such_recipe", &r, &err), TFGT_E_NOT_FOUND);
    ck_assert_contains(err.message, "no recipe named 'no_such_recipe'");
    free(dir);
}
END_TEST

START_TEST(test_calibration_data)
{
    tfgt_recipe *r = parse_ok("inputs: [x]\noutputs: [y]\ncalibration_data: [x=samples/x]\n"
                              "transforms: [fold_constants]\n");
    char *yaml = NULL;
    tfgt_recipe *back;
    ck_assert_uint_eq(r->n_calibration_data, 1);
    ck_assert_str_eq(r->calibration_data[0], "x=samples/x");
    ck_assert_int_eq(tfgt_recipe_to_yaml(r, &yaml, NULL), TFGT_OK);
    ck_assert_contains(yaml, "calibration_data");
    back = parse_ok(yaml);
    ck_assert_str_eq(back->calibration_data[0], "x=samples/x");
    free(yaml);
    tfgt_recipe_free(back);
    tfgt_recipe_free(r);
}
END_TEST

/* Calibration sets: folders of .npy samples, paired by sorted name. */
START_TEST(test_calibration_sets)
{
    char dir[] = "/tmp/tfgt-cal-XXXXXX";
    char path[256];
    const char *defaults[1] = {"x"};
    const char *two[2] = {"x", "z"};
    tfgt_calibration *cal = NULL;
    tfgt_error err = {0};
    tfgt_graph *g = tfgt_test_graph_spec("x:Placeholder;y:Neg:x");
    const char *tensors[1] = {"y"};
    float mins[3], maxs[3];
    ck_assert_ptr_nonnull(mkdtemp(dir));
    for (int i = 0; i < 3; i++) {
        int64_t n = 2;
        double v[2] = {i, -2.0 * i};
        tfgt_tensor *t = tfgt_test_tensor(TFGT_DT_FLOAT, 1, &n, v);
        snprintf(path, sizeof path, "%s/s%d.npy", dir, i);
        ck_assert_int_eq(tfgt_npy_write(path, t, NULL), TFGT_OK);
        tfgt_tensor_free(t);
    }
    ck_assert_int_eq(tfgt_node_set_type(tfgt_graph_find_node(g, "x"), "dtype", TFGT_DT_FLOAT),
                     TFGT_OK);
    ck_assert_int_eq(tfgt_node_set_type(tfgt_graph_find_node(g, "y"), "T", TFGT_DT_FLOAT),
                     TFGT_OK);
    {
        const char *spec[1] = {dir};
        ck_assert_int_eq(tfgt_calibration_load(spec, 1, defaults, 1, 0, &cal, &err), TFGT_OK);
        ck_assert_uint_eq(cal->n_samples, 3);
        ck_assert_int_eq(tfgt_calibration_collect(g, cal, tensors, 1, NULL, mins, maxs, &err),
                         TFGT_OK);
        /* y = -x: sample 2 is {-2, 4} */
        ck_assert_float_eq(mins[2], -2.0f);
        ck_assert_float_eq(maxs[2], 4.0f);
        tfgt_calibration_free(cal);
        /* a bare folder with two inputs is ambiguous */
        ck_assert_int_ne(tfgt_calibration_load(spec, 1, two, 2, 0, &cal, &err), TFGT_OK);
        ck_assert_contains(err.message, "NAME=DIR");
    }
    {
        const char *spec[1] = {"x=/nonexistent/folder"};
        ck_assert_int_ne(tfgt_calibration_load(spec, 1, defaults, 1, 0, &cal, &err), TFGT_OK);
        ck_assert_contains(err.message, "/nonexistent/folder");
    }
    {
        char line[128];
        tfgt_calibration_log_line("conv/eightbit/requant_range", -2.5f, 10.25f, line, sizeof line);
        ck_assert_str_eq(line, ";conv/eightbit/requant_range__print__;__requant_min_max:[-2.5][10.25]");
    }
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/s%d.npy", dir, i);
        remove(path);
    }
    rmdir(dir);
    tfgt_graph_free(g);
}
END_TEST

Suite *tfgt_test_suite(void)
{
    Suite *s = suite_create("recipe");
    TCase *tc = tcase_create("recipe");
    tcase_add_test(tc, test_recipe_equals_transforms_string);
    tcase_add_test(tc, test_print_round_trips);
    tcase_add_test(tc, test_calibration_data);
    tcase_add_test(tc, test_calibration_sets);
    tcase_add_loop_test(tc, test_malformed_recipes, 0, sizeof bad / sizeof bad[0]);
    tcase_add_test(tc, test_every_shipped_recipe_loads);
    suite_add_tcase(s, tc);
    return s;
}
