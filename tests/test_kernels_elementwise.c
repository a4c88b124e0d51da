/* test_kernels_elementwise.c - unary math, broadcasting binary ops,
 * BiasAdd, AddN, Select/SelectV2 and ClipByValue.  Expected values were
 * computed with TensorFlow 2.21 (tf.nn / tf.math on the same inputs); the
 * float fast paths are compared with the element-by-element reference
 * ("_tfgt_isa: reference") bit for bit on odd shapes and special values. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static const double x7[] = {-3.5, -1, -0.25, 0, 0.5, 2, 7};

static const struct {
    const char *op;
    const char *attrs;
    double want[7];
} unary_cases[] = {
    {"Relu", "", {0, 0, 0, 0, 0.5, 2, 7}},
    {"Relu6", "", {0, 0, 0, 0, 0.5, 2, 6}},
    {"Elu", "", {-0.969802618, -0.63212055, -0.221199214, 0, 0.5, 2, 7}},
    {"Selu", "", {-1.70500934, -1.11133075, -0.388890177, 0, 0.525350511, 2.10140204, 7.35490704}},
    {"Sigmoid", "", {0.0293122306, 0.268941432, 0.437823504, 0.5, 0.622459352, 0.880797088, 0.999088943}},
    {"Tanh", "", {-0.998177946, -0.761594176, -0.244918659, 0, 0.462117136, 0.964027584, 0.999998331}},
    {"Softplus", "", {0.0297504179, 0.313261688, 0.575939417, 0.693147182, 0.974076986, 2.12692809, 7.00091171}},
    {"Softsign", "", {-0.777777791, -0.5, -0.200000003, 0, 0.333333343, 0.666666687, 0.875}},
    {"Round", "", {-4, -1, -0.0, 0, 0, 2, 7}},
    {"Sign", "", {-1, -1, -1, 0, 1, 1, 1}},
    {"LeakyRelu", "attr { key: \"alpha\" value { f: 0.3 } }",
     {-1.05000007, -0.300000012, -0.075000003, 0, 0.5, 2, 7}},
    {"Abs", "", {3.5, 1, 0.25, 0, 0.5, 2, 7}},
    {"Neg", "", {3.5, 1, 0.25, 0, -0.5, -2, -7}},
    {"Square", "", {12.25, 1, 0.0625, 0, 0.25, 4, 49}},
    {"Floor", "", {-4, -1, -1, 0, 0, 2, 7}},
    {"Ceil", "", {-3, -1, -0.0, 0, 1, 2, 7}},
};

START_TEST(test_unary)
{
    int64_t dims[] = {7};
    tfgt_tensor *x = tfgt_test_tensor(TFGT_DT_FLOAT, 1, dims, x7);
    tfgt_tensor *want = tfgt_test_tensor(TFGT_DT_FLOAT, 1, dims, unary_cases[_i].want);
    tfgt_tensor *out[2];
    char node[256];
    tfgt_error err;
    snprintf(node, sizeof node, "name: \"n\" op: \"%s\" %s", unary_cases[_i].op,
             unary_cases[_i].attrs);
    ck_assert_msg(tfgt_test_run_op(node, (const tfgt_tensor *const *)&x, 1, 1, out, 2, NULL,
                                   &err) == TFGT_OK,
                  "%s", err.message);
    tfgt_test_assert_close(out[0], want, 1e-7, 1e-6);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(x);
    tfgt_tensor_free(want);
}
END_TEST

START_TEST(test_unary_double_and_int)
{
    int64_t dims[] = {3};
    double in[] = {-2, 0, 5}, sq[] = {4, 0, 25};
    tfgt_tensor *i32 = tfgt_test_tensor(TFGT_DT_INT32, 1, dims, in);
    tfgt_tensor *f64 = tfgt_test_tensor(TFGT_DT_DOUBLE, 1, dims, in);
    tfgt_tensor *out[1], *want;
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"Square\"", (const tfgt_tensor *const *)&i32,
                                      1, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    want = tfgt_test_tensor(TFGT_DT_INT32, 1, dims, sq);
    tfgt_test_assert_close(out[0], want, 0, 0);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(want);
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"IsFinite\"", (const tfgt_tensor *const *)&f64,
                                      1, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    ck_assert_int_eq(out[0]->dtype, TFGT_DT_BOOL);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(i32);
    tfgt_tensor_free(f64);
}
END_TEST

/* Binary ops over every broadcasting class, checked against a plain
 * element loop written here. */
