#!/usr/bin/env python3
"""Runs the benchmark programs interleaved (A B C A B C …) on the same files and prints medians.

usage: run.py --rows N --runs K --ismsbook BIN --c BIN --python PY --workdir DIR ASSETS.csv RISKS.csv
       run.py --batch DIR --runs K --ismsbook BIN --workdir DIR     (batch --jobs 1 against --jobs 2)
       run.py --xlsx-import BOOK.xlsx#SHEET --runs K --ismsbook BIN --workdir DIR   (XLSX import)
       run.py --same-cells CELLS_DIR --rows N --runs K --ismsbook BIN --c BIN --workdir DIR ASSETS.csv RISKS.csv
              (ismsbook build against the C copier writing the cells of ismsbook's own workbook,
               exported to CELLS_DIR/*.csv by workbook_cells.py)

Wall time is measured around each process, peak RSS comes from wait4() (the kernel's ru_maxrss of
that process alone), so no external `time` program is needed.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time
import zipfile


def measure(command, log):
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - started
    code = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss / 1024.0, code  # ru_maxrss is in KiB on Linux


def batch(args):
    out = lambda name: os.path.join(args.workdir, name)
    programs = {f"ismsbook batch --jobs {jobs}": [args.ismsbook, "batch", args.batch, "-o", out(f"batch-jobs{jobs}"),
                                                   "--jobs", str(jobs), "--date", "2026-11-27"] for jobs in (1, 2)}
    medians = interleave(programs, args, out)
    departments = len([d for d in os.listdir(args.batch) if not d.startswith(".")])
    print(f"\nbatch of {departments} departments, median of {args.runs} interleaved runs")
    print("| program | wall (s) | peak RSS (MiB) |")
    print("|---|---:|---:|")
    for name, (wall, rss) in medians.items():
        print(f"| {name} | {wall:.2f} | {rss:.0f} |")
    one, two = (medians[name][0] for name in programs)
    print(f"\n--jobs 1 / --jobs 2 = {one / two:.2f}")


def xlsx_import(args):
    """Times `ismsbook validate` reading one sheet of a workbook, against the size of its XML."""
    book, _, sheet = args.xlsx_import.partition("#")
    with zipfile.ZipFile(book) as archive:
        # libxlsxwriter stores the n-th sheet of workbook.xml as xl/worksheets/sheet<n>.xml.
        names = re.findall(r'<sheet name="([^"]*)"', archive.read("xl/workbook.xml").decode("utf-8"))
        xml = archive.getinfo(f"xl/worksheets/sheet{names.index(sheet) + 1}.xml").file_size
    runs = []
    with open(os.path.join(args.workdir, "stderr.log"), "ab") as log:
        for run in range(args.runs):
            elapsed, rss, code = measure([args.ismsbook, "validate", "--assets", args.xlsx_import], log)
            if code != 0:
                sys.exit(f"validate exited with {code}")
            runs.append((elapsed, rss))
            print(f"  run {run + 1}/{args.runs} validate {sheet}: {elapsed:.2f} s, {rss:.0f} MiB", file=sys.stderr, flush=True)
    print(f"\nXLSX import of {sheet} ({args.rows:,} rows), median of {args.runs} runs")
    print("| program | sheet XML (MB) | wall (s) | rows/s | peak RSS (MiB) |")
    print("|---|---:|---:|---:|---:|")
    wall = statistics.median(r[0] for r in runs)
    print(f"| ismsbook validate | {xml / 1e6:.1f} | {wall:.2f} | {args.rows / wall:,.0f} | {max(r[1] for r in runs):.0f} |")


def same_cells(args):
    """Times ismsbook against libxlsxwriter alone writing the same cells: the floor for its workbook."""
    out = lambda name: os.path.join(args.workdir, name)
    cells = sorted(os.path.join(args.same_cells, name) for name in os.listdir(args.same_cells) if name.endswith(".csv"))
    programs = {
        "ismsbook build": [args.ismsbook, "build", "--assets", args.assets, "--risks", args.risks,
                           "--date", "2026-11-27", "-o", out("ismsbook-same.xlsx")],
        "C + libxlsxwriter, ismsbook's cells": [args.c, "--numbers", out("c-same.xlsx")] + cells,
    }
    medians = interleave(programs, args, out)
    print(f"\nthe cells of ismsbook's workbook ({args.rows:,} + {args.rows:,} rows), median of {args.runs} interleaved runs")
    print("| program | wall (s) | peak RSS (MiB) | output (MB) |")
    print("|---|---:|---:|---:|")
    outputs = {"ismsbook build": "ismsbook-same.xlsx", "C + libxlsxwriter, ismsbook's cells": "c-same.xlsx"}
    for name, (wall, rss) in medians.items():
        print(f"| {name} | {wall:.2f} | {rss:.0f} | {os.path.getsize(out(outputs[name])) / 1e6:.1f} |")
    ismsbook, c = (medians[name][0] for name in programs)
    print(f"\nismsbook / C on the same cells = {ismsbook / c:.2f}")


def interleave(programs, args, out):
    """Runs the programs in turn, `args.runs` times; returns each one's median wall and peak RSS."""
    results = {name: [] for name in programs}
    with open(out("stderr.log"), "ab") as log:
        for run in range(args.runs):
            for name, command in programs.items():
                elapsed, rss, code = measure(command, log)
                # ismsbook exits 1 when it finds input errors; the generated registers have none.
                if code != 0:
                    sys.exit(f"{name} exited with {code}; see {out('stderr.log')}")
                results[name].append((elapsed, rss))
                print(f"  run {run + 1}/{args.runs} {name}: {elapsed:.2f} s, {rss:.0f} MiB", file=sys.stderr, flush=True)
    return {name: (statistics.median(r[0] for r in runs), max(r[1] for r in runs)) for name, runs in results.items()}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", help="a batch input folder: compare --jobs 1 with --jobs 2")
    parser.add_argument("--xlsx-import", help="BOOK.xlsx#SHEET: time reading that sheet as an asset register")
    parser.add_argument("--same-cells", help="a folder of CSVs from workbook_cells.py: ismsbook against C on those cells")
    parser.add_argument("--rows", type=int, help="rows per register (for rows/s)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ismsbook", required=True)
    parser.add_argument("--c")
    parser.add_argument("--python")
    parser.add_argument("--workdir", required=True)
    parser.add_argument("assets", nargs="?")
    parser.add_argument("risks", nargs="?")
    args = parser.parse_args()
    if args.batch:
        return batch(args)
    if args.xlsx_import:
        return xlsx_import(args)
    if args.same_cells:
        return same_cells(args)

    out = lambda name: os.path.join(args.workdir, name)
    programs = {
        "ismsbook build": [args.ismsbook, "build", "--assets", args.assets, "--risks", args.risks,
                           "--date", "2026-11-27", "-o", out("ismsbook.xlsx")],
        "C + libxlsxwriter": [args.c, out("c.xlsx"), args.assets, args.risks],
        "Python csv + XlsxWriter": [args.python, os.path.join(os.path.dirname(__file__), "xlsxwriter_copier.py"),
                                    out("python.xlsx"), args.assets, args.risks],
    }
    medians = interleave(programs, args, out)
    total_rows = 2 * args.rows
    print(f"\n{args.rows:,} assets + {args.rows:,} risks ({total_rows:,} rows), median of {args.runs} interleaved runs")
    print(f"| program | wall (s) | rows/s | peak RSS (MiB) | output (MB) |")
    print(f"|---|---:|---:|---:|---:|")
    outputs = {"ismsbook build": "ismsbook.xlsx", "C + libxlsxwriter": "c.xlsx", "Python csv + XlsxWriter": "python.xlsx"}
    for name, (wall, rss) in medians.items():
        size = os.path.getsize(out(outputs[name])) / 1e6
        print(f"| {name} | {wall:.2f} | {total_rows / wall:,.0f} | {rss:.0f} | {size:.1f} |")
    ismsbook = medians["ismsbook build"][0]
    c = medians["C + libxlsxwriter"][0]
    python = medians["Python csv + XlsxWriter"][0]
    print(f"\nismsbook / C = {ismsbook / c:.2f}   Python / ismsbook = {python / ismsbook:.2f}")


if __name__ == "__main__":
    main()
