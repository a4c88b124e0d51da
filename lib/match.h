/* match.h - op-type patterns and the match-and-replace pass that the
 * folding, fusing and quantizing transforms are built on (TensorFlow's
 * OpTypePattern / GraphMatcher / ReplaceMatchingOpTypes, same semantics).
 *
 * A pattern is written as text:
 *     Mul(Conv2D|MatMul(*, Const), Const)
 * An op is "*" (any op), one op type, or alternatives joined by "|".  A
 * pattern with no parentheses matches a node whatever its inputs; one with
 * inputs requires exactly that many data inputs (control inputs are
 * ignored), each produced by a node matching the sub-pattern (the port is
 * ignored).  Matches are searched in execution order and never overlap: a
 * node taken by an earlier match cannot be part of a later one. */
#ifndef TFGT_MATCH_H
#define TFGT_MATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "tfgt/graph.h"
#include "tfgt/status.h"
#include "tfgt/tensor.h"

/* One matched node and the matches of its inputs, in pattern order. */
typedef struct tfgt_match {
    tfgt_node *node;
    struct tfgt_match *inputs;
    size_t n_inputs;
} tfgt_match;

/* Writes the replacement for one match into `out` (the graph being
 * rebuilt) at the match head's position.  Nodes of the match that are read
 * from outside it must be emitted again under the same names, or the
 * original nodes are kept instead (unless inconsistencies are allowed).
 * Nodes of `match` belong to the original graph and stay valid during the
 * call; `consumers` describes that graph.  An error aborts the whole
 * pass. */
typedef tfgt_status (*tfgt_match_replace_fn)(void *user, const tfgt_match *match,
                                             const tfgt_consumers *consumers, tfgt_graph *out,
                                             tfgt_error *err);

/* Replace every match of `pattern` in `graph`.  The graph keeps its other
 * fields; node pointers taken before the call are invalid afterwards.
 * *kept_original (may be NULL) counts matches whose replacement dropped a
 * node still needed outside the match and was therefore undone. */
tfgt_status tfgt_replace_matches(tfgt_graph *graph, const char *pattern, tfgt_match_replace_fn fn,
                                 void *user, bool allow_inconsistencies, size_t *kept_original,
                                 tfgt_error *err);

/* Every match of `pattern`, in execution order.  *matches is an array of
 * *n trees the caller frees with tfgt_matches_free. */
tfgt_status tfgt_find_matches(const tfgt_graph *graph, const char *pattern, tfgt_match **matches,
                              size_t *n, tfgt_error *err);
void tfgt_matches_free(tfgt_match *matches, size_t n);

/* Emit the match's nodes unchanged, breadth first from the head, each once
 * (what a replacement function does when it decides not to rewrite). */
tfgt_status tfgt_match_copy_original(const tfgt_match *match, tfgt_graph *out, tfgt_error *err);

/* Copy `node` into `out` unless a node of that name is already there
 * (re-emitting an input that two parts of a replacement share). */
tfgt_status tfgt_match_emit_once(tfgt_graph *out, const tfgt_node *node, tfgt_error *err);

/* Whether some node outside `match` reads `node` (data or control).
 * `consumers` describes the graph the match was found in. */
bool tfgt_match_used_outside(const tfgt_match *match, const tfgt_consumers *consumers,
                             const tfgt_node *node);

/* Rewrites one Const whose value decoded to `value`: either emit a
 * replacement into `out` (keeping the Const's name for whatever consumers
 * read) and set *replaced, or leave *replaced false to keep it as it is. */
typedef tfgt_status (*tfgt_const_replace_fn)(void *user, const tfgt_node *node,
                                             const tfgt_tensor *value, tfgt_graph *out,
                                             bool *replaced, tfgt_error *err);

/* Rebuild `graph` offering every Const to `fn`, in graph order.  A Const
 * without "dtype" or "value", or whose value does not decode, is an error
 * naming it (TensorFlow's weight transforms fail the same way). */
tfgt_status tfgt_replace_consts(tfgt_graph *graph, tfgt_const_replace_fn fn, void *user,
                                tfgt_error *err);

/* Whether `node` has readers and every one is a Conv2D,
 * DepthwiseConv2dNative or MatMul taking it as its weights (input 1, and
 * not also input 0).  `consumers` describes `graph`. */
bool tfgt_match_read_only_as_weights(const tfgt_graph *graph, const tfgt_consumers *consumers,
                                     const tfgt_node *node);

/* Whether a convolution node is NHWC with all dilations 1 (absent
 * attributes count as TensorFlow's defaults): the layout the fused and
 * folded forms assume. */
bool tfgt_conv_is_nhwc_undilated(const tfgt_node *conv);

#endif