static const struct {
    int ra;
    int64_t a[3];
    int rb;
    int64_t b[3];
    int rout;
    int64_t out[3];
} shapes[] = {
    {2, {2, 3}, 2, {2, 3}, 2, {2, 3}}, /* same */
    {2, {2, 3}, 0, {0}, 2, {2, 3}},    /* scalar */
    {2, {2, 3}, 1, {3}, 2, {2, 3}},    /* row */
    {2, {2, 3}, 2, {2, 1}, 2, {2, 3}}, /* column */
    {3, {2, 1, 3}, 2, {4, 1}, 3, {2, 4, 3}}, /* both sides */
    {0, {0}, 2, {2, 3}, 2, {2, 3}},    /* scalar first */
};

START_TEST(test_broadcasting)
{
    static const char *const ops[] = {"Add", "Sub", "Mul", "RealDiv", "Maximum", "Minimum",
                                      "SquaredDifference", "Pow"};
    double va[24], vb[24];
    tfgt_tensor *a, *b;
    for (int i = 0; i < 24; i++) {
        va[i] = 0.5 + i * 0.25;
        vb[i] = 1.25 - (i % 5) * 0.5; /* never zero */
    }
    a = tfgt_test_tensor(TFGT_DT_FLOAT, shapes[_i].ra, shapes[_i].a, va);
    b = tfgt_test_tensor(TFGT_DT_FLOAT, shapes[_i].rb, shapes[_i].b, vb);
    for (size_t o = 0; o < sizeof ops / sizeof ops[0]; o++) {
        const tfgt_tensor *in[2] = {a, b};
        tfgt_tensor *out[1];
        char node[128];
        tfgt_error err;
        snprintf(node, sizeof node, "name: \"n\" op: \"%s\"", ops[o]);
        ck_assert_msg(tfgt_test_run_op(node, in, 2, 1, out, 1, NULL, &err) == TFGT_OK, "%s",
                      err.message);
        ck_assert_int_eq(out[0]->rank, shapes[_i].rout);
        for (int d = 0; d < shapes[_i].rout; d++)
            ck_assert_int_eq(out[0]->dims[d], shapes[_i].out[d]);
        /* recompute each element from its broadcast coordinates */
        for (int64_t e = 0; e < out[0]->count; e++) {
            int64_t coord[3] = {0, 0, 0}, rest = e, ia = 0, ib = 0;
            double x, y, want;
            for (int d = shapes[_i].rout - 1; d >= 0; d--) {
                coord[d] = rest % shapes[_i].out[d];
                rest /= shapes[_i].out[d];
            }
            for (int d = 0; d < shapes[_i].ra; d++) {
                int od = shapes[_i].rout - shapes[_i].ra + d;
                ia = ia * shapes[_i].a[d] + (shapes[_i].a[d] == 1 ? 0 : coord[od]);
            }
            for (int d = 0; d < shapes[_i].rb; d++) {
                int od = shapes[_i].rout - shapes[_i].rb + d;
                ib = ib * shapes[_i].b[d] + (shapes[_i].b[d] == 1 ? 0 : coord[od]);
            }
            x = (float)va[ia];
            y = (float)vb[ib];
            want = o == 0 ? x + y : o == 1 ? x - y : o == 2 ? x * y : o == 3 ? x / y
                 : o == 4 ? (x > y ? x : y) : o == 5 ? (x < y ? x : y) : o == 6 ? (x - y) * (x - y)
                 : pow(x, y);
            ck_assert_msg(fabs(((float *)out[0]->data)[e] - want) <= 1e-5 * (1 + fabs(want)),
                          "%s element %lld", ops[o], (long long)e);
        }
        tfgt_tensor_free(out[0]);
    }
    tfgt_tensor_free(a);
    tfgt_tensor_free(b);
}
END_TEST

