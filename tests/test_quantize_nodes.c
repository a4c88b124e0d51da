/* test_quantize_nodes.c - quantize_nodes, insert_logging and
 * freeze_requantization_ranges: the cases of TensorFlow's own tests
 * (float graph vs eight-bit graph within 1.0, the op gone), the structure
 * TensorFlow 2.21's tool gives on the bundled example (node for node), and
 * tfgt's extensions (skipped convolutions, calibration). */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"

#define FLOAT_T "type: DT_FLOAT"

/* Quantize a copy; outputs within `tol` of the float graph; the float op
 * `gone` no longer appears. */
static tfgt_graph *check_quantized(const tfgt_graph *g, const char *transforms, const char *feed,
                                   const tfgt_tensor *value, const char *fetch, double tol,
                                   const char *gone)
{
    tfgt_error err = {0};
    tfgt_graph *q = tfgt_graph_clone(g, &err);
    tfgt_tensor *a, *b;
    ck_assert_msg(tfgt_test_transform(q, transforms, feed ? feed : "", fetch, &err) == TFGT_OK,
                  "%s", err.message);
    a = tfgt_test_run_one(g, feed, value, fetch);
    b = tfgt_test_run_one(q, feed, value, fetch);
    tfgt_test_assert_close(b, a, tol, 0);
    if (gone)
        ck_assert_msg(tfgt_test_count_op(q, gone) == 0, "%s still present after %s", gone, transforms);
    tfgt_tensor_free(a);
    tfgt_tensor_free(b);
    return q;
}

static const char *const strides1 = "list { i: 1 i: 1 i: 1 i: 1 }";

/* ---- the op table: every quantizable op, float vs eight-bit ------------------- */

START_TEST(test_matmul_cases)
{
    static const struct {
        int64_t m, n, k;
        double a[6], b[12];
    } cases[] = {
        {1, 1, 1, {2}, {3}},
        {1, 2, 1, {1}, {2, 3}},
        {1, 1, 2, {1, 1}, {1, 1}},
        {1, 1, 2, {0, 0}, {1, 1}},
        {1, 1, 2, {1, 2}, {1, 2}},
        {2, 4, 3, {1, 2, 3, 4, 5, 6}, {7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18}},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        tfgt_graph *g = tfgt_graph_new(), *q;
        int64_t da[2] = {cases[c].m, cases[c].k}, db[2] = {cases[c].k, cases[c].n};
        tfgt_test_add_floats(g, "a", 2, da, cases[c].a);
        tfgt_test_add_floats(g, "b", 2, db, cases[c].b);
        tfgt_test_add_op(g, "mat_mul", "MatMul", "a,b", "T", FLOAT_T, NULL);
        q = check_quantized(g, "quantize_nodes", NULL, NULL, "mat_mul", 1.0, "MatMul");
        ck_assert_uint_eq(tfgt_test_count_op(q, "QuantizedMatMul"), 1);
        ck_assert_ptr_nonnull(tfgt_graph_find_node(q, "mat_mul/eightbit/requant_range"));
        ck_assert_ptr_nonnull(tfgt_graph_find_node(q, "mat_mul_eightbit/a/quantize"));
        tfgt_graph_free(q);
        tfgt_graph_free(g);
    }
}
END_TEST

/* Conv2D 4x3 with the 3x3 filter {1,4,7,2,5,8,3,6,9}, SAME; and the odd
 * padding case (4x4, stride 2). */
START_TEST(test_conv_cases)
{
    for (int odd = 0; odd < 2; odd++) {
        tfgt_graph *g = tfgt_graph_new(), *q;
        int64_t di[4] = {1, odd ? 4 : 3, 4, 1}, df[4] = {3, 3, 1, 1};
        double in[16], f[9] = {1, 4, 7, 2, 5, 8, 3, 6, 9};
        for (int i = 0; i < 16; i++)
            in[i] = i + 1;
        if (odd)
            for (int i = 0; i < 9; i++)
                f[i] = i + 1;
        tfgt_test_add_floats(g, "input", 4, di, in);
        tfgt_test_add_floats(g, "filter", 4, df, f);
        tfgt_test_add_op(g, "conv", "Conv2D", "input,filter", "T", FLOAT_T, "strides",
               odd ? "list { i: 1 i: 2 i: 2 i: 1 }" : strides1, "padding", "s: 'SAME'", NULL);
        q = check_quantized(g, "quantize_nodes", NULL, NULL, "conv", 1.0 * (odd ? 1.5 : 1), "Conv2D");
        tfgt_graph_free(q);
        tfgt_graph_free(g);
    }
}
END_TEST

