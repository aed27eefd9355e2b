"""`playground --self-test`: check an installed app end to end, offscreen or on a screen.

It opens the real window, trains the default experiment live for a few seconds, opens every
tab, has SymPy differentiate a cost typed in the learning-rate tab, loads each example
experiment and waits for its first drawn snapshot, and checks that the default experiment's
training loss went down. It prints one summary line and returns 0,
or prints `self-test failed: <step>: <reason>` on one line to stderr and returns 1. It never
hangs: every wait shares one deadline, and a watchdog ends the process if even that fails.
"""

from __future__ import annotations

import math
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from playground import cli, shipped
from playground.snapshot import Snapshot
from playground.ui.window.main_window import MainWindow
from playground.ui.window.tabs import TAB_NAMES

TIMEOUT = 120.0  # seconds for the whole self-test
WATCHDOG_GRACE = 30.0  # the process is ended this long after TIMEOUT if still running
TRAIN_SECONDS = 2.0  # train the default experiment live this long,
MIN_EPOCHS = 20  # and at least this many epochs (on a slow machine it waits longer)
TICK_MS = 20  # how often waits look again
TYPED_COST, TYPED_DERIVATIVE = "w^3", "3w²"  # SymPy's part: a cost and its derivative


class Failure(Exception):
    """A failed check; its text is the one-line reason."""


def one_line(text: str) -> str:
    """`text` with every run of white space (newlines too) made one space."""
    return " ".join(str(text).split())


@contextmanager
def step(label: str) -> Iterator[None]:
    """Report any error inside as Failure('label: reason')."""
    try:
        yield
    except Failure as failure:
        raise Failure(f"{label}: {failure}") from None
    except Exception as error:
        raise Failure(f"{label}: {type(error).__name__}: {one_line(error)}") from None


def check_loss_went_down(losses: Sequence[float]) -> None:
    """Failure unless the last training loss is finite and below the first, (rows,)."""
    if len(losses) < 2:
        raise Failure(f"only {len(losses)} loss values were drawn")
    first, last = losses[0], losses[-1]
    if not (math.isfinite(last) and last < first):
        raise Failure(f"the training loss did not go down: {first:.4g} -> {last:.4g}")


def wait_until(condition: Callable[[], bool], deadline: float, what: str) -> None:
    """Run the event loop until `condition()` holds; Failure naming `what` once the
    time.monotonic() `deadline` passes."""
    while not condition():
        if time.monotonic() > deadline:
            raise Failure(f"timed out waiting for {what}")
        loop = QEventLoop()
        QTimer.singleShot(TICK_MS, loop.quit)
        loop.exec()


