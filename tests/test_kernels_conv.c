/* test_kernels_conv.c - Conv2D, DepthwiseConv2dNative, Conv2DBackpropInput,
 * MaxPool, MaxPoolV2 and AvgPool: hand-checked cases, values computed by
 * TensorFlow 2.21, fast paths against the *_reference ones (selected with
 * the "_tfgt_isa" node attribute), thread counts, hostile inputs. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernels/gemm.h"
#include "testutil.h"

/* Fast float paths against the double-accumulating references. */
#define FAST_VS_REFERENCE_ATOL 1e-4
#define FAST_VS_REFERENCE_RTOL 1e-4
/* TensorFlow's float results against ours. */
#define TF_ATOL 1e-5
#define TF_RTOL 1e-5

/* Inputs of the TensorFlow references: element i of a tensor made with
 * `seed` is ((i * 7919 + seed * 104729) % 2001 - 1000) / 1000, the same
 * formula the generating Python used. */
static tfgt_tensor *pattern(int dtype, int rank, const int64_t *dims, int seed)
{
    int64_t count = 1;
    double *values;
    tfgt_tensor *t;
    for (int i = 0; i < rank; i++)
        count *= dims[i];
    values = malloc((size_t)(count > 0 ? count : 1) * sizeof(double));
    ck_assert_ptr_nonnull(values);
    for (int64_t i = 0; i < count; i++)
        values[i] = (double)((i * 7919 + (int64_t)seed * 104729) % 2001 - 1000) / 1000.0;
    t = tfgt_test_tensor(dtype, rank, dims, values);
    free(values);
    return t;
}

/* Uniform values in [-1, 1) from a fixed-seed generator. */
static tfgt_tensor *random_tensor(int rank, const int64_t *dims, uint64_t *state)
{
    tfgt_tensor *t = tfgt_test_tensor(TFGT_DT_FLOAT, rank, dims, NULL);
    float *d = t->data;
    for (int64_t i = 0; i < t->count; i++) {
        *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
        d[i] = (float)((double)(*state >> 11) / 9007199254740992.0 * 2.0 - 1.0);
    }
    return t;
}

static tfgt_tensor *ints_tensor(int dtype, int64_t n, const int64_t *values)
{
    double v[8];
    for (int64_t i = 0; i < n; i++)
        v[i] = (double)values[i];
    return tfgt_test_tensor(dtype, 1, &n, v);
}

/* Run the op; assert success; return output 0 (other outputs freed). */
static tfgt_tensor *run(const char *node, const tfgt_tensor *const *inputs, size_t n, int threads)
{
    tfgt_tensor *outputs[6];
    size_t n_outputs = 0;
    tfgt_error err;
    tfgt_status st;
    tfgt_error_clear(&err);
    st = tfgt_test_run_op(node, inputs, n, threads, outputs, 6, &n_outputs, &err);
    ck_assert_msg(st == TFGT_OK, "%s: %s", node, err.message);
    ck_assert_uint_ge(n_outputs, 1);
    for (size_t i = 1; i < n_outputs; i++)
        tfgt_tensor_free(outputs[i]);
    return outputs[0];
}

static void expect_error(const char *node, const tfgt_tensor *const *inputs, size_t n,
                         tfgt_status status, const char *text)
{
    tfgt_tensor *outputs[2];
    size_t n_outputs = 0;
    tfgt_error err;
    tfgt_status st;
    tfgt_error_clear(&err);
    st = tfgt_test_run_op(node, inputs, n, 1, outputs, 2, &n_outputs, &err);
    ck_assert_msg(st == status, "%s: status %d (%s), expected %d", node, (int)st, err.message,
                  (int)status);
    ck_assert_contains(err.message, text);
    ck_assert_uint_eq(n_outputs, 0);
}

static void expect_values(const tfgt_tensor *got, int rank, const int64_t *dims,
                          const double *values, double atol, double rtol)
{
    tfgt_tensor *expected = tfgt_test_tensor(got->dtype, rank, dims, values);
    tfgt_test_assert_close(got, expected, atol, rtol);
    tfgt_tensor_free(expected);
}

static void expect_identical(const tfgt_tensor *a, const tfgt_tensor *b)
{
    ck_assert(tfgt_tensor_same_shape(a, b));
    ck_assert_msg(memcmp(a->data, b->data, a->nbytes) == 0, "results differ");
}

/* A node's text: op, padding, 4-value strides and optional dilations,
 * data_format, explicit paddings, ksize and "_tfgt_isa". */
typedef struct node_spec {
    const char *op;
    const char *padding;
    const int64_t *strides, *dilations, *ksize, *explicit_paddings;
    const char *format;
    const char *isa;
    const char *extra; /* more attributes, verbatim */
} node_spec;

static void list_attr(char *buf, size_t size, const char *key, const int64_t *v, int n)
{
    size_t len = strlen(buf);
    len += (size_t)snprintf(buf + len, size - len, " attr { key: \"%s\" value { list {", key);
    for (int i = 0; i < n; i++)
        len += (size_t)snprintf(buf + len, size - len, " i: %lld", (long long)v[i]);
    snprintf(buf + len, size - len, " } } }");
}

static const char *node_text(char *buf, size_t size, const node_spec *s)
{
    size_t len;
    snprintf(buf, size, "name: \"n\" op: \"%s\" attr { key: \"T\" value { type: DT_FLOAT } }",
             s->op);
    if (s->padding) {
        len = strlen(buf);
        snprintf(buf + len, size - len, " attr { key: \"padding\" value { s: \"%s\" } }",
                 s->padding);
    }
    if (s->strides)
        list_attr(buf, size, "strides", s->strides, 4);
    if (s->dilations)
        list_attr(buf, size, "dilations", s->dilations, 4);
    if (s->ksize)
        list_attr(buf, size, "ksize", s->ksize, 4);
    if (s->explicit_paddings)
        list_attr(buf, size, "explicit_paddings", s->explicit_paddings, 8);
    len = strlen(buf);
    if (s->format)
        len += (size_t)snprintf(buf + len, size - len,
                                " attr { key: \"data_format\" value { s: \"%s\" } }", s->format);
    if (s->isa)
        len += (size_t)snprintf(buf + len, size - len,
                                " attr { key: \"_tfgt_isa\" value { s: \"%s\" } }", s->isa);
    if (s->extra)
        snprintf(buf + len, size - len, " %s", s->extra);
    return buf;
}

static const int64_t ONES[4] = {1, 1, 1, 1};
static const int64_t S2[4] = {1, 2, 2, 1};

/* The variants to compare with the reference: every one this CPU runs. */
static const char *const FAST_ISAS[] = {"generic", "avx2", "avx512", NULL};

static bool isa_runs(const char *name)
{
    tfgt_isa best = tfgt_isa_best();
    if (strcmp(name, "avx512") == 0)
        return best >= TFGT_ISA_AVX512;
    if (strcmp(name, "avx2") == 0)
        return best >= TFGT_ISA_AVX2;
    return true;
}

/* Run `spec` on `inputs` with every fast variant and 1 and 2 threads;
 * compare with the reference variant; the 1- and 2-thread results of a
 * variant must be identical. */
static void check_fast_vs_reference(node_spec spec, const tfgt_tensor *const *inputs, size_t n)
{
    char text[2048];
    tfgt_tensor *ref;
    spec.isa = "reference";
    ref = run(node_text(text, sizeof text, &spec), inputs, n, 1);
    for (int i = 0; FAST_ISAS[i]; i++) {
        tfgt_tensor *one, *two;
        if (!isa_runs(FAST_ISAS[i]))
            continue;
        spec.isa = FAST_ISAS[i];
        node_text(text, sizeof text, &spec);
        one = run(text, inputs, n, 1);
        two = run(text, inputs, n, 2);
        tfgt_test_assert_close(one, ref, FAST_VS_REFERENCE_ATOL, FAST_VS_REFERENCE_RTOL);
        expect_identical(one, two);
        tfgt_tensor_free(one);
        tfgt_tensor_free(two);
    }
    /* The default (best) variant too. */
    spec.isa = NULL;
    {
        tfgt_tensor *best = run(node_text(text, sizeof text, &spec), inputs, n, 2);
        tfgt_test_assert_close(best, ref, FAST_VS_REFERENCE_ATOL, FAST_VS_REFERENCE_RTOL);
        tfgt_tensor_free(best);
    }
    tfgt_tensor_free(ref);
}

/* NHWC -> NCHW copy of a float tensor. */
static tfgt_tensor *to_nchw(const tfgt_tensor *t)
{
    int64_t dims[4] = {t->dims[0], t->dims[3], t->dims[1], t->dims[2]};
    tfgt_tensor *out = tfgt_test_tensor(TFGT_DT_FLOAT, 4, dims, NULL);
    const float *s = t->data;
    float *d = out->data;
    for (int64_t n = 0; n < dims[0]; n++)
        for (int64_t c = 0; c < dims[1]; c++)
            for (int64_t h = 0; h < dims[2]; h++)
                for (int64_t w = 0; w < dims[3]; w++)
                    d[((n * dims[1] + c) * dims[2] + h) * dims[3] + w] =
                        s[((n * dims[2] + h) * dims[3] + w) * dims[1] + c];
    return out;
}

