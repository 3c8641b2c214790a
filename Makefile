# Stap 0 — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# Tests, screenshots and benchmarks draw offscreen; `make run` uses the real display.
OFFSCREEN := QT_QPA_PLATFORM=offscreen

TS     := resources/translations/stap0_nl.ts
QM     := $(TS:.ts=.qm)
# English is the source language; its file holds only the plural forms ("1 note", "2 notes").
TS_EN  := resources/translations/stap0_en.ts
QM_EN  := $(TS_EN:.ts=.qm)

PACKAGE_STAMP := $(VENV)/.package-stamp

.PHONY: run test check package package-smoke wheel-smoke services lint unit bench bench-storage bench-app bench-cjg bench-sync bench-kaart clean translations translations-update screenshots

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,server]'
	touch $(STAMP)

## Set up and start Stap 0.
run: $(STAMP) translations
	@$(BIN)/python packaging/linux/check_qt_libraries.py
	$(BIN)/stap0 $(ARGS)

## Set up and run the whole suite: lint, types, layering, tests.
test: $(STAMP) translations services lint unit

## A self-contained application (PyInstaller folder, .deb and .tar.gz in build/dist/).
package: $(STAMP) translations $(PACKAGE_STAMP)
	$(BIN)/python packaging/build.py

## The wheel without extras in a fresh venv: init, demo, search, enroll, sync (CI runs this).
wheel-smoke: $(STAMP) translations
	$(BIN)/python packaging/wheel_smoke.py

## Build, install into a temporary root and start the installed program (CI runs this).
package-smoke: package
	$(BIN)/python packaging/smoke_test.py --no-build

$(PACKAGE_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	@command -v dpkg-deb >/dev/null || echo "dpkg-deb not found: the .deb is skipped"
	touch $(PACKAGE_STAMP)

## The CJG server tests start a throwaway PostgreSQL cluster, the lock tests a D-Bus
## session; install what is missing.
services:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
	  (command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] && apt-get update -qq && \
	   DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || \
	  echo "PostgreSQL could not be installed: its server tests will be skipped"
	@command -v dbus-run-session >/dev/null || \
	  (command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] && \
	   DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dbus >/dev/null) || \
	  echo "D-Bus could not be installed: the screen-lock and sleep tests will be skipped"

## Compiled translations (.qm) are built from the .ts sources, never committed.
translations: $(QM) $(QM_EN)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

$(QM_EN): $(TS_EN) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS_EN) -qm $(QM_EN)

## Refresh the .ts source from the code (then translate new strings in Qt Linguist).
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find stap0_desktop -name '*.py' | sort) -ts $(TS) -no-obsolete
	$(BIN)/pyside6-lupdate $$(find stap0_desktop -name '*.py' | sort) -ts $(TS_EN) -no-obsolete \
	  -pluralonly -source-language en -target-language en

## Day to day (under a minute): lint and the tests that run no CJG server, child process
## or whole window for seconds, on SQLite only. `make test` runs everything.
check: $(STAMP) translations lint
	$(OFFSCREEN) $(BIN)/python -m pytest -q -x -m "not slow and not system" -k "not postgresql"

lint: $(STAMP)
	$(BIN)/ruff check stap0_desktop sync tests bench docs packaging
	$(BIN)/mypy stap0_desktop sync
	$(BIN)/lint-imports

unit: $(STAMP)
	$(OFFSCREEN) $(BIN)/python -m pytest -q

## Benchmarks print figures against a floor measured in the same run, PASS/FAIL per target.
bench: bench-storage bench-app bench-cjg bench-sync bench-kaart

bench-app: $(STAMP) translations
	$(OFFSCREEN) $(BIN)/python bench/app.py

bench-cjg: $(STAMP) services
	$(BIN)/python bench/cjg.py

bench-sync: $(STAMP) translations
	$(OFFSCREEN) $(BIN)/python bench/sync.py

bench-kaart: $(STAMP)
	$(BIN)/python bench/kaart.py

bench-storage: $(STAMP)
	$(BIN)/python bench/storage.py

## Render every main screen (Dutch and English) to docs/screenshots/.
screenshots: $(STAMP) translations
	$(OFFSCREEN) $(BIN)/python docs/make_screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
