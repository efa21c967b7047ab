#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each for SECONDS (default 60), seeded from
# Tests/, samples/ and the earlier findings in Fuzz/corpus/. Findings go to .build/fuzz/.
#
# The core and everything it depends on are built by SwiftPM with libFuzzer's coverage and
# AddressSanitizer (in .build-fuzz/, only that target's closure, so every object there belongs to
# it); each target is one small file (Fuzz/TARGET.swift) calling ISMSBookCore's FuzzTargets,
# linked against those objects. No list of sources to keep in step: what the core has, the
# fuzzers have, and `swift test` replays Fuzz/corpus/ through the same FuzzTargets.
#
# usage: [FUZZ_CONFIGURATION=debug] Scripts/fuzz.sh [SECONDS] [TARGET...]
#        (targets: FuzzCSV FuzzNormalisers FuzzXLSX FuzzJSONLines)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(FuzzCSV FuzzNormalisers FuzzXLSX FuzzJSONLines); fi
scratch=.build-fuzz
# release by default; CI's ten-second smoke runs take debug, which compiles in a third of the time.
configuration=${FUZZ_CONFIGURATION:-release}

# The coverage libFuzzer reads, spelled out: SwiftPM's driver drops -sanitize=fuzzer from a
# compile-only job (the frontend got -sanitize=address alone, and the core's objects had no
# counters: libFuzzer saw 27 edges, all in the target's own file).
swift build -c "$configuration" --target ISMSBookCore --scratch-path "$scratch" -Xswiftc -sanitize=address \
  -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table
mapfile -t objects < <(find "$scratch/$configuration/" -path '*.build/*' -name '*.o' | sort)
mapfile -t libraries < <(pkg-config --libs-only-l libcrypto zlib | tr ' ' '\n' | grep -v '^$')
# The C modules the core's dependencies import (CYaml, CZlib, our CLibCrypto), found by their
# module maps, as SwiftPM itself passes them.
modulemaps=()
while IFS= read -r map; do modulemaps+=(-Xcc "-fmodule-map-file=$map" -Xcc "-I$(dirname "$map")"); done \
  < <(find "$scratch/checkouts" Sources -name module.modulemap | sort)

mkdir -p .build/fuzz
for target in "${targets[@]}"; do
  [ -f "Fuzz/$target.swift" ] || { echo "fuzz: no target Fuzz/$target.swift" >&2; exit 2; }
  binary=.build/fuzz/$target
  swiftc -O -sanitize=fuzzer,address -use-ld=lld -parse-as-library -I "$scratch/$configuration/Modules" "${modulemaps[@]}" \
    "Fuzz/$target.swift" "${objects[@]}" "${libraries[@]}" -o "$binary"
  corpus=.build/fuzz/$target-corpus
  rm -rf "$corpus"
  mkdir -p "$corpus" ".build/fuzz/$target-findings"
  case $target in
    FuzzCSV) for file in Tests/ismsbookEndToEndTests/Corpus/*.csv Tests/ismsbookEndToEndTests/Corpus/*.txt samples/departments/*/*.csv; do
               cp "$file" "$corpus/$(echo "$file" | tr / _)"
             done ;;
    FuzzNormalisers) printf '%s\n' 令和2年12月25日 R2.12.25 H31.4.30 44190 '3(高)' 8/10 要配慮個人情報 リスク低減 'A.8.13; 8.13、a.5.10' 5年 永年 \
                       | split -l 1 - "$corpus/seed-" ;;
    FuzzXLSX) # The golden workbooks' parts, unzipped already: sheets, styles, workbooks.
              for part in Tests/ismsbookEndToEndTests/Golden/*/xl/worksheets/sheet*.xml Tests/ismsbookEndToEndTests/Golden/*/xl/*.xml; do
                cp "$part" "$corpus/$(echo "$part" | tr / _)"
              done ;;
    FuzzJSONLines) printf '%s\n' '{"id":"R-1","controls":["A.5.10"],"score":6,"accepted":true,"owner":null,"extra":{},"source":{"file":"a.csv","row":2}}' \
                     '"\u00e9\ud83d\ude00\n"' '[1,-0.5e3,[],{}]' | split -l 1 - "$corpus/seed-" ;;
  esac
  # Earlier findings, kept as regression seeds (and replayed by `swift test`).
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
