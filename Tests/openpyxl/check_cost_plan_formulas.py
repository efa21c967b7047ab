#!/usr/bin/env python3
"""Checks that the formulas of a cost-plan workbook evaluate to the figures ismsbook computed.

usage: check_cost_plan_formulas.py ISMSBOOK_BINARY [PLAN_ARGS...]

Runs `ismsbook cost-plan PLAN_ARGS --format json -o plan.xlsx`, removes every cached formula value
from the workbook (so no figure can come from ismsbook's own numbers), has LibreOffice recalculate
it on load and export the cost sheet as CSV, and compares each year's total and running total, the
grand totals and the present value with the JSON. Needs only the standard library and `soffice`.
Exits non-zero with a message on the first failure, or when LibreOffice is missing (it never skips
silently).
"""
import csv
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

# LibreOffice's "Recalculation on file load" for Excel 2007+ files: 0 = always.
PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def fail(message):
    sys.exit(f"check_cost_plan_formulas: {message}")


def strip_cached_values(source, target):
    """Copies the workbook with the <v> of every formula cell removed."""
    formulas = 0
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = data.decode("utf-8")
                text, count = re.subn(r"(<f>[^<]*</f>)<v>[^<]*</v>", r"\1", text)
                formulas += count
                data = text.encode("utf-8")
            zout.writestr(item, data)
    return formulas


def recalculated_csv(xlsx, folder):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        fail("LibreOffice (soffice) is not installed")
    profile = folder / "profile"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(PROFILE)
    # 44 = comma, 34 = quote, 76 = UTF-8, raw values (not as shown), sheet 1 only.
    options = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1"
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", options,
         "--outdir", str(folder / "out"), str(xlsx)],
        check=True, capture_output=True, timeout=180)
    outputs = list((folder / "out").glob("*.csv"))
    if not outputs:
        fail("LibreOffice wrote no CSV")
    return list(csv.reader(outputs[0].open(encoding="utf-8")))


def number(cell):
    try:
        return round(float(cell))
    except ValueError:
        fail(f"not a number after recalculation: {cell!r}")


def main():
    binary, plan_args = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as temporary:
        folder = pathlib.Path(temporary)
        xlsx = folder / "plan.xlsx"
        run = subprocess.run([binary, "cost-plan", *plan_args, "--lang", "en", "--format", "json", "-o", str(xlsx)],
                             check=True, capture_output=True, text=True)
        plan = json.loads(run.stdout)
        stripped = folder / "stripped.xlsx"
        formulas = strip_cached_values(xlsx, stripped)
        if formulas < 2 * len(plan["years"]) + 2:
            fail(f"only {formulas} formulas with cached values in the workbook")
        rows = recalculated_csv(stripped, folder)
        header = next(i for i, row in enumerate(rows) if row[:2] == ["Year", "Audits"])
        columns = rows[header]
        total, cumulative = columns.index("Total"), columns.index("Cumulative")
        for offset, year in enumerate(plan["years"]):
            row = rows[header + 1 + offset]
            got = (number(row[total]), number(row[cumulative]))
            want = (year["total"], year["cumulative"])
            if got != want:
                fail(f"year {year['index']}: LibreOffice computed total/cumulative {got}, ismsbook {want}")
        grand = rows[header + 1 + len(plan["years"])]
        if grand[0] != "Total" or number(grand[total]) != plan["total"]:
            fail(f"grand total row {grand}: want {plan['total']}")
        sums = [number(cell) for cell in grand[2:total]]
        parts = [sum(y[k] for y in plan["years"]) for k in ("certification", "consultant", "internal")]
        if sum(sums) != sum(parts) or sums[-2:] != parts[-2:]:
            fail(f"column sums {sums}, want {parts}")
        if "present_value" in plan:
            pv = rows[header + 2 + len(plan["years"])]
            if number(pv[total]) != plan["present_value"]:
                fail(f"present value {pv[total]}, want {plan['present_value']}")
        print(f"ok: {formulas} formulas recalculated by LibreOffice; {len(plan['years'])} years, "
              f"total {plan['total']}" + (f", present value {plan['present_value']}" if "present_value" in plan else ""))


if __name__ == "__main__":
    main()
