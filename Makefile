# CCHC Portal: `make run` sets everything up and serves; `make test` runs the suite.
SHELL := /bin/bash
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py

# First Python 3.12+ found: python3.13 / python3.12 on PATH, then pyenv's versions.
PYTHON_BIN := $(shell for p in python3.13 python3.12; do \
	  c=$$(command -v $$p 2>/dev/null) && $$c -c 'import sys; sys.exit(sys.version_info < (3,12))' 2>/dev/null && { echo $$c; exit 0; }; \
	done; \
	r=$$(pyenv root 2>/dev/null); \
	for c in $$(ls -d $$r/versions/3.1[2-9]*/bin 2>/dev/null | sort -rV); do \
	  for p in $$c/python3.1[2-9]; do [ -x $$p ] && { echo $$p; exit 0; }; done; \
	done)

.PHONY: help venv run serve backup restore migrate demo test test-deps test-e2e test-faults lint bench bench-citations bench-search bench-feedback bench-pages clean bench-directory

help:
	@echo "make run    - set up .venv, migrate, load demo data, serve on :$(PORT) (IPv4 + IPv6)"
	@echo "make serve  - the same behind the HTTP cache (Varnish) as in production, on :$(PORT)"
	@echo "make test   - run the whole test suite (SQLite unless DATABASE_URL is set)"
	@echo "make test-faults - kill workers, restart PostgreSQL, stop Redis under load (tests/faults)"
	@echo "make bench  - run the benchmarks and print figures"

$(VENV)/.synced: pyproject.toml uv.lock
	@if [ -z "$(PYTHON_BIN)" ]; then echo "Python 3.12+ not found (python3.13/python3.12 on PATH or under pyenv). Install it first." >&2; exit 1; fi
	@command -v uv >/dev/null 2>&1 || $(PYTHON_BIN) -m pip install --quiet uv || python3 -m pip install --quiet uv
	@UV=$$(command -v uv || echo "$(PYTHON_BIN) -m uv"); \
	  [ -x $(PY) ] || $$UV venv -q -p $(PYTHON_BIN) $(VENV); \
	  VIRTUAL_ENV=$(VENV) $$UV sync --frozen --quiet --python $(PY)
	@touch $@

venv: $(VENV)/.synced

# Quiet: one line, not one per migration (`make migrate V=1` for the details).
migrate: venv
	@$(MANAGE) migrate --noinput -v$(if $(V),1,0) && echo "Cơ sở dữ liệu đã cập nhật / database migrated"

# Links in the demo's (and the served site's) SMS and e-mail texts point at the port served.
demo run serve: export BASE_URL ?= http://127.0.0.1:$(PORT)

demo: migrate
	@$(MANAGE) load_demo_data

# The last lines before the server's own output: URLs, where the demo passwords are and
# one line per demo account (passwords in development settings only).
run: demo
	@$(MANAGE) collectstatic --noinput -v0
	@echo "----------------------------------------------------------------------"
	@echo "Serving on http://127.0.0.1:$(PORT)/ and http://[::1]:$(PORT)/"
	@$(MANAGE) demo_accounts --base-url "http://127.0.0.1:$(PORT)"
	@echo "----------------------------------------------------------------------"
	@$(MANAGE) runserver --ipv6 "[::]:$(PORT)"

# Backups: database + media + private files in one archive under var/backups/ (docs/deployment.md).
backup: venv
	$(MANAGE) backup

restore: venv
	@[ -n "$(ARCHIVE)" ] || { echo "usage: make restore ARCHIVE=var/backups/cchc-backup-….tar.gz [FORCE=1]"; exit 2; }
	$(MANAGE) restore "$(ARCHIVE)" $(if $(FORCE),--force,)

# The production stack locally: gunicorn behind Varnish (deploy/serve.sh, decision 0002).
serve: demo
	$(MANAGE) collectstatic --noinput -v0
	DJANGO_SETTINGS_MODULE=$${DJANGO_SETTINGS_MODULE:-cchc.settings.dev} PORT=$(PORT) VENV=$(VENV) bash deploy/serve.sh

