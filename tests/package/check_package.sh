#!/usr/bin/env bash
# Builds the Debian package and checks it: the desktop entry and the AppStream
# metainfo validate, the dependencies name the run-time plugins, and the files
# are where a desktop expects them. With CI=true it also installs the package
# with apt on this machine, runs `cxdesk --version` from it and removes it.
#
#   check_package.sh SOURCE_DIR BUILD_DIR VERSION
set -euo pipefail
src="$1"
build="$2"
version="$3"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
fail() { echo "package: $*" >&2; exit 1; }

desktop-file-validate "$src/packaging/io.github.cxdesk.CxDesk.desktop" || fail "the desktop entry does not validate"
appstreamcli validate --no-net "$src/packaging/io.github.cxdesk.CxDesk.metainfo.xml" >/dev/null \
  || fail "the AppStream metainfo does not validate"

(cd "$build" && cpack -G DEB -B "$out" >/dev/null) || fail "cpack -G DEB failed"
deb="$(ls "$out"/cxdesk_*.deb)"
depends="$(dpkg-deb -f "$deb" Depends)"
for needed in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6 libqt6widgets6 libqt6charts6; do
  grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
contents="$(dpkg-deb -c "$deb")"
for file in ./usr/bin/cxdesk ./usr/share/applications/io.github.cxdesk.CxDesk.desktop \
            ./usr/share/icons/hicolor/scalable/apps/io.github.cxdesk.CxDesk.svg \
            ./usr/share/metainfo/io.github.cxdesk.CxDesk.metainfo.xml; do
  grep -q " $file\$" <<<"$contents" || fail "$file is not in the package"
done
echo "package: $(basename "$deb") built and checked ($(du -h "$deb" | cut -f1))"

if [ "${CI:-}" = "true" ]; then
  sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo -n)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null \
    || fail "apt install $deb failed"
  said="$(/usr/bin/cxdesk --version)" || fail "the installed cxdesk does not run"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq cxdesk >/dev/null || true
  [ "$said" = "cxdesk $version" ] || fail "the installed cxdesk says '$said', not 'cxdesk $version'"
  echo "package: installed with apt, '/usr/bin/cxdesk --version' says: $said"
fi
