/* test_accuracy_aware.c - the sensitivity engine (lib/sensitivity.c) and
 * quantize_weights' accuracy-aware extensions: a small classifier with
 * one planted fragile layer (the one that must be kept), keep_node /
 * keep_op / keep_as, bias correction on depthwise and matmul layers, the
 * errors, and MobileNet v1 0.25 on crops of its stored photo. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define FLOAT_T "type: DT_FLOAT"

/* ---- helpers ------------------------------------------------------------------------- */

/* A seeded generator, so samples are the same on every run. */
static double uniform(unsigned *state)
{
    *state = *state * 1103515245u + 12345u;
    return (double)((*state >> 8) & 0xffffff) / (double)0x1000000;
}

/* A calibration set of n samples of `name`, each shaped like dims, from
 * `fill(sample, values)`. */
static tfgt_calibration *make_samples(const char *name, int rank, const int64_t *dims, size_t n,
                                      void (*fill)(size_t sample, tfgt_tensor *t, void *user),
                                      void *user)
{
    tfgt_calibration *cal = calloc(1, sizeof *cal);
    ck_assert_ptr_nonnull(cal);
    cal->feeds = calloc(1, sizeof *cal->feeds);
    cal->feeds[0].name = strdup(name);
    cal->feeds[0].samples = calloc(n, sizeof *cal->feeds[0].samples);
    cal->n_feeds = 1;
    cal->n_samples = n;
    for (size_t s = 0; s < n; s++) {
        tfgt_tensor *t = tfgt_tensor_new(TFGT_DT_FLOAT, rank, dims, 0, NULL);
        ck_assert_ptr_nonnull(t);
        fill(s, t, user);
        cal->feeds[0].samples[s] = t;
    }
    return cal;
}

typedef tfgt_test_log log_text;
#define transform tfgt_test_transform_logged

static tfgt_sensitivity_score score(const tfgt_graph *reference, const tfgt_graph *g,
                                    const tfgt_calibration *cal, const char *output)
{
    tfgt_sensitivity *engine = NULL;
    tfgt_sensitivity_score s = {0, 0};
    tfgt_error err = {0};
    ck_assert_int_eq(tfgt_sensitivity_new(reference, cal, &output, 1, NULL, &engine, &err), TFGT_OK);
    ck_assert_msg(tfgt_sensitivity_score_graph(engine, g, &s, &err) == TFGT_OK, "%s", err.message);
    tfgt_sensitivity_free(engine);
    return s;
}

/* ---- a classifier with one fragile layer ------------------------------------------------ */

/* x[1,8] -> MatMul w1[8,16] + b1 -> Relu -> MatMul w2[16,16] + b2 -> Relu
 * -> MatMul w3[16,4] = logits.  w2 is planted fragile: row 0 holds 1000
 * (it reads unit 0, which b1 = -1000 keeps at zero), so per channel its
 * step is 1000/127 and every useful weight (|w| < 1) rounds to zero. */
static tfgt_graph *planted_classifier(void)
{
    tfgt_graph *g = tfgt_graph_new();
    unsigned seed = 7;
    int64_t d1[2] = {8, 16}, d2[2] = {16, 16}, d3[2] = {16, 4}, db[1] = {16};
    double w1[128], w2[256], w3[64], b1[16], b2[16];
    for (int i = 0; i < 128; i++)
        w1[i] = uniform(&seed) * 2 - 1;
    for (int i = 0; i < 256; i++)
        w2[i] = i < 16 ? 1000 : uniform(&seed) * 2 - 1;
    for (int i = 0; i < 64; i++)
        w3[i] = uniform(&seed) * 2 - 1;
    for (int i = 0; i < 16; i++) {
        b1[i] = i == 0 ? -1000 : 0.1;
        b2[i] = 0.1;
    }
    tfgt_test_add_op(g, "x", "Placeholder", "", "dtype", FLOAT_T, NULL);
    tfgt_test_add_floats(g, "w1", 2, d1, w1);
    tfgt_test_add_floats(g, "b1", 1, db, b1);
    tfgt_test_add_floats(g, "w2", 2, d2, w2);
    tfgt_test_add_floats(g, "b2", 1, db, b2);
    tfgt_test_add_floats(g, "w3", 2, d3, w3);
    tfgt_test_add_op(g, "mm1", "MatMul", "x,w1", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "add1", "BiasAdd", "mm1,b1", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "relu1", "Relu", "add1", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "mm2", "MatMul", "relu1,w2", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "add2", "Add", "mm2,b2", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "relu2", "Relu", "add2", "T", FLOAT_T, NULL);
    tfgt_test_add_op(g, "logits", "MatMul", "relu2,w3", "T", FLOAT_T, NULL);
    return g;
}

