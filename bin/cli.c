/* cli.c - shared command-line plumbing (see cli.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void cli_error(const char *program, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s: ", program);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

static const cli_flag *find_flag(const cli_flag *flags, const char *name, size_t len)
{
    for (const cli_flag *f = flags; f->name; f++)
        if (strlen(f->name) == len && strncmp(f->name, name, len) == 0)
            return f;
    return NULL;
}

static bool append_item(cli_list *list, const char *start, size_t n)
{
    char **grown = realloc(list->items, (list->count + 1) * sizeof *grown);
    char *copy = malloc(n + 1);
    if (!grown || !copy) {
        free(copy);
        if (grown)
            list->items = grown;
        return false;
    }
    memcpy(copy, start, n);
    copy[n] = '\0';
    list->items = grown;
    list->items[list->count++] = copy;
    return true;
}

static bool cli_list_add(cli_list *list, const char *value)
{
    if (!list->split_commas)
        return append_item(list, value, strlen(value));
    for (;;) {
        const char *comma = strchr(value, ',');
        size_t n = comma ? (size_t)(comma - value) : strlen(value);
        if (n && !append_item(list, value, n))
            return false;
        if (!comma)
            return true;
        value = comma + 1;
    }
}

void cli_list_free(cli_list *list)
{
    for (size_t i = 0; i < list->count; i++)
        free(list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

bool cli_parse(const char *program, int argc, char **argv, const cli_flag *flags)
{
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        const char *name, *eq;
        const cli_flag *flag;
        if (arg[0] != '-' || arg[1] == '\0') {
            cli_error(program, "unexpected argument '%s' (flags look like --name=value)", arg);
            return false;
        }
        name = arg + (arg[1] == '-' ? 2 : 1);
        eq = strchr(name, '=');
        flag = find_flag(flags, name, eq ? (size_t)(eq - name) : strlen(name));
        if (!flag) {
            cli_error(program, "unknown flag '%s' (try --help)", arg);
            return false;
        }
        if (flag->kind == CLI_BOOL) {
            const char *v = eq ? eq + 1 : "true";
            if (strcmp(v, "true") == 0 || strcmp(v, "1") == 0)
                *flag->bool_value = true;
            else if (strcmp(v, "false") == 0 || strcmp(v, "0") == 0)
                *flag->bool_value = false;
            else {
                cli_error(program, "--%s takes true or false, not '%s'", flag->name, v);
                return false;
            }
            continue;
        }
        if (flag->kind == CLI_LIST) {
            const char *v = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
            if (!v) {
                cli_error(program, "--%s needs a value", flag->name);
                return false;
            }
            if (!cli_list_add(flag->list_value, v)) {
                cli_error(program, "out of memory");
                return false;
            }
            continue;
        }
        if (eq) {
            *flag->string_value = eq + 1;
        } else if (i + 1 < argc) {
            *flag->string_value = argv[++i];
        } else {
            cli_error(program, "--%s needs a value", flag->name);
            return false;
        }
    }
    return true;
}

void cli_print_flags(const cli_flag *flags)
{
    for (const cli_flag *f = flags; f->name; f++) {
        char left[64];
        snprintf(left, sizeof left, "--%s%s", f->name,
                 f->kind == CLI_BOOL ? "" : f->kind == CLI_LIST ? "=VALUE..." : "=VALUE");
        printf("  %-24s %s\n", left, f->help);
    }
}

void cli_print_version(const char *program)
{
    printf("%s (tfgt) %s\n", program, tfgt_version());
    printf("Copyright (C) 2026 the tfgt developers.\n"
           "License Apache-2.0: <https://www.apache.org/licenses/LICENSE-2.0>.\n"
           "This is free software: you are free to change and redistribute it.\n"
           "There is NO WARRANTY, to the extent permitted by law.\n");
}

void cli_log_to_stderr(void *user, tfgt_log_level level, const char *message)
{
    fprintf(stderr, "%s: %s%s\n", (const char *)user, level == TFGT_LOG_WARNING ? "warning: " : "",
            message);
}

bool cli_load_samples(const char *program, const tfgt_graph *graph, const char *const *specs,
                      size_t n_specs, const char *const *inputs, size_t n_inputs,
                      size_t memory_limit, tfgt_calibration **out)
{
    size_t count = tfgt_graph_node_count(graph), n = 0;
    const char **names = calloc(count + n_inputs + 1, sizeof *names);
    tfgt_error err;
    bool ok;
    if (!names) {
        cli_error(program, "out of memory");
        return false;
    }
    for (size_t i = 0; i < n_inputs; i++)
        names[n++] = inputs[i];
    for (size_t i = 0; !n_inputs && i < count; i++)
        if (strcmp(tfgt_node_op(tfgt_graph_node(graph, i)), "Placeholder") == 0)
            names[n++] = tfgt_node_name(tfgt_graph_node(graph, i));
    ok = tfgt_calibration_load(specs, n_specs, names, n, memory_limit, out, &err) == TFGT_OK;
    if (!ok)
        cli_error(program, "%s", err.message);
    free(names);
    return ok;
}

void cli_keep_heap_for_tensors(void)
{
#if defined(__GLIBC__)
    /* Tensors of a few hundred KB are allocated and freed on every run of
     * a graph; above glibc's mmap threshold each one is a fresh mapping
     * whose pages fault in again (about a third of MobileNet v1 0.25's
     * time with eight-bit weights).  Keep them in the heap instead. */
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}
