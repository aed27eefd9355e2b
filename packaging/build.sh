#!/usr/bin/env bash
# Build the standalone one-folder bundle dist/playground/ with PyInstaller.
#
# Uses its own virtual environment, build/bundle-venv (made on the first run), holding the
# project's runtime dependencies and PyInstaller only, so no test or lint tool is bundled.
# Usage: packaging/build.sh            (PYTHON=python3.11 to choose the interpreter)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/build/bundle-venv"
PY="$VENV/bin/python"

if [ ! -x "$PY" ]; then
  echo "Creating the build environment in build/bundle-venv ..."
  "${PYTHON:-python3}" -m venv "$VENV"
fi
# The runtime dependencies as pyproject.toml lists them, plus PyInstaller 6.
"$PY" - > "$ROOT/build/bundle-requirements.txt" <<'PYEOF'
import tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["dependencies"]))
print("pyinstaller>=6,<7")
PYEOF
"$PY" -m pip install -q --disable-pip-version-check -r "$ROOT/build/bundle-requirements.txt"

"$PY" -m PyInstaller --noconfirm --clean \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
  "$ROOT/packaging/playground.spec"
# A Python built from source (pyenv) ships libpython with its debug symbols: about 18 MB.
# Only libpython: stripping numpy's bundled libraries would break them.
if command -v strip >/dev/null; then
  find "$ROOT/dist/playground/_internal" -maxdepth 1 -name 'libpython3*.so*' -type f \
    -exec strip --strip-debug {} +
fi
echo "Bundle: dist/playground/ ($(du -sh dist/playground | cut -f1))"
