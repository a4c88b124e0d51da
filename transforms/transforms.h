/* transforms.h - the transform functions the registry table lists.
 * Each lives in its own file, named after the transform. */
#ifndef TFGT_TRANSFORMS_H
#define TFGT_TRANSFORMS_H

#include "tfgt/tensor.h"
#include "tfgt/transform.h"

tfgt_status tfgt_transform_strip_unused_nodes(tfgt_graph *graph, const tfgt_transform_context *ctx,
                                              tfgt_error *err);
tfgt_status tfgt_transform_sort_by_execution_order(tfgt_graph *graph,
                                                   const tfgt_transform_context *ctx,
                                                   tfgt_error *err);

tfgt_status tfgt_transform_add_default_attributes(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_backport_concatv2(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_merge_duplicate_nodes(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_obfuscate_names(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_remove_attribute(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_remove_control_dependencies(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_remove_device(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_remove_nodes(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_rename_attribute(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_rename_node(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_rename_op(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_set_device(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);

tfgt_status tfgt_transform_flatten_atrous_conv(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_fold_batch_norms(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_fold_constants(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_fold_old_batch_norms(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_fuse_pad_and_conv(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_fuse_resize_and_conv(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_fuse_resize_pad_and_conv(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_quantize_weights(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_round_weights(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_float16_weights(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_prune_weights(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);

tfgt_status tfgt_transform_quantize_nodes(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_insert_logging(tfgt_graph *graph, const tfgt_transform_context *ctx,
        tfgt_error *err);
tfgt_status tfgt_transform_freeze_requantization_ranges(tfgt_graph *graph,
        const tfgt_transform_context *ctx, tfgt_error *err);

/* Whether `name` is exactly one of the --inputs/--outputs strings (as
 * TensorFlow's merge and obfuscate transforms compare: "x:0" does not
 * protect "x"). */
bool tfgt_transform_names_io(const tfgt_transform_context *ctx, const char *name);
/* Whether `node` is named by --inputs/--outputs, ports and "^" ignored. */
bool tfgt_transform_node_is_io(const tfgt_transform_context *ctx, const tfgt_node *node);

/* Store float Const `node` (value `w`) as float16_weights does: a half
 * Const "<name>_float16" and a Cast back to float under the Const's name
 * (control inputs kept), into `out`.  Values beyond half's range saturate
 * to +-65504 (counted in *saturated when not NULL). */
tfgt_status tfgt_float16_emit(tfgt_graph *out, const tfgt_node *node, const tfgt_tensor *w,
                              size_t *saturated, tfgt_error *err);
/* Log a formatted line through the context's callback (no-op without one). */
void tfgt_transform_log(const tfgt_transform_context *ctx, tfgt_log_level level, const char *fmt,
                        ...) __attribute__((format(printf, 3, 4)));

#endif
