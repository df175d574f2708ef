#!/usr/bin/env bash
# Try building the handbook with Zensical, Material for MkDocs' successor, and report what
# differs from the MkDocs build. Informational only: it never fails `make`. Zensical goes
# into its own environment (.venv-zensical), and builds a copy of the project, so the
# locked environment and site/ stay as they are.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

if [ ! -x .venv-zensical/bin/zensical ]; then
  python3 -m venv .venv-zensical >/dev/null 2>&1 || { echo "zensical: could not create .venv-zensical"; exit 0; }
  if ! .venv-zensical/bin/pip install --quiet --disable-pip-version-check zensical; then
    echo "zensical: could not install Zensical (no network?); nothing to compare"
    exit 0
  fi
  # the macros' own dependencies (pydantic and friends), at the locked versions
  .venv-zensical/bin/pip install --quiet --disable-pip-version-check --no-deps -r requirements.txt >/dev/null 2>&1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r mkdocs.yml docs macros overrides data LICENSE-CONTENT "$work/"
echo "zensical: building a copy with $(.venv-zensical/bin/zensical --version 2>&1 | head -n 1)"
(cd "$work" && "$root/.venv-zensical/bin/zensical" build -f mkdocs.yml) >"$root/zensical.log" 2>&1
status=$?
if [ ! -d "$work/site" ]; then
  echo "zensical: the build failed (exit $status); the end of zensical.log:"
  tail -n 15 zensical.log
  exit 0
fi
make --no-print-directory build >/dev/null 2>&1 || { echo "zensical: the MkDocs build failed; run make build"; exit 0; }

pages() { (cd "$1" && find . -name '*.html' | sort); }
files() { (cd "$1" && find . -type f ! -name '*.html' ! -path './assets/*' ! -path './search/*' | sort); }
echo "zensical: build exit status $status; $(pages "$work/site" | wc -l) pages against MkDocs' $(pages site | wc -l)"
echo "zensical: pages only in the MkDocs build:"
comm -23 <(pages site) <(pages "$work/site") | sed 's/^/  /' | head -n 20
echo "zensical: other files only in the MkDocs build (hooks and post-build steps):"
comm -23 <(files site) <(files "$work/site") | sed 's/^/  /' | head -n 20
echo "zensical: warnings and errors in zensical.log:"
grep -ciE "warn|error" zensical.log | sed 's/^/  /'
exit 0
