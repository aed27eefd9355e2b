#!/usr/bin/env bash
# Remove exactly what packaging/install.sh added, as listed in its manifest
# ($XDG_DATA_HOME/neural-playground/install-manifest.txt, default ~/.local/share).
# A listed folder that now holds something else is kept, and said so.
set -euo pipefail
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
MANIFEST="$DATA/neural-playground/install-manifest.txt"
if [ ! -f "$MANIFEST" ]; then
  echo "Neural Playground is not installed here: no $MANIFEST" >&2
  exit 1
fi
mapfile -t entries < "$MANIFEST"
# Last made, first removed: files before the folders that hold them.
for ((i = ${#entries[@]} - 1; i >= 0; i--)); do
  entry="${entries[i]}"
  path="${entry:2}"
  case "$entry" in
    "f "*) rm -f -- "$path" ;;
    "d "*)
      if [ -d "$path" ] && ! rmdir -- "$path" 2>/dev/null; then
        echo "kept $path: it holds files the install did not add" >&2
      fi
      ;;
  esac
done

# Refresh the caches that are still there (the ones the install made are gone).
if command -v update-desktop-database >/dev/null && [ -e "$DATA/applications/mimeinfo.cache" ]; then
  update-desktop-database -q "$DATA/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null && [ -e "$DATA/icons/hicolor/icon-theme.cache" ]; then
  gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
fi
echo "Removed Neural Playground from $DATA"
