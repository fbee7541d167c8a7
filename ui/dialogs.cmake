# Assessment panel, verdict/execution/conflict dialogs, notes, help, login/settings, translations.
target_sources(wd_ui PRIVATE
    translation.cpp translation.h
    dialogparts.cpp dialogparts.h
    replytemplates.cpp replytemplates.h
    templatemessageeditor.cpp templatemessageeditor.h
    evidencechecklist.cpp evidencechecklist.h
    evidencerequestdialog.cpp evidencerequestdialog.h
    waiverdialog.cpp waiverdialog.h
    assessmentpanel.cpp assessmentpanel.h
    verdictdialog.cpp verdictdialog.h
    executiondialog.cpp executiondialog.h
    notespanel.cpp notespanel.h
    shortcuthelp.cpp shortcuthelp.h
    conflictdialog.cpp conflictdialog.h
    logindialog.cpp logindialog.h
    settingsdialog.cpp settingsdialog.h
    certificatedialog.cpp certificatedialog.h
)

# Customer message templates and canned replies: :/templates/replies_<lang>.json
set(wd_reply_templates
    "${PROJECT_SOURCE_DIR}/resources/templates/replies_zh_CN.json"
    "${PROJECT_SOURCE_DIR}/resources/templates/replies_en.json")
qt_add_resources(wd_ui "wd_ui_templates"
    PREFIX "/templates"
    BASE "${PROJECT_SOURCE_DIR}/resources/templates"
    FILES ${wd_reply_templates})

# The UI's translations, compiled and embedded as :/i18n/warrantydesk_<lang>.qm. lupdate (target
# update_translations) scans every folder with UI strings, not only wd_ui's sources: the item
# models' and the app's strings would otherwise turn "vanished". tst_translations checks the result.
file(GLOB wd_translated_sources CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h"
    "${PROJECT_SOURCE_DIR}/app/*/*.cpp" "${PROJECT_SOURCE_DIR}/app/*/*.h"
    "${PROJECT_SOURCE_DIR}/models/itemmodels/*.cpp" "${PROJECT_SOURCE_DIR}/models/itemmodels/*.h")
qt_add_translations(wd_ui
    TS_FILES "${PROJECT_SOURCE_DIR}/translations/warrantydesk_zh_CN.ts"
             "${PROJECT_SOURCE_DIR}/translations/warrantydesk_en.ts"
    SOURCES ${wd_translated_sources}
    LUPDATE_OPTIONS -no-obsolete -locations relative
    RESOURCE_PREFIX "/i18n")
