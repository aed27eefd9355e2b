"""The menu bar: File, View (presentation mode, scale, full screen, palette, advanced
controls, language), Lessons and Help. Each item is a QAction of the window, so its shortcut
works with the menus closed and the shortcuts overlay can list it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from playground import shipped
from playground.ui.common import colors
from playground.ui.common.scale import MAX_PERCENT, MIN_PERCENT, STEP_PERCENT
from playground.ui.window import language
from playground.ui.window.files import example_title
from playground.ui.window.language import LanguageSwitch
from playground.ui.window.lessons_menu import LessonsMenu

if TYPE_CHECKING:
    from playground.ui.window.main_window import MainWindow

PRESENTATION_PERCENT = 150  # presentation mode's scale
Key = QKeySequence.StandardKey


class Menus(QObject):
    """The translation context of the menus' texts: `Menus.tr(text)`."""


def palette_titles() -> dict[str, str]:
    """colors.PALETTES' names -> the menu's words for them."""
    return {"default": Menus.tr("Default"), "colour-blind safe": Menus.tr("Colour-blind safe")}


def build_menus(win: MainWindow) -> None:
    """Add File, View, Lessons and Help to the window's menu bar; the actions become its
    attributes (the lessons: `win.lessons`)."""
    _file_menu(win)
    _view_menu(win)
    win.lessons = LessonsMenu(win)
    _help_menu(win)


def _file_menu(win: MainWindow) -> None:
    menu = win.menuBar().addMenu(Menus.tr("&File"))
    win.open_action = win.action(Menus.tr("&Open…"), Key.Open, win.files.open)
    menu.addAction(win.open_action)
    examples = menu.addMenu(Menus.tr("Open &example"))
    win.example_actions = {}
    for name in shipped.example_names():
        action = examples.addAction(example_title(name))
        action.triggered.connect(lambda _=False, n=name: win.files.open_example(n))
        win.example_actions[name] = action
    menu.addSeparator()
    win.save_action = win.action(
        Menus.tr("&Save"), Key.Save, lambda: win.files.save(win.session.experiment)
    )
    win.save_as_action = win.action(
        Menus.tr("Save &as…"), "Ctrl+Shift+S", lambda: win.files.save_as(win.session.experiment)
    )
    menu.addActions([win.save_action, win.save_as_action])
    menu.addSeparator()
    win.quit_action = win.action(Menus.tr("&Quit"), "Ctrl+Q", win.close)
    win.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    menu.addAction(win.quit_action)


def _view_menu(win: MainWindow) -> None:
    menu = win.menuBar().addMenu(Menus.tr("&View"))
    win.presentation_action = win.action(
        Menus.tr("&Presentation mode"), "Ctrl+P", win.set_presentation, checkable=True
    )
    win.presentation_action.setToolTip(
        Menus.tr("Scale everything to {0} % and hide the advanced controls").format(
            PRESENTATION_PERCENT
        )
    )
    menu.addAction(win.presentation_action)
    scale_menu = menu.addMenu(Menus.tr("&Scale"))
    win.larger_action = win.action(Menus.tr("&Larger"), Key.ZoomIn, lambda: win.scale.step(+1))
    win.smaller_action = win.action(Menus.tr("&Smaller"), Key.ZoomOut, lambda: win.scale.step(-1))
    win.reset_scale_action = win.action(
        Menus.tr("&Actual size (100 %)"), "Ctrl+0", lambda: win.scale.set_percent(MIN_PERCENT)
    )
    scale_menu.addActions([win.larger_action, win.smaller_action, win.reset_scale_action])
    scale_menu.addSeparator()
    group = QActionGroup(win)
    win.percent_actions = {}
    for percent in range(MIN_PERCENT, MAX_PERCENT + 1, STEP_PERCENT):
        action = group.addAction(f"{percent} %")
        action.setCheckable(True)
        action.triggered.connect(lambda _=False, p=percent: win.scale.set_percent(p))
        win.percent_actions[percent] = action
    scale_menu.addActions(group.actions())
    win.full_screen_action = win.action(
        Menus.tr("&Full screen"), "F11", win.set_full_screen, checkable=True
    )
    menu.addAction(win.full_screen_action)
    win.palette_actions = _choices(
        win,
        menu.addMenu(Menus.tr("&Palette")),
        palette_titles(),
        colors.palette_name(),
        win.set_palette,
    )
    win.advanced_action = win.action(
        Menus.tr("Show &advanced controls"), "Ctrl+Shift+A", win.set_advanced_shown, checkable=True
    )
    win.advanced_action.setChecked(True)
    win.advanced_action.setToolTip(
        Menus.tr(
            "Initialiser, rule, α, optimiser settings, regularisation, epoch limit, seed "
            "and label column"
        )
    )
    menu.addAction(win.advanced_action)
    languages = menu.addMenu(Menus.tr("&Language"))  # each language under its own name
    switch = LanguageSwitch(win)
    win.language_actions = _choices(
        win, languages, language.LANGUAGES, language.current(), switch.choose
    )


def _choices(win: MainWindow, menu, titles: dict, current, choose) -> dict:
    """Checkable items of `menu`, one per key of `titles` (key -> the item's text), the
    `current` one checked, one checked at a time; choosing one calls choose(key). Returns
    the actions by key."""
    group = QActionGroup(win)
    actions = {}
    for key, title in titles.items():
        action = group.addAction(title)
        action.setCheckable(True)
        action.setChecked(key == current)
        action.triggered.connect(lambda _=False, k=key: choose(k))
        actions[key] = action
    menu.addActions(group.actions())
    return actions


def _help_menu(win: MainWindow) -> None:
    menu = win.menuBar().addMenu(Menus.tr("&Help"))
    win.shortcuts_action = win.action(Menus.tr("&Keyboard shortcuts"), "F1", win.show_shortcuts)
    win.about_action = win.action(Menus.tr("&About Neural Playground"), None, win.about)
    win.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    menu.addActions([win.shortcuts_action, win.about_action])
