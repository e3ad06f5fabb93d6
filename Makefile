# `make run` and `make test` do all set-up on a fresh Debian machine (see README.md).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PROFILE ?=
export PIP_DISABLE_PIP_VERSION_CHECK := 1

# Debian packages. Qt's xcb platform plugin (a real window, also under Xvfb) needs these:
QT_RUNTIME_DEBS := libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 \
	libxcb-xkb1 libxkbcommon0 libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
# The tests start real servers (PostgreSQL now; Dovecot and Radicale join with mail and
# calendar sync) and may drive a real window under Xvfb.
TEST_DEBS := $(QT_RUNTIME_DEBS) postgresql xvfb xauth dovecot-imapd
# bench/imap.py races the first mail sync against mbsync (isync) on the tests' Dovecot.
BENCH_DEBS := dovecot-imapd isync

TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
GUI_SOURCES := $(shell find src/smallcrm/gui -name '*.py' 2>/dev/null)

.PHONY: run test lint venv debs-python debs-run debs-test debs-bench translations \
	update-translations installer bench clean

run: venv translations debs-run
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ "$$(uname)" = Linux ] && command -v xvfb-run >/dev/null; then \
		echo "No display found: starting SmallCRM under Xvfb (invisible). Set DISPLAY to see it."; \
		xvfb-run -a $(BIN)/smallcrm $(if $(PROFILE),--home $(PROFILE)); \
	else \
		$(BIN)/smallcrm $(if $(PROFILE),--home $(PROFILE)); \
	fi

test: venv translations debs-test lint installer
	$(BIN)/python -m pytest

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c "import ensurepip, venv" 2>/dev/null || $(MAKE) --no-print-directory debs-python
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# Installs only what is missing, and only as root; otherwise says what is needed.
define install_debs
	@missing=""; for p in $(1); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null \
		| grep -q "ok installed" || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian packages:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends $$missing >/dev/null; \
	else \
		echo "Missing Debian packages:$$missing (run as root, or: sudo apt-get install$$missing)"; \
	fi
endef

# A fresh Debian may lack Python's venv module (or Python): then only these are needed first.
debs-python:
	$(call install_debs,python3 python3-venv)

debs-run:
	$(call install_debs,$(QT_RUNTIME_DEBS))

debs-test:
	$(call install_debs,$(TEST_DEBS))

debs-bench:
	$(call install_debs,$(BENCH_DEBS))

translations: venv $(QM_FILES)

resources/i18n/%.qm: resources/i18n/%.ts
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (then translate the new entries in Qt Linguist).
# English carries only the plural forms ("%Ln contacts"); the source text is English.
update-translations: venv
	$(BIN)/pyside6-lupdate $(sort $(GUI_SOURCES)) -no-obsolete -locations none \
		-source-language en -ts $(filter-out %_en.ts,$(TS_FILES))
	$(BIN)/pyside6-lupdate $(sort $(GUI_SOURCES)) -no-obsolete -locations none \
		-source-language en -pluralonly -ts resources/i18n/smallcrm_en.ts

installer: dist/smallcrm/smallcrm

# The tracked files are the bundle's inputs (not caches or egg-info that pip rewrites).
BUNDLE_INPUTS := $(shell git ls-files src migrations resources packaging 2>/dev/null)

dist/smallcrm/smallcrm: $(STAMP) $(QM_FILES) $(BUNDLE_INPUTS)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/smallcrm.spec
	touch $@

# The start-up figures, the first sync of a 10,000-message mailbox against mbsync
# (bench/imap.py, about two minutes; --messages 500 for a quick look), and the same
# mailbox from the loopback Exchange server (bench/ews.py, under a minute). The others take
# minutes and build their demo profiles under bench/.cache once: bench/contacts.py and
# bench/duplicates.py (100,000 contacts), bench/conflicts.py (a 5,000-activity timeline and
# the conflict check on 20,000 matters), bench/calendar.py (5,000 events, 500 series: a year
# expanded, each calendar view).
bench: venv translations debs-bench
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/imap.py
	$(BIN)/python bench/ews.py

clean:
	rm -rf build dist .pytest_cache .ruff_cache resources/i18n/*.qm
