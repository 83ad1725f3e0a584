# canon: every target sets up what it needs itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup test lint demo bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements/constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[dev]'
	$(BIN)/python -m compileall -q toolkit
	touch $(STAMP)

test: setup
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy

demo: setup
	$(BIN)/canon db start
	$(BIN)/canon check
	$(BIN)/canon plan --check
	$(BIN)/canon migrate
	$(BIN)/canon status
	$(BIN)/canon drift
	@echo
	@echo "The embedded database is migrated and matches schema/, functions/ and policies/."
	@echo "Next: psql \"\$$($(BIN)/canon db url)\"   ·   $(BIN)/canon lint   ·   docs/schema.md"

bench: setup
	sh bench/peers.sh
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .canon build
