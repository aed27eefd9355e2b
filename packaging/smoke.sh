#!/usr/bin/env bash
# Smoke test of the standalone bundle: build it (unless --no-build), then run its binary's
# --self-test offscreen from another folder. Exits with the self-test's status.
# Usage: packaging/smoke.sh [--no-build]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
if [ "${1:-}" != "--no-build" ]; then
  "$ROOT/packaging/build.sh"
fi
BINARY="$ROOT/dist/playground/playground"
if [ ! -x "$BINARY" ]; then
  echo "error: no bundle at dist/playground (run packaging/build.sh)" >&2
  exit 1
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"  # not the checkout: the bundle must find its own files
status=0
QT_QPA_PLATFORM=offscreen "$BINARY" --self-test || status=$?
echo "bundle self-test: exit status $status"
exit "$status"
