# Widget and model tests of the case workspace (offscreen).
wd_add_test(keylogmodel LIBS wd_itemmodels)
wd_add_test(evidencemodel LIBS wd_itemmodels)

# uiw_gallery: the workspace filled with a sample case and drawn screenshots; built, not a test.
qt_add_executable(uiw_gallery uiw_gallery.cpp)
target_link_libraries(uiw_gallery PRIVATE wd_ui)
target_compile_definitions(uiw_gallery PRIVATE WD_TEST_DATA_DIR="${WD_TEST_DATA_DIR}")
wd_add_test(ui_workspace LIBS wd_ui)
wd_add_test(ui_workspace_images LIBS wd_ui)
