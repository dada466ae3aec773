"""The timeline: the entry list, its filters and search, and the detail pane."""
