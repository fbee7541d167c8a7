# The main window driven end to end against an in-process server (offscreen).
wd_add_server_test(ui_workstation)
target_link_libraries(tst_ui_workstation PRIVATE wd_workstation)
