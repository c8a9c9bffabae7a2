# Package settings. In the build folder:
#   cpack -G DEB        Debian/Ubuntu package (CI builds, installs and runs it)
#   cpack -G NSIS       Windows installer, on Windows with NSIS and windeployqt run first
#   cpack -G DragNDrop  macOS disk image, on macOS with macdeployqt run first
# docs/developer-guide.md ("Packages") has the steps for each system.
set(CPACK_PACKAGE_NAME "cxdesk")
set(CPACK_PACKAGE_VENDOR "CX Desk")
set(CPACK_PACKAGE_CONTACT "CX Desk maintainers <maintainers@cxdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://cxdesk.github.io/")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CX Desk")
set(CPACK_PACKAGE_EXECUTABLES "cxdesk" "CX Desk")
set(CPACK_STRIP_FILES ON)

# Debian: library dependencies found by dpkg-shlibdeps, plus what Qt loads at
# run time as plugins (the SQLite and PostgreSQL drivers, platform and SVG image plugins) and the
# font the reports and paper forms are set in.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6, fonts-dejavu-core")
# Qt's own words (OK, Cancel, the print dialogs) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
 CX Desk lets a small business map how customers meet it (journeys, stages and
 touchpoints), log what happens at each touchpoint, collect survey answers at a
 counter kiosk or on paper, and follow NPS, CSAT, customer effort, churn and
 resolution time, with every detractor turned into a follow-up action.
 Everything stays in one local SQLite file; no server or internet is needed.")

# Windows (NSIS): a Start menu entry and an uninstaller.
set(CPACK_NSIS_DISPLAY_NAME "CX Desk")
set(CPACK_NSIS_PACKAGE_NAME "CX Desk")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\cxdesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# macOS (DragNDrop): the app bundle on a disk image with a link to Applications.
set(CPACK_DMG_VOLUME_NAME "CX Desk")
set(CPACK_DMG_FORMAT "UDZO")

include(CPack)
