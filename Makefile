# Gesprekscoach: the front door. `make run` and `make test` set everything up first.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV   := .venv
PY     := $(VENV)/bin/python
RASA   := $(VENV)/bin/rasa
MODEL  := models/gesprekscoach.tar.gz
SPACY  := var/spacy-nl/meta.json
STAMP  := $(VENV)/.installed
TRAINING_DATA := $(wildcard data/nlu/*.yml data/rules/*.yml)
DATA_ARGS := --data data/nlu data/rules

export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3
export PYTHONWARNINGS := ignore
export SQLALCHEMY_SILENCE_UBER_WARNING := 1

.PHONY: help setup run test eval bench train validate shell lint intents clean browser coherence cluster cluster-down cluster-bench

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml scripts/make-venv.sh
	@PYTHON310="$(PYTHON310)" scripts/make-venv.sh

VENDOR := var/web/vendor/socket.io.min.js

setup: $(STAMP) $(SPACY) $(VENDOR) ## create .venv (Python 3.10) and install everything pinned

# Front-end packages, pinned by web/package-lock.json and served by the bot (no CDN).
$(VENDOR): web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --silent
	@mkdir -p var/web/vendor
	cp web/node_modules/socket.io-client/dist/socket.io.min.js $(VENDOR)

# Browser tests drive Debian's Chromium (never a downloaded browser).
browser:
	@command -v chromium >/dev/null 2>&1 || scripts/install-chromium.sh

$(SPACY): $(STAMP) bot/nlp.py
	@$(PY) -m bot.nlp var/spacy-nl

# Trains only when the training data, the domain or the config changed.
$(MODEL): $(STAMP) $(SPACY) config.yml domain.yml $(TRAINING_DATA)
	@$(PY) scripts/sync_intents.py --check
	@mkdir -p models
	$(RASA) train $(DATA_ARGS) --config config.yml --domain domain.yml \
		--out models --fixed-model-name gesprekscoach
	@touch $(MODEL)

train: $(MODEL) ## train the Rasa model (only when data or config changed)

intents: $(STAMP) ## regenerate the leader intents in domain.yml and data/rules from data/nlu
	@$(PY) scripts/sync_intents.py

validate: $(STAMP) ## Rasa's data validation, warnings count as errors
	$(RASA) data validate $(DATA_ARGS) --domain domain.yml --config config.yml --fail-on-warnings

run: $(MODEL) $(VENDOR) ## start the bot: Rasa server (:5005) and action server (:5055)
	@scripts/serve.sh

cluster: $(MODEL) $(VENDOR) ## nginx (:8080) in front of 3 Rasa and 2 action servers, in the background (scripts/cluster.sh)
	@scripts/cluster.sh up

cluster-down: ## stop what make cluster started
	@scripts/cluster.sh down

cluster-bench: $(MODEL) $(VENDOR) ## the cluster under load (100, 200 leaders; 3 servers vs 1) and under faults
	$(PY) scripts/cluster_bench.py

shell: $(MODEL) ## practise in the terminal (starts its own action server)
	@scripts/shell.sh

test: lint $(MODEL) $(VENDOR) browser ## lint, then run every test
	$(PY) -m pytest

eval: $(MODEL) ## per-act precision/recall/F1 on each held-out set; goal/means accuracy
	$(PY) -m bot.evaluation data/eval/heldout.yml data/eval/registers.yml data/eval/registers2.yml
	$(PY) -m bot.goals.evaluation data/eval/goals.yml data/eval/goals2.yml

coherence: $(MODEL) ## scripted leaders through every scenario: each reply, and whether it fits the question
	$(PY) -m bot.coherence

bench: $(MODEL) ## one table: cold and busy workshop, long conversations, saturation vs Rasa's starter bot, memory
	$(PY) scripts/bench.py

lint: $(STAMP) ## ruff (pinned; rules in pyproject.toml) over all of the project's Python
	$(VENV)/bin/ruff check bot actions components scripts tests migrations

clean: ## remove the trained model and generated files (keeps .venv)
	rm -rf models var/spacy-nl build
