# Tests of the assessment panel, dialogs, notes and translations (offscreen).
wd_add_test(notesmodel LIBS wd_itemmodels)
wd_add_test(ui_dialogs LIBS wd_ui)
wd_add_test(ui_dialogs_misc LIBS wd_ui)
wd_add_test(ui_dialogs_templates LIBS wd_ui)

# uid_gallery: the panel and dialogs filled from a sample case, for screenshots; built, not a test.
qt_add_executable(uid_gallery uid_gallery.cpp)
target_link_libraries(uid_gallery PRIVATE wd_ui)
target_compile_definitions(uid_gallery PRIVATE WD_TEST_DATA_DIR="${WD_TEST_DATA_DIR}")

# The committed zh_CN translation against a fresh lupdate scan of the UI sources.
wd_add_test(translations LIBS wd_ui)
target_compile_definitions(tst_translations PRIVATE LUPDATE_PATH="$<TARGET_FILE:Qt6::lupdate>"
                                                    WD_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
