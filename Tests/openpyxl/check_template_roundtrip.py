#!/usr/bin/env python3
"""Fills ismsbook's template with openpyxl, as a department would in Excel, and checks that
`ismsbook normalize` reads it back to exactly the records the same data gives as a CSV.

usage: check_template_roundtrip.py ISMSBOOK_BINARY PROFILES_DIR

Also checks the template itself: its sheets, headers, header comments, and that its data
validation follows the profile (a 1–5 likelihood scale gives whole numbers 1–5).
"""
import csv
import datetime
import json
import pathlib
import subprocess
import sys
import tempfile

import openpyxl

ASSETS = [
    ["A-001", "顧客名簿", "営業", "営業部長", "営業部", "社内サーバー", "社内サーバー", "営業部", "個人情報", 3, 2, 2, "5年",
     datetime.date(2026, 4, 1), "=SUM(A1) と書いた備考"],
    ["A-002", "請求書控え（紙）", "経理", "経理課長", "経理部", "キャビネットB", "書類", "経理部", "なし", 2, 2, 1, "永年",
     datetime.date(2025, 10, 1), ""],
    ["0012", "設計書", "開発", "開発部長", "開発部", "共有フォルダ", "社内サーバー", "全社員", "なし", 1, 2, 1, "",
     datetime.date(2024, 4, 1), "先頭のゼロ"],
]
RISKS = [
    ["R-001", "A-001", "", "漏えい", "アクセス制御が不十分", 3, 2, "低減", "アクセス権を見直す", "A.5.15; A.8.3", "営業部長",
     datetime.date(2026, 9, 30), ""],
    ["R-002", "A-002", "", "紛失", "施錠していない", 1, 2, "受容", "", "", "経理課長", None, ""],
]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def run(binary, *args):
    result = subprocess.run([binary, *args], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"ismsbook {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return [json.loads(line) for line in result.stdout.splitlines()]


def without_source(records):
    return [{key: value for key, value in record.items() if key != "source"} for record in records]


def csv_text(value):
    if isinstance(value, datetime.date):
        return value.strftime("%Y/%m/%d")
    return "" if value is None else str(value)


def main():
    binary, profiles = sys.argv[1], pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        template = work / "template.xlsx"
        subprocess.run([binary, "template", "-o", str(template)], check=True, capture_output=True)
        book = openpyxl.load_workbook(template)
        check(book.sheetnames == ["情報資産管理台帳", "リスクアセスメント", "記入方法"], f"sheets: {book.sheetnames}")
        assets, risks = book["情報資産管理台帳"], book["リスクアセスメント"]
        asset_header = [cell.value for cell in assets[1]]
        risk_header = [cell.value for cell in risks[1]]
        check(all(cell.comment is not None for cell in assets[1]), "a header cell has no comment")
        check(len(assets.data_validations.dataValidation) >= 5, "the asset sheet has too few validations")

        for row in ASSETS:
            assets.append(row)
            notes = assets.cell(row=assets.max_row, column=len(row))
            notes.data_type = "s"  # typed in Excel with a leading ', text that looks like a formula stays text
        for row in RISKS:
            risks.append(row)
        filled = work / "filled.xlsx"
        book.save(filled)
        for name, header, rows in (("assets.csv", asset_header, ASSETS), ("risks.csv", risk_header, RISKS)):
            with open(work / name, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(header)
                for row in rows:
                    writer.writerow([csv_text(value) for value in row])

        from_xlsx = run(binary, "normalize", "--assets", str(filled))
        from_csv = run(binary, "normalize", "--assets", str(work / "assets.csv"))
        check(len(from_xlsx) == len(ASSETS), f"{len(from_xlsx)} assets read from the filled template")
        check(without_source(from_xlsx) == without_source(from_csv),
              f"assets differ:\n  xlsx {without_source(from_xlsx)}\n  csv  {without_source(from_csv)}")
        risks_xlsx = run(binary, "normalize", "--assets", str(filled), "--risks", str(filled))
        risks_csv = run(binary, "normalize", "--assets", str(work / "assets.csv"), "--risks", str(work / "risks.csv"))
        check(len(risks_xlsx) == len(RISKS), f"{len(risks_xlsx)} risks read from the filled template")
        check(without_source(risks_xlsx) == without_source(risks_csv),
              f"risks differ:\n  xlsx {without_source(risks_xlsx)}\n  csv  {without_source(risks_csv)}")
        check(from_xlsx[2]["id"] == "0012", "the id 0012 lost its zeros")
        check(from_xlsx[0]["recorded_on"] == "2026-04-01", "a date cell was not read as a date")

        lxi = work / "lxi.xlsx"
        subprocess.run([binary, "template", "--profile", str(profiles / "likelihood-impact.yaml"), "-o", str(lxi)],
                       check=True, capture_output=True)
        sheet = openpyxl.load_workbook(lxi)["リスクアセスメント"]
        header = [cell.value for cell in sheet[1]]
        check("発生可能性" in header and "影響度" in header, f"the 5×5 template's risk header: {header}")
        ranges = {str(v.sqref).split(":")[0][:1]: (v.type, v.formula1, v.formula2) for v in sheet.data_validations.dataValidation}
        column = openpyxl.utils.get_column_letter(header.index("発生可能性") + 1)
        check(ranges.get(column) == ("whole", "1", "5"), f"likelihood validation: {ranges.get(column)}")

    if failures:
        print("check_template_roundtrip: FAILED", *failures, sep="\n  ", file=sys.stderr)
        return 1
    print(f"check_template_roundtrip: ok ({len(ASSETS)} assets and {len(RISKS)} risks typed into the template read back "
          "exactly as the same CSV; 1–5 validation for a 5×5 profile)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
