# Two commands for a fresh Debian machine: `make run` opens the app, `make test` runs
# every test. Each creates (or reuses) the virtual environment in .venv by itself.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: run test test-deep lint bench package translations schema system-deps demo

PACKAGE_STAMP := $(VENV)/.package-stamp

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

# The property tests with 5,000 examples each (minutes to an hour), not part of `make test`.
test-deep: $(STAMP) system-deps
	HYPOTHESIS_PROFILE=deep QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/test_sync_property.py tests/test_fast_paths.py tests/test_column_defaults.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

bench: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# Update the French and Spanish catalogues from the code (new strings arrive unfinished,
# for a translator), then compile them to the .qm files Qt loads.
translations: $(STAMP)
	$(PY) packaging/translations.py

# After adding a migration: write the schema snapshot new databases are created from.
schema: $(STAMP)
	$(PY) -m wopdesk.storage.schema

$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

# One-folder app in dist/wopdesk (PyInstaller), then a smoke check of the built program.
package: $(PACKAGE_STAMP) system-deps
	$(PY) packaging/build.py