/* ---- values computed by TensorFlow 2.21 (tf.raw_ops) from pattern() inputs ---- */
/* conv_same_s2: shape [1, 3, 4, 4] */
static const double conv_same_s2[48] = {
    -0.458998024, -0.022948036, 0.413102001, 0.635044992, -1.61246681, -1.2235918, -0.834717155,
    -1.6804589, 0.364127964, -0.33763203, -1.03939188, 0.00772191258, 0.16624105, -0.138229012,
    -0.442699015, -0.0188050065, -0.338405997, -0.180051029, -0.021695992, 0.786983967,
    -2.13361216, -1.18832695, -0.243042022, 0.332058012, -1.9526819, -1.87796676, -1.80325186,
    -3.11923194, 0.366051108, -0.416288882, -1.19862878, -0.388172925, 0.191512987, -0.033397004,
    -0.25830701, -0.483216971, -0.437504977, -0.189645052, 0.0582150631, 0.306075007, -2.42965484,
    -1.74166477, -1.05367494, -0.365685046, -1.51746094, -1.63246596, -1.74747086, -1.86247587,
};
/* conv_valid_dil2: shape [2, 5, 2, 3] */
static const double conv_valid_dil2[60] = {
    -0.360998869, -0.832493961, -0.67967689, -0.890172005, -1.35835207, -1.54238999, -0.604571998,
    -0.205752015, -1.22364008, -0.547451973, 0.0247680545, -1.15989006, -0.934187949, -1.53598785,
    -1.59151506, -0.877068043, -1.30546808, -1.52776504, -0.591468036, -0.152868003, -1.20901501,
    1.27455592, 1.71647096, 0.323468953, -0.921083927, -1.48310399, -1.57688975, -0.863963902,
    -1.25258398, -1.51313996, -0.565260112, -0.0471000522, -1.17976511, 2.16719699, 2.51858711,
    0.878982067, -0.894875944, -1.37733603, -1.5476402, -0.837755978, -1.14681602, -1.48388994,
    -0.552155972, 0.00578412553, -1.16514003, 0.495458901, 0.716543972, 2.87259603, -0.881771982,
    -1.32445204, -1.53301489, -0.824651957, -1.09393203, -1.46926498, -0.539052069, 0.0586680062,
    -1.15051508, 1.88525105, 1.97603106, 3.92373896,
};
/* conv_explicit: shape [2, 5, 7, 3] */
static const double conv_explicit[210] = {
    -1.02086401, -1.26821399, -0.132872939, -0.536166072, -0.86690104, -0.155114949, -0.407646,
    -0.651681066, -0.193364978, -0.279125988, -0.436460972, -0.231615007, -0.0744479969,
    -0.150437996, -0.226428002, 0.0248259977, 0.00128099974, -0.022264, 0, 0, 0, -1.10590208,
    -1.40068197, -0.390810013, -1.04878199, -1.17016196, -0.327059954, -0.991662025, -0.939641953,
    -0.263309985, -0.934542179, -0.709121943, -0.199559987, 0.36904797, 0.577128053, 0.785207987,
    0.773066044, 0.906005979, 1.03894603, 0, 0, 0, -1.09279799, -1.34779787, -0.376185,
    -1.03567815, -1.11727798, -0.312434971, -0.978558064, -0.88675797, -0.248685092, -0.921438098,
    -0.6562379, -0.184934914, 0.428288996, 0.662889063, 0.897488952, 0.801925957, 0.948126018,
    1.0943259, 0, 0, 0, -1.07969403, -1.29491401, -0.361560047, -1.02257407, -1.064394,
    -0.297810018, -0.965454042, -0.833873868, -0.23405996, -0.0419011414, 0.0929940343,
    0.355952978, 2.37447309, 2.46550798, 2.55654311, -0.265761942, -0.276387036, -0.287011981, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.194885999, 0.357320994,
    -0.372690052, 0.323406011, 0.572541058, -0.410940051, 0.451925993, 0.787760973, -0.44919008,
    2.38934994, 2.64179993, 0.981293976, -0.318969011, -0.178463995, -0.0379590541, -0.244087994,
    -0.244427994, -0.244767994, 0, 0, 0, 0.116550058, -0.0389999449, -1.16503501, 0.173669934,
    0.191519886, -1.10128498, 0.230790019, 0.422039866, -1.03753519, 2.09681416, 2.29137897,
    0.494949073, -0.481137007, -0.350321949, -0.219507068, -0.222471997, -0.213207006,
    -0.203942001, 0, 0, 0, 0.12965402, 0.0138838887, -1.15040994, 0.186774105, 0.244404048,
    -1.08665991, 0.243894055, 0.474923968, -1.02291, 0.425076008, 0.489336014, 2.48856306,
    -1.08622801, -1.09897792, -1.11172795, 0.162565991, 0.015006002, -0.13255401, 0, 0, 0,
    0.142758042, 0.0667679906, -1.13578498, 0.199878067, 0.297288001, -1.07203496, 0.256998032,
    0.527808011, -1.00828505, 0.43817997, 0.542219937, 2.50318813, -1.02698696, -1.01321697,
    -0.999446988, 0.191425994, 0.0571260005, -0.0771740004, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};
