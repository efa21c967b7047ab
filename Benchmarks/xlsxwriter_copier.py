#!/usr/bin/env python3
"""What a user would write instead of ismsbook: Python's csv module and XlsxWriter in
constant_memory mode, copying every cell of each CSV file into a sheet of one workbook.

usage: xlsxwriter_copier.py OUT.xlsx IN.csv [IN.csv ...]
"""
import csv
import sys

import xlsxwriter


def main():
    out, inputs = sys.argv[1], sys.argv[2:]
    workbook = xlsxwriter.Workbook(out, {"constant_memory": True, "use_zip64": True})
    for index, path in enumerate(inputs):
        sheet = workbook.add_worksheet(f"Sheet{index + 1}")
        with open(path, newline="", encoding="utf-8-sig") as handle:
            for row, cells in enumerate(csv.reader(handle)):
                for column, cell in enumerate(cells):
                    if cell:
                        sheet.write_string(row, column, cell)
    workbook.close()


if __name__ == "__main__":
    main()
