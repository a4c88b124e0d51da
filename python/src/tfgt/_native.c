/* _native.c - the CPython face of libtfgt.  Graphs cross the boundary as
 * binary GraphDef bytes (what TensorFlow's GraphDef.SerializeToString
 * gives), tensors as (dtype number, shape, buffer).  The GIL is released
 * while the library transforms or runs; errors become tfgt.Error with the
 * library's message (node and reason); nothing here aborts the
 * interpreter. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <stdlib.h>
#include <string.h>

#include "tfgt/tfgt.h"

static PyObject *error_type;

/* Raise tfgt.Error(message) with .status and .node set. */
static PyObject *raise_error(const tfgt_error *err)
{
    PyObject *exc = PyObject_CallFunction(error_type, "s", err->message);
    if (!exc)
        return NULL;
    PyObject_SetAttrString(exc, "status", PyLong_FromLong((long)err->status));
    PyObject_SetAttrString(exc, "node", PyUnicode_FromString(err->node));
    PyErr_SetObject(error_type, exc);
    Py_DECREF(exc);
    return NULL;
}

/* A list of str as a NULL-terminated array of borrowed UTF-8 pointers
 * (valid while `list` lives).  NULL with an exception set on failure. */
static const char **string_array(PyObject *list, size_t *n, const char *what)
{
    PyObject *seq = PySequence_Fast(list, what);
    Py_ssize_t len;
    const char **out;
    if (!seq)
        return NULL;
    len = PySequence_Fast_GET_SIZE(seq);
    out = calloc((size_t)len + 1, sizeof *out);
    if (!out) {
        Py_DECREF(seq);
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < len; i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(seq, i);
        out[i] = PyUnicode_Check(item) ? PyUnicode_AsUTF8(item) : NULL;
        if (!out[i]) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_TypeError, "%s must hold strings", what);
            free(out);
            Py_DECREF(seq);
            return NULL;
        }
    }
    Py_DECREF(seq); /* items stay alive: `list` holds them */
    *n = (size_t)len;
    return out;
}

static tfgt_graph *graph_from(Py_buffer *view, tfgt_error *err)
{
    tfgt_graph *g = NULL;
    if (tfgt_graph_load_bytes(view->buf, (size_t)view->len, "<graph>", TFGT_FORMAT_AUTO, &g, NULL,
                              err) != TFGT_OK)
        return NULL;
    return g;
}

static PyObject *graph_to_bytes(const tfgt_graph *g)
{
    uint8_t *data = NULL;
    size_t len = 0;
    tfgt_error err;
    PyObject *out;
    tfgt_error_clear(&err);
    if (tfgt_graph_to_binary(g, &data, &len, &err) != TFGT_OK)
        return raise_error(&err);
    out = PyBytes_FromStringAndSize((const char *)data, (Py_ssize_t)len);
    free(data);
    return out;
}

/* ---- transform ---------------------------------------------------------- */

typedef struct log_lines {
    PyObject *list; /* filled after the GIL is back */
    char **lines;
    size_t n;
} log_lines;

static void collect_log(void *user, tfgt_log_level level, const char *message)
{
    log_lines *l = user;
    char **grown = realloc(l->lines, (l->n + 1) * sizeof *grown);
    size_t len = strlen(message);
    if (!grown)
        return;
    l->lines = grown;
    l->lines[l->n] = malloc(len + 3);
    if (!l->lines[l->n])
        return;
    l->lines[l->n][0] = level == TFGT_LOG_WARNING ? 'W' : 'I';
    l->lines[l->n][1] = ' ';
    memcpy(l->lines[l->n] + 2, message, len + 1);
    l->n++;
}

