# Two commands set everything up on a fresh machine: `make generate` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_DIR := .node
PRISM := $(NODE_DIR)/node_modules/.bin/prism
PRISM_VERSION := 5.14.2

.PHONY: generate test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

$(PRISM):
	mkdir -p $(NODE_DIR)
	npm install --prefix $(NODE_DIR) --no-audit --no-fund --loglevel=error @stoplight/prism-cli@$(PRISM_VERSION)

# Regenerate every example under output/ from specs/.
generate: $(STAMP)
	$(BIN)/clientgen generate specs/openai-uploads.yaml --output output/openai-uploads --package-name openai_uploads --quiet
	$(BIN)/clientgen generate specs/openai.yaml --output output/openai --package-name openai_client --quiet

test: $(STAMP) $(PRISM)
	PRISM=$(abspath $(PRISM)) $(BIN)/python -m pytest -n 2 -q

lint: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/mypy

# Benchmark against openapi-python-client and openapi-generator (bench/README.md). BENCH_ROUNDS, BENCH_SPECS, GEN_TIMEOUT, ...
bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(NODE_DIR)
