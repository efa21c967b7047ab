#!/usr/bin/env bash
# Installs what the test suite needs beyond the build: LibreOffice Calc (headless), which
# recalculates the cost plan's formulas so the tests can compare its totals with ismsbook's.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then exit 0; fi
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "install-test-deps: installing libreoffice-calc-nogui with apt-get" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libreoffice-calc-nogui >/dev/null
elif command -v brew >/dev/null 2>&1; then
  brew install --cask libreoffice
else
  echo "install-test-deps: install LibreOffice (soffice) and run make test again" >&2
  exit 1
fi
