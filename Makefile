# Yansenne: one Makefile for people and CI. `make demo` and `make test` are the README's
# quick start; both install what they need first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_SHOT ?= demo-window.png

.PHONY: constraints demo test test-pg test-acceptance lint check-forms forms translations build check-build bench bench-check installer ci-linux system venv

system:
	@sh tools/system_packages.sh

$(STAMP): pyproject.toml tools/constraints.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ needed"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,postgres,build]' -c tools/constraints.txt
	@touch $(STAMP)

venv: system $(STAMP)

# Loads the demo editions into their own database (2026 in one stage; 2027 run in
# stages: screening, a first round of three readers per project, a shortlist, a final)
# and opens the application on them. Without a display (a server, CI) it runs on a
# virtual one and saves a screenshot.
demo: venv
	@DEMO_DB=$$($(BIN)/python -c 'from yansenne.paths import user_data_dir; print(user_data_dir() / "demo.sqlite")'); \
	$(BIN)/yansenne --db "$$DEMO_DB" demo --replace && \
	$(BIN)/yansenne --db "$$DEMO_DB" demo --staged --replace && \
	if [ -n "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ] || [ "$$(uname)" = Darwin ]; then \
		$(BIN)/yansenne --db "$$DEMO_DB"; \
	else \
		echo "no display: opening the window on a virtual screen and saving it to $(DEMO_SHOT)"; \
		xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/yansenne --db "$$DEMO_DB" --screenshot "$(DEMO_SHOT)"; \
	fi

lint: venv
	$(BIN)/ruff check .
	$(BIN)/lint-imports

check-forms: venv
	$(BIN)/python tools/build_forms.py --check

forms: venv
	$(BIN)/python tools/build_forms.py

translations: venv
	$(BIN)/python tools/update_translations.py
	$(BIN)/python tools/extract_messages.py

build: venv
	$(BIN)/pyinstaller --noconfirm --clean build.spec --distpath build/dist --workpath build/work

check-build: venv
	$(BIN)/python tools/check_build.py

# Every benchmark against its baseline in the same run (the bundle's start-up too, so
# the bundle is built first); writes bench/results.json and the table bench/RESULTS.md.
bench: build
	$(BIN)/python -m bench

# Every benchmark 5 times against the committed bench/results.json: fails (exit 1, naming
# each) when a ratio, the median of the 5 runs, is more than 50 % worse, or a benchmark
# gave no result. Not in `make test`: tests never time. `python -m bench.check --only
# NAME ... --runs N` for fewer.
bench-check: build
	$(BIN)/python -m bench.check

# The Windows installer (NSIS): over the real bundle when build/dist/yansenne holds one
# built on Windows, else over a stand-in tree with the Windows bundle's file names.
installer: venv
	$(BIN)/python tools/build_installer.py $(if $(wildcard build/dist/yansenne/yansenne.exe),--bundle build/dist/yansenne)

# tools/constraints.txt anew: the newest versions within pyproject.toml's ranges, in an
# environment of their own (build/constraints-venv), frozen. Run `make test` before
# committing it: the pins are the versions a green suite was run with.
constraints:
	rm -rf build/constraints-venv
	$(PYTHON) -m venv build/constraints-venv
	build/constraints-venv/bin/python -m pip install --quiet --upgrade pip
	build/constraints-venv/bin/python -m pip install --quiet -e '.[test,postgres,build]'
	{ sed -n '/^#/p' tools/constraints.txt; build/constraints-venv/bin/python -m pip freeze --exclude-editable | grep -v '^yansenne'; } > build/constraints.txt
	mv build/constraints.txt tools/constraints.txt
	rm -rf build/constraints-venv

# The hosted CI's Linux job (.github/workflows/build.yml), step by step, on this machine.
ci-linux:
	sh tools/ci_linux.sh

# The store, scoring and exchange tests again on a real PostgreSQL server (started by the
# tests as the postgres user, on 127.0.0.1, in a temporary folder), and the juror window
# on a juror's own login.
test-pg: venv
	YANSENNE_TEST_PG=only $(BIN)/python -m pytest -q tests/store tests/domain tests/scoring tests/exchange tests/pg tests/ui/juror/test_server_login.py

# The desk used as a person uses it: the real program on Xvfb with openbox, driven by
# xdotool, screenshots saved (the folder is printed; $YANSENNE_ACCEPTANCE_SHOTS chooses it).
# Also part of `make test`.
test-acceptance: venv
	$(BIN)/python -m pytest -q -m acceptance tests/acceptance

# The whole suite: lint, generated files up to date, the built program starts, migrates
# and prints, the PostgreSQL pass, then every test (GUI tests offscreen, one on a real X
# server under Xvfb, the acceptance scenarios in tests/acceptance on Xvfb with openbox).
test: venv lint check-forms check-build test-pg
	$(BIN)/python -m pytest
