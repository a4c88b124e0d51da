/* tf_cases.c - the shared runner of TensorFlow-recorded kernel cases
 * (see tf_cases.h). */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tf_cases.h"

tfgt_tensor *tf_case_tensor(const tspec *s)
{
    tfgt_error err;
    tfgt_tensor *t = tfgt_tensor_new(s->dtype, s->rank, s->dims, 0, &err);
    ck_assert_msg(t != NULL, "%s", err.message);
    for (int64_t k = 0; k < t->count; k++) {
        if (s->iota)
            tfgt_tensor_set_double(t, k, (double)k);
        else if (s->i && (s->dtype == TFGT_DT_INT64 || s->dtype == TFGT_DT_UINT64))
            memcpy((int64_t *)t->data + k, &s->i[k], sizeof(int64_t));
        else if (s->i)
            tfgt_tensor_set_double(t, k, (double)s->i[k]);
        else if (s->f)
            tfgt_tensor_set_double(t, k, s->f[k]);
    }
    return t;
}

static bool is_floating(int dtype)
{
    return dtype == TFGT_DT_FLOAT || dtype == TFGT_DT_DOUBLE || dtype == TFGT_DT_HALF ||
           dtype == TFGT_DT_BFLOAT16;
}

/* Exact comparison (NaN equals NaN, -0 differs from +0) unless tol > 0. */
void tf_case_assert_same(const tfgt_tensor *got, const tfgt_tensor *want, double tol,
                        const char *what)
{
    ck_assert_msg(got != NULL, "%s: output missing", what);
    ck_assert_msg(got->dtype == want->dtype, "%s: dtype %d, expected %d", what, got->dtype,
                  want->dtype);
    ck_assert_msg(got->rank == want->rank, "%s: rank %d, expected %d", what, got->rank, want->rank);
    for (int k = 0; k < got->rank; k++)
        ck_assert_msg(got->dims[k] == want->dims[k], "%s: dim %d is %lld, expected %lld", what, k,
                      (long long)got->dims[k], (long long)want->dims[k]);
    if (is_floating(got->dtype)) {
        for (int64_t k = 0; k < got->count; k++) {
            double g = tfgt_tensor_get_double(got, k), w = tfgt_tensor_get_double(want, k);
            bool ok = (isnan(g) && isnan(w)) ||
                      (tol > 0 ? fabs(g - w) <= tol * (1 + fabs(w))
                               : g == w && signbit(g) == signbit(w));
            ck_assert_msg(ok, "%s: element %lld is %.17g, expected %.17g", what, (long long)k, g, w);
        }
    } else if (memcmp(got->data, want->data, want->nbytes) != 0) {
        for (int64_t k = 0; k < got->count; k++) {
            double g = tfgt_tensor_get_double(got, k), w = tfgt_tensor_get_double(want, k);
            ck_assert_msg(g == w, "%s: element %lld is %.17g, expected %.17g", what,
                          (long long)k, g, w);
        }
        ck_assert_msg(false, "%s: values differ", what);
    }
}

const char *const tf_case_variants[2] = {"", " attr { key: \"_tfgt_isa\" value { s: \"reference\" } }"};

/* Run one case as given (1 and 2 threads) and with the reference code. */
void tf_case_run(const tf_case *c)
{
    tfgt_tensor *inputs[12], *outputs[8];
    for (int k = 0; k < c->n_in; k++)
        inputs[k] = tf_case_tensor(&c->in[k]);
    for (int v = 0; v < 3; v++) {
        char node[2048];
        size_t n_outputs = 0;
        tfgt_error err;
        tfgt_status st;
        snprintf(node, sizeof node, "%s%s", c->node, tf_case_variants[v == 2]);
        tfgt_error_clear(&err);
        st = tfgt_test_run_op(node, (const tfgt_tensor *const *)inputs, (size_t)c->n_in,
                              v == 1 ? 2 : 1, outputs, 8, &n_outputs, &err);
        if (c->error) {
            ck_assert_msg(st != TFGT_OK, "%s: expected an error containing \"%s\"", node,
                          c->error);
            ck_assert_msg(strstr(err.message, c->error) != NULL, "%s: error \"%s\" lacks \"%s\"",
                          node, err.message, c->error);
            ck_assert_str_eq(err.node, "n");
            ck_assert_uint_eq(n_outputs, 0);
            continue;
        }
        ck_assert_msg(st == TFGT_OK, "%s: %s", node, err.message);
        ck_assert_msg((int)n_outputs == c->n_out, "%s: %zu outputs, expected %d", node, n_outputs,
                      c->n_out);
        for (int k = 0; k < c->n_out; k++) {
            tfgt_tensor *want = tf_case_tensor(&c->out[k]);
            char what[2100];
            snprintf(what, sizeof what, "%s output %d", node, k);
            tf_case_assert_same(outputs[k], want, c->tol, what);
            tfgt_tensor_free(want);
        }
        for (size_t k = 0; k < n_outputs; k++)
            tfgt_tensor_free(outputs[k]);
    }
    for (int k = 0; k < c->n_in; k++)
        tfgt_tensor_free(inputs[k]);
}

