/* make_samples.c - the evaluation set of the eight-bit report (make bench).
 *
 * Usage: make_samples [--total=N] [--seed=S] [--size=PX] OUTDIR SOURCE.npy...
 *
 * Each SOURCE is one float32 image, [H,W,3] or [1,H,W,3], already in the
 * model's preprocessing (MobileNet: [-1,1]).  From each it makes variants:
 * the image itself, then random crops (side 0.6-1.0 of the image, bilinear
 * back to PX x PX), horizontal flips and brightness/contrast jitter; about a
 * fifth of the set is seeded random images instead (white noise and smooth
 * low-frequency noise, so that not every random input looks alike to a
 * classifier).  Samples of each source alternate between OUTDIR/report and
 * OUTDIR/calib, the first going to report, so the report half holds the
 * unchanged photos and both halves see every source.  One .npy per sample,
 * shape [1,PX,PX,3].  Everything follows from --seed: same arguments, same
 * bytes. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "tfgt/tfgt.h"

static uint64_t rng_state;

/* splitmix64: small, seedable, and the same on every platform. */
static uint64_t rng_next(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* Uniform in [lo, hi). */
static double rng_uniform(double lo, double hi)
{
    return lo + (hi - lo) * ((double)(rng_next() >> 11) / 9007199254740992.0);
}

typedef struct image {
    int64_t h, w;
    const float *px; /* h * w * 3, row-major */
} image;

static float clampf(float v)
{
    return v < -1.0f ? -1.0f : v > 1.0f ? 1.0f : v;
}

/* Bilinear sample of channel c at (y, x) in source pixels (pixel centres at
 * integer coordinates), clamped at the borders. */
static float bilinear(const image *im, double y, double x, int c)
{
    double fy, fx;
    int64_t y0, x0, y1, x1;
    if (y < 0) y = 0;
    if (x < 0) x = 0;
    if (y > (double)(im->h - 1)) y = (double)(im->h - 1);
    if (x > (double)(im->w - 1)) x = (double)(im->w - 1);
    y0 = (int64_t)y;
    x0 = (int64_t)x;
    y1 = y0 + 1 < im->h ? y0 + 1 : y0;
    x1 = x0 + 1 < im->w ? x0 + 1 : x0;
    fy = y - (double)y0;
    fx = x - (double)x0;
    {
        double a = im->px[(y0 * im->w + x0) * 3 + c], b = im->px[(y0 * im->w + x1) * 3 + c];
        double d = im->px[(y1 * im->w + x0) * 3 + c], e = im->px[(y1 * im->w + x1) * 3 + c];
        return (float)((a * (1 - fx) + b * fx) * (1 - fy) + (d * (1 - fx) + e * fx) * fy);
    }
}

/* Crop [cy, cy+ch) x [cx, cx+cw) of `src`, resize to size x size, optionally
 * mirror, then out = (v - mean) * contrast + mean + brightness. */
static void augment(const image *src, double cy, double cx, double ch, double cw, bool flip,
                    double brightness, double contrast, int64_t size, float *out)
{
    double mean = 0;
    for (int64_t y = 0; y < size; y++)
        for (int64_t x = 0; x < size; x++) {
            int64_t xs = flip ? size - 1 - x : x;
            double sy = cy + ((double)y + 0.5) * ch / (double)size - 0.5;
            double sx = cx + ((double)xs + 0.5) * cw / (double)size - 0.5;
            for (int c = 0; c < 3; c++) {
                float v = bilinear(src, sy, sx, c);
                out[(y * size + x) * 3 + c] = v;
                mean += v;
            }
        }
    mean /= (double)(size * size * 3);
    for (int64_t i = 0; i < size * size * 3; i++)
        out[i] = clampf((float)(((double)out[i] - mean) * contrast + mean + brightness));
}

/* Seeded random image: white noise (kind 0) or a random g x g grid of
 * colours resized bilinearly plus a little noise (kind 1). */
static void random_image(int kind, int64_t size, float *out)
{
    if (kind == 0) {
        for (int64_t i = 0; i < size * size * 3; i++)
            out[i] = (float)rng_uniform(-1, 1);
        return;
    }
    {
        int64_t g = 2 + (int64_t)(rng_next() % 27);
        float *grid = malloc((size_t)(g * g * 3) * sizeof(float));
        image im = {g, g, grid};
        if (!grid) {
            fprintf(stderr, "make_samples: out of memory\n");
            exit(1);
        }
        for (int64_t i = 0; i < g * g * 3; i++)
            grid[i] = (float)rng_uniform(-1, 1);
        augment(&im, 0, 0, (double)g, (double)g, false, 0, 1, size, out);
        for (int64_t i = 0; i < size * size * 3; i++)
            out[i] = clampf(out[i] + (float)rng_uniform(-0.1, 0.1));
        free(grid);
    }
}

static int write_sample(const char *dir, const char *half, int index, const tfgt_tensor *t)
{
    char path[4096];
    tfgt_error err;
    snprintf(path, sizeof path, "%s/%s/s%04d.npy", dir, half, index);
    if (tfgt_npy_write(path, t, &err) != TFGT_OK) {
        fprintf(stderr, "make_samples: %s\n", err.message);
        return -1;
    }
    return 0;
}

static int make_dir(const char *path)
{
    if (mkdir(path, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "make_samples: %s: %s\n", path, strerror(errno));
        return -1;
    }
    return 0;
}

static void usage(void)
{
    fprintf(stderr, "Usage: make_samples [--total=N] [--seed=S] [--size=PX] OUTDIR SOURCE.npy...\n");
}

int main(int argc, char **argv)
{
    long total = 60, seed = 1, size = 224;
    int first = 1, n_src, index = 0, calib = 0, report = 0;
    long per_source, n_random;
    const char *outdir;
    char path[4096];
    tfgt_tensor *out;
    tfgt_error err;
    int64_t dims[4];

    for (; first < argc && strncmp(argv[first], "--", 2) == 0; first++) {
        if (strncmp(argv[first], "--total=", 8) == 0)
            total = strtol(argv[first] + 8, NULL, 10);
        else if (strncmp(argv[first], "--seed=", 7) == 0)
            seed = strtol(argv[first] + 7, NULL, 10);
        else if (strncmp(argv[first], "--size=", 7) == 0)
            size = strtol(argv[first] + 7, NULL, 10);
        else {
            usage();
            return 2;
        }
    }
    if (argc - first < 2 || total < 2 || size < 8 || size > 4096) {
        usage();
        return 2;
    }
    outdir = argv[first];
    n_src = argc - first - 1;
    n_random = total / 5;
    per_source = (total - n_random) / n_src;
    if (per_source < 1) per_source = 1;
    n_random = total - per_source * n_src;
    if (n_random < 0) n_random = 0;

    snprintf(path, sizeof path, "%s/calib", outdir);
    if (make_dir(outdir) || make_dir(path)) return 1;
    snprintf(path, sizeof path, "%s/report", outdir);
    if (make_dir(path)) return 1;
    dims[0] = 1;
    dims[1] = dims[2] = size;
    dims[3] = 3;
    out = tfgt_tensor_new(TFGT_DT_FLOAT, 4, dims, 0, &err);
    if (!out) {
        fprintf(stderr, "make_samples: %s\n", err.message);
        return 1;
    }
    rng_state = (uint64_t)seed * 0x2545F4914F6CDD1DULL + 1;

    for (int s = 0; s < n_src; s++) {
        tfgt_tensor *src = NULL;
        image im;
        const char *name = argv[first + 1 + s];
        if (tfgt_npy_read(name, 0, &src, &err) != TFGT_OK) {
            fprintf(stderr, "make_samples: %s\n", err.message);
            tfgt_tensor_free(out);
            return 1;
        }
        if (src->dtype != TFGT_DT_FLOAT || !(src->rank == 3 || (src->rank == 4 && src->dims[0] == 1)) ||
            src->dims[src->rank - 1] != 3) {
            fprintf(stderr, "make_samples: %s: want float32 [H,W,3] or [1,H,W,3]\n", name);
            tfgt_tensor_free(src);
            tfgt_tensor_free(out);
            return 1;
        }
        im.h = src->dims[src->rank - 3];
        im.w = src->dims[src->rank - 2];
        im.px = src->data;
        for (long v = 0; v < per_source; v++) {
            const char *half = v % 2 == 0 ? "report" : "calib";
            if (v == 0) {
                augment(&im, 0, 0, (double)im.h, (double)im.w, false, 0, 1, size, out->data);
            } else {
                /* Every variant draws the same number of values, so one
                 * source's count does not shift another's. */
                double side = rng_uniform(0.6, 1.0);
                double ch = side * (double)im.h, cw = side * (double)im.w;
                double cy = rng_uniform(0, (double)im.h - ch), cx = rng_uniform(0, (double)im.w - cw);
                bool flip = rng_next() & 1;
                double brightness = rng_uniform(-0.15, 0.15), contrast = rng_uniform(0.75, 1.25);
                augment(&im, cy, cx, ch, cw, flip, brightness, contrast, size, out->data);
            }
            if (write_sample(outdir, half, index++, out)) {
                tfgt_tensor_free(src);
                tfgt_tensor_free(out);
                return 1;
            }
            if (v % 2 == 0) report++;
            else calib++;
        }
        tfgt_tensor_free(src);
    }
    for (long r = 0; r < n_random; r++) {
        const char *half = r % 2 == 0 ? "report" : "calib";
        random_image((int)((r / 2) % 2), size, out->data);
        if (write_sample(outdir, half, index++, out)) {
            tfgt_tensor_free(out);
            return 1;
        }
        if (r % 2 == 0) report++;
        else calib++;
    }
    tfgt_tensor_free(out);
    printf("samples: %d calibration, %d report (%d source image(s) x %ld, %ld random; seed %ld)\n",
           calib, report, n_src, per_source, n_random, seed);
    return 0;
}
