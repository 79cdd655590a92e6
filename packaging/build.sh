#!/usr/bin/env bash
# Build the self-contained app with PyInstaller (`make package` runs this).
#
#   bash packaging/build.sh
#
# 1. a separate build venv (packaging/.build-venv) from packaging/requirements-build.txt:
#    the app's runtime dependencies at the versions of requirements.lock, plus PyInstaller,
#    all pinned by hash; no test tools, so none can end up in the bundle;
# 2. PyInstaller with packaging/mentorvault.spec into dist/MentorVault/ (dist/MentorVault.app
#    on macOS);
# 3. checks that every mentorvault module and the resources made it in, and nothing of the
#    tests or the development tools did (packaging/check_bundle.py);
# 4. on Linux: the desktop entry, metainfo, icons, install script, a short README and the
#    licences of everything inside are added to the folder, which is packed as
#    dist/MentorVault-<version>-linux-<arch>.tar.gz (with a .sha256);
# 5. the sizes, and the largest items inside.
#
# PYTHON picks the interpreter for the build venv (default python3).  PyInstaller needs its
# shared library: Debian's and python.org's have it; pyenv needs
# PYTHON_CONFIGURE_OPTS=--enable-shared.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cd "$root"

python="${PYTHON:-python3}"
venv="$here/.build-venv"
lock="$here/requirements-build.txt"
stamp="$venv/.installed"
start=$SECONDS

say() { printf '\n== %s\n' "$*"; }

if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ]; then
  say "build venv: $venv"
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --upgrade pip
  "$venv/bin/python" -m pip install --quiet --require-hashes -r "$lock"
  touch "$stamp"
fi
py="$venv/bin/python"

version="$("$py" -c 'import re,sys; print(re.search(r"^__version__ = \"([^\"]+)\"", open("mentorvault/__init__.py").read(), re.M).group(1))')"

# The window's catalogues (.qm, not in git) go into the bundle with the rest of resources/.
"$root/tools/compile-translations.sh" "$py"

say "PyInstaller $("$py" -m PyInstaller --version) -> dist/ (MentorVault $version)"
rm -rf dist/MentorVault dist/MentorVault.app
# The spec keeps optimize=0 (no -O/-OO): the app is tested with its asserts and docstrings.
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/mentorvault.spec

case "$(uname -s)" in
  Darwin) app_dir="dist/MentorVault.app" ;;
  *)      app_dir="dist/MentorVault" ;;
esac

say "checking the bundle"
"$py" "$here/check_bundle.py" "$app_dir"

if [ "$(uname -s)" = Linux ]; then
  # What a user who only has the archive needs for a menu entry (./install-desktop.sh).
  mkdir -p "$app_dir/desktop"
  cp "$here/linux/io.github.mentorvault.MentorVault.desktop" \
     "$here/linux/io.github.mentorvault.MentorVault.metainfo.xml" "$app_dir/desktop/"
  cp -r "$here/icons/hicolor" "$app_dir/desktop/icons"
  cp "$here/install-desktop.sh" "$app_dir/install-desktop.sh"
  sed "s/@VERSION@/$version/g" "$here/linux/README.txt" > "$app_dir/README.txt"
  "$py" "$here/collect_licenses.py" "$app_dir"
  chmod 755 "$app_dir/install-desktop.sh" "$app_dir/MentorVault"

  arch="$(uname -m)"
  archive="dist/MentorVault-$version-linux-$arch.tar.gz"
  say "archive: $archive"
  # Owner and dates normalised so the archive does not carry the builder's name or clock.
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}" \
      -C dist -cf - MentorVault | gzip -6n > "$archive.tmp"  # -9 saves 0.3 MB and takes 3x as long
  mv "$archive.tmp" "$archive"
  (cd dist && sha256sum "$(basename "$archive")" > "$(basename "$archive").sha256")
fi

say "sizes"
"$py" "$here/size_report.py" "$app_dir" ${archive:+"$archive"}
say "done in $((SECONDS - start)) s"