START_TEST(test_integer_division_like_tensorflow)
{
    int64_t da[] = {2, 3}, db[] = {3};
    double a[] = {1, -2, 3, 4, 5, -6}, b[] = {2, -3, 4};
    static const struct {
        const char *op;
        double want[6];
    } cases[] = {
        {"FloorDiv", {0, 0, 0, 2, -2, -2}},
        {"FloorMod", {1, -2, 3, 0, -1, 2}},
        {"TruncateDiv", {0, 0, 0, 2, -1, -1}},
        {"Div", {0, 0, 0, 2, -1, -1}},
    };
    tfgt_tensor *ta = tfgt_test_tensor(TFGT_DT_INT32, 2, da, a);
    tfgt_tensor *tb = tfgt_test_tensor(TFGT_DT_INT32, 1, db, b);
    for (size_t c = 0; c < 4; c++) {
        const tfgt_tensor *in[2] = {ta, tb};
        tfgt_tensor *out[1], *want = tfgt_test_tensor(TFGT_DT_INT32, 2, da, cases[c].want);
        char node[64];
        snprintf(node, sizeof node, "name: \"n\" op: \"%s\"", cases[c].op);
        ck_assert_int_eq(tfgt_test_run_op(node, in, 2, 1, out, 1, NULL, NULL), TFGT_OK);
        tfgt_test_assert_close(out[0], want, 0, 0);
        tfgt_tensor_free(out[0]);
        tfgt_tensor_free(want);
    }
    tfgt_tensor_free(ta);
    tfgt_tensor_free(tb);
}
END_TEST

static const struct {
    const char *node;
    int dtype_a, dtype_b;
    int ra;
    int64_t a[2];
    int rb;
    int64_t b[2];
    const char *message;
} hostile[] = {
    {"name: \"n\" op: \"Add\"", TFGT_DT_FLOAT, TFGT_DT_FLOAT, 2, {2, 3}, 2, {3, 2},
     "shapes [2,3] and [3,2] do not broadcast"},
    {"name: \"n\" op: \"Add\"", TFGT_DT_FLOAT, TFGT_DT_INT32, 1, {2}, 1, {2},
     "inputs have different types"},
    {"name: \"n\" op: \"FloorDiv\"", TFGT_DT_INT32, TFGT_DT_INT32, 1, {2}, 1, {2},
     "integer division by zero"},
    {"name: \"n\" op: \"BiasAdd\"", TFGT_DT_FLOAT, TFGT_DT_FLOAT, 2, {2, 3}, 1, {4},
     "bias has 4 values but the input has 3 channels"},
    {"name: \"n\" op: \"BiasAdd\"", TFGT_DT_FLOAT, TFGT_DT_FLOAT, 2, {2, 3}, 2, {1, 3},
     "bias must be 1-D"},
};

START_TEST(test_hostile_inputs)
{
    tfgt_tensor *a = tfgt_test_tensor(hostile[_i].dtype_a, hostile[_i].ra, hostile[_i].a, NULL);
    tfgt_tensor *b = tfgt_test_tensor(hostile[_i].dtype_b, hostile[_i].rb, hostile[_i].b, NULL);
    const tfgt_tensor *in[2] = {a, b};
    tfgt_tensor *out[1];
    tfgt_error err;
    tfgt_error_clear(&err);
    ck_assert_int_ne(tfgt_test_run_op(hostile[_i].node, in, 2, 1, out, 1, NULL, &err), TFGT_OK);
    ck_assert_contains(err.message, hostile[_i].message);
    ck_assert_str_eq(err.node, "n");
    tfgt_tensor_free(a);
    tfgt_tensor_free(b);
}
END_TEST