/* conv_nchw_same: shape [1, 2, 5, 2] */
static const double conv_nchw_same[20] = {
    -0.764119148, -0.641209006, 1.025442, 0.839801788, 0.654162049, 0.468522012, 1.30739391,
    -0.83722502, 0.267436951, 0.432608038, -1.15802491, -1.20188487, 0.738705099, 0.132824957,
    -0.473054975, -1.07893503, -0.83038801, 0.438668847, -0.616834342, -0.788517773,
};
/* conv_grouped: shape [1, 4, 5, 6] */
static const double conv_grouped[120] = {
    -0.214541987, 0.00645797886, 0.22745797, 0.73813802, -0.736166954, -0.399567038, 1.18254888,
    1.51736426, 1.85217893, 0.72268492, 1.89323092, 1.36492789, -1.24970102, -1.07834101,
    -0.906980932, -0.152907059, -0.676581085, -2.21876383, 2.95736742, 2.79518723, 2.63300681,
    -0.872420907, 0.913685977, 2.361624, -0.376886994, -0.652882099, -0.928876996, -0.85766995,
    -0.169640899, 0.596426904, -0.395252973, -0.217262983, -0.039272964, 0.513566971, 0.258653939,
    -0.256389081, -1.04925311, -0.692252994, -0.33525297, 0.794306993, -0.725661099, -2.08955097,
    2.59109378, 2.95803905, 3.32498384, 0.622568965, 1.58578181, 2.70507288, -1.01418006,
    -1.14754498, -1.2809099, -0.401595086, -1.29937208, -2.04107094, 1.75478399, 1.44240904,
    1.13003385, -0.648170948, 0.663579047, 2.46957612, -0.137897924, -0.266927958, -0.395958036,
    -0.150138006, 0.492531002, 0.272768945, -0.340259939, -0.273705006, -0.207150012, 0.391845047,
    -0.0438810326, -0.323529094, -1.10611475, -0.689444959, -0.272774965, 0.91645503,
    -0.699921072, -2.16021919, 1.16554773, 1.42207813, 1.67860806, 0.744717002, 1.61152196,
    2.63440514, -0.528732002, -0.467786878, -0.406841964, 0.30733189, -1.40929794, -2.02938008,
    0.117365994, -0.0709939897, -0.259354025, -0.237593979, -0.0502239875, 0.215185031,
    0.016698055, -0.0924420133, -0.201582, -0.0154319797, -0.371381998, 0.291177005, -0.433121949,
    -0.195462003, 0.0421980023, 0.575147927, -0.114342079, -0.465662986, -0.402701944,
    -0.158411995, 0.0858780071, 0.625458002, -0.737742066, -2.44311309, -0.260343105,
    -0.095273003, 0.0697969124, 0.418467015, 0.699137092, 1.50006711,
};
/* dw_same_s2_m2: shape [1, 3, 3, 6] */
static const double dw_same_s2_m2[54] = {
    1.71340489, 1.70218503, 1.87634993, 0.859955966, 0.669923902, 0.575318933, 0.722985029,
    0.743640006, -0.972611964, 0.877949893, 1.7439661, 1.72458613, -0.824585974, -0.785825968,
    -0.51562798, -0.603603005, -0.707606912, -0.752232015, 0.864050984, 0.962735951, -0.658145964,
    1.1707319, 1.98905385, 2.004354, -1.14066601, -1.04019606, -0.635612965, 0.196214959,
    0.0434971191, 0.103932016, 0.105848961, 0.0844289884, 0.158379078, 0.180309027, -0.912338912,
    -0.847059011, -0.749190986, -0.826880932, -0.75760603, -0.0480169915, -0.416303992,
    -0.436194032, -0.0427230448, 0.0358169898, 0.289797008, 0.149556026, -1.011186, -0.845946014,
    -0.472881943, -0.460557014, -0.30458197, -0.263357013, 1.58812201, 1.65824699,
};
/* dw_valid_dil2: shape [1, 2, 3, 3] */
static const double dw_valid_dil2[18] = {
    0.0933839679, 0.259133995, -0.314828992, 1.27788305, 1.40359795, -0.268928945, -0.0888929442,
    -0.00321303285, 1.77797103, -0.995624959, -0.859964967, -0.559566021, -0.69957, -0.527907014,
    -0.94788301, -0.15739204, -0.101801954, -0.901983023,
};
/* dw_explicit: shape [1, 6, 3, 3] */
static const double dw_explicit[54] = {
    0.75620997, 0.911419988, 0.921000004, -0.964346945, -0.950747013, -0.0858359933, -0.246776998,
    -0.146476999, -0.21537599, 0.44501403, 0.650373995, -0.806210995, 0.587900996, 0.745150983,
    -0.768663049, -0.159990013, -1.3220861, -0.0191790462, -0.563327968, -0.412878007,
    0.563313007, 0.540837049, 0.63161695, 0.532958984, 0.490625978, 0.369270056, -0.829967976,
    0.400364965, 0.535770059, -1.09237802, -0.416106045, -1.50799191, -0.184014022, -0.59838295,
    0.270681024, 0.494079024, 0.343548, 0.463907987, 0.273441017, 0.535904944, 0.434439033,
    -0.822947979, -0.666881979, -0.546266973, 1.26985192, -0.733778954, -0.628463984, 0.618750036,
    -0.553103983, 0.33585, 0.501098931, 0.285128981, 0.375654042, -0.389591992,
};
/* dw_nchw_same: shape [1, 6, 6, 5] */
static const double dw_nchw_same[180] = {
    -0.306318998, -0.900297046, -0.368213981, -0.934679985, -0.455962002, 1.71340489, 1.0752331,
    0.722985029, -0.727812052, -0.824585974, -0.402117044, -1.07620203, -0.564018011, 2.46542406,
    0.111867011, 0.864050984, -0.710378945, -1.14066601, -1.17275405, 0.105848961, 0.0111599434,
    2.48285675, 1.11009908, -0.806931019, -0.842639983, -0.749190986, -0.308943033, -0.0427230448,
    1.72024488, -0.472881943, -0.247074008, -0.831446886, -0.33939898, -0.945900023, -0.476787001,
    1.70218503, 1.07089794, 0.743640006, -0.682166934, -0.785825968, -0.273342013, -0.95558691,
    -0.418413013, 2.46593404, 0.120536976, 0.962735951, -0.63489902, -1.04019606, -1.21737897,
    0.0844289884, 0.0797550306, 2.51320219, 1.165434, -0.896691024, -0.894149959, -0.826880932,
    -0.36045301, 0.0358169898, 1.75875008, -0.460557014, -0.03091898, -0.657281995, -1.16775,
    -0.793775976, 0.564436972, 1.87634993, 1.23460793, -0.972611964, -1.35291898, -0.51562798,
    -0.921662986, -0.608897984, 2.13035417, 0.807575941, -0.581826031, -0.658145964, -1.27581608,
    -0.635612965, -1.09395897, 0.158379078, 1.49031293, 0.884679079, 0.58241111, -0.818405926,
    -0.85029, -0.75760603, -0.236523017, 0.289797008, 1.97269499, -0.30458197, 1.55997705,
    0.447413981, -0.783428967, -0.95974499, 0.402427018, 0.859955966, -0.263480991, 0.877949893,
    0.0123779876, -0.603603005, -0.515420973, -0.699396014, 1.38450611, -0.423537046,
    -0.699891031, 1.1707319, 0.0412769131, 0.196214959, -0.747395992, 0.180309027, 0.737826049,
    -0.394637942, -1.18217099, 0.935747981, -0.858449996, -0.0480169915, 0.00344098243,
    0.149556026, 1.28216398, -0.263357013, 0.468135059, 0.377442062, -0.859419048, -1.07577002,
    0.281726986, 0.669923902, 0.111311965, 1.7439661, 0.393128991, -0.707606912, -1.119735,
    -1.77444005, -0.345888019, 1.36480498, 0.618740916, 1.98905385, 0.373824, 0.0434971191,
    -1.38537896, -0.912338912, -1.02521706, 1.34550023, 0.0727019757, 1.70535588, -0.528461993,
    -0.416303992, -0.777095973, -1.011186, -0.428867936, 1.58812201, 0.415095031, 0.362907022,
    -0.913989067, -1.17037499, 0.148617029, 0.575318933, 0.066941984, 1.72458613, 0.39873898,
    -0.752232015, -1.07434499, -1.69386005, -0.410402983, 1.32527983, 0.544025958, 2.004354,
    0.409268945, 0.103932016, -1.29995406, -0.847059011, -1.040007, 1.33580995, 0.0880020037,
    1.745646, -0.493272096, -0.436194032, -0.741906047, -0.845946014, -0.303662956, 1.65824699,
};
/* bpi_same_s2: shape [1, 5, 7, 2] */
static const double bpi_same_s2[70] = {
    -0.44075498, -0.626637995, 0.412858039, 1.04857302, -0.693204999, -1.19426799, 0.41821295,
    1.44407809, -0.945654929, -1.76189804, -1.72350502, -1.32800007, 2.621804, 0.469870955,
    1.58296609, 1.27314103, -0.854635, 0.432623088, 1.58832097, 1.66864598, -0.843924999,
    -0.307132006, 1.59367597, 2.06415105, -1.09534609, -2.32952785, -0.704119921, -0.864005029,
    0.530434966, 1.55706811, 0.392257065, -0.472957939, 0.277984947, 0.989437997, 0.397612005,
    -0.0774529874, 0.0255349819, 0.421808004, 0.402966976, 0.318051994, -0.226915002,
    -0.145822003, -1.59521306, -1.87520301, 0.797009051, 0.02487804, -1.58985794, -1.47969806,
    0.807719052, -0.71487689, -1.58450305, -1.08419299, -0.970465064, 3.233711, 1.57843006,
    0.938124955, -0.479364961, -0.713451982, 0.413677007, 1.10906196, -0.731814981, -1.28108203,
    0.419032037, 1.50456691, -0.98426497, -1.84871209, -2.54109502, -2.59617519, 0.744274914,
    2.037884,
};
/* bpi_valid_s2: shape [1, 6, 7, 2] */
static const double bpi_valid_s2[84] = {
    -0.503401041, 0.925876975, 0.628292024, 0.330707014, -0.242308989, 0.0639490113, 0.225901991,
    0.123392001, -0.0265789982, -0.350681007, -0.176488012, -0.0839230046, 0.00864199921,
    0.101207003, -0.562048018, -0.859632969, 0.229474947, 0.880364001, 0.39864102, -0.00145400595,
    -0.0229749996, 0.312734008, 0.403995991, 0.394050986, -0.275424987, -0.254895985, -0.162331,
    -0.0697659999, 0.168117985, -1.176494, -1.18643904, -1.19638395, 0.594046891, -0.442395866,
    -1.18108404, -0.800879002, 0.604757071, -1.18215096, -1.17572916, -0.405373991, -0.289346009,
    0.408973008, 0.571681976, 0.859322011, -0.527874947, -0.822526038, 0.414706022, 1.18506098,
    -0.780324996, -1.39015603, 0.420060992, 1.58056593, -1.03277493, -1.95778596, -1.27999604,
    -0.602205992, 0.0403940007, 0.328033984, 0.615674019, 0.903313994, -0.425893992, -0.237829983,
    1.02341902, 1.50613403, -0.630914032, -0.562955022, 1.43116391, 2.10895395, -0.92911303,
    -1.85412395, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};