static void fill_features(size_t sample, tfgt_tensor *t, void *user)
{
    unsigned seed = 100 + (unsigned)sample;
    (void)user;
    for (int64_t i = 0; i < t->count; i++)
        ((float *)t->data)[i] = (float)(uniform(&seed) * 2 - 1);
}

static tfgt_calibration *feature_samples(size_t n)
{
    int64_t dims[2] = {1, 8};
    return make_samples("x", 2, dims, n, fill_features, NULL);
}

/* The planted layer is the one kept (as float16), the others quantized,
 * and the samples agree with float at least as often as asked. */
START_TEST(test_planted_fragile_layer_is_kept)
{
    tfgt_graph *g = planted_classifier(), *q;
    tfgt_calibration *cal = feature_samples(40);
    tfgt_error err = {0};
    log_text *log = calloc(1, sizeof *log);
    tfgt_sensitivity_score all, s;

    /* everything quantized: the planted layer ruins the answer */
    q = tfgt_graph_clone(g, &err);
    ck_assert_int_eq(transform(q, "quantize_weights(minimum_size=16, per_channel=true)", "x",
                               "logits", cal, log, &err), TFGT_OK);
    all = score(g, q, cal, "logits");
    ck_assert_double_lt(all.agreement, 0.8);
    tfgt_graph_free(q);

    q = tfgt_graph_clone(g, &err);
    ck_assert_msg(transform(q, "quantize_weights(minimum_size=16, per_channel=true, "
                               "accuracy_target=0.9)",
                            "x", "logits", cal, log, &err) == TFGT_OK,
                  "%s", err.message);
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "w2")), "Cast");
    ck_assert_ptr_nonnull(tfgt_graph_find_node(q, "w2_float16"));
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "w1")), "Dequantize");
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "w3")), "Dequantize");
    /* biases stay float Consts (corrected, not quantized) */
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "b1")), "Const");
    ck_assert_contains(log->text, "kept 'w2' (256 weights) in float16");
    ck_assert_contains(log->text, "1 layers kept for accuracy");
    s = score(g, q, cal, "logits");
    ck_assert_double_ge(s.agreement, 0.9);
    ck_assert_double_gt(s.sqnr_db, all.sqnr_db);
    tfgt_graph_free(q);
    tfgt_calibration_free(cal);
    tfgt_graph_free(g);
    free(log);
}
END_TEST

/* keep_node / keep_op / keep_as decide without any calibration. */
START_TEST(test_keep_node_op_and_as)
{
    tfgt_graph *g = planted_classifier(), *q;
    tfgt_error err = {0};
    log_text *log = calloc(1, sizeof *log);

    q = tfgt_graph_clone(g, &err);
    ck_assert_msg(transform(q, "quantize_weights(minimum_size=16, per_channel=true, keep_node=mm2)",
                            "x", "logits", NULL, log, &err) == TFGT_OK, "%s", err.message);
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "w2")), "Cast");
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "w1")), "Dequantize");
    ck_assert_contains(log->text, "kept 'w2' (256 weights) in float16: keep_node names its reader");
    tfgt_graph_free(q);

    q = tfgt_graph_clone(g, &err);
    ck_assert_msg(transform(q, "quantize_weights(minimum_size=16, keep_node=w1, keep_node=w3, "
                               "keep_as=float)",
                            "x", "logits", NULL, log, &err) == TFGT_OK, "%s", err.message);
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "w1")), "Const");
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "w3")), "Const");
    /* per tensor, w2's planted outlier row would round the rest to zero */
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "w2")), "Const");
    ck_assert_contains(log->text, "left 'w2' in float: an outlier would round most of its values");
    tfgt_graph_free(q);

    q = tfgt_graph_clone(g, &err);
    ck_assert_msg(transform(q, "quantize_weights(minimum_size=16, keep_op=MatMul)", "x", "logits",
                            NULL, log, &err) == TFGT_OK, "%s", err.message);
    ck_assert_uint_eq(tfgt_test_count_op(q, "Dequantize"), 0);
    /* w1 and w3 in float16; w2 (its outlier) stays float32 */
    ck_assert_uint_eq(tfgt_test_count_op(q, "Cast"), 2);
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "w2")), "Const");
    tfgt_graph_free(q);

    /* a name that exists but guards no weights is worth a warning */
    q = tfgt_graph_clone(g, &err);
    ck_assert_int_eq(transform(q, "quantize_weights(minimum_size=16, keep_node=relu1)", "x",
                               "logits", NULL, log, &err), TFGT_OK);
    ck_assert_contains(log->text, "keep_node 'relu1' holds or reads no weights");
    /* w1 and w3 (w2 stays float for its outlier) */
    ck_assert_uint_eq(tfgt_test_count_op(q, "Dequantize"), 2);
    tfgt_graph_free(q);
    tfgt_graph_free(g);
    free(log);
}
END_TEST

