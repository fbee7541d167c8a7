# Tests of the assessment panel, dialogs, notes and translations (offscreen).