static PyObject *py_transform(PyObject *self, PyObject *args)
{
    Py_buffer view;
    PyObject *inputs, *outputs, *calibration_specs, *result = NULL, *log_list = NULL;
    const char *transforms;
    const char **in = NULL, **out = NULL, **cal_specs = NULL;
    size_t n_in = 0, n_out = 0, n_cal = 0;
    tfgt_pipeline *pipeline = NULL;
    tfgt_graph *g = NULL;
    tfgt_calibration *calibration = NULL;
    tfgt_transform_options options;
    log_lines log = {NULL, NULL, 0};
    tfgt_error err;
    tfgt_status st;
    (void)self;
    if (!PyArg_ParseTuple(args, "y*OOsO", &view, &inputs, &outputs, &transforms,
                          &calibration_specs))
        return NULL;
    tfgt_error_clear(&err);
    if (!(in = string_array(inputs, &n_in, "inputs")) ||
        !(out = string_array(outputs, &n_out, "outputs")) ||
        !(cal_specs = string_array(calibration_specs, &n_cal, "calibration_data")))
        goto done;
    if (tfgt_pipeline_parse(transforms, &pipeline, &err) != TFGT_OK) {
        raise_error(&err);
        goto done;
    }
    memset(&options, 0, sizeof options);
    options.inputs = in;
    options.n_inputs = n_in;
    options.outputs = out;
    options.n_outputs = n_out;
    options.log = collect_log;
    options.log_user = &log;
    Py_BEGIN_ALLOW_THREADS
    g = graph_from(&view, &err);
    st = g ? TFGT_OK : err.status;
    if (st == TFGT_OK && n_cal)
        st = tfgt_calibration_load(cal_specs, n_cal, in, n_in, 0, &calibration, &err);
    options.calibration = calibration;
    if (st == TFGT_OK)
        st = tfgt_transform_graph(g, pipeline, &options, &err);
    Py_END_ALLOW_THREADS
    log_list = PyList_New(0);
    for (size_t i = 0; log_list && i < log.n; i++) {
        PyObject *line = PyUnicode_FromString(log.lines[i]);
        if (line) {
            PyList_Append(log_list, line);
            Py_DECREF(line);
        }
    }
    if (st != TFGT_OK) {
        raise_error(&err);
        goto done;
    }
    {
        PyObject *bytes = graph_to_bytes(g);
        if (bytes && log_list)
            result = Py_BuildValue("(NO)", bytes, log_list);
        else
            Py_XDECREF(bytes);
    }
done:
    for (size_t i = 0; i < log.n; i++)
        free(log.lines[i]);
    free(log.lines);
    Py_XDECREF(log_list);
    tfgt_calibration_free(calibration);
    tfgt_graph_free(g);
    tfgt_pipeline_free(pipeline);
    free(in);
    free(out);
    free(cal_specs);
    PyBuffer_Release(&view);
    return result;
}

/* ---- files ------------------------------------------------------------------ */

static PyObject *py_load(PyObject *self, PyObject *args)
{
    const char *path;
    tfgt_graph *g = NULL;
    tfgt_error err;
    tfgt_status st;
    PyObject *out;
    (void)self;
    if (!PyArg_ParseTuple(args, "s", &path))
        return NULL;
    tfgt_error_clear(&err);
    Py_BEGIN_ALLOW_THREADS
    st = tfgt_graph_load(path, TFGT_FORMAT_AUTO, &g, NULL, &err);
    Py_END_ALLOW_THREADS
    if (st != TFGT_OK)
        return raise_error(&err);
    out = graph_to_bytes(g);
    tfgt_graph_free(g);
    return out;
}

static PyObject *py_save(PyObject *self, PyObject *args)
{
    Py_buffer view;
    const char *path;
    int as_text;
    tfgt_graph *g;
    tfgt_error err;
    tfgt_status st = TFGT_OK;
    (void)self;
    if (!PyArg_ParseTuple(args, "y*sp", &view, &path, &as_text))
        return NULL;
    tfgt_error_clear(&err);
    Py_BEGIN_ALLOW_THREADS
    g = graph_from(&view, &err);
    if (g)
        st = tfgt_graph_save(g, path, as_text ? TFGT_FORMAT_TEXT : TFGT_FORMAT_BINARY, &err);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&view);
    if (!g || st != TFGT_OK) {
        tfgt_graph_free(g);
        return raise_error(&err);
    }
    tfgt_graph_free(g);
    Py_RETURN_NONE;
}

