/* transform_graph - apply a pipeline of transforms to a GraphDef, with
 * TensorFlow's flags and transform syntax. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "tfgt/calibration.h"
#include "tfgt/recipe.h"

static const char *program = "transform_graph";

static void print_help(const cli_flag *flags)
{
    printf("Usage: %s --in_graph=FILE --out_graph=FILE [--inputs=A,B] [--outputs=C,D]\n"
           "                       --transforms='NAME(key=value, ...) NAME ...' [OPTION]...\n"
           "Apply graph transforms to a TensorFlow GraphDef, as TensorFlow's transform_graph "
           "does.\n\n",
           program);
    printf("Flags:\n");
    cli_print_flags(flags);
    printf("\nFiles: binary GraphDef, or protobuf text when the name ends in .pbtxt or .txt\n"
           "(input: also detected from the contents).  \"-\" is standard input/output.\n"
           "The output is written to a temporary file and renamed into place on success.\n\n");
    printf("Recipes: --recipe=NAME reads NAME.yaml from $TFGT_RECIPE_PATH, then %s;\n"
           "--print_recipe turns any command line into a recipe.\n\n",
           tfgt_recipe_dir());
    printf("Transforms (parameters in brackets; every transform also takes ignore_errors):\n");
    for (size_t i = 0; i < tfgt_transform_count(); i++) {
        const tfgt_transform_info *t = tfgt_transform_at(i);
        printf("  %s\n      %s\n", t->name, t->summary);
        for (const tfgt_transform_param_info *p = t->params; p->name; p++)
            printf("      [%s=%s%s%s] %s\n", p->name, p->type,
                   p->default_value ? ", default " : "",
                   p->default_value ? (p->default_value[0] ? p->default_value : "\"\"") : "",
                   p->help);
    }
    printf("\nExit status: 0 success, 1 failure, 2 usage error.\n"
           "Report bugs to the tfgt issue tracker.\n");
}

static bool same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    if (strcmp(a, "-") == 0 || strcmp(b, "-") == 0)
        return false;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

int main(int argc, char **argv)
{
    const char *in_graph = NULL, *out_graph = NULL, *inputs = NULL, *outputs = NULL;
    const char *transforms = NULL, *recipe_name = NULL;
    bool output_as_text = false, quiet = false, help = false, version = false, print_recipe = false;
    cli_list calibration_specs = {NULL, 0, false};
    const cli_flag flags[] = {
        CLI_STR("in_graph", &in_graph, "GraphDef file to read (required)"),
        CLI_STR("out_graph", &out_graph, "file to write (required)"),
        CLI_STR("inputs", &inputs, "comma-separated input node names"),
        CLI_STR("outputs", &outputs, "comma-separated output node names"),
        CLI_STR("transforms", &transforms, "the transforms to apply, in order (required unless --recipe; '' only converts)"),
        CLI_STR("recipe", &recipe_name,
                "YAML recipe file, or the name of an installed recipe (flags override its fields)"),
        CLI_MULTI("calibration_data", &calibration_specs,
                  "NAME=DIR or DIR: sample inputs (one .npy per sample) for transforms that "
                  "calibrate eight-bit ranges (repeat per input)"),
        CLI_BOOL_FLAG("print_recipe", &print_recipe,
                      "print the resolved inputs, outputs and transforms as a YAML recipe and exit"),
        CLI_BOOL_FLAG("output_as_text", &output_as_text, "write protobuf text format whatever the file name"),
        CLI_BOOL_FLAG("quiet", &quiet, "do not report what each transform changed"),
        CLI_BOOL_FLAG("help", &help, "show this help and exit"),
        CLI_BOOL_FLAG("version", &version, "show the version and exit"),
        CLI_END,
    };
    tfgt_pipeline *pipeline = NULL;
    tfgt_recipe *recipe = NULL;
    tfgt_calibration *calibration = NULL;
    tfgt_graph *graph = NULL;
    char **input_list = NULL, **output_list = NULL;
    tfgt_transform_options options = {0};
    tfgt_error err;
    tfgt_format out_format;
    int code = CLI_EXIT_FAILURE;

    cli_keep_heap_for_tensors();

    tfgt_error_clear(&err);
    if (!cli_parse(program, argc, argv, flags))
        return CLI_EXIT_USAGE;
    if (help) {
        print_help(flags);
        return CLI_EXIT_OK;
    }
    if (version) {
        cli_print_version(program);
        return CLI_EXIT_OK;
    }
    if (recipe_name && tfgt_recipe_load(recipe_name, &recipe, &err) != TFGT_OK) {
        cli_error(program, "%s", err.message);
        return CLI_EXIT_USAGE;
    }
    if (transforms) {
        if (tfgt_pipeline_parse(transforms, &pipeline, &err) != TFGT_OK) {
            cli_error(program, "%s", err.message);
            code = CLI_EXIT_USAGE;
            goto out;
        }
    } else if (!recipe) {
        cli_error(program, "--transforms or --recipe is required (use --transforms='' to only "
                           "convert)");
        return CLI_EXIT_USAGE;
    }
    if (inputs)
        input_list = tfgt_string_list_split(inputs, &options.n_inputs);
    else
        input_list = tfgt_string_list_split("", &options.n_inputs);
    if (outputs)
        output_list = tfgt_string_list_split(outputs, &options.n_outputs);
    else
        output_list = tfgt_string_list_split("", &options.n_outputs);
    if (!input_list || !output_list) {
        cli_error(program, "out of memory");
        goto out;
    }
    options.inputs = (const char *const *)(inputs || !recipe ? input_list : recipe->inputs);
    options.n_inputs = inputs || !recipe ? options.n_inputs : recipe->n_inputs;
    options.outputs = (const char *const *)(outputs || !recipe ? output_list : recipe->outputs);
    options.n_outputs = outputs || !recipe ? options.n_outputs : recipe->n_outputs;
    if (!pipeline)
        pipeline = recipe->pipeline;
    options.log = quiet ? NULL : cli_log_to_stderr;
    options.log_user = (void *)program;
    if (print_recipe) {
        tfgt_recipe *resolved = tfgt_recipe_new(options.inputs, options.n_inputs, options.outputs,
                                                options.n_outputs, pipeline, &err);
        char *yaml = NULL;
        if (!resolved || tfgt_recipe_to_yaml(resolved, &yaml, &err) != TFGT_OK) {
            cli_error(program, "%s", err.message);
            tfgt_recipe_free(resolved);
            goto out;
        }
        fputs(yaml, stdout);
        free(yaml);
        tfgt_recipe_free(resolved);
        code = CLI_EXIT_OK;
        goto out;
    }
    if (!in_graph || !in_graph[0]) {
        cli_error(program, "--in_graph is required (try --help)");
        code = CLI_EXIT_USAGE;
        goto out;
    }
    if (!out_graph || !out_graph[0]) {
        cli_error(program, "--out_graph is required (try --help)");
        code = CLI_EXIT_USAGE;
        goto out;
    }
    if (same_file(in_graph, out_graph)) {
        cli_error(program, "--out_graph '%s' is the input file; tfgt never overwrites its input",
                  out_graph);
        code = CLI_EXIT_USAGE;
        goto out;
    }

    if (tfgt_graph_load(in_graph, TFGT_FORMAT_AUTO, &graph, NULL, &err) != TFGT_OK) {
        cli_error(program, "%s", err.message);
        goto out;
    }
    if (calibration_specs.count || (recipe && recipe->n_calibration_data)) {
        const char *const *specs = calibration_specs.count
                                       ? (const char *const *)calibration_specs.items
                                       : (const char *const *)recipe->calibration_data;
        size_t n_specs = calibration_specs.count ? calibration_specs.count
                                                 : recipe->n_calibration_data;
        if (!cli_load_samples(program, graph, specs, n_specs, options.inputs, options.n_inputs, 0,
                              &calibration)) {
            code = CLI_EXIT_USAGE;
            goto out;
        }
        options.calibration = calibration;
    }
    if (tfgt_transform_graph(graph, pipeline, &options, &err) != TFGT_OK) {
        cli_error(program, "%s: %s", in_graph, err.message);
        goto out;
    }
    out_format = output_as_text || tfgt_format_for_path(out_graph) == TFGT_FORMAT_TEXT
                     ? TFGT_FORMAT_TEXT
                     : TFGT_FORMAT_BINARY;
    if (tfgt_graph_save(graph, out_graph, out_format, &err) != TFGT_OK) {
        cli_error(program, "%s", err.message);
        goto out;
    }
    code = CLI_EXIT_OK;
out:
    tfgt_calibration_free(calibration);
    cli_list_free(&calibration_specs);
    tfgt_graph_free(graph);
    if (!recipe || pipeline != recipe->pipeline)
        tfgt_pipeline_free(pipeline);
    tfgt_recipe_free(recipe);
    tfgt_string_list_free(input_list);
    tfgt_string_list_free(output_list);
    return code;
}