START_TEST(test_elementwise_and_pool_cases)
{
    static const char *const unary[][3] = {
        {"Relu", "", "Relu"},
        {"Relu6", "", "Relu6"},
        {"MaxPool", "k", "MaxPool"},
        {"AvgPool", "k", "AvgPool"},
    };
    for (size_t c = 0; c < 4; c++) {
        tfgt_graph *g = tfgt_graph_new(), *q;
        int64_t d[4] = {1, 2, 6, 1};
        double v[12];
        for (int i = 0; i < 12; i++)
            v[i] = i + 1 - (c < 2 ? 5 : 0);
        tfgt_test_add_floats(g, "input", 4, d, v);
        if (unary[c][1][0])
            tfgt_test_add_op(g, "op", unary[c][0], "input", "T", FLOAT_T, "ksize",
                   "list { i: 1 i: 2 i: 2 i: 1 }", "strides", strides1, "padding", "s: 'SAME'",
                   NULL);
        else
            tfgt_test_add_op(g, "op", unary[c][0], "input", "T", FLOAT_T, NULL);
        q = check_quantized(g, "quantize_nodes", NULL, NULL, "op", 1.0, unary[c][2]);
        tfgt_graph_free(q);
        tfgt_graph_free(g);
    }
    {
        /* BiasAdd 1x1x2x6 iota + iota[6]; Mul and Add with broadcasting */
        tfgt_graph *g = tfgt_graph_new(), *q;
        int64_t d[4] = {1, 1, 2, 6}, six = 6, dx[2] = {10, 100}, hundred = 100;
        double v[12], b[6], x[1000], y[100];
        for (int i = 0; i < 12; i++)
            v[i] = i + 1;
        for (int i = 0; i < 6; i++)
            b[i] = i + 1;
        for (int i = 0; i < 1000; i++)
            x[i] = (i % 256) / 256.0;
        for (int i = 0; i < 100; i++)
            y[i] = ((i + 23) % 123) - 50;
        tfgt_test_add_floats(g, "input", 4, d, v);
        tfgt_test_add_floats(g, "offset", 1, &six, b);
        tfgt_test_add_op(g, "bias_add", "BiasAdd", "input,offset", "T", FLOAT_T, NULL);
        tfgt_test_add_floats(g, "x", 2, dx, x);
        tfgt_test_add_floats(g, "y", 1, &hundred, y);
        tfgt_test_add_op(g, "mul", "Mul", "x,y", "T", FLOAT_T, NULL);
        tfgt_test_add_op(g, "add", "Add", "x,y", "T", FLOAT_T, NULL);
        q = check_quantized(g, "quantize_nodes", NULL, NULL, "bias_add", 1.0, "BiasAdd");
        tfgt_graph_free(q);
        q = check_quantized(g, "quantize_nodes", NULL, NULL, "mul", 1.0, "Mul");
        tfgt_graph_free(q);
        q = check_quantized(g, "quantize_nodes", NULL, NULL, "add", 1.0, "Add");
        tfgt_graph_free(q);
        tfgt_graph_free(g);
    }
    {
        /* Concat on axis 0 of two 2x2x3; Reshape 4x5 -> {10, 2} */
        tfgt_graph *g = tfgt_graph_new(), *q;
        int64_t d[3] = {2, 2, 3}, d45[2] = {4, 5}, two = 2;
        double a[12], b[12], r[20], shape[2] = {10, 2}, axis = 0;
        tfgt_tensor *t;
        for (int i = 0; i < 12; i++)
            a[i] = i + 1, b[i] = i + 13;
        for (int i = 0; i < 20; i++)
            r[i] = i + 1;
        t = tfgt_test_tensor(TFGT_DT_INT32, 0, NULL, &axis);
        tfgt_graph_add_const(g, "axis", t, NULL);
        tfgt_tensor_free(t);
        t = tfgt_test_tensor(TFGT_DT_INT32, 1, &two, shape);
        tfgt_graph_add_const(g, "shape", t, NULL);
        tfgt_tensor_free(t);
        tfgt_test_add_floats(g, "a", 3, d, a);
        tfgt_test_add_floats(g, "b", 3, d, b);
        tfgt_test_add_floats(g, "r", 2, d45, r);
        tfgt_test_add_op(g, "concat", "Concat", "axis,a,b", "T", FLOAT_T, "N", "i: 2", NULL);
        tfgt_test_add_op(g, "reshape", "Reshape", "r,shape", "T", FLOAT_T, NULL);
        q = check_quantized(g, "quantize_nodes", NULL, NULL, "concat", 1.0, "Concat");
        tfgt_graph_free(q);
        q = check_quantized(g, "quantize_nodes", NULL, NULL, "reshape", 1.0, NULL);
        ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "reshape")), "Dequantize");
        tfgt_graph_free(q);
        tfgt_graph_free(g);
    }
    {
        /* ResizeBilinear of a constant image (TensorFlow's case, smaller) */
        tfgt_graph *g = tfgt_graph_new(), *q;
        int64_t d[4] = {1, 8, 8, 3}, two = 2;
        double v[192], size[2] = {16, 16};
        tfgt_tensor *t;
        for (int i = 0; i < 192; i++)
            v[i] = 100.0 - (i % 17);
        tfgt_test_add_floats(g, "image", 4, d, v);
        t = tfgt_test_tensor(TFGT_DT_INT32, 1, &two, size);
        tfgt_graph_add_const(g, "size", t, NULL);
        tfgt_tensor_free(t);
        tfgt_test_add_op(g, "resize", "ResizeBilinear", "image,size", "T", FLOAT_T, NULL);
        q = check_quantized(g, "quantize_nodes", NULL, NULL, "resize", 1.0, "ResizeBilinear");
        tfgt_graph_free(q);
        tfgt_graph_free(g);
    }
}
END_TEST

/* ---- the pipeline's other steps --------------------------------------------------- */

START_TEST(test_ignore_ops)
{
    static const char *const ignore[] = {"quantize_nodes", "quantize_nodes(ignore_op=MatMul)",
                                         "quantize_nodes(ignore_op=MatMul, ignore_op=Mul)"};
    for (int k = 0; k < 3; k++) {
        tfgt_graph *g = tfgt_graph_new(), *q;
        int64_t one[2] = {1, 1};
        double two = 2, three = 3, v1 = 1, four = 4;
        tfgt_test_add_floats(g, "a", 2, one, &two);
        tfgt_test_add_floats(g, "b", 2, one, &three);
        tfgt_test_add_op(g, "mat_mul", "MatMul", "a,b", "T", FLOAT_T, NULL);
        tfgt_test_add_floats(g, "c", 2, one, &v1);
        tfgt_test_add_floats(g, "d", 2, one, &four);
        tfgt_test_add_op(g, "mul", "Mul", "c,d", "T", FLOAT_T, NULL);
        q = check_quantized(g, ignore[k], NULL, NULL, "mat_mul", 1.0, NULL);
        ck_assert_uint_eq(tfgt_test_count_op(q, "MatMul"), k >= 1);
        ck_assert_uint_eq(tfgt_test_count_op(q, "Mul"), k >= 2);
        tfgt_graph_free(q);
        tfgt_graph_free(g);
    }
}
END_TEST

static tfgt_graph *bias_add_on_placeholder(void)
{
    tfgt_graph *g = tfgt_graph_new();
    int64_t d[2] = {1, 100};
    double a[100];
    for (int i = 0; i < 100; i++)
        a[i] = i;
    tfgt_test_add_floats(g, "a", 2, d, a);
    tfgt_test_add_op(g, "placeholder", "Placeholder", "", "dtype", FLOAT_T, "shape",
           "shape { dim { size: 100 } }", NULL);
    tfgt_test_add_op(g, "bias_add", "BiasAdd", "a,placeholder", "T", FLOAT_T, NULL);
    return g;
}