class SelfTest:
    """The checks, in order, on one real MainWindow; `run()` returns the summary line."""

    def __init__(self, timeout: float = TIMEOUT):
        self.deadline = time.monotonic() + timeout
        self.window: MainWindow | None = None
        self.losses: list[float] = []
        self.errors: list[str] = []  # refusals, training failures, uncaught exceptions

    def run(self) -> str:
        hook = sys.excepthook
        sys.excepthook = self._uncaught  # an exception in a slot or a paint is a failure
        try:
            with step("opening the window"):
                self._open_window()
            with step("training default"):
                trained = self._train_default()
            with step("opening the tabs"):
                self._open_tabs()
            with step("typing a cost in the learning-rate tab"):
                derived = self._differentiate()
            started = time.monotonic()
            for name in shipped.example_names():
                with step(f"example {name}"):
                    self._load_example(name)
            loading = time.monotonic() - started
        finally:
            if self.window is not None:
                self.window.shutdown()  # after this, no snapshot is drawn
                self.window.close()
                self.window.deleteLater()
            sys.excepthook = hook
        return (
            f"self-test passed: {trained}; opened {len(TAB_NAMES)} tabs; {derived}; "
            f"loaded {len(shipped.example_names())} examples in {loading:.1f} s"
        )

    # ------------------------------------------------------------------ steps
    def _open_window(self) -> None:
        self.window = MainWindow()
        session = self.window.session
        session.snapshot_drawn.connect(self._drawn)
        session.run_started.connect(lambda _run: self.losses.clear())
        session.refused.connect(self.errors.append)
        session.training_failed.connect(self.errors.append)
        self.window.resize(1366, 768)
        self.window.show()
        self._wait(lambda: session.snapshot is not None, "the first snapshot")

    def _train_default(self) -> str:
        session = self.window.session
        started = time.monotonic()
        session.toggle_play()

        def trained_enough() -> bool:
            seconds = time.monotonic() - started
            return seconds >= TRAIN_SECONDS and session.snapshot.epoch >= MIN_EPOCHS

        self._wait(trained_enough, f"{MIN_EPOCHS} epochs of training")
        session.toggle_play()
        self._wait(lambda: not session.snapshot.running, "training to pause")
        seconds = time.monotonic() - started
        check_loss_went_down(self.losses)
        return (
            f"trained default {session.snapshot.epoch} epochs in {seconds:.1f} s "
            f"(loss {self.losses[0]:.3g} -> {self.losses[-1]:.3g})"
        )

    def _open_tabs(self) -> None:
        window = self.window
        for name in TAB_NAMES:
            window.show_tab(name)
            tab = window.tabs_by_name[name]
            self._wait(tab.isVisible, f"the {name} tab")
            if window.grab().isNull():
                raise Failure(f"the {name} tab cannot be drawn")

    def _differentiate(self) -> str:
        """w^3 typed in the learning-rate tab: SymPy (bundled, loaded now) gives 3w²."""
        self.window.show_tab("rate")
        lab = self.window.rate.content
        lab.formula.edit.setText(TYPED_COST)
        lab.formula.apply()
        shown = lab.derivative.text()
        if not shown.endswith(TYPED_DERIVATIVE):
            raise Failure(f"{TYPED_COST} gave {shown!r} {lab.formula.error}".strip())
        return f"SymPy: J = {TYPED_COST}, {shown}"

    def _load_example(self, name: str) -> None:
        session = self.window.session
        exp, base_dir = cli.load_experiment(name)
        if not session.start_run(exp, base_dir):
            raise Failure(self.errors[-1])
        self._wait(lambda: session.snapshot is not None, "its first snapshot")

    # --------------------------------------------------------------- helpers
    def _wait(self, condition: Callable[[], bool], what: str) -> None:
        """wait_until, then Failure if anything went wrong meanwhile."""
        wait_until(lambda: bool(self.errors) or condition(), self.deadline, what)
        if self.errors:
            raise Failure(one_line(self.errors[0]))

    def _drawn(self, snapshot: Snapshot) -> None:
        self.losses.extend(float(loss) for loss in snapshot.history["train_loss"])

    def _uncaught(self, kind, error, traceback) -> None:
        self.errors.append(f"{kind.__name__}: {error}")


def _watchdog(seconds: float) -> threading.Timer:
    """A started timer that ends the process with a one-line reason after `seconds` (for
    a window that stops answering, when no wait can time out)."""

    def give_up() -> None:
        print(f"self-test failed: no answer within {seconds:.0f} s", file=sys.stderr, flush=True)
        os._exit(1)

    timer = threading.Timer(seconds, give_up)
    timer.daemon = True
    timer.start()
    return timer


def main(app: QApplication, timeout: float = TIMEOUT) -> int:
    """Run the self-test in `app`; print the summary (0) or the one-line failure (1)."""
    watchdog = _watchdog(timeout + WATCHDOG_GRACE)
    try:
        summary = SelfTest(timeout).run()
    except Failure as failure:
        print(f"self-test failed: {failure}", file=sys.stderr)
        return 1
    finally:
        watchdog.cancel()
        watchdog.join()
    print(summary)
    return 0
