"""UI test fixtures: pyqtgraph configured as at start-up; every test must leave no training
thread or Python thread running."""

import threading

import pytest

from playground.ui import configure_plots
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
