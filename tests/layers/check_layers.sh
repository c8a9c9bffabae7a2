#!/usr/bin/env bash
# Proves the layering rules hold on the sources and would catch a break:
# the real tree passes, and copies with SQL in ui/ or app/, or a widget in
# core/, are refused with the file named.
#   check_layers.sh SOURCE_DIR CMAKE
set -euo pipefail
src="$1"
cmake="$2"
rules="$src/cmake/CheckLayers.cmake"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$cmake" -DROOT="$src" -P "$rules"
echo "layers: the sources keep the rules"

refused() { # TREE FILE TEXT EXPECTED
  mkdir -p "$1/core" "$1/ui" "$1/app" "$(dirname "$1/$2")"
  printf '%s\n' "$3" > "$1/$2"
  if out="$("$cmake" -DROOT="$1" -P "$rules" 2>&1)"; then
    echo "layers: $2 with '$3' was not refused" >&2
    return 1
  fi
  grep -q "$4" <<<"$out" || { echo "layers: unexpected message for $2: $out" >&2; return 1; }
  echo "layers: refused $2 ($3)"
}
refused "$work/a" ui/page/customerspage.cpp '    QSqlQuery q(db);' 'SQL belongs in core'
refused "$work/b" app/cli/export.cpp '#include <QSqlQueryModel>' 'SQL belongs in core'
refused "$work/c" ui/model.h 'class M : public QSqlTableModel {};' 'SQL belongs in core'
refused "$work/d" core/storage/x.cpp '#include <QWidget>' 'QtCore and QtSql only'
refused "$work/f" core/surveys/kiosk/deep.h '#include "ui/mainwindow.h"' 'may not use the layers above'
refused "$work/g" core/metrics/x.cpp '#include "app/cli/cli.h"' 'may not use the layers above'
refused "$work/h" ui/surveys/paper/x.cpp '#include "app/cli/command.h"' 'may not use the command line'
refused "$work/i" app/cli/report.cpp '#include "ui/reports/reportwriter.h"' 'runs without widgets'
refused "$work/j" app/cli/screenshot.cpp '#include <QWidget>' 'runs without widgets'
# QSqlDatabase (a connection handle) and names that merely start alike are allowed.
mkdir -p "$work/e/core" "$work/e/ui" "$work/e/app"
printf '%s\n' 'void f(QSqlDatabase& db); // QSqlQueryLike' > "$work/e/ui/ok.cpp"
"$cmake" -DROOT="$work/e" -P "$rules"
echo "layers: a connection handle in ui/ is allowed"
