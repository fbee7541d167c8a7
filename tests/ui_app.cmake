# The main window driven end to end against an in-process server (offscreen).
