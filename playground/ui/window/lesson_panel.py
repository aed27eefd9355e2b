"""The lesson panel, docked beside the tabs: the open lesson's title, what it shows, what to
try, what to notice, and the question to answer before pressing Play, in the app's
language. It never blocks the window: every control stays usable while it is shown, and
Close (or the dock's own button) hides it. Its text follows the UI scale, wraps, and
scrolls when the window is too short for it."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from playground.lessons import Lesson

PARTS = ("shows", "try", "notice", "question")  # in the order shown
TITLE_GROWTH = 1.3  # the title's size against the UI font
MIN_WIDTH_CHARACTERS = 18  # the panel is never narrower than this many average characters
QUESTION_STYLE = (
    "QFrame#lessonQuestion { background: #FFF6DB; border: 1px solid #E3C36B; border-radius: 4px; }"
)


def _wrapping_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def numbered_list(items: tuple[str, ...]) -> str:
    """The items as a numbered list in Qt's rich text."""
    return "<ol>" + "".join(f"<li>{html.escape(item)}</li>" for item in items) + "</ol>"


class LessonPanel(QDockWidget):
    """`title`, then a heading and a text for each part of PARTS (`headings[part]`,
    `bodies[part]`), and `close_button`. `show_lesson` fills it; `closed` is emitted when
    it is closed (its Close button or the dock's)."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Lesson"), parent)
        self.setObjectName("lessonPanel")
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.lesson: Lesson | None = None
        self.title = _wrapping_label()
        self.headings = {
            "shows": QLabel(self.tr("What it shows")),
            "try": QLabel(self.tr("Try")),
            "notice": QLabel(self.tr("Notice")),
            "question": QLabel(self.tr("Before you press Play")),
        }
        bold = QFont()
        bold.setBold(True)  # only the weight: the size still follows the UI scale
        for heading in self.headings.values():
            heading.setFont(bold)
            heading.setWordWrap(True)
        self.bodies = {part: _wrapping_label() for part in PARTS}
        for part in ("shows", "notice", "question"):
            self.bodies[part].setTextFormat(Qt.TextFormat.PlainText)
        self.bodies["try"].setTextFormat(Qt.TextFormat.RichText)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        self.setWidget(self._lay_out())
        self._fit_to_font()

    def _lay_out(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        for part in PARTS:
            layout.addSpacing(6)
            if part == "question":
                layout.addWidget(self._question_box())
                continue
            layout.addWidget(self.headings[part])
            layout.addWidget(self.bodies[part])
        layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        outer = QWidget()
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        outer_layout.addWidget(self.scroll, 1)
        outer_layout.addLayout(buttons)
        return outer

    def _question_box(self) -> QFrame:
        """The question, set apart in a tinted box: it comes before Play."""
        box = QFrame()
        box.setObjectName("lessonQuestion")
        box.setStyleSheet(QUESTION_STYLE)
        layout = QVBoxLayout(box)
        layout.addWidget(self.headings["question"])
        layout.addWidget(self.bodies["question"])
        return box

    def show_lesson(self, lesson: Lesson, count: int, language: str) -> None:
        """Show `lesson` (one of `count`) in `language`, scrolled to its top."""
        self.lesson = lesson
        text = lesson.text(language)
        self.setWindowTitle(self.tr("Lesson {0} of {1}").format(lesson.number, count))
        self.title.setText(f"{lesson.number}. {text.title}")
        self.bodies["shows"].setText(text.shows)
        self.bodies["try"].setText(numbered_list(text.tries))
        self.bodies["notice"].setText(text.notice)
        self.bodies["question"].setText(text.question)
        self.scroll.verticalScrollBar().setValue(0)
        self.show()
        self.raise_()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a new UI scale
            self._fit_to_font()

    def _fit_to_font(self) -> None:
        """The title a size larger than the UI font, and a width that holds a few words."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * TITLE_GROWTH)
        font.setBold(True)
        self.title.setFont(font)
        self.scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * MIN_WIDTH_CHARACTERS)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt)
        super().closeEvent(event)
        self.closed.emit()
