"""What a user would write instead: pandas + XlsxWriter doing the bulk of the committee workbook for
one quarter (read every engine's KPI and activity files, total them, write a summary, one sheet per
engine with its activities, and all activities on one sheet). Used by Benchmarks/run.sh as a baseline.

It reads the files as prosperity does, so that the comparison is fair on the files managers send:
the encoding found per file (a UTF-8 BOM means UTF-8, valid UTF-8 is UTF-8, anything else is
windows-1255), status words in English or Hebrew in any case, ISO and day-first dates, amounts with
a leading or trailing ₪ or $ and grouping commas, percentages (`85%` is 0.85), and `n/a` or empty as
not reported. It checks nothing else.

Usage: python3 Benchmarks/pandas_job.py INPUTS QUARTER OUT.xlsx
       python3 Benchmarks/pandas_job.py --totals INPUTS QUARTER
The second form prints what it read, per engine, in the lines of `prosperity-bench totals`.
"""
import io
import sys

import pandas as pd

ENGINES = ["agritech", "media", "rehabilitation", "rahat", "tourism"]
STATUSES = {
    word: status
    for status, hebrew in [
        ("planned", "מתוכנן"),
        ("active", "פעיל"),
        ("completed", "הושלם"),
        ("delayed", "מתעכב"),
        ("cancelled", "בוטל"),
    ]
    for word in (status, hebrew)
}
AMOUNT_SIGNS = r"[₪$,\s\u200e\u200f]"


def read_table(path: str) -> pd.DataFrame:
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1255")
    # Empty and n/a only are "not reported"; pandas would take NA, null, None... too.
    return pd.read_csv(io.StringIO(text), keep_default_na=False, na_values=["", "n/a", "N/A"])


def numbers(column: pd.Series) -> pd.Series:
    if pd.api.types.is_numeric_dtype(column):
        return column.astype(float)
    text = column.astype("string").str.strip()
    percent = text.str.endswith("%", na=False)
    values = pd.to_numeric(
        text.str.rstrip("%").str.replace(AMOUNT_SIGNS, "", regex=True), errors="coerce"
    )
    return values.where(~percent, values / 100)


def dates(column: pd.Series) -> pd.Series:
    text = column.astype("string").str.strip()
    parsed = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    day_first = parsed.isna() & text.notna()
    if day_first.any():
        parsed[day_first] = pd.to_datetime(text[day_first], format="%d/%m/%Y", errors="coerce")
    return parsed


def read_engine(inputs: str, quarter: str, engine: str):
    kpis = read_table(f"{inputs}/{quarter}/{engine}-kpis.csv")
    kpis["value"] = numbers(kpis["value"])
    activities = read_table(f"{inputs}/{quarter}/{engine}-activities.csv")
    activities["status"] = activities["status"].astype("string").str.strip().str.lower().map(STATUSES)
    given = activities["start"].notna()
    for column in ["start", "end"]:
        activities[column] = dates(activities[column])
    activities["start_rejected"] = given & activities["start"].isna()
    for column in ["budget_planned", "budget_spent", "participants"]:
        activities[column] = numbers(activities[column])
    return kpis, activities


def totals(engine: str, kpis: pd.DataFrame, activities: pd.DataFrame) -> dict:
    """The engine's activity measures, KPI values and the sum of its start dates in days since
    1970 (so that a date misread shows), None where prosperity has no value: a measure with a row
    not reported, a total with an amount not reported, a start date that is not a date."""
    found = {"activities.count": len(activities)}
    for status in ["active", "completed", "delayed"]:
        found[f"activities.{status}"] = (
            None if activities["status"].isna().any() else int((activities["status"] == status).sum())
        )
    for column in ["budget_planned", "budget_spent", "participants"]:
        values = activities[column]
        found[f"activities.{column}"] = None if values.isna().any() else values.sum()
    start = activities["start"].dropna()
    found["activities.start_days"] = (
        None if activities["start_rejected"].any() else (start - pd.Timestamp("1970-01-01")).dt.days.sum()
    )
    for measure, values in kpis.groupby("measure")["value"]:
        found[measure] = None if values.isna().any() else values.sum()
    return found


def print_totals(inputs: str, quarter: str) -> None:
    for engine in sorted(ENGINES):
        for measure, value in sorted(totals(engine, *read_engine(inputs, quarter, engine)).items()):
            print(f"{engine} {measure} {'none' if value is None else f'{value:.6f}'}")


def main(inputs: str, quarter: str, out: str) -> None:
    frames = {}
    rows = []
    for engine in ENGINES:
        kpis, activities = read_engine(inputs, quarter, engine)
        frames[engine] = activities
        found = totals(engine, kpis, activities)
        rows.append(
            {
                "engine": engine,
                "measures": len(kpis),
                "activities": found["activities.count"],
                "budget_planned": found["activities.budget_planned"],
                "budget_spent": found["activities.budget_spent"],
                "participants": found["activities.participants"],
                "delayed": found["activities.delayed"],
            }
        )
    summary = pd.DataFrame(rows)
    summary["execution"] = summary["budget_spent"] / summary["budget_planned"]
    with pd.ExcelWriter(out, engine="xlsxwriter", engine_kwargs={"options": {"constant_memory": True}}) as writer:
        summary.to_excel(writer, sheet_name="summary", index=False)
        for engine, activities in frames.items():
            activities.to_excel(writer, sheet_name=engine, index=False)
        pd.concat(frames.values()).to_excel(writer, sheet_name="activities", index=False)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--totals"]:
        print_totals(*sys.argv[2:4])
    else:
        main(*sys.argv[1:4])