START_TEST(test_errors_name_the_transform)
{
    static const struct {
        const char *transforms;
        bool with_samples;
        const char *message;
    } cases[] = {
        {"quantize_weights(accuracy_target=0.9)", false, "accuracy_target needs sample inputs"},
        {"quantize_weights(bias_correction=true)", false, "bias_correction needs sample inputs"},
        {"quantize_weights(accuracy_target=1.5)", true, "accuracy_target must be above 0"},
        {"quantize_weights(accuracy_target=0)", true, "accuracy_target must be above 0"},
        {"quantize_weights(keep_as=int4)", false, "keep_as must be float16 or float"},
        {"quantize_weights(clip=percentile)", false, "clip must be minmax or mse"},
        {"quantize_weights(keep_node=nowhere)", false, "keep_node 'nowhere' names no node"},
    };
    tfgt_calibration *cal = feature_samples(2);
    log_text *log = calloc(1, sizeof *log);
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        tfgt_graph *g = planted_classifier();
        tfgt_error err = {0};
        ck_assert_int_ne(transform(g, cases[c].transforms, "x", "logits",
                                   cases[c].with_samples ? cal : NULL, log, &err), TFGT_OK);
        ck_assert_contains(err.message, "quantize_weights");
        ck_assert_contains(err.message, cases[c].message);
        /* the graph is left as it was */
        ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(g, "w2")), "Const");
        tfgt_graph_free(g);
    }
    tfgt_calibration_free(cal);
    free(log);
}
END_TEST

/* Without the new parameters (and without per_channel), samples change
 * nothing: the bytes are those of TensorFlow's form. */
START_TEST(test_samples_alone_change_nothing)
{
    tfgt_graph *g = planted_classifier(), *a, *b;
    tfgt_calibration *cal = feature_samples(4);
    tfgt_error err = {0};
    log_text *log = calloc(1, sizeof *log);
    uint8_t *da, *db;
    size_t la, lb;
    a = tfgt_graph_clone(g, &err);
    b = tfgt_graph_clone(g, &err);
    ck_assert_int_eq(transform(a, "quantize_weights(minimum_size=16)", "x", "logits", NULL, log,
                               &err), TFGT_OK);
    ck_assert_int_eq(transform(b, "quantize_weights(minimum_size=16)", "x", "logits", cal, log,
                               &err), TFGT_OK);
    ck_assert_int_eq(tfgt_graph_to_binary(a, &da, &la, &err), TFGT_OK);
    ck_assert_int_eq(tfgt_graph_to_binary(b, &db, &lb, &err), TFGT_OK);
    ck_assert_uint_eq(la, lb);
    ck_assert_int_eq(memcmp(da, db, la), 0);
    free(da);
    free(db);
    tfgt_graph_free(a);
    tfgt_graph_free(b);
    tfgt_graph_free(g);
    tfgt_calibration_free(cal);
    free(log);
}
END_TEST

/* ---- bias correction ------------------------------------------------------------------- */

static void fill_positive(size_t sample, tfgt_tensor *t, void *user)
{
    unsigned seed = 900 + (unsigned)sample;
    (void)user;
    for (int64_t i = 0; i < t->count; i++)
        ((float *)t->data)[i] = (float)(1.0 + uniform(&seed));
}

