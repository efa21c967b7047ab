#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each for SECONDS (default 60), with a seed corpus
# from Tests/ and samples/. Run before a release; findings are written to .build/fuzz/<target>/.
#
# Each target is compiled by swiftc with the core sources it exercises as one module
# (-sanitize=fuzzer,address), since SwiftPM's executables and libFuzzer both want main.
#
# usage: Scripts/fuzz.sh [SECONDS] [TARGET...]     (targets: FuzzCSV FuzzNormalisers FuzzXLSX FuzzJSONLines)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("${@:-FuzzCSV FuzzNormalisers FuzzXLSX FuzzJSONLines}")
# shellcheck disable=SC2206
targets=(${targets[*]})
core=Sources/ISMSBookCore
common=($core/Model/Language.swift $core/Diagnostics/DiagnosticMessage.swift $core/Normalising/TextNormaliser.swift)
csv=($core/Reading/CSVTokenizer.swift $core/Reading/EncodingDetector.swift $core/Reading/TextEncoding.swift
     $core/Reading/UTF16Transcoder.swift $core/Reading/FieldDecoder.swift $core/Reading/DelimiterSniffer.swift)
normalisers=($core/Normalising/*.swift $core/Model/AssetField.swift $core/Model/RiskField.swift $core/Model/RegisterField.swift
             $core/Model/ColumnLetters.swift $core/Reading/ColumnMap.swift $core/Diagnostics/Diagnostic.swift
             $core/Diagnostics/SourceLocation.swift)
xlsx=($core/Reading/XLSX/XMLPullScanner.swift $core/Reading/XLSX/SheetXMLScanner.swift $core/Reading/XLSX/XLSXParsers.swift $core/Reading/XLSX/XLSXCell.swift
      $core/Normalising/CalendarDate.swift)
jsonLines=($core/Reading/JSONLineParser.swift $core/Reading/JSONLineValue.swift)

mkdir -p .build/fuzz
for target in "${targets[@]}"; do
  case $target in
    FuzzCSV) sources=("${csv[@]}") ;;
    FuzzNormalisers) sources=("${normalisers[@]}") ;;
    FuzzXLSX) sources=("${xlsx[@]}") ;;
    FuzzJSONLines) sources=("${jsonLines[@]}") ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
  esac
  binary=.build/fuzz/$target
  # shellcheck disable=SC2207
  files=($(printf '%s\n' "${common[@]}" "${sources[@]}" | sort -u))
  swiftc -O -sanitize=fuzzer,address -use-ld=lld -parse-as-library -module-name ISMSBookCore "Fuzz/$target.swift" "${files[@]}" -o "$binary"
  corpus=.build/fuzz/$target-corpus
  mkdir -p "$corpus" ".build/fuzz/$target-findings"
  case $target in
    FuzzCSV) for file in Tests/ismsbookEndToEndTests/Corpus/*.csv Tests/ismsbookEndToEndTests/Corpus/*.txt samples/departments/*/*.csv; do
               cp "$file" "$corpus/$(echo "$file" | tr / _)"
             done ;;
    FuzzNormalisers) printf '%s\n' 令和2年12月25日 R2.12.25 H31.4.30 44190 '3(高)' 8/10 要配慮個人情報 リスク低減 'A.8.13; 8.13、a.5.10' 5年 永年 \
                       | split -l 1 - "$corpus/seed-" ;;
    FuzzXLSX) for book in Tests/ISMSBookCoreTests/Fixtures/xlsx/*.xlsx; do
                unzip -o -q "$book" 'xl/worksheets/*.xml' 'xl/sharedStrings.xml' 'xl/styles.xml' -d "$corpus/$(basename "$book" .xlsx)" 2>/dev/null || true
              done
              find "$corpus" -mindepth 1 -type d -exec sh -c 'for f in $(find "$1" -type f); do mv "$f" "$(dirname "$1")/$(basename "$1")-$(echo "$f" | tr / _)"; done; rm -rf "$1"' _ {} \; 2>/dev/null || true ;;
    FuzzJSONLines) printf '%s\n' '{"id":"R-1","controls":["A.5.10"],"score":6,"accepted":true,"owner":null,"extra":{},"source":{"file":"a.csv","row":2}}' \
                     '"\u00e9\ud83d\ude00\n"' '[1,-0.5e3,[],{}]' | split -l 1 - "$corpus/seed-" ;;
  esac
  # Earlier findings, kept as regression seeds.
  if [ -d "Fuzz/corpus/$target" ]; then cp Fuzz/corpus/"$target"/* "$corpus"/; fi
  echo "== $target: ${seconds}s"
  started=$(date +%s)
  if "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -artifact_prefix=".build/fuzz/$target-findings/" \
       -print_final_stats=1 "$corpus" 2> ".build/fuzz/$target.log"; then
    echo "$target: no finding in $(( $(date +%s) - started )) s ($(grep -m1 -o 'stat::number_of_executed_units: [0-9]*' ".build/fuzz/$target.log" | cut -d' ' -f2) runs)"
  else
    echo "$target: FINDING, see .build/fuzz/$target.log and .build/fuzz/$target-findings/" >&2
    tail -30 ".build/fuzz/$target.log" >&2
    exit 1
  fi
done