/* bpi_valid_dil2: shape [1, 6, 7, 2] */
static const double bpi_valid_dil2[84] = {
    2.58320594, -0.783559084, -0.880668998, 1.91462302, -1.23123813, 0.943638921, 1.29420805,
    0.673793018, 0.723318994, 0.502999008, 0.0533780009, -0.567036986, 0.0411380045, -0.384201974,
    -0.424729019, 0.719693005, -0.196759, 0.122227997, 0.520639002, -0.21607402, 0.0870379955,
    0.0518479981, -0.286453992, -0.356833994, 0.0166580006, -0.0185319986, 0.00441799872,
    0.16430299, 0.241541028, 0.446561068, -1.18745196, -1.80786705, -0.0659149289, -1.9870851,
    0.647254944, 1.819736, -0.152378023, 0.909943104, 1.19932103, 0.578906, 0.826766014,
    0.401425987, -0.431632012, -0.661897004, -0.0537219979, -0.0889119953, 0.466542989,
    1.16854894, -0.110095002, 0.116846003, 0.0916660428, -0.226837993, 0.0816559941, 0.0464660004,
    -0.290899009, -0.131014004, -0.137143001, 0.0678769872, -0.0415090024, -0.661924005,
    0.248982996, 0.0286630392, -1.28233898, -1.90275395, -0.0996109247, -2.02078104, 0.552367985,
    1.72484899, 0.329753011, 1.18705404, -0.00631899992, -0.236584008, 0.0112760002,
    -0.0239139982, -0.437977999, -0.508358002, -0.0591039993, -0.0942940041, 0.455779016,
    1.15778506, -0.115476996, 0.111463994, -0.338092029, -0.426330984,
};
/* avg_same_3s2: shape [1, 3, 4, 2] */
static const double avg_same_3s2[24] = {
    0.147500008, 0.0624999925, -0.107500017, -0.192499995, -0.114, -0.199000001, 0.298000008,
    0.213, 0.0299999937, -0.0550000034, -0.00266666221, -0.087666668, 0.102000006, 0.0170000065,
    -0.152999997, -0.237999991, 0.079249993, 0.494499981, 0.324499995, 0.239500001, -0.0155000044,
    -0.100499995, -0.270500004, -0.355500013,
};
/* max_same_3s2: shape [1, 3, 4, 2] */
static const double max_same_3s2[24] = {
    0.638000011, 0.552999973, 0.467999995, 0.382999986, 0.977999985, 0.893000007, 0.977999985,
    0.893000007, 0.638000011, 0.552999973, 0.93900001, 0.853999972, 0.93900001, 0.853999972,
    0.598999977, 0.513999999, 0.899999976, 0.985000014, 0.899999976, 0.814999998, 0.560000002,
    0.474999994, 0.219999999, 0.135000005,
};
/* max_valid_2x3: shape [1, 4, 3, 2] */
static const double max_valid_2x3[24] = {
    0.638000011, 0.552999973, 0.298000008, 0.213, 0.977999985, 0.893000007, 0.638000011,
    0.552999973, 0.93900001, 0.853999972, 0.768999994, 0.684000015, 0.259000003, 0.173999995,
    0.93900001, 0.853999972, 0.768999994, 0.684000015, 0.899999976, 0.985000014, 0.730000019,
    0.644999981, 0.389999986, 0.305000007,
};
/* avg_valid_2x3: shape [1, 4, 3, 2] */
static const double avg_valid_2x3[24] = {
    0.0624999963, -0.0224999934, -0.277500004, -0.362499982, 0.0495000035, -0.0355000012,
    -0.127000019, -0.212000012, 0.200000003, 0.115000002, 0.193499982, 0.108500004, -0.316499978,
    -0.401499987, 0.0105000036, -0.074500002, 0.00400000811, -0.0810000002, 0.160999998,
    0.409500003, 0.154499993, 0.0695000142, -0.185500011, -0.270499974,
};
/* max_explicit: shape [1, 3, 4, 2] */
static const double max_explicit[24] = {
    0.638000011, 0.552999973, 0.298000008, 0.213, 0.977999985, 0.893000007, 0.808000028,
    0.72299999, 0.638000011, 0.552999973, 0.93900001, 0.853999972, 0.768999994, 0.684000015,
    0.42899999, 0.344000012, 0.899999976, 0.985000014, 0.730000019, 0.644999981, 0.389999986,
    0.305000007, 0.0500000007, -0.0350000001,
};

/* ---- hand-checked ---- */

START_TEST(test_conv2d_hand)
{
    static const double image[9] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    static const double ones[4] = {1, 1, 1, 1};
    /* VALID: sums of 2x2 windows; SAME pads one row/column after. */
    static const double valid[4] = {12, 16, 24, 28};
    static const double same[9] = {12, 16, 9, 24, 28, 15, 15, 17, 9};
    int64_t in_dims[4] = {1, 3, 3, 1}, f_dims[4] = {2, 2, 1, 1};
    int64_t valid_dims[4] = {1, 2, 2, 1};
    tfgt_tensor *in = tfgt_test_tensor(TFGT_DT_FLOAT, 4, in_dims, image);
    tfgt_tensor *f = tfgt_test_tensor(TFGT_DT_FLOAT, 4, f_dims, ones);
    const tfgt_tensor *inputs[2] = {in, f};
    char text[2048];
    node_spec spec = {"Conv2D", "VALID", ONES, NULL, NULL, NULL, NULL, NULL, NULL};
    tfgt_tensor *out = run(node_text(text, sizeof text, &spec), inputs, 2, 1);
    expect_values(out, 4, valid_dims, valid, 0, 0);
    tfgt_tensor_free(out);
    spec.padding = "SAME";
    out = run(node_text(text, sizeof text, &spec), inputs, 2, 1);
    expect_values(out, 4, in_dims, same, 0, 0);
    tfgt_tensor_free(out);
    /* int32 and double give the same sums. */
    for (int t = 0; t < 2; t++) {
        int dtype = t ? TFGT_DT_INT32 : TFGT_DT_DOUBLE;
        tfgt_tensor *ti = tfgt_test_tensor(dtype, 4, in_dims, image);
        tfgt_tensor *tf = tfgt_test_tensor(dtype, 4, f_dims, ones);
        const tfgt_tensor *typed[2] = {ti, tf};
        out = run(node_text(text, sizeof text, &spec), typed, 2, 1);
        expect_values(out, 4, in_dims, same, 0, 0);
        tfgt_tensor_free(out);
        tfgt_tensor_free(ti);
        tfgt_tensor_free(tf);
    }
    tfgt_tensor_free(in);
    tfgt_tensor_free(f);
}
END_TEST

START_TEST(test_pool_hand)
{
    /* 3x3 image 1..9, 2x2 windows, stride 2, SAME: one padded row and
     * column; the average divides by the elements inside. */
    static const double image[9] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    static const double avg[4] = {3, 4.5, 7.5, 9};
    static const double max[4] = {5, 6, 8, 9};
    int64_t in_dims[4] = {1, 3, 3, 1}, out_dims[4] = {1, 2, 2, 1};
    static const int64_t k2[4] = {1, 2, 2, 1};
    tfgt_tensor *in = tfgt_test_tensor(TFGT_DT_FLOAT, 4, in_dims, image);
    const tfgt_tensor *inputs[1] = {in};
    char text[2048];
    node_spec spec = {"AvgPool", "SAME", S2, NULL, k2, NULL, NULL, NULL, NULL};
    tfgt_tensor *out = run(node_text(text, sizeof text, &spec), inputs, 1, 1);
    expect_values(out, 4, out_dims, avg, 0, 0);
    tfgt_tensor_free(out);
    spec.op = "MaxPool";
    out = run(node_text(text, sizeof text, &spec), inputs, 1, 1);
    expect_values(out, 4, out_dims, max, 0, 0);
    tfgt_tensor_free(out);
    /* Every MaxPool type gives the same maxima; int types too. */
    {
        static const int types[] = {TFGT_DT_DOUBLE, TFGT_DT_INT32, TFGT_DT_INT64, TFGT_DT_UINT8,
                                    TFGT_DT_INT8,   TFGT_DT_INT16, TFGT_DT_UINT16, TFGT_DT_HALF,
                                    TFGT_DT_BFLOAT16};
        for (size_t t = 0; t < sizeof types / sizeof types[0]; t++) {
            tfgt_tensor *ti = tfgt_test_tensor(types[t], 4, in_dims, image);
            const tfgt_tensor *typed[1] = {ti};
            out = run(node_text(text, sizeof text, &spec), typed, 1, 1);
            expect_values(out, 4, out_dims, max, 0, 0);
            tfgt_tensor_free(out);
            tfgt_tensor_free(ti);
        }
    }
    /* MaxPoolV2 takes ksize and strides as inputs. */
    {
        tfgt_tensor *ks = ints_tensor(TFGT_DT_INT32, 4, k2), *st = ints_tensor(TFGT_DT_INT64, 4, S2);
        const tfgt_tensor *v2[3] = {in, ks, st};
        node_spec s2 = {"MaxPoolV2", "SAME", NULL, NULL, NULL, NULL, NULL, NULL, NULL};
        out = run(node_text(text, sizeof text, &s2), v2, 3, 1);
        expect_values(out, 4, out_dims, max, 0, 0);
        tfgt_tensor_free(out);
        tfgt_tensor_free(ks);
        tfgt_tensor_free(st);
    }
    /* An all -inf window gives the lowest float, as TensorFlow does. */
    {
        static const double minus_inf[9] = {-INFINITY, -INFINITY, -INFINITY, -INFINITY, -INFINITY,
                                            -INFINITY, -INFINITY, -INFINITY, -INFINITY};
        tfgt_tensor *ti = tfgt_test_tensor(TFGT_DT_FLOAT, 4, in_dims, minus_inf);
        const tfgt_tensor *typed[1] = {ti};
        out = run(node_text(text, sizeof text, &spec), typed, 1, 1);
        ck_assert(((float *)out->data)[0] == -3.40282347e38f);
        tfgt_tensor_free(out);
        tfgt_tensor_free(ti);
    }
    tfgt_tensor_free(in);
}
END_TEST

/* ---- TensorFlow references ---- */

typedef struct tf_case {
    node_spec spec;
    int64_t in_dims[4], f_dims[4], out_dims[4];
    int in_seed, f_seed;
    const double *expected;
} tf_case;

static void check_tf_case(const tf_case *c, bool filter)
{
    char text[2048];
    tfgt_tensor *in = pattern(TFGT_DT_FLOAT, 4, c->in_dims, c->in_seed);
    tfgt_tensor *f = filter ? pattern(TFGT_DT_FLOAT, 4, c->f_dims, c->f_seed) : NULL;
    const tfgt_tensor *inputs[2] = {in, f};
    node_spec spec = c->spec;
    tfgt_tensor *out;
    for (int variant = 0; variant < 3; variant++) {
        spec.isa = variant == 0 ? NULL : variant == 1 ? "reference" : "generic";
        out = run(node_text(text, sizeof text, &spec), inputs, filter ? 2 : 1, 2);
        expect_values(out, 4, c->out_dims, c->expected, TF_ATOL, TF_RTOL);
        tfgt_tensor_free(out);
    }
    tfgt_tensor_free(in);
    tfgt_tensor_free(f);
}

