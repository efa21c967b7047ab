#!/usr/bin/env python3
"""Makes the .xlsx fixtures of XLSXRecordReaderTests; run once, the outputs are committed.

- openpyxl-1904.xlsx (openpyxl): the 1904 date system, a title block above the header (header on
  row 3), shared strings, a rich-text run, booleans, a number stored as a number, a sparse row, a
  hidden row, a merged header cell and a phonetic-free Japanese text.
- ods-renamed.xlsx: an OpenDocument spreadsheet saved by LibreOffice, renamed to .xlsx.
- libreoffice.xlsx: the same workbook with formulas added, opened and saved again by LibreOffice
  (headless, set to recalculate on load), so it is written by LibreOffice and holds cached results.

usage: python3 make_fixtures.py   (needs openpyxl and soffice)
"""
import datetime
import pathlib
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = pathlib.Path(__file__).parent


def build(formulas):
    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.title = "資産台帳"
    sheet["A1"] = "情報資産管理台帳　総務部"
    sheet.append([])
    sheet.append(["資産ID", "情報資産の名称", "評価値", None, None, "記入日", "個人情報", "備考"])
    sheet.merge_cells("C3:E3")
    sheet.append([None, None, "機密性", "完全性", "可用性"])
    sheet.append(["GA-001", CellRichText([TextBlock(InlineFont(b=True), "顧客"), "名簿"]), 3, 2, 1,
                  datetime.date(2020, 12, 25), True, "=SUM(A1) は文字"])
    sheet["H5"].data_type = "s"  # text that looks like a formula stays text
    sheet.append(["GA-002", "社内規程", 1, 1, 1, datetime.date(1904, 1, 1), False, None])
    sheet.append([12, "番号が数値", 2, None, 2])
    sheet.row_dimensions[7].hidden = True
    sheet.append(["GA-004", "小数", 2.5, 1, 1])
    for row in (5, 6, 7, 8):
        sheet.cell(row=row, column=6).number_format = "yyyy/mm/dd"
    if formulas:
        sheet["I3"] = "合計"
        sheet["I5"] = "=C5+D5+E5"
        sheet["J3"] = "名称の長さ"
        sheet["J5"] = '=LEN("顧客名簿")&"文字"'
    other = book.create_sheet("リスク")
    other.append(["リスクID", "資産ID", "脅威"])
    other.append(["R-1", "GA-001", "漏えい"])
    return book


def main():
    build(formulas=False).save(HERE / "openpyxl-1904.xlsx")
    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        source = work / "source.xlsx"
        build(formulas=True).save(source)
        profile = work / "profile" / "user"
        profile.mkdir(parents=True)
        (profile / "registrymodifications.xcu").write_text(
            '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">'
            "<value>0</value></prop></item></oor:items>")
        out = work / "out"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work / 'profile'}", "--headless",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(source)],
                       check=True, capture_output=True, timeout=120)
        shutil.copy(out / "source.xlsx", HERE / "libreoffice.xlsx")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work / 'profile'}", "--headless",
                        "--convert-to", "ods", "--outdir", str(out), str(HERE / "openpyxl-1904.xlsx")],
                       check=True, capture_output=True, timeout=120)
        shutil.copy(out / "openpyxl-1904.ods", HERE / "ods-renamed.xlsx")


if __name__ == "__main__":
    main()
