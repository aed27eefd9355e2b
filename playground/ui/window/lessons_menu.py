"""The Lessons menu: the course's lessons by number and title in the app's language.
Choosing one pauses training, opens the lesson's experiment (with its given starting
weights, if any), brings its tab to the front set up as the lesson says, and shows its
text in the lesson panel. A lesson never blocks free play: every control stays usable, the
panel can be closed at any time, and opening another lesson replaces it."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot

from playground.lessons import Lesson, LessonError, load_lessons, starting_state
from playground.ui.window import language
from playground.ui.window.lesson_panel import LessonPanel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from playground.ui.window.main_window import MainWindow

PANEL_SHARE = 0.2  # of the window's width, the panel's width when first shown


class LessonsMenu(QObject):
    """The menu (`menu`), its actions by lesson number (`actions`, QActions of the
    window), the lessons (`lessons`), the one open (`current`, None once its panel is
    closed) and the panel (`panel`, made when the first lesson opens)."""

    def __init__(self, win: MainWindow):
        super().__init__(win)
        self.win = win
        self.current: Lesson | None = None
        self.panel: LessonPanel | None = None
        self.actions = {}
        self.menu = win.menuBar().addMenu(self.tr("&Lessons"))
        try:
            self.lessons = load_lessons()
        except LessonError as error:  # a broken install: say so, the rest still works
            self.lessons = ()
            self.menu.addAction(self.tr("The lessons cannot be read: {0}").format(error))
            self.menu.actions()[0].setEnabled(False)
        code = language.current()
        for lesson in self.lessons:
            title = lesson.text(code).title.replace("&", "&&")
            action = win.action(f"{lesson.number}. {title}", None, partial(self._chosen, lesson))
            self.menu.addAction(action)
            self.actions[lesson.number] = action

    def _chosen(self, lesson: Lesson, _checked: bool = False) -> None:
        self.open(lesson.number)

    def open(self, number: int) -> None:
        """Open lesson `number`: pause, load its experiment, show its tab set up and its
        text. If its experiment cannot be used (the session says why), nothing changes."""
        lesson = self.lessons[number - 1]
        session = self.win.session
        if session.running:
            session.toggle_play()  # the lesson's question comes before Play
        previous, self.current = self.current, lesson
        start = None if lesson.weights is None else starting_state(lesson.weights)
        if not session.start_run(lesson.experiment, lesson.base_dir, start):
            self.current = previous
            return
        self.win.files.path = None  # Save asks where: the lesson is no file of the user's
        self.win.show_tab(lesson.tab)
        self._set_up(lesson)
        self._show_panel(lesson)

    def _set_up(self, lesson: Lesson) -> None:
        """Set up the lesson's tab (just brought to the front, so built, unless the window
        is not shown yet) as it says."""
        tab: QWidget = self.win.tabs_by_name[lesson.tab]
        content = getattr(tab, "content", tab)  # a tab built when first shown
        if content is None:
            return
        setup = lesson.setup
        match lesson.tab:
            case "shapes":
                content.choose(setup["preset"])
            case "rate":
                content.setCurrentWidget(content.one_weight)
                content.choose(setup["cost"])
                content.start.setValue(setup["start"])
                content.use_preset(setup["preset"])
                content.secant_box.setChecked(setup["secant"])
            case "neuron":
                content.choose(setup["data"], setup["rule"])
                content.reset()
            case "explorer":
                content.set_function(setup["function"])
                content.show_tab(getattr(content, f"{setup['view']}_tab"))
            case "backprop":
                content.choose_sample(setup["sample"])

    def _show_panel(self, lesson: Lesson) -> None:
        first = self.panel is None
        if first:
            self.panel = LessonPanel(self.win)
            self.panel.closed.connect(self._closed)
            self.win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.show_lesson(lesson, len(self.lessons), language.current())
        if first:
            width = round(PANEL_SHARE * self.win.width())
            self.win.resizeDocks([self.panel], [width], Qt.Orientation.Horizontal)

    @Slot()
    def _closed(self) -> None:
        """The panel was closed: the lesson is over (Reset now starts from the seed's
        weights); the experiment stays as it is."""
        self.current = None
        self.win.session.state = None
