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

.PHONY: help venv run serve migrate demo test test-e2e lint bench bench-citations bench-search bench-feedback bench-counters clean bench-directory

help:
	@echo "make run    - set up .venv, migrate, load demo data, serve on :$(PORT) (IPv4 + IPv6)"
	@echo "make test   - run the whole test suite (SQLite unless DATABASE_URL is set)"
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

# Unit/integration tests, then browser tests in their own run (live_server flushes the
# database). Browser tests skip, saying so, where Chromium is missing.
# Two workers (pytest-xdist), one per core; TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= 2
test: venv
	$(PY) -m pytest -p no:cacheprovider -n $(TEST_WORKERS) tests $(PYTEST_ARGS)
	$(PY) -m pytest -p no:cacheprovider e2e $(PYTEST_ARGS)

test-e2e: venv
	$(PY) -m pytest -p no:cacheprovider e2e $(PYTEST_ARGS)

lint: venv
	$(VENV)/bin/ruff check .
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

bench: bench-counters bench-citations bench-directory

bench-counters: venv
	$(PY) bench/bench_counters.py

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