static const int64_t EXPLICIT_CONV[8] = {0, 0, 1, 2, 0, 3, 0, 0};
static const int64_t EXPLICIT_DW[8] = {0, 0, 2, 0, 1, 1, 0, 0};
static const int64_t EXPLICIT_POOL[8] = {0, 0, 1, 1, 0, 1, 0, 0};
static const int64_t D2[4] = {1, 2, 2, 1};
static const int64_t S21[4] = {1, 2, 1, 1};
static const int64_t S12[4] = {1, 1, 2, 1};
static const int64_t NCHW_S2W[4] = {1, 1, 1, 2};
static const int64_t K33[4] = {1, 3, 3, 1};
static const int64_t K23[4] = {1, 2, 3, 1};
static const int64_t K32[4] = {1, 3, 2, 1};

START_TEST(test_conv2d_tf)
{
    const tf_case cases[] = {
        {{"Conv2D", "SAME", S2, NULL, NULL, NULL, NULL, NULL, NULL},
         {1, 5, 7, 3}, {3, 3, 3, 4}, {1, 3, 4, 4}, 1, 2, conv_same_s2},
        {{"Conv2D", "VALID", ONES, D2, NULL, NULL, NULL, NULL, NULL},
         {2, 7, 6, 2}, {2, 3, 2, 3}, {2, 5, 2, 3}, 3, 4, conv_valid_dil2},
        {{"Conv2D", "EXPLICIT", S21, NULL, NULL, EXPLICIT_CONV, NULL, NULL, NULL},
         {2, 7, 6, 2}, {2, 3, 2, 3}, {2, 5, 7, 3}, 3, 4, conv_explicit},
        {{"Conv2D", "SAME", NCHW_S2W, NULL, NULL, NULL, "NCHW", NULL, NULL},
         {1, 3, 5, 4}, {3, 2, 3, 2}, {1, 2, 5, 2}, 5, 6, conv_nchw_same},
        {{"Conv2D", "SAME", ONES, NULL, NULL, NULL, NULL, NULL, NULL},
         {1, 4, 5, 4}, {3, 3, 2, 6}, {1, 4, 5, 6}, 7, 8, conv_grouped},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_tf_case(&cases[i], true);
}
END_TEST

START_TEST(test_depthwise_tf)
{
    const tf_case cases[] = {
        {{"DepthwiseConv2dNative", "SAME", S2, NULL, NULL, NULL, NULL, NULL, NULL},
         {1, 6, 5, 3}, {3, 3, 3, 2}, {1, 3, 3, 6}, 9, 10, dw_same_s2_m2},
        {{"DepthwiseConv2dNative", "VALID", ONES, D2, NULL, NULL, NULL, NULL, NULL},
         {1, 6, 5, 3}, {3, 2, 3, 1}, {1, 2, 3, 3}, 9, 11, dw_valid_dil2},
        {{"DepthwiseConv2dNative", "EXPLICIT", S12, NULL, NULL, EXPLICIT_DW, NULL, NULL, NULL},
         {1, 6, 5, 3}, {3, 2, 3, 1}, {1, 6, 3, 3}, 9, 11, dw_explicit},
    };
    char text[2048];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_tf_case(&cases[i], true);
    /* NCHW: the NHWC case above transposed (TensorFlow computed it NHWC). */
    {
        int64_t in_dims[4] = {1, 6, 5, 3}, f_dims[4] = {3, 3, 3, 2}, out_dims[4] = {1, 6, 6, 5};
        tfgt_tensor *nhwc = pattern(TFGT_DT_FLOAT, 4, in_dims, 9);
        tfgt_tensor *in = to_nchw(nhwc), *f = pattern(TFGT_DT_FLOAT, 4, f_dims, 10);
        const tfgt_tensor *inputs[2] = {in, f};
        node_spec spec = {"DepthwiseConv2dNative", "SAME", ONES, NULL, NULL, NULL, "NCHW", NULL,
                          NULL};
        for (int variant = 0; variant < 2; variant++) {
            tfgt_tensor *out;
            spec.isa = variant ? "reference" : NULL;
            out = run(node_text(text, sizeof text, &spec), inputs, 2, 1);
            expect_values(out, 4, out_dims, dw_nchw_same, TF_ATOL, TF_RTOL);
            tfgt_tensor_free(out);
        }
        tfgt_tensor_free(nhwc);
        tfgt_tensor_free(in);
        tfgt_tensor_free(f);
    }
}
END_TEST

START_TEST(test_backprop_input_tf)
{
    static const struct {
        node_spec spec;
        int64_t sizes[4], f_dims[4], dy_dims[4];
        int f_seed, dy_seed;
        const double *expected;
    } cases[] = {
        {{"Conv2DBackpropInput", "SAME", S2, NULL, NULL, NULL, NULL, NULL, NULL},
         {1, 5, 7, 2}, {3, 3, 2, 3}, {1, 3, 4, 3}, 12, 13, bpi_same_s2},
        {{"Conv2DBackpropInput", "VALID", S2, NULL, NULL, NULL, NULL, NULL, NULL},
         {1, 6, 7, 2}, {3, 3, 2, 3}, {1, 2, 3, 3}, 12, 14, bpi_valid_s2},
        {{"Conv2DBackpropInput", "VALID", ONES, D2, NULL, NULL, NULL, NULL, NULL},
         {1, 6, 7, 2}, {3, 3, 2, 3}, {1, 2, 3, 3}, 12, 15, bpi_valid_dil2},
    };
    char text[2048];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        tfgt_tensor *sizes = ints_tensor(TFGT_DT_INT32, 4, cases[i].sizes);
        tfgt_tensor *f = pattern(TFGT_DT_FLOAT, 4, cases[i].f_dims, cases[i].f_seed);
        tfgt_tensor *dy = pattern(TFGT_DT_FLOAT, 4, cases[i].dy_dims, cases[i].dy_seed);
        const tfgt_tensor *inputs[3] = {sizes, f, dy};
        node_spec spec = cases[i].spec;
        for (int variant = 0; variant < 3; variant++) {
            tfgt_tensor *out;
            spec.isa = variant == 0 ? NULL : variant == 1 ? "reference" : "generic";
            out = run(node_text(text, sizeof text, &spec), inputs, 3, 2);
            expect_values(out, 4, cases[i].sizes, cases[i].expected, TF_ATOL, TF_RTOL);
            tfgt_tensor_free(out);
        }
        /* input_sizes may give the spatial sizes only. */
        {
            int64_t hw[2] = {cases[i].sizes[1], cases[i].sizes[2]};
            tfgt_tensor *sizes2 = ints_tensor(TFGT_DT_INT64, 2, hw), *out;
            const tfgt_tensor *inputs2[3] = {sizes2, f, dy};
            spec.isa = NULL;
            out = run(node_text(text, sizeof text, &spec), inputs2, 3, 1);
            expect_values(out, 4, cases[i].sizes, cases[i].expected, TF_ATOL, TF_RTOL);
            tfgt_tensor_free(out);
            tfgt_tensor_free(sizes2);
        }
        tfgt_tensor_free(sizes);
        tfgt_tensor_free(f);
        tfgt_tensor_free(dy);
    }
}
END_TEST