START_TEST(test_input_and_fallback_ranges)
{
    tfgt_graph *g = bias_add_on_placeholder(), *q;
    int64_t n = 100;
    double v[100];
    tfgt_tensor *feed, *qfeed;
    tfgt_error err = {0};
    for (int i = 0; i < 100; i++)
        v[i] = i;
    feed = tfgt_test_tensor(TFGT_DT_FLOAT, 1, &n, v);
    /* a fallback range replaces RequantizationRange */
    q = check_quantized(g, "quantize_nodes(fallback_min=0, fallback_max=200)", "placeholder", feed,
                        "bias_add", 2.0, "BiasAdd");
    ck_assert_uint_eq(tfgt_test_count_op(q, "RequantizationRange"), 0);
    ck_assert_ptr_nonnull(tfgt_graph_find_node(q, "bias_add/eightbit/fallback_min"));
    tfgt_graph_free(q);
    /* placeholders fed as quint8 with input_min/input_max */
    q = tfgt_graph_clone(g, &err);
    ck_assert_int_eq(tfgt_test_transform(q, "quantize_nodes(input_min=0, input_max=100)",
                                         "placeholder", "bias_add", &err),
                     TFGT_OK);
    {
        tfgt_node *p = tfgt_graph_find_node(q, "placeholder");
        int dtype = 0;
        tfgt_tensor *a, *b;
        ck_assert_str_eq(tfgt_node_op(p), "Placeholder");
        tfgt_node_get_type(p, "dtype", &dtype, NULL);
        ck_assert_int_eq(dtype, TFGT_DT_QUINT8);
        ck_assert_ptr_nonnull(tfgt_graph_find_node(q, "placeholder_eightbit/dequantize"));
        qfeed = tfgt_tensor_new(TFGT_DT_QUINT8, 1, &n, 0, NULL);
        for (int i = 0; i < 100; i++)
            ((uint8_t *)qfeed->data)[i] = (uint8_t)lround(i * 255.0 / 100.0);
        a = tfgt_test_run_one(g, "placeholder", feed, "bias_add");
        b = tfgt_test_run_one(q, "placeholder", qfeed, "bias_add");
        tfgt_test_assert_close(b, a, 1.0, 0);
        tfgt_tensor_free(a);
        tfgt_tensor_free(b);
        tfgt_tensor_free(qfeed);
    }
    tfgt_graph_free(q);
    /* bad pairs */
    ck_assert_int_ne(tfgt_test_transform(g, "quantize_nodes(input_min=0)", "", "bias_add", &err),
                     TFGT_OK);
    ck_assert_contains(err.message, "both input_min and input_max");
    tfgt_tensor_free(feed);
    tfgt_graph_free(g);
}
END_TEST

static tfgt_graph *fake_quant_graph(bool with_chain)
{
    tfgt_graph *g = tfgt_graph_new();
    int64_t d[4] = {1, 1, 2, 6}, six = 6;
    double v[12], b[6], lo = 0, hi = 18;
    for (int i = 0; i < 12; i++)
        v[i] = i + 1;
    for (int i = 0; i < 6; i++)
        b[i] = i + 1;
    tfgt_test_add_floats(g, "input", 4, d, v);
    tfgt_test_add_floats(g, "offset", 1, &six, b);
    tfgt_test_add_op(g, "bias_add_op", "BiasAdd", "input,offset", "T", FLOAT_T, NULL);
    tfgt_test_add_floats(g, "fake_quant_min", 0, NULL, &lo);
    tfgt_test_add_floats(g, "fake_quant_max", 0, NULL, &hi);
    if (with_chain) {
        tfgt_test_add_op(g, "relu_op", "Relu", "bias_add_op", "T", FLOAT_T, NULL);
        tfgt_test_add_op(g, "max_pool_op", "MaxPool", "relu_op", "T", FLOAT_T, "ksize",
               "list { i: 1 i: 1 i: 1 i: 1 }", "strides", strides1, "padding", "s: 'SAME'", NULL);
        tfgt_test_add_op(g, "fake_quant_op", "FakeQuantWithMinMaxVars",
               "max_pool_op,fake_quant_min,fake_quant_max", NULL);
    } else {
        tfgt_test_add_op(g, "fake_quant_op", "FakeQuantWithMinMaxVars",
               "bias_add_op,fake_quant_min,fake_quant_max", NULL);
    }
    return g;
}

START_TEST(test_fake_quants)
{
    tfgt_graph *g = fake_quant_graph(false), *q;
    /* ConvertFakeQuantsEndToEnd: no FakeQuant left, one Requantize */
    q = check_quantized(g, "quantize_nodes strip_unused_nodes", NULL, NULL, "fake_quant_op", 1.0,
                        "FakeQuantWithMinMaxVars");
    ck_assert_uint_eq(tfgt_test_count_op(q, "Requantize"), 1);
    tfgt_graph_free(q);
    tfgt_graph_free(g);
    /* HoistFakeQuants: the FakeQuant moves before Relu -> MaxPool */
    g = fake_quant_graph(true);
    q = check_quantized(g, "quantize_nodes(ignore_op=Relu, ignore_op=MaxPool, ignore_op=BiasAdd)",
                        NULL, NULL, "fake_quant_op", 1.0, "FakeQuantWithMinMaxVars");
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "fake_quant_op")), "MaxPool");
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_input_node(
                         q, tfgt_node_input(tfgt_graph_find_node(q, "relu_op"), 0))),
                     "Dequantize");
    ck_assert_ptr_nonnull(tfgt_graph_find_node(q, "fake_quant_op_hoisted"));
    tfgt_graph_free(q);
    tfgt_graph_free(g);
}
END_TEST

/* ExcludeNonFloat, and tfgt's skips (NCHW / dilated Conv2D). */
START_TEST(test_skips)
{
    tfgt_graph *g = tfgt_graph_new(), *q;
    int64_t d[2] = {2, 2}, d4[4] = {1, 5, 5, 1}, df[4] = {2, 2, 1, 1}, two = 2;
    double v[4] = {1, 2, 3, 4}, img[25], f[4] = {1, 2, 3, 4}, shape[2] = {4, 1};
    tfgt_tensor *t;
    tfgt_error err = {0};
    for (int i = 0; i < 25; i++)
        img[i] = i;
    t = tfgt_test_tensor(TFGT_DT_INT32, 2, d, v);
    tfgt_graph_add_const(g, "int_values", t, NULL);
    tfgt_tensor_free(t);
    t = tfgt_test_tensor(TFGT_DT_INT32, 1, &two, shape);
    tfgt_graph_add_const(g, "shape", t, NULL);
    tfgt_tensor_free(t);
    tfgt_test_add_op(g, "excluded_reshape_op", "Reshape", "int_values,shape", "T", "type: DT_INT32", NULL);
    tfgt_test_add_floats(g, "float_values", 2, d, v);
    tfgt_test_add_op(g, "included_reshape_op", "Reshape", "float_values,shape", "T", FLOAT_T, NULL);
    tfgt_test_add_floats(g, "image", 4, d4, img);
    tfgt_test_add_floats(g, "filter", 4, df, f);
    tfgt_test_add_op(g, "dilated", "Conv2D", "image,filter", "T", FLOAT_T, "strides", strides1, "padding",
           "s: 'VALID'", "dilations", "list { i: 1 i: 2 i: 2 i: 1 }", NULL);
    q = tfgt_graph_clone(g, &err);
    ck_assert_int_eq(tfgt_test_transform(q, "quantize_nodes", "",
                                         "excluded_reshape_op,included_reshape_op,dilated", &err),
                     TFGT_OK);
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "excluded_reshape_op")), "Reshape");
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "included_reshape_op")), "Dequantize");
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "dilated")), "Conv2D");
    tfgt_graph_free(q);
    tfgt_graph_free(g);
}
END_TEST

