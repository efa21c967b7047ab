#!/usr/bin/env bash
# Installs what building ismsbook needs and is not there yet: libxlsxwriter, libcrypto's headers
# (libssl-dev, for the inputs' SHA-256) and pkg-config.
# Debian/Ubuntu through apt-get (with sudo unless root), macOS through Homebrew.
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
  echo "install-deps: no Swift toolchain on PATH; install Swift 6.1 or later from swift.org" >&2
  exit 1
fi
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists xlsxwriter libcrypto; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "install-deps: installing libxlsxwriter-dev, libssl-dev and pkg-config with apt-get" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libxlsxwriter-dev libssl-dev pkg-config >/dev/null
elif command -v brew >/dev/null 2>&1; then
  echo "install-deps: installing libxlsxwriter and pkg-config with Homebrew" >&2
  brew install libxlsxwriter openssl@3 pkg-config
else
  echo "install-deps: install libxlsxwriter (Debian: libxlsxwriter-dev), libcrypto (libssl-dev) and pkg-config, then run make again" >&2
  exit 1
fi
