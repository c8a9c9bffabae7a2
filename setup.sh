#!/usr/bin/env bash
# Sets up a Debian 12 machine for CX Desk, builds it, and then either starts the
# application or runs the whole test suite.
#
#   ./setup.sh run [cxdesk arguments...]   install what is missing, build, start cxdesk
#   ./setup.sh test                        install what is missing, build, run ctest
#   ./setup.sh build                       install what is missing, build
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${CXDESK_BUILD_DIR:-$here/build}"
mode="${1:-run}"
[ $# -gt 0 ] && shift

# Real package names (not virtual ones such as libqt6svg6-dev), so dpkg-query
# can tell what is already installed.
packages=(
  cmake g++ ninja-build pkg-config clang-format
  qt6-base-dev qt6-charts-dev libqt6sql6-sqlite libsqlite3-dev libqt6sql6-psql libpq-dev postgresql-15 qtkeychain-qt6-dev libquazip1-qt6-dev libstemmer-dev libicu-dev qt6-tools-dev qt6-l10n-tools
  qt6-tools-dev-tools qt6-svg-dev qt6-qpa-plugins libgl1-mesa-dev
  libqt6opengl6-dev libxkbcommon-dev
  fonts-dejavu-core poppler-utils desktop-file-utils appstream dpkg-dev qt6-translations-l10n
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_project() {
  local generator=()
  command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
  if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$here" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
  fi
  cmake --build "$build" -j2
}

case "$mode" in
  run|test|build) ;;
  -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "setup: unknown mode '$mode' (use run, test or build)" >&2; exit 2 ;;
esac

install_missing
build_project

case "$mode" in
  run)
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "setup: no display found; start a desktop session (or set QT_QPA_PLATFORM) to see the window" >&2
    fi
    exec "$build/app/cxdesk" "$@"
    ;;
  test)
    cd "$build"
    exec ctest --output-on-failure -j2 --timeout 900
    ;;
  build) ;;
esac