/* The bundled example through TensorFlow's classic eight-bit pipeline: the
 * same nodes, ops and inputs as TensorFlow 2.21's own tool gave
 * (tests/data/example_cnn.eightbit.tf.txt), up to the spelling of port 0
 * and folded-constant names. */
static void canonical(const char *in, char *out, size_t size)
{
    const char *cf = strstr(in, "__cf__");
    size_t n = 0;
    for (const char *p = in; *p && n + 1 < size;) {
        if (cf && p == cf) {
            while (n > 0 && out[n - 1] != '/' && out[n - 1] >= '0' && out[n - 1] <= '9')
                n--;
            if (n >= 2 && out[n - 1] == '_' && out[n - 2] == '/')
                n -= 2;
            p += 6;
            while (*p >= '0' && *p <= '9')
                p++;
            continue;
        }
        if (strncmp(p, "__port__0", 9) == 0 && (p[9] == '/' || p[9] == '\0' || p[9] == ':')) {
            p += 9;
            continue;
        }
        if (p[0] == ':' && p[1] == '0' && p[2] == '\0')
            break;
        out[n++] = *p++;
    }
    out[n] = '\0';
}

START_TEST(test_example_matches_tensorflow)
{
    char *pb = tfgt_test_source_path("tests/data/example_cnn.pb");
    char *fixture = tfgt_test_source_path("tests/data/example_cnn.eightbit.tf.txt");
    tfgt_graph *g = NULL;
    tfgt_error err = {0};
    FILE *f;
    char line[8192];
    size_t lines = 0;
    ck_assert_int_eq(tfgt_graph_load(pb, TFGT_FORMAT_AUTO, &g, NULL, &err), TFGT_OK);
    ck_assert_int_eq(tfgt_test_transform(g,
                                         "strip_unused_nodes fold_constants(ignore_errors=true) "
                                         "fold_batch_norms quantize_weights(minimum_size=16) "
                                         "quantize_nodes",
                                         "input", "output", &err),
                     TFGT_OK);
    f = fopen(fixture, "r");
    ck_assert_ptr_nonnull(f);
    while (fgets(line, sizeof line, f)) {
        char *name, *op, *inputs, *save = NULL, want[1024], got[1024];
        tfgt_node *node = NULL;
        size_t k = 0;
        if (line[0] == '#')
            continue;
        line[strcspn(line, "\n")] = '\0';
        name = strtok_r(line, " ", &save);
        op = strtok_r(NULL, " ", &save);
        inputs = strtok_r(NULL, " ", &save);
        canonical(name, want, sizeof want);
        for (size_t i = 0; i < tfgt_graph_node_count(g) && !node; i++) {
            canonical(tfgt_node_name(tfgt_graph_node(g, i)), got, sizeof got);
            if (strcmp(got, want) == 0)
                node = tfgt_graph_node(g, i);
        }
        ck_assert_msg(node != NULL, "TensorFlow's node %s is missing", want);
        ck_assert_str_eq(tfgt_node_op(node), op);
        for (char *in = inputs ? strtok_r(inputs, ",", &save) : NULL; in;
             in = strtok_r(NULL, ",", &save), k++) {
            ck_assert_msg(k < tfgt_node_input_count(node), "%s: too few inputs", want);
            canonical(in, want, sizeof want);
            canonical(tfgt_node_input(node, k), got, sizeof got);
            ck_assert_msg(strcmp(got, want) == 0, "%s input %zu: %s, TensorFlow %s",
                          tfgt_node_name(node), k, got, want);
        }
        ck_assert_uint_eq(k, tfgt_node_input_count(node));
        lines++;
    }
    fclose(f);
    ck_assert_uint_eq(lines, tfgt_graph_node_count(g));
    tfgt_graph_free(g);
    free(pb);
    free(fixture);
}
END_TEST

/* ---- insert_logging, freeze_requantization_ranges, calibration ---------------- */

START_TEST(test_insert_logging)
{
    static const struct {
        const char *transform;
        size_t prints;
    } cases[] = {{"insert_logging", 6},
                 {"insert_logging(op=Mul, op=Add)", 3},
                 {"insert_logging(prefix=add_node)", 2}};
    for (size_t c = 0; c < 3; c++) {
        tfgt_graph *g = tfgt_graph_new();
        int64_t ten = 10;
        double v[10];
        tfgt_tensor *a, *b;
        tfgt_error err = {0};
        for (int i = 0; i < 10; i++)
            v[i] = i;
        tfgt_test_add_floats(g, "const_node1", 1, &ten, v);
        tfgt_test_add_floats(g, "const_node2", 1, &ten, v);
        tfgt_test_add_floats(g, "const_node3", 1, &ten, v);
        tfgt_test_add_op(g, "add_node2", "Add", "const_node1,const_node2", "T", FLOAT_T, NULL);
        tfgt_test_add_op(g, "add_node3", "Add", "const_node1,const_node3", "T", FLOAT_T, NULL);
        tfgt_test_add_op(g, "mul_node1", "Mul", "add_node2,add_node3", "T", FLOAT_T, NULL);
        tfgt_test_add_op(g, "add_node4", "Add", "mul_node1,const_node3", "T", FLOAT_T, NULL);
        a = tfgt_test_run_one(g, NULL, NULL, "add_node4");
        ck_assert_int_eq(tfgt_test_transform(g, cases[c].transform, "", "add_node4", &err),
                         TFGT_OK);
        ck_assert_uint_eq(tfgt_test_count_op(g, "Print"), cases[c].prints);
        ck_assert_ptr_null(tfgt_graph_find_node(g, "add_node4__print__"));
        b = tfgt_test_run_one(g, NULL, NULL, "add_node4");
        tfgt_test_assert_close(b, a, 0, 0);
        tfgt_tensor_free(a);
        tfgt_tensor_free(b);
        tfgt_graph_free(g);
    }
}
END_TEST

