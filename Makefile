# Two commands for a new user: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test install bench bench-quick screenshots lock package install-desktop clean

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/mentorvault

test: $(STAMP)
	tools/run-tests.sh $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) -m benchmarks.run --full

bench-quick: $(STAMP)
	$(PY) -m benchmarks.run --quick

screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshots.py docs/screenshots

# Re-pin every dependency (with hashes) after changing pyproject.toml.
lock:
	$(PY) -m pip install --quiet pip-tools
	$(PY) -m piptools compile --quiet --extra test --generate-hashes --strip-extras --allow-unsafe \
		-o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
