#!/usr/bin/env bash
# Proves the translations complete: every user-visible string of the sources
# is in each .ts file with a finished translation, and no .ts file keeps a
# string the sources no longer have. lupdate runs on copies, so nothing in
# the source tree changes.
#
#   check_translations.sh SOURCE_DIR LUPDATE LRELEASE
set -euo pipefail
src="$1"
lupdate="$2"
lrelease="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/cxdesk_*.ts; do
  name="$(basename "$ts")"
  cp "$ts" "$work/$name"
  (cd "$src" && "$lupdate" -silent -locations none -I "$src" core ui app -ts "$work/$name") >/dev/null
  unfinished="$(grep -c 'type="unfinished"' "$work/$name" || true)"
  gone="$(grep -c -E 'type="(vanished|obsolete)"' "$work/$name" || true)"
  if [ "$unfinished" != "0" ] || [ "$gone" != "0" ]; then
    echo "translations: $name has $unfinished untranslated and $gone no longer used strings" \
         "(run the update_translations target, then translate)" >&2
    grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$work/$name" | grep '<source>' | head -5 >&2
    status=1
    continue
  fi
  result="$("$lrelease" "$work/$name" -qm "$work/${name%.ts}.qm")"
  echo "translations: $name: $(grep -o 'Generated.*' <<<"$result")"
done
exit $status
