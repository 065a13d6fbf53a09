# The two commands a user needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
DEV_STAMP := $(STAMP)-dev

.PHONY: run test openapi bench screenshot cue-model page-model headline-model publisher-model clean install install-dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEV_STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(STAMP)

install: $(STAMP)
install-dev: $(DEV_STAMP)

run: $(STAMP)  ## set up and start the service on 0.0.0.0:$${PORT:-8000}
	$(BIN)/gunicorn --config gunicorn.conf.py

test: $(DEV_STAMP)  ## set up and run the whole test suite
	$(BIN)/python -m pytest

openapi: $(STAMP)  ## regenerate openapi.yaml from the schemas
	$(BIN)/python -m service.api.openapi > openapi.yaml

bench: $(DEV_STAMP)  ## speed and memory figures against raw spaCy
	$(BIN)/python -m bench.run_all

screenshot: $(DEV_STAMP)  ## redraw docs/page.png (needs chromium and chromium-driver)
	PYTHONPATH=. $(BIN)/python docs/make_screenshot.py

cue-model: $(STAMP)  ## retrain service/nlp/models/cue_model.json on ../shared/data/polnear/train (about 3 minutes)
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python -m training.cue_model

page-model: $(STAMP)  ## retrain service/nlp/models/page_lines.json on ../shared/data (about 20 seconds)
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python -m training.page_lines --report

headline-model: $(STAMP)  ## retrain service/nlp/models/page_headline.json on ../shared/data (about 20 seconds)
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python -m training.page_headline --report

publisher-model: $(STAMP)  ## retrain service/nlp/models/page_publisher.json on ../shared/data (about 30 seconds)
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python -m training.page_publisher --report

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
