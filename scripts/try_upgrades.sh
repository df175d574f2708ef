#!/usr/bin/env bash
# Build and test the handbook with the newest Material 9.x, MaterialX and ProperDocs, and write
# upgrade-report.md: versions, the test result, and which built files differ from the locked build.
# Exits 1 when the newest versions break the build or the tests. Needs the network (pip).
# Used by the weekly workflow .github/workflows/upgrades.yml.
set -uo pipefail
cd "$(dirname "$0")/.."
export NO_MKDOCS_2_WARNING=1 SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}"
report=upgrade-report.md
venv=.venv-upgrades
status=0
rm -rf site-locked site-newest site-materialx "$venv"

.venv/bin/mkdocs build --strict -q -d site-locked || { echo "the locked build fails"; exit 2; }

python3 -m venv "$venv"
"$venv/bin/pip" install -q -r requirements.txt -r requirements-dev.txt
"$venv/bin/pip" install -q --upgrade "mkdocs-material>=9,<10" "properdocs<2" mkdocs-materialx
versions=$("$venv/bin/pip" list --format=freeze | grep -Ei '^(mkdocs|mkdocs-material|mkdocs-materialx|properdocs|pymdown-extensions)==')

differences() {  # the built files that differ from the locked build, the generator tag aside
  diff -rq -I '<meta name="generator"' site-locked "$1" | sed 's/^/    /' | head -n 40
}

{
  echo "# Upgrade check"
  echo
  echo "Versions tried:"
  echo
  echo '```text'
  echo "$versions"
  echo '```'
  echo
} > "$report"

echo "## Newest Material 9.x and ProperDocs: make test's checks" >> "$report"
if "$venv/bin/python" -m pytest -n 2 -q -p no:cacheprovider > pytest.log 2>&1; then
  echo "All tests pass." >> "$report"
else
  status=1
  { echo "Tests fail:"; echo; echo '```text'; tail -n 60 pytest.log; echo '```'; } >> "$report"
fi

echo "## Newest Material 9.x: what the built site changes" >> "$report"
if "$venv/bin/mkdocs" build --strict -q -d site-newest 2> build.log; then
  { echo '```text'; differences site-newest; echo '```'; } >> "$report"
else
  status=1
  { echo "The strict build fails:"; echo '```text'; tail -n 30 build.log; echo '```'; } >> "$report"
fi

echo "## MaterialX (theme: materialx): what the built site changes" >> "$report"
sed 's/^  name: material$/  name: materialx/' mkdocs.yml > mkdocs-materialx.yml
if "$venv/bin/mkdocs" build --strict -q -f mkdocs-materialx.yml -d site-materialx 2> build.log; then
  { echo '```text'; differences site-materialx; echo '```'; } >> "$report"
else
  status=1
  { echo "The strict build fails:"; echo '```text'; tail -n 30 build.log; echo '```'; } >> "$report"
fi
rm -f mkdocs-materialx.yml

cat "$report"
exit "$status"
