/* tfgt/tfgt.h - everything a libtfgt user needs, in one include.
 *
 *   #include <tfgt/tfgt.h>
 *   cc prog.c $(pkg-config --cflags --libs tfgt)
 *
 * Threads: the library keeps no global mutable state; different graphs
 * may be used from different threads at once.  One graph must not be used
 * from two threads at the same time.
 */
#ifndef TFGT_TFGT_H
#define TFGT_TFGT_H

#include "tfgt/status.h"
#include "tfgt/graph.h"
#include "tfgt/io.h"
#include "tfgt/executor.h"
#include "tfgt/npy.h"
#include "tfgt/summary.h"
#include "tfgt/tensor.h"
#include "tfgt/transform.h"
#include "tfgt/recipe.h"
#include "tfgt/calibration.h"
#include "tfgt/sensitivity.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The library's version, e.g. "0.1.0". */
const char *tfgt_version(void);

#ifdef __cplusplus
}
#endif
#endif
