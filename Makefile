# Two commands for a new user: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run lint test install translations update-translations bench bench-quick screenshots lock package install-desktop uninstall-desktop clean

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

install: $(STAMP) translations

# The window's catalogues: resources/translations/*.ts (in git) -> *.qm (build outputs).
translations: $(STAMP)
	tools/compile-translations.sh $(PY)

# After changing the window's strings: re-extract them into the .ts files, then translate the new ones.
update-translations: $(STAMP)
	PYTHON=$(PY) tools/update-translations.sh

run: install
	$(VENV)/bin/mentorvault

# ruff (pyproject.toml [tool.ruff]) over the whole tree, mypy (strict outside ui/) over mentorvault/.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

test: lint translations
	tools/run-tests.sh $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) -m benchmarks.run --full
	$(PY) -m benchmarks.notes_out
	$(PY) -m benchmarks.attachments --full

bench-quick: $(STAMP)
	$(PY) -m benchmarks.run --quick
	$(PY) -m benchmarks.attachments --quick

screenshots: install
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshots.py docs/screenshots
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshots.py docs/screenshots --theme dark
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshots.py docs/screenshots --scenario empty-path
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshots.py docs/screenshots --scenario empty-path --theme dark
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshots.py docs/screenshots --scenario insights-new
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshots.py docs/screenshots --scenario insights-new --theme dark
	QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2800x1800x24" $(PY) tools/screenshots_scale2.py docs/screenshots
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshots.py docs/screenshots --language de \
		--only welcome,create-vault,main-session-note,partner,partner-exchange,share-dialog,export-preview,import-review,inbox,settings,goals,reflect

# A self-contained app folder and archive in dist/ (PyInstaller, its own build venv).
package:
	PYTHON=$(PYTHON) bash packaging/build.sh

install-desktop:
	bash packaging/install-desktop.sh

uninstall-desktop:
	bash packaging/install-desktop.sh --uninstall

# Re-pin every dependency (with hashes) after changing pyproject.toml.
lock:
	$(PY) -m pip install --quiet pip-tools
	$(PY) -m piptools compile --quiet --extra test --generate-hashes --strip-extras --allow-unsafe \
		-o requirements.lock pyproject.toml
	$(PY) -m piptools compile --quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links \
		-c requirements.lock -o packaging/requirements-build.txt pyproject.toml packaging/requirements-build.in

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache packaging/.build-venv
	rm -f resources/translations/*.qm