START_TEST(test_freeze_requantization_ranges)
{
    char path[] = "/tmp/tfgt-ranges-XXXXXX";
    int fd = mkstemp(path);
    FILE *f = fdopen(fd, "w");
    tfgt_graph *g = bias_add_on_placeholder(), *q;
    tfgt_error err = {0};
    char transform[256];
    int64_t n = 100;
    double v[100];
    tfgt_tensor *feed;
    tfgt_node *rq;
    for (int i = 0; i < 100; i++)
        v[i] = i;
    feed = tfgt_test_tensor(TFGT_DT_FLOAT, 1, &n, v);
    ck_assert_ptr_nonnull(f);
    fprintf(f, "Something irrelevant\n"
               "[SomePrefix] ;bias_add/eightbit/requant_range__print__;__requant_min_max:"
               "[-2.4313571][210.584145]\n"
               "[SomePrefix] ;bias_add/eightbit/requant_range__print__;__requant_min_max:"
               "[-1.bad][2.0]\n"
               "Something else irrelevant\n");
    fclose(f);
    q = tfgt_graph_clone(g, &err);
    ck_assert_int_eq(tfgt_test_transform(q, "quantize_nodes", "placeholder", "bias_add", &err),
                     TFGT_OK);
    snprintf(transform, sizeof transform, "freeze_requantization_ranges(min_max_log_file=\"%s\")",
             path);
    ck_assert_msg(tfgt_test_transform(q, transform, "placeholder", "bias_add", &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_ptr_null(tfgt_graph_find_node(q, "bias_add/eightbit/requant_range"));
    rq = tfgt_graph_find_node(q, "bias_add/eightbit/requantize");
    ck_assert_str_eq(tfgt_node_input(rq, 3), "bias_add/eightbit/requant_range/frozen_min");
    ck_assert_str_eq(tfgt_node_input(rq, 4), "bias_add/eightbit/requant_range/frozen_max");
    {
        tfgt_tensor *a = tfgt_test_run_one(g, "placeholder", feed, "bias_add");
        tfgt_tensor *b = tfgt_test_run_one(q, "placeholder", feed, "bias_add");
        tfgt_test_assert_close(b, a, 1.0, 0);
        tfgt_tensor_free(a);
        tfgt_tensor_free(b);
    }
    /* no records, a node the graph lacks, no file */
    f = fopen(path, "w");
    fprintf(f, "nothing here\n");
    fclose(f);
    ck_assert_int_ne(tfgt_test_transform(q, transform, "", "bias_add", &err), TFGT_OK);
    ck_assert_contains(err.message, "no min/max range logs");
    f = fopen(path, "w");
    fprintf(f, ";ghost__print__;__requant_min_max:[-1][1]\n");
    fclose(f);
    ck_assert_int_ne(tfgt_test_transform(q, transform, "", "bias_add", &err), TFGT_OK);
    ck_assert_contains(err.message, "ghost");
    unlink(path);
    ck_assert_int_ne(tfgt_test_transform(q, transform, "", "bias_add", &err), TFGT_OK);
    ck_assert_contains(err.message, path);
    ck_assert_int_ne(tfgt_test_transform(q, "freeze_requantization_ranges", "", "bias_add", &err),
                     TFGT_OK);
    ck_assert_contains(err.message, "min_max_log_file");
    tfgt_tensor_free(feed);
    tfgt_graph_free(q);
    tfgt_graph_free(g);
}
END_TEST

/* tfgt's one-step calibration: with sample inputs, quantize_nodes freezes
 * every RequantizationRange from the samples. */
START_TEST(test_calibrated_quantize_nodes)
{
    char dir[] = "/tmp/tfgt-calq-XXXXXX";
    tfgt_graph *g = bias_add_on_placeholder();
    tfgt_calibration *cal = NULL;
    tfgt_pipeline *p = NULL;
    tfgt_error err = {0};
    const char *ins[1] = {"placeholder"}, *outs[1] = {"bias_add"}, *spec[1];
    char path[256];
    int64_t n = 100;
    double v[100];
    tfgt_tensor *a, *b, *feed;
    ck_assert_ptr_nonnull(mkdtemp(dir));
    for (int s = 0; s < 4; s++) {
        tfgt_tensor *t;
        for (int i = 0; i < 100; i++)
            v[i] = (i * (s + 1)) % 100;
        t = tfgt_test_tensor(TFGT_DT_FLOAT, 1, &n, v);
        snprintf(path, sizeof path, "%s/%d.npy", dir, s);
        ck_assert_int_eq(tfgt_npy_write(path, t, NULL), TFGT_OK);
        tfgt_tensor_free(t);
    }
    spec[0] = dir;
    ck_assert_int_eq(tfgt_calibration_load(spec, 1, ins, 1, 0, &cal, &err), TFGT_OK);
    ck_assert_int_eq(tfgt_pipeline_parse("quantize_nodes strip_unused_nodes", &p, &err), TFGT_OK);
    {
        tfgt_graph *q = tfgt_graph_clone(g, &err);
        tfgt_transform_options options = {ins, 1, outs, 1, NULL, NULL, cal};
        ck_assert_msg(tfgt_transform_graph(q, p, &options, &err) == TFGT_OK, "%s", err.message);
        ck_assert_uint_eq(tfgt_test_count_op(q, "RequantizationRange"), 0);
        ck_assert_ptr_nonnull(tfgt_graph_find_node(q, "bias_add/eightbit/requant_range/frozen_max"));
        for (int i = 0; i < 100; i++)
            v[i] = i;
        feed = tfgt_test_tensor(TFGT_DT_FLOAT, 1, &n, v);
        a = tfgt_test_run_one(g, "placeholder", feed, "bias_add");
        b = tfgt_test_run_one(q, "placeholder", feed, "bias_add");
        tfgt_test_assert_close(b, a, 1.0, 0);
        tfgt_tensor_free(a);
        tfgt_tensor_free(b);
        tfgt_tensor_free(feed);
        tfgt_graph_free(q);
    }
    for (int s = 0; s < 4; s++) {
        snprintf(path, sizeof path, "%s/%d.npy", dir, s);
        unlink(path);
    }
    rmdir(dir);
    tfgt_pipeline_free(p);
    tfgt_calibration_free(cal);
    tfgt_graph_free(g);
}
END_TEST

/* per_channel=true: conv weights get one range per output channel and the
 * eight-bit conv reads the range vectors; the result stays within TF's
 * tolerance of the float graph. */
START_TEST(test_per_channel)
{
    tfgt_graph *g = tfgt_graph_new(), *q;
    int64_t di[4] = {1, 4, 4, 2}, df[4] = {1, 1, 2, 3};
    double in[32], f[6] = {0.01, -0.02, 10.0, 0.03, 0.015, -12.0};
    tfgt_node *conv;
    for (int i = 0; i < 32; i++)
        in[i] = (i % 7) - 3;
    tfgt_test_add_floats(g, "input", 4, di, in);
    tfgt_test_add_floats(g, "filter", 4, df, f);
    tfgt_test_add_op(g, "conv", "Conv2D", "input,filter", "T", FLOAT_T, "strides", strides1, "padding",
           "s: 'VALID'", NULL);
    q = check_quantized(g, "quantize_nodes(per_channel=true)", NULL, NULL, "conv", 1.0, "Conv2D");
    conv = tfgt_graph_find_node(q, "conv/eightbit");
    ck_assert_ptr_nonnull(conv);
    ck_assert_str_eq(tfgt_node_input(conv, 1), "conv_eightbit/filter/quantized_const");
    ck_assert_str_eq(tfgt_node_input(conv, 4), "conv_eightbit/filter/min");
    ck_assert_str_eq(tfgt_node_input(conv, 5), "conv_eightbit/filter/max");
    tfgt_graph_free(q);
    /* dequantize_wide: the exact qint32 result goes straight to float, so
     * the error is the inputs' quantization only (tighter than TF's 1.0) */
    q = check_quantized(g, "quantize_nodes(per_channel=true, dequantize_wide=true)", NULL, NULL,
                        "conv", 0.25, "Conv2D");
    ck_assert_uint_eq(tfgt_test_count_op(q, "Requantize"), 0);
    {
        int t = 0;
        tfgt_node_get_type(tfgt_graph_find_node(q, "conv"), "T", &t, NULL);
        ck_assert_int_eq(t, TFGT_DT_QINT32);
    }
    tfgt_graph_free(q);
    tfgt_graph_free(g);
}
END_TEST

/* RemoveRedundantQuantization: Dequantize -> (Reshape, Min, Max) ->
 * QuantizeV2 is short-circuited, so the final Dequantize reads the quint8
 * Const directly; and MergeDuplicateNodes folds identical Consts. */
START_TEST(test_remove_redundant_and_merge)
{
    tfgt_graph *g = tfgt_test_graph(
        "node { name: 'quantized_op' op: 'Const' attr { key: 'dtype' value { type: DT_QUINT8 } } "
        "attr { key: 'value' value { tensor { dtype: DT_QUINT8 tensor_shape { dim { size: 4 } } "
        "tensor_content: '\\001\\002\\003\\004' } } } }"
        "node { name: 'quantized_min_op' op: 'Const' attr { key: 'dtype' value { type: DT_FLOAT } } "
        "attr { key: 'value' value { tensor { dtype: DT_FLOAT tensor_shape { } float_val: 0 } } } }"
        "node { name: 'quantized_max_op' op: 'Const' attr { key: 'dtype' value { type: DT_FLOAT } } "
        "attr { key: 'value' value { tensor { dtype: DT_FLOAT tensor_shape { } float_val: 2 } } } }"
        "node { name: 'dequantize_op' op: 'Dequantize' input: 'quantized_op' input: 'quantized_min_op' "
        "input: 'quantized_max_op' attr { key: 'T' value { type: DT_QUINT8 } } attr { key: 'mode' "
        "value { s: 'MIN_FIRST' } } }"
        "node { name: 'dims' op: 'Const' attr { key: 'dtype' value { type: DT_INT32 } } "
        "attr { key: 'value' value { tensor { dtype: DT_INT32 tensor_shape { dim { size: 1 } } int_val: -1 } } } }"
        "node { name: 'axis' op: 'Const' attr { key: 'dtype' value { type: DT_INT32 } } "
        "attr { key: 'value' value { tensor { dtype: DT_INT32 tensor_shape { dim { size: 1 } } int_val: 0 } } } }"
        "node { name: 'reshape' op: 'Reshape' input: 'dequantize_op' input: 'dims' attr { key: 'T' value { type: DT_FLOAT } } }"
        "node { name: 'dequantize_min' op: 'Min' input: 'reshape' input: 'axis' attr { key: 'T' value { type: DT_FLOAT } } }"
        "node { name: 'dequantize_max' op: 'Max' input: 'reshape' input: 'axis' attr { key: 'T' value { type: DT_FLOAT } } }"
        "node { name: 'quantize_op' op: 'QuantizeV2' input: 'dequantize_op' input: 'dequantize_min' "
        "input: 'dequantize_max' attr { key: 'T' value { type: DT_QUINT8 } } attr { key: 'mode' value { s: 'MIN_FIRST' } } }"
        "node { name: 'final_dequantize' op: 'Dequantize' input: 'quantize_op' input: 'quantize_op:1' "
        "input: 'quantize_op:2' attr { key: 'T' value { type: DT_QUINT8 } } attr { key: 'mode' value { s: 'MIN_FIRST' } } }"
        "node { name: 'twin_a' op: 'Const' attr { key: 'dtype' value { type: DT_FLOAT } } "
        "attr { key: 'value' value { tensor { dtype: DT_FLOAT tensor_shape { } float_val: 3 } } } }"
        "node { name: 'twin_b' op: 'Const' attr { key: 'dtype' value { type: DT_FLOAT } } "
        "attr { key: 'value' value { tensor { dtype: DT_FLOAT tensor_shape { } float_val: 3 } } } }"
        "node { name: 'sum' op: 'AddN' input: 'twin_a' input: 'twin_b' attr { key: 'N' value { i: 2 } } "
        "attr { key: 'T' value { type: DT_FLOAT } } }");
    tfgt_tensor *before = tfgt_test_run_one(g, NULL, NULL, "final_dequantize"), *after;
    tfgt_error err = {0};
    ck_assert_msg(tfgt_test_transform(g, "quantize_nodes(ignore_op=Reshape)", "", "final_dequantize,sum", &err) ==
                      TFGT_OK,
                  "%s", err.message);
    ck_assert_str_eq(tfgt_node_input(tfgt_graph_find_node(g, "final_dequantize"), 0),
                     "quantized_op");
    ck_assert_str_eq(tfgt_node_input(tfgt_graph_find_node(g, "final_dequantize"), 1),
                     "quantized_min_op");
    /* merge_duplicate_nodes ran: one of the twin Consts is gone */
    ck_assert((tfgt_graph_find_node(g, "twin_a") == NULL) != (tfgt_graph_find_node(g, "twin_b") == NULL));
    after = tfgt_test_run_one(g, NULL, NULL, "final_dequantize");
    tfgt_test_assert_close(after, before, 0.02, 0);
    tfgt_tensor_free(before);
    tfgt_tensor_free(after);
    tfgt_graph_free(g);
}
END_TEST

/* ---- the remaining upstream cases: redundant quantizations after a
 * 32-bit op, a Dequantize with other readers, adjacent requantizes and
 * duplicate quantizes ---------------------------------------------------- */

#define QUINT8_T "type: DT_QUINT8"
#define QINT32_T "type: DT_QINT32"

static void add_scalar(tfgt_graph *g, const char *name, double v)
{
    tfgt_test_add_floats(g, name, 0, NULL, &v);
}

/* quantized_op (quint8 [1,1,2,6] codes 1..12 over [0, 12.75]) plus a
 * QuantizedBiasAdd of offset_op (codes 1..6 over [0, 6.375]) into
 * "bias_add_op", its RequantizationRange and Requantize "requantize_op"
 * and Dequantize "dequantize_op". */
static tfgt_graph *bias_add_chain(void)
{
    tfgt_graph *g = tfgt_graph_new();
    int64_t dims[4] = {1, 1, 2, 6}, six = 6;
    double codes[12];
    for (int i = 0; i < 12; i++)
        codes[i] = i + 1;
    tfgt_test_add_const(g, "quantized_op", TFGT_DT_QUINT8, 4, dims, codes);
    add_scalar(g, "quantized_min_op", 0);
    add_scalar(g, "quantized_max_op", 12.75);
    tfgt_test_add_const(g, "offset_op", TFGT_DT_QUINT8, 1, &six, codes);
    add_scalar(g, "offset_min_op", 0);
    add_scalar(g, "offset_max_op", 6.375);
    tfgt_test_add_op(g, "bias_add_op", "QuantizedBiasAdd",
                     "quantized_op,offset_op,quantized_min_op,quantized_max_op,offset_min_op,"
                     "offset_max_op",
                     "T1", QUINT8_T, "T2", QUINT8_T, "out_type", QINT32_T, NULL);
    tfgt_test_add_op(g, "requant_range_op", "RequantizationRange",
                     "bias_add_op,bias_add_op:1,bias_add_op:2", "Tinput", QINT32_T, NULL);
    tfgt_test_add_op(g, "requantize_op", "Requantize",
                     "bias_add_op,bias_add_op:1,bias_add_op:2,requant_range_op,requant_range_op:1",
                     "Tinput", QINT32_T, "out_type", QUINT8_T, NULL);
    tfgt_test_add_op(g, "dequantize_op", "Dequantize", "requantize_op,requantize_op:1,requantize_op:2",
                     "T", QUINT8_T, "mode", "s: 'MIN_FIRST'", NULL);
    return g;
}

/* Reshape/Min/Max/QuantizeV2 of `input` named "<prefix>_*", then a
 * Dequantize "<out>" of it: the float round trip RemoveRedundantQuantizations
 * short-circuits. */
static void requantize_round_trip(tfgt_graph *g, const char *input, const char *prefix,
                                  const char *out)
{
    char name[5][64], in[160];
    int64_t one = 1;
    double minus1 = -1, zero = 0;
    const char *suffix[5] = {"dims", "axis", "reshape", "min", "max"};
    for (int i = 0; i < 5; i++)
        snprintf(name[i], sizeof name[i], "%s_%s", prefix, suffix[i]);
    tfgt_test_add_const(g, name[0], TFGT_DT_INT32, 1, &one, &minus1);
    tfgt_test_add_const(g, name[1], TFGT_DT_INT32, 1, &one, &zero);
    snprintf(in, sizeof in, "%s,%s", input, name[0]);
    tfgt_test_add_op(g, name[2], "Reshape", in, "T", FLOAT_T, NULL);
    snprintf(in, sizeof in, "%s,%s", name[2], name[1]);
    tfgt_test_add_op(g, name[3], "Min", in, "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, name[4], "Max", in, "T", FLOAT_T, NULL);
    snprintf(in, sizeof in, "%s,%s,%s", input, name[3], name[4]);
    tfgt_test_add_op(g, "quantize_op", "QuantizeV2", in, "T", QUINT8_T, "mode", "s: 'MIN_FIRST'",
                     NULL);
    tfgt_test_add_op(g, out, "Dequantize", "quantize_op,quantize_op:1,quantize_op:2", "T",
                     QUINT8_T, "mode", "s: 'MIN_FIRST'", NULL);
}

/* RemoveRedundantQuantization after a 32-bit op: the final Dequantize
 * reads the Requantize directly. */
START_TEST(test_remove_redundant_after_bias_add)
{
    tfgt_graph *g = bias_add_chain();
    tfgt_tensor *before, *after;
    tfgt_error err = {0};
    requantize_round_trip(g, "dequantize_op", "round", "final_dequantize");
    before = tfgt_test_run_one(g, NULL, NULL, "final_dequantize");
    ck_assert_msg(tfgt_test_transform(g, "quantize_nodes(ignore_op=Reshape) strip_unused_nodes", "",
                                      "final_dequantize", &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_str_eq(tfgt_node_input(tfgt_graph_find_node(g, "final_dequantize"), 0),
                     "requantize_op");
    /* the Dequantize -> QuantizeV2 pair is gone once unused nodes are stripped */
    ck_assert_uint_eq(tfgt_test_count_op(g, "QuantizeV2"), 0);
    ck_assert_uint_eq(tfgt_test_count_op(g, "Dequantize"), 1);
    after = tfgt_test_run_one(g, NULL, NULL, "final_dequantize");
    /* the skipped requantization only changed the grid: within one step */
    tfgt_test_assert_close(after, before, 19.125 / 255 + 1e-6, 0);
    tfgt_tensor_free(before);
    tfgt_tensor_free(after);
    tfgt_graph_free(g);
}
END_TEST

/* A Dequantize that something else reads is kept.  With the Relu left in
 * float (TensorFlow's case) exactly two Dequantize remain, dequantize_op
 * among them, and final_dequantize reads the Requantize.  With the Relu
 * eight-bit, two QuantizeV2 read dequantize_op; matches may not overlap,
 * so only one of them is short-circuited (TensorFlow 2.21's tool picks
 * final_dequantize's, by its node order after merging) and three
 * Dequantize remain. */
static bool reads_requantize(const tfgt_graph *g, const char *name)
{
    return strcmp(tfgt_node_input(tfgt_graph_find_node(g, name), 0), "requantize_op") == 0;
}

START_TEST(test_remove_redundant_keeps_shared_dequantize)
{
    for (int ignore_relu = 0; ignore_relu < 2; ignore_relu++) {
        tfgt_graph *g = bias_add_chain();
        tfgt_tensor *before, *after;
        tfgt_error err = {0};
        requantize_round_trip(g, "dequantize_op", "round", "final_dequantize");
        tfgt_test_add_op(g, "relu_op", "Relu", "dequantize_op", "T", FLOAT_T, NULL);
        before = tfgt_test_run_one(g, NULL, NULL, "relu_op");
        ck_assert_msg(tfgt_test_transform(g,
                                          ignore_relu ? "quantize_nodes(ignore_op=Reshape, ignore_op=Relu)"
                                                      : "quantize_nodes(ignore_op=Reshape) strip_unused_nodes",
                                          "", "final_dequantize,relu_op", &err) == TFGT_OK,
                      "%s", err.message);
        ck_assert_ptr_nonnull(tfgt_graph_find_node(g, "dequantize_op"));
        if (ignore_relu) {
            ck_assert_uint_eq(tfgt_test_count_op(g, "Dequantize"), 2);
            ck_assert(reads_requantize(g, "final_dequantize"));
            ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(g, "relu_op")), "Relu");
        } else {
            ck_assert_uint_eq(tfgt_test_count_op(g, "Dequantize"), 3);
            ck_assert_uint_eq(tfgt_test_count_op(g, "QuantizeV2"), 1);
            ck_assert(reads_requantize(g, "final_dequantize") !=
                      reads_requantize(g, "relu_op/eightbit"));
            ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(g, "relu_op")), "Dequantize");
        }
        after = tfgt_test_run_one(g, NULL, NULL, "relu_op");
        tfgt_test_assert_close(after, before, 19.125 / 255 + 1e-6, 0);
        tfgt_tensor_free(before);
        tfgt_tensor_free(after);
        tfgt_graph_free(g);
    }
}
END_TEST

/* MergeAdjacentRequantizes: Requantize(RequantizationRange) ->
 * Dequantize -> QuantizeV2(qint32, trained range) -> Requantize(trained
 * range) becomes one Requantize of the 32-bit op into the trained range. */
START_TEST(test_merge_adjacent_requantizes)
{
    tfgt_graph *g = bias_add_chain();
    tfgt_tensor *before, *after;
    tfgt_error err = {0};
    const tfgt_node *r = NULL;
    /* values no other Const has, so merge_duplicate_nodes keeps them apart */
    add_scalar(g, "fake_quant_min", -1);
    add_scalar(g, "fake_quant_max", 18);
    tfgt_test_add_op(g, "quantize_op", "QuantizeV2", "dequantize_op,fake_quant_min,fake_quant_max",
                     "T", QINT32_T, "mode", "s: 'MIN_FIRST'", NULL);
    tfgt_test_add_op(g, "fake_requantize_op", "Requantize",
                     "quantize_op,quantize_op:1,quantize_op:2,fake_quant_min,fake_quant_max",
                     "Tinput", QINT32_T, "out_type", QUINT8_T, NULL);
    tfgt_test_add_op(g, "final_dequantize", "Dequantize",
                     "fake_requantize_op,fake_requantize_op:1,fake_requantize_op:2", "T", QUINT8_T,
                     "mode", "s: 'MIN_FIRST'", NULL);
    before = tfgt_test_run_one(g, NULL, NULL, "final_dequantize");
    ck_assert_msg(tfgt_test_transform(g, "quantize_nodes strip_unused_nodes", "",
                                      "final_dequantize", &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_uint_eq(tfgt_test_count_op(g, "Requantize"), 1);
    for (size_t i = 0; i < tfgt_graph_node_count(g); i++)
        if (strcmp(tfgt_node_op(tfgt_graph_node(g, i)), "Requantize") == 0)
            r = tfgt_graph_node(g, i);
    ck_assert_str_eq(tfgt_node_name(r), "fake_requantize_op");
    ck_assert_str_eq(tfgt_node_input(r, 0), "bias_add_op");
    ck_assert_str_eq(tfgt_node_input(r, 3), "fake_quant_min");
    ck_assert_str_eq(tfgt_node_input(r, 4), "fake_quant_max");
    ck_assert_uint_eq(tfgt_test_count_op(g, "RequantizationRange"), 0);
    after = tfgt_test_run_one(g, NULL, NULL, "final_dequantize");
    /* one requantization less: within two steps of the [-1, 18] grid */
    tfgt_test_assert_close(after, before, 2 * 19.0 / 255, 0);
    tfgt_tensor_free(before);
    tfgt_tensor_free(after);
    tfgt_graph_free(g);
}
END_TEST

/* MergeDuplicateQuantizes: two identical QuantizeV2 of one tensor become
 * one; the result is unchanged bit for bit. */
START_TEST(test_merge_duplicate_quantizes)
{
    tfgt_graph *g = tfgt_graph_new();
    tfgt_tensor *before, *after;
    tfgt_error err = {0};
    int64_t four = 4;
    double v[4] = {-1, 0.5, 2, 3};
    tfgt_test_add_floats(g, "a", 1, &four, v);
    add_scalar(g, "a_min", -1);
    add_scalar(g, "a_max", 3);
    for (int k = 1; k <= 2; k++) {
        char q[16], d[16], in[64];
        snprintf(q, sizeof q, "quantize_%d", k);
        snprintf(d, sizeof d, "dequantize_%d", k);
        tfgt_test_add_op(g, q, "QuantizeV2", "a,a_min,a_max", "T", QUINT8_T, "mode",
                         "s: 'MIN_FIRST'", NULL);
        snprintf(in, sizeof in, "%s,%s:1,%s:2", q, q, q);
        tfgt_test_add_op(g, d, "Dequantize", in, "T", QUINT8_T, "mode", "s: 'MIN_FIRST'", NULL);
    }
    tfgt_test_add_op(g, "sum", "Sub", "dequantize_1,dequantize_2", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "out", "Mul", "dequantize_1,sum", "T", FLOAT_T, NULL);
    before = tfgt_test_run_one(g, NULL, NULL, "out");
    ck_assert_msg(tfgt_test_transform(g, "quantize_nodes(ignore_op=Mul)", "", "out", &err) ==
                      TFGT_OK,
                  "%s", err.message);
    ck_assert_uint_eq(tfgt_test_count_op(g, "QuantizeV2"), 1);
    ck_assert_uint_eq(tfgt_test_count_op(g, "Dequantize"), 1);
    after = tfgt_test_run_one(g, NULL, NULL, "out");
    tfgt_test_assert_close(after, before, 0, 0);
    tfgt_tensor_free(before);
    tfgt_tensor_free(after);
    tfgt_graph_free(g);
}
END_TEST

Suite *tfgt_test_suite(void)
{
    Suite *s = suite_create("quantize_nodes");
    TCase *tc = tcase_create("quantize_nodes");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_matmul_cases);
    tcase_add_test(tc, test_conv_cases);
    tcase_add_test(tc, test_elementwise_and_pool_cases);
    tcase_add_test(tc, test_ignore_ops);
    tcase_add_test(tc, test_input_and_fallback_ranges);
    tcase_add_test(tc, test_fake_quants);
    tcase_add_test(tc, test_skips);
    tcase_add_test(tc, test_example_matches_tensorflow);
    tcase_add_test(tc, test_insert_logging);
    tcase_add_test(tc, test_freeze_requantization_ranges);
    tcase_add_test(tc, test_calibrated_quantize_nodes);
    tcase_add_test(tc, test_per_channel);
    tcase_add_test(tc, test_remove_redundant_and_merge);
    tcase_add_test(tc, test_remove_redundant_after_bias_add);
    tcase_add_test(tc, test_remove_redundant_keeps_shared_dequantize);
    tcase_add_test(tc, test_merge_adjacent_requantizes);
    tcase_add_test(tc, test_merge_duplicate_quantizes);
    suite_add_tcase(s, tc);
    return s;
}
