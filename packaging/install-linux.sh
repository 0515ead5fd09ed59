#!/usr/bin/env bash
# Put a built WOPdesk (make package) into a Linux desktop's menus.
#   packaging/install-linux.sh [PREFIX [FOLDER]]
# PREFIX defaults to ~/.local (this user only); /usr/local installs for everyone, as root.
# FOLDER is the built program's folder, dist/wopdesk by default.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=${1:-$HOME/.local}
built=${2:-$here/../dist/wopdesk}
app_id=org.wopdesk.WOPdesk
icons="$here/../resources/icons"

if [ ! -x "$built/wopdesk" ]; then
  echo "No built WOPdesk in $built: run make package first." >&2
  exit 1
fi
rm -rf "$prefix/opt/wopdesk"
mkdir -p "$prefix/opt" "$prefix/bin"
cp -a "$built" "$prefix/opt/wopdesk"
ln -sf "$prefix/opt/wopdesk/wopdesk" "$prefix/bin/wopdesk"
# The menu entry runs the installed program by its full path: ~/.local/bin may not be on PATH.
mkdir -p "$prefix/share/applications"
sed "s|^Exec=wopdesk|Exec=$prefix/opt/wopdesk/wopdesk|" "$here/$app_id.desktop" \
  > "$prefix/share/applications/$app_id.desktop"
install -Dm644 "$here/$app_id.metainfo.xml" "$prefix/share/metainfo/$app_id.metainfo.xml"
install -Dm644 "$icons/$app_id.svg" "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 48 128 256; do
  install -Dm644 "$icons/$app_id-$size.png" \
    "$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
# Refresh the menus' caches where the tools exist; a desktop without them rescans by itself.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qtf "$prefix/share/icons/hicolor" || true
echo "WOPdesk installed in $prefix/opt/wopdesk; start it from the menu or with $prefix/bin/wopdesk."
