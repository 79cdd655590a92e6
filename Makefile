# Two commands for a new user: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run lint test install bench bench-quick screenshots lock package install-desktop uninstall-desktop clean

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/mentorvault

# ruff (pyproject.toml [tool.ruff]) over the whole tree, mypy (strict outside ui/) over mentorvault/.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

test: lint
	tools/run-tests.sh $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) -m benchmarks.run --full

bench-quick: $(STAMP)
	$(PY) -m benchmarks.run --quick

screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshots.py docs/screenshots
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshots.py docs/screenshots --theme dark
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshots.py docs/screenshots --scenario empty-path
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshots.py docs/screenshots --scenario empty-path --theme dark
	QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2800x1800x24" $(PY) tools/screenshots_scale2.py docs/screenshots

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
