# Two commands set everything up on a fresh machine: `make generate` and `make test`.
# Both install exact versions from requirements/lock.txt (see README, "Pinned versions").
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements/lock.txt
PIP_VERSION := 26.3
UV_VERSION := 0.13.9
NODE_DIR := .node
PRISM := $(NODE_DIR)/node_modules/.bin/prism
PRISM_VERSION := 5.14.2
# The bad-spec tests also run against this PyYAML, the release before the locked one (tests/test_bad_specs.py).
OTHER_PYYAML := 6.0.3
OTHER_PYYAML_DIR := $(VENV)/other-pyyaml
# tests/oracle_server.py (openapi-core) runs in a venv of its own: it needs an older openapi-spec-validator.
ORACLE_VENV := .venv-oracle
ORACLE_LOCK := requirements/oracle.txt
ORACLE_STAMP := $(ORACLE_VENV)/.installed
ORACLE_ENV := CLIENTGEN_ORACLE_PYTHON=$(abspath $(ORACLE_VENV)/bin/python)

.PHONY: generate test test-latest lint bench lock clean sdk-corpus runtime-coverage

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet pip==$(PIP_VERSION)
	$(BIN)/pip install --quiet --require-virtualenv -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

$(ORACLE_STAMP): $(ORACLE_LOCK)
	$(PYTHON) -m venv $(ORACLE_VENV)
	$(ORACLE_VENV)/bin/pip install --quiet pip==$(PIP_VERSION)
	$(ORACLE_VENV)/bin/pip install --quiet --require-virtualenv -r $(ORACLE_LOCK)
	touch $(ORACLE_STAMP)

$(OTHER_PYYAML_DIR)/.installed: $(STAMP)
	$(BIN)/pip install --quiet --no-deps --target $(OTHER_PYYAML_DIR) pyyaml==$(OTHER_PYYAML)
	touch $@

$(PRISM):
	mkdir -p $(NODE_DIR)
	npm install --prefix $(NODE_DIR) --no-audit --no-fund --loglevel=error @stoplight/prism-cli@$(PRISM_VERSION)

# Regenerate every example under output/ from specs/.
generate: $(STAMP)
	$(BIN)/clientgen generate specs/openai-uploads.yaml --output output/openai-uploads --package-name openai_uploads --quiet
	$(BIN)/clientgen generate specs/openai.yaml --output output/openai --package-name openai_client --quiet
	$(BIN)/clientgen generate specs/petstore.yaml --output output/petstore --package-name petstore --quiet
	$(BIN)/python -m clientgen.ir.reference docs/ir.md

test: $(STAMP) $(PRISM) $(OTHER_PYYAML_DIR)/.installed $(ORACLE_STAMP)
	PRISM=$(abspath $(PRISM)) $(ORACLE_ENV) CLIENTGEN_OTHER_PYYAML=$(abspath $(OTHER_PYYAML_DIR)) $(BIN)/python -m pytest -n 2 -q

# The same suite against the newest release of every dependency, in a venv of its own: upstream
# changes are seen on purpose, not by surprise. It prints what differs from the lock first.
test-latest: $(PRISM) $(ORACLE_STAMP)
	rm -rf .venv-latest
	$(PYTHON) -m venv .venv-latest
	.venv-latest/bin/pip install --quiet --upgrade pip
	.venv-latest/bin/pip install --quiet --upgrade --upgrade-strategy eager -e '.[test]'
	.venv-latest/bin/python requirements/newer.py $(LOCK)
	PRISM=$(abspath $(PRISM)) $(ORACLE_ENV) .venv-latest/bin/python -m pytest -n 2 -q

# Line coverage of the SDK runtime (generator/runtime/) by its own unit tests (tests/runtime/), per module.
runtime-coverage: $(STAMP)
	$(BIN)/python -m coverage run -m pytest -p no:xdist -q tests/runtime
	$(BIN)/python -m coverage report

# Refresh the lock after changing dependencies in pyproject.toml (or to take new releases on purpose).
lock:
	$(PYTHON) -m venv .venv-uv
	.venv-uv/bin/pip install --quiet uv==$(UV_VERSION)
	.venv-uv/bin/uv pip compile --quiet --upgrade --universal --python-version 3.10 --extra test pyproject.toml -o $(LOCK)
	.venv-uv/bin/uv pip compile --quiet --upgrade --universal --python-version 3.11 requirements/bench-peers.in -o requirements/bench-peers.txt
	.venv-uv/bin/uv pip compile --quiet --upgrade --universal --python-version 3.10 requirements/oracle.in -o $(ORACLE_LOCK)

lint: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/ruff check --isolated --select E,F,W,I,UP,B --ignore E501 --target-version py310 generator/runtime
	$(BIN)/mypy

# Issue 13's stages for the SDK of every real spec: generate, build, twine check, install, import, ruff, black,
# mypy --strict, its own tests (tests/sdk_corpus.py; README, "The SDK corpus"). SDK_CORPUS="--sample 20 --seed 1" for fewer.
SDK_CORPUS ?= --all
sdk-corpus: $(STAMP)
	$(BIN)/python tests/sdk_corpus.py $(SDK_CORPUS) --jobs 2

# Benchmark against openapi-python-client and openapi-generator (bench/README.md). BENCH_ROUNDS, BENCH_SPECS, GEN_TIMEOUT, ...
bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .venv-latest .venv-uv $(ORACLE_VENV) $(NODE_DIR)
