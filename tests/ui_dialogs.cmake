# Tests of the assessment panel, dialogs, notes and translations (offscreen).
wd_add_test(notesmodel LIBS wd_itemmodels)
