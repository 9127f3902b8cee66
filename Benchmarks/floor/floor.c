/*
 * The floor for the workbook benchmark: libxlsxwriter alone writing the bulk of the cells a
 * committee workbook holds for one quarter (Hebrew, constant_memory mode), read from the synthetic
 * inputs with no parsing beyond splitting lines on commas (a quoted field is unquoted: the
 * generator's titles hold commas and doubled quotes) and reading numbers and dates.
 * Whatever prosperity spends above this is its own cost.
 *
 * Written, as Sources/ProsperityKit/Reports/Workbook writes them (same cells, same cell types,
 * same format on each cell):
 *   - the activities sheet: a title, a count, the header row (autofilter, frozen), then every
 *     activity of the quarter ONCE, 15 columns: engine name, id, title, status label, lead,
 *     category, start and end (Excel dates, dd/mm/yyyy), budget planned and spent (numbers, "₪"),
 *     budget execution (the formula =J/I with its cached value, where planned > 0), the budget
 *     flag (overspent, spending ahead of time: settings.csv's defaults, which the generator does
 *     not override), participants, notes, source "file:line"; rows whose wrapped text needs
 *     several lines are made taller, as the workbook does;
 *   - each engine's sheet: its name, the activities heading, the "first 500 of N" note and the
 *     first 500 activities in 12 columns (missing figures as a muted "—", missing dates and no
 *     budget flag as styled blanks), with an autofilter; the wrapped columns' widths are the ones
 *     the real sheet takes from its indicator table on the synthetic data;
 *   - right to left, column widths, and the print setup of both kinds of sheet.
 * Left out (small, a constant cost): the summary, by-locality, history, data-quality, checks,
 * completeness, comments and definitions sheets, each engine sheet's indicator table and trend
 * charts, and the document properties.
 *
 * Build: cc -O2 -o floor floor.c $(pkg-config --cflags --libs xlsxwriter)
 * Run:   ./floor INPUTS QUARTER OUT.xlsx
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define MAX_ENGINES 64
#define ACTIVITY_COLUMNS 15
#define ENGINE_COLUMNS 12
#define PER_ENGINE_SHEET 500

/* BudgetThresholds' defaults (settings.csv's budget.overspend_ratio and
 * budget.ahead_of_time_margin). */
#define OVERSPEND_RATIO 1.0
#define AHEAD_OF_TIME_MARGIN 0.15

