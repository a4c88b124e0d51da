/* prune_weights.c - tfgt's own transform, after the magnitude pruning of
 * TensorFlow's model optimization toolkit (without retraining): in every
 * float Const of at least minimum_size elements that is only read as the
 * weights (input 1) of Conv2D, DepthwiseConv2dNative or MatMul, the
 * smallest-magnitude blocks are set to zero until `sparsity` of the blocks
 * are zero.  A block is block_size consecutive elements in memory (output
 * channels for HWIO filters), scored by its mean |w|; ties go to the
 * earlier block, so results are deterministic.  Zeros compress well and
 * sparse kernels can skip them; pair it with run_graph --compare. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "tfgt/tensor.h"
#include "transforms.h"

typedef struct prune_state {
    const tfgt_transform_context *ctx;
    const tfgt_consumers *consumers;
    const tfgt_graph *graph;
    float sparsity;
    int32_t minimum_size, block_size;
    size_t pruned;
    int64_t zeroed, total;
} prune_state;

typedef struct block_score {
    double score;
    int64_t index;
} block_score;

static int by_score(const void *a, const void *b)
{
    const block_score *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

static tfgt_status offer(void *user, const tfgt_node *node, const tfgt_tensor *w,
                         tfgt_graph *out, bool *replaced, tfgt_error *err)
{
    prune_state *s = user;
    int64_t bs = s->block_size, n_blocks, n_zero;
    block_score *scores;
    tfgt_tensor *p;
    tfgt_node *c;
    if (w->dtype != TFGT_DT_FLOAT || w->count < s->minimum_size || !tfgt_match_read_only_as_weights(s->graph, s->consumers, node))
        return TFGT_OK;
    n_blocks = (w->count + bs - 1) / bs;
    n_zero = (int64_t)floor((double)s->sparsity * (double)n_blocks);
    scores = malloc((size_t)n_blocks * sizeof *scores);
    p = tfgt_tensor_copy(w, err);
    if (!scores || !p) {
        free(scores);
        tfgt_tensor_free(p);
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    }
    for (int64_t b = 0; b < n_blocks; b++) {
        int64_t end = (b + 1) * bs < w->count ? (b + 1) * bs : w->count;
        double sum = 0;
        for (int64_t i = b * bs; i < end; i++)
            sum += fabs((double)((const float *)w->data)[i]);
        scores[b].score = isnan(sum) ? INFINITY : sum / (double)(end - b * bs);
        scores[b].index = b;
    }
    qsort(scores, (size_t)n_blocks, sizeof *scores, by_score);
    for (int64_t k = 0; k < n_zero; k++) {
        int64_t b = scores[k].index;
        int64_t end = (b + 1) * bs < w->count ? (b + 1) * bs : w->count;
        for (int64_t i = b * bs; i < end; i++)
            ((float *)p->data)[i] = 0.0f;
    }
    for (int64_t i = 0; i < p->count; i++)
        s->zeroed += ((const float *)p->data)[i] == 0.0f;
    s->total += p->count;
    free(scores);
    c = tfgt_graph_add_const(out, tfgt_node_name(node), p, err);
    tfgt_tensor_free(p);
    if (!c)
        return err && err->status ? err->status : TFGT_E_NO_MEMORY;
    if (tfgt_node_set_device(c, tfgt_node_device(node)) != TFGT_OK)
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    for (size_t i = 0; i < tfgt_node_input_count(node); i++)
        if (tfgt_node_input(node, i)[0] == '^' &&
            tfgt_node_add_input(c, tfgt_node_input(node, i)) != TFGT_OK)
            return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    *replaced = true;
    s->pruned++;
    return TFGT_OK;
}

tfgt_status tfgt_transform_prune_weights(tfgt_graph *graph, const tfgt_transform_context *ctx,
                                         tfgt_error *err)
{
    prune_state s = {ctx, NULL, graph, 0.5f, 1024, 1, 0, 0, 0};
    tfgt_consumers *consumers;
    tfgt_status st;
    if ((st = tfgt_params_get_float(ctx->params, "sparsity", 0.5f, &s.sparsity, err)) != TFGT_OK ||
        (st = tfgt_params_get_int32(ctx->params, "minimum_size", 1024, &s.minimum_size, err)) !=
            TFGT_OK ||
        (st = tfgt_params_get_int32(ctx->params, "block_size", 1, &s.block_size, err)) != TFGT_OK)
        return st;
    if (!(s.sparsity >= 0.0f && s.sparsity <= 1.0f))
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                         "prune_weights: sparsity must be between 0 and 1, got %g",
                         (double)s.sparsity);
    if (s.block_size < 1)
        return tfgt_fail(err, TFGT_E_INVALID_ARGUMENT,
                         "prune_weights: block_size must be at least 1, got %d",
                         (int)s.block_size);
    consumers = tfgt_consumers_build(graph, err);
    if (!consumers)
        return err && err->status ? err->status : TFGT_E_NO_MEMORY;
    s.consumers = consumers;
    st = tfgt_replace_consts(graph, offer, &s, err);
    tfgt_consumers_free(consumers);
    if (st == TFGT_OK)
        tfgt_transform_log(ctx, TFGT_LOG_INFO,
                           "prune_weights: %zu weight Consts pruned, %lld of %lld values zero",
                           s.pruned, (long long)s.zeroed, (long long)s.total);
    return st;
}
