/* test_executor.c - tensors (TensorProto decoding in every form, half
 * conversions), .npy files, and the executor's planning, feeding, memory
 * handling and refusal of hostile graphs. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ops.h"
#include "testutil.h"

#define BYTES(literal) literal, sizeof(literal) - 1

/* One Const node holding `tensor_pbtxt` (the inside of a TensorProto). */
static tfgt_graph *const_graph(const char *tensor_pbtxt)
{
    char text[4096];
    snprintf(text, sizeof text,
             "node { name: \"c\" op: \"Const\" attr { key: \"value\" value { tensor { %s } } } }",
             tensor_pbtxt);
    return tfgt_test_graph(text);
}

static const struct {
    const char *proto;
    int dtype;
    int64_t count;
    double values[6];
} decode_cases[] = {
    {"dtype: DT_FLOAT tensor_shape { dim { size: 3 } } float_val: 1.5 float_val: -2",
     TFGT_DT_FLOAT, 3, {1.5, -2, -2}},
    {"dtype: DT_FLOAT tensor_shape { dim { size: 2 } dim { size: 2 } } float_val: 7", TFGT_DT_FLOAT,
     4, {7, 7, 7, 7}},
    {"dtype: DT_FLOAT tensor_shape { dim { size: 2 } }", TFGT_DT_FLOAT, 2, {0, 0}},
    {"dtype: DT_FLOAT tensor_shape { dim { size: 2 } } tensor_content: \"\\000\\000\\200?\\000\\000\\000@\"",
     TFGT_DT_FLOAT, 2, {1, 2}},
    {"dtype: DT_DOUBLE tensor_shape { } double_val: 0.25", TFGT_DT_DOUBLE, 1, {0.25}},
    {"dtype: DT_INT32 tensor_shape { dim { size: 3 } } int_val: 1 int_val: -5", TFGT_DT_INT32, 3,
     {1, -5, -5}},
    {"dtype: DT_UINT8 tensor_shape { dim { size: 2 } } int_val: 255 int_val: 7", TFGT_DT_UINT8, 2,
     {255, 7}},
    {"dtype: DT_QUINT8 tensor_shape { dim { size: 1 } } int_val: 200", TFGT_DT_QUINT8, 1, {200}},
    {"dtype: DT_INT8 tensor_shape { dim { size: 2 } } int_val: -128 int_val: 127", TFGT_DT_INT8, 2,
     {-128, 127}},
    {"dtype: DT_INT16 tensor_shape { dim { size: 1 } } int_val: -300", TFGT_DT_INT16, 1, {-300}},
    {"dtype: DT_INT64 tensor_shape { dim { size: 2 } } int64_val: 5000000000", TFGT_DT_INT64, 2,
     {5000000000.0, 5000000000.0}},
    {"dtype: DT_BOOL tensor_shape { dim { size: 2 } } bool_val: true bool_val: false",
     TFGT_DT_BOOL, 2, {1, 0}},
    {"dtype: DT_HALF tensor_shape { dim { size: 2 } } half_val: 15360 half_val: 49152",
     TFGT_DT_HALF, 2, {1.0, -2.0}},
    {"dtype: DT_BFLOAT16 tensor_shape { dim { size: 1 } } half_val: 16256", TFGT_DT_BFLOAT16, 1,
     {1.0}},
    {"dtype: DT_UINT32 tensor_shape { dim { size: 1 } } uint32_val: 4000000000", TFGT_DT_UINT32, 1,
     {4000000000.0}},
    {"dtype: DT_QINT32 tensor_shape { dim { size: 2 } } int_val: -7 int_val: 9", TFGT_DT_QINT32, 2,
     {-7, 9}},
    {"dtype: DT_FLOAT tensor_shape { dim { size: 0 } dim { size: 3 } }", TFGT_DT_FLOAT, 0, {0}},
};

