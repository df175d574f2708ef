# The commands people type. `make help` lists them; long logic lives in scripts/.
SHELL := /bin/bash
.DEFAULT_GOAL := help
.PHONY: help serve build offline publish test check-data schema new links-external zensical bench lock screenshots \
	system-deps clean python-check

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ADDR ?= 127.0.0.1:8000
export NO_MKDOCS_2_WARNING := 1
# dates in the build (sitemap, freshness flags) come from the last commit, so builds reproduce
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
ifneq ($(SOURCE_DATE_EPOCH),)
export SOURCE_DATE_EPOCH
endif
export PIP_DISABLE_PIP_VERSION_CHECK := 1

help: ## List the targets with one line each
	@awk 'BEGIN {FS = ":.*## "} /^[a-z0-9-]+:.*## / {printf "  %-18s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

serve: $(VENV)/.build-deps ## Build and serve the handbook at http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --strict --dev-addr $(ADDR)

build: $(VENV)/.build-deps ## Strict build of the site into site/
	$(BIN)/mkdocs build --strict

offline: $(VENV)/.build-deps ## Build the offline copy into site-offline/ and zip it (works from file://)
	$(BIN)/mkdocs build --strict -f mkdocs-offline.yml
	$(BIN)/python scripts/zip_site.py site-offline webdev-career-handbook-offline.zip

publish: build offline ## The site as deployed: site/ with the offline zip under downloads/
	mkdir -p site/downloads
	cp webdev-career-handbook-offline.zip site/downloads/

test: $(VENV)/.test-deps node_modules/.installed system-deps ## Run every check (what CI runs)
	$(BIN)/python -m pytest -n 2

check-data: $(VENV)/.build-deps ## Validate data/ and list every problem
	$(BIN)/python scripts/check_data.py

schema: $(VENV)/.build-deps ## Regenerate the JSON Schemas in data/schema/ from the models
	$(BIN)/python scripts/gen_schema.py

new: $(VENV)/.build-deps ## Scaffold an entry and page: make new kind=language id=elixir (kinds: role language skill framework database)
	@test -n "$(kind)" -a -n "$(id)" || { echo "usage: make new kind=language id=elixir [group=backend]"; exit 2; }
	$(BIN)/python scripts/new_entry.py $(kind) $(id) $(if $(group),--group $(group))

links-external: $(VENV)/.test-deps build ## Check every external link over the network (weekly in CI; not in make test)
	$(BIN)/lychee --no-progress --format markdown --output links-report.md --max-concurrency 8 \
	  --exclude "^$$($(BIN)/python scripts/project_config.py site_url)" --accept '200..=299,403,429' 'site/**/*.html'

bench: $(VENV)/.test-deps system-deps ## Benchmark build cost, edit loop and page weight against budgets (not in make test)
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

zensical: ## Try a build with Zensical (Material's successor) and report what differs; never fails
	-@scripts/try_zensical.sh

screenshots: $(VENV)/.test-deps system-deps build ## Screenshots of key pages (light, dark, phone) into screenshots/
	$(BIN)/python scripts/screenshots.py

lock: $(VENV)/.build-deps ## Re-lock requirements*.txt with hashes after editing requirements*.in
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements.txt requirements.in
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements-dev.txt requirements-dev.in

system-deps: ## Install the browser and tools the tests need (Debian, as root)
	@scripts/system-deps.sh

clean: ## Remove built output (keeps .venv)
	rm -rf site site-offline webdev-career-handbook-offline.zip screenshots .pytest_cache

python-check:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11, 5))' 2>/dev/null || \
	  { echo "The handbook needs Python 3.11.5 or newer; '$(PYTHON)' is $$($(PYTHON) --version 2>&1 || echo missing). Run: make PYTHON=python3.12 ..."; exit 1; }

node_modules/.installed: package.json package-lock.json | system-deps
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(VENV)/.build-deps: requirements.txt | python-check
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements.txt
	@touch $@

$(VENV)/.test-deps: requirements.txt requirements-dev.txt | python-check
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements.txt -r requirements-dev.txt
	@touch $@ $(VENV)/.build-deps