START_TEST(test_bias_add_formats)
{
    int64_t dims[] = {1, 2, 2, 2}, bd[] = {2};
    double x[8] = {1, 2, 3, 4, 5, 6, 7, 8}, bias[] = {10, 20};
    double nhwc[8] = {11, 22, 13, 24, 15, 26, 17, 28}, nchw[8] = {11, 12, 13, 14, 25, 26, 27, 28};
    tfgt_tensor *t = tfgt_test_tensor(TFGT_DT_FLOAT, 4, dims, x);
    tfgt_tensor *b = tfgt_test_tensor(TFGT_DT_FLOAT, 1, bd, bias);
    const tfgt_tensor *in[2] = {t, b};
    tfgt_tensor *out[1], *want;
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"BiasAdd\"", in, 2, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    want = tfgt_test_tensor(TFGT_DT_FLOAT, 4, dims, nhwc);
    tfgt_test_assert_close(out[0], want, 0, 0);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(want);
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"BiasAdd\" attr { key: \"data_format\" "
                                      "value { s: \"NCHW\" } }",
                                      in, 2, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    want = tfgt_test_tensor(TFGT_DT_FLOAT, 4, dims, nchw);
    tfgt_test_assert_close(out[0], want, 0, 0);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(want);
    tfgt_tensor_free(t);
    tfgt_tensor_free(b);
}
END_TEST

START_TEST(test_select_add_n_clip)
{
    int64_t d2[] = {2, 2}, d1[] = {2};
    double c[] = {1, 0}, x[] = {1, 2, 3, 4}, y[] = {-1, -2, -3, -4};
    tfgt_tensor *cond = tfgt_test_tensor(TFGT_DT_BOOL, 1, d1, c);
    tfgt_tensor *tx = tfgt_test_tensor(TFGT_DT_FLOAT, 2, d2, x);
    tfgt_tensor *ty = tfgt_test_tensor(TFGT_DT_FLOAT, 2, d2, y);
    const tfgt_tensor *in[3] = {cond, tx, ty};
    tfgt_tensor *out[1];
    double rows[] = {1, 2, -3, -4}, cols[] = {1, -2, 3, -4}, sum[] = {0, 0, 0, 0};
    double lo = 0, hi = 2.5, clipped[] = {1, 2, 2.5, 2.5};
    tfgt_tensor *want;
    /* Select with a vector condition picks whole rows (TensorFlow 1) */
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"Select\"", in, 3, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    want = tfgt_test_tensor(TFGT_DT_FLOAT, 2, d2, rows);
    tfgt_test_assert_close(out[0], want, 0, 0);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(want);
    /* SelectV2 broadcasts the vector over the last axis */
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"SelectV2\"", in, 3, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    want = tfgt_test_tensor(TFGT_DT_FLOAT, 2, d2, cols);
    tfgt_test_assert_close(out[0], want, 0, 0);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(want);
    in[0] = tx;
    in[1] = ty;
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"AddN\"", in, 2, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    want = tfgt_test_tensor(TFGT_DT_FLOAT, 2, d2, sum);
    tfgt_test_assert_close(out[0], want, 0, 0);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(want);
    tfgt_tensor_free(ty);
    {
        tfgt_tensor *tlo = tfgt_test_tensor(TFGT_DT_FLOAT, 0, NULL, &lo);
        tfgt_tensor *thi = tfgt_test_tensor(TFGT_DT_FLOAT, 0, NULL, &hi);
        const tfgt_tensor *cin[3] = {tx, tlo, thi};
        ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"ClipByValue\"", cin, 3, 1, out, 1,
                                          NULL, NULL),
                         TFGT_OK);
        want = tfgt_test_tensor(TFGT_DT_FLOAT, 2, d2, clipped);
        tfgt_test_assert_close(out[0], want, 0, 0);
        tfgt_tensor_free(out[0]);
        tfgt_tensor_free(want);
        tfgt_tensor_free(tlo);
        tfgt_tensor_free(thi);
    }
    tfgt_tensor_free(cond);
    tfgt_tensor_free(tx);
}
END_TEST

