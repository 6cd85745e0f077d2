#!/usr/bin/env bash
# Create .venv with Python 3.10 and install the pinned dependencies and the project.
# Rasa 3.6 runs only on Python 3.10 (its metadata says <3.11).
set -euo pipefail
cd "$(dirname "$0")/.."

works() { [ -n "$1" ] && "$1" -c 'import sys, venv; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1; }

find_python310() {
  local root="${PYENV_ROOT:-$HOME/.pyenv}" candidate
  if command -v pyenv >/dev/null 2>&1; then root="$(pyenv root)"; fi
  # An explicit choice first, then pyenv's installs (its shim fails unless 3.10 is
  # selected), then whatever python3.10 is on PATH.
  for candidate in "${PYTHON310:-}" \
      $(ls -d "$root"/versions/3.10.*/bin/python3.10 2>/dev/null | sort -rV) \
      "$(command -v python3.10 2>/dev/null || true)" /usr/bin/python3.10 /usr/local/bin/python3.10; do
    if works "$candidate"; then echo "$candidate"; return; fi
  done
}

PY=$(find_python310)
if [ -z "$PY" ]; then
  cat >&2 <<'MSG'
error: Python 3.10 is needed (Rasa 3.6 does not run on 3.11 or newer) and none was found.
Install it, for example with pyenv:   pyenv install 3.10.13
or with your package manager (python3.10 and python3.10-venv), or point to it:
  make PYTHON310=/path/to/python3.10 test
MSG
  exit 1
fi

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then
  rm -rf .venv
  echo "creating .venv with $PY"
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
touch .venv/.installed
echo "dependencies installed in .venv"
