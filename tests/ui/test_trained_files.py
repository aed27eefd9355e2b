"""A file with trained weights opened in the window shows the same network: the same loss
to the last digit, from File ▸ Open and from the command line; Reset goes back to the
file's weights, and a change of the network starts from the seed's."""

import dataclasses

import numpy as np
from PySide6.QtWidgets import QFileDialog

from playground import building, cli, experiment
from playground.trained_state import trained_state
from playground.ui.window.main_window import MainWindow


def _trained_file(tmp_path) -> tuple[str, float, np.ndarray]:
    """iris_softmax trained 20 epochs by the engine and saved with its state; its path, its
    training loss and its first weight matrix."""
    exp, base_dir = cli.load_experiment("iris_softmax")
    trainer = building.build(exp, base_dir)
    trainer.run_epochs(20)
    path = str(tmp_path / "trained.json")
    experiment.save(exp, path, trained_state(trainer))
    return path, trainer.history["train_loss"][-1], trainer.net.weights[0].copy()


def test_a_trained_file_opened_from_the_menu_shows_the_same_network(
    qtbot, open_window, monkeypatch, tmp_path
):
    path, loss, weights = _trained_file(tmp_path)
    win = open_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (path, ""))
    win.open_action.trigger()
    session = win.session
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.epoch == 20)
    assert session.snapshot.metrics["train_loss"] == loss  # to the last digit
    np.testing.assert_array_equal(session.snapshot.weights[0], weights)
    assert len(win.run_tab.loss_view.train_curve.getData()[0]) == 21  # the history too
    session.run_epochs(25)
    qtbot.waitUntil(lambda: not session.running and session.snapshot.epoch == 25)
    session.reset()  # back to the file's weights, not the seed's
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.epoch == 20)
    np.testing.assert_array_equal(session.snapshot.weights[0], weights)
    wider = dataclasses.replace(session.experiment.network, hidden=(5,))
    session.set_experiment(dataclasses.replace(session.experiment, network=wider))
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.epoch == 0)


def test_a_trained_file_given_on_the_command_line_opens_trained(qtbot, tmp_path):
    path, loss, _ = _trained_file(tmp_path)
    exp, base_dir, state = cli.load_with_state(path)
    win = MainWindow(exp, base_dir, state)
    qtbot.addWidget(win)
    try:
        qtbot.waitUntil(lambda: win.session.snapshot is not None)
        assert win.session.snapshot.epoch == 20
        assert win.session.snapshot.metrics["train_loss"] == loss
    finally:
        win.shutdown()
