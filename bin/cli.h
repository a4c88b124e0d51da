/* cli.h - what the command-line tools share: flag parsing, messages and
 * exit codes.  Exit codes: 0 success, 1 failure, 2 usage error. */
#ifndef TFGT_CLI_H
#define TFGT_CLI_H

#include <stdbool.h>

#include "tfgt/tfgt.h"

enum { CLI_EXIT_OK = 0, CLI_EXIT_FAILURE = 1, CLI_EXIT_USAGE = 2 };

typedef enum cli_flag_kind { CLI_STRING, CLI_BOOL, CLI_LIST } cli_flag_kind;

/* A repeatable flag's values (pointers into argv; `items` is malloc'ed). */
typedef struct cli_list {
    char **items;
    size_t count;
    bool split_commas; /* "--output=a,b" gives two items */
} cli_list;
void cli_list_free(cli_list *list);

typedef struct cli_flag {
    const char *name; /* without the leading dashes */
    cli_flag_kind kind;
    const char **string_value; /* CLI_STRING: set to the argument */
    bool *bool_value;          /* CLI_BOOL: --flag, --flag=true|false|1|0 */
    cli_list *list_value;      /* CLI_LIST: every occurrence, comma lists split */
    const char *help;
} cli_flag;

/* Rows of a flag table. */
#define CLI_STR(name, var, help) {name, CLI_STRING, var, NULL, NULL, help}
#define CLI_BOOL_FLAG(name, var, help) {name, CLI_BOOL, NULL, var, NULL, help}
#define CLI_MULTI(name, var, help) {name, CLI_LIST, NULL, NULL, var, help}
#define CLI_END {NULL, CLI_STRING, NULL, NULL, NULL, NULL}

/* Parse argv against `flags` (ended by a {NULL} row).  Accepts --name=value,
 * --name value and a single leading dash.  Returns false after printing a
 * usage error naming the argument. */
bool cli_parse(const char *program, int argc, char **argv, const cli_flag *flags);

/* "PROGRAM: message" on stderr. */
void cli_error(const char *program, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Print the flag table as --help shows it. */
void cli_print_flags(const cli_flag *flags);

/* --version text shared by all tools. */
void cli_print_version(const char *program);

/* A log callback that writes "PROGRAM: message" to stderr; `user` is the
 * program name. */
void cli_log_to_stderr(void *user, tfgt_log_level level, const char *message);

/* Load calibration/sample folders ("NAME=DIR" or "DIR"): a bare DIR feeds
 * the single name of `inputs`, or without inputs the graph's single
 * Placeholder.  On failure prints one error line and returns false. */
bool cli_load_samples(const char *program, const tfgt_graph *graph, const char *const *specs,
                      size_t n_specs, const char *const *inputs, size_t n_inputs,
                      size_t memory_limit, tfgt_calibration **out);

/* Let the C library serve large tensors from its heap instead of fresh
 * mappings (glibc; nothing elsewhere): the tools run graphs many times. */
void cli_keep_heap_for_tensors(void);

#endif
