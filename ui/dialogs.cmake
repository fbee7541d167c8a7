# Assessment panel, verdict/execution/conflict dialogs, notes, help, login/settings, translations.
target_sources(wd_ui PRIVATE
    translation.cpp translation.h
    dialogparts.cpp dialogparts.h
    replytemplates.cpp replytemplates.h
    templatemessageeditor.cpp templatemessageeditor.h
    evidencechecklist.cpp evidencechecklist.h
    evidencerequestdialog.cpp evidencerequestdialog.h
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

# The UI's translations, compiled and embedded as :/i18n/warrantydesk_<lang>.qm. The update target
# (wd_ui_lupdate) scans wd_ui's sources; the full refresh over ui/, app/ and models/itemmodels is
# described in translations/README.md, and tst_translations checks it.
qt_add_translations(wd_ui
    TS_FILES "${PROJECT_SOURCE_DIR}/translations/warrantydesk_zh_CN.ts"
             "${PROJECT_SOURCE_DIR}/translations/warrantydesk_en.ts"
    RESOURCE_PREFIX "/i18n")