static PyObject *py_to_text(PyObject *self, PyObject *args)
{
    Py_buffer view;
    tfgt_graph *g;
    tfgt_error err;
    char *text = NULL;
    size_t len = 0;
    PyObject *out;
    (void)self;
    if (!PyArg_ParseTuple(args, "y*", &view))
        return NULL;
    tfgt_error_clear(&err);
    g = graph_from(&view, &err);
    PyBuffer_Release(&view);
    if (!g)
        return raise_error(&err);
    if (tfgt_graph_to_text(g, &text, &len, &err) != TFGT_OK) {
        tfgt_graph_free(g);
        return raise_error(&err);
    }
    tfgt_graph_free(g);
    out = PyUnicode_FromStringAndSize(text, (Py_ssize_t)len);
    free(text);
    return out;
}

/* Parse bytes in either format and return the binary encoding. */
static PyObject *py_parse(PyObject *self, PyObject *args)
{
    Py_buffer view;
    tfgt_graph *g;
    tfgt_error err;
    PyObject *out;
    (void)self;
    if (!PyArg_ParseTuple(args, "y*", &view))
        return NULL;
    tfgt_error_clear(&err);
    g = graph_from(&view, &err);
    PyBuffer_Release(&view);
    if (!g)
        return raise_error(&err);
    out = graph_to_bytes(g);
    tfgt_graph_free(g);
    return out;
}

static PyObject *py_summarize(PyObject *self, PyObject *args)
{
    Py_buffer view;
    const char *label;
    tfgt_graph *g;
    tfgt_summary *summary = NULL;
    tfgt_error err;
    char *json = NULL;
    PyObject *out;
    (void)self;
    if (!PyArg_ParseTuple(args, "y*s", &view, &label))
        return NULL;
    tfgt_error_clear(&err);
    g = graph_from(&view, &err);
    PyBuffer_Release(&view);
    if (!g)
        return raise_error(&err);
    if (tfgt_graph_summarize(g, &summary, &err) != TFGT_OK ||
        tfgt_summary_to_json(summary, label, &json, &err) != TFGT_OK) {
        tfgt_summary_free(summary);
        tfgt_graph_free(g);
        return raise_error(&err);
    }
    out = PyUnicode_FromString(json);
    free(json);
    tfgt_summary_free(summary);
    tfgt_graph_free(g);
    return out;
}

/* ---- run ---------------------------------------------------------------------- */

/* feeds: list of (name, dtype, shape tuple, buffer); outputs: list of names.
 * Returns a list of (dtype, shape tuple, bytes). */
