/* test_kernels_reduce.c - reductions, ArgMax/ArgMin, Softmax/LogSoftmax,
 * Cumsum/Cumprod and SoftmaxCrossEntropyWithLogits.  Expected values from
 * TensorFlow 2.21 or worked by hand (noted). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static tfgt_tensor *ints(int rank, const int64_t *dims, const double *v)
{
    return tfgt_test_tensor(TFGT_DT_INT32, rank, dims, v);
}

/* x = [[1, 2, 3], [4, 5, 6]] (float) reduced over `axes`. */
static const struct {
    const char *op;
    int n_axes;
    double axes[2];
    bool keep;
    int rank;
    int64_t dims[2];
    double want[3];
} cases[] = {
    {"Sum", 1, {0}, false, 1, {3}, {5, 7, 9}},
    {"Sum", 1, {-1}, false, 1, {2}, {6, 15}},
    {"Sum", 2, {0, 1}, false, 0, {0}, {21}},
    {"Mean", 1, {1}, true, 2, {2, 1}, {2, 5}},
    {"Max", 1, {0}, false, 1, {3}, {4, 5, 6}},
    {"Min", 1, {1}, false, 1, {2}, {1, 4}},
    {"Prod", 1, {1}, false, 1, {2}, {6, 120}},
    {"Sum", 0, {0}, false, 2, {2, 3}, {1, 2, 3}}, /* no axes: unchanged */
};

START_TEST(test_reductions)
{
    int64_t dims[] = {2, 3}, ad[] = {cases[_i].n_axes};
    double x[] = {1, 2, 3, 4, 5, 6};
    tfgt_tensor *t = tfgt_test_tensor(TFGT_DT_FLOAT, 2, dims, x);
    tfgt_tensor *axes = ints(1, ad, cases[_i].axes);
    const tfgt_tensor *in[2] = {t, axes};
    tfgt_tensor *out[1];
    char node[200];
    tfgt_error err;
    snprintf(node, sizeof node, "name: \"n\" op: \"%s\" attr { key: \"keep_dims\" value { b: %s } }",
             cases[_i].op, cases[_i].keep ? "true" : "false");
    ck_assert_msg(tfgt_test_run_op(node, in, 2, 1, out, 1, NULL, &err) == TFGT_OK, "%s",
                  err.message);
    ck_assert_int_eq(out[0]->rank, cases[_i].rank);
    for (int d = 0; d < cases[_i].rank; d++)
        ck_assert_int_eq(out[0]->dims[d], cases[_i].dims[d]);
    for (int64_t e = 0; e < out[0]->count && e < 3; e++)
        ck_assert_double_eq_tol(tfgt_tensor_get_double(out[0], e), cases[_i].want[e], 1e-6);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(t);
    tfgt_tensor_free(axes);
}
END_TEST

START_TEST(test_integer_mean_and_bool_reductions)
{
    int64_t dims[] = {2, 2}, ad[] = {1};
    double x[] = {1, 2, 3, 5}, one = 1, b[] = {1, 0, 1, 1};
    tfgt_tensor *t = ints(2, dims, x), *axes = ints(1, ad, &one), *out[1];
    tfgt_tensor *flags = tfgt_test_tensor(TFGT_DT_BOOL, 2, dims, b);
    const tfgt_tensor *in[2] = {t, axes};
    /* TensorFlow: reduce_mean([[1,2],[3,5]], axis=1) on int32 = [1, 4] */
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"Mean\"", in, 2, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    ck_assert_int_eq(((int32_t *)out[0]->data)[0], 1);
    ck_assert_int_eq(((int32_t *)out[0]->data)[1], 4);
    tfgt_tensor_free(out[0]);
    in[0] = flags;
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"All\"", in, 2, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    ck_assert_int_eq(((uint8_t *)out[0]->data)[0], 0);
    ck_assert_int_eq(((uint8_t *)out[0]->data)[1], 1);
    tfgt_tensor_free(out[0]);
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"Any\"", in, 2, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    ck_assert_int_eq(((uint8_t *)out[0]->data)[0], 1);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(t);
    tfgt_tensor_free(axes);
    tfgt_tensor_free(flags);
}
END_TEST

