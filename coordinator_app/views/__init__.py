"""Everything Qt: main window, screens, dialogs, item models, workers."""
