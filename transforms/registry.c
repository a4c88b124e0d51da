/* registry.c - the one table of transforms.  `transform_graph --help`,
 * tfgt_transform_find and the man page are all read from it.  Keep rows in
 * name order (a test checks). */
#include <string.h>

#include "transforms.h"

static const tfgt_transform_param_info no_params[] = {{NULL, NULL, NULL, NULL}};

static const tfgt_transform_param_info strip_unused_nodes_params[] = {
    {"type", "type", "float", "data type of placeholders made for --inputs that are not ones"},
    {"shape", "shape", "", "shape of those placeholders, e.g. \"1,224,224,3\" (default: scalar)"},
    {"name", "list", NULL, "an input given its own type_for_name/shape_for_name (repeatable)"},
    {"type_for_name", "list", NULL, "type for the input named by the matching name="},
    {"shape_for_name", "list", NULL, "shape for the input named by the matching name="},
    {NULL, NULL, NULL, NULL},
};

static const tfgt_transform_param_info remove_nodes_params[] = {
    {"op", "list", NULL, "op type to remove (repeatable; required)"},
    {"max_inputs", "int", "1", "remove nodes with 1..max_inputs data inputs"},
    {NULL, NULL, NULL, NULL},
};

static const tfgt_transform_param_info rename_op_params[] = {
    {"old_op_name", "string", NULL, "op type to rename (required)"},
    {"new_op_name", "string", NULL, "its new name (required)"},
    {NULL, NULL, NULL, NULL},
};

static const tfgt_transform_param_info rename_attribute_params[] = {
    {"old_attribute_name", "string", NULL, "attribute to rename (required)"},
    {"new_attribute_name", "string", NULL, "its new key (required)"},
    {"op_name", "string", "*", "only on nodes of this op type"},
    {NULL, NULL, NULL, NULL},
};

static const tfgt_transform_param_info remove_attribute_params[] = {
    {"attribute_name", "string", NULL, "attribute to erase (required)"},
    {"op_name", "string", "*", "only on nodes of this op type"},
    {NULL, NULL, NULL, NULL},
};

static const tfgt_transform_param_info set_device_params[] = {
    {"device", "string", "", "device string, e.g. /device:CPU:0"},
    {"if_default", "bool", "false", "only nodes that have no device yet"},
    {NULL, NULL, NULL, NULL},
};

static const tfgt_transform_param_info rename_node_params[] = {
    {"old_node_name", "string", NULL, "node to rename (required)"},
    {"new_node_name", "string", NULL, "its new name (required)"},
    {NULL, NULL, NULL, NULL},
};

static const tfgt_transform_param_info add_default_attributes_params[] = {
    {"skip_unknown_ops", "bool", "true",
     "tfgt extension: skip ops missing from tfgt's op table (false: fail like TensorFlow)"},
    {NULL, NULL, NULL, NULL},
};

static const tfgt_transform_param_info fold_constants_params[] = {
    {"clear_output_shapes", "bool", "true",
     "drop stored _output_shapes first (false: use them for Shape/Size/Rank)"},
    {"exclude_op", "list", NULL, "op type never to fold (repeatable)"},
    {"exclude_node", "list", NULL, "node name never to fold (repeatable)"},
    {"max_constant_size_in_bytes", "int", "10485760",
     "largest folded result to store (bytes; 0 or less: fold nothing)"},
    {NULL, NULL, NULL, NULL},
};

static const tfgt_transform_param_info quantize_weights_params[] = {
    {"minimum_size", "int", "1024", "only Consts with at least this many elements"},
    {"per_channel", "bool", "false",
     "tfgt: conv/matmul weights get a symmetric qint8 range per output channel"},
    {"accuracy_target", "float", NULL,
     "tfgt: with --calibration_data, keep the most sensitive weights in float16, as few as "
     "possible, until top-1 agreement with float on the samples reaches this (0..1]"},
    {"keep_node", "list", NULL,
     "tfgt: leave the weights of this node (the Const or its conv/matmul) in float; repeatable"},
    {"keep_op", "list", NULL, "tfgt: leave the weights every op of this type reads in float; "
                              "repeatable (e.g. DepthwiseConv2dNative)"},
    {"keep_as", "string", "float16", "tfgt: how kept weights are stored: float16 or float"},
    {"clip", "string", "minmax",
     "tfgt: ranges from min/max (TensorFlow's), or mse: the clipping with least squared error "
     "(default with accuracy_target)"},
    {"bias_correction", "bool", "false",
     "tfgt: subtract each quantized conv/matmul's mean output shift from its bias (needs "
     "--calibration_data; default true with it and per_channel)"},
    {NULL, NULL, NULL, NULL},
};

