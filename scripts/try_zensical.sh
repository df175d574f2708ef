#!/usr/bin/env bash
# Try building the handbook with Zensical, Material for MkDocs' successor, and report what
# differs from the MkDocs build. Informational only: it never fails `make`, and it installs
# Zensical into its own environment (.venv-zensical) so the locked one stays untouched.
set -uo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv-zensical >/dev/null 2>&1 || { echo "zensical: could not create .venv-zensical"; exit 0; }
if ! .venv-zensical/bin/pip install --quiet --disable-pip-version-check zensical; then
  echo "zensical: could not install (no network?); nothing to compare"
  exit 0
fi
.venv-zensical/bin/pip install --quiet --disable-pip-version-check -r requirements.txt --no-deps >/dev/null 2>&1
rm -rf site-zensical
echo "zensical: building with $(.venv-zensical/bin/zensical --version 2>&1 | head -n 1)"
if ! .venv-zensical/bin/zensical build --config-file mkdocs.yml >zensical.log 2>&1; then
  echo "zensical: the build failed; the first problems:"
  grep -iE "error|warn|not supported|unknown" zensical.log | head -n 20
  exit 0
fi
out=$(grep -E '^\s*site_dir' mkdocs.yml | awk '{print $2}')
out=${out:-site}
[ -d "$out" ] || { echo "zensical: built, but no output directory found"; exit 0; }
make --no-print-directory build >/dev/null 2>&1
echo "zensical: pages only in the MkDocs build:"
comm -23 <(cd site && find . -name '*.html' | sort) <(cd "$out" && find . -name '*.html' | sort) | head -n 20
echo "zensical: see zensical.log for warnings about unsupported plugins and extensions"
exit 0
