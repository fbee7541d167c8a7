# Widget and model tests of the case workspace (offscreen).
wd_add_test(keylogmodel LIBS wd_itemmodels)
wd_add_test(evidencemodel LIBS wd_itemmodels)