/* Mean of (quantized - float) over every output element of every sample. */
static double mean_shift(const tfgt_graph *f, const tfgt_graph *q, const tfgt_calibration *cal,
                         const char *feed, const char *fetch)
{
    double sum = 0, n = 0;
    for (size_t s = 0; s < cal->n_samples; s++) {
        tfgt_tensor *a = tfgt_test_run_one(f, feed, cal->feeds[0].samples[s], fetch);
        tfgt_tensor *b = tfgt_test_run_one(q, feed, cal->feeds[0].samples[s], fetch);
        for (int64_t i = 0; i < a->count; i++)
            sum += (double)((float *)b->data)[i] - ((float *)a->data)[i];
        n += (double)a->count;
        tfgt_tensor_free(a);
        tfgt_tensor_free(b);
    }
    return sum / n;
}

/* Weights whose coarse codes all round the same way (each channel: one
 * large value, the rest just under half a step) shift the output mean;
 * bias correction takes that shift out of the bias.  Loop: 0 depthwise
 * VALID (multiplier 1, per channel already), 1 MatMul with transpose_b,
 * 2 depthwise SAME with stride 2 and 3 Conv2D SAME (zero padding under
 * some taps: the means are taken per tap). */
START_TEST(test_bias_correction_removes_mean_shift)
{
    tfgt_graph *g = tfgt_graph_new(), *plain, *corrected;
    tfgt_calibration *cal;
    tfgt_error err = {0};
    log_text *log = calloc(1, sizeof *log);
    double w[72], b[4] = {0.5, -0.5, 0.25, 0}, before, after;
    bool depthwise = _i == 0 || _i == 2, matmul = _i == 1, conv = _i == 3;
    int64_t dw[4] = {3, 3, 4, 1}, dc[4] = {3, 3, 2, 4}, dx4[4] = {1, 5, 5, 4}, dm[2] = {4, 16};
    int64_t dx2[2] = {3, 16}, db[1] = {4};
    int n = depthwise ? 36 : matmul ? 64 : 72;
    for (int i = 0; i < n; i++) {
        int channel = matmul ? i / 16 : i % 4;
        bool big = depthwise ? i / 4 == 4 : matmul ? i % 16 == 0 : i / 8 == 4 && i % 8 < 4;
        w[i] = big ? 127.0 * (channel + 1) : 0.49 * (channel + 1);
    }
    if (conv)
        dx4[3] = 2;
    tfgt_test_add_op(g, "x", "Placeholder", "", "dtype", FLOAT_T, NULL);
    if (matmul) {
        tfgt_test_add_floats(g, "w", 2, dm, w);
        tfgt_test_add_op(g, "conv", "MatMul", "x,w", "T", FLOAT_T, "transpose_b", "b: true",
                         NULL);
    } else {
        tfgt_test_add_floats(g, "w", 4, conv ? dc : dw, w);
        tfgt_test_add_op(g, "conv", conv ? "Conv2D" : "DepthwiseConv2dNative", "x,w", "T",
                         FLOAT_T, "strides",
                         _i == 2 ? "list { i: 1 i: 2 i: 2 i: 1 }" : "list { i: 1 i: 1 i: 1 i: 1 }",
                         "padding", _i == 0 ? "s: 'VALID'" : "s: 'SAME'", NULL);
    }
    tfgt_test_add_floats(g, "b", 1, db, b);
    tfgt_test_add_op(g, "out", "BiasAdd", "conv,b", "T", FLOAT_T, NULL);
    cal = matmul ? make_samples("x", 2, dx2, 6, fill_positive, NULL)
                 : make_samples("x", 4, dx4, 6, fill_positive, NULL);

    plain = tfgt_graph_clone(g, &err);
    corrected = tfgt_graph_clone(g, &err);
    ck_assert_int_eq(transform(plain, "quantize_weights(minimum_size=16, per_channel=true, "
                                      "bias_correction=false)",
                               "x", "out", cal, log, &err), TFGT_OK);
    ck_assert_msg(transform(corrected, "quantize_weights(minimum_size=16, per_channel=true)", "x",
                            "out", cal, log, &err) == TFGT_OK, "%s", err.message);
    ck_assert_contains(log->text, "1 biases corrected");
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(corrected, "w")), "Dequantize");
    before = mean_shift(g, plain, cal, "x", "out");
    after = mean_shift(g, corrected, cal, "x", "out");
    ck_assert_double_gt(fabs(before), 0.5);
    ck_assert_msg(fabs(after) < 0.01 * fabs(before), "mean shift %g -> %g", before, after);
    tfgt_graph_free(plain);
    tfgt_graph_free(corrected);
    tfgt_graph_free(g);
    tfgt_calibration_free(cal);
    free(log);
}
END_TEST

