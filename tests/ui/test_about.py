"""Help ▸ About, opened as a user would: the version, the licence, the dataset credits and
the libraries the app runs on, then Close."""

import pytest
import test_main_window
from PySide6.QtCore import Qt

from playground import version
from playground.ui.window.about import AboutDialog, library_versions

window = test_main_window.window  # the fixture: the main window, shown, its first frame drawn


def _about_dialog(win) -> AboutDialog:
    return win.findChild(AboutDialog)


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the offscreen popup
def test_help_menu_opens_about_with_version_licence_credits_and_libraries(qtbot, window):
    bar = window.menuBar()
    (help_menu,) = [a.menu() for a in bar.actions() if a.text() == "&Help"]
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(help_menu.menuAction()).center()
    )
    qtbot.waitUntil(help_menu.isVisible, timeout=5000)
    qtbot.mouseClick(
        help_menu,
        Qt.MouseButton.LeftButton,
        pos=help_menu.actionGeometry(window.about_action).center(),
    )
    qtbot.waitUntil(lambda: _about_dialog(window) and _about_dialog(window).isVisible())
    dialog = _about_dialog(window)
    text = dialog.text.text()
    for expected in (version(), "MIT", "Iris", "Fisher", "digits", "Alpaydin", "UCI"):
        assert expected in text
    for name, number in library_versions():
        assert f"{name} {number}" in text
    assert {name for name, _ in library_versions()} >= {"Python", "PySide6", "pyqtgraph", "NumPy"}
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def test_help_about_opens_the_dialog_with_the_app_icon(qtbot, window):
    from PySide6.QtGui import QIcon, QPixmap
    from PySide6.QtWidgets import QApplication

    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.darkCyan)
    QApplication.setWindowIcon(QIcon(pixmap))
    try:
        window.about_action.trigger()  # F1 now shows the keyboard shortcuts
        qtbot.waitUntil(lambda: _about_dialog(window) and _about_dialog(window).isVisible())
        icon = _about_dialog(window).icon_label.pixmap()
        assert icon.toImage().pixelColor(10, 10) == Qt.GlobalColor.darkCyan
        qtbot.keyClick(_about_dialog(window), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not _about_dialog(window).isVisible(), timeout=5000)
    finally:
        QApplication.setWindowIcon(QIcon())
