/* recipe.c - YAML recipe files (see tfgt/recipe.h).  libyaml's document
 * API builds the tree; everything libyaml lets through silently (duplicate
 * keys, loosely typed scalars) is checked here. */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

#include "buffer.h"
#include "config.h"
#include "tfgt/io.h"
#include "tfgt/graph.h"
#include "tfgt/recipe.h"

typedef struct reader {
    yaml_document_t *doc;
    const char *name;
    tfgt_error *err;
} reader;

static tfgt_status fail_at(reader *r, const yaml_node_t *node, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static tfgt_status fail_at(reader *r, const yaml_node_t *node, const char *fmt, ...)
{
    char text[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    return tfgt_fail_at(r->err, TFGT_E_PARSE, r->name, (int)node->start_mark.line + 1,
                        (int)node->start_mark.column + 1, "%s", text);
}

static const char *scalar(const yaml_node_t *node)
{
    return node && node->type == YAML_SCALAR_NODE ? (const char *)node->data.scalar.value : NULL;
}

/* Plain (unquoted) scalars are typed by YAML; quoted ones are strings. */
static bool is_plain(const yaml_node_t *node)
{
    return node->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
}

static tfgt_status check_no_duplicates(reader *r, const yaml_node_t *map)
{
    for (yaml_node_pair_t *a = map->data.mapping.pairs.start; a < map->data.mapping.pairs.top; a++)
        for (yaml_node_pair_t *b = a + 1; b < map->data.mapping.pairs.top; b++) {
            const char *ka = scalar(yaml_document_get_node(r->doc, a->key));
            const char *kb = scalar(yaml_document_get_node(r->doc, b->key));
            if (ka && kb && strcmp(ka, kb) == 0)
                return fail_at(r, yaml_document_get_node(r->doc, b->key),
                               "duplicate key '%s'", kb);
        }
    return TFGT_OK;
}

static char **list_append(char **list, size_t *n, const char *value)
{
    char **grown = realloc(list, (*n + 2) * sizeof *grown);
    if (!grown)
        return NULL;
    grown[*n] = strdup(value);
    if (!grown[*n])
        return NULL;
    (*n)++;
    grown[*n] = NULL;
    return grown;
}

/* A name or a list of names. */
static tfgt_status read_names(reader *r, const yaml_node_t *node, char ***list, size_t *n)
{
    if (node->type == YAML_SCALAR_NODE) {
        if (!(*list = list_append(*list, n, scalar(node))))
            return tfgt_fail(r->err, TFGT_E_NO_MEMORY, "out of memory");
        return TFGT_OK;
    }
    if (node->type != YAML_SEQUENCE_NODE)
        return fail_at(r, node, "expected a name or a list of names");
    for (yaml_node_item_t *i = node->data.sequence.items.start; i < node->data.sequence.items.top;
         i++) {
        const yaml_node_t *item = yaml_document_get_node(r->doc, *i);
        if (!scalar(item))
            return fail_at(r, item, "expected a name");
        if (!(*list = list_append(*list, n, scalar(item))))
            return tfgt_fail(r->err, TFGT_E_NO_MEMORY, "out of memory");
    }
    return TFGT_OK;
}

static bool is_integer(const char *s)
{
    char *end;
    if (!*s)
        return false;
    errno = 0;
    (void)strtoll(s, &end, 10);
    return !*end && !errno;
}

static bool is_number(const char *s)
{
    char *end;
    double v;
    if (!*s)
        return false;
    v = strtod(s, &end);
    return !*end && isfinite(v);
}

/* Check one parameter value against the type the registry gives. */
static tfgt_status check_value(reader *r, const yaml_node_t *node, const char *transform,
                               const tfgt_transform_param_info *info, const char **text)
{
    const char *value = scalar(node);
    int dtype;
    tfgt_shape shape;
    if (!value)
        return fail_at(r, node, "%s: parameter '%s' needs a scalar value", transform,
                       info ? info->name : "ignore_errors");
    *text = value;
    if (!info) { /* ignore_errors */
        if (!is_plain(node) || (strcmp(value, "true") && strcmp(value, "false")))
            return fail_at(r, node, "%s: ignore_errors must be true or false, not '%s'",
                           transform, value);
        return TFGT_OK;
    }
    if (!strcmp(info->type, "bool") &&
        (!is_plain(node) || (strcmp(value, "true") && strcmp(value, "false"))))
        return fail_at(r, node, "%s: parameter '%s' must be true or false, not '%s'", transform,
                       info->name, value);
    if (!strcmp(info->type, "int") && (!is_plain(node) || !is_integer(value)))
        return fail_at(r, node, "%s: parameter '%s' must be an integer, not '%s'", transform,
                       info->name, value);
    if (!strcmp(info->type, "float") && (!is_plain(node) || !is_number(value)))
        return fail_at(r, node, "%s: parameter '%s' must be a number, not '%s'", transform,
                       info->name, value);
    if (!strcmp(info->type, "type") && !tfgt_dtype_from_string(value, &dtype))
        return fail_at(r, node, "%s: parameter '%s': '%s' is not a TensorFlow type name",
                       transform, info->name, value);
    if (!strcmp(info->type, "shape") && tfgt_shape_from_string(value, &shape, NULL) != TFGT_OK)
        return fail_at(r, node, "%s: parameter '%s': '%s' is not a shape like \"1,224,224,3\"",
                       transform, info->name, value);
    return TFGT_OK;
}

static tfgt_status read_step(reader *r, const yaml_node_t *item, tfgt_pipeline *pipeline)
{
    const yaml_node_t *name_node = item, *params = NULL;
    const tfgt_transform_info *info;
    tfgt_pipeline_step *step;
    tfgt_status st;

    if (item->type == YAML_MAPPING_NODE) {
        yaml_node_pair_t *pair = item->data.mapping.pairs.start;
        if (item->data.mapping.pairs.top - pair != 1)
            return fail_at(r, item, "each transform is a name, or one name with its parameters");
        name_node = yaml_document_get_node(r->doc, pair->key);
        params = yaml_document_get_node(r->doc, pair->value);
    }
    if (!scalar(name_node))
        return fail_at(r, name_node, "expected a transform name");
    info = tfgt_transform_find(scalar(name_node));
    if (!info)
        return fail_at(r, name_node, "unknown transform '%s'", scalar(name_node));
    step = tfgt_pipeline_add_step(pipeline, info->name);
    if (!step)
        return tfgt_fail(r->err, TFGT_E_NO_MEMORY, "out of memory");
    if (!params || (params->type == YAML_SCALAR_NODE && !scalar(params)[0] && is_plain(params)))
        return TFGT_OK; /* "name:" with nothing after it */
    if (params->type != YAML_MAPPING_NODE)
        return fail_at(r, params, "%s: parameters must be a mapping like {key: value}", info->name);
    if ((st = check_no_duplicates(r, params)) != TFGT_OK)
        return st;
    for (yaml_node_pair_t *p = params->data.mapping.pairs.start; p < params->data.mapping.pairs.top;
         p++) {
        const yaml_node_t *key = yaml_document_get_node(r->doc, p->key);
        const yaml_node_t *value = yaml_document_get_node(r->doc, p->value);
        const tfgt_transform_param_info *pinfo = NULL;
        const char *text;
        if (!scalar(key))
            return fail_at(r, key, "expected a parameter name");
        if (strcmp(scalar(key), "ignore_errors") != 0) {
            for (pinfo = info->params; pinfo->name; pinfo++)
                if (!strcmp(pinfo->name, scalar(key)))
                    break;
            if (!pinfo->name)
                return fail_at(r, key, "%s has no parameter '%s'", info->name, scalar(key));
        }
        if (value->type == YAML_SEQUENCE_NODE) {
            for (yaml_node_item_t *i = value->data.sequence.items.start;
                 i < value->data.sequence.items.top; i++) {
                st = check_value(r, yaml_document_get_node(r->doc, *i), info->name, pinfo, &text);
                if (st != TFGT_OK)
                    return st;
                if (tfgt_params_add(&step->params, scalar(key), text) != TFGT_OK)
                    return tfgt_fail(r->err, TFGT_E_NO_MEMORY, "out of memory");
            }
            continue;
        }
        st = check_value(r, value, info->name, pinfo, &text);
        if (st != TFGT_OK)
            return st;
        if (tfgt_params_add(&step->params, scalar(key), text) != TFGT_OK)
            return tfgt_fail(r->err, TFGT_E_NO_MEMORY, "out of memory");
    }
    return TFGT_OK;
}

static tfgt_status read_recipe(reader *r, tfgt_recipe *recipe)
{
    const yaml_node_t *root = yaml_document_get_root_node(r->doc);
    tfgt_status st;
    if (!root)
        return tfgt_fail(r->err, TFGT_E_PARSE, "%s: empty recipe", r->name);
    if (root->type != YAML_MAPPING_NODE)
        return fail_at(r, root, "a recipe is a mapping with inputs, outputs and transforms");
    if ((st = check_no_duplicates(r, root)) != TFGT_OK)
        return st;
    for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top;
         p++) {
        const yaml_node_t *key = yaml_document_get_node(r->doc, p->key);
        const yaml_node_t *value = yaml_document_get_node(r->doc, p->value);
        const char *k = scalar(key);
        if (!k)
            return fail_at(r, key, "expected a key");
        if (!strcmp(k, "inputs")) {
            st = read_names(r, value, &recipe->inputs, &recipe->n_inputs);
        } else if (!strcmp(k, "outputs")) {
            st = read_names(r, value, &recipe->outputs, &recipe->n_outputs);
        } else if (!strcmp(k, "calibration_data")) {
            st = read_names(r, value, &recipe->calibration_data, &recipe->n_calibration_data);
        } else if (!strcmp(k, "description")) {
            if (!scalar(value))
                return fail_at(r, value, "description must be text");
            free(recipe->description);
            recipe->description = strdup(scalar(value));
            st = recipe->description ? TFGT_OK : TFGT_E_NO_MEMORY;
        } else if (!strcmp(k, "transforms")) {
            if (value->type != YAML_SEQUENCE_NODE)
                return fail_at(r, value, "transforms must be a list");
            st = TFGT_OK;
            for (yaml_node_item_t *i = value->data.sequence.items.start;
                 st == TFGT_OK && i < value->data.sequence.items.top; i++)
                st = read_step(r, yaml_document_get_node(r->doc, *i), recipe->pipeline);
        } else {
            return fail_at(r, key,
                           "unknown key '%s' (expected description, inputs, outputs, "
                           "calibration_data, transforms)",
                           k);
        }
        if (st != TFGT_OK)
            return st;
    }
    return TFGT_OK;
}

static tfgt_recipe *recipe_alloc(void)
{
    tfgt_recipe *recipe = calloc(1, sizeof *recipe);
    if (!recipe)
        return NULL;
    recipe->inputs = calloc(1, sizeof(char *));
    recipe->outputs = calloc(1, sizeof(char *));
    recipe->calibration_data = calloc(1, sizeof(char *));
    recipe->pipeline = tfgt_pipeline_new();
    if (!recipe->inputs || !recipe->outputs || !recipe->calibration_data || !recipe->pipeline) {
        tfgt_recipe_free(recipe);
        return NULL;
    }
    return recipe;
}

void tfgt_recipe_free(tfgt_recipe *recipe)
{
    if (!recipe)
        return;
    tfgt_string_list_free(recipe->inputs);
    tfgt_string_list_free(recipe->outputs);
    tfgt_string_list_free(recipe->calibration_data);
    tfgt_pipeline_free(recipe->pipeline);
    free(recipe->description);
    free(recipe);
}

tfgt_status tfgt_recipe_parse(const char *text, size_t len, const char *name, tfgt_recipe **out,
                              tfgt_error *err)
{
    yaml_parser_t parser;
    yaml_document_t doc;
    reader r = {&doc, name ? name : "<recipe>", err};
    tfgt_recipe *recipe;
    tfgt_status st;

    *out = NULL;
    if (!yaml_parser_initialize(&parser))
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    if (!yaml_parser_load(&parser, &doc)) {
        st = tfgt_fail_at(err, TFGT_E_PARSE, r.name, (int)parser.problem_mark.line + 1,
                          (int)parser.problem_mark.column + 1, "%s%s%s",
                          parser.problem ? parser.problem : "YAML syntax error",
                          parser.context ? " " : "", parser.context ? parser.context : "");
        yaml_parser_delete(&parser);
        return st;
    }
    recipe = recipe_alloc();
    st = recipe ? read_recipe(&r, recipe) : tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    if (st == TFGT_OK) {
        /* Only one document per file. */
        yaml_document_t extra;
        if (yaml_parser_load(&parser, &extra)) {
            if (yaml_document_get_root_node(&extra))
                st = tfgt_fail(err, TFGT_E_PARSE, "%s: only one YAML document is allowed", r.name);
            yaml_document_delete(&extra);
        }
    }
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    if (st != TFGT_OK) {
        tfgt_recipe_free(recipe);
        return st;
    }
    *out = recipe;
    return TFGT_OK;
}

const char *tfgt_recipe_dir(void)
{
    return TFGT_RECIPE_DIR;
}

static bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

tfgt_status tfgt_recipe_load(const char *name_or_path, tfgt_recipe **out, tfgt_error *err)
{
    char path[4096];
    const char *found = NULL;
    uint8_t *data = NULL;
    size_t len = 0;
    tfgt_status st;
    *out = NULL;
    if (strchr(name_or_path, '/') || file_exists(name_or_path)) {
        found = name_or_path;
    } else {
        const char *search = getenv("TFGT_RECIPE_PATH");
        char dirs[4096];
        snprintf(dirs, sizeof dirs, "%s%s%s", search ? search : "", search ? ":" : "",
                 tfgt_recipe_dir());
        for (char *save = NULL, *dir = strtok_r(dirs, ":", &save); dir && !found;
             dir = strtok_r(NULL, ":", &save)) {
            snprintf(path, sizeof path, "%s/%s%s", dir, name_or_path,
                     strstr(name_or_path, ".yaml") ? "" : ".yaml");
            if (file_exists(path))
                found = path;
        }
        if (!found)
            return tfgt_fail(err, TFGT_E_NOT_FOUND,
                             "no recipe named '%s' (looked in $TFGT_RECIPE_PATH and %s)",
                             name_or_path, tfgt_recipe_dir());
    }
    st = tfgt_file_read(found, &data, &len, err);
    if (st == TFGT_OK)
        st = tfgt_recipe_parse((const char *)data, len, found, out, err);
    free(data);
    return st;
}

tfgt_recipe *tfgt_recipe_new(const char *const *inputs, size_t n_inputs,
                             const char *const *outputs, size_t n_outputs,
                             const tfgt_pipeline *pipeline, tfgt_error *err)
{
    tfgt_recipe *recipe = recipe_alloc();
    bool ok = recipe != NULL;
    for (size_t i = 0; ok && i < n_inputs; i++)
        ok = (recipe->inputs = list_append(recipe->inputs, &recipe->n_inputs, inputs[i])) != NULL;
    for (size_t i = 0; ok && i < n_outputs; i++)
        ok = (recipe->outputs = list_append(recipe->outputs, &recipe->n_outputs, outputs[i])) !=
             NULL;
    for (size_t s = 0; ok && pipeline && s < pipeline->n_steps; s++) {
        const tfgt_pipeline_step *from = &pipeline->steps[s];
        tfgt_pipeline_step *to = tfgt_pipeline_add_step(recipe->pipeline, from->name);
        ok = to != NULL;
        for (size_t p = 0; ok && p < from->params.n_items; p++)
            for (size_t v = 0; ok && v < from->params.items[p].n_values; v++)
                ok = tfgt_params_add(&to->params, from->params.items[p].name,
                                     from->params.items[p].values[v]) == TFGT_OK;
    }
    if (!ok) {
        tfgt_recipe_free(recipe);
        tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
        return NULL;
    }
    return recipe;
}

/* YAML double-quoted scalar. */
static bool put_quoted(tfgt_buffer *out, const char *s)
{
    bool ok = tfgt_buffer_append_byte(out, '"') == TFGT_OK;
    for (; ok && *s; s++) {
        if (*s == '"' || *s == '\\')
            ok = tfgt_buffer_printf(out, "\\%c", *s) == TFGT_OK;
        else if ((unsigned char)*s < 0x20)
            ok = tfgt_buffer_printf(out, "\\x%02x", (unsigned char)*s) == TFGT_OK;
        else
            ok = tfgt_buffer_append_byte(out, (uint8_t)*s) == TFGT_OK;
    }
    return ok && tfgt_buffer_append_byte(out, '"') == TFGT_OK;
}

static bool put_names(tfgt_buffer *out, const char *key, char **names, size_t n)
{
    bool ok = tfgt_buffer_printf(out, "%s: [", key) == TFGT_OK;
    for (size_t i = 0; ok && i < n; i++)
        ok = tfgt_buffer_append_str(out, i ? ", " : "") == TFGT_OK && put_quoted(out, names[i]);
    return ok && tfgt_buffer_append_str(out, "]\n") == TFGT_OK;
}

/* Booleans and numbers are written plain so they read back typed. */
static bool put_value(tfgt_buffer *out, const tfgt_transform_info *info, const char *param,
                      const char *value)
{
    const char *type = "string";
    if (info)
        for (const tfgt_transform_param_info *p = info->params; p->name; p++)
            if (!strcmp(p->name, param))
                type = p->type;
    if (!strcmp(param, "ignore_errors"))
        type = "bool";
    if ((!strcmp(type, "bool") && (!strcmp(value, "true") || !strcmp(value, "false"))) ||
        (!strcmp(type, "int") && is_integer(value)) || (!strcmp(type, "float") && is_number(value)))
        return tfgt_buffer_append_str(out, value) == TFGT_OK;
    return put_quoted(out, value);
}

tfgt_status tfgt_recipe_to_yaml(const tfgt_recipe *recipe, char **text, tfgt_error *err)
{
    tfgt_buffer out = TFGT_BUFFER_INIT;
    bool ok = true;
    if (recipe->description)
        ok = tfgt_buffer_append_str(&out, "description: ") == TFGT_OK &&
             put_quoted(&out, recipe->description) &&
             tfgt_buffer_append_str(&out, "\n") == TFGT_OK;
    ok = ok && put_names(&out, "inputs", recipe->inputs, recipe->n_inputs) &&
         put_names(&out, "outputs", recipe->outputs, recipe->n_outputs) &&
         (recipe->n_calibration_data == 0 ||
          put_names(&out, "calibration_data", recipe->calibration_data,
                    recipe->n_calibration_data)) &&
         tfgt_buffer_append_str(&out, "transforms:\n") == TFGT_OK;
    for (size_t s = 0; ok && s < recipe->pipeline->n_steps; s++) {
        const tfgt_pipeline_step *step = &recipe->pipeline->steps[s];
        const tfgt_transform_info *info = tfgt_transform_find(step->name);
        ok = tfgt_buffer_printf(&out, "  - %s", step->name) == TFGT_OK;
        if (ok && step->params.n_items)
            ok = tfgt_buffer_append_str(&out, ": {") == TFGT_OK;
        for (size_t p = 0; ok && p < step->params.n_items; p++) {
            const tfgt_param *param = &step->params.items[p];
            ok = tfgt_buffer_printf(&out, "%s%s: ", p ? ", " : "", param->name) == TFGT_OK;
            if (ok && param->n_values == 1) {
                ok = put_value(&out, info, param->name, param->values[0]);
                continue;
            }
            ok = ok && tfgt_buffer_append_str(&out, "[") == TFGT_OK;
            for (size_t v = 0; ok && v < param->n_values; v++)
                ok = tfgt_buffer_append_str(&out, v ? ", " : "") == TFGT_OK &&
                     put_value(&out, info, param->name, param->values[v]);
            ok = ok && tfgt_buffer_append_str(&out, "]") == TFGT_OK;
        }
        if (ok && step->params.n_items)
            ok = tfgt_buffer_append_str(&out, "}") == TFGT_OK;
        ok = ok && tfgt_buffer_append_str(&out, "\n") == TFGT_OK;
    }
    if (!ok) {
        tfgt_buffer_free(&out);
        return tfgt_fail(err, TFGT_E_NO_MEMORY, "out of memory");
    }
    *text = (char *)tfgt_buffer_release(&out, NULL);
    return TFGT_OK;
}