START_TEST(test_pool_tf)
{
    const tf_case cases[] = {
        {{"AvgPool", "SAME", S2, NULL, K33, NULL, NULL, NULL, NULL},
         {1, 5, 7, 2}, {0, 0, 0, 0}, {1, 3, 4, 2}, 16, 0, avg_same_3s2},
        {{"MaxPool", "SAME", S2, NULL, K33, NULL, NULL, NULL, NULL},
         {1, 5, 7, 2}, {0, 0, 0, 0}, {1, 3, 4, 2}, 16, 0, max_same_3s2},
        {{"MaxPool", "VALID", S12, NULL, K23, NULL, NULL, NULL, NULL},
         {1, 5, 7, 2}, {0, 0, 0, 0}, {1, 4, 3, 2}, 16, 0, max_valid_2x3},
        {{"AvgPool", "VALID", S12, NULL, K23, NULL, NULL, NULL, NULL},
         {1, 5, 7, 2}, {0, 0, 0, 0}, {1, 4, 3, 2}, 16, 0, avg_valid_2x3},
        {{"MaxPool", "EXPLICIT", S2, NULL, K32, EXPLICIT_POOL, NULL, NULL, NULL},
         {1, 5, 7, 2}, {0, 0, 0, 0}, {1, 3, 4, 2}, 16, 0, max_explicit},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_tf_case(&cases[i], false);
}
END_TEST

/* ---- Conv2DBackpropInput is the adjoint of Conv2D ----
 * <conv(x, f), dy> == <x, backprop_input(dy, f)> for every geometry. */

static double dot(const tfgt_tensor *a, const tfgt_tensor *b)
{
    double s = 0.0;
    ck_assert_int_eq(a->count, b->count);
    for (int64_t i = 0; i < a->count; i++)
        s += (double)((const float *)a->data)[i] * ((const float *)b->data)[i];
    return s;
}

START_TEST(test_backprop_adjoint)
{
    static const int64_t EXPLICIT[8] = {0, 0, 2, 1, 0, 2, 0, 0};
    static const int64_t EXPLICIT_NCHW[8] = {0, 0, 0, 0, 1, 0, 2, 2};
    static const int64_t S3[4] = {1, 3, 2, 1};
    static const int64_t NCHW_S2[4] = {1, 1, 2, 2};
    static const int64_t NCHW_D2[4] = {1, 1, 2, 1};
    static const struct {
        const char *padding;
        const int64_t *strides, *dilations, *explicit_paddings;
        const char *format;
        int64_t in_dims[4], f_dims[4];
    } cases[] = {
        {"SAME", S2, NULL, NULL, NULL, {2, 9, 8, 3}, {3, 3, 3, 5}},
        {"VALID", S3, D2, NULL, NULL, {1, 11, 10, 4}, {3, 2, 4, 2}},
        {"EXPLICIT", ONES, NULL, EXPLICIT, NULL, {1, 6, 5, 2}, {4, 3, 2, 3}},
        {"SAME", ONES, NULL, NULL, NULL, {2, 5, 4, 6}, {1, 1, 6, 7}},
        {"SAME", NCHW_S2, NCHW_D2, NULL, "NCHW", {1, 3, 9, 7}, {2, 3, 3, 4}},
        {"EXPLICIT", NCHW_S2, NULL, EXPLICIT_NCHW, "NCHW", {2, 2, 5, 6}, {2, 2, 2, 3}},
    };
    uint64_t state = 42;
    char text[2048];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        node_spec conv = {"Conv2D", cases[i].padding, cases[i].strides, cases[i].dilations, NULL,
                          cases[i].explicit_paddings, cases[i].format, NULL, NULL};
        node_spec back = conv;
        tfgt_tensor *x = random_tensor(4, cases[i].in_dims, &state);
        tfgt_tensor *f = random_tensor(4, cases[i].f_dims, &state);
        const tfgt_tensor *conv_in[2] = {x, f};
        tfgt_tensor *y = run(node_text(text, sizeof text, &conv), conv_in, 2, 1);
        tfgt_tensor *dy = random_tensor(4, y->dims, &state);
        tfgt_tensor *sizes = ints_tensor(TFGT_DT_INT32, 4, cases[i].in_dims);
        const tfgt_tensor *back_in[3] = {sizes, f, dy};
        tfgt_tensor *dx;
        double lhs, rhs;
        back.op = "Conv2DBackpropInput";
        dx = run(node_text(text, sizeof text, &back), back_in, 3, 2);
        lhs = dot(y, dy);
        rhs = dot(x, dx);
        ck_assert_msg(fabs(lhs - rhs) <= 1e-4 * (1.0 + fabs(lhs)), "case %zu: %g vs %g", i, lhs,
                      rhs);
        check_fast_vs_reference(back, back_in, 3);
        check_fast_vs_reference(conv, conv_in, 2);
        tfgt_tensor_free(x);
        tfgt_tensor_free(f);
        tfgt_tensor_free(y);
        tfgt_tensor_free(dy);
        tfgt_tensor_free(sizes);
        tfgt_tensor_free(dx);
    }
}
END_TEST

/* ---- fast paths against the references, MobileNet shapes ---- */

START_TEST(test_conv2d_fast)
{
    static const struct {
        const char *padding;
        const int64_t *strides, *dilations;
        const char *format;
        int64_t in_dims[4], f_dims[4];
    } cases[] = {
        {"SAME", ONES, NULL, NULL, {1, 56, 56, 32}, {1, 1, 32, 64}},  /* pointwise */
        {"SAME", S2, NULL, NULL, {1, 112, 112, 3}, {3, 3, 3, 8}},     /* first layer */
        {"VALID", ONES, NULL, NULL, {2, 7, 5, 13}, {1, 1, 13, 17}},   /* odd sizes */
        {"SAME", S2, NULL, NULL, {1, 7, 5, 13}, {1, 1, 13, 33}},      /* strided 1x1 */
        {"SAME", ONES, D2, NULL, {1, 9, 11, 5}, {3, 3, 5, 7}},
        {"VALID", S2, NULL, NULL, {3, 8, 6, 4}, {5, 3, 2, 6}},        /* 2 groups */
        {"SAME", ONES, NULL, "NCHW", {1, 24, 7, 5}, {1, 1, 24, 40}},  /* NCHW pointwise */
        {"SAME", S2, NULL, "NCHW", {2, 6, 7, 5}, {3, 3, 6, 9}},
        /* short windows (computed directly): 8-pixel blocks and borders */
        {"SAME", ONES, NULL, NULL, {2, 9, 21, 3}, {3, 3, 3, 5}},
        {"SAME", S2, NULL, NULL, {1, 33, 37, 4}, {3, 3, 4, 17}},
        {"VALID", ONES, NULL, NULL, {1, 6, 30, 2}, {5, 5, 2, 40}},
        {"SAME", ONES, D2, NULL, {1, 12, 26, 3}, {3, 3, 3, 24}},
        {"VALID", S2, NULL, NULL, {1, 5, 40, 7}, {1, 3, 7, 64}},
        {"SAME", ONES, NULL, NULL, {1, 4, 6, 1}, {7, 7, 1, 8}}, /* no interior column */
        {"SAME", S2, NULL, "NCHW", {1, 3, 19, 23}, {3, 3, 3, 16}},
        {"SAME", ONES, NULL, NULL, {1, 13, 19, 8}, {1, 1, 8, 16}}, /* 1x1, direct */
        {"VALID", ONES, NULL, NULL, {2, 3, 11, 30}, {1, 1, 30, 27}},
    };
    uint64_t state = 7;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const int64_t *strides = cases[i].strides;
        int64_t nchw_strides[4] = {1, 1, strides[1], strides[2]};
        node_spec spec = {"Conv2D", cases[i].padding, cases[i].format ? nchw_strides : strides,
                          cases[i].dilations, NULL, NULL, cases[i].format, NULL, NULL};
        tfgt_tensor *x = random_tensor(4, cases[i].in_dims, &state);
        tfgt_tensor *f = random_tensor(4, cases[i].f_dims, &state);
        const tfgt_tensor *inputs[2] = {x, f};
        check_fast_vs_reference(spec, inputs, 2);
        tfgt_tensor_free(x);
        tfgt_tensor_free(f);
    }
}
END_TEST

START_TEST(test_depthwise_fast)
{
    static const int64_t NCHW_S2[4] = {1, 1, 2, 2};
    static const struct {
        const char *padding;
        const int64_t *strides, *dilations;
        const char *format;
        int64_t in_dims[4], f_dims[4];
    } cases[] = {
        {"SAME", ONES, NULL, NULL, {1, 112, 112, 8}, {3, 3, 8, 1}},  /* MobileNet 0.25 */
        {"SAME", S2, NULL, NULL, {1, 56, 56, 32}, {3, 3, 32, 1}},
        {"SAME", ONES, NULL, NULL, {1, 14, 14, 130}, {3, 3, 130, 1}}, /* blocks + tail */
        {"VALID", ONES, D2, NULL, {2, 7, 5, 13}, {3, 3, 13, 1}},
        {"SAME", S2, NULL, NULL, {1, 7, 5, 5}, {3, 2, 5, 3}},         /* multiplier 3 */
        {"SAME", NCHW_S2, NULL, "NCHW", {1, 20, 9, 7}, {3, 3, 20, 1}},
        /* 4-pixel blocks, borders and channel tails */
        {"SAME", ONES, NULL, NULL, {2, 5, 23, 5}, {3, 3, 5, 1}},
        {"SAME", S2, NULL, NULL, {1, 9, 31, 24}, {3, 3, 24, 1}},
        {"VALID", ONES, D2, NULL, {1, 8, 19, 70}, {3, 3, 70, 1}},
        {"SAME", ONES, NULL, NULL, {1, 3, 4, 9}, {5, 7, 9, 1}}, /* no interior column */
        {"SAME", ONES, NULL, NULL, {1, 7, 7, 256}, {3, 3, 256, 1}},
    };
    uint64_t state = 11;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        node_spec spec = {"DepthwiseConv2dNative", cases[i].padding, cases[i].strides,
                          cases[i].dilations, NULL, NULL, cases[i].format, NULL, NULL};
        tfgt_tensor *x = random_tensor(4, cases[i].in_dims, &state);
        tfgt_tensor *f = random_tensor(4, cases[i].f_dims, &state);
        const tfgt_tensor *inputs[2] = {x, f};
        check_fast_vs_reference(spec, inputs, 2);
        tfgt_tensor_free(x);
        tfgt_tensor_free(f);
    }
}
END_TEST

