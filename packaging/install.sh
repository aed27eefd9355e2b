#!/usr/bin/env bash
# Install the standalone bundle for the current user, without root:
#   the bundle     -> $XDG_DATA_HOME/neural-playground/        (default ~/.local/share)
#   the menu entry -> $XDG_DATA_HOME/applications/neural-playground.desktop
#   the icons      -> $XDG_DATA_HOME/icons/hicolor/{NxN,scalable}/apps/neural-playground.*
# Every file and folder it adds is listed in $XDG_DATA_HOME/neural-playground/install-manifest.txt;
# packaging/uninstall.sh removes exactly those. Running it again replaces the previous install.
# Usage: packaging/install.sh [BUNDLE_DIR]      (default: dist/playground, from packaging/build.sh)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
BUNDLE="${1:-$ROOT/dist/playground}"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APP="$DATA/neural-playground"
MANIFEST="$APP/install-manifest.txt"
ICONS="$ROOT/playground/resources/icons"
DESKTOP="$DATA/applications/neural-playground.desktop"
HICOLOR="$DATA/icons/hicolor"

if [ ! -x "$BUNDLE/playground" ]; then
  echo "error: no bundle at $BUNDLE (build it first: packaging/build.sh)" >&2
  exit 1
fi
case "$APP" in  # characters the Exec line or sed would need escaped
  *[\"\`\$\\\|\&%]*) echo "error: cannot install into a path holding \" \` \$ \\ | & or %: $APP" >&2; exit 1 ;;
esac
if [ -f "$MANIFEST" ]; then
  echo "Replacing the previous install ..."
  "$HERE/uninstall.sh"
fi

# What would be added, checked before anything is changed: nothing may be there already.
sizes=()
for png in "$ICONS"/playground-*.png; do
  size="${png##*/playground-}"
  sizes+=("${size%.png}")
done
targets=("$DESKTOP" "$HICOLOR/scalable/apps/neural-playground.svg")
for size in "${sizes[@]}"; do
  targets+=("$HICOLOR/${size}x${size}/apps/neural-playground.png")
done
if [ -e "$APP" ] && [ -n "$(ls -A "$APP")" ]; then
  echo "error: $APP exists and was not made by this script; move it away first" >&2
  exit 1
fi
for target in "${targets[@]}"; do
  if [ -e "$target" ]; then
    echo "error: $target exists already; move it away first" >&2
    exit 1
  fi
done

added=()  # "d FOLDER" or "f FILE", in the order they were made
write_manifest() {
  if [ "${#added[@]}" -gt 0 ]; then
    mkdir -p "$APP"
    printf '%s\n' "${added[@]}" "f $MANIFEST" > "$MANIFEST"
  fi
}
trap write_manifest EXIT  # even after a failure, so uninstall.sh can undo what was done

make_dir() {  # mkdir -p, listing each folder it makes
  [ -d "$1" ] && return 0
  make_dir "$(dirname "$1")"
  mkdir "$1"
  added+=("d $1")
}

put() {  # copy file $1 to $2, listing it
  make_dir "$(dirname "$2")"
  cp "$1" "$2"
  added+=("f $2")
}

# The bundle: listed folder by folder, file by file, then copied at once.
make_dir "$APP"
while IFS= read -r -d '' path; do
  rel="${path#"$BUNDLE"/}"
  if [ -d "$path" ] && [ ! -L "$path" ]; then
    added+=("d $APP/$rel")
  else
    added+=("f $APP/$rel")
  fi
done < <(find "$BUNDLE" -mindepth 1 -print0)
cp -a "$BUNDLE/." "$APP/"

# The menu entry, started from the installed binary; %f opens a chosen experiment file.
make_dir "$(dirname "$DESKTOP")"
sed "s|^Exec=.*|Exec=\"$APP/playground\" %f|; s|^TryExec=.*||" \
  "$HERE/neural-playground.desktop" > "$DESKTOP"
added+=("f $DESKTOP")

for size in "${sizes[@]}"; do
  put "$ICONS/playground-$size.png" "$HICOLOR/${size}x${size}/apps/neural-playground.png"
done
put "$ICONS/playground.svg" "$HICOLOR/scalable/apps/neural-playground.svg"

# The caches, if the tools are there; a cache file they create is listed too.
if command -v update-desktop-database >/dev/null; then
  cache="$(dirname "$DESKTOP")/mimeinfo.cache"
  [ -e "$cache" ] || new_cache=1
  update-desktop-database -q "$(dirname "$DESKTOP")" || true
  if [ -n "${new_cache:-}" ] && [ -e "$cache" ]; then added+=("f $cache"); fi
fi
if command -v gtk-update-icon-cache >/dev/null && [ -e "$HICOLOR/icon-theme.cache" ]; then
  gtk-update-icon-cache -q -t "$HICOLOR" || true
fi
echo "Installed Neural Playground in $APP"
echo "Menu entry: $DESKTOP (remove everything with packaging/uninstall.sh)"