# Unit/integration tests, then browser tests in their own run (live_server flushes the
# database). Browser tests skip, saying so, where Chromium is missing; the accessibility
# checks are left out, saying so, where axe-core could not be installed (no npm).
# Two workers (pytest-xdist), one per core; TEST_WORKERS=0 runs in one process.
# The last lines summarise what ran, what was skipped and why (tools/test_summary.py).
TEST_WORKERS ?= 2
TEST_PATHS ?= tests
E2E_PATHS ?= e2e
RESULTS := var/test-results
test: venv test-deps
	@mkdir -p $(RESULTS) && rm -f $(RESULTS)/unit.xml $(RESULTS)/browser.xml
	@rc=0; \
	$(PY) -m pytest -p no:cacheprovider -n $(TEST_WORKERS) $(TEST_PATHS) --junitxml=$(RESULTS)/unit.xml $(PYTEST_ARGS) || rc=$$?; \
	$(PY) -m pytest -p no:cacheprovider $(E2E_PATHS) --junitxml=$(RESULTS)/browser.xml $(PYTEST_ARGS) || rc=$$?; \
	$(PY) tools/test_summary.py $(RESULTS)/unit.xml $(RESULTS)/browser.xml; \
	exit $$rc

# What the browser tests need besides Python: axe-core from the npm lock file. Nothing is
# fetched when the installed copy is newer than the lock file; without npm (or offline) the
# accessibility checks are left out with a message, never a failure.
test-deps:
	@if [ -f node_modules/axe-core/axe.min.js ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then :; \
	elif command -v npm >/dev/null 2>&1; then \
	  npm ci --silent --no-audit --no-fund --prefer-offline >/dev/null 2>&1 \
	    || echo "npm ci failed (offline?): the accessibility (axe-core) checks will be left out"; \
	else \
	  echo "npm not found: the accessibility (axe-core) checks will be left out; install Node.js and npm, then run make test again"; \
	fi

test-e2e: venv test-deps
	$(PY) -m pytest -p no:cacheprovider e2e $(PYTEST_ARGS)

# Fault tests (tests/faults, issue 12 point 15): gunicorn workers killed, an own PostgreSQL
# cluster restarted and an own Redis stopped under load. A few minutes, servers of their own,
# so not part of `make test` (which lists them as skipped); each skips saying why where
# gunicorn, initdb or redis-server is missing (CCHC_REQUIRE_FAULT_TOOLS=1 makes that an error).
test-faults: venv
	@mkdir -p $(RESULTS)
	CCHC_FAULT_TESTS=1 $(PY) -m pytest -p no:cacheprovider -n 0 -s --durations=5 tests/faults --junitxml=$(RESULTS)/faults.xml $(PYTEST_ARGS); \
	  rc=$$?; $(PY) tools/test_summary.py $(RESULTS)/faults.xml; exit $$rc

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(PY) tools/check_sizes.py
	$(VENV)/bin/vulture
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

bench: bench-pages bench-citations bench-directory

bench-pages: venv
	$(PY) bench/bench_pages.py $(BENCH_ARGS)

bench-citations: venv
	$(PY) bench/bench_citations.py

bench-search: venv
	$(PY) bench/bench_search.py

bench-directory: venv
	$(PY) bench/bench_directory.py

bench-feedback: venv
	$(PY) bench/bench_feedback.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache

bench-dossiers: venv
	$(PY) bench/bench_dossiers.py $(BENCH_ARGS)
	$(PY) bench/bench_filings.py $(FILING_BENCH_ARGS)
bench-sipas: venv
	$(PY) bench/bench_sipas.py
bench-contest: venv
	$(PY) bench/bench_contest.py $(BENCH_ARGS)
bench-search-quality: venv
	$(PY) bench/bench_search_quality.py $(BENCH_ARGS)