START_TEST(test_arg_max_min)
{
    int64_t dims[] = {2, 3};
    double x[] = {3, 7, 7, -1, -5, 2}, zero = 0, one = 1;
    tfgt_tensor *t = tfgt_test_tensor(TFGT_DT_FLOAT, 2, dims, x);
    tfgt_tensor *a1 = ints(0, NULL, &one), *a0 = ints(0, NULL, &zero), *out[1];
    const tfgt_tensor *in[2] = {t, a1};
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"ArgMax\"", in, 2, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    ck_assert_int_eq(out[0]->dtype, TFGT_DT_INT64);
    ck_assert_int_eq(((int64_t *)out[0]->data)[0], 1); /* ties: first index */
    ck_assert_int_eq(((int64_t *)out[0]->data)[1], 2);
    tfgt_tensor_free(out[0]);
    in[1] = a0;
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"ArgMin\" attr { key: \"output_type\" "
                                      "value { type: DT_INT32 } }",
                                      in, 2, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    ck_assert_int_eq(out[0]->dtype, TFGT_DT_INT32);
    ck_assert_int_eq(((int32_t *)out[0]->data)[0], 1);
    ck_assert_int_eq(((int32_t *)out[0]->data)[1], 1);
    ck_assert_int_eq(((int32_t *)out[0]->data)[2], 1);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(t);
    tfgt_tensor_free(a0);
    tfgt_tensor_free(a1);
}
END_TEST

START_TEST(test_softmax)
{
    int64_t dims[] = {2, 3};
    double l[] = {1, 2, 3, 1, 5, -1};
    double soft[] = {0.0900305659, 0.244728476, 0.665240884, 0.0179425329, 0.979629219,
                     0.00242825807};
    double logsoft[] = {-2.40760589, -1.40760589, -0.407605946, -4.02058125, -0.0205811393,
                        -6.02058125};
    tfgt_tensor *t = tfgt_test_tensor(TFGT_DT_FLOAT, 2, dims, l), *out[1], *want;
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"Softmax\"", (const tfgt_tensor *const *)&t,
                                      1, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    want = tfgt_test_tensor(TFGT_DT_FLOAT, 2, dims, soft);
    tfgt_test_assert_close(out[0], want, 1e-7, 1e-6);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(want);
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"LogSoftmax\"",
                                      (const tfgt_tensor *const *)&t, 1, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    want = tfgt_test_tensor(TFGT_DT_FLOAT, 2, dims, logsoft);
    tfgt_test_assert_close(out[0], want, 1e-6, 1e-6);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(want);
    tfgt_tensor_free(t);
}
END_TEST

START_TEST(test_cumulative)
{
    int64_t dims[] = {4};
    double x[] = {1, 2, 3, 4}, zero = 0;
    double excl_rev[] = {9, 7, 4, 0}, prod[] = {1, 2, 6, 24};
    tfgt_tensor *t = tfgt_test_tensor(TFGT_DT_DOUBLE, 1, dims, x), *axis = ints(0, NULL, &zero);
    const tfgt_tensor *in[2] = {t, axis};
    tfgt_tensor *out[1], *want;
    /* TensorFlow: cumsum([1,2,3,4], exclusive=True, reverse=True) */
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"Cumsum\" attr { key: \"exclusive\" value "
                                      "{ b: true } } attr { key: \"reverse\" value { b: true } }",
                                      in, 2, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    want = tfgt_test_tensor(TFGT_DT_DOUBLE, 1, dims, excl_rev);
    tfgt_test_assert_close(out[0], want, 0, 0);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(want);
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"Cumprod\"", in, 2, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    want = tfgt_test_tensor(TFGT_DT_DOUBLE, 1, dims, prod);
    tfgt_test_assert_close(out[0], want, 0, 0);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(want);
    tfgt_tensor_free(t);
    tfgt_tensor_free(axis);
}
END_TEST