/* Stops at the first error libxlsxwriter reports, with its own message. */
#define CHECK(call)                                                            \
  do {                                                                         \
    lxw_error check_error = (call);                                            \
    if (check_error != LXW_NO_ERROR) {                                         \
      fprintf(stderr, "floor: %s: %s\n", #call, lxw_strerror(check_error));    \
      exit(70);                                                                \
    }                                                                          \
  } while (0)

struct styles {
  lxw_format *title, *section, *note, *header, *text, *wrapped, *code, *path, *muted, *rejected;
  lxw_format *date, *shekels, *count, *attainment, *flag;
};

/* The workbook's look (WorkbookStyles): Arial 10, centred vertically, right to left. */
static lxw_format *base(lxw_workbook *workbook) {
  lxw_format *format = workbook_add_format(workbook);
  format_set_font_name(format, "Arial");
  format_set_font_size(format, 10);
  format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_reading_order(format, 2);
  return format;
}

static lxw_format *bordered(lxw_workbook *workbook) {
  lxw_format *format = base(workbook);
  format_set_border(format, LXW_BORDER_THIN);
  format_set_border_color(format, 0xBFBFBF);
  return format;
}

static struct styles make_styles(lxw_workbook *workbook) {
  struct styles s;
  s.title = base(workbook);
  format_set_bold(s.title);
  format_set_font_size(s.title, 16);
  format_set_font_color(s.title, 0x1F3864);
  s.section = base(workbook);
  format_set_bold(s.section);
  format_set_font_size(s.section, 12);
  format_set_font_color(s.section, 0x1F3864);
  s.note = base(workbook);
  format_set_font_color(s.note, 0x595959);
  format_set_italic(s.note);
  s.header = bordered(workbook);
  format_set_bold(s.header);
  format_set_font_color(s.header, 0xFFFFFF);
  format_set_pattern(s.header, LXW_PATTERN_SOLID);
  format_set_bg_color(s.header, 0x1F3864);
  format_set_text_wrap(s.header);
  format_set_align(s.header, LXW_ALIGN_CENTER);
  s.text = bordered(workbook);
  s.wrapped = bordered(workbook);
  format_set_text_wrap(s.wrapped);
  s.code = bordered(workbook);
  format_set_reading_order(s.code, 1);
  format_set_align(s.code, LXW_ALIGN_CENTER);
  s.path = bordered(workbook);
  format_set_reading_order(s.path, 1);
  s.muted = bordered(workbook);
  format_set_font_color(s.muted, 0x7F7F7F);
  format_set_italic(s.muted);
  s.rejected = bordered(workbook);
  format_set_pattern(s.rejected, LXW_PATTERN_SOLID);
  format_set_bg_color(s.rejected, 0xFFC7CE);
  s.date = bordered(workbook);
  format_set_num_format(s.date, "dd/mm/yyyy");
  format_set_align(s.date, LXW_ALIGN_CENTER);
  s.shekels = bordered(workbook);
  format_set_num_format(s.shekels, "\"\xE2\x82\xAA\"#,##0");
  s.count = bordered(workbook);
  format_set_num_format(s.count, "#,##0");
  s.attainment = bordered(workbook);
  format_set_num_format(s.attainment, "0%");
  s.flag = bordered(workbook);
  format_set_pattern(s.flag, LXW_PATTERN_SOLID);
  format_set_bg_color(s.flag, 0xFFC7CE);
  format_set_font_color(s.flag, 0x9C0006);
  format_set_bold(s.flag);
  format_set_align(s.flag, LXW_ALIGN_CENTER);
  format_set_text_wrap(s.flag);
  return s;
}

/* A whole file in memory, NUL-terminated, without a UTF-8 byte order mark. */
static char *read_file(const char *path, size_t *length) {
  FILE *file = fopen(path, "rb");
  if (!file) return NULL;
  fseek(file, 0, SEEK_END);
  long size = ftell(file);
  rewind(file);
  char *bytes = malloc((size_t)size + 1);
  if (!bytes || fread(bytes, 1, (size_t)size, file) != (size_t)size) {
    fclose(file);
    free(bytes);
    return NULL;
  }
  fclose(file);
  bytes[size] = '\0';
  size_t skip = size >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  memmove(bytes, bytes + skip, (size_t)size - skip + 1);
  *length = (size_t)size - skip;
  return bytes;
}

/* Cuts the line at `*cursor` into at most `wanted` fields in place, unquoting a quoted field
 * ("" is a quote); moves `*cursor` to the next line. Returns the number of fields. */
static int split_line(char **cursor, char **fields, int wanted) {
  char *at = *cursor;
  int count = 0;
  for (;;) {
    char *field = at, *out = at;
    if (*at == '"') {
      for (at++; *at && !(*at == '"' && at[1] != '"'); at++) {
        if (*at == '"') at++;
        *out++ = *at;
      }
      if (*at == '"') at++;
    } else {
      while (*at && *at != ',' && *at != '\n' && *at != '\r') *out++ = *at++;
    }
    /* The terminator is read before the field's end is marked: they may be the same byte. */
    char stop = *at;
    *out = '\0';
    if (count < wanted) fields[count++] = field;
    if (stop == ',') {
      at++;
      continue;
    }
    if (stop == '\r' || stop == '\n') at++;
    if (stop == '\r' && *at == '\n') at++;
    break;
  }
  for (int index = count; index < wanted; index++) fields[index] = "";
  *cursor = at;
  return count;
}

/* 2026-01-15 or 15/01/2026; 0 when the field is neither. */
static int read_date(const char *text, lxw_datetime *date) {
  int a, b, c;
  memset(date, 0, sizeof *date);
  if (sscanf(text, "%d-%d-%d", &a, &b, &c) == 3 && strlen(text) == 10 && text[4] == '-') {
    date->year = a, date->month = b, date->day = c;
    return 1;
  }
  if (sscanf(text, "%d/%d/%d", &a, &b, &c) == 3 && strlen(text) == 10 && text[2] == '/') {
    date->year = c, date->month = b, date->day = a;
    return 1;
  }
  return 0;
}

/* The status as the workbook labels it in Hebrew; NULL when it is not a status. */
static const char *status_label(const char *status) {
  static const char *const table[][2] = {
      {"planned", "\xD7\x9E\xD7\xAA\xD7\x95\xD7\x9B\xD7\xA0\xD7\x9F"},
      {"active", "\xD7\xA4\xD7\xA2\xD7\x99\xD7\x9C"},
      {"completed", "\xD7\x94\xD7\x95\xD7\xA9\xD7\x9C\xD7\x9D"},
      {"delayed", "\xD7\x9E\xD7\xAA\xD7\xA2\xD7\x9B\xD7\x91"},
      {"cancelled", "\xD7\x91\xD7\x95\xD7\x98\xD7\x9C"},
  };
  for (size_t index = 0; index < sizeof table / sizeof table[0]; index++) {
    if (strcmp(status, table[index][0]) == 0 || strcmp(status, table[index][1]) == 0)
      return table[index][1];
  }
  return NULL;
}

/* The fields of an activity file, in the generator's order. */
enum { ID, TITLE, CATEGORY, LEAD, STATUS, START, END, PLANNED, SPENT, PARTICIPANTS, NOTES, FIELDS };

/* Days since 1970-01-01 by the proleptic Gregorian calendar (CalendarDate.dayNumber). */
static long day_number(int year, int month, int day) {
  long y = month <= 2 ? year - 1 : year;
  long era = (y >= 0 ? y : y - 399) / 400;
  long year_of_era = y - era * 400;
  long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

/* The quarter's last day, from "2026-Q3". */
static long quarter_end(const char *quarter) {
  int year = 0, number = 1;
  sscanf(quarter, "%d-Q%d", &year, &number);
  int month = number * 3;
  return day_number(year, month, month == 6 || month == 9 ? 30 : 31);
}

/* The budget flag as BudgetFlags.check finds it: overspent when spent > planned × the ratio;
 * ahead of its time when running (neither completed nor cancelled) and the share spent exceeds
 * the share of its time gone by the quarter's end by more than the margin. NULL when neither. */
static const char *budget_flag(char **field, const char *label, long last_day) {
  static const char *const overspent = "\xD7\x97\xD7\xA8\xD7\x99\xD7\x92\xD7\x94 "
                                       "\xD7\x9E\xD7\x94\xD7\xAA\xD7\xA7\xD7\xA6\xD7\x99\xD7\x91";
  static const char *const ahead = "\xD7\xA0\xD7\x99\xD7\xA6\xD7\x95\xD7\x9C "
                                   "\xD7\x9E\xD7\xA7\xD7\x93\xD7\x99\xD7\x9D \xD7\x90\xD7\xAA "
                                   "\xD7\x94\xD7\x96\xD7\x9E\xD7\x9F";
  static char both[256];
  if (!*field[PLANNED] || !*field[SPENT]) return NULL;
  double planned = atof(field[PLANNED]), spent = atof(field[SPENT]);
  if (planned < 0) return NULL;
  int is_overspent = spent > planned * OVERSPEND_RATIO, is_ahead = 0;
  lxw_datetime start, end;
  int running = !label || (strcmp(label, "\xD7\x94\xD7\x95\xD7\xA9\xD7\x9C\xD7\x9D") != 0 &&
                           strcmp(label, "\xD7\x91\xD7\x95\xD7\x98\xD7\x9C") != 0);
  if (running && planned > 0 && read_date(field[START], &start) && read_date(field[END], &end)) {
    long first = day_number(start.year, start.month, start.day);
    long last = day_number(end.year, end.month, end.day);
    if (last > first) {
      double elapsed = (double)(last_day - first) / (double)(last - first);
      elapsed = elapsed < 0 ? 0 : elapsed > 1 ? 1 : elapsed;
      is_ahead = spent / planned - elapsed > AHEAD_OF_TIME_MARGIN;
    }
  }
  if (is_overspent && is_ahead) {
    snprintf(both, sizeof both, "%s; %s", overspent, ahead);
    return both;
  }
  return is_overspent ? overspent : is_ahead ? ahead : NULL;
}

/* The lines `text` takes in a column `width` characters wide, breaking at spaces (as
 * SheetCursor.lines counts them, in Unicode scalars). */
static int wrapped_lines(const char *text, double width) {
  int per_line = (int)width - 1 > 1 ? (int)width - 1 : 1;
  if ((int)strlen(text) <= per_line && !strchr(text, '\n')) return 1;
  int lines = 1, used = 0, word = 0;
#define PLACE()                                                                \
  do {                                                                         \
    if (used > 0 && used + 1 + word > per_line) lines++, used = 0;             \
    used += (used > 0 && word > 0 ? 1 : 0) + word;                             \
    while (used > per_line) lines++, used -= per_line;                         \
    word = 0;                                                                  \
  } while (0)
  for (const unsigned char *at = (const unsigned char *)text; *at; at++) {
    if ((*at & 0xC0) == 0x80) continue;
    if (*at == ' ') {
      PLACE();
    } else if (*at == '\n') {
      PLACE();
      lines++;
      used = 0;
    } else {
      word++;
    }
  }
  PLACE();
#undef PLACE
  return lines;
}

/* Makes `row` tall enough for the most lines any of its wrapped cells needs. */
static void fit_height(lxw_worksheet *sheet, lxw_row_t row, char **texts, const double *widths,
                       int count) {
  int lines = 1;
  for (int index = 0; index < count; index++) {
    int needed = wrapped_lines(texts[index], widths[index]);
    if (needed > lines) lines = needed;
  }
  if (lines > 1) {
    double height = lines * 12.75 + 3;
    CHECK(worksheet_set_row(sheet, row, height > 409 ? 409 : height, NULL));
  }
}

static void header_row(lxw_worksheet *sheet, lxw_row_t row, const char *const *labels, int count,
                       lxw_format *format) {
  CHECK(worksheet_set_row(sheet, row, 30, NULL));
  for (int column = 0; column < count; column++)
    CHECK(worksheet_write_string(sheet, row, (lxw_col_t)column, labels[column], format));
}

static void print_setup(lxw_worksheet *sheet, lxw_row_t repeat_first, lxw_row_t repeat_last,
                        const char *name, const char *quarter) {
  char footer[512];
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, 9);
  worksheet_fit_to_pages(sheet, 1, 0);
  worksheet_set_margins(sheet, 0.5, 0.5, 0.75, 0.75);
  worksheet_center_horizontally(sheet);
  CHECK(worksheet_repeat_rows(sheet, repeat_first, repeat_last));
  CHECK(worksheet_set_header(sheet, "&C\xE2\x80\xAB\xD7\x90\xD7\xA9\xD7\x9B\xD7\x95\xD7\x9C"
                                    "\xE2\x80\xAC"));
  snprintf(footer, sizeof footer, "&R\xE2\x80\xAB%s\xE2\x80\xAC&C%s&L&P / &N", name, quarter);
  CHECK(worksheet_set_footer(sheet, footer));
  worksheet_right_to_left(sheet);
}

static const char *const activity_headers[ACTIVITY_COLUMNS] = {
    "\xD7\x9E\xD7\xA0\xD7\x95\xD7\xA2",                                     /* engine */
    "\xD7\x9E\xD7\x96\xD7\x94\xD7\x94",                                     /* id */
    "\xD7\xA9\xD7\x9D \xD7\x94\xD7\xA4\xD7\xA2\xD7\x99\xD7\x9C\xD7\x95\xD7\xAA", /* title */
    "\xD7\xA1\xD7\x98\xD7\x98\xD7\x95\xD7\xA1",                             /* status */
    "\xD7\x92\xD7\x95\xD7\xA3 \xD7\x9E\xD7\x95\xD7\x91\xD7\x99\xD7\x9C",    /* lead */
    "\xD7\xAA\xD7\x97\xD7\x95\xD7\x9D",                                     /* category */
    "\xD7\x94\xD7\xAA\xD7\x97\xD7\x9C\xD7\x94",                             /* start */
    "\xD7\xA1\xD7\x99\xD7\x95\xD7\x9D",                                     /* end */
    "\xD7\xAA\xD7\xA7\xD7\xA6\xD7\x99\xD7\x91 \xD7\x9E\xD7\xAA\xD7\x95\xD7\x9B\xD7\xA0\xD7\x9F",
    "\xD7\xAA\xD7\xA7\xD7\xA6\xD7\x99\xD7\x91 \xD7\xA9\xD7\xA0\xD7\x95\xD7\xA6\xD7\x9C",
    "\xD7\x91\xD7\x99\xD7\xA6\xD7\x95\xD7\xA2 \xD7\xAA\xD7\xA7\xD7\xA6\xD7\x99\xD7\x91",
    "\xD7\xA1\xD7\x99\xD7\x9E\xD7\x95\xD7\x9F \xD7\xAA\xD7\xA7\xD7\xA6\xD7\x99\xD7\x91", /* flag */
    "\xD7\x9E\xD7\xA9\xD7\xAA\xD7\xAA\xD7\xA4\xD7\x99\xD7\x9D \xD7\x91\xD7\xA8\xD7\x91\xD7\xA2"
    "\xD7\x95\xD7\x9F",
    "\xD7\x94\xD7\xA2\xD7\xA8\xD7\x95\xD7\xAA",
    "\xD7\x9E\xD7\xA7\xD7\x95\xD7\xA8 (\xD7\xA7\xD7\x95\xD7\x91\xD7\xA5:\xD7\xA9\xD7\x95\xD7\xA8"
    "\xD7\x94)",
};

/* The engine sheet's columns, in its order, as indexes into activity_headers. */
static const int engine_columns[ENGINE_COLUMNS] = {2, 1, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13};

struct engine {
  char *id, *name;
  char path[4096];   /* its activity file */
  int count;         /* the file's data lines */
  lxw_worksheet *sheet;
};

/* The lines after the header, counted in chunks so that nothing but the rows being written is
 * held in memory (the activities sheet states the total above its rows). */
static int count_rows(const char *path) {
  FILE *file = fopen(path, "rb");
  if (!file) return -1;
  static char chunk[1 << 16];
  size_t length;
  int lines = 0;
  while ((length = fread(chunk, 1, sizeof chunk, file)) > 0)
    for (const char *at = chunk; (at = memchr(at, '\n', length - (size_t)(at - chunk))); at++)
      lines++;
  fclose(file);
  return lines > 0 ? lines - 1 : 0;
}

static void activity_row(lxw_worksheet *sheet, lxw_row_t row, const struct engine *engine,
                         char **field, int line, long last_day, const struct styles *s) {
  static const double widths[] = {34, 22, 14, 30};
  char *wrapped[] = {field[TITLE], field[LEAD], field[CATEGORY], field[NOTES]};
  char source[512], formula[64];
  lxw_datetime date;
  fit_height(sheet, row, wrapped, widths, 4);
  const char *label = status_label(field[STATUS]);
  CHECK(worksheet_write_string(sheet, row, 0, engine->name, s->text));
  CHECK(worksheet_write_string(sheet, row, 1, field[ID], s->code));
  CHECK(worksheet_write_string(sheet, row, 2, field[TITLE], s->wrapped));
  CHECK(worksheet_write_string(sheet, row, 3, label ? label : "\xD7\xA0\xD7\x93\xD7\x97\xD7\xAA"
                                                              "\xD7\x94",
                               label ? s->text : s->rejected));
  CHECK(worksheet_write_string(sheet, row, 4, field[LEAD], s->wrapped));
  CHECK(worksheet_write_string(sheet, row, 5, field[CATEGORY], s->wrapped));
  if (read_date(field[START], &date)) CHECK(worksheet_write_datetime(sheet, row, 6, &date, s->date));
  if (read_date(field[END], &date)) CHECK(worksheet_write_datetime(sheet, row, 7, &date, s->date));
  double planned = atof(field[PLANNED]), spent = atof(field[SPENT]);
  if (*field[PLANNED]) CHECK(worksheet_write_number(sheet, row, 8, planned, s->shekels));
  if (*field[SPENT]) CHECK(worksheet_write_number(sheet, row, 9, spent, s->shekels));
  if (*field[PLANNED] && *field[SPENT] && planned > 0) {
    snprintf(formula, sizeof formula, "=J%u/I%u", row + 1, row + 1);
    CHECK(worksheet_write_formula_num(sheet, row, 10, formula, s->attainment, spent / planned));
  }
  const char *flag = budget_flag(field, label, last_day);
  if (flag) CHECK(worksheet_write_string(sheet, row, 11, flag, s->flag));
  if (*field[PARTICIPANTS])
    CHECK(worksheet_write_number(sheet, row, 12, atof(field[PARTICIPANTS]), s->count));
  CHECK(worksheet_write_string(sheet, row, 13, field[NOTES], s->wrapped));
  snprintf(source, sizeof source, "%s-activities.csv:%d", engine->id, line);
  CHECK(worksheet_write_string(sheet, row, 14, source, s->path));
}

static void engine_row(lxw_worksheet *sheet, lxw_row_t row, char **field, long last_day,
                       const struct styles *s) {
  /* The widths the real sheet gives these columns from its indicator table (synthetic data). */
  static const double widths[] = {16, 13, 17, 9};
  char *wrapped[] = {field[TITLE], field[LEAD], field[CATEGORY], field[NOTES]};
  lxw_datetime date;
  fit_height(sheet, row, wrapped, widths, 4);
  const char *label = status_label(field[STATUS]);
  CHECK(worksheet_write_string(sheet, row, 0, field[TITLE], s->wrapped));
  CHECK(worksheet_write_string(sheet, row, 1, field[ID], s->code));
  CHECK(worksheet_write_string(sheet, row, 2, label ? label : "\xD7\xA0\xD7\x93\xD7\x97\xD7\xAA"
                                                              "\xD7\x94",
                               label ? s->text : s->rejected));
  CHECK(worksheet_write_string(sheet, row, 3, field[LEAD], s->wrapped));
  CHECK(worksheet_write_string(sheet, row, 4, field[CATEGORY], s->wrapped));
  for (int index = 0; index < 2; index++) {
    if (read_date(field[START + index], &date))
      CHECK(worksheet_write_datetime(sheet, row, (lxw_col_t)(5 + index), &date, s->date));
    else
      CHECK(worksheet_write_blank(sheet, row, (lxw_col_t)(5 + index), s->text));
  }
  /* Planned, spent, the budget flag (a styled blank when none), participants. */
  const int amounts[] = {PLANNED, SPENT, -1, PARTICIPANTS};
  for (int index = 0; index < 4; index++) {
    lxw_col_t column = (lxw_col_t)(7 + index);
    if (amounts[index] < 0) {
      const char *flag = budget_flag(field, label, last_day);
      if (flag)
        CHECK(worksheet_write_string(sheet, row, column, flag, s->flag));
      else
        CHECK(worksheet_write_blank(sheet, row, column, s->text));
      continue;
    }
    const char *value = field[amounts[index]];
    if (*value)
      CHECK(worksheet_write_number(sheet, row, column, atof(value),
                                   index < 2 ? s->shekels : s->count));
    else
      CHECK(worksheet_write_string(sheet, row, column, "\xE2\x80\x94", s->muted));
  }
  CHECK(worksheet_write_string(sheet, row, 11, field[NOTES], s->wrapped));
}

/* Reads engines.csv: id and Hebrew name of each engine, in the catalog's order. */
static int read_engines(const char *inputs, struct engine *engines, char **catalog) {
  char path[4096];
  size_t length;
  snprintf(path, sizeof path, "%s/engines.csv", inputs);
  *catalog = read_file(path, &length);
  if (!*catalog) return -1;
  char *cursor = *catalog, *field[3];
  split_line(&cursor, field, 3);
  int count = 0;
  while (*cursor && count < MAX_ENGINES) {
    split_line(&cursor, field, 3);
    engines[count].id = field[0];
    engines[count].name = field[1];
    count++;
  }
  return count;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: floor INPUTS QUARTER OUT.xlsx\n");
    return 64;
  }
  const char *inputs = argv[1], *quarter = argv[2];
  struct engine engines[MAX_ENGINES];
  char *catalog, text[1024];
  int engine_count = read_engines(inputs, engines, &catalog);
  if (engine_count < 0) {
    fprintf(stderr, "%s/engines.csv: cannot read\n", inputs);
    return 66;
  }
  long total = 0, last_day = quarter_end(quarter);
  for (int index = 0; index < engine_count; index++) {
    struct engine *engine = &engines[index];
    snprintf(engine->path, sizeof engine->path, "%s/%s/%s-activities.csv", inputs, quarter,
             engine->id);
    engine->count = count_rows(engine->path);
    if (engine->count < 0) {
      fprintf(stderr, "%s: cannot read\n", engine->path);
      return 66;
    }
    total += engine->count;
  }

  lxw_workbook_options options = {.constant_memory = LXW_TRUE};
  lxw_workbook *workbook = workbook_new_opt(argv[3], &options);
  if (!workbook) return 70;
  struct styles s = make_styles(workbook);
  for (int index = 0; index < engine_count; index++)
    engines[index].sheet = workbook_add_worksheet(workbook, engines[index].name);
  const char *activities_name = "\xD7\xA4\xD7\xA2\xD7\x99\xD7\x9C\xD7\x95\xD7\x99\xD7\x95\xD7\xAA";
  lxw_worksheet *all = workbook_add_worksheet(workbook, activities_name);
  if (!all) return 70;

  /* The activities sheet's title, count and header; data from row 4. */
  snprintf(text, sizeof text,
           "\xD7\x9B\xD7\x9C \xD7\x94\xD7\xA4\xD7\xA2\xD7\x99\xD7\x9C\xD7\x95\xD7\x99\xD7\x95\xD7\xAA "
           "\xD7\x91\xD7\xA8\xD7\x91\xD7\xA2\xD7\x95\xD7\x9F \xE2\x80\x8E%s\xE2\x80\x8E",
           quarter);
  CHECK(worksheet_write_string(all, 0, 0, text, s.title));
  snprintf(text, sizeof text, "%ld \xD7\xA4\xD7\xA2\xD7\x99\xD7\x9C\xD7\x95\xD7\x99\xD7\x95\xD7\xAA",
           total);
  CHECK(worksheet_write_string(all, 1, 0, text, s.note));
  worksheet_freeze_panes(all, 4, 0);
  header_row(all, 3, activity_headers, ACTIVITY_COLUMNS, s.header);
  CHECK(worksheet_autofilter(all, 3, 0, 3 + (total > 0 ? total : 1), ACTIVITY_COLUMNS - 1));

  lxw_row_t row = 4;
  for (int index = 0; index < engine_count; index++) {
    struct engine *engine = &engines[index];
    lxw_worksheet *sheet = engine->sheet;
    const char *labels[ENGINE_COLUMNS];
    for (int column = 0; column < ENGINE_COLUMNS; column++)
      labels[column] = activity_headers[engine_columns[column]];
    int shown = engine->count < PER_ENGINE_SHEET ? engine->count : PER_ENGINE_SHEET;
    CHECK(worksheet_write_string(sheet, 0, 0, engine->name, s.title));
    CHECK(worksheet_write_string(sheet, 2, 0, activities_name, s.section));
    lxw_row_t engine_header = 3;
    if (shown < engine->count) {
      snprintf(text, sizeof text,
               "\xD7\x9E\xD7\x95\xD7\xA6\xD7\x92\xD7\x95\xD7\xAA %d "
               "\xD7\x94\xD7\xA4\xD7\xA2\xD7\x99\xD7\x9C\xD7\x95\xD7\x99\xD7\x95\xD7\xAA "
               "\xD7\x94\xD7\xA8\xD7\x90\xD7\xA9\xD7\x95\xD7\xA0\xD7\x95\xD7\xAA \xD7\x9E\xD7\xAA"
               "\xD7\x95\xD7\x9A %d; \xD7\x9B\xD7\x95\xD7\x9C\xD7\x9F \xD7\x91\xD7\x92\xD7\x99\xD7"
               "\x9C\xD7\x99\xD7\x95\xD7\x9F '%s'",
               shown, engine->count, activities_name);
      CHECK(worksheet_write_string(sheet, 3, 0, text, s.note));
      engine_header = 4;
    }
    header_row(sheet, engine_header, labels, ENGINE_COLUMNS, s.header);
    if (shown > 0)
      CHECK(worksheet_autofilter(sheet, engine_header, 0, engine_header + shown,
                                 ENGINE_COLUMNS - 1));

    FILE *file = fopen(engine->path, "rb");
    char *line = NULL, *cursor, *field[FIELDS];
    size_t capacity = 0;
    if (!file || getline(&line, &capacity, file) < 0) {
      fprintf(stderr, "%s: cannot read\n", engine->path);
      return 66;
    }
    for (int index = 0; index < engine->count && getline(&line, &capacity, file) > 0; index++) {
      cursor = line;
      split_line(&cursor, field, FIELDS);
      /* The physical line: the header is line 1. */
      activity_row(all, row++, engine, field, index + 2, last_day, &s);
      if (index < shown)
        engine_row(sheet, engine_header + 1 + (lxw_row_t)index, field, last_day, &s);
    }
    free(line);
    fclose(file);
    static const double engine_widths[ENGINE_COLUMNS] = {16, 12, 10, 13, 17, 12,
                                                         12, 13, 13, 12, 10, 9};
    for (int column = 0; column < ENGINE_COLUMNS; column++)
      CHECK(worksheet_set_column(sheet, (lxw_col_t)column, (lxw_col_t)column,
                                 engine_widths[column], NULL));
    worksheet_gridlines(sheet, LXW_HIDE_ALL_GRIDLINES);
    print_setup(sheet, 0, 1, engine->name, quarter);
  }
  static const double activity_widths[ACTIVITY_COLUMNS] = {30, 9,  34, 8,  22, 14, 12, 8,
                                                           13, 13, 10, 20, 10, 30, 35};
  for (int column = 0; column < ACTIVITY_COLUMNS; column++)
    CHECK(worksheet_set_column(all, (lxw_col_t)column, (lxw_col_t)column,
                               activity_widths[column], NULL));
  print_setup(all, 3, 3, activities_name, quarter);

  lxw_error error = workbook_close(workbook);
  free(catalog);
  if (error != LXW_NO_ERROR) {
    fprintf(stderr, "%s: %s\n", argv[3], lxw_strerror(error));
    return 73;
  }
  return 0;
}
