"""What a user would write instead: pandas + XlsxWriter doing the bulk of the committee workbook for
one quarter (read every engine's KPI and activity files, total them, write a summary, one sheet per
engine with its activities, and all activities on one sheet). Used by Benchmarks/run.sh as a baseline.

Usage: python3 Benchmarks/pandas_job.py INPUTS QUARTER OUT.xlsx
"""
import sys

import pandas as pd

ENGINES = ["agritech", "media", "rehabilitation", "rahat", "tourism"]


def main(inputs: str, quarter: str, out: str) -> None:
    frames = {}
    totals = []
    for engine in ENGINES:
        kpis = pd.read_csv(f"{inputs}/{quarter}/{engine}-kpis.csv", encoding="utf-8-sig", thousands=",")
        activities = pd.read_csv(f"{inputs}/{quarter}/{engine}-activities.csv", encoding="utf-8-sig")
        frames[engine] = activities
        totals.append(
            {
                "engine": engine,
                "measures": len(kpis),
                "activities": len(activities),
                "budget_planned": activities["budget_planned"].sum(),
                "budget_spent": activities["budget_spent"].sum(),
                "participants": activities["participants"].sum(),
                "delayed": int(activities["status"].isin(["delayed", "מתעכב"]).sum()),
            }
        )
    summary = pd.DataFrame(totals)
    summary["execution"] = summary["budget_spent"] / summary["budget_planned"]
    with pd.ExcelWriter(out, engine="xlsxwriter", engine_kwargs={"options": {"constant_memory": True}}) as writer:
        summary.to_excel(writer, sheet_name="summary", index=False)
        for engine, activities in frames.items():
            activities.to_excel(writer, sheet_name=engine, index=False)
        pd.concat(frames.values()).to_excel(writer, sheet_name="activities", index=False)


if __name__ == "__main__":
    main(*sys.argv[1:4])