static const tfgt_transform_param_info round_weights_params[] = {
    {"num_steps", "int", "256", "distinct values each weight Const keeps"},
    {NULL, NULL, NULL, NULL},
};

static const tfgt_transform_param_info float16_weights_params[] = {
    {"minimum_size", "int", "16", "only Consts with at least this many elements"},
    {NULL, NULL, NULL, NULL},
};

static const tfgt_transform_param_info prune_weights_params[] = {
    {"sparsity", "float", "0.5", "fraction of each weight tensor's blocks set to zero"},
    {"minimum_size", "int", "1024", "only weights with at least this many elements"},
    {"block_size", "int", "1", "consecutive elements pruned together (by mean |w|)"},
    {NULL, NULL, NULL, NULL},
};

static const tfgt_transform_param_info quantize_nodes_params[] = {
    {"input_min", "float", NULL, "with input_max: feed placeholders as quint8 in this range"},
    {"input_max", "float", NULL, "upper end of the placeholders' range"},
    {"fallback_min", "float", NULL, "with fallback_max: a fixed range for 32-bit results "
                                    "instead of RequantizationRange"},
    {"fallback_max", "float", NULL, "upper end of the fallback range"},
    {"ignore_op", "list", NULL, "op type to leave in float (repeatable)"},
    {"per_channel", "bool", "false",
     "tfgt: Conv2D/MatMul Const weights with one range per output channel"},
    {"dequantize_wide", "bool", "false",
     "tfgt: dequantize 32-bit results exactly instead of requantizing them to 8 bits"},
    {"fuse", "bool", "false",
     "tfgt: Conv2D/MatMul + bias [+ Relu/Relu6] as one op that requantizes once into the "
     "layer's output range"},
    {"calibration_percentile", "float", "0",
     "tfgt: with --calibration_data, freeze each range at this percentile of the samples"},
    {"keep_node", "list", NULL, "tfgt: leave the node of this name in float (repeatable)"},
    {"accuracy_target", "float", NULL,
     "tfgt: with --calibration_data, keep the fewest, most sensitive layers in float until "
     "top-1 agreement with the float graph on the samples reaches this fraction"},
    {NULL, NULL, NULL, NULL},
};

static const tfgt_transform_param_info insert_logging_params[] = {
    {"op", "list", NULL, "only nodes of this op type (repeatable; default all)"},
    {"prefix", "list", NULL, "only nodes whose name starts so (repeatable; default all)"},
    {"message", "string", "", "text printed before the values"},
    {"show_name", "bool", "false", "print the Print node's name"},
    {"show_op", "bool", "false", "print the op type"},
    {"first_n", "int", "-1", "log only the first N times (-1: always)"},
    {"summarize", "int", "1024", "values printed per tensor"},
    {NULL, NULL, NULL, NULL},
};

static const tfgt_transform_param_info freeze_requantization_ranges_params[] = {
    {"min_max_log_file", "string", NULL, "log of the Print nodes (required)"},
    {"min_percentile", "float", "5", "percentile of the logged minima to keep"},
    {"max_percentile", "float", "5", "percentile from the top of the logged maxima"},
    {NULL, NULL, NULL, NULL},
};

