# casekit: set-up, demo and tests. `make demo` and `make test` do everything on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# the test extras (pytest, playwright, kaleido, distributed, ruff) on top: `make test` only
TSTAMP := $(VENV)/.installed-test
# JupyterLab on top: `make lab` only
LSTAMP := $(VENV)/.installed-lab

define PRUNE_TESTS
import pathlib, shutil, sysconfig
site = pathlib.Path(sysconfig.get_paths()["purelib"])
found = [d for pkg in ("numpy", "scipy", "pandas") for d in (site / pkg).rglob("tests") if d.is_dir()]
for d in found:
    shutil.rmtree(d, ignore_errors=True)
endef
export PRUNE_TESTS

.PHONY: install demo test lint format clean bench lab slides

# offline slides: reveal.js + MathJax from the npm registry (npm pack), once
ASSETS := casekit/assets/vendor/casekit-assets.json

install: $(STAMP) $(ASSETS)

$(ASSETS): $(STAMP)
	$(BIN)/python -m casekit.slides --fetch-assets

# runtime only: what the demo, the reports and the notebooks need (no test tools);
# --no-compile: Python compiles only the modules it imports, not all of scipy and pandas
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-compile -e .
	$(BIN)/python -m ipykernel install --prefix $(VENV) --name casekit --display-name "casekit (Python 3)"
	# numpy's, scipy's and pandas' own test suites (about 45 MB) are not needed to run casekit
	$(BIN)/python -c "$$PRUNE_TESTS"
	touch $(STAMP)

$(LSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --no-compile -e ".[lab]"
	# no "Jupyter news" pop-up over a corner of the projected screen (this venv only)
	$(BIN)/jupyter labextension disable --level=sys_prefix "@jupyterlab/apputils-extension:announcements"
	touch $(LSTAMP)

$(TSTAMP): $(LSTAMP)
	$(BIN)/python -m pip install --quiet --no-compile -e ".[test]"
	touch $(TSTAMP)

demo: install
	$(BIN)/casekit validate data/demo
	$(BIN)/casekit cohort data/demo --out reports/demo
	$(BIN)/casekit report data/demo --out reports/demo
	@echo ""
	@echo "Demo reports are in $(CURDIR)/reports/demo/"
	@echo "Open $(CURDIR)/reports/demo/index.html in a browser (works offline; S.html is client S, cohort.html the synthetic cohort)."

test: install $(TSTAMP)
	$(BIN)/ruff check casekit tests benchmarks
	$(BIN)/python -m pytest -q

lint: install $(TSTAMP)
	$(BIN)/ruff check casekit tests benchmarks
	$(BIN)/ruff format --check casekit tests benchmarks

format: install $(TSTAMP)
	$(BIN)/ruff format casekit tests benchmarks

bench: install $(TSTAMP)
	$(BIN)/python benchmarks/bench_load.py

clean:
	rm -rf $(VENV) reports .pytest_cache

# JupyterLab on the lecture notebooks, casekit kernel by default
lab: install $(LSTAMP)
	cd notebooks && ../$(BIN)/jupyter lab --ServerApp.root_dir=. --MappingKernelManager.default_kernel_name=casekit \
		--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate

# offline reveal.js slides: make slides NB=notebooks/04_loneliness_pre_post.ipynb SLIDES_LANG=en
NB ?= notebooks/01_engagement_intake_contract.ipynb
SLIDES_LANG ?= id
slides: install
	$(BIN)/casekit slides $(NB) --lang $(SLIDES_LANG) --out slides
