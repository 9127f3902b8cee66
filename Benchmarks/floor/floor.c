/*
 * The floor for the workbook benchmark: libxlsxwriter alone writing the bulk of a committee
 * workbook's cells for one quarter - every activity row of the quarter, on its engine's sheet and on
 * the all-activities sheet (constant_memory mode) - read from the synthetic inputs with no parsing
 * beyond splitting on commas. Whatever prosperity spends above this is its own cost.
 *
 * Build: cc -O2 -o floor floor.c $(pkg-config --cflags --libs xlsxwriter)
 * Run:   ./floor INPUTS QUARTER OUT.xlsx
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static const char *engines[] = {"agritech", "media", "rehabilitation", "rahat", "tourism"};

static int write_rows(lxw_worksheet *sheet, lxw_row_t *row, const char *path) {
  FILE *file = fopen(path, "r");
  if (!file) return -1;
  char *line = NULL;
  size_t capacity = 0;
  ssize_t length;
  while ((length = getline(&line, &capacity, file)) > 0) {
    lxw_col_t column = 0;
    char *field = line;
    for (char *cursor = line; cursor < line + length; cursor++) {
      if (*cursor == ',' || *cursor == '\n' || *cursor == '\r') {
        *cursor = '\0';
        if (column >= 7 && column <= 9 && *row > 0)
          worksheet_write_number(sheet, *row, column, atof(field), NULL);
        else
          worksheet_write_string(sheet, *row, column, field, NULL);
        column++;
        field = cursor + 1;
      }
    }
    (*row)++;
  }
  free(line);
  fclose(file);
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: floor INPUTS QUARTER OUT.xlsx\n");
    return 64;
  }
  lxw_workbook_options options = {.constant_memory = LXW_TRUE};
  lxw_workbook *workbook = workbook_new_opt(argv[3], &options);
  lxw_worksheet *all = NULL;
  char path[4096];
  lxw_worksheet *sheets[5];
  for (int index = 0; index < 5; index++) sheets[index] = workbook_add_worksheet(workbook, engines[index]);
  all = workbook_add_worksheet(workbook, "activities");
  lxw_row_t all_rows = 0;
  for (int index = 0; index < 5; index++) {
    lxw_row_t rows = 0;
    snprintf(path, sizeof path, "%s/%s/%s-activities.csv", argv[1], argv[2], engines[index]);
    if (write_rows(sheets[index], &rows, path) != 0 || write_rows(all, &all_rows, path) != 0) {
      fprintf(stderr, "%s: cannot read\n", path);
      return 66;
    }
  }
  lxw_error error = workbook_close(workbook);
  if (error != LXW_NO_ERROR) {
    fprintf(stderr, "%s: %s\n", argv[3], lxw_strerror(error));
    return 73;
  }
  return 0;
}
