#!/usr/bin/env bash
# Prints the path of a Python that can import openpyxl, installing it if needed:
# the system's python3 if it has openpyxl, else a virtual environment in .build/venv
# (openpyxl from PyPI), else Debian's python3-openpyxl. The tests use openpyxl to read
# our workbooks back independently of our own XLSX reader.
set -euo pipefail
cd "$(dirname "$0")/.."

if python3 -c "import openpyxl" >/dev/null 2>&1; then
  command -v python3
  exit 0
fi
venv=.build/venv
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import openpyxl" >/dev/null 2>&1; then
  echo "$venv/bin/python"
  exit 0
fi
if python3 -m venv "$venv" >/dev/null 2>&1 && "$venv/bin/pip" install -q openpyxl >&2; then
  echo "$venv/bin/python"
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-openpyxl >/dev/null
  /usr/bin/python3 -c "import openpyxl" && echo /usr/bin/python3 && exit 0
fi
echo "python-with-openpyxl: cannot install openpyxl" >&2
exit 1