START_TEST(test_cross_entropy)
{
    /* by hand: logits [0, ln 3] -> softmax [1/4, 3/4]; labels [0, 1]:
     * loss = -ln(3/4), backprop = [1/4, -1/4] */
    int64_t dims[] = {1, 2};
    double logits[] = {0, log(3.0)}, labels[] = {0, 1};
    tfgt_tensor *l = tfgt_test_tensor(TFGT_DT_DOUBLE, 2, dims, logits);
    tfgt_tensor *y = tfgt_test_tensor(TFGT_DT_DOUBLE, 2, dims, labels);
    const tfgt_tensor *in[2] = {l, y};
    tfgt_tensor *out[2];
    size_t n;
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"SoftmaxCrossEntropyWithLogits\"", in, 2,
                                      1, out, 2, &n, NULL),
                     TFGT_OK);
    ck_assert_uint_eq(n, 2);
    ck_assert_double_eq_tol(((double *)out[0]->data)[0], -log(0.75), 1e-12);
    ck_assert_double_eq_tol(((double *)out[1]->data)[0], 0.25, 1e-12);
    ck_assert_double_eq_tol(((double *)out[1]->data)[1], -0.25, 1e-12);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(out[1]);
    tfgt_tensor_free(l);
    tfgt_tensor_free(y);
}
END_TEST

START_TEST(test_empty_integer_reductions)
{
    /* reducing an empty axis gives the type's lowest (Max) / highest (Min) */
    int64_t dims[] = {2, 0}, ad[] = {1};
    double one = 1;
    tfgt_tensor *t = ints(2, dims, NULL), *axes = ints(1, ad, &one), *out[1];
    const tfgt_tensor *in[2] = {t, axes};
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"Max\"", in, 2, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    ck_assert_int_eq(((int32_t *)out[0]->data)[0], INT32_MIN);
    tfgt_tensor_free(out[0]);
    ck_assert_int_eq(tfgt_test_run_op("name: \"n\" op: \"Min\"", in, 2, 1, out, 1, NULL, NULL),
                     TFGT_OK);
    ck_assert_int_eq(((int32_t *)out[0]->data)[1], INT32_MAX);
    tfgt_tensor_free(out[0]);
    tfgt_tensor_free(t);
    tfgt_tensor_free(axes);
}
END_TEST

static const struct {
    int n_axes;
    double axes[2];
    const char *message;
} bad_axes[] = {
    {1, {2}, "axis 2 is out of range for rank 2"},
    {1, {-3}, "axis -3 is out of range"},
    {2, {1, -1}, "axis -1 is given twice"},
};

START_TEST(test_bad_axes)
{
    int64_t dims[] = {2, 3}, ad[] = {bad_axes[_i].n_axes};
    tfgt_tensor *t = tfgt_test_tensor(TFGT_DT_FLOAT, 2, dims, NULL);
    tfgt_tensor *axes = ints(1, ad, bad_axes[_i].axes), *out[1];
    const tfgt_tensor *in[2] = {t, axes};
    tfgt_error err;
    ck_assert_int_eq(tfgt_test_run_op("name: \"sum\" op: \"Sum\"", in, 2, 1, out, 1, NULL, &err),
                     TFGT_E_INVALID_ARGUMENT);
    ck_assert_contains(err.message, bad_axes[_i].message);
    ck_assert_str_eq(err.node, "sum");
    tfgt_tensor_free(t);
    tfgt_tensor_free(axes);
}
END_TEST

/* ---- float fast path against the generic loop ("_tfgt_isa: reference") ---- */

