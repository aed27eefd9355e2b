"""The control panels of the main window: each edits one section of the Experiment."""
