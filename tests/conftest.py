"""Shared test set-up: Qt runs offscreen, so every test works without a screen, and the
settings (the remembered language, which the window and the command line read) are the
test session's own."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def own_settings(tmp_path_factory):
    """QSettings (the remembered language) in a folder of the test session, never the
    user's own."""
    from PySide6.QtCore import QSettings  # here: collecting the engine's tests needs no Qt

    folder = str(tmp_path_factory.mktemp("settings"))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)
