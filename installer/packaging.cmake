# Packaging: install rules for desktop integration and the server's service, Windows version
# resources and Qt deployment, and the CPack configuration (DEB + TGZ on Linux, NSIS on Windows).
# Included once at the end of the top-level CMakeLists.txt, after every target exists.
#
# Two components, which become two .deb packages and two NSIS sections:
#   workstation -> package "warrantydesk": the GUI, wdctl, desktop file, icons, MIME type
#   server      -> package "warrantydesk-server": the server and its systemd unit
# The executables' own install() rules pick their component from CMAKE_INSTALL_DEFAULT_COMPONENT_NAME
# set in their directories.

set(WD_INSTALLER_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(WD_PACKAGE_CONTACT "WarrantyDesk maintainers <packaging@warrantydesk.example>")

# ---------------------------------------------------------------------------------------------
# Windows: version resource (one version: project(VERSION)), icon, Qt runtime, MSVC runtime.
# The .rc files are generated on every platform so scripts/package can compile them with windres.
set(_wd_rc_executables
    "warrantydesk|WarrantyDesk workstation"
    "wdctl|WarrantyDesk command-line rules tool"
    "warrantydesk-server|WarrantyDesk central server")
foreach(_entry IN LISTS _wd_rc_executables)
    string(REPLACE "|" ";" _parts "${_entry}")
    list(GET _parts 0 WD_RC_NAME)
    list(GET _parts 1 WD_RC_DESCRIPTION)
    set(WD_RC_ICON "${WD_INSTALLER_DIR}/icons/warrantydesk.ico")
    configure_file("${WD_INSTALLER_DIR}/windows/version.rc.in"
                   "${CMAKE_BINARY_DIR}/installer/${WD_RC_NAME}.rc" @ONLY)
endforeach()
if(WIN32)
    enable_language(RC)
    foreach(_entry IN LISTS _wd_rc_executables)
        string(REGEX REPLACE "\\|.*" "" _target "${_entry}")
        target_sources(${_target} PRIVATE "${CMAKE_BINARY_DIR}/installer/${_target}.rc")
    endforeach()

    # windeployqt through Qt's deploy script: Qt DLLs, platform/style/image-format/SQL driver/TLS
    # plugins and Qt's translations for whatever each executable links, plus qt.conf.
    # qt_generate_deploy_app_script exists since Qt 6.3; 6.4 names its output FILENAME_VARIABLE,
    # which 6.5 renamed OUTPUT_SCRIPT (the old name still works there, with a deprecation warning).
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        set(_wd_deploy_output OUTPUT_SCRIPT)
    else()
        set(_wd_deploy_output FILENAME_VARIABLE)
    endif()
    qt_generate_deploy_app_script(TARGET warrantydesk ${_wd_deploy_output} _wd_deploy_gui)
    install(SCRIPT "${_wd_deploy_gui}" COMPONENT workstation)
    qt_generate_deploy_app_script(TARGET warrantydesk-server ${_wd_deploy_output} _wd_deploy_server)
    install(SCRIPT "${_wd_deploy_server}" COMPONENT server)

    set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT workstation)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()

# ---------------------------------------------------------------------------------------------
# Linux desktop integration and the server's service.
if(UNIX AND NOT APPLE)
    install(FILES "${WD_INSTALLER_DIR}/linux/warrantydesk.desktop"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT workstation)
    install(FILES "${WD_INSTALLER_DIR}/linux/warrantydesk-mime.xml"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME warrantydesk.xml
            COMPONENT workstation)
    foreach(_size IN ITEMS 16 24 32 48 64 128 256)
        install(FILES "${WD_INSTALLER_DIR}/icons/warrantydesk-${_size}.png"
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps
                RENAME warrantydesk.png COMPONENT workstation)
    endforeach()
    install(FILES "${WD_INSTALLER_DIR}/icons/warrantydesk.svg"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT workstation)
    install(FILES "${CMAKE_SOURCE_DIR}/docs/install.md"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/warrantydesk COMPONENT workstation)

    # Debian wants a copyright file and a gzipped changelog in each package's doc directory.
    string(TIMESTAMP WD_DEB_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
    foreach(_pair IN ITEMS "workstation|warrantydesk" "server|warrantydesk-server")
        string(REPLACE "|" ";" _pair "${_pair}")
        list(GET _pair 0 _component)
        list(GET _pair 1 WD_DEB_PACKAGE)
        set(_docdir "${CMAKE_BINARY_DIR}/installer/doc/${WD_DEB_PACKAGE}")
        configure_file("${WD_INSTALLER_DIR}/linux/changelog.in" "${_docdir}/changelog.Debian" @ONLY)
        file(ARCHIVE_CREATE OUTPUT "${_docdir}/changelog.Debian.gz" PATHS "${_docdir}/changelog.Debian"
             FORMAT raw COMPRESSION GZip COMPRESSION_LEVEL 9)
        install(FILES "${_docdir}/changelog.Debian.gz" "${WD_INSTALLER_DIR}/linux/copyright"
                DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${WD_DEB_PACKAGE} COMPONENT ${_component})
    endforeach()

    # Relative, so the prefix decides: /usr/lib/systemd/system in the .deb.
    install(FILES "${WD_INSTALLER_DIR}/linux/warrantydesk-server.service"
            DESTINATION lib/systemd/system COMPONENT server)
    install(FILES "${CMAKE_SOURCE_DIR}/docs/install.md"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/warrantydesk-server COMPONENT server)
endif()

# ---------------------------------------------------------------------------------------------
# CPack: common
set(CPACK_PACKAGE_NAME "warrantydesk")
set(CPACK_PACKAGE_VENDOR "WarrantyDesk")
set(CPACK_PACKAGE_CONTACT "${WD_PACKAGE_CONTACT}")
# Per-generator adjustments at cpack time (the .deb summaries).
set(CPACK_PROJECT_CONFIG_FILE "${WD_INSTALLER_DIR}/cpack-options.cmake")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_README "${CMAKE_SOURCE_DIR}/README.md")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build[^/]*/")
set(CPACK_COMPONENTS_ALL workstation server)
if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()
# Versioned file names: warrantydesk-0.1.0-Linux-x86_64.tar.gz, WarrantyDesk-0.1.0-win64.exe.
if(WIN32)
    set(CPACK_PACKAGE_FILE_NAME "WarrantyDesk-${PROJECT_VERSION}-win64")
