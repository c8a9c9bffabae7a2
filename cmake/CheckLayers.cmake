# The layering rules, checked by reading the sources:
#   core/      QtCore and QtSql only: no GUI, widget, chart or printing header
#              (linking would catch most, but Qt's include root lets
#              <QtWidgets/...> through).
#   ui/, app/  no SQL: no QtSql query classes. Statements live in core's
#              repositories, which the window and the command line call.
#   upwards    includes name their folder from the source root, so a layer
#              may include only itself and the layers below: core/ nothing
#              of ui/ or app/, ui/ nothing of app/.
#   app/cli/   the command line (cxcli, linked to cxcore only): no GUI or
#              widget header and nothing of ui/. A command that draws gets
#              the window's painters from the executable (app/painters.h).
# Every folder below core/, ui/ and app/ is checked, however deep.
# Run as a script: cmake -DROOT=<source dir> [-DSTAMP=<file>] -P CheckLayers.cmake
# It fails naming every file and line that breaks a rule, and touches STAMP
# when all is well (the build runs it again whenever a source changes).
if(NOT ROOT)
  message(FATAL_ERROR "CheckLayers.cmake: set ROOT to the source folder")
endif()

set(cx_gui_rule "#include *[<\"](QtGui|QtWidgets|QtCharts|QtPrintSupport|QtSvg|mainwindow|QWidget|QPainter|QColor|QPixmap|QImage|QFont|QIcon|QApplication|QGuiApplication)")
set(cx_core_up_rule "#include *\"(ui|app)/")
set(cx_ui_up_rule "#include *\"app/")
set(cx_cli_ui_rule "#include *\"ui/")
set(cx_sql_rule "QSql(Query|QueryModel|TableModel|RelationalTableModel|Record|Result|Field|Index)([^A-Za-z0-9_]|$)")

set(cx_broken "")
file(GLOB_RECURSE cx_core_sources ${ROOT}/core/*.h ${ROOT}/core/*.cpp)
foreach(source ${cx_core_sources})
  file(STRINGS ${source} hits REGEX "${cx_gui_rule}")
  foreach(hit ${hits})
    string(APPEND cx_broken "\n  ${source}: core/ is QtCore and QtSql only, but it includes: ${hit}")
  endforeach()
  file(STRINGS ${source} hits REGEX "${cx_core_up_rule}")
  foreach(hit ${hits})
    string(APPEND cx_broken "\n  ${source}: core/ may not use the layers above it, but it includes: ${hit}")
  endforeach()
endforeach()
file(GLOB_RECURSE cx_ui_sources ${ROOT}/ui/*.h ${ROOT}/ui/*.cpp)
foreach(source ${cx_ui_sources})
  file(STRINGS ${source} hits REGEX "${cx_ui_up_rule}")
  foreach(hit ${hits})
    string(APPEND cx_broken "\n  ${source}: ui/ may not use the command line above it, but it includes: ${hit}")
  endforeach()
endforeach()
file(GLOB_RECURSE cx_cli_sources ${ROOT}/app/cli/*.h ${ROOT}/app/cli/*.cpp)
foreach(source ${cx_cli_sources})
  file(STRINGS ${source} hits REGEX "${cx_gui_rule}|${cx_cli_ui_rule}")
  foreach(hit ${hits})
    string(APPEND cx_broken "\n  ${source}: app/cli/ runs without widgets (the executable hands it the window's painters), but it includes: ${hit}")
  endforeach()
endforeach()
file(GLOB_RECURSE cx_front_sources ${ROOT}/ui/*.h ${ROOT}/ui/*.cpp ${ROOT}/app/*.h ${ROOT}/app/*.cpp)
foreach(source ${cx_front_sources})
  file(STRINGS ${source} hits REGEX "${cx_sql_rule}")
  foreach(hit ${hits})
    string(STRIP "${hit}" hit)
    string(APPEND cx_broken "\n  ${source}: SQL belongs in core's repositories, not in ui/ or app/: ${hit}")
  endforeach()
endforeach()

if(cx_broken)
  message(FATAL_ERROR "The layers are mixed:${cx_broken}")
endif()
if(STAMP)
  file(TOUCH ${STAMP})
endif()
