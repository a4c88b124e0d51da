/* bench_qgemm.c - eight-bit GEMM speed on MobileNet v1's pointwise layers
 * (make bench), through the public executor: a one-node graph per shape,
 * QuantizedConv2D 1x1 (what quantize_nodes makes of MobileNet's pointwise
 * convolutions) and QuantizedMatMul, quint8 x quint8 -> qint32 with
 * per-channel weight ranges (quantize_nodes(per_channel=true)).
 *
 * Usage: bench_qgemm [--peak=GOPS] [--threads=N] [--seconds=S]
 *
 * Prints GOP/s (1 multiply-add = 2 ops, M*N*K multiply-adds per call) for
 * each layer shape, the minimum time per call over about S seconds
 * (default 0.25).  With --peak (the machine's int8 VNNI peak measured by
 * peak.c in the same run) it also prints each as a share of that peak.
 * Times include everything one executor run does (allocating the output,
 * reading ranges, any packing the kernel does per run): what a model pays. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tfgt/tfgt.h"

static double seconds_per_measure = 0.25;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void die(const char *what, const tfgt_error *err)
{
    fprintf(stderr, "bench_qgemm: %s: %s\n", what, err ? err->message : "failed");
    exit(1);
}

static uint64_t rng = 88172645463325252ULL;

static uint8_t random_byte(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint8_t)(rng >> 24);
}

static tfgt_tensor *new_tensor(int dtype, int rank, const int64_t *dims)
{
    tfgt_error err;
    tfgt_tensor *t = tfgt_tensor_new(dtype, rank, dims, 0, &err);
    if (!t) die("tensor", &err);
    return t;
}

static tfgt_tensor *random_u8(int rank, const int64_t *dims)
{
    tfgt_tensor *t = new_tensor(TFGT_DT_QUINT8, rank, dims);
    for (size_t i = 0; i < t->nbytes; i++)
        ((uint8_t *)t->data)[i] = random_byte();
    return t;
}

static void add_const(tfgt_graph *g, const char *name, tfgt_tensor *t)
{
    tfgt_error err;
    if (!tfgt_graph_add_const(g, name, t, &err)) die(name, &err);
    tfgt_tensor_free(t);
}

/* Float scalar or, for n > 0, a vector of n values spread around v. */
static tfgt_tensor *range_tensor(int64_t n, float v)
{
    int64_t dims[1] = {n};
    tfgt_tensor *t = new_tensor(TFGT_DT_FLOAT, n > 0 ? 1 : 0, dims);
    for (int64_t i = 0; i < (n > 0 ? n : 1); i++)
        ((float *)t->data)[i] = v * (0.5f + (float)(i % 7) / 7.0f);
    return t;
}

static void set_attr(tfgt_node *n, const char *key, const char *text)
{
    tfgt_error err;
    if (tfgt_node_set_attr_from_text(n, key, text, &err) != TFGT_OK) die(key, &err);
}

/* Minimum seconds per run of a one-node graph computing a [m,k] x [k,n]
 * product, as a 1x1 QuantizedConv2D on an [1,h,w,k] input (conv) or a
 * QuantizedMatMul on [m,k]. */
static double time_layer(bool conv, int64_t h, int64_t w, int64_t k, int64_t n, int threads)
{
    tfgt_graph *g = tfgt_graph_new();
    tfgt_node *x, *op;
    tfgt_error err;
    tfgt_plan *plan = NULL;
    tfgt_run_options opts = {threads, 0, false};
    tfgt_tensor *feed, *out[3] = {NULL, NULL, NULL};
    const char *feeds[1] = {"x"}, *fetches[3] = {"op:0", "op:1", "op:2"};
    const tfgt_tensor *feed_values[1];
    double best = 1e30, start;
    int64_t in_dims[4] = {1, h, w, k}, mm_dims[2] = {h * w, k};
    int64_t f_dims[4] = {1, 1, k, n}, b_dims[2] = {k, n};
    if (!g) die("graph", NULL);
    x = tfgt_graph_add_node(g, "x", "Placeholder", &err);
    if (!x) die("x", &err);
    set_attr(x, "dtype", "type: DT_QUINT8");
    add_const(g, "w", conv ? random_u8(4, f_dims) : random_u8(2, b_dims));
    add_const(g, "min_x", range_tensor(0, 0.0f));
    add_const(g, "max_x", range_tensor(0, 6.0f));
    add_const(g, "min_w", range_tensor(n, -1.0f));
    add_const(g, "max_w", range_tensor(n, 1.0f));
    op = tfgt_graph_add_node(g, "op", conv ? "QuantizedConv2D" : "QuantizedMatMul", &err);
    if (!op) die("op", &err);
    tfgt_node_add_input(op, "x");
    tfgt_node_add_input(op, "w");
    tfgt_node_add_input(op, "min_x");
    tfgt_node_add_input(op, "max_x");
    tfgt_node_add_input(op, "min_w");
    tfgt_node_add_input(op, "max_w");
    if (conv) {
        set_attr(op, "Tinput", "type: DT_QUINT8");
        set_attr(op, "Tfilter", "type: DT_QUINT8");
        set_attr(op, "out_type", "type: DT_QINT32");
        set_attr(op, "strides", "list { i: 1 i: 1 i: 1 i: 1 }");
        set_attr(op, "padding", "s: \"SAME\"");
    } else {
        set_attr(op, "T1", "type: DT_QUINT8");
        set_attr(op, "T2", "type: DT_QUINT8");
        set_attr(op, "Toutput", "type: DT_QINT32");
    }
    if (tfgt_plan_create(g, feeds, 1, fetches, 3, &opts, &plan, &err) != TFGT_OK)
        die(conv ? "QuantizedConv2D plan" : "QuantizedMatMul plan", &err);
    feed = conv ? random_u8(4, in_dims) : random_u8(2, mm_dims);
    feed_values[0] = feed;
    start = now();
    for (int run = 0; run < 3 || now() - start < seconds_per_measure; run++) {
        double t0 = now(), t;
        if (tfgt_plan_run(plan, feed_values, out, &err) != TFGT_OK) die("run", &err);
        t = now() - t0;
        if (run > 0 && t < best) best = t; /* run 0 warms caches and pages in */
        for (int i = 0; i < 3; i++) {
            tfgt_tensor_free(out[i]);
            out[i] = NULL;
        }
    }
    tfgt_tensor_free(feed);
    tfgt_plan_free(plan);
    tfgt_graph_free(g);
    return best;
}