static const tfgt_transform_info transform_table[] = {
    {"add_default_attributes", tfgt_transform_add_default_attributes,
     "add every attribute the op has a default for and the node lacks",
     add_default_attributes_params},
    {"backport_concatv2", tfgt_transform_backport_concatv2,
     "rewrite ConcatV2 as the older Concat (axis first)", no_params},
    {"flatten_atrous_conv", tfgt_transform_flatten_atrous_conv,
     "turn SpaceToBatchND/conv/BatchToSpaceND into one conv with a spread filter", no_params},
    {"float16_weights", tfgt_transform_float16_weights,
     "tfgt: store float Consts as half with a Cast back to float (2x smaller)",
     float16_weights_params},
    {"fold_batch_norms", tfgt_transform_fold_batch_norms,
     "fold a constant Mul after Conv2D/MatMul/DepthwiseConv2dNative into the weights",
     no_params},
    {"fold_constants", tfgt_transform_fold_constants,
     "compute everything that does not depend on --inputs once and store it as Consts",
     fold_constants_params},
    {"fold_old_batch_norms", tfgt_transform_fold_old_batch_norms,
     "fold inference batch norm ops after convolutions into weights plus a BiasAdd",
     no_params},
    {"freeze_requantization_ranges", tfgt_transform_freeze_requantization_ranges,
     "replace RequantizationRange nodes by the ranges a min/max log recorded",
     freeze_requantization_ranges_params},
    {"fuse_pad_and_conv", tfgt_transform_fuse_pad_and_conv,
     "fuse MirrorPad + Conv2D into FusedPadConv2D", no_params},
    {"fuse_resize_and_conv", tfgt_transform_fuse_resize_and_conv,
     "fuse ResizeBilinear + Conv2D into FusedResizeAndPadConv2D", no_params},
    {"fuse_resize_pad_and_conv", tfgt_transform_fuse_resize_pad_and_conv,
     "fuse ResizeBilinear + MirrorPad + Conv2D into FusedResizeAndPadConv2D", no_params},
    {"insert_logging", tfgt_transform_insert_logging,
     "add Print nodes after selected nodes (e.g. to log RequantizationRange)",
     insert_logging_params},
    {"merge_duplicate_nodes", tfgt_transform_merge_duplicate_nodes,
     "merge nodes identical but for their names (not stateful ones)", no_params},
    {"obfuscate_names", tfgt_transform_obfuscate_names,
     "replace node names by short ids, keeping --inputs/--outputs", no_params},
    {"prune_weights", tfgt_transform_prune_weights,
     "tfgt: zero the smallest-magnitude conv/matmul weights to a target sparsity",
     prune_weights_params},
    {"quantize_nodes", tfgt_transform_quantize_nodes,
     "rewrite float ops as eight-bit ones (QuantizeV2/Quantized*/Requantize/Dequantize)",
     quantize_nodes_params},
    {"quantize_weights", tfgt_transform_quantize_weights,
     "store large float Consts as eight-bit with a Dequantize (4x smaller)",
     quantize_weights_params},
    {"remove_attribute", tfgt_transform_remove_attribute,
     "erase an attribute from all nodes or from one op type", remove_attribute_params},
    {"remove_control_dependencies", tfgt_transform_remove_control_dependencies,
     "drop every control input", no_params},
    {"remove_device", tfgt_transform_remove_device, "clear every node's device", no_params},
    {"remove_nodes", tfgt_transform_remove_nodes,
     "remove nodes of the given op types, wiring consumers to their first input",
     remove_nodes_params},
    {"rename_attribute", tfgt_transform_rename_attribute,
     "move an attribute to a new key", rename_attribute_params},
    {"rename_node", tfgt_transform_rename_node, "rename one node and every reference to it",
     rename_node_params},
    {"rename_op", tfgt_transform_rename_op, "change the op type of every node of one type",
     rename_op_params},
    {"round_weights", tfgt_transform_round_weights,
     "round float Consts to num_steps levels (smaller once compressed)", round_weights_params},
    {"set_device", tfgt_transform_set_device, "place nodes on a device", set_device_params},
    {"sort_by_execution_order", tfgt_transform_sort_by_execution_order,
     "order nodes so every node comes after its inputs (TensorFlow's LIFO order)", no_params},
    {"strip_unused_nodes", tfgt_transform_strip_unused_nodes,
     "drop nodes the --outputs do not need; turn --inputs into placeholders",
     strip_unused_nodes_params},
};

size_t tfgt_transform_count(void)
{
    return sizeof transform_table / sizeof transform_table[0];
}

const tfgt_transform_info *tfgt_transform_at(size_t i)
{
    return i < tfgt_transform_count() ? &transform_table[i] : NULL;
}

const tfgt_transform_info *tfgt_transform_find(const char *name)
{
    for (size_t i = 0; i < tfgt_transform_count(); i++)
        if (strcmp(transform_table[i].name, name) == 0)
            return &transform_table[i];
    return NULL;
}
