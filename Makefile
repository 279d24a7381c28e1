# The two commands a new machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= $(or $(STREAMLIT_SERVER_PORT),8501)
# pytest-xdist: two workers; a file stays in one, the browser tests share one (tests/conftest.py).
# PARALLEL= runs everything in one process.
PARALLEL ?= -n 2 --dist loadgroup
API_PORT ?= 8000
API_WORKERS ?= 2

.PHONY: run api test lint fix typecheck pytest bench eval migrate clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.app-installed: requirements.txt requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt -c requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements.lock requirements-dev.txt pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt -c requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(VENV)/.app-installed $@

migrate: $(VENV)/.app-installed
	$(BIN)/python -m tracker_core.manage migrate

run: migrate
	$(BIN)/streamlit run streamlit_app.py --server.port $(PORT)

# The REST API on the app's database and settings (docs at http://localhost:$(API_PORT)/docs),
# in API_WORKERS processes, a listening socket each (nothing a request relies on lives in one
# process's memory; see api/serve.py).
api: migrate
	$(BIN)/python -m api.serve --host 127.0.0.1 --port $(API_PORT) --workers $(API_WORKERS)

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(VENV)/.dev-installed
	$(BIN)/mypy tracker_core

pytest: $(VENV)/.dev-installed
	$(BIN)/python -m pytest $(PARALLEL) --cov=tracker_core --cov-report=term:skip-covered --cov-fail-under=80 $(PYTEST_ARGS)
	@echo "Again with the machine's clock ten months ahead (no test may depend on today's date):"
	$(BIN)/python -m pytest -q $(PARALLEL) --clock-ahead=300 -m "not postgres" tests/unit tests/integration tests/app

test: lint typecheck pytest

fix: $(VENV)/.dev-installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(VENV)/.dev-installed
	$(BIN)/python -m scripts.bench

eval: $(VENV)/.dev-installed
	$(BIN)/python -m scripts.eval
	$(BIN)/python -m scripts.eval_ranking
	$(BIN)/python -m scripts.eval_parser
	@echo
	@d="$${TRACKER_EVAL_DIR:-../shared/eval}"; \
	if [ -f "$$d/score.py" ]; then \
		echo "Reference scorer ($$d/score.py, dev splits):"; \
		PYTHONPATH=. TRACKER_EVAL_DIR="$$d" $(BIN)/python "$$d/score.py" || true; \
	else \
		echo "Reference scorer: $$d/score.py not found, skipped (set TRACKER_EVAL_DIR)"; \
	fi

# Known vulnerabilities in the locked versions (needs the network: PyPI's and OSV's databases).
.PHONY: audit
audit: $(VENV)/.dev-installed
	$(BIN)/pip-audit --strict -r requirements.lock --no-deps --disable-pip
	$(BIN)/pip-audit --strict -r requirements.lock --no-deps --disable-pip -s osv

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .coverage
