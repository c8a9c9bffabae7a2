#!/usr/bin/env bash
# Proves every C++ source is formatted as .clang-format says, and that the
# check would catch one that is not.
#   check_format.sh SOURCE_DIR CLANG_FORMAT
set -euo pipefail
src="$1"
clang_format="$2"
if ! command -v "$clang_format" >/dev/null 2>&1; then
  echo "format: clang-format was not found ('$clang_format'); ./setup.sh installs it" >&2
  exit 1
fi
cd "$src"
mapfile -t files < <(find core ui app tests -name '*.h' -o -name '*.cpp' | sort)
[ "${#files[@]}" -gt 100 ] || { echo "format: only ${#files[@]} sources found under $src" >&2; exit 1; }
if ! "$clang_format" --dry-run --Werror "${files[@]}" 2>"${TMPDIR:-/tmp}/cxdesk-format.$$"; then
  grep -E '^[^ ].*: (error|warning):' "${TMPDIR:-/tmp}/cxdesk-format.$$" | sed 's/: error: code should be clang-formatted.*//' | sort -u | head -20 >&2
  rm -f "${TMPDIR:-/tmp}/cxdesk-format.$$"
  echo "format: the files above are not formatted; run 'cmake --build build --target format'" >&2
  exit 1
fi
rm -f "${TMPDIR:-/tmp}/cxdesk-format.$$"
echo "format: ${#files[@]} sources follow .clang-format"
# A badly formatted copy is refused.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp .clang-format "$work/"
printf 'int  f( int x ){return x;}\n' > "$work/bad.cpp"
if (cd "$work" && "$clang_format" --dry-run --Werror bad.cpp) 2>/dev/null; then
  echo "format: an unformatted file was not refused" >&2
  exit 1
fi
echo "format: an unformatted file is refused"