/* ---- fast paths against the reference ------------------------------------ */

/* The variants to compare with the reference (each falls back to the best
 * one this CPU runs). */
static const char *const FAST_ISAS[] = {"generic", "avx2", "avx512"};

/* Deterministic values with NaN, infinities, signed zeros, the Relu6
 * bounds and huge numbers mixed in. */
static tfgt_tensor *special_tensor(int rank, const int64_t *dims, unsigned seed)
{
    static const double specials[] = {NAN, INFINITY, -INFINITY, 0.0, -0.0, 6.0, -6.0, 1e30};
    int64_t count = 1;
    double *v;
    tfgt_tensor *t;
    uint32_t state = 2654435761u * (seed + 1);
    for (int d = 0; d < rank; d++)
        count *= dims[d];
    v = malloc((size_t)(count ? count : 1) * sizeof *v);
    ck_assert_ptr_nonnull(v);
    for (int64_t i = 0; i < count; i++) {
        state = state * 1664525u + 1013904223u;
        if ((state >> 28) == 0)
            v[i] = specials[(state >> 8) % 8];
        else
            v[i] = ((double)(state >> 8) / 16777216.0 - 0.5) * 16.0;
    }
    t = tfgt_test_tensor(TFGT_DT_FLOAT, rank, dims, v);
    free(v);
    return t;
}

/* Run `node` (text up to its attributes) with `_tfgt_isa: isa`. */
static tfgt_tensor *run_isa(const char *node, const char *isa, const tfgt_tensor *const *in,
                            size_t n_in, int threads)
{
    char text[512];
    tfgt_tensor *out[1];
    tfgt_error err;
    snprintf(text, sizeof text, "%s attr { key: \"_tfgt_isa\" value { s: \"%s\" } }", node, isa);
    ck_assert_msg(tfgt_test_run_op(text, in, n_in, threads, out, 1, NULL, &err) == TFGT_OK,
                  "%s: %s", text, err.message);
    return out[0];
}

/* Same shape, and every element equal bit for bit (any NaN equals any NaN:
 * payloads are not part of the result). */
static void assert_same_bits(const tfgt_tensor *got, const tfgt_tensor *want, const char *what)
{
    ck_assert_int_eq(got->rank, want->rank);
    for (int d = 0; d < got->rank; d++)
        ck_assert_int_eq(got->dims[d], want->dims[d]);
    /* one assertion, not one per element: Check records every assertion */
    for (int64_t i = 0; i < got->count; i++) {
        float g = ((const float *)got->data)[i], w = ((const float *)want->data)[i];
        uint32_t gb, wb;
        memcpy(&gb, &g, 4);
        memcpy(&wb, &w, 4);
        if (gb != wb && !(isnan(g) && isnan(w)))
            ck_abort_msg("%s: element %lld is %a, not %a", what, (long long)i, (double)g,
                         (double)w);
    }
}

static const char *const fast_binary_ops[] = {"Add",     "AddV2",   "Sub",
                                              "Mul",     "RealDiv", "Div",
                                              "Maximum", "Minimum", "SquaredDifference"};