/* MobileNet v1's pointwise layers at width 1.0: output side, input and
 * output channels, how many layers have that shape. */
static const struct {
    int side, cin, cout, count;
} layers[] = {{112, 32, 64, 1},  {56, 64, 128, 1},  {56, 128, 128, 1}, {28, 128, 256, 1},
              {28, 256, 256, 1}, {14, 256, 512, 1}, {14, 512, 512, 5}, {7, 512, 1024, 1},
              {7, 1024, 1024, 1}};

static void model(double width, int threads, double peak)
{
    double ops_all = 0, t_conv = 0, t_mm = 0, big_ops = 0, big_t = 0;
    printf("MobileNet v1 %.2f pointwise layers, %d thread(s)%s\n", width, threads,
           peak > 0 ? "" : " (no peak measured)");
    printf("  %-32s %21s %21s\n", "M x K x N (layers)", "QuantizedConv2D 1x1", "QuantizedMatMul");
    for (size_t i = 0; i < sizeof layers / sizeof layers[0]; i++) {
        int64_t side = layers[i].side, k = (int64_t)(layers[i].cin * width),
                n = (int64_t)(layers[i].cout * width), m = side * side;
        double ops = 2.0 * (double)(m * k * n);
        double tc = time_layer(true, side, side, k, n, threads);
        double tm = time_layer(false, side, side, k, n, threads);
        char shape[64], pc[16] = "", pm[16] = "";
        snprintf(shape, sizeof shape, "%lldx%lldx%lld (x%d)", (long long)m, (long long)k,
                 (long long)n, layers[i].count);
        if (peak > 0) {
            snprintf(pc, sizeof pc, "%3.0f%%", ops / tc * 1e-9 / peak * 100);
            snprintf(pm, sizeof pm, "%3.0f%%", ops / tm * 1e-9 / peak * 100);
        }
        printf("  %-32s %10.1f GOP/s %4s %10.1f GOP/s %4s\n", shape, ops / tc * 1e-9, pc,
               ops / tm * 1e-9, pm);
        ops_all += ops * layers[i].count;
        if (k >= 256) {
            big_ops += ops * layers[i].count;
            big_t += tc * layers[i].count;
        }
        t_conv += tc * layers[i].count;
        t_mm += tm * layers[i].count;
    }
    if (big_ops > 0) {
        printf("  big layers (K >= 256): QuantizedConv2D %.1f GOP/s", big_ops / big_t * 1e-9);
        if (peak > 0)
            printf(", %.0f%% of peak (goal >= 50%%: %s)", big_ops / big_t * 1e-9 / peak * 100,
                   big_ops / big_t * 1e-9 >= 0.5 * peak ? "met" : "MISSED");
        printf("\n");
    }
    printf("  all pointwise layers: QuantizedConv2D %.2f ms, %.1f GOP/s", t_conv * 1e3,
           ops_all / t_conv * 1e-9);
    if (peak > 0) printf(" (%.0f%% of peak)", ops_all / t_conv * 1e-9 / peak * 100);
    printf("; QuantizedMatMul %.2f ms, %.1f GOP/s", t_mm * 1e3, ops_all / t_mm * 1e-9);
    if (peak > 0) printf(" (%.0f%% of peak)", ops_all / t_mm * 1e-9 / peak * 100);
    printf("\n");
}

int main(int argc, char **argv)
{
    double peak = 0;
    int threads = 1;
    for (int i = 1; i < argc; i++) {
        if (strncmp(argv[i], "--peak=", 7) == 0)
            peak = atof(argv[i] + 7);
        else if (strncmp(argv[i], "--threads=", 10) == 0)
            threads = atoi(argv[i] + 10);
        else if (strncmp(argv[i], "--seconds=", 10) == 0)
            seconds_per_measure = atof(argv[i] + 10);
        else {
            fprintf(stderr, "Usage: bench_qgemm [--peak=GOPS] [--threads=N] [--seconds=S]\n");
            return 2;
        }
    }
    if (threads < 1) threads = 1;
    if (!(seconds_per_measure > 0)) seconds_per_measure = 0.25;
    if (peak > 0)
        printf("int8 peak for %% columns: %.1f GOP/s (VNNI, measured by peak.c, %d thread(s))\n",
               peak, threads);
    model(0.25, threads, peak);
    model(1.0, threads, peak);
    return 0;
}
