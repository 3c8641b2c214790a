# Stap 0 — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint check-layers unit bench bench-storage clean demo

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Set up and start Stap 0.
run: $(STAMP)
	$(BIN)/stap0 $(ARGS)

## Set up and run the whole suite: lint, types, layering, tests.
test: $(STAMP) lint unit

lint: $(STAMP)
	$(BIN)/ruff check stap0_desktop sync tests bench
	$(BIN)/mypy stap0_desktop sync
	$(BIN)/lint-imports

unit: $(STAMP)
	$(BIN)/python -m pytest -q

## Benchmarks print figures against a baseline measured in the same run.
bench: bench-storage

bench-storage: $(STAMP)
	$(BIN)/python bench/storage.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
