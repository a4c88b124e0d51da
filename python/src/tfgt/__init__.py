"""tfgt: TensorFlow GraphDef transforms, from C.

A drop-in for TensorFlow 1's ``tensorflow.tools.graph_transforms``::

    from tfgt import TransformGraph
    optimized = TransformGraph(graph_def, ["input"], ["softmax"],
                               ["strip_unused_nodes", "fold_constants(ignore_errors=true)",
                                "fold_batch_norms", "quantize_weights"])

plus loading, saving, summarizing and running graphs with tfgt's executor.
Graphs may be given as a ``tfgt.Graph``, as ``bytes`` (binary or text
GraphDef) or as any object with ``SerializeToString`` (a TensorFlow
``GraphDef``).  Failures raise ``tfgt.Error`` with tfgt's message, which
names the node and the reason.
"""
import json
import logging
import os
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np

from . import _native
from ._native import Error

__all__ = ["Error", "Graph", "TransformGraph", "load", "save", "summarize", "run",
           "transforms", "load_recipe", "transform_graph", "__version__"]

__version__: str = _native.version()

_log = logging.getLogger("tfgt")

# Bare recipe names resolve through $TFGT_RECIPE_PATH: add the recipes
# shipped inside this package after whatever the user set.
_RECIPES = os.path.join(os.path.dirname(__file__), "recipes")
if os.path.isdir(_RECIPES):
    _path = os.environ.get("TFGT_RECIPE_PATH")
    os.environ["TFGT_RECIPE_PATH"] = _path + os.pathsep + _RECIPES if _path else _RECIPES


class Graph:
    """A GraphDef held as its binary encoding.

    ``Graph(data)`` parses binary or text GraphDef bytes (raising
    ``tfgt.Error`` when they are not a valid GraphDef);
    ``Graph.from_graph_def(g)`` takes a TensorFlow GraphDef."""

    __slots__ = ("_bytes",)

    def __init__(self, data: Union[bytes, bytearray, memoryview, str]):
        if isinstance(data, str):
            data = data.encode()
        self._bytes = _native.parse(bytes(data))

    @classmethod
    def from_graph_def(cls, graph_def: Any) -> "Graph":
        return cls(graph_def.SerializeToString())

    @classmethod
    def _wrap(cls, data: bytes) -> "Graph":
        g = cls.__new__(cls)
        g._bytes = data
        return g

    def to_bytes(self) -> bytes:
        """The binary GraphDef (what ``GraphDef.ParseFromString`` reads)."""
        return self._bytes

    def to_text(self) -> str:
        """The protobuf text format (.pbtxt)."""
        return _native.to_text(self._bytes)

    def to_graph_def(self, graph_def_class: Any) -> Any:
        """A new object of ``graph_def_class`` (e.g. tf.compat.v1.GraphDef)."""
        out = graph_def_class()
        out.ParseFromString(self._bytes)
        return out

    @property
    def node_count(self) -> int:
        return int(summarize(self)["nodes"])

    def __len__(self) -> int:
        return self.node_count

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Graph) and other._bytes == self._bytes

    def __repr__(self) -> str:
        return "<tfgt.Graph: %d nodes, %d bytes>" % (self.node_count, len(self._bytes))


GraphLike = Union[Graph, bytes, bytearray, memoryview, Any]


def _graph_bytes(graph: GraphLike) -> bytes:
    if isinstance(graph, Graph):
        return graph.to_bytes()
    if isinstance(graph, (bytes, bytearray, memoryview)):
        return bytes(graph)
    if hasattr(graph, "SerializeToString"):
        return graph.SerializeToString()
    raise TypeError("expected a tfgt.Graph, bytes or a GraphDef, got %s" % type(graph).__name__)


def _names(value: Union[str, Sequence[str], None]) -> List[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v for v in value.split(",") if v]
    return [str(v) for v in value]


def _forward_log(lines: List[str]) -> None:
    for line in lines:
        (_log.warning if line.startswith("W ") else _log.info)(line[2:])


def transform_graph(graph: GraphLike, inputs: Union[str, Sequence[str], None],
                    outputs: Union[str, Sequence[str], None],
                    transforms: Union[str, Sequence[str]],
                    calibration_data: Union[str, Sequence[str], None] = None) -> Graph:
    """Run a transform pipeline (the ``transform_graph --transforms`` syntax)
    and return a new ``tfgt.Graph``.  ``calibration_data`` is a list of
    "NAME=DIR" (or "DIR") sample folders for transforms that calibrate."""
    text = transforms if isinstance(transforms, str) else " ".join(transforms)
    if isinstance(calibration_data, str):
        calibration_data = [calibration_data]
    out, log = _native.transform(_graph_bytes(graph), _names(inputs), _names(outputs), text,
                                 list(calibration_data or []))
    _forward_log(log)
    return Graph._wrap(out)