START_TEST(test_pool_fast)
{
    static const int64_t NCHW_S2[4] = {1, 1, 2, 2};
    static const int64_t NCHW_K3[4] = {1, 1, 3, 3};
    static const struct {
        const char *op, *padding;
        const int64_t *strides, *ksize;
        const char *format;
        int64_t in_dims[4];
    } cases[] = {
        {"MaxPool", "SAME", S2, K33, NULL, {1, 112, 112, 64}},
        {"AvgPool", "VALID", ONES, K33, NULL, {1, 7, 7, 100}},
        {"AvgPool", "SAME", S2, K23, NULL, {2, 9, 8, 13}},
        {"MaxPool", "VALID", S12, K32, NULL, {1, 5, 7, 1}},
        {"MaxPool", "SAME", NCHW_S2, NCHW_K3, "NCHW", {1, 17, 9, 8}},
        {"AvgPool", "SAME", NCHW_S2, NCHW_K3, "NCHW", {2, 3, 8, 9}},
    };
    uint64_t state = 13;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        node_spec spec = {cases[i].op, cases[i].padding, cases[i].strides, NULL, cases[i].ksize,
                          NULL, cases[i].format, NULL, NULL};
        tfgt_tensor *x = random_tensor(4, cases[i].in_dims, &state);
        const tfgt_tensor *inputs[1] = {x};
        check_fast_vs_reference(spec, inputs, 1);
        tfgt_tensor_free(x);
    }
}
END_TEST

/* Half and bfloat16 go through float: the same results, rounded. */
START_TEST(test_half_types)
{
    int64_t in_dims[4] = {1, 6, 5, 4}, f_dims[4] = {3, 3, 4, 3}, dw_dims[4] = {3, 3, 4, 1};
    static const int types[2] = {TFGT_DT_HALF, TFGT_DT_BFLOAT16};
    char text[2048];
    for (int t = 0; t < 2; t++) {
        for (int op = 0; op < 2; op++) {
            const int64_t *fd = op ? dw_dims : f_dims;
            tfgt_tensor *x = pattern(types[t], 4, in_dims, 3), *f = pattern(types[t], 4, fd, 4);
            tfgt_tensor *xf = pattern(TFGT_DT_FLOAT, 4, in_dims, 3);
            tfgt_tensor *ff = pattern(TFGT_DT_FLOAT, 4, fd, 4);
            const tfgt_tensor *in_h[2] = {x, f}, *in_f[2] = {xf, ff};
            node_spec spec = {op ? "DepthwiseConv2dNative" : "Conv2D", "SAME", ONES, NULL, NULL,
                              NULL, NULL, NULL, NULL};
            tfgt_tensor *got = run(node_text(text, sizeof text, &spec), in_h, 2, 1);
            tfgt_tensor *want = run(node_text(text, sizeof text, &spec), in_f, 2, 1);
            ck_assert_int_eq(got->dtype, types[t]);
            for (int64_t i = 0; i < got->count; i++) {
                double g = tfgt_tensor_get_double(got, i), w = ((float *)want->data)[i];
                /* inputs and output rounded to 8 (bfloat16) or 11 bits */
                ck_assert_msg(fabs(g - w) <= 0.1 + 0.02 * fabs(w), "%g vs %g", g, w);
            }
            tfgt_tensor_free(got);
            tfgt_tensor_free(want);
            tfgt_tensor_free(x);
            tfgt_tensor_free(f);
            tfgt_tensor_free(xf);
            tfgt_tensor_free(ff);
        }
    }
}
END_TEST

/* ---- hostile inputs ---- */

START_TEST(test_conv_hostile)
{
    static const int64_t ZERO_STRIDE[4] = {1, 0, 1, 1};
    static const int64_t NEG_DIL[4] = {1, -2, 1, 1};
    static const int64_t BATCH_STRIDE[4] = {2, 1, 1, 1};
    static const int64_t HUGE_STRIDE[4] = {1, (int64_t)1 << 40, 1, 1};
    static const int64_t BAD_EXPLICIT[8] = {1, 0, 0, 0, 0, 0, 0, 0};
    static const int64_t NEG_EXPLICIT[8] = {0, 0, -1, 0, 0, 0, 0, 0};
    int64_t in_dims[4] = {1, 4, 4, 3}, f_dims[4] = {3, 3, 3, 2}, f_bad[4] = {3, 3, 2, 2};
    int64_t f_big[4] = {5, 5, 3, 2}, r3[3] = {4, 4, 3}, empty_huge[4] = {0, (int64_t)1 << 50, 1, 3};
    int64_t f_huge[4] = {(int64_t)1 << 50, 1, 3, 0};
    tfgt_tensor *x = pattern(TFGT_DT_FLOAT, 4, in_dims, 1), *f = pattern(TFGT_DT_FLOAT, 4, f_dims, 2);
    tfgt_tensor *fb = pattern(TFGT_DT_FLOAT, 4, f_bad, 2), *fbig = pattern(TFGT_DT_FLOAT, 4, f_big, 2);
    tfgt_tensor *x3 = pattern(TFGT_DT_FLOAT, 3, r3, 1), *xd = pattern(TFGT_DT_DOUBLE, 4, in_dims, 1);
    tfgt_tensor *xe = tfgt_test_tensor(TFGT_DT_FLOAT, 4, empty_huge, NULL);
    tfgt_tensor *fh = tfgt_test_tensor(TFGT_DT_FLOAT, 4, f_huge, NULL);
    tfgt_tensor *xs = tfgt_test_tensor(TFGT_DT_STRING, 4, in_dims, NULL);
    const tfgt_tensor *ok[2] = {x, f}, *bad_depth[2] = {x, fb}, *big[2] = {x, fbig};
    const tfgt_tensor *rank3[2] = {x3, f}, *mixed[2] = {xd, f}, *empty[2] = {xe, f};
    const tfgt_tensor *huge_filter[2] = {x, fh}, *strings[2] = {xs, xs};
    char text[2048];
    node_spec spec = {"Conv2D", "SAME", ONES, NULL, NULL, NULL, NULL, NULL, NULL};
    const char *conv = node_text(text, sizeof text, &spec);
    expect_error(conv, ok, 1, TFGT_E_INVALID_ARGUMENT, "expected 2 inputs");
    expect_error(conv, bad_depth, 2, TFGT_E_INVALID_ARGUMENT, "not a multiple");
    expect_error(conv, rank3, 2, TFGT_E_INVALID_ARGUMENT, "input must be 4-D");
    expect_error(conv, mixed, 2, TFGT_E_INVALID_ARGUMENT, "but filter is");
    expect_error(conv, huge_filter, 2, TFGT_E_LIMIT, "spatial sizes");
    expect_error(conv, strings, 2, TFGT_E_UNSUPPORTED, "not supported");
    /* An empty batch may come with any height: refused above the limit. */
    expect_error(conv, empty, 2, TFGT_E_LIMIT, "spatial sizes");
    {
        int64_t no_batch[4] = {0, 4, 4, 3};
        tfgt_tensor *xz = tfgt_test_tensor(TFGT_DT_FLOAT, 4, no_batch, NULL), *out;
        const tfgt_tensor *zero[2] = {xz, f};
        out = run(conv, zero, 2, 1);
        ck_assert_int_eq(out->count, 0);
        ck_assert_int_eq(out->dims[3], 2);
        tfgt_tensor_free(out);
        tfgt_tensor_free(xz);
    }
    spec.padding = "VALID";
    expect_error(node_text(text, sizeof text, &spec), big, 2, TFGT_E_INVALID_ARGUMENT,
                 "larger than the padded input");
    spec.padding = "FULL";
    expect_error(node_text(text, sizeof text, &spec), ok, 2, TFGT_E_INVALID_ARGUMENT,
                 "padding \"FULL\"");
    spec.padding = "EXPLICIT";
    expect_error(node_text(text, sizeof text, &spec), ok, 2, TFGT_E_INVALID_ARGUMENT,
                 "8 explicit_paddings");
    spec.explicit_paddings = BAD_EXPLICIT;
    expect_error(node_text(text, sizeof text, &spec), ok, 2, TFGT_E_UNSUPPORTED,
                 "batch and channel");
    {
        /* Paddings of 2^30 make an output over the memory limit. */
        static const int64_t HUGE_EXPLICIT[8] = {0, 0, 1 << 30, 1 << 30, 1 << 30, 1 << 30, 0, 0};
        spec.explicit_paddings = HUGE_EXPLICIT;
        expect_error(node_text(text, sizeof text, &spec), ok, 2, TFGT_E_LIMIT, "memory limit");
    }
    spec.explicit_paddings = NEG_EXPLICIT;
    expect_error(node_text(text, sizeof text, &spec), ok, 2, TFGT_E_INVALID_ARGUMENT,
                 "explicit_paddings[2]");
    spec.padding = "SAME";
    spec.explicit_paddings = NULL;
    spec.strides = ZERO_STRIDE;
    expect_error(node_text(text, sizeof text, &spec), ok, 2, TFGT_E_INVALID_ARGUMENT,
                 "strides[1] = 0");
    spec.strides = HUGE_STRIDE;
    expect_error(node_text(text, sizeof text, &spec), ok, 2, TFGT_E_INVALID_ARGUMENT,
                 "strides[1]");
    spec.strides = BATCH_STRIDE;
    expect_error(node_text(text, sizeof text, &spec), ok, 2, TFGT_E_UNSUPPORTED,
                 "batch and channel");
    spec.strides = NULL;
    expect_error(node_text(text, sizeof text, &spec), ok, 2, TFGT_E_INVALID_ARGUMENT,
                 "strides is required");
    spec.strides = ONES;
    spec.dilations = NEG_DIL;
    expect_error(node_text(text, sizeof text, &spec), ok, 2, TFGT_E_INVALID_ARGUMENT,
                 "dilations[1] = -2");
    spec.dilations = NULL;
    spec.format = "NCWH";
    expect_error(node_text(text, sizeof text, &spec), ok, 2, TFGT_E_UNSUPPORTED, "data_format");
    /* The same checks guard the depthwise convolution. */
    spec.format = NULL;
    spec.op = "DepthwiseConv2dNative";
    expect_error(node_text(text, sizeof text, &spec), bad_depth, 2, TFGT_E_INVALID_ARGUMENT,
                 "does not match the input depth");
    expect_error(node_text(text, sizeof text, &spec), rank3, 2, TFGT_E_INVALID_ARGUMENT,
                 "input must be 4-D");
    spec.padding = "VALID";
    expect_error(node_text(text, sizeof text, &spec), big, 2, TFGT_E_INVALID_ARGUMENT,
                 "larger than the padded input");
    tfgt_tensor_free(x);
    tfgt_tensor_free(f);
    tfgt_tensor_free(fb);
    tfgt_tensor_free(fbig);
    tfgt_tensor_free(x3);
    tfgt_tensor_free(xd);
    tfgt_tensor_free(xe);
    tfgt_tensor_free(fh);
    tfgt_tensor_free(xs);
}
END_TEST

