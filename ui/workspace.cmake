# The case workspace (issue 5): header with step bar and clocks, order panel, key-log timeline,
# evidence viewer with off-thread image decoding, and the widget composing them.
target_sources(wd_ui PRIVATE
    casemeta.h
    icons.cpp icons.h
    stepbar.cpp stepbar.h
    caseheader.cpp caseheader.h
    orderpanel.cpp orderpanel.h
    keylogview.cpp keylogview.h
    imageloader.cpp imageloader.h
    imageview.cpp imageview.h
    evidencestrip.cpp evidencestrip.h
    evidenceviewer.cpp evidenceviewer.h
    caseworkspace.cpp caseworkspace.h
)

# Our own glyphs (resources/icons: SVG sources, rendered to PNG at 1x and 2x by render-icons).
file(GLOB WD_WORKSPACE_ICONS RELATIVE "${PROJECT_SOURCE_DIR}/resources/icons"
     CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/resources/icons/*.png")
list(TRANSFORM WD_WORKSPACE_ICONS PREPEND "${PROJECT_SOURCE_DIR}/resources/icons/" OUTPUT_VARIABLE WD_WORKSPACE_ICON_FILES)
qt_add_resources(wd_ui "workspace_icons"
    PREFIX "/icons"
    BASE "${PROJECT_SOURCE_DIR}/resources/icons"
    FILES ${WD_WORKSPACE_ICON_FILES})
