# Widget tests of ui/ and the main window (issue 5); offscreen platform.
