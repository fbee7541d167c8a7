# The case workspace's models (issue 4/5): on-screen labels of the domain's vocabularies, the key log
# merged with platform events, and the evidence list with integrity, thumbnails and duplicates.
target_sources(wd_itemmodels PRIVATE
    domainlabels.cpp domainlabels.h
    keylogmodel.cpp keylogmodel.h
    evidencemodel.cpp evidencemodel.h
)
