"""Shared test set-up: Qt runs offscreen, so every test works without a screen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
