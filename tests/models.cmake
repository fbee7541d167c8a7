# Tests of models/store, models/remote, models/sync and models/itemmodels (issue 4).
wd_add_test(localstore LIBS wd_store)
wd_add_server_test(sync)
target_link_libraries(tst_sync PRIVATE wd_sync)

# The kill -9 proof of the outbox: a client process killed at random instants, restarted.
qt_add_executable(wd_outbox_client outboxclient.cpp)
target_link_libraries(wd_outbox_client PRIVATE wd_sync)
set_target_properties(wd_outbox_client PROPERTIES WIN32_EXECUTABLE OFF MACOSX_BUNDLE OFF)
wd_add_server_test(outbox_kill)
target_compile_definitions(tst_outbox_kill PRIVATE WD_OUTBOX_CLIENT_PATH="$<TARGET_FILE:wd_outbox_client>")
add_dependencies(tst_outbox_kill wd_outbox_client)
wd_add_test(ticketqueuemodel LIBS wd_itemmodels)
wd_add_test(queueexport LIBS wd_itemmodels)
