# TicketQueueModel: the queue over the local cache (wd_store).
target_sources(wd_itemmodels PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ticketqueuemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/ticketqueuemodel.h)
target_link_libraries(wd_itemmodels PUBLIC wd_store)
