#!/usr/bin/env bash
# Add MentorVault to your applications menu (for you only; no root needed).
#
#   ./install-desktop.sh              in the unpacked MentorVault folder, or
#   make install-desktop              in a clone (uses dist/MentorVault if built, else .venv)
#   ./install-desktop.sh --uninstall  removes the menu entry and icons again
#
# Installs under ${XDG_DATA_HOME:-~/.local/share}:
#   applications/io.github.mentorvault.MentorVault.desktop   (Exec = the full path of the app)
#   metainfo/io.github.mentorvault.MentorVault.metainfo.xml
#   icons/hicolor/<size>/apps/io.github.mentorvault.MentorVault.{png,svg}
# Your vault is not touched either way: it lives in ~/.local/share/MentorVault/.
set -euo pipefail

app_id="io.github.mentorvault.MentorVault"
here="$(cd "$(dirname "$0")" && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"

usage() { echo "usage: $0 [--uninstall]" >&2; exit 2; }
mode=install
case "${1:-}" in
  "") ;;
  --uninstall) mode=uninstall ;;
  -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) usage ;;
esac

refresh() {
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$data_home/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$data_home/icons/hicolor" 2>/dev/null || true
  fi
  touch "$data_home/icons/hicolor" 2>/dev/null || true  # tells desktops the icons changed
}

if [ "$mode" = uninstall ]; then
  rm -f "$data_home/applications/$app_id.desktop" "$data_home/metainfo/$app_id.metainfo.xml"
  for icon in "$data_home"/icons/hicolor/*/apps/"$app_id".png "$data_home"/icons/hicolor/*/apps/"$app_id".svg; do
    [ -e "$icon" ] && rm -f "$icon"
  done
  refresh
  echo "Removed the MentorVault menu entry. Your vault and its backups were not touched."
  exit 0
fi

# Where the app and the files to install are.
if [ -x "$here/MentorVault" ] && [ -d "$here/desktop" ]; then
  # inside the unpacked archive: MentorVault/{MentorVault,install-desktop.sh,desktop/}
  app="$here/MentorVault"
  files="$here/desktop"
  icons="$here/desktop/icons"
else
  # in a clone: packaging/install-desktop.sh
  repo="$(dirname "$here")"
  files="$here/linux"
  icons="$here/icons/hicolor"
  if [ -x "$repo/dist/MentorVault/MentorVault" ]; then
    app="$repo/dist/MentorVault/MentorVault"
  elif [ -x "$repo/.venv/bin/mentorvault" ]; then
    app="$repo/.venv/bin/mentorvault"
  else
    echo "MentorVault is not built yet: run 'make package' (or 'make install') first." >&2
    exit 1
  fi
fi
for f in "$files/$app_id.desktop" "$files/$app_id.metainfo.xml" "$icons/scalable/apps/$app_id.svg"; do
  [ -f "$f" ] || { echo "missing $f: is this a complete MentorVault folder?" >&2; exit 1; }
done

# Desktop entries split Exec on spaces and give a few characters a meaning: quote the path,
# double any %, and refuse the characters that would need escaping inside the quotes.
case "$app" in
  *[\"\`\$\\]*) echo "The folder '$app' has a character a menu entry cannot hold (\" \` \$ \\); move it." >&2; exit 1 ;;
esac
exec_line="Exec=\"${app//%/%%}\""

mkdir -p "$data_home/applications" "$data_home/metainfo"
tmp="$data_home/applications/.$app_id.desktop.tmp"
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    Exec=*) printf '%s\n' "$exec_line" ;;
    TryExec=*) printf 'TryExec=%s\n' "$app" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$files/$app_id.desktop" > "$tmp"
mv "$tmp" "$data_home/applications/$app_id.desktop"
cp "$files/$app_id.metainfo.xml" "$data_home/metainfo/"
for dir in "$icons"/*/apps; do
  size="$(basename "$(dirname "$dir")")"
  mkdir -p "$data_home/icons/hicolor/$size/apps"
  cp "$dir"/"$app_id".* "$data_home/icons/hicolor/$size/apps/"
done
refresh

echo "Installed the MentorVault menu entry for ${USER:-you}, starting $app"
echo "It may take a moment (or a new login) to appear in your applications menu."