static PyObject *py_run(PyObject *self, PyObject *args)
{
    Py_buffer view;
    PyObject *feeds, *outputs, *seq = NULL, *result = NULL;
    int threads;
    const char **names = NULL, **out_names = NULL;
    tfgt_tensor **values = NULL, **results = NULL;
    size_t n_feeds = 0, n_out = 0;
    tfgt_graph *g = NULL;
    tfgt_error err;
    tfgt_status st;
    tfgt_run_options options;
    (void)self;
    if (!PyArg_ParseTuple(args, "y*OOi", &view, &feeds, &outputs, &threads))
        return NULL;
    tfgt_error_clear(&err);
    if (!(out_names = string_array(outputs, &n_out, "outputs")))
        goto done;
    if (!(seq = PySequence_Fast(feeds, "feeds must be a list")))
        goto done;
    n_feeds = (size_t)PySequence_Fast_GET_SIZE(seq);
    names = calloc(n_feeds + 1, sizeof *names);
    values = calloc(n_feeds + 1, sizeof *values);
    results = calloc(n_out + 1, sizeof *results);
    if (!names || !values || !results) {
        PyErr_NoMemory();
        goto done;
    }
    for (size_t i = 0; i < n_feeds; i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(seq, (Py_ssize_t)i), *shape;
        Py_buffer data;
        int dtype;
        int64_t dims[TFGT_MAX_RANK];
        Py_ssize_t rank;
        if (!PyArg_ParseTuple(item, "siOy*", &names[i], &dtype, &shape, &data))
            goto done;
        rank = PySequence_Size(shape);
        if (rank < 0 || rank > TFGT_MAX_RANK) {
            PyBuffer_Release(&data);
            PyErr_Format(PyExc_ValueError, "feed '%s': rank must be 0..%d", names[i],
                         TFGT_MAX_RANK);
            goto done;
        }
        for (Py_ssize_t d = 0; d < rank; d++) {
            PyObject *dim = PySequence_GetItem(shape, d);
            dims[d] = dim ? PyLong_AsLongLong(dim) : -1;
            Py_XDECREF(dim);
        }
        if (PyErr_Occurred()) {
            PyBuffer_Release(&data);
            goto done;
        }
        values[i] = tfgt_tensor_new(dtype, (int)rank, dims, 0, &err);
        if (!values[i]) {
            PyBuffer_Release(&data);
            raise_error(&err);
            goto done;
        }
        if ((size_t)data.len != values[i]->nbytes || dtype == TFGT_DT_STRING) {
            PyBuffer_Release(&data);
            PyErr_Format(PyExc_ValueError, "feed '%s': %zd bytes for a tensor of %zu bytes",
                         names[i], data.len, values[i]->nbytes);
            goto done;
        }
        memcpy(values[i]->data, data.buf, values[i]->nbytes);
        PyBuffer_Release(&data);
    }
    memset(&options, 0, sizeof options);
    options.threads = threads;
    Py_BEGIN_ALLOW_THREADS
    g = graph_from(&view, &err);
    st = g ? tfgt_graph_run(g, names, (const tfgt_tensor *const *)values, n_feeds, out_names,
                            n_out, &options, results, &err)
           : err.status;
    Py_END_ALLOW_THREADS
    if (st != TFGT_OK) {
        raise_error(&err);
        goto done;
    }
    result = PyList_New((Py_ssize_t)n_out);
    for (size_t i = 0; result && i < n_out; i++) {
        const tfgt_tensor *t = results[i];
        PyObject *shape = PyTuple_New(t->rank), *item;
        for (int d = 0; shape && d < t->rank; d++)
            PyTuple_SET_ITEM(shape, d, PyLong_FromLongLong(t->dims[d]));
        /* a bytearray, so the numpy array over it is writable */
        item = t->dtype == TFGT_DT_STRING
                   ? NULL
                   : Py_BuildValue("(iNN)", t->dtype, shape,
                                   PyByteArray_FromStringAndSize((const char *)t->data,
                                                                 (Py_ssize_t)t->nbytes));
        if (!item) {
            if (!PyErr_Occurred())
                PyErr_Format(error_type, "output '%s' is a string tensor, which tfgt.run "
                                         "does not return", out_names[i]);
            Py_CLEAR(result);
            break;
        }
        PyList_SET_ITEM(result, (Py_ssize_t)i, item);
    }
done:
    for (size_t i = 0; values && i < n_feeds; i++)
        tfgt_tensor_free(values[i]);
    for (size_t i = 0; results && i < n_out; i++)
        tfgt_tensor_free(results[i]);
    free(values);
    free(results);
    free(names);
    free(out_names);
    Py_XDECREF(seq);
    tfgt_graph_free(g);
    PyBuffer_Release(&view);
    return result;
}

/* ---- registry and recipes ------------------------------------------------- */

