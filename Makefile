# Two commands for a fresh Debian machine: `make run` opens the app, `make test` runs
# every test. Each creates (or reuses) the virtual environment in .venv by itself.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: run test lint bench package system-deps demo

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

system-deps:
	./packaging/debian-deps.sh

run: $(STAMP) system-deps
	$(VENV)/bin/wopdesk

demo: $(STAMP)
	$(VENV)/bin/wopdesk demo

# pytest exits 5 when it collected no tests; that is not a failure here.
test: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS); rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 0; fi; exit $$rc

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

bench: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m bench
