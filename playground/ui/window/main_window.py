"""The main window: controls on the left, the tabs on the right, a toolbar.

The window lays out and wires; the session owns the experiment, the run and the training.
The controls emit edited experiments to the session, whose signals update the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from playground.experiment import Experiment
from playground.run import Run
from playground.snapshot import Snapshot
from playground.trained_state import TrainedState
from playground.ui.common import colors
from playground.ui.common.number_text import count, editable
from playground.ui.common.scale import MIN_PERCENT, point_size, ui_scale
from playground.ui.controls.data import DataControls
from playground.ui.controls.features import FeaturesControls
from playground.ui.controls.network import NetworkControls
from playground.ui.controls.training import TrainingControls
from playground.ui.window.about import AboutDialog
from playground.ui.window.files import ExperimentFiles
from playground.ui.window.menus import PRESENTATION_PERCENT, build_menus
from playground.ui.window.session import Session
from playground.ui.window.shortcuts import ShortcutsOverlay
from playground.ui.window.status_line import StatusLine
from playground.ui.window.tabs import build_tabs

# Speed choices: (label, epochs per second or None for as fast as possible).
SPEEDS = ((2, "2 / s"), (10, "10 / s"), (50, "50 / s"), (None, None))
CONTROLS_SHARE = 0.35  # the controls column takes at most this share of the window's width
MIN_WINDOW_WIDTH = 800
REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")  # both, whatever the platform's standard binding
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class MainWindow(QMainWindow):
    """Neural Playground's window; `session` holds the experiment, the run and its last
    drawn snapshot."""

    def __init__(
        self,
        exp: Experiment | None = None,
        base_dir: str | Path | None = None,
        state: TrainedState | None = None,
    ):
        """The window on `exp` (the default experiment if None), from the trained `state`
        of its file if given."""
        super().__init__()
        self.setWindowTitle(self.tr("Neural Playground"))
        self._screenshot: tuple[str, object] | None = None
        self.session = Session(self)
        try:
            self._build(exp, base_dir, state)
        except BaseException:
            self.shutdown()  # a half-built window must not leave the training thread running
            raise

    # ------------------------------------------------------------------ building
    def _build(
        self, exp: Experiment | None, base_dir: str | Path | None, state: TrainedState | None
    ) -> None:
        self.about_dialog: AboutDialog | None = None
        self.shortcuts_overlay: ShortcutsOverlay | None = None
        self.scale = ui_scale()
        self._build_status_bar()
        build_tabs(self)
        self._build_files()
        build_menus(self)
        self._build_toolbar()
        self._build_controls()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.controls_area)
        splitter.addWidget(self.tabs_area)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self._connect_session()
        self.scale.changed.connect(self._show_scale)
        self._show_scale(self.scale.factor)
        if not self.session.start_run(exp or Experiment(), base_dir, state):
            self.session.start_run(Experiment(), base_dir)

    def _build_toolbar(self) -> None:
        session = self.session
        bar = QToolBar(self.tr("Training"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.play_action = self.action(self.tr("Play"), "Space", session.toggle_play)
        self.play_action.setToolTip(self.tr("Play / Pause (Space)"))
        self.step_action = self.action(self.tr("Step"), "Right", session.step)
        self.step_action.setToolTip(self.tr("Train one epoch (→)"))
        self.reset_action = self.action(self.tr("Reset"), "R", session.reset)
        self.reset_action.setToolTip(self.tr("Start again from the same weights (R)"))
        self.undo_action = session.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = session.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        redo_keys += [QKeySequence(k) for k in REDO_KEYS if QKeySequence(k) not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
        for action in (self.play_action, self.step_action, self.reset_action):
            bar.addAction(action)
        self.epoch_label = QLabel()
        self.epoch_label.setObjectName("epochCounter")
        bar.addWidget(self.epoch_label)
        bar.addWidget(QLabel(self.tr("Speed")))
        self.speed = QComboBox()
        for value, text in SPEEDS:
            self.speed.addItem(text or self.tr("fastest"), value)
        self.speed.setCurrentIndex(len(SPEEDS) - 1)
        self.speed.setToolTip(self.tr("At most this many epochs per second"))
        self.speed.currentIndexChanged.connect(lambda i: session.set_speed(self.speed.itemData(i)))
        bar.addWidget(self.speed)
        bar.addSeparator()
        bar.addAction(self.open_action)
        bar.addAction(self.save_action)

    def _build_files(self) -> None:
        self.files = ExperimentFiles(self)
        self.files.opened.connect(self.session.start_run)
        self.files.failed.connect(self.message_bar.show_error)
        self.files.saved.connect(
            lambda p: self.notice.setText(self.tr("Saved {0}").format(Path(p).name))
        )

    def action(self, text: str, shortcut, slot, checkable: bool = False) -> QAction:
        """A window action: its shortcut works wherever the focus is in the window."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_controls(self) -> None:
        self.data_controls = DataControls()
        self.features_controls = FeaturesControls()
        self.network_controls = NetworkControls()
        self.training_controls = TrainingControls()
        self.controls = (
            self.data_controls,
            self.features_controls,
            self.network_controls,
            self.training_controls,
        )
        column = QWidget()
        layout = QVBoxLayout(column)
        for control in self.controls:
            control.changed.connect(self.session.set_experiment)
            layout.addWidget(control)
        layout.addStretch(1)
        self.training_controls.invalid.connect(self.show_refusal)
        self.controls_area = QScrollArea()
        self.controls_area.setWidget(column)
        self.controls_area.setWidgetResizable(True)
        self._fit_controls()

    def _fit_controls(self) -> None:
        """Give the controls column the width its widest row needs, up to CONTROLS_SHARE of
        the window: past that it scrolls sideways, and the tabs keep the rest."""
        column = self.controls_area.widget()
        scrollbar = self.controls_area.verticalScrollBar().sizeHint().width()
        wanted = column.minimumSizeHint().width() + scrollbar + 4
        width = min(wanted, round(CONTROLS_SHARE * max(self.width(), MIN_WINDOW_WIDTH)))
        self.controls_area.setMinimumWidth(width)
        sizes = self.splitter.sizes() if hasattr(self, "splitter") else []
        if len(sizes) == 2 and sizes[0] != width:
            self.splitter.setSizes([width, max(1, sum(sizes) - width)])

    def show_tab(self, name: str) -> None:
        """Bring the named tab (see TAB_NAMES) to the front."""
        self.tabs.setCurrentWidget(self.tabs_by_name[name])

    def _build_status_bar(self) -> None:
        self.status_text = StatusLine()
        self.statusBar().addWidget(self.status_text, 1)
        self.notice = QLabel()  # short news (scale, saved): beside the status text, not over it
        self.statusBar().addPermanentWidget(self.notice)

    def _connect_session(self) -> None:
        session = self.session
        session.run_started.connect(self._show_run)
        session.experiment_changed.connect(self._show_experiment)
        session.refused.connect(self.show_refusal)
        session.running_changed.connect(self._show_running)
        session.snapshot_drawn.connect(self._show_snapshot)
        session.training_failed.connect(self._show_failure)

    # ------------------------------------------------------- the session's news
    @Slot(object)
    def _show_run(self, run: Run) -> None:
        info = run.info
        shape = " → ".join(str(size) for size in info.layer_sizes)
        summary = self.tr("{0} · {1} parameters").format(shape, info.n_params)
        self.network_controls.show_summary(summary)
        self._fit_controls()

    @Slot(object)
    def _show_experiment(self, exp: Experiment) -> None:
        """An accepted experiment: every control shows it, and old news goes."""
        self.message_bar.clear()
        self._show_in_controls(exp)

    def _show_in_controls(self, exp: Experiment) -> None:
        for control in self.controls:
            control.show_experiment(exp)

    @Slot(str)
    def show_refusal(self, text: str) -> None:
        """A change that cannot be used: say why; the controls go back to the experiment."""
        self.message_bar.show_error(text)
        self._show_in_controls(self.session.experiment)

    @Slot(bool)
    def _show_running(self, running: bool) -> None:
        self.play_action.setText(self.tr("Pause") if running else self.tr("Play"))

    @Slot(str)
    def _show_failure(self, text: str) -> None:
        """The worker hit an unexpected error: it paused; say so and offer Reset."""
        self.message_bar.show_divergence(
            self.tr("Training stopped on an unexpected error: {0}. Reset to start again.").format(
                text
            )
        )

    @Slot(object)
    def _show_snapshot(self, snap: Snapshot) -> None:
        self.epoch_label.setText(self.tr("Epoch {0}").format(count(snap.epoch)))
        self.status_text.show_snapshot(snap)
        if snap.stop_reason and not self.message_bar.isVisible():
            self.message_bar.show_divergence(self._divergence_text(snap))
        if self._screenshot and not (self.session.running or snap.running):
            path, then = self._screenshot
            self._screenshot = None
            QTimer.singleShot(50, lambda: self._take_screenshot(path, then))

    def _divergence_text(self, snap: Snapshot) -> str:
        return self.tr(
            "The loss diverged at epoch {0}: the learning rate {1} is too high for this "
            "network. Training is paused at the last good weights; lower the learning rate "
            "and press Play, or Reset."
        ).format(count(snap.epoch + 1), editable(self.session.experiment.training.lr))

    # ------------------------------------------------------------ user actions
    def toggle_feature(self, name: str) -> None:
        """An input node of the graph was clicked: switch that feature on or off."""
        selected = self.session.experiment.features.selected
        self.features_controls.toggle(name, name not in selected)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a control's field (which the field passes on) leaves the field, so that
        Space plays and pauses again instead of typing into it."""
        focus = QApplication.focusWidget()
        if event.key() in ENTER_KEYS and focus and self.controls_area.isAncestorOf(focus):
            focus.clearFocus()
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot(float)
    def _show_scale(self, factor: float) -> None:
        """A new UI scale: the epoch counter, the checked menu item, the notice, the column."""
        percent = self.scale.percent
        self.epoch_label.setStyleSheet(
            f"font-size: {point_size(15):g}pt; font-weight: bold; padding: 0 12px;"
        )
        if percent in self.percent_actions:
            self.percent_actions[percent].setChecked(True)
        self.notice.setText(self.tr("Scale {0} %").format(percent))
        self.notice.setToolTip(self.tr("View ▸ Scale: Ctrl+Plus, Ctrl+Minus, Ctrl+0"))
        if self.session.info is not None:
            self._redraw_boundary_and_graph()  # marker sizes and pens
        QTimer.singleShot(0, self._fit_controls)  # once the widgets have the new font

    def set_presentation(self, on: bool) -> None:
        """Presentation mode: everything at PRESENTATION_PERCENT, advanced controls hidden."""
        self.scale.set_percent(PRESENTATION_PERCENT if on else MIN_PERCENT)
        self.advanced_action.setChecked(not on)
        self.set_advanced_shown(not on)

    def set_full_screen(self, on: bool) -> None:
        self.full_screen_action.setChecked(on)
        self.showFullScreen() if on else self.showNormal()

    def set_palette(self, name: str) -> None:
        """Draw classes (and the diverging maps) in the palette `name` of colors.PALETTES."""
        colors.set_palette(name)
        self.palette_actions[name].setChecked(True)
        self._redraw_boundary_and_graph()

    def _redraw_boundary_and_graph(self) -> None:
        """Draw the run's points, colour scale and graph again (new colours or scale)."""
        boundary, graph = self.run_tab.boundary, self.run_tab.network_view
        snap = self.session.snapshot
        boundary.set_run(self.session.info)
        graph.set_run(self.session.info)
        if snap is not None:
            if snap.grid_layers is not None:
                boundary.show_output(snap.grid_layers[-1])
            graph.show_snapshot(snap)

    def set_advanced_shown(self, shown: bool) -> None:
        for control in self.controls:
            control.set_advanced_shown(shown)
        QTimer.singleShot(0, self._fit_controls)

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts: every shortcut in large type."""
        if self.shortcuts_overlay is None:
            self.shortcuts_overlay = ShortcutsOverlay(self.actions(), self)
        self.shortcuts_overlay.open()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit_controls()

    def about(self) -> None:
        """Show the About dialog (icon, version, licence, dataset credits, libraries)."""
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    def screenshot_when_done(self, path: str, then) -> None:
        """Save the window as `path` once training has stopped, then call `then()`."""
        self._screenshot = (path, then)

    def _take_screenshot(self, path: str, then) -> None:
        if not self.grab().save(path):
            self.message_bar.show_error(self.tr("Cannot save the screenshot {0}").format(path))
        then()

    # ---------------------------------------------------------------- closing
    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the training loop and join its thread (idempotent)."""
        self.session.shutdown()
