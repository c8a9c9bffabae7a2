#!/usr/bin/env bash
# Proves every text with "(s)" is asked for with its count (tr(text, nullptr, n)),
# so English shows "1 response" and "2 responses" and never "(s)", and every
# language gets its plural forms. lupdate runs into a scratch file.
#
#   check_plurals.sh SOURCE_DIR LUPDATE
set -euo pipefail
src="$1"
lupdate="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$src" && "$lupdate" -silent -locations none -I "$src" core ui app -ts "$work/all.ts") >/dev/null
bad="$(awk '
  /<message/ { numerus = ($0 ~ /numerus="yes"/); text = ""; inside = 0 }
  /<source>/ { inside = 1 }
  inside { text = text $0 "\n" }
  /<\/source>/ { inside = 0; if (text ~ /\(s\)/ && !numerus) printf "%s", text }
' "$work/all.ts")"
if [ -n "$bad" ]; then
  echo "plurals: these texts have (s) but no count (use tr(\"...\", nullptr, n)):" >&2
  echo "$bad" >&2
  exit 1
fi
echo "plurals: every (s) text takes its count ($(grep -c 'numerus="yes"' "$work/all.ts") texts)"