/* A conv with no bias after it: quantized, and the log says why its bias
 * was not corrected. */
START_TEST(test_bias_correction_reports_missing_bias)
{
    tfgt_graph *g = planted_classifier();
    tfgt_calibration *cal = feature_samples(3);
    tfgt_error err = {0};
    log_text *log = calloc(1, sizeof *log);
    ck_assert_int_eq(transform(g, "quantize_weights(minimum_size=16, per_channel=true)", "x",
                               "logits", cal, log, &err), TFGT_OK);
    ck_assert_contains(log->text, "no bias correction for 'w3': no bias Const of its own follows it");
    ck_assert_contains(log->text, "2 biases corrected");
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(g, "w3")), "Dequantize");
    tfgt_graph_free(g);
    tfgt_calibration_free(cal);
    free(log);
}
END_TEST

/* ---- the engine on its own ------------------------------------------------------------ */

typedef struct zeroing {
    const tfgt_graph *source;
    const char *const *names;
} zeroing;

/* "Quantizing" layer i here means zeroing the Const names[i]. */
static tfgt_status build_zeroed(void *user, const bool *quantized, tfgt_graph **out,
                                tfgt_error *err)
{
    const zeroing *z = user;
    tfgt_graph *g = tfgt_graph_clone(z->source, err);
    for (size_t i = 0; i < 3; i++) {
        tfgt_node *n = tfgt_graph_find_node(g, z->names[i]);
        tfgt_tensor *t = NULL;
        if (!quantized[i])
            continue;
        ck_assert_int_eq(tfgt_node_get_tensor(n, "value", 0, &t, err), TFGT_OK);
        /* w3 zeroed loses every answer; w1 and b2 barely change */
        for (int64_t k = 0; k < t->count; k++)
            ((float *)t->data)[k] *= i == 1 ? 0.0f : 0.9999f;
        ck_assert_int_eq(tfgt_node_set_tensor(n, "value", t, err), TFGT_OK);
        tfgt_tensor_free(t);
    }
    *out = g;
    return TFGT_OK;
}

START_TEST(test_engine_ranks_and_selects)
{
    static const char *const names[3] = {"w1", "w3", "b2"};
    tfgt_graph *g = planted_classifier();
    tfgt_calibration *cal = feature_samples(20);
    zeroing z = {g, names};
    tfgt_sensitivity *engine = NULL;
    tfgt_sensitivity_score alone[3], reached[3], final;
    const char *out = "logits";
    size_t order[3];
    bool keep[3] = {false, false, false};
    tfgt_error err = {0};
    ck_assert_int_eq(tfgt_sensitivity_new(g, cal, &out, 1, NULL, &engine, &err), TFGT_OK);
    ck_assert_int_eq(tfgt_sensitivity_each_alone(engine, 3, build_zeroed, &z, NULL, alone, &err),
                     TFGT_OK);
    ck_assert_double_lt(alone[1].sqnr_db, alone[0].sqnr_db);
    ck_assert_double_lt(alone[1].sqnr_db, alone[2].sqnr_db);
    ck_assert(isinf(alone[1].sqnr_db) == 0);
    tfgt_sensitivity_rank(alone, NULL, 3, order);
    ck_assert_uint_eq(order[0], 1);
    ck_assert_int_eq(tfgt_sensitivity_select(engine, 3, build_zeroed, &z, order, 1.0, keep,
                                             reached, &final, &err), TFGT_OK);
    ck_assert(keep[1]);
    ck_assert(!keep[0] && !keep[2]);
    ck_assert_double_eq(final.agreement, 1.0);
    ck_assert_double_eq(reached[1].agreement, 1.0);
    ck_assert_uint_eq(tfgt_sensitivity_evaluations(engine), 3 + 2);

    /* a misleading order: w1 is kept first, w3 then reaches the target,
     * and the shrinking pass finds w1 was not needed */
    {
        size_t misleading[3] = {0, 1, 2};
        keep[0] = keep[1] = keep[2] = false;
        ck_assert_int_eq(tfgt_sensitivity_select(engine, 3, build_zeroed, &z, misleading, 1.0,
                                                 keep, reached, &final, &err), TFGT_OK);
        ck_assert(!keep[0] && keep[1] && !keep[2]);
        ck_assert(isnan(reached[0].agreement));
        ck_assert_uint_eq(tfgt_sensitivity_evaluations(engine), 5 + 4);
    }
    /* an unreachable target keeps everything and says so in the score */
    {
        size_t order2[3] = {1, 0, 2};
        keep[0] = keep[1] = keep[2] = false;
        ck_assert_int_eq(tfgt_sensitivity_select(engine, 3, build_zeroed, &z, order2, 1.5, keep,
                                                 NULL, &final, &err), TFGT_OK);
        ck_assert(keep[0] && keep[1] && keep[2]);
        ck_assert_double_lt(final.agreement, 1.5);
    }
    tfgt_sensitivity_free(engine);
    tfgt_calibration_free(cal);
    tfgt_graph_free(g);
}
END_TEST

