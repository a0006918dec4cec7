# Gemba: `make run` and `make test` are the two commands (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := run

# Set-up writes the toolchain choice to .tools/env.mk. Because it is an included makefile with a
# rule, make runs set-up first when it is missing or stale and then re-reads it: every target
# below sees the right toolchain, also on a fresh clone.
-include .tools/env.mk

SITE_DIR      := target/site
PKG_DIR       := $(SITE_DIR)/pkg
WASM_TARGET   := wasm32-unknown-unknown
WASM_PROFILE  ?= wasm-release
HYDRATE       := -p app --lib --target $(WASM_TARGET) --no-default-features --features hydrate
# build-std needs a nightly flag on Debian's stable compiler (toolchain.md); empty on rustup.
WASM_ENV      := $(if $(WASM_STD_FLAGS),RUSTC_BOOTSTRAP=1,)

.PHONY: setup build wasm site server run test check fmt lint unit e2e clean

setup: .tools/env.mk
.tools/env.mk: scripts/setup.sh Cargo.lock scripts/package-lock.json end2end/package-lock.json
	@scripts/setup.sh
	@test -n "$$(sed -n 's/^WASM_BINDGEN := //p' $@)" || { echo "setup did not record the wasm-bindgen CLI" >&2; exit 1; }

# --- build -------------------------------------------------------------------------------------
build: setup site server

wasm: setup
	$(WASM_ENV) cargo rustc $(HYDRATE) --crate-type cdylib --profile $(WASM_PROFILE) $(WASM_STD_FLAGS)

ICONS         := $(patsubst style/icons/%,$(PKG_DIR)/%,$(wildcard style/icons/*.png))

site: wasm $(PKG_DIR)/gemba_bg.wasm $(PKG_DIR)/gemba.css $(PKG_DIR)/enhance.js $(PKG_DIR)/offline.js $(PKG_DIR)/scan.js $(PKG_DIR)/sw.js $(PKG_DIR)/favicon.svg $(ICONS)

# bindgen and wasm-opt run only when cargo wrote a new app.wasm
$(PKG_DIR)/gemba_bg.wasm: target/$(WASM_TARGET)/$(WASM_PROFILE)/app.wasm
	@test -x "$(WASM_BINDGEN)" && test -x "$(WASM_OPT)" || { echo "run make setup first" >&2; exit 1; }
	@mkdir -p $(PKG_DIR)
	"$(WASM_BINDGEN)" --target web --no-typescript --out-dir $(PKG_DIR) --out-name gemba $<
	"$(WASM_OPT)" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	  --enable-mutable-globals --enable-reference-types --enable-multivalue \
	  $(PKG_DIR)/gemba_bg.wasm -o $(PKG_DIR)/gemba_bg.wasm
	@scripts/compress.sh $(PKG_DIR)

$(PKG_DIR)/gemba.css: $(wildcard style/*.css)
	@mkdir -p $(PKG_DIR)
	cat style/*.css > $@
	@scripts/compress.sh $(PKG_DIR)

# the page scripts (enhance.js, offline.js; scan.js on the Scan page) and the service worker (sw.js, served at /sw.js for
# the whole origin: backend::web::install)
$(PKG_DIR)/%.js: app/src/ui/%.js
	@mkdir -p $(PKG_DIR)
	cp $< $@
	@scripts/compress.sh $(PKG_DIR)

$(PKG_DIR)/favicon.svg: style/favicon.svg
	@mkdir -p $(PKG_DIR)
	cp $< $@

# the installed app's icons (the web app manifest)
$(PKG_DIR)/%.png: style/icons/%.png
	@mkdir -p $(PKG_DIR)
	cp $< $@

target/$(WASM_TARGET)/$(WASM_PROFILE)/app.wasm: wasm

server: setup
	cargo build -p server --release

# --- run ---------------------------------------------------------------------------------------
run: build
	@mkdir -p data
	GEMBA_DATABASE_URL=$${GEMBA_DATABASE_URL:-sqlite://./data/gemba.db} \
	  GEMBA_SITE_DIR=$${GEMBA_SITE_DIR:-$(SITE_DIR)} \
	  target/release/gemba serve --demo-data

# --- test --------------------------------------------------------------------------------------
# The browser tests run the server binary the Rust tests built (target/debug/gemba) with the
# release browser bundle: what ships to phones, without a second full build of the server.
test: setup fmt lint unit site e2e

fmt: setup
	cargo fmt --all --check

lint: setup
	python3 scripts/check-layers.py
	cargo clippy --workspace --all-targets --features app/ssr -- -D warnings
	$(WASM_ENV) cargo clippy $(HYDRATE) $(WASM_STD_FLAGS) -- -D warnings

unit: setup
	@scripts/test-rust.sh

e2e: setup
	@GEMBA_TEST_SERVER=$${GEMBA_TEST_SERVER:-target/debug/gemba} scripts/test-e2e.sh

check: setup
	cargo check --workspace --all-targets
	$(WASM_ENV) cargo check $(HYDRATE) $(WASM_STD_FLAGS)

clean:
	cargo clean
