# casekit: set-up, demo and tests. `make demo` and `make test` do everything on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test lint format clean bench

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/python -m ipykernel install --prefix $(VENV) --name casekit --display-name "casekit (Python 3)"
	touch $(STAMP)

demo: install
	$(BIN)/casekit validate data/demo
	$(BIN)/casekit summary data/demo

test: install
	$(BIN)/ruff check casekit tests benchmarks
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check casekit tests benchmarks
	$(BIN)/ruff format --check casekit tests benchmarks

format: install
	$(BIN)/ruff format casekit tests benchmarks

bench: install
	$(BIN)/python benchmarks/bench_load.py

clean:
	rm -rf $(VENV) reports .pytest_cache
