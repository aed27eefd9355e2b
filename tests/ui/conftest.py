"""UI test fixtures: pyqtgraph configured as at start-up; every test must leave no training
thread or Python thread running."""

import threading

import pytest

from playground.ui import configure_plots
from playground.ui.common import colors
from playground.ui.common.scale import ui_scale
from playground.ui.window import language
from playground.ui.window.main_window import MainWindow
from playground.worker import TrainingThread


@pytest.fixture(autouse=True, scope="session")
def plots_configured():
    configure_plots()


@pytest.fixture(autouse=True)
def no_threads_left_behind():
    before = set(threading.enumerate())
    yield
    leaked = [t for t in TrainingThread.live if t.thread.isRunning()]
    for t in list(TrainingThread.live):
        t.shutdown()
    assert not leaked, "the test left a training thread running"
    extra = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert not extra, f"the test left Python threads running: {extra}"


@pytest.fixture
def open_window(qtbot):
    """`open_window(exp=None)`: a shown 1366 x 768 MainWindow on `exp` (the default
    experiment if None) with its first frame drawn. Afterwards every window it opened is
    shut down and the UI scale and palette are back to 100 % and the default."""
    opened = []

    def open_(exp=None) -> MainWindow:
        win = MainWindow(exp)
        opened.append(win)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        qtbot.waitUntil(lambda: win.session.snapshot is not None, timeout=5000)
        return win

    yield open_
    for win in opened:
        win.shutdown()
    ui_scale().set_percent(100)
    colors.set_palette("default")


@pytest.fixture
def portuguese(qapp):
    """The app in Portuguese (Brazil), as `--lang pt_BR` starts it; English again after,
    whatever happens."""
    language.install("pt_BR")
    try:
        yield
    finally:
        language.install("en")