static const struct {
    int rank;
    int64_t dims[4];
    int n_axes;
    double axes[4];
} fast_shapes[] = {
    {4, {2, 7, 7, 37}, 2, {1, 2}},     /* global pooling, kept innermost */
    {4, {1, 7, 7, 64}, 2, {2, 1}},     /* batch 1 (size-1 dims dropped) */
    {3, {3, 5, 19}, 1, {-1}},          /* reduced innermost */
    {3, {3, 5, 19}, 2, {0, 2}},        /* reduced, kept, reduced */
    {4, {2, 3, 4, 5}, 2, {1, 3}},      /* alternating */
    {4, {2, 3, 4, 5}, 2, {0, 2}},      /* alternating, kept innermost */
    {4, {4, 1, 6, 1}, 1, {0}},         /* size-1 dims of both kinds */
    {4, {4, 1, 6, 1}, 2, {1, 3}},      /* only size-1 dims reduced */
    {3, {2, 3, 4}, 3, {0, 1, 2}},      /* everything */
    {2, {5, 6}, 0, {0}},               /* nothing */
    {3, {3, 0, 4}, 1, {1}},            /* empty reduced axis */
    {3, {3, 0, 4}, 1, {0}},            /* empty output */
    {0, {0}, 0, {0}},                  /* scalar */
};
static const char *const fast_ops[] = {"Sum", "Mean", "Max", "Min", "Prod"};

/* Values in [-2, 2) with NaN, infinities and signed zeros mixed in. */
static tfgt_tensor *mixed_tensor(int dtype, int rank, const int64_t *dims, unsigned seed)
{
    static const double specials[] = {NAN, INFINITY, -INFINITY, 0.0, -0.0, 1e30};
    int64_t count = 1;
    uint32_t state = 2654435761u * (seed + 1);
    double *v;
    tfgt_tensor *t;
    for (int d = 0; d < rank; d++)
        count *= dims[d];
    v = malloc((size_t)(count ? count : 1) * sizeof *v);
    ck_assert_ptr_nonnull(v);
    for (int64_t i = 0; i < count; i++) {
        state = state * 1664525u + 1013904223u;
        if ((state >> 26) == 0)
            v[i] = specials[(state >> 8) % 6];
        else
            v[i] = ((double)(state >> 8) / 16777216.0 - 0.5) * 4.0;
    }
    t = tfgt_test_tensor(dtype, rank, dims, v);
    free(v);
    return t;
}

static tfgt_tensor *run_reduce_isa(const char *op, bool keep, const char *isa,
                                   const tfgt_tensor *x, const tfgt_tensor *axes)
{
    const tfgt_tensor *in[2] = {x, axes};
    tfgt_tensor *out[1];
    char node[300];
    tfgt_error err;
    snprintf(node, sizeof node,
             "name: \"n\" op: \"%s\" attr { key: \"keep_dims\" value { b: %s } }"
             " attr { key: \"_tfgt_isa\" value { s: \"%s\" } }",
             op, keep ? "true" : "false", isa);
    ck_assert_msg(tfgt_test_run_op(node, in, 2, 1, out, 1, NULL, &err) == TFGT_OK, "%s: %s", node,
                  err.message);
    return out[0];
}

/* Every op, both float types, with and without keep_dims: same shape and
 * the same bits (NaN matches any NaN) as the generic loop. */
