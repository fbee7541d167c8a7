# The main window and the queue page: composed by app/warrantydesk.
target_sources(wd_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/queuedelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/queuedelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/queueview.cpp ${CMAKE_CURRENT_LIST_DIR}/queueview.h
)
target_sources(wd_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/casetab.cpp ${CMAKE_CURRENT_LIST_DIR}/casetab.h
)
target_sources(wd_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mainwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/mainwindow.h
)
target_sources(wd_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/dashboardview.cpp ${CMAKE_CURRENT_LIST_DIR}/dashboardview.h
)