/* ---- MobileNet v1 0.25 ---------------------------------------------------------------- */

/* Natural variations of the stored photo: crops (nearest-neighbour
 * resized back to 224), mirror images, brightness and contrast, and every
 * fourth blended with seeded noise. */
static void fill_crop(size_t sample, tfgt_tensor *t, void *user)
{
    const float *photo = ((const tfgt_tensor *)user)->data;
    float *v = t->data;
    unsigned seed = 4242 + 17 * (unsigned)sample;
    double scale = 0.5 + 0.5 * uniform(&seed);
    int side = (int)(224 * scale), y0 = (int)(uniform(&seed) * (224 - side));
    int x0 = (int)(uniform(&seed) * (224 - side));
    bool mirror = uniform(&seed) < 0.5, noisy = sample % 4 == 3;
    double gain = 0.75 + 0.4 * uniform(&seed), offset = 0.4 * uniform(&seed) - 0.2;
    for (int y = 0; y < 224; y++)
        for (int x = 0; x < 224; x++)
            for (int c = 0; c < 3; c++) {
                int sy = y0 + y * side / 224, sx = x0 + (mirror ? 223 - x : x) * side / 224;
                double p = photo[(sy * 224 + sx) * 3 + c];
                if (noisy)
                    p = 0.7 * p + 0.3 * (uniform(&seed) * 2 - 1);
                p = p * gain + offset;
                v[(y * 224 + x) * 3 + c] = (float)(p < -1 ? -1 : p > 1 ? 1 : p);
            }
}