START_TEST(test_decode_tensor_proto)
{
    tfgt_graph *g = const_graph(decode_cases[_i].proto);
    tfgt_tensor *t = NULL;
    tfgt_error err;
    ck_assert_msg(tfgt_node_get_tensor(tfgt_graph_node(g, 0), "value", 0, &t, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_int_eq(t->dtype, decode_cases[_i].dtype);
    ck_assert_int_eq(t->count, decode_cases[_i].count);
    for (int64_t i = 0; i < t->count; i++)
        ck_assert_double_eq(tfgt_tensor_get_double(t, i), decode_cases[_i].values[i]);
    tfgt_tensor_free(t);
    tfgt_graph_free(g);
}
END_TEST

static const struct {
    const char *proto;
    tfgt_status status;
    const char *message;
} hostile_consts[] = {
    /* shape claims more elements than the content holds */
    {"dtype: DT_FLOAT tensor_shape { dim { size: 1000 } } tensor_content: \"\\000\\000\\200?\"",
     TFGT_E_INVALID_ARGUMENT, "holds 4 bytes of content but its type and shape need 4000"},
    {"dtype: DT_FLOAT tensor_shape { dim { size: 1 } } float_val: 1 float_val: 2",
     TFGT_E_INVALID_ARGUMENT, "lists 2 values for 1 elements"},
    {"dtype: DT_FLOAT tensor_shape { dim { size: -3 } }", TFGT_E_INVALID_ARGUMENT,
     "negative dimension"},
    /* 2^62 elements: refused before any allocation */
    {"dtype: DT_FLOAT tensor_shape { dim { size: 4611686018427387904 } }", TFGT_E_LIMIT,
     "memory limit"},
    {"dtype: DT_FLOAT tensor_shape { dim { size: 100000 } dim { size: 100000 } } float_val: 1",
     TFGT_E_LIMIT, "memory limit"},
    {"dtype: DT_FLOAT tensor_shape { dim { size: 4294967296 } dim { size: 4294967296 } "
     "dim { size: 4294967296 } }",
     TFGT_E_LIMIT, "memory limit"},
    {"dtype: DT_RESOURCE tensor_shape { }", TFGT_E_UNSUPPORTED, "not supported"},
    {"dtype: DT_STRING tensor_shape { dim { size: 1 } } tensor_content: \"abcd\"",
     TFGT_E_INVALID_ARGUMENT, "content"},
};

START_TEST(test_hostile_constants)
{
    tfgt_graph *g = const_graph(hostile_consts[_i].proto);
    tfgt_tensor *t = NULL;
    tfgt_error err;
    tfgt_plan *plan = NULL;
    const char *fetch = "c";
    tfgt_error_clear(&err);
    ck_assert_int_eq(tfgt_node_get_tensor(tfgt_graph_node(g, 0), "value", 0, &t, &err),
                     hostile_consts[_i].status);
    ck_assert_ptr_null(t);
    ck_assert_contains(err.message, hostile_consts[_i].message);
    ck_assert_str_eq(err.node, "c");
    /* The executor refuses the graph when planning, before any run. */
    ck_assert_int_eq(tfgt_plan_create(g, NULL, 0, &fetch, 1, NULL, &plan, &err),
                     hostile_consts[_i].status);
    ck_assert_ptr_null(plan);
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_encode_round_trip)
{
    int64_t dims[] = {2, 3};
    double values[] = {1, -2, 3.5, 1e-8, 0, 65504};
    tfgt_graph *g = tfgt_test_graph_spec("c:Const");
    tfgt_tensor *t = tfgt_test_tensor(TFGT_DT_FLOAT, 2, dims, values), *back = NULL;
    ck_assert_int_eq(tfgt_node_set_tensor(tfgt_graph_node(g, 0), "value", t, NULL), TFGT_OK);
    ck_assert_int_eq(tfgt_node_get_tensor(tfgt_graph_node(g, 0), "value", 0, &back, NULL), TFGT_OK);
    tfgt_test_assert_close(back, t, 0, 0);
    tfgt_tensor_free(t);
    tfgt_tensor_free(back);
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_half_conversions)
{
    /* exact values, rounding to nearest even, overflow, subnormals, nan */
    ck_assert_uint_eq(tfgt_float_to_half(1.0f), 0x3c00);
    ck_assert_uint_eq(tfgt_float_to_half(-2.0f), 0xc000);
    ck_assert_uint_eq(tfgt_float_to_half(65504.0f), 0x7bff);
    ck_assert_uint_eq(tfgt_float_to_half(70000.0f), 0x7c00);
    ck_assert_uint_eq(tfgt_float_to_half(1.0f + 1.0f / 2048.0f), 0x3c00); /* tie to even */
    ck_assert_uint_eq(tfgt_float_to_half(1.0f + 3.0f / 2048.0f), 0x3c02);
    ck_assert_uint_eq(tfgt_float_to_half(5.9604645e-8f), 0x0001);
    ck_assert(isnan(tfgt_half_to_float(tfgt_float_to_half(NAN))));
    ck_assert_float_eq(tfgt_half_to_float(0x0001), 5.9604645e-8f);
    ck_assert_float_eq(tfgt_half_to_float(0x7bff), 65504.0f);
    for (uint32_t h = 0; h < 0x7c00; h++)
        ck_assert_uint_eq(tfgt_float_to_half(tfgt_half_to_float((uint16_t)h)), h);
    ck_assert_uint_eq(tfgt_float_to_bfloat16(1.0f), 0x3f80);
    ck_assert_float_eq(tfgt_bfloat16_to_float(0xc000), -2.0f);
}
END_TEST

START_TEST(test_npy_round_trip)
{
    static const int dtypes[] = {TFGT_DT_FLOAT, TFGT_DT_DOUBLE, TFGT_DT_INT32, TFGT_DT_INT64,
                                 TFGT_DT_UINT8, TFGT_DT_INT8, TFGT_DT_BOOL, TFGT_DT_HALF,
                                 TFGT_DT_INT16, TFGT_DT_UINT16};
    int64_t dims[] = {2, 1, 3};
    double values[] = {1, 0, 3, 4, 5, 1};
    for (size_t d = 0; d < sizeof dtypes / sizeof dtypes[0]; d++) {
        tfgt_tensor *t = tfgt_test_tensor(dtypes[d], 3, dims, values), *back = NULL;
        uint8_t *bytes;
        size_t len;
        tfgt_error err;
        ck_assert_int_eq(tfgt_npy_encode(t, &bytes, &len, NULL), TFGT_OK);
        ck_assert_uint_eq((10 + (size_t)bytes[8]) % 64, 0); /* data aligned */
        ck_assert_msg(tfgt_npy_decode(bytes, len, "x.npy", 0, &back, &err) == TFGT_OK, "%s",
                      err.message);
        tfgt_test_assert_close(back, t, 0, 0);
        free(bytes);
        tfgt_tensor_free(t);
        tfgt_tensor_free(back);
    }
}
END_TEST

START_TEST(test_npy_reads_numpy_files)
{
    /* A file numpy wrote: the stored MobileNet input, float32 [1,224,224,3]. */
    char *path = tfgt_test_model_path("mobilenet_v1_0.25_224/grace_hopper_224_input.npy");
    tfgt_tensor *t = NULL;
    tfgt_error err;
    if (!path) {
        fprintf(stderr, "SKIP: no models folder\n");
        return;
    }
    ck_assert_msg(tfgt_npy_read(path, 0, &t, &err) == TFGT_OK, "%s", err.message);
    ck_assert_int_eq(t->dtype, TFGT_DT_FLOAT);
    ck_assert_int_eq(t->rank, 4);
    ck_assert_int_eq(t->dims[1], 224);
    ck_assert_int_eq(t->count, 224 * 224 * 3);
    ck_assert_float_le(((float *)t->data)[0], 1.0f);
    tfgt_tensor_free(t);
    free(path);
}
END_TEST

static const struct {
    const char *bytes;
    size_t len;
    const char *message;
} bad_npys[] = {
    {BYTES("hello"), "not a .npy file"},
    {BYTES("\x93NUMPY\x01\x00\xff\x00{'descr'"), "truncated"},
    {BYTES("\x93NUMPY\x01\x00\x3c\x00{'descr': '<f4', 'fortran_order': True, 'shape': (2,), }   \n"), "Fortran-order"},
    {BYTES("\x93NUMPY\x01\x00\x3c\x00{'descr': '>f4', 'fortran_order': False, 'shape': (2,), }  \n"), "big-endian"},
    {BYTES("\x93NUMPY\x01\x00\x3c\x00{'descr': '<U5', 'fortran_order': False, 'shape': (2,), }  \n"), "dtype '<U5' are not supported"},
    {BYTES("\x93NUMPY\x01\x00\x3c\x00{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }  \n\x00\x00\x80\x3f"),
     "needs 8 bytes of data but the file has 4"},
    {BYTES("\x93NUMPY\x09\x00\x3c\x00"), "version 9"},
};

START_TEST(test_npy_bad_files)
{
    tfgt_tensor *t = NULL;
    tfgt_error err;
    tfgt_error_clear(&err);
    ck_assert_int_ne(tfgt_npy_decode((const uint8_t *)bad_npys[_i].bytes, bad_npys[_i].len,
                                     "bad.npy", 0, &t, &err),
                     TFGT_OK);
    ck_assert_ptr_null(t);
    ck_assert_contains(err.message, "bad.npy");
    ck_assert_contains(err.message, bad_npys[_i].message);
}
END_TEST

static const char *add_graph =
    "node { name: \"x\" op: \"Placeholder\" attr { key: \"dtype\" value { type: DT_FLOAT } }"
    "  attr { key: \"shape\" value { shape { dim { size: -1 } dim { size: 2 } } } } }"
    "node { name: \"w\" op: \"Const\" attr { key: \"value\" value { tensor { dtype: DT_FLOAT"
    "  tensor_shape { dim { size: 2 } } float_val: 10 float_val: 20 } } } }"
    "node { name: \"sum\" op: \"Add\" input: \"x\" input: \"w\" attr { key: \"T\" value { type: DT_FLOAT } } }"
    "node { name: \"out\" op: \"Identity\" input: \"sum\" attr { key: \"T\" value { type: DT_FLOAT } } }"
    "node { name: \"unused\" op: \"NoSuchOp\" input: \"x\" }";

START_TEST(test_run_add)
{
    tfgt_graph *g = tfgt_test_graph(add_graph);
    int64_t dims[] = {3, 2};
    double in[] = {1, 2, 3, 4, 5, 6}, want[] = {11, 22, 13, 24, 15, 26};
    tfgt_tensor *x = tfgt_test_tensor(TFGT_DT_FLOAT, 2, dims, in);
    tfgt_tensor *expected = tfgt_test_tensor(TFGT_DT_FLOAT, 2, dims, want);
    tfgt_tensor *results[3];
    const char *feeds[] = {"x"}, *fetches[] = {"out", "w", "out:0"};
    tfgt_error err;
    tfgt_plan *plan = NULL;
    /* the unsupported op is not needed, so it does not matter */
    ck_assert_msg(tfgt_plan_create(g, feeds, 1, fetches, 3, NULL, &plan, &err) == TFGT_OK, "%s",
                  err.message);
    ck_assert_uint_eq(tfgt_plan_node_count(plan), 4);
    for (int run = 0; run < 3; run++) { /* plans run many times */
        ck_assert_msg(tfgt_plan_run(plan, (const tfgt_tensor *const *)&x, results, &err) ==
                          TFGT_OK,
                      "%s", err.message);
        tfgt_test_assert_close(results[0], expected, 0, 0);
        tfgt_test_assert_close(results[2], expected, 0, 0);
        ck_assert_ptr_ne(results[0], results[2]);
        ck_assert_int_eq(results[1]->count, 2);
        for (int i = 0; i < 3; i++)
            tfgt_tensor_free(results[i]);
    }
    tfgt_plan_free(plan);
    tfgt_tensor_free(x);
    tfgt_tensor_free(expected);
    tfgt_graph_free(g);
}
END_TEST

/* Values computed from Consts alone (c -> neg -> sq, read by the fed
 * part and fetched too) are computed on the first run and kept: later runs
 * with other feeds give the same right answers, fetched copies stay the
 * caller's, and the kept bytes count as constants. */
START_TEST(test_constant_values_kept_between_runs)
{
    tfgt_graph *g = tfgt_graph_new();
    const char *feeds[] = {"x"}, *fetches[] = {"out", "sq"};
    tfgt_plan *plan = NULL;
    tfgt_error err;
    size_t peak_first = 0;
    double two = 2;
    tfgt_test_add_op(g, "x", "Placeholder", "", "dtype", "type: DT_FLOAT", NULL);
    tfgt_test_add_floats(g, "c", 0, NULL, &two);
    tfgt_test_add_op(g, "neg", "Neg", "c", "T", "type: DT_FLOAT", NULL);
    tfgt_test_add_op(g, "sq", "Square", "neg", "T", "type: DT_FLOAT", NULL);
    tfgt_test_add_op(g, "out", "Mul", "x,sq", "T", "type: DT_FLOAT", NULL);
    ck_assert_msg(tfgt_plan_create(g, feeds, 1, fetches, 2, NULL, &plan, &err) == TFGT_OK, "%s",
                  err.message);
    for (int run = 0; run < 4; run++) {
        double in = run + 1;
        tfgt_tensor *x = tfgt_test_tensor(TFGT_DT_FLOAT, 0, NULL, &in), *results[2];
        ck_assert_msg(tfgt_plan_run(plan, (const tfgt_tensor *const *)&x, results, &err) ==
                          TFGT_OK,
                      "%s", err.message);
        ck_assert_double_eq(tfgt_tensor_get_double(results[0], 0), 4.0 * in);
        ck_assert_double_eq(tfgt_tensor_get_double(results[1], 0), 4.0);
        /* the caller may change what it was given */
        tfgt_tensor_set_double(results[1], 0, -1);
        if (run == 0)
            peak_first = tfgt_plan_peak_bytes(plan);
        else
            ck_assert_uint_ge(tfgt_plan_peak_bytes(plan), 4);
        tfgt_tensor_free(results[0]);
        tfgt_tensor_free(results[1]);
        tfgt_tensor_free(x);
    }
    ck_assert_uint_gt(peak_first, 0);
    tfgt_plan_free(plan);
    tfgt_graph_free(g);
}
END_TEST

static const struct {
    const char *feed;   /* NULL: nothing fed */
    const char *fetch;
    int64_t rows, cols;
    int dtype;
    tfgt_status status;
    const char *message;
} plan_errors[] = {
    {"x", "unused", 1, 2, TFGT_DT_FLOAT, TFGT_E_UNSUPPORTED,
     "node 'unused': op 'NoSuchOp' is not supported"},
    {NULL, "out", 1, 2, TFGT_DT_FLOAT, TFGT_E_INVALID_ARGUMENT,
     "node 'x': this Placeholder is needed but not fed"},
    {"ghost", "out", 1, 2, TFGT_DT_FLOAT, TFGT_E_NOT_FOUND, "no node named 'ghost'"},
    {"x", "nothing", 1, 2, TFGT_DT_FLOAT, TFGT_E_NOT_FOUND, "no node named 'nothing'"},
    {"x", "out", 1, 3, TFGT_DT_FLOAT, TFGT_E_INVALID_ARGUMENT,
     "fed shape [1,3], but the placeholder's shape is [-1,2]"},
    {"x", "out", 1, 2, TFGT_DT_INT32, TFGT_E_INVALID_ARGUMENT,
     "fed a int32 tensor, but the placeholder is float"},
    {"x", "out:1", 1, 2, TFGT_DT_FLOAT, TFGT_E_INVALID_GRAPH, "reads output 1"},
};

START_TEST(test_plan_and_feed_errors)
{
    tfgt_graph *g = tfgt_test_graph(add_graph);
    int64_t dims[] = {plan_errors[_i].rows, plan_errors[_i].cols};
    tfgt_tensor *x = tfgt_test_tensor(plan_errors[_i].dtype, 2, dims, NULL);
    tfgt_tensor *result = (tfgt_tensor *)1;
    const char *feed = plan_errors[_i].feed, *fetch = plan_errors[_i].fetch;
    tfgt_error err;
    tfgt_error_clear(&err);
    ck_assert_int_eq(tfgt_graph_run(g, &feed, (const tfgt_tensor *const *)&x, feed ? 1 : 0,
                                    &fetch, 1, NULL, &result, &err),
                     plan_errors[_i].status);
    ck_assert_contains(err.message, plan_errors[_i].message);
    tfgt_tensor_free(x);
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_intermediates_freed_early)
{
    /* A chain of 20 Identity nodes over a 4 MB tensor: with early freeing
     * at most two copies are alive at once besides the constant. */
    char text[8192];
    size_t used;
    tfgt_graph *g;
    tfgt_tensor *result = NULL;
    tfgt_plan *plan = NULL;
    const char *fetch = "n19";
    tfgt_error err;
    used = (size_t)snprintf(text, sizeof text,
                            "node { name: \"c\" op: \"Const\" attr { key: \"value\" value { tensor {"
                            " dtype: DT_FLOAT tensor_shape { dim { size: 1048576 } } float_val: 1 } } } }");
    for (int i = 0; i < 20; i++)
        used += (size_t)snprintf(text + used, sizeof text - used,
                                 "node { name: \"n%d\" op: \"Identity\" input: \"%s%d\" }", i,
                                 i ? "n" : "c", i ? i - 1 : 0);
    /* the first Identity reads "c0"; fix it to read the constant */
    g = tfgt_test_graph(text);
    ck_assert_int_eq(tfgt_node_set_input(tfgt_graph_find_node(g, "n0"), 0, "c"), TFGT_OK);
    ck_assert_int_eq(tfgt_plan_create(g, NULL, 0, &fetch, 1, NULL, &plan, &err), TFGT_OK);
    ck_assert_msg(tfgt_plan_run(plan, NULL, &result, &err) == TFGT_OK, "%s", err.message);
    ck_assert_uint_le(tfgt_plan_peak_bytes(plan), 3u * 4u * 1048576u);
    ck_assert_float_eq(((float *)result->data)[1048575], 1.0f);
    tfgt_tensor_free(result);
    tfgt_plan_free(plan);
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_memory_cap_on_outputs)
{
    /* Fill to 2^40 floats: refused by the memory limit, not attempted. */
    tfgt_graph *g = tfgt_test_graph(
        "node { name: \"dims\" op: \"Const\" attr { key: \"value\" value { tensor { dtype: DT_INT64"
        " tensor_shape { dim { size: 2 } } int64_val: 1048576 int64_val: 1048576 } } } }"
        "node { name: \"v\" op: \"Const\" attr { key: \"value\" value { tensor { dtype: DT_FLOAT"
        " tensor_shape { } float_val: 1 } } } }"
        "node { name: \"f\" op: \"Fill\" input: \"dims\" input: \"v\" }");
    tfgt_tensor *result = NULL;
    const char *fetch = "f";
    tfgt_run_options options = {1, 1 << 20, false};
    tfgt_error err;
    ck_assert_int_eq(tfgt_graph_run(g, NULL, NULL, 0, &fetch, 1, &options, &result, &err),
                     TFGT_E_LIMIT);
    ck_assert_str_eq(err.node, "f");
    ck_assert_contains(err.message, "memory limit");
    tfgt_graph_free(g);
}
END_TEST

START_TEST(test_every_op_row_is_sane)
{
    /* Unique names; attribute defaults parse as AttrValues. */
    for (size_t i = 0; i < tfgt_op_count(); i++) {
        const tfgt_op_def *op = tfgt_op_at(i);
        ck_assert_ptr_eq(tfgt_op_find(op->name), op);
        ck_assert_int_ge(op->min_inputs, 0);
        ck_assert(op->max_inputs < 0 || op->max_inputs >= op->min_inputs);
        for (const tfgt_op_attr *a = op->attrs; a && a->name; a++)
            if (a->default_value) {
                char text[1024];
                tfgt_graph *g;
                snprintf(text, sizeof text,
                         "node { name: \"n\" op: \"%s\" attr { key: \"%s\" value { %s } } }",
                         op->name, a->name, a->default_value);
                g = tfgt_test_graph(text);
                ck_assert_msg(tfgt_node_attr_kind(tfgt_graph_node(g, 0), a->name) !=
                                  TFGT_ATTR_NONE,
                              "%s.%s default '%s' is empty", op->name, a->name, a->default_value);
                tfgt_graph_free(g);
            }
    }
    ck_assert_uint_gt(tfgt_op_count(), 140);
    ck_assert(tfgt_op_is_supported("Conv2D"));
    ck_assert(!tfgt_op_is_supported("NoSuchOp"));
}
END_TEST

Suite *tfgt_test_suite(void)
{
    Suite *s = suite_create("executor");
    TCase *tc = tcase_create("executor");
    tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, test_decode_tensor_proto, 0,
                        sizeof decode_cases / sizeof decode_cases[0]);
    tcase_add_loop_test(tc, test_hostile_constants, 0,
                        sizeof hostile_consts / sizeof hostile_consts[0]);
    tcase_add_test(tc, test_encode_round_trip);
    tcase_add_test(tc, test_half_conversions);
    tcase_add_test(tc, test_npy_round_trip);
    tcase_add_test(tc, test_npy_reads_numpy_files);
    tcase_add_loop_test(tc, test_npy_bad_files, 0, sizeof bad_npys / sizeof bad_npys[0]);
    tcase_add_test(tc, test_run_add);
    tcase_add_test(tc, test_constant_values_kept_between_runs);
    tcase_add_loop_test(tc, test_plan_and_feed_errors, 0,
                        sizeof plan_errors / sizeof plan_errors[0]);
    tcase_add_test(tc, test_intermediates_freed_early);
    tcase_add_test(tc, test_memory_cap_on_outputs);
    tcase_add_test(tc, test_every_op_row_is_sane);
    suite_add_tcase(s, tc);
    return s;
}
