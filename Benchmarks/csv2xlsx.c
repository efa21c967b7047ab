/*
 * The floor of the benchmark: parse CSV files (RFC 4180: quoted fields with delimiters, quotes
 * and line breaks) and copy every cell as a string into an XLSX through libxlsxwriter in
 * constant-memory mode, one sheet per input file. No normalising, no formatting: what
 * libxlsxwriter alone costs.
 *
 * With --numbers, a field of digits (at most 15, with an optional minus sign) is written as a
 * number instead: that is how bench.sh copies the cells of ismsbook's own workbook, whose ratings,
 * scores and dates are number cells, to see what libxlsxwriter alone costs for that workbook.
 *
 * usage: csv2xlsx [--numbers] OUT.xlsx IN.csv [IN.csv ...]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static int numbers = 0;

static int is_integer(const char *field, size_t length) {
    size_t start = field[0] == '-' ? 1 : 0;
    if (length <= start || length - start > 15) return 0;
    for (size_t i = start; i < length; i++)
        if (field[i] < '0' || field[i] > '9') return 0;
    return 1;
}

static int copy_file(lxw_workbook *workbook, const char *path, int index) {
    FILE *in = fopen(path, "rb");
    if (!in) { perror(path); return 1; }
    char name[32];
    snprintf(name, sizeof name, "Sheet%d", index + 1);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, name);

    size_t capacity = 1 << 16, length = 0;
    char *field = malloc(capacity);
    lxw_row_t row = 0;
    lxw_col_t col = 0;
    int quoted = 0, after_quote = 0, c;
    /* Skip a UTF-8 byte-order mark. */
    if ((c = fgetc(in)) != 0xEF) { if (c != EOF) ungetc(c, in); } else { fgetc(in); fgetc(in); }

    for (;;) {
        c = fgetc(in);
        int end_field = 0, end_row = 0;
        if (c == EOF) {
            if (length > 0 || col > 0) { end_field = 1; end_row = 1; } else break;
        } else if (quoted) {
            if (c == '"') { quoted = 0; after_quote = 1; continue; }
        } else if (c == '"') {
            if (after_quote) { after_quote = 0; quoted = 1; /* "" inside quotes */ }
            else if (length == 0) { quoted = 1; continue; }
        } else if (c == ',') { end_field = 1; }
        else if (c == '\n') { end_field = 1; end_row = 1; }
        else if (c == '\r') { continue; }
        if (!end_field) {
            after_quote = 0;
            if (length + 1 >= capacity) { capacity *= 2; field = realloc(field, capacity); }
            field[length++] = (char)c;
            continue;
        }
        after_quote = 0;
        field[length] = '\0';
        if (length > 0) {
            if (numbers && is_integer(field, length))
                worksheet_write_number(sheet, row, col, strtod(field, NULL), NULL);
            else
                worksheet_write_string(sheet, row, col, field, NULL);
        }
        length = 0;
        col++;
        if (end_row) { row++; col = 0; }
        if (c == EOF) break;
    }
    free(field);
    fclose(in);
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--numbers") == 0) { numbers = 1; argv++; argc--; }
    if (argc < 3) { fprintf(stderr, "usage: csv2xlsx [--numbers] OUT.xlsx IN.csv...\n"); return 2; }
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_TRUE};
    lxw_workbook *workbook = workbook_new_opt(argv[1], &options);
    if (!workbook) { fprintf(stderr, "cannot create %s\n", argv[1]); return 3; }
    for (int i = 2; i < argc; i++)
        if (copy_file(workbook, argv[i], i - 2)) return 2;
    lxw_error error = workbook_close(workbook);
    if (error) { fprintf(stderr, "%s\n", lxw_strerror(error)); return 3; }
    return 0;
}