START_TEST(test_mobilenet_accuracy_target)
{
    char *pb = tfgt_test_model_path("mobilenet_v1_0.25_224/frozen_graph.pb");
    char *photo_path;
    tfgt_graph *g = NULL, *q;
    tfgt_tensor *photo = NULL;
    tfgt_calibration *cal;
    tfgt_error err = {0};
    log_text *log = calloc(1, sizeof *log);
    int64_t dims[4] = {1, 224, 224, 3};
    const char *out = "MobilenetV1/Predictions/Reshape_1";
    tfgt_sensitivity_score s;
    size_t float_bytes, weights = 0, kept = 0;
    const char *line;
    if (!pb) {
        fprintf(stderr, "SKIP: test_mobilenet_accuracy_target: no models folder "
                        "(../shared/models or $TFGT_MODELS_DIR)\n");
        free(log);
        return;
    }
    photo_path = tfgt_test_model_path("mobilenet_v1_0.25_224/grace_hopper_224_input.npy");
    ck_assert_int_eq(tfgt_graph_load(pb, TFGT_FORMAT_AUTO, &g, NULL, &err), TFGT_OK);
    ck_assert_int_eq(tfgt_npy_read(photo_path, 0, &photo, &err), TFGT_OK);
    cal = make_samples("input", 4, dims, 12, fill_crop, photo);
    ck_assert_int_eq(transform(g, "fold_constants(ignore_errors=true) fold_batch_norms", "input",
                               out, NULL, log, &err), TFGT_OK);
    float_bytes = tfgt_graph_encoded_size(g);
    q = tfgt_graph_clone(g, &err);
    ck_assert_msg(transform(q, "quantize_weights(per_channel=true, accuracy_target=0.9)", "input",
                            out, cal, log, &err) == TFGT_OK, "%s", err.message);
    fprintf(stderr, "%s", log->text);
    s = score(g, q, cal, out);
    ck_assert_double_ge(s.agreement, 0.9);
    ck_assert_double_le((double)tfgt_graph_encoded_size(q), 0.30 * (double)float_bytes);
    /* kept layers: Casts from half; their weights against all weights */
    for (size_t i = 0; i < tfgt_graph_node_count(q); i++) {
        const tfgt_node *n = tfgt_graph_node(q, i);
        int dtype;
        tfgt_shape shape;
        int64_t count = 1;
        if (strcmp(tfgt_node_op(n), "Const") != 0 ||
            tfgt_node_get_tensor_info(n, "value", &dtype, &shape, NULL) != TFGT_OK)
            continue;
        for (int d = 0; d < shape.rank; d++)
            count *= shape.dims[d];
        if (dtype == TFGT_DT_HALF)
            kept += (size_t)count;
        if (dtype == TFGT_DT_HALF || dtype == TFGT_DT_QINT8)
            weights += (size_t)count;
    }
    ck_assert_uint_gt(weights, 400000);
    ck_assert_double_le((double)kept, 0.10 * (double)weights);
    line = strstr(log->text, "top-1 agreement with float on 12 calibration samples");
    ck_assert_ptr_nonnull(line);
    fprintf(stderr, "mobilenet: agreement %.3f, SQNR %.1f dB, %zu of %zu weights in float16, "
                    "%zu -> %zu bytes\n",
            s.agreement, s.sqnr_db, kept, weights, float_bytes, tfgt_graph_encoded_size(q));
    tfgt_graph_free(q);
    tfgt_graph_free(g);
    tfgt_tensor_free(photo);
    tfgt_calibration_free(cal);
    free(pb);
    free(photo_path);
    free(log);
}
END_TEST

/* ---- quantize_nodes(accuracy_target, keep_node) ------------------------------------------- */

/* A classifier whose middle layer has one output channel 1000x larger than
 * the rest, a channel the logits ignore: eight-bit, relu2's range is set
 * by it and the informative channels lose their resolution, so the layers
 * that quantize relu2 (mm2's and the logits') are sensitive and mm1's is
 * not; the search keeps the former in float. */
static tfgt_graph *wide_channel_classifier(void)
{
    tfgt_graph *g = planted_classifier();
    tfgt_node *w2 = tfgt_graph_find_node(g, "w2");
    tfgt_tensor *t = NULL;
    tfgt_error err = {0};
    ck_assert_int_eq(tfgt_node_get_tensor(w2, "value", 0, &t, &err), TFGT_OK);
    /* no outlier row (quantize_nodes would refuse it outright); instead
     * output channel 0 is large, so relu2's range dwarfs the others */
    for (int64_t i = 0; i < t->count; i++) {
        float *v = (float *)t->data + i;
        if (i < 16)
            *v = (float)(((i * 7) % 5) - 2) * 0.3f;
        if (i % 16 == 0)
            *v *= 1000.0f;
    }
    tfgt_graph_remove_node(g, w2);
    ck_assert_ptr_nonnull(tfgt_graph_add_const(g, "w2", t, &err));
    tfgt_tensor_free(t);
    /* no dead unit before it (b1 = -1000 would make relu1's input range
     * the problem instead) */
    w2 = tfgt_graph_find_node(g, "b1");
    ck_assert_int_eq(tfgt_node_get_tensor(w2, "value", 0, &t, &err), TFGT_OK);
    ((float *)t->data)[0] = 0.1f;
    tfgt_graph_remove_node(g, w2);
    ck_assert_ptr_nonnull(tfgt_graph_add_const(g, "b1", t, &err));
    tfgt_tensor_free(t);
    /* the big channel does not reach the logits: only its range hurts */
    w2 = tfgt_graph_find_node(g, "w3");
    ck_assert_int_eq(tfgt_node_get_tensor(w2, "value", 0, &t, &err), TFGT_OK);
    for (int i = 0; i < 4; i++)
        ((float *)t->data)[i] = 0.0f;
    tfgt_graph_remove_node(g, w2);
    ck_assert_ptr_nonnull(tfgt_graph_add_const(g, "w3", t, &err));
    tfgt_tensor_free(t);
    return g;
}