static const struct {
    int ra;
    int64_t a[5];
    int rb;
    int64_t b[5];
} fast_shapes[] = {
    {1, {37}, 1, {37}},                           /* same, odd length */
    {2, {1031, 2053}, 2, {1031, 2053}},           /* same, split across threads */
    {3, {5, 7, 3}, 0, {0}},                       /* scalar second */
    {0, {0}, 1, {1001}},                          /* scalar first */
    {2, {1, 1}, 2, {3, 17}},                      /* [1,1] acts as a scalar */
    {4, {2, 5, 5, 8}, 1, {8}},                    /* NHWC + [C], C of 8 */
    {3, {3, 4, 17}, 1, {17}},                     /* C of 17 */
    {1, {17}, 2, {6, 17}},                        /* the row first */
    {2, {4, 300}, 1, {300}},                      /* a row longer than a tile */
    {4, {1, 256, 256, 33}, 1, {33}},              /* a row, split across threads */
    {2, {9, 1}, 2, {9, 13}},                      /* a column */
    {4, {2, 1, 1, 19}, 4, {2, 5, 3, 19}},         /* [N,1,1,C] over [N,H,W,C] */
    {3, {1, 1, 19}, 3, {5, 3, 19}},               /* the same with N of 1 */
    {3, {2, 1, 3}, 2, {4, 1}},                    /* both sides broadcast */
    {2, {3, 1}, 2, {1, 5}},                       /* an outer product */
    {5, {2, 3, 1, 4, 5}, 4, {3, 7, 1, 5}},        /* rank 5, mixed */
    {1, {1}, 1, {1}},                             /* one element */
    {2, {0, 3}, 1, {3}},                          /* empty */
};

START_TEST(test_fast_binary_matches_reference)
{
    tfgt_tensor *a = special_tensor(fast_shapes[_i].ra, fast_shapes[_i].a, 2 * (unsigned)_i);
    tfgt_tensor *b = special_tensor(fast_shapes[_i].rb, fast_shapes[_i].b, 2 * (unsigned)_i + 1);
    const tfgt_tensor *in[2] = {a, b};
    /* the shapes big enough for two threads: two ops are enough */
    const bool big = a->count > 1000000 || b->count > 1000000;
    for (size_t o = 0; o < sizeof fast_binary_ops / sizeof fast_binary_ops[0]; o++) {
        char node[128], what[160];
        tfgt_tensor *want;
        if (big && strcmp(fast_binary_ops[o], "Add") != 0 &&
            strcmp(fast_binary_ops[o], "Maximum") != 0)
            continue;
        snprintf(node, sizeof node, "name: \"n\" op: \"%s\"", fast_binary_ops[o]);
        want = run_isa(node, "reference", in, 2, 1);
        for (size_t v = 0; v < sizeof FAST_ISAS / sizeof FAST_ISAS[0]; v++)
            for (int threads = 1; threads <= 2; threads++) {
                tfgt_tensor *got = run_isa(node, FAST_ISAS[v], in, 2, threads);
                snprintf(what, sizeof what, "%s %s, %d threads, shape case %d",
                         fast_binary_ops[o], FAST_ISAS[v], threads, _i);
                assert_same_bits(got, want, what);
                tfgt_tensor_free(got);
            }
        tfgt_tensor_free(want);
    }
    tfgt_tensor_free(a);
    tfgt_tensor_free(b);
}
END_TEST

static const int64_t fast_unary_counts[] = {1, 7, 15, 16, 17, 33, 1000, 2100001};

