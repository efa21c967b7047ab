# ismsbook — the two commands in the README are `make demo` and `make test`.
SWIFT ?= swift
OUT ?= out
SAMPLES := samples/departments
ASSETS := $(SAMPLES)/経理部/資産台帳.csv $(SAMPLES)/人事部/資産台帳.csv $(SAMPLES)/開発部/assets.csv
RISKS := $(SAMPLES)/経理部/リスク評価.csv $(SAMPLES)/人事部/リスク評価.csv $(SAMPLES)/開発部/risks.csv
# The auditor's binder for the sample departments: SoA, suppliers, laws, internal auditors.
BINDER := samples/binder
BINDER_OPTIONS := --soa $(BINDER)/適用宣言書.csv --suppliers $(BINDER)/委託先管理台帳.csv --laws $(BINDER)/法令一覧.csv \
  --audit-checklist --auditors $(BINDER)/内部監査員.csv

.PHONY: deps build demo test test-build test-swift test-openpyxl test-formulas test-golden golden sanitize sanitize-address sanitize-thread \
  release-warnings fuzz fuzz-smoke install uninstall clean

deps:
	@Scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release

# Converts the bundled samples. They hold deliberate mistakes, so ismsbook exits 1
# (input errors found, workbook written with the errors marked); that is success here.
demo: build
	@mkdir -p $(OUT)
	@status=0; .build/release/ismsbook build --assets $(ASSETS) --risks $(RISKS) $(BINDER_OPTIONS) \
	    --org "株式会社サンプル" -o $(OUT)/isms-demo.xlsx || status=$$?; \
	  if [ $$status -gt 1 ]; then exit $$status; fi
	@echo "demo: open $(OUT)/isms-demo.xlsx (the 検証結果 sheet lists the sample's mistakes)"

# The tests run under AddressSanitizer with LeakSanitizer (in .build-asan/): every run checks
# memory as well, and one build serves both the Swift tests and the binary that the Python checks
# drive (a separate plain debug build cost CI two minutes). Leaks that belong to the toolchain or
# to a dependency are listed, each with its reason, in Tests/Sanitizers/lsan.supp.
TEST_SCRATCH := .build-asan
TEST_FLAGS := --sanitize=address --scratch-path $(TEST_SCRATCH)
TEST_BIN := $(TEST_SCRATCH)/debug/ismsbook
export LSAN_OPTIONS := suppressions=$(CURDIR)/Tests/Sanitizers/lsan.supp

test: test-swift test-openpyxl test-formulas test-golden

# Compiles the code and the tests without running them (CI compiles while LibreOffice installs).
test-build: deps
	$(SWIFT) build --build-tests $(TEST_FLAGS)

test-swift: deps
	$(SWIFT) test $(TEST_FLAGS)

# Reads a workbook built from the samples with openpyxl, independently of our own reader; fills
# the template with openpyxl and checks it reads back as the same data typed into a CSV.
test-openpyxl: deps
	$(SWIFT) build $(TEST_FLAGS)
	@python=$$(Scripts/python-with-openpyxl.sh) && tmp=$$(mktemp -d) && \
	  { $(TEST_BIN) build --assets $(ASSETS) --risks $(RISKS) --date 2026-11-27 \
	      -o $$tmp/samples.xlsx 2>$$tmp/stderr.txt; test $$? -eq 1; } && \
	  $$python Tests/openpyxl/check_workbook.py $$tmp/samples.xlsx $$tmp/stderr.txt $(ASSETS) -- $(RISKS) && \
	  $$python Tests/openpyxl/check_template_roundtrip.py $(TEST_BIN) samples/profiles; \
	  status=$$?; rm -rf $$tmp; exit $$status

# The golden workbooks (Tests/ismsbookEndToEndTests/Golden/, compared part by part by
# GoldenWorkbookTests) zipped back up and opened with openpyxl and LibreOffice, so they stay
# workbooks that real readers accept.
test-golden: deps
	@Scripts/install-test-deps.sh
	@python=$$(Scripts/python-with-openpyxl.sh) && $$python Tests/openpyxl/check_golden.py Tests/ismsbookEndToEndTests/Golden

# Rewrites the golden workbooks from the current code. Only for a change meant to alter the
# workbooks: read `git diff Tests/ismsbookEndToEndTests/Golden` before committing it.
golden: deps
	UPDATE_GOLDEN=1 $(SWIFT) test $(TEST_FLAGS) --filter GoldenWorkbookTests

# Installs the release binary (Swift's runtime linked in, so it does not depend on the
# toolchain's location), shell completions (bash, zsh, fish) and the man page.
PREFIX ?= /usr/local
install: deps
	$(SWIFT) build -c release --static-swift-stdlib --product ismsbook
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 .build/release/ismsbook $(DESTDIR)$(PREFIX)/bin/ismsbook
	.build/release/ismsbook --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/ismsbook
	.build/release/ismsbook --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_ismsbook
	.build/release/ismsbook --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/ismsbook.fish
	$(SWIFT) package --allow-writing-to-package-directory generate-manual
	install -m 644 .build/plugins/GenerateManual/outputs/ismsbook/ismsbook.1 $(DESTDIR)$(PREFIX)/share/man/man1/ismsbook.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/ismsbook $(DESTDIR)$(PREFIX)/share/man/man1/ismsbook.1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/ismsbook $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_ismsbook \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/ismsbook.fish

# Has LibreOffice recalculate the cost plan's formulas and compares the totals with ismsbook's.
test-formulas: deps
	@Scripts/install-test-deps.sh
	$(SWIFT) build $(TEST_FLAGS)
	python3 Tests/openpyxl/check_cost_plan_formulas.py $(TEST_BIN) --employees 30 --years 4 --discount-rate 3
	python3 Tests/openpyxl/check_cost_plan_formulas.py $(TEST_BIN) --plan samples/plans/sample-plan.yaml --date 2026-11-27
	python3 Tests/openpyxl/check_cost_plan_formulas.py $(TEST_BIN) --employees 250 --scheme both --years 30 \
	  --escalation 1.5 --discount-rate 2.25

# The Swift suite under AddressSanitizer (what test-swift runs) and under ThreadSanitizer, each
# in its own build folder. CI runs the ThreadSanitizer half after `make test`.
sanitize: sanitize-address sanitize-thread

sanitize-address: test-swift

# The full-disk test is left out here only: under a file-size limit (ulimit -f) ThreadSanitizer's
# own runtime faults with SIGBUS in any process, even `ismsbook --version`. It runs in
# test-swift.
sanitize-thread: deps
	TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test --sanitize=thread --scratch-path .build-tsan \
	  --skip aFullDiskIsThreeAndLeavesNothing

# Builds the libFuzzer targets (Fuzz/) against the core and runs each for FUZZ_SECONDS; CI runs
# fuzz-smoke, ten seconds each from a debug build.
FUZZ_SECONDS ?= 60
fuzz: deps
	Scripts/fuzz.sh $(FUZZ_SECONDS)

fuzz-smoke: deps
	FUZZ_CONFIGURATION=debug Scripts/fuzz.sh 10

clean:
	rm -rf .build .build-asan .build-tsan .build-fuzz $(OUT)

# A release build of our own targets must be free of warnings (dependencies' own are not ours).
release-warnings: deps
	@$(SWIFT) build -c release 2>&1 | tee .build/release-build.log | tail -1
	@if grep -E "^$(CURDIR)/(Sources|Tests)/.*: warning:" .build/release-build.log; then \
	  echo "release build has warnings" >&2; exit 1; fi