else()
    set(CPACK_PACKAGE_FILE_NAME "warrantydesk-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
endif()

set(CPACK_DEBIAN_WORKSTATION_DESCRIPTION
    "Warranty complaint workstation for card-key trading platforms (质保工作台)
WarrantyDesk is the desktop workstation that customer-service agents of
card-key trading platforms use to judge warranty complaints: a queue of
tickets, the case workspace with order, key-activation log and evidence side
by side, the rules engine's proposal and the five-step workflow up to the
verdict and its execution.
This package holds the workstation (warrantydesk) and the rules tool (wdctl).")
set(CPACK_DEBIAN_SERVER_DESCRIPTION
    "Central server of the WarrantyDesk warranty complaint workstation
The REST API behind the WarrantyDesk workstations: tickets, evidence,
verdicts, approvals and appeals, with an append-only audit log, on SQLite or
PostgreSQL. Runs as the systemd service warrantydesk-server under its own
user, with its data in /var/lib/warrantydesk.")

# ---------------------------------------------------------------------------------------------
# CPack: Debian packages, one per component.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)        # name_version-release_arch.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${WD_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# dpkg-shlibdeps computes the libraries' packages; what is loaded as a plugin at run time cannot
# be seen by it and is listed below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_NAME "warrantydesk")
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_SECTION "misc")
# Platform plugins (xcb is in libqt6gui6; qt6-qpa-plugins has the rest), image formats for
# evidence screenshots (WebP, ...), SQLite for the local cache.
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-image-formats-plugins, libqt6sql6-sqlite")
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "warrantydesk-server")
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION "net")
# The server opens SQLite or PostgreSQL through Qt's SQL driver plugins; adduser for postinst.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${WD_INSTALLER_DIR}/linux/server/postinst"
    "${WD_INSTALLER_DIR}/linux/server/prerm"
    "${WD_INSTALLER_DIR}/linux/server/postrm")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

# ---------------------------------------------------------------------------------------------
# CPack: TGZ, one archive with both components under warrantydesk-<version>-.../
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

# ---------------------------------------------------------------------------------------------
# CPack: NSIS (Windows). Our template (installer/windows/NSIS.template.in) replaces CPack's: English
# and Simplified Chinese pages, silent in-place upgrade, file type and URL protocol, user data
# kept unless asked. scripts/package also runs this generator on Linux to check the script.
list(PREPEND CMAKE_MODULE_PATH "${WD_INSTALLER_DIR}/windows")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "WarrantyDesk")      # no version: upgrades land in place
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "WarrantyDesk")   # no version: an upgrade finds the old one
set(CPACK_NSIS_PACKAGE_NAME "WarrantyDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "WarrantyDesk")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${WD_INSTALLER_DIR}/icons/warrantydesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${WD_INSTALLER_DIR}/icons/warrantydesk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\warrantydesk.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_PACKAGE_EXECUTABLES "warrantydesk" "WarrantyDesk")
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${WD_PACKAGE_CONTACT}")
set(CPACK_NSIS_MODIFY_PATH OFF)
# Read by our template: where its include file lives, and the version as four numbers.
set(CPACK_WD_NSIS_INCLUDE_DIR "${WD_INSTALLER_DIR}/windows")
set(CPACK_WD_VERSION_QUAD "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")

include(CPack)
# NSIS sections; on a desktop the server is rarely wanted, so it starts unticked.
cpack_add_component(workstation
    DISPLAY_NAME "WarrantyDesk workstation"
    DESCRIPTION "The agents' workstation and the wdctl rules tool")
cpack_add_component(server
    DISPLAY_NAME "WarrantyDesk central server"
    DESCRIPTION "The central REST server (usually installed on a Linux host instead)"
    DISABLED)