START_TEST(test_fast_unary_matches_reference)
{
    static const char *const nodes[] = {
        "name: \"n\" op: \"Relu\"", "name: \"n\" op: \"Relu6\"",
        "name: \"n\" op: \"LeakyRelu\" attr { key: \"alpha\" value { f: 0.3 } }",
        "name: \"n\" op: \"LeakyRelu\" attr { key: \"alpha\" value { f: -1.5 } }"};
    tfgt_tensor *x = special_tensor(1, &fast_unary_counts[_i], (unsigned)_i);
    for (size_t o = 0; o < sizeof nodes / sizeof nodes[0]; o++) {
        tfgt_tensor *want;
        if (x->count > 1000000 && o % 2 == 0)
            continue; /* big enough for two threads: Relu6 and one LeakyRelu do */
        want = run_isa(nodes[o], "reference", (const tfgt_tensor *const *)&x, 1, 1);
        for (size_t v = 0; v < sizeof FAST_ISAS / sizeof FAST_ISAS[0]; v++)
            for (int threads = 1; threads <= 2; threads++) {
                char what[160];
                tfgt_tensor *got = run_isa(nodes[o], FAST_ISAS[v],
                                           (const tfgt_tensor *const *)&x, 1, threads);
                snprintf(what, sizeof what, "%s %s, %d threads, %lld elements", nodes[o],
                         FAST_ISAS[v], threads, (long long)fast_unary_counts[_i]);
                assert_same_bits(got, want, what);
                tfgt_tensor_free(got);
            }
        tfgt_tensor_free(want);
    }
    tfgt_tensor_free(x);
}
END_TEST

START_TEST(test_fast_bias_add_matches_reference)
{
    static const struct {
        const char *format;
        int rank;
        int64_t dims[4];
        int64_t channels;
    } cases[] = {
        {"NHWC", 4, {2, 3, 5, 7}, 7},      {"NCHW", 4, {2, 7, 3, 5}, 7},
        {"NHWC", 2, {4, 9}, 9},            {"NCHW", 3, {3, 5, 11}, 5},
        {"NHWC", 4, {1, 256, 256, 33}, 33}, {"NCHW", 4, {1, 3, 800, 901}, 3},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        tfgt_tensor *x = special_tensor(cases[c].rank, cases[c].dims, (unsigned)c);
        tfgt_tensor *bias = special_tensor(1, &cases[c].channels, 100 + (unsigned)c);
        const tfgt_tensor *in[2] = {x, bias};
        char node[160];
        tfgt_tensor *want;
        snprintf(node, sizeof node,
                 "name: \"n\" op: \"BiasAdd\" attr { key: \"data_format\" value { s: \"%s\" } }",
                 cases[c].format);
        want = run_isa(node, "reference", in, 2, 1);
        for (size_t v = 0; v < sizeof FAST_ISAS / sizeof FAST_ISAS[0]; v++)
            for (int threads = 1; threads <= 2; threads++) {
                char what[96];
                tfgt_tensor *got = run_isa(node, FAST_ISAS[v], in, 2, threads);
                snprintf(what, sizeof what, "BiasAdd case %zu %s, %d threads", c, FAST_ISAS[v],
                         threads);
                assert_same_bits(got, want, what);
                tfgt_tensor_free(got);
            }
        tfgt_tensor_free(want);
        tfgt_tensor_free(x);
        tfgt_tensor_free(bias);
    }
}
END_TEST

START_TEST(test_fast_clip_matches_reference)
{
    int64_t dims[] = {7, 13}, one = 1;
    tfgt_tensor *x = special_tensor(2, dims, 1), *lo_full = special_tensor(2, dims, 2);
    tfgt_tensor *hi_full = special_tensor(2, dims, 3), *lo = special_tensor(0, &one, 4);
    tfgt_tensor *hi = special_tensor(0, &one, 5);
    const tfgt_tensor *cases[][3] = {{x, lo, hi}, {x, lo_full, hi}, {x, lo, hi_full},
                                     {x, lo_full, hi_full}};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        const char *node = "name: \"n\" op: \"ClipByValue\"";
        tfgt_tensor *want = run_isa(node, "reference", cases[c], 3, 1);
        tfgt_tensor *got = run_isa(node, "avx512", cases[c], 3, 1);
        assert_same_bits(got, want, "ClipByValue");
        tfgt_tensor_free(got);
        tfgt_tensor_free(want);
    }
    tfgt_tensor_free(x);
    tfgt_tensor_free(lo_full);
    tfgt_tensor_free(hi_full);
    tfgt_tensor_free(lo);
    tfgt_tensor_free(hi);
}
END_TEST

