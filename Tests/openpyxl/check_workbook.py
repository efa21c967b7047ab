#!/usr/bin/env python3
"""Reads a workbook built from the samples with openpyxl, independently of ismsbook's own reader,
and checks what an auditor's spreadsheet application will see.

usage: check_workbook.py WORKBOOK STDERR ASSET_CSV... -- RISK_CSV...

The input rows are counted here with Python's csv module, so the row counts are checked against
a second implementation of CSV reading. Exits non-zero with a message on the first failure.
"""
import csv
import datetime
import io
import re
import sys

import openpyxl

HEADER_NAMES = {"管理番号", "資産ID", "Asset ID", "リスクID", "リスク番号", "Risk ID"}
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def data_rows(path):
    """Data rows of a register: the non-blank rows below the header row."""
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp932")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = next(i for i, row in enumerate(rows) if HEADER_NAMES & set(row))
    return [row for row in rows[header + 1:] if any(cell.strip() for cell in row)]


def column(sheet, title):
    for cell in sheet[1]:
        if cell.value == title:
            return cell.column
    raise SystemExit(f"no column {title!r} on {sheet.title}")


def main():
    args = sys.argv[1:]
    workbook_path, stderr_path = args[0], args[1]
    split = args.index("--")
    asset_files, risk_files = args[2:split], args[split + 1:]
    book = openpyxl.load_workbook(workbook_path)

    check(book.sheetnames == ["概要", "情報資産管理台帳", "リスクアセスメント", "リスクマップ", "リスク対応計画", "検証結果"],
          f"sheet names: {book.sheetnames}")

    for title, files in (("情報資産管理台帳", asset_files), ("リスクアセスメント", risk_files)):
        sheet = book[title]
        expected = sum(len(data_rows(path)) for path in files)
        check(sheet.max_row - 1 == expected, f"{title}: {sheet.max_row - 1} rows written, {expected} read by Python's csv")
        check(sheet.freeze_panes == "A2", f"{title}: frozen at {sheet.freeze_panes}")
        check(sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:"), f"{title}: no autofilter")
        check(sheet.page_setup.orientation == "landscape", f"{title}: not landscape")
        check(str(sheet.page_setup.paperSize) == "9", f"{title}: paper size {sheet.page_setup.paperSize}, not A4")
        check(sheet.sheet_properties.pageSetUpPr.fitToPage, f"{title}: not fitted to the page width")
        check(sheet.print_title_rows in ("1:1", "$1:$1"), f"{title}: print titles {sheet.print_title_rows}")
        for row in sheet.iter_rows():
            for cell in row:
                check(cell.data_type != "f", f"{title}!{cell.coordinate} is a formula: {cell.value!r}")
                check(cell.hyperlink is None, f"{title}!{cell.coordinate} is a hyperlink")

    assets = book["情報資産管理台帳"]
    notes = column(assets, "備考")
    formula_like = [c for c in assets.iter_rows(min_row=2, min_col=notes, max_col=notes) for c in c
                    if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    check(len(formula_like) >= 3, f"expected the samples' =, + and @ notes as text, found {formula_like}")
    for cell in formula_like:
        check(cell.data_type == "s", f"{cell.coordinate} {cell.value!r} is not a string cell")

    recorded = column(assets, "記入日")
    dates = [c.value for (c,) in assets.iter_rows(min_row=2, min_col=recorded, max_col=recorded) if c.value is not None]
    check(dates and all(isinstance(d, (datetime.datetime, datetime.date)) or isinstance(d, str) for d in dates),
          "記入日 holds something else than dates and marked text")
    check(sum(isinstance(d, datetime.datetime) for d in dates) >= 15, f"only {len(dates)} dates in 記入日")
    check(datetime.datetime(2020, 4, 1) in dates, "令和2年4月1日 did not become 2020-04-01")

    for title in ("機密性", "完全性", "可用性", "重要度"):
        col = column(assets, title)
        values = [c.value for (c,) in assets.iter_rows(min_row=2, min_col=col, max_col=col) if c.value is not None]
        numbers = [v for v in values if isinstance(v, (int, float))]
        check(len(numbers) >= len(values) - 1, f"{title}: not numbers: {values}")
        check(all(1 <= n <= 3 for n in numbers), f"{title}: outside 1–3: {numbers}")

    ids = [c.value for (c,) in assets.iter_rows(min_row=2, max_col=1)]
    check("0012" in ids, f"the id 0012 lost its leading zeros: {ids}")

    risks = book["リスクアセスメント"]
    score = column(risks, "リスク値")
    scores = [c.value for (c,) in risks.iter_rows(min_row=2, min_col=score, max_col=score) if c.value is not None]
    check(all(isinstance(s, (int, float)) and 1 <= s <= 27 for s in scores), f"risk scores: {scores}")

    printed = [line for line in open(stderr_path, encoding="utf-8").read().splitlines()
               if re.match(r"^.+:\d+(:\d+)?: (error|warning): ", line)]
    validation = book["検証結果"]
    check(validation.max_row - 1 == len(printed),
          f"検証結果 has {validation.max_row - 1} rows, stderr printed {len(printed)} diagnostics")
    for (severity, file, row), line in zip(validation.iter_rows(min_row=2, max_col=3, values_only=True), printed):
        check(line.startswith(f"{file}:{row}"), f"検証結果 {file}:{row} does not match {line!r}")

    if failures:
        print("check_workbook: FAILED", *failures, sep="\n  ", file=sys.stderr)
        return 1
    print(f"check_workbook: ok ({assets.max_row - 1} assets, {risks.max_row - 1} risks, "
          f"{validation.max_row - 1} diagnostics read back with openpyxl {openpyxl.__version__})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
