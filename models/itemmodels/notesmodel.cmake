# NotesModel: a ticket's notes (internal, customer-visible, review) with a pending-sync marker.
target_sources(wd_itemmodels PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/notesmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/notesmodel.h)
