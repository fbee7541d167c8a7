# Widget and model tests of the case workspace (offscreen).
