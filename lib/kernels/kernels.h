/* kernels/kernels.h - the kernel families.  Each family file defines one
 * table of its ops, ended by a row whose name is NULL; lib/ops.c lists the
 * tables.  One family per file:
 *   basic.c        Const and Placeholder (the executor runs them itself)
 *   elementwise.c  unary and broadcasting binary math, BiasAdd, Select, AddN
 *   reduce.c       Sum/Mean/Max/..., ArgMax/ArgMin, Softmax, LogSoftmax, Cumsum,
 *                  SoftmaxCrossEntropyWithLogits
 *   conv.c         Conv2D, DepthwiseConv2dNative, Conv2DBackpropInput, pools
 *                  (with gemm.c, the shared blocked float GEMM)
 *   matmul.c       MatMul, BatchMatMul(V2/V3)
 *   norm.c         FusedBatchNorm(V2/V3), BatchNormWithGlobalNormalization, LRN
 *   array.c        Reshape, Transpose, Concat, Slice, StridedSlice, Pad, Gather,
 *                  Cast, Identity, Shape, Fill ...
 *   image.c        ResizeBilinear, ResizeNearestNeighbor
 *   fake_quant.c   FakeQuantWithMinMaxArgs/Vars/VarsPerChannel (float)
 *   quantize.c     QuantizeV2, Dequantize, Requantize, RequantizationRange,
 *                  QuantizeDownAndShrinkRange (quantization.h: TF's formulas)
 *   quantized_ops.c  QuantizedConv2D, QuantizedMatMul, QuantizedAdd/Mul/BiasAdd,
 *                  QuantizedRelu/Relu6/Reshape/Concat/MaxPool/AvgPool
 *   fused_conv.c   FusedPadConv2D, FusedResizeAndPadConv2D (made by fuse_*)
 *   quantized_fused.c  Quantized{Conv2D,DepthwiseConv2D,MatMul}WithBias[AndRelu]
 *                  AndRequantize (made by quantize_nodes(fuse=true))
 */
#ifndef TFGT_KERNELS_H
#define TFGT_KERNELS_H

#include "ops.h"

extern const tfgt_op_def tfgt_ops_basic[];
extern const tfgt_op_def tfgt_ops_elementwise[];
extern const tfgt_op_def tfgt_ops_reduce[];
extern const tfgt_op_def tfgt_ops_conv[];
extern const tfgt_op_def tfgt_ops_matmul[];
extern const tfgt_op_def tfgt_ops_norm[];
extern const tfgt_op_def tfgt_ops_array[];
extern const tfgt_op_def tfgt_ops_image[];
extern const tfgt_op_def tfgt_ops_fake_quant[];
extern const tfgt_op_def tfgt_ops_quantize[];
extern const tfgt_op_def tfgt_ops_quantized[];
extern const tfgt_op_def tfgt_ops_fused_conv[];
extern const tfgt_op_def tfgt_ops_quantized_fused[];

#endif