static PyObject *py_transforms(PyObject *self, PyObject *noargs)
{
    PyObject *list = PyList_New(0);
    (void)self;
    (void)noargs;
    for (size_t i = 0; list && i < tfgt_transform_count(); i++) {
        const tfgt_transform_info *info = tfgt_transform_at(i);
        PyObject *params = PyList_New(0), *row;
        for (const tfgt_transform_param_info *p = info->params; params && p->name; p++) {
            PyObject *prow = Py_BuildValue("(sszs)", p->name, p->type, p->default_value, p->help);
            if (!prow || PyList_Append(params, prow) != 0)
                Py_CLEAR(params);
            Py_XDECREF(prow);
        }
        row = params ? Py_BuildValue("(ssN)", info->name, info->summary, params) : NULL;
        if (!row || PyList_Append(list, row) != 0)
            Py_CLEAR(list);
        Py_XDECREF(row);
    }
    return list;
}

static PyObject *names_list(char **names, size_t n)
{
    PyObject *list = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; list && i < n; i++)
        PyList_SET_ITEM(list, (Py_ssize_t)i, PyUnicode_FromString(names[i]));
    return list;
}

static PyObject *py_recipe(PyObject *self, PyObject *args)
{
    const char *name;
    tfgt_recipe *recipe = NULL;
    tfgt_error err;
    char *transforms = NULL;
    PyObject *out;
    (void)self;
    if (!PyArg_ParseTuple(args, "s", &name))
        return NULL;
    tfgt_error_clear(&err);
    if (tfgt_recipe_load(name, &recipe, &err) != TFGT_OK ||
        tfgt_pipeline_to_string(recipe->pipeline, &transforms, &err) != TFGT_OK) {
        tfgt_recipe_free(recipe);
        return raise_error(&err);
    }
    out = Py_BuildValue("{s:z,s:N,s:N,s:N,s:s}", "description", recipe->description, "inputs",
                        names_list(recipe->inputs, recipe->n_inputs), "outputs",
                        names_list(recipe->outputs, recipe->n_outputs), "calibration_data",
                        names_list(recipe->calibration_data, recipe->n_calibration_data),
                        "transforms", transforms);
    free(transforms);
    tfgt_recipe_free(recipe);
    return out;
}

static PyObject *py_version(PyObject *self, PyObject *noargs)
{
    (void)self;
    (void)noargs;
    return PyUnicode_FromString(tfgt_version());
}

static PyMethodDef methods[] = {
    {"transform", py_transform, METH_VARARGS,
     "transform(graph_bytes, inputs, outputs, transforms, calibration_data) -> (bytes, log)"},
    {"load", py_load, METH_VARARGS, "load(path) -> binary GraphDef bytes"},
    {"save", py_save, METH_VARARGS, "save(graph_bytes, path, as_text)"},
    {"parse", py_parse, METH_VARARGS, "parse(bytes in either format) -> binary bytes"},
    {"to_text", py_to_text, METH_VARARGS, "to_text(graph_bytes) -> str"},
    {"summarize", py_summarize, METH_VARARGS, "summarize(graph_bytes, label) -> JSON text"},
    {"run", py_run, METH_VARARGS,
     "run(graph_bytes, [(name, dtype, shape, buffer)], outputs, threads) -> [(dtype, shape, "
     "bytes)]"},
    {"transforms", py_transforms, METH_NOARGS, "transforms() -> [(name, summary, params)]"},
    {"recipe", py_recipe, METH_VARARGS, "recipe(name_or_path) -> dict"},
    {"version", py_version, METH_NOARGS, "version() -> str"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "tfgt._native",
                                    "libtfgt, compiled into the Python package", -1, methods,
                                    NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__native(void)
{
    PyObject *m = PyModule_Create(&module);
    if (!m)
        return NULL;
    error_type = PyErr_NewExceptionWithDoc("tfgt.Error",
                                           "A tfgt failure: the message names the node (if any) "
                                           "and the reason; .status and .node say the same.",
                                           NULL, NULL);
    if (!error_type || PyModule_AddObject(m, "Error", error_type) != 0) {
        Py_XDECREF(error_type);
        Py_DECREF(m);
        return NULL;
    }
    Py_INCREF(error_type);
    return m;
}
