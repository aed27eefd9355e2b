"""The single-neuron lab: a perceptron, an Adaline or a sigmoid neuron learns a logic gate
or two clouds of points, one update at a time. Each update moves the decision line and the
arrow of w on the plane, and is written out as its formula and numbers; the counts and a
verdict say whether the line separates the classes. XOR never separates with one neuron,
and one click opens it with a hidden layer in the Network tab (`experiment_requested`).
Every number comes from `engine.single_neuron`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from playground.engine import single_neuron
from playground.engine.single_neuron import Lab
from playground.experiment import DataSpec, Experiment, NetworkSpec, TrainingSpec
from playground.ui.common import colors, names
from playground.ui.common.choice_box import choice_box
from playground.ui.common.number_box import NumberBox
from playground.ui.common.number_text import count, significant, vector
from playground.ui.teaching.neuron_plot import ARROW_HEX, NeuronPlot
from playground.ui.teaching.neuron_text import DIGITS, UpdateText

SPEEDS = (1, 3, 10, 30)  # updates per second while playing
DEFAULT_SPEED = 3
COLUMN_SHARE = 0.6  # of the tab's width, the controls take at most
# The network "Add a hidden layer" opens: XOR with one hidden layer (training reaches 100 %
# accuracy within the epochs for seed 0, and for every seed we tried).
HIDDEN = (4,)
HIDDEN_ACTIVATION = "tanh"
HIDDEN_RATE = 0.5
HIDDEN_EPOCHS = 300


def hidden_layer_experiment() -> Experiment:
    """XOR with one hidden layer of HIDDEN tanh neurons, a sigmoid output and
    cross-entropy, trained on all four rows at once."""
    return Experiment(
        data=DataSpec(name="xor_gate"),
        network=NetworkSpec(
            hidden=HIDDEN,
            activations=(HIDDEN_ACTIVATION,) * len(HIDDEN),
            output_activation="sigmoid",
        ),
        training=TrainingSpec(loss="bce", lr=HIDDEN_RATE, batch_size=4, epochs=HIDDEN_EPOCHS),
    )


class NeuronTab(QWidget):
    """Choices: `data`, `rule`, `rate` (λ), `mode` (online or batch) and `speed`; buttons:
    `step_button` (N), `epoch_button` (E), `play_button` (P, checkable, drives `timer`) and
    `reset_button` (Home). `plot` draws the lab, `update_text` writes its last update,
    `counts` and `verdict` say how far it got; for XOR, `xor_note` explains and
    `hidden_button` emits `experiment_requested(Experiment)`. `lab` is the engine's state."""

    experiment_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.data = choice_box(
            {
                "and": "AND",
                "or": "OR",
                "nand": "NAND",
                "xor_gate": "XOR",
                "clouds": self.tr("Two clouds (separable)"),
            },
            self.tr("What the neuron learns: a logic gate's truth table, or two clouds of points"),
        )
        self.rule = choice_box(
            {
                **names.choices(names.RULES, ("perceptron", "adaline")),
                "sigmoid": self.tr("sigmoid neuron (cross-entropy)"),
            },
            self.tr("How each update changes w and b"),
        )
        self.rate = NumberBox()
        self.rate.setRange(*single_neuron.RATE_RANGE)
        self.rate.setDecimals(3)
        self.rate.setSingleStep(0.05)
        self.rate.setToolTip(self.tr("λ: how far one update moves w and b"))
        self.mode = choice_box(
            {
                "online": self.tr("online: one sample per update"),
                "batch": self.tr("batch: all samples, averaged"),
            },
            self.tr("Online updates after each sample; batch once per epoch, with the average"),
        )
        self.speed = choice_box(
            {str(s): self.tr("{0} updates per second").format(count(s)) for s in SPEEDS},
            self.tr("How fast Play goes"),
        )
        self.speed.setCurrentIndex(SPEEDS.index(DEFAULT_SPEED))
        self._build_buttons()
        self.plot = NeuronPlot()
        self.update_text = UpdateText()
        self.counts = QLabel()
        self.verdict = QLabel()
        self.xor_note = QLabel(
            self.tr(
                "No single line puts (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on "
                "the other, so one neuron cannot separate XOR, whatever its rule or λ. A "
                "hidden layer can: its neurons draw two lines, and the output combines them."
            )
        )
        self.hidden_button = QPushButton(self.tr("Add a hidden layer"))
        self.hidden_button.setToolTip(
            self.tr("Open XOR with a hidden layer of {0} {1} neurons in the Network tab").format(
                count(HIDDEN[0]), names.activation(HIDDEN_ACTIVATION)
            )
        )
        for label in (self.counts, self.verdict, self.xor_note):
            label.setWordWrap(True)
        self._lay_out()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self._connect()
        self._new_rule()

    # ------------------------------------------------------------------ building
    def _build_buttons(self) -> None:
        self.step_button = QPushButton(self.tr("Step"))
        self.epoch_button = QPushButton(self.tr("Epoch"))
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setCheckable(True)
        self.reset_button = QPushButton(self.tr("Reset"))
        for button, key, tip in (
            (self.step_button, "N", self.tr("One update (N)")),
            (self.epoch_button, "E", self.tr("The updates to the end of this epoch (E)")),
            (self.play_button, "P", self.tr("Play / Pause: one update after another (P)")),
            (self.reset_button, "Home", self.tr("w and b back to the start (Home)")),
        ):
            button.setToolTip(tip)
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)

    def _legend(self) -> QLabel:
        """What the plot's marks are, each entry kept on one line."""
        zero, one = colors.class_hex()[:2]
        entries = (
            (zero, "●", self.tr("class 0")),
            (one, "●", self.tr("class 1")),
            (colors.TEXT_HEX, "━", "w·x + b = 0"),
            (ARROW_HEX, "➜", self.tr("w, towards class 1")),
            (colors.TEXT_HEX, "◯", self.tr("wrong side")),
            (colors.MARK_HEX, "◯", self.tr("last sample")),
        )
        legend = QLabel(
            " &nbsp; ".join(
                f'<span style="white-space:nowrap"><span style="color:{hex_}">{mark}</span>'
                f" {text}</span>"
                for hex_, mark, text in entries
            )
        )
        legend.setWordWrap(True)
        return legend

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Data"), self.data)
        form.addRow(self.tr("Rule"), self.rule)
        form.addRow(self.tr("Learning rate λ"), self.rate)
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("Speed"), self.speed)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.epoch_button, self.play_button, self.reset_button):
            buttons.addWidget(button)
        last = QGroupBox(self.tr("Last update"))
        QVBoxLayout(last).addWidget(self.update_text)
        column = QWidget()
        left = QVBoxLayout(column)
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(last)
        for widget in (self.counts, self.verdict, self.xor_note, self.hidden_button):
            left.addWidget(widget)
        left.addStretch(1)
        self.column = QScrollArea()
        self.column.setWidget(column)
        self.column.setWidgetResizable(True)
        self.column.setFrameShape(QFrame.Shape.NoFrame)
        right = QVBoxLayout()
        right.addWidget(self.plot, 1)
        right.addWidget(self._legend())
        layout = QHBoxLayout(self)
        layout.addWidget(self.column, 2)
        layout.addLayout(right, 3)

    def _connect(self) -> None:
        self.data.currentIndexChanged.connect(self._new_lab)
        self.rule.currentIndexChanged.connect(self._new_rule)
        self.speed.currentIndexChanged.connect(self._set_speed)
        self.step_button.clicked.connect(self.step)
        self.epoch_button.clicked.connect(self.run_epoch)
        self.play_button.toggled.connect(self._play)
        self.reset_button.clicked.connect(self.reset)
        self.hidden_button.clicked.connect(
            lambda: self.experiment_requested.emit(hidden_layer_experiment())
        )
        self._set_speed()

    # ------------------------------------------------------------------ actions
    @property
    def online(self) -> bool:
        return self.mode.currentData() == "online"

    def choose(self, data: str, rule: str) -> None:
        """Show `data` (a key of single_neuron.DATA) learnt by `rule` (of RULES)."""
        self.rule.setCurrentIndex(self.rule.findData(rule))
        self.data.setCurrentIndex(self.data.findData(data))

    def step(self) -> None:
        """One update (online: the next sample; batch: all of them)."""
        self.lab.step(self.rate.value(), self.online)
        self._show()

    def run_epoch(self) -> None:
        """The updates up to the end of this epoch."""
        self.lab.run_epoch(self.rate.value(), self.online)
        self._show()

    def reset(self) -> None:
        """w and b back to the start, counts to 0."""
        self.play_button.setChecked(False)
        self.lab.reset()
        self._show()

    def _new_rule(self) -> None:
        """A new rule starts from its own λ."""
        self.rate.setValue(single_neuron.RATES[self.rule.currentData()])
        self._new_lab()

    def _new_lab(self) -> None:
        self.play_button.setChecked(False)
        self.lab = Lab(self.data.currentData(), self.rule.currentData())
        separable = self.lab.data.separable
        self.xor_note.setVisible(not separable)
        self.hidden_button.setVisible(not separable)
        self._show()

    def _set_speed(self) -> None:
        self.timer.setInterval(round(1000 / int(self.speed.currentData())))

    def _play(self, on: bool) -> None:
        self.play_button.setText(self.tr("Pause") if on else self.tr("Play"))
        if on and not self.lab.done:
            self.timer.start()
        else:
            self.timer.stop()
            self.play_button.setChecked(False)

    def _tick(self) -> None:
        if self.lab.done:
            self.play_button.setChecked(False)
        else:
            self.step()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        """The controls get the width they need, up to COLUMN_SHARE of the tab; narrower
        than that (large text on a small screen) they scroll sideways, never cut."""
        super().resizeEvent(event)
        bar = self.column.verticalScrollBar().sizeHint().width()
        wanted = self.column.widget().minimumSizeHint().width() + bar
        self.column.setMinimumWidth(min(wanted, round(COLUMN_SHARE * event.size().width())))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt)
        self.play_button.setChecked(False)  # a hidden tab does no work
        super().hideEvent(event)

    # ------------------------------------------------------------------ showing
    def _show(self) -> None:
        lab = self.lab
        self.plot.show_lab(lab)
        self.update_text.show_update(lab.last)
        self.counts.setText(
            self.tr(
                "Epochs: {0} · updates: {1}, of which {2} changed w or b\nw = {3}, b = {4}"
            ).format(
                count(lab.epochs),
                count(lab.steps),
                count(lab.changes),
                vector(lab.w, DIGITS),
                significant(lab.b, DIGITS),
            )
        )
        self.verdict.setText(self._verdict())
        for button in (self.step_button, self.epoch_button, self.play_button):
            button.setEnabled(not lab.diverged)

    def _verdict(self) -> str:
        lab = self.lab
        if lab.diverged:
            return self.tr(
                "The weights passed {0}: λ is too large for this rule and data. "
                "Lower λ and press Reset."
            ).format(significant(single_neuron.DIVERGED, 1))
        if lab.separated:
            return self.tr("Separated: every point is on its side of the line.")
        wrong = self.tr("{0} of {1} points are on the wrong side (ringed)").format(
            count(lab.misclassified), count(lab.n)
        )
        if lab.epochs >= single_neuron.MAX_PLAY_EPOCHS:
            return self.tr("Not separated after {0} epochs: {1}.").format(count(lab.epochs), wrong)
        return wrong + "."
