#!/usr/bin/env python3
"""Writes every sheet of a workbook as a CSV of its cell values, for `csv2xlsx --numbers`.

usage: workbook_cells.py BOOK.xlsx OUT_DIR     (prints the CSV paths, one per line, in sheet order)

The benchmark's C copier then writes the same cells that ismsbook wrote, with the same cell types
(numbers and dates as numbers, text as text) but no styles, row heights or widths: what
libxlsxwriter alone costs for ismsbook's workbook, as opposed to for the input registers. Read
with openpyxl, independently of ismsbook's own reader.
"""
import csv
import datetime
import os
import sys

import openpyxl

EXCEL_EPOCH = datetime.datetime(1899, 12, 30)


def text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return str((value - EXCEL_EPOCH).days)
    if isinstance(value, datetime.date):
        return str((value - EXCEL_EPOCH.date()).days)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2])
    book, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    workbook = openpyxl.load_workbook(book, read_only=True)
    for index, sheet in enumerate(workbook.worksheets):
        path = os.path.join(out, f"sheet{index + 1:02d}.csv")
        with open(path, "w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file, lineterminator="\n")
            for row in sheet.iter_rows(values_only=True):
                writer.writerow(text(value) for value in row)
        print(path)
    workbook.close()


if __name__ == "__main__":
    main()
