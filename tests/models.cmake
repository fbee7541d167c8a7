# Tests of models/store, models/remote, models/sync and models/itemmodels (issue 4).