def TransformGraph(input_graph_def: GraphLike, inputs: Sequence[str], outputs: Sequence[str],
                   transforms: Sequence[str]) -> Any:
    """TensorFlow 1's ``TransformGraph``, same signature and behaviour.

    Python wrapper for the Graph Transform Tool: applies ``transforms``
    (a list of strings such as ``"fold_constants(ignore_errors=true)"``) to
    ``input_graph_def`` with the given input and output node names.
    Returns an object of the type given: a GraphDef of the caller's class
    for a GraphDef, ``bytes`` for bytes, a ``tfgt.Graph`` for a Graph.
    Raises ``tfgt.Error`` naming the node and the reason on failure."""
    result = transform_graph(input_graph_def, inputs, outputs, transforms)
    if isinstance(input_graph_def, Graph):
        return result
    if isinstance(input_graph_def, (bytes, bytearray, memoryview)):
        return result.to_bytes()
    return result.to_graph_def(type(input_graph_def))


def load(path: Union[str, "os.PathLike[str]"]) -> Graph:
    """Read a .pb or .pbtxt GraphDef (format from the name, then the contents)."""
    return Graph._wrap(_native.load(os.fspath(path)))


def save(graph: GraphLike, path: Union[str, "os.PathLike[str]"], as_text: bool = False) -> None:
    """Write a GraphDef, binary unless ``as_text``; written to a temporary
    name and renamed, so a failure leaves no partial file."""
    _native.save(_graph_bytes(graph), os.fspath(path), bool(as_text))


def summarize(graph: GraphLike) -> Dict[str, Any]:
    """What ``summarize_graph --json`` prints, as a dict (inputs, outputs,
    op_types, const_parameters, ...)."""
    return json.loads(_native.summarize(_graph_bytes(graph), "graph.pb"))


# TensorFlow's DataType numbers <-> numpy.
_TO_NUMPY = {1: np.float32, 2: np.float64, 3: np.int32, 4: np.uint8, 5: np.int16, 6: np.int8,
             8: np.complex64, 9: np.int64, 10: np.bool_, 11: np.int8, 12: np.uint8,
             13: np.int32, 15: np.int16, 16: np.uint16, 17: np.uint16, 18: np.complex128,
             19: np.float16, 22: np.uint32, 23: np.uint64}
_FROM_NUMPY = {np.dtype(np.float32): 1, np.dtype(np.float64): 2, np.dtype(np.int32): 3,
               np.dtype(np.uint8): 4, np.dtype(np.int16): 5, np.dtype(np.int8): 6,
               np.dtype(np.complex64): 8, np.dtype(np.int64): 9, np.dtype(np.bool_): 10,
               np.dtype(np.uint16): 17, np.dtype(np.complex128): 18, np.dtype(np.float16): 19,
               np.dtype(np.uint32): 22, np.dtype(np.uint64): 23}


def run(graph: GraphLike, feeds: Mapping[str, Any], outputs: Union[str, Sequence[str]],
        threads: int = 0) -> Dict[str, np.ndarray]:
    """Run the graph with tfgt's executor: ``feeds`` maps tensor names to
    arrays; returns {output name: numpy array}.  Only the nodes the outputs
    need run.  ``threads`` = 0 uses every core."""
    packed: List[Tuple[str, int, Tuple[int, ...], Any]] = []
    for name, value in feeds.items():
        array = np.ascontiguousarray(value)
        if array.dtype not in _FROM_NUMPY:
            raise TypeError("feed %r: numpy dtype %s is not supported" % (name, array.dtype))
        packed.append((name, _FROM_NUMPY[array.dtype], array.shape, array))
    names = _names(outputs)
    results = _native.run(_graph_bytes(graph), packed, names, int(threads))
    out: Dict[str, np.ndarray] = {}
    for name, (dtype, shape, data) in zip(names, results):
        out[name] = np.frombuffer(data, dtype=_TO_NUMPY.get(dtype, np.uint8)).reshape(shape)
    return out


def transforms() -> Dict[str, Dict[str, Any]]:
    """The registry: {name: {"summary": str, "params": {param: {"type", "default", "help"}}}}."""
    table: Dict[str, Dict[str, Any]] = {}
    for name, summary, params in _native.transforms():
        table[name] = {"summary": summary,
                       "params": {p: {"type": t, "default": d, "help": h}
                                  for p, t, d, h in params}}
    return table


def load_recipe(name_or_path: Union[str, "os.PathLike[str]"]) -> Dict[str, Any]:
    """A YAML recipe (a path, or the name of a shipped one such as
    "optimize_for_inference"): {"description", "inputs", "outputs",
    "calibration_data", "transforms" (a --transforms string)}.  Pass it on
    with ``transform_graph(g, r["inputs"], r["outputs"], r["transforms"])``."""
    return _native.recipe(os.fspath(name_or_path))
