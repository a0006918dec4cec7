#!/usr/bin/env bash
# Installs what Gemba needs to build, run and test; idempotent (what is present is skipped).
#
# Writes .tools/env.mk (read by the Makefile) with the chosen toolchain:
#   - "rustup": the default rustup toolchain with the wasm32-unknown-unknown target (normal machines);
#   - "debian": Debian's rustc-web 1.96 + rust-web-src + lld, std for wasm32 built from source with
#     -Zbuild-std (machines where rustup cannot download the wasm32 target; see toolchain.md).
# Force one with GEMBA_BUILD_TOOLCHAIN=rustup|debian.
#
# Machine-wide tools (wasm-bindgen CLI) go to $GEMBA_BUILD_TOOLS_DIR (default ~/.cache/gemba/tools) so a
# fresh clone on a warm machine does not rebuild them.
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLS_DIR="${GEMBA_BUILD_TOOLS_DIR:-$HOME/.cache/gemba/tools}"
mkdir -p .tools "$TOOLS_DIR/bin"
log() { printf '[setup] %s\n' "$*" >&2; }

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ $apt_updated = 0 ]; then
    log "apt-get update"
    $SUDO apt-get update -qq >/dev/null
    apt_updated=1
  fi
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}

# --- Rust toolchain -------------------------------------------------------------------------
choose_toolchain() {
  local want="${GEMBA_BUILD_TOOLCHAIN:-}"
  if [ "$want" != debian ] && command -v rustup >/dev/null; then
    if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
      echo rustup; return
    fi
    if [ "$want" = rustup ] || [ -z "$want" ]; then
      log "trying: rustup target add wasm32-unknown-unknown (60 s at most)"
      if timeout 60 rustup target add wasm32-unknown-unknown >&2 &&
        rustup target list --installed | grep -qx wasm32-unknown-unknown; then
        echo rustup; return
      fi
      [ "$want" = rustup ] && { log "rustup cannot add wasm32-unknown-unknown"; exit 1; }
      log "rustup cannot fetch the wasm32 target here; using Debian's rustc-web with build-std"
    fi
  fi
  echo debian
}

TOOLCHAIN=$(choose_toolchain)
if [ "$TOOLCHAIN" = debian ]; then
  apt_install rustc-web cargo-web rust-web-src rust-web-clippy rustfmt-web lld-22
  if command -v rustup >/dev/null; then
    rustup toolchain list | grep -q '^gemba-debian' || rustup toolchain link gemba-debian /usr
    RUSTUP_TC=gemba-debian
  else
    RUSTUP_TC=""
  fi
  WASM_STD_FLAGS="-Zbuild-std=std,panic_abort"
else
  RUSTUP_TC="$(rustup show active-toolchain | cut -d' ' -f1)"
  WASM_STD_FLAGS=""
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt
fi

# --- wasm-bindgen CLI, the exact version of the wasm-bindgen crate in Cargo.lock --------------
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
WB_BIN="$TOOLS_DIR/wasm-bindgen-$WB_VERSION/bin/wasm-bindgen"
if [ ! -x "$WB_BIN" ]; then
  log "cargo install wasm-bindgen-cli $WB_VERSION (about 6 minutes on 2 cores, once per machine)"
  # --locked first; if a locked dependency is missing from the registry (seen: webpki-roots
  # 1.0.11), let cargo pick the newest compatible versions instead.
  for locked in --locked ""; do
    RUSTUP_TOOLCHAIN="$RUSTUP_TC" cargo install wasm-bindgen-cli --version "$WB_VERSION" $locked \
      --root "$TOOLS_DIR/wasm-bindgen-$WB_VERSION" --quiet && break
    [ -n "$locked" ] && log "retrying without --locked"
  done
  [ -x "$WB_BIN" ] || { log "could not install wasm-bindgen-cli $WB_VERSION"; exit 1; }
fi

# --- Browser, compression, PostgreSQL client ---------------------------------------------------
apt_install chromium brotli postgresql-client

# --- npm packages: wasm-opt (binaryen) for the build, Playwright for the browser tests ------------
npm_ci() { # dir
  local dir=$1
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.gemba-stamp" ]; then
    log "npm ci in $dir"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >&2)
    touch "$dir/node_modules/.gemba-stamp"
  fi
}
npm_ci scripts
npm_ci end2end

cat > .tools/env.mk <<EOF
# written by scripts/setup.sh: toolchain "$TOOLCHAIN"
GEMBA_BUILD_TOOLCHAIN := $TOOLCHAIN
export RUSTUP_TOOLCHAIN := $RUSTUP_TC
WASM_STD_FLAGS := $WASM_STD_FLAGS
WASM_BINDGEN := $WB_BIN
WASM_OPT := $(pwd)/scripts/node_modules/.bin/wasm-opt
EOF

log "ready (toolchain: $TOOLCHAIN, wasm-bindgen $WB_VERSION)"
