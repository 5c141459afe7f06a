# crampwise: `make run` serves the web app on the default SQLite store; `make test` runs everything.
# Both create the virtual environment and install what they need on a fresh Debian machine.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_DEBS := postgresql-15 chromium fonts-dejavu-core tmux
BENCH_DEBS := postgresql-15 wrk

.PHONY: run test lint typecheck pytest bench bench-journal bench-apple bench-analyze bench-roster bench-foods bench-load clean food-table

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/crampwise serve --host 127.0.0.1 --port 8000

lint: $(STAMP)
	$(BIN)/ruff check crampwise tests bench scripts

typecheck: $(STAMP)
	$(BIN)/mypy

# The whole suite: lint, types, then every test on SQLite and on a throwaway PostgreSQL 15
# cluster (scripts/with_postgres.sh stops and removes it whatever happens).
test: $(STAMP)
	scripts/ensure_debian_packages.sh $(TEST_DEBS)
	$(MAKE) --no-print-directory lint typecheck
	scripts/with_postgres.sh $(BIN)/pytest -p no:cacheprovider $(PYTEST_ARGS)

pytest: $(STAMP)
	scripts/with_postgres.sh $(BIN)/pytest $(PYTEST_ARGS)

bench: bench-journal bench-apple bench-analyze bench-roster bench-foods bench-load

bench-journal: $(STAMP)
	scripts/ensure_debian_packages.sh $(BENCH_DEBS)
	scripts/with_postgres.sh $(BIN)/python bench/bench_journal_import.py --entries 1000000

bench-apple: $(STAMP)
	$(BIN)/python bench/bench_apple_health.py

bench-analyze: $(STAMP)
	$(BIN)/python bench/bench_analyze.py

bench-roster: $(STAMP)
	$(BIN)/python bench/bench_roster.py

bench-foods: $(STAMP)
	$(BIN)/python bench/bench_foods.py

bench-load: $(STAMP)
	scripts/ensure_debian_packages.sh $(BENCH_DEBS)
	scripts/with_postgres.sh $(BIN)/python bench/load_history.py

food-table: $(STAMP)
	$(BIN)/python scripts/build_food_table.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis artifacts bench/out
