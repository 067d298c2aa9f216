# screener — two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    := out
export SCREENER_CACHE_DIR ?= $(CURDIR)/.cache/screener

.PHONY: demo test lint typecheck check samples bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)  ## install, then rank the sample résumés against the sample JD
	$(BIN)/screener score data/jd/python-developer.txt data/resumes -o $(OUT)/ranked.csv --as-of 2026-11-01

test: $(STAMP)  ## run the whole test suite
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check screener tests benchmarks data/make_samples.py
	$(BIN)/ruff format --check screener

typecheck: $(STAMP)
	$(BIN)/mypy screener

check: lint typecheck test

samples: $(STAMP)  ## regenerate data/resumes from data/make_samples.py
	$(BIN)/python data/make_samples.py

bench: $(STAMP)  ## heavy benchmarks on ../shared/eval (skipped where absent)
	$(BIN)/python benchmarks/bench_batch.py
	$(BIN)/python benchmarks/bench_jd.py
	$(BIN)/python benchmarks/rescore.py

eval: $(STAMP)  ## quality evaluations on ../shared/eval (skipped where absent)
	$(BIN)/python benchmarks/eval_ranking.py
	$(BIN)/python benchmarks/eval_extraction.py
	$(BIN)/python benchmarks/eval_layout.py
	$(BIN)/python benchmarks/audit_skill_fps.py
	$(BIN)/python benchmarks/skill_filter_bound.py

clean:
	rm -rf $(OUT) .cache .pytest_cache .mypy_cache .ruff_cache
