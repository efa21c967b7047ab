#!/usr/bin/env python3
"""Zips each golden workbook's committed parts back into an .xlsx and opens it with openpyxl and
with LibreOffice, so the golden files stay workbooks that real readers accept.

usage: check_golden.py GOLDEN_DIR

openpyxl reads every cell of every sheet; LibreOffice (soffice --headless) converts the workbook
to PDF, which must have as many pages as it has sheets at least. Exits non-zero on the first
failure.
"""
import os
import subprocess
import sys
import tempfile
import zipfile

import openpyxl


def assemble(folder, path):
    """The parts under `folder` as a zip package; [Content_Types].xml first, as Excel writes it."""
    names = []
    for root, _, files in os.walk(folder):
        for name in files:
            names.append(os.path.relpath(os.path.join(root, name), folder))
    names.sort(key=lambda name: (name != "[Content_Types].xml", name))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name in names:
            package.write(os.path.join(folder, name), name)


def pdf_pages(path):
    data = open(path, "rb").read()
    return data.count(b"/Type /Page\n") + data.count(b"/Type/Page\n") + data.count(b"/Type /Page/") + data.count(b"/Type/Page/")


def main():
    golden = sys.argv[1]
    cases = sorted(name for name in os.listdir(golden) if os.path.isdir(os.path.join(golden, name)))
    if not cases:
        sys.exit(f"check_golden: no golden workbooks in {golden}")
    with tempfile.TemporaryDirectory() as work:
        for case in cases:
            book = os.path.join(work, case + ".xlsx")
            assemble(os.path.join(golden, case), book)
            workbook = openpyxl.load_workbook(book)
            cells = sum(1 for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None)
            if cells == 0:
                sys.exit(f"check_golden: {case}: openpyxl reads no cell")
            result = subprocess.run(
                ["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile", "--convert-to", "pdf",
                 "--outdir", work, book], capture_output=True, text=True, timeout=300)
            pdf = os.path.join(work, case + ".pdf")
            if result.returncode != 0 or not os.path.exists(pdf):
                sys.exit(f"check_golden: {case}: LibreOffice could not convert it: {result.stderr.strip()}")
            pages = pdf_pages(pdf)
            if pages < len(workbook.worksheets):
                sys.exit(f"check_golden: {case}: LibreOffice printed {pages} pages for {len(workbook.worksheets)} sheets")
            print(f"check_golden: {case}: {len(workbook.worksheets)} sheets, {cells} cells (openpyxl), {pages} pages (LibreOffice)")


main()