START_TEST(test_fast_matches_reference)
{
    int64_t ad[] = {fast_shapes[_i].n_axes};
    tfgt_tensor *axes = ints(1, ad, fast_shapes[_i].axes);
    for (int dt = 0; dt < 2; dt++) {
        int dtype = dt ? TFGT_DT_DOUBLE : TFGT_DT_FLOAT;
        size_t size = dt ? 8 : 4;
        tfgt_tensor *x = mixed_tensor(dtype, fast_shapes[_i].rank, fast_shapes[_i].dims, _i);
        for (size_t o = 0; o < sizeof fast_ops / sizeof fast_ops[0]; o++)
            for (int keep = 0; keep < 2; keep++) {
                tfgt_tensor *got = run_reduce_isa(fast_ops[o], keep, "generic", x, axes);
                tfgt_tensor *want = run_reduce_isa(fast_ops[o], keep, "reference", x, axes);
                int64_t bad = -1;
                ck_assert_int_eq(got->rank, want->rank);
                for (int d = 0; d < got->rank; d++)
                    ck_assert_int_eq(got->dims[d], want->dims[d]);
                ck_assert_int_eq(got->count, want->count);
                for (int64_t e = 0; e < got->count && bad < 0; e++) {
                    double g = tfgt_tensor_get_double(got, e), w = tfgt_tensor_get_double(want, e);
                    const char *gp = (const char *)got->data + e * size;
                    const char *wp = (const char *)want->data + e * size;
                    if (!(isnan(g) && isnan(w)) && memcmp(gp, wp, size) != 0)
                        bad = e;
                }
                ck_assert_msg(bad < 0, "shape %d %s %s keep=%d: element %lld differs", _i,
                              dt ? "double" : "float", fast_ops[o], keep, (long long)bad);
                tfgt_tensor_free(got);
                tfgt_tensor_free(want);
            }
        tfgt_tensor_free(x);
    }
    tfgt_tensor_free(axes);
}
END_TEST

/* The fast path still accumulates in double: 2^24 + 1 + 1 - 2^24 is 0 in
 * float arithmetic; and global average pooling worked by hand. */
START_TEST(test_fast_sum_accuracy_and_pool)
{
    int64_t dims[] = {4, 2}, pdims[] = {1, 2, 2, 3}, ad1[] = {1}, ad2[] = {2};
    double v[] = {16777216, 0.5, 1, 0.25, 1, 0.25, -16777216, -0.5}, zero = 0, hw[] = {1, 2};
    double p[12];
    tfgt_tensor *x = tfgt_test_tensor(TFGT_DT_FLOAT, 2, dims, v);
    tfgt_tensor *axes = ints(1, ad1, &zero), *got;
    got = run_reduce_isa("Sum", false, "generic", x, axes);
    ck_assert_int_eq(got->count, 2);
    ck_assert_float_eq(((float *)got->data)[0], 2.0f);
    ck_assert_float_eq(((float *)got->data)[1], 0.5f);
    tfgt_tensor_free(got);
    tfgt_tensor_free(x);
    tfgt_tensor_free(axes);
    for (int i = 0; i < 12; i++)
        p[i] = i; /* [h][w][c] = 6h + 3w + c: the mean over h, w is 4.5 + c */
    x = tfgt_test_tensor(TFGT_DT_FLOAT, 4, pdims, p);
    axes = ints(1, ad2, hw);
    got = run_reduce_isa("Mean", true, "generic", x, axes);
    ck_assert_int_eq(got->rank, 4);
    ck_assert_int_eq(got->dims[3], 3);
    for (int c = 0; c < 3; c++)
        ck_assert_float_eq(((float *)got->data)[c], 4.5f + (float)c);
    tfgt_tensor_free(got);
    tfgt_tensor_free(x);
    tfgt_tensor_free(axes);
}
END_TEST

Suite *tfgt_test_suite(void)
{
    Suite *s = suite_create("kernels_reduce");
    TCase *tc = tcase_create("kernels_reduce");
    tcase_add_loop_test(tc, test_reductions, 0, sizeof cases / sizeof cases[0]);
    tcase_add_test(tc, test_integer_mean_and_bool_reductions);
    tcase_add_test(tc, test_arg_max_min);
    tcase_add_test(tc, test_softmax);
    tcase_add_test(tc, test_cumulative);
    tcase_add_test(tc, test_cross_entropy);
    tcase_add_test(tc, test_empty_integer_reductions);
    tcase_add_loop_test(tc, test_bad_axes, 0, sizeof bad_axes / sizeof bad_axes[0]);
    tcase_add_loop_test(tc, test_fast_matches_reference, 0,
                        sizeof fast_shapes / sizeof fast_shapes[0]);
    tcase_add_test(tc, test_fast_sum_accuracy_and_pool);
    suite_add_tcase(s, tc);
    return s;
}
