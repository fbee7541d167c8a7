# UserNames: display names of the server's user directory, with the id as the fallback.
target_sources(wd_itemmodels PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/usernames.cpp ${CMAKE_CURRENT_LIST_DIR}/usernames.h)
