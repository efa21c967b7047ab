#!/usr/bin/env bash
# The benchmark: generates deterministic registers with `ismsbook generate`, then times
# `ismsbook build` against two reference programs on the same files, interleaved:
#   (a) csv2xlsx.c, a minimal C copier on libxlsxwriter in constant-memory mode (the floor), and
#   (b) xlsxwriter_copier.py, Python's csv + XlsxWriter in constant_memory mode (the alternative).
# At 200,000 rows it also times the C copier on the cells of ismsbook's own workbook (exported by
# workbook_cells.py): what libxlsxwriter alone costs for the workbook ismsbook writes.
# It prints wall time, rows per second, peak RSS and the ratios. Not part of the tests.
#
# usage: Benchmarks/bench.sh [ROWS...]     (default: 200000 1000000)
#        RUNS=3 Benchmarks/bench.sh 200000  (interleaved runs per size; default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-200000 1000000}")
# shellcheck disable=SC2206
sizes=(${sizes[*]})
runs=${RUNS:-3}
work=${BENCH_DIR:-.build/bench}
mkdir -p "$work"

Scripts/install-deps.sh
swift build -c release --product ismsbook 2>&1 | tail -1
cc -O2 -o "$work/csv2xlsx" Benchmarks/csv2xlsx.c $(pkg-config --cflags --libs xlsxwriter)
if [ ! -x "$work/venv/bin/python" ] || ! "$work/venv/bin/python" -c "import xlsxwriter" 2>/dev/null; then
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install -q XlsxWriter
fi
if ! "$work/venv/bin/python" -c "import openpyxl" 2>/dev/null; then
  "$work/venv/bin/pip" install -q openpyxl
fi
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "versions: $(.build/release/ismsbook --version), libxlsxwriter $(dpkg-query -W -f='${Version}' libxlsxwriter-dev 2>/dev/null || pkg-config --modversion xlsxwriter), XlsxWriter $("$work/venv/bin/python" -c 'import xlsxwriter; print(xlsxwriter.__version__)')"

# A batch of 12 departments of 20,000 assets and 20,000 risks each: --jobs 1 against --jobs 2.
batch="$work/batch-12"
if [ ! -s "$batch/12/risks.csv" ]; then
  for index in $(seq 1 12); do
    .build/release/ismsbook generate --assets 20000 --risks 20000 --seed "$index" -o "$batch/$index"
  done
fi
echo
echo "== batch: 12 departments x (20,000 assets + 20,000 risks)"
"$work/venv/bin/python" Benchmarks/run.py --batch "$batch" --runs "$runs" --ismsbook .build/release/ismsbook --workdir "$work"

for rows in "${sizes[@]}"; do
  data="$work/data-$rows"
  if [ ! -s "$data/risks.csv" ]; then
    .build/release/ismsbook generate --assets "$rows" --risks "$rows" -o "$data"
  fi
  echo
  echo "== $rows rows per register: $(du -m "$data/assets.csv" | cut -f1) MB + $(du -m "$data/risks.csv" | cut -f1) MB of CSV"
  "$work/venv/bin/python" Benchmarks/run.py --rows "$rows" --runs "$runs" --ismsbook .build/release/ismsbook \
    --c "$work/csv2xlsx" --python "$work/venv/bin/python" --workdir "$work" "$data/assets.csv" "$data/risks.csv"
  if [ "$rows" = 200000 ]; then
    # XLSX import: the asset sheet of the workbook just written, read back as a register.
    cp "$work/ismsbook.xlsx" "$work/import-$rows.xlsx"
    "$work/venv/bin/python" Benchmarks/run.py --xlsx-import "$work/import-$rows.xlsx#情報資産管理台帳" --rows "$rows" \
      --runs "$runs" --ismsbook .build/release/ismsbook --workdir "$work"
    # The floor for ismsbook's own workbook: the C copier writing the same cells (exported with
    # openpyxl), with the same cell types but none of the styles.
    rm -rf "$work/cells-$rows"
    "$work/venv/bin/python" Benchmarks/workbook_cells.py "$work/import-$rows.xlsx" "$work/cells-$rows" >/dev/null
    "$work/venv/bin/python" Benchmarks/run.py --same-cells "$work/cells-$rows" --rows "$rows" --runs "$runs" \
      --ismsbook .build/release/ismsbook --c "$work/csv2xlsx" --workdir "$work" "$data/assets.csv" "$data/risks.csv"
  fi
done

# The CSV reader against yaslab/CSV.swift, on the largest asset register. A package of its own,
# fetched from GitHub; skipped with a note where GitHub cannot be reached.
largest="$work/data-${sizes[${#sizes[@]}-1]}/assets.csv"
echo
echo "== CSV readers on $largest"
if swift build -c release --package-path Benchmarks/csv-readers >"$work/csv-readers.log" 2>&1; then
  Benchmarks/csv-readers/.build/release/csv-readers "$largest" "$runs"
else
  echo "skipped: Benchmarks/csv-readers did not build (see $work/csv-readers.log)"
fi
