"""The main window: layout, menus and toolbar, the message bar, and the session that owns a run."""