/* NaN, infinities and signed zeros as TensorFlow 2.21 gives them (its
 * vectorized loops: Relu(-0) is +0). */
START_TEST(test_activation_specials_like_tensorflow)
{
    int64_t dims[] = {7};
    static const double x[] = {NAN, INFINITY, -INFINITY, -0.0, 0.0, 3, 7};
    static const double relu[] = {NAN, INFINITY, 0, 0, 0, 3, 7};
    static const double relu6[] = {NAN, 6, 0, 0, 0, 3, 6};
    static const double one[] = {1, 1, 1, 1, 1, 1, 1};
    static const double maximum[] = {NAN, INFINITY, 1, 1, 1, 3, 7};
    static const double minimum[] = {NAN, 1, -INFINITY, -0.0, 0, 1, 1};
    tfgt_tensor *tx = tfgt_test_tensor(TFGT_DT_FLOAT, 1, dims, x);
    tfgt_tensor *t1 = tfgt_test_tensor(TFGT_DT_FLOAT, 1, dims, one);
    static const struct {
        const char *node;
        bool swap;
        const double *want;
    } cases[] = {
        {"name: \"n\" op: \"Relu\"", false, relu},
        {"name: \"n\" op: \"Relu6\"", false, relu6},
        {"name: \"n\" op: \"Maximum\"", false, maximum},
        {"name: \"n\" op: \"Maximum\"", true, maximum},
        {"name: \"n\" op: \"Minimum\"", false, minimum},
        {"name: \"n\" op: \"Minimum\"", true, minimum},
    };
    const char *const isas[] = {"reference", "generic", "avx2", "avx512"};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        const tfgt_tensor *in[2] = {cases[c].swap ? t1 : tx, cases[c].swap ? tx : t1};
        tfgt_tensor *want = tfgt_test_tensor(TFGT_DT_FLOAT, 1, dims, cases[c].want);
        for (size_t v = 0; v < 4; v++) {
            char what[96];
            size_t n_in = strstr(cases[c].node, "Relu") ? 1 : 2;
            tfgt_tensor *got = run_isa(cases[c].node, isas[v], in, n_in, 1);
            snprintf(what, sizeof what, "%s%s %s", cases[c].node, cases[c].swap ? " (swapped)" : "",
                     isas[v]);
            assert_same_bits(got, want, what);
            tfgt_tensor_free(got);
        }
        tfgt_tensor_free(want);
    }
    tfgt_tensor_free(tx);
    tfgt_tensor_free(t1);
}
END_TEST

Suite *tfgt_test_suite(void)
{
    Suite *s = suite_create("kernels_elementwise");
    TCase *tc = tcase_create("kernels_elementwise");
    tcase_add_loop_test(tc, test_unary, 0, sizeof unary_cases / sizeof unary_cases[0]);
    tcase_add_test(tc, test_unary_double_and_int);
    tcase_add_loop_test(tc, test_broadcasting, 0, sizeof shapes / sizeof shapes[0]);
    tcase_add_test(tc, test_integer_division_like_tensorflow);
    tcase_add_loop_test(tc, test_hostile_inputs, 0, sizeof hostile / sizeof hostile[0]);
    tcase_add_test(tc, test_bias_add_formats);
    tcase_add_test(tc, test_select_add_n_clip);
    tcase_add_loop_test(tc, test_fast_binary_matches_reference, 0,
                        sizeof fast_shapes / sizeof fast_shapes[0]);
    tcase_add_loop_test(tc, test_fast_unary_matches_reference, 0,
                        sizeof fast_unary_counts / sizeof fast_unary_counts[0]);
    tcase_add_test(tc, test_fast_bias_add_matches_reference);
    tcase_add_test(tc, test_activation_specials_like_tensorflow);
    tcase_add_test(tc, test_fast_clip_matches_reference);
    suite_add_tcase(s, tc);
    return s;
}