START_TEST(test_backprop_hostile)
{
    int64_t f_dims[4] = {3, 3, 2, 3}, dy_dims[4] = {1, 3, 4, 3};
    static const int64_t good[4] = {1, 5, 7, 2}, wrong_batch[4] = {2, 5, 7, 2};
    static const int64_t wrong_size[4] = {1, 9, 7, 2}, negative[4] = {1, -5, 7, 2};
    static const int64_t wrong_depth[4] = {1, 5, 7, 3}, three[3] = {1, 5, 7};
    static const int64_t huge[4] = {1, (int64_t)1 << 62, 7, 2};
    tfgt_tensor *f = pattern(TFGT_DT_FLOAT, 4, f_dims, 1), *dy = pattern(TFGT_DT_FLOAT, 4, dy_dims, 2);
    char text[2048];
    node_spec spec = {"Conv2DBackpropInput", "SAME", S2, NULL, NULL, NULL, NULL, NULL, NULL};
    const char *node = node_text(text, sizeof text, &spec);
    static const struct {
        const int64_t *sizes;
        int n;
        tfgt_status status;
        const char *text;
    } cases[] = {
        {wrong_batch, 4, TFGT_E_INVALID_ARGUMENT, "batch"},
        {wrong_size, 4, TFGT_E_INVALID_ARGUMENT, "out_backprop is 3x4x3"},
        {negative, 4, TFGT_E_INVALID_ARGUMENT, "negative"},
        {wrong_depth, 4, TFGT_E_INVALID_ARGUMENT, "input depth 3"},
        {three, 3, TFGT_E_INVALID_ARGUMENT, "4 (or 2 spatial) values"},
        {huge, 4, TFGT_E_LIMIT, "spatial sizes"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        tfgt_tensor *sizes = ints_tensor(TFGT_DT_INT64, cases[i].n, cases[i].sizes);
        const tfgt_tensor *inputs[3] = {sizes, f, dy};
        expect_error(node, inputs, 3, cases[i].status, cases[i].text);
        tfgt_tensor_free(sizes);
    }
    {
        tfgt_tensor *sizes = ints_tensor(TFGT_DT_FLOAT, 4, good);
        const tfgt_tensor *inputs[3] = {sizes, f, dy};
        expect_error(node, inputs, 3, TFGT_E_INVALID_ARGUMENT, "int32 or int64");
        tfgt_tensor_free(sizes);
    }
    tfgt_tensor_free(f);
    tfgt_tensor_free(dy);
}
END_TEST

START_TEST(test_pool_hostile)
{
    static const int64_t K_CHANNEL[4] = {1, 2, 2, 2}, K_ZERO[4] = {1, 0, 2, 1};
    static const int64_t K_BIG[4] = {1, 9, 2, 1}, BIG_PAD[8] = {0, 0, 3, 3, 0, 0, 0, 0};
    int64_t in_dims[4] = {1, 4, 4, 3}, r2[2] = {4, 3};
    tfgt_tensor *x = pattern(TFGT_DT_FLOAT, 4, in_dims, 1), *x2 = pattern(TFGT_DT_FLOAT, 2, r2, 1);
    tfgt_tensor *xi = pattern(TFGT_DT_INT32, 4, in_dims, 1);
    const tfgt_tensor *ok[1] = {x}, *rank2[1] = {x2}, *ints[1] = {xi};
    char text[2048];
    node_spec spec = {"MaxPool", "VALID", ONES, NULL, K_CHANNEL, NULL, NULL, NULL, NULL};
    expect_error(node_text(text, sizeof text, &spec), ok, 1, TFGT_E_UNSUPPORTED,
                 "batch and channel");
    spec.ksize = K_ZERO;
    expect_error(node_text(text, sizeof text, &spec), ok, 1, TFGT_E_INVALID_ARGUMENT,
                 "ksize[1] = 0");
    spec.ksize = K_BIG;
    expect_error(node_text(text, sizeof text, &spec), ok, 1, TFGT_E_INVALID_ARGUMENT,
                 "larger than the padded input");
    spec.ksize = K33;
    expect_error(node_text(text, sizeof text, &spec), rank2, 1, TFGT_E_INVALID_ARGUMENT,
                 "input must be 4-D");
    /* A window of 2^30 with SAME padding covers the whole image from every
     * position: each output is the image's maximum, computed without
     * visiting the padding. */
    {
        static const int64_t K_HUGE[4] = {1, (int64_t)1 << 30, (int64_t)1 << 30, 1};
        node_spec same = {"MaxPool", "SAME", ONES, NULL, K_HUGE, NULL, NULL, NULL, NULL};
        tfgt_tensor *out = run(node_text(text, sizeof text, &same), ok, 1, 2);
        float top = -1e30f; /* of channel 0 */
        for (int64_t i = 0; i < x->count; i += 3)
            if (((float *)x->data)[i] > top)
                top = ((float *)x->data)[i];
        for (int64_t i = 0; i < out->count; i += 3)
            ck_assert(((float *)out->data)[i] == top);
        ck_assert_int_eq(out->dims[1], 4);
        tfgt_tensor_free(out);
    }
    spec.padding = "EXPLICIT";
    spec.explicit_paddings = BIG_PAD;
    expect_error(node_text(text, sizeof text, &spec), ok, 1, TFGT_E_INVALID_ARGUMENT,
                 "smaller than the window");
    spec.op = "AvgPool";
    expect_error(node_text(text, sizeof text, &spec), ok, 1, TFGT_E_INVALID_ARGUMENT,
                 "padding \"EXPLICIT\"");
    spec.padding = "SAME";
    spec.explicit_paddings = NULL;
    expect_error(node_text(text, sizeof text, &spec), ints, 1, TFGT_E_UNSUPPORTED,
                 "type int32");
    /* MaxPoolV2 with bad ksize inputs. */
    {
        static const int64_t three[3] = {1, 2, 2};
        tfgt_tensor *ks = ints_tensor(TFGT_DT_INT32, 3, three);
        tfgt_tensor *st = ints_tensor(TFGT_DT_INT32, 4, ONES);
        const tfgt_tensor *v2[3] = {x, ks, st};
        node_spec s2 = {"MaxPoolV2", "SAME", NULL, NULL, NULL, NULL, NULL, NULL, NULL};
        expect_error(node_text(text, sizeof text, &s2), v2, 3, TFGT_E_INVALID_ARGUMENT,
                     "ksize must have 4 values");
        tfgt_tensor_free(ks);
        tfgt_tensor_free(st);
    }
    tfgt_tensor_free(x);
    tfgt_tensor_free(x2);
    tfgt_tensor_free(xi);
}
END_TEST

Suite *tfgt_test_suite(void)
{
    Suite *s = suite_create("kernels_conv");
    TCase *tc = tcase_create("conv");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_conv2d_hand);
    tcase_add_test(tc, test_pool_hand);
    tcase_add_test(tc, test_conv2d_tf);
    tcase_add_test(tc, test_depthwise_tf);
    tcase_add_test(tc, test_backprop_input_tf);
    tcase_add_test(tc, test_pool_tf);
    tcase_add_test(tc, test_backprop_adjoint);
    tcase_add_test(tc, test_conv2d_fast);
    tcase_add_test(tc, test_depthwise_fast);
    tcase_add_test(tc, test_pool_fast);
    tcase_add_test(tc, test_half_types);
    tcase_add_test(tc, test_conv_hostile);
    tcase_add_test(tc, test_backprop_hostile);
    tcase_add_test(tc, test_pool_hostile);
    suite_add_tcase(s, tc);
    return s;
}