START_TEST(test_quantize_nodes_accuracy_target)
{
    tfgt_graph *g = wide_channel_classifier(), *q;
    tfgt_calibration *cal = feature_samples(40);
    tfgt_error err = {0};
    log_text *log = calloc(1, sizeof *log);
    tfgt_sensitivity_score all, s;

    q = tfgt_graph_clone(g, &err);
    ck_assert_int_eq(transform(q, "quantize_nodes(per_channel=true)", "x", "logits", cal, log,
                               &err), TFGT_OK);
    all = score(g, q, cal, "logits");
    tfgt_graph_free(q);

    q = tfgt_graph_clone(g, &err);
    ck_assert_msg(transform(q, "quantize_nodes(per_channel=true, accuracy_target=0.95)", "x",
                            "logits", cal, log, &err) == TFGT_OK,
                  "%s", err.message);
    s = score(g, q, cal, "logits");
    ck_assert_double_ge(s.agreement, 0.95);
    ck_assert_double_ge(s.agreement, all.agreement);
    ck_assert_contains(log->text, "graphs scored");
    /* all eight-bit misses the target; the two layers that quantize
     * relu2 stay float, mm1's layer is eight-bit */
    ck_assert_double_lt(all.agreement, 0.95);
    ck_assert_double_gt(s.sqnr_db, all.sqnr_db);
    ck_assert_contains(log->text, "kept 'mm2' (3 nodes) in float: eight-bit alone it gives");
    ck_assert_contains(log->text, "kept 'logits' (1 nodes) in float");
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "mm1")), "Dequantize");
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "mm2")), "MatMul");
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "logits")), "MatMul");
    tfgt_graph_free(q);

    /* keep_node by hand: exactly that node stays float */
    q = tfgt_graph_clone(g, &err);
    ck_assert_int_eq(transform(q, "quantize_nodes(keep_node=mm2)", "x", "logits", cal, log, &err),
                     TFGT_OK);
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "mm2")), "MatMul");
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "mm1")), "Dequantize");
    ck_assert_str_eq(tfgt_node_op(tfgt_graph_find_node(q, "add2")), "Dequantize");
    tfgt_graph_free(q);

    /* errors name what is missing */
    q = tfgt_graph_clone(g, &err);
    ck_assert_int_ne(transform(q, "quantize_nodes(accuracy_target=0.9)", "x", "logits", NULL, log,
                               &err), TFGT_OK);
    ck_assert_contains(err.message, "accuracy_target needs sample inputs");
    ck_assert_int_ne(transform(q, "quantize_nodes(accuracy_target=1.5)", "x", "logits", cal, log,
                               &err), TFGT_OK);
    ck_assert_contains(err.message, "accuracy_target must be above 0 and at most 1");
    ck_assert_int_ne(transform(q, "quantize_nodes(keep_node=nowhere)", "x", "logits", cal, log,
                               &err), TFGT_OK);
    ck_assert_contains(err.message, "keep_node 'nowhere' names no node");
    tfgt_graph_free(q);

    tfgt_graph_free(g);
    tfgt_calibration_free(cal);
    free(log);
}
END_TEST

Suite *tfgt_test_suite(void)
{
    Suite *s = suite_create("accuracy_aware");
    TCase *tc = tcase_create("quantize_weights");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_planted_fragile_layer_is_kept);
    tcase_add_test(tc, test_keep_node_op_and_as);
    tcase_add_test(tc, test_quantize_nodes_accuracy_target);
    tcase_add_test(tc, test_errors_name_the_transform);
    tcase_add_test(tc, test_samples_alone_change_nothing);
    tcase_add_loop_test(tc, test_bias_correction_removes_mean_shift, 0, 4);
    tcase_add_test(tc, test_bias_correction_reports_missing_bias);
    tcase_add_test(tc, test_engine_ranks_and_selects);
    tcase_add_test(tc, test_mobilenet_accuracy_target);
    suite_add_tcase(s, tc);
    return s;
}
