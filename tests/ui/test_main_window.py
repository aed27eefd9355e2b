"""The main window driven as a user would: toolbar keys, controls, tabs, live training."""

import dataclasses

import graph_probe
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from playground import building, experiment
from playground.engine.datasets import FEATURES
from playground.experiment import Experiment, NetworkSpec, TrainingSpec
from playground.snapshot import ParameterRef
from playground.ui.common.scale import ui_scale
from playground.ui.window.main_window import MainWindow


@pytest.fixture
def window(open_window):
    """The default experiment's window, shown, its first frame drawn."""
    return open_window()


def _now(win, field: str):
    """A field of the last drawn snapshot; None right after a reset, before the first one."""
    return getattr(win.session.snapshot, field, None)


def _paused(win) -> bool:
    snap = win.session.snapshot
    return not win.session.running and snap is not None and not snap.running


def _wait_paused(qtbot, win) -> None:
    qtbot.waitUntil(lambda: _paused(win), timeout=10_000)


def _gallery_item(win, name):
    gallery = win.data_controls.gallery
    for row in range(gallery.count()):
        if gallery.item(row).data(Qt.ItemDataRole.UserRole) == name:
            return gallery.item(row)
    raise LookupError(name)


def _click_gallery(qtbot, win, name) -> None:
    gallery = win.data_controls.gallery
    rect = gallery.visualItemRect(_gallery_item(win, name))
    gallery.scrollToItem(_gallery_item(win, name))
    rect = gallery.visualItemRect(_gallery_item(win, name))
    qtbot.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_default_experiment_is_ready(window):
    assert window.session.experiment == Experiment()
    assert window.session.snapshot.epoch == 0
    assert window.session.info.x_label == "x₁" and window.session.info.task == "classification"
    assert "2 → 4 → 2 → 1" in window.network_controls.summary.text()
    assert window.play_action.text() == "Play"


def test_play_learns_the_circle_within_500_epochs(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.play_action.text() == "Pause"
    qtbot.waitUntil(lambda: window.session.snapshot.epoch >= 500, timeout=60_000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    _wait_paused(qtbot, window)
    epochs, losses = window.run_tab.loss_view.train_curve.getData()
    below = epochs[losses < 0.1]
    assert below.size and below[0] <= 500


def test_pause_stops_the_epoch_counter(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.session.snapshot.epoch > 5, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    _wait_paused(qtbot, window)
    epoch, label = window.session.snapshot.epoch, window.epoch_label.text()
    qtbot.wait(300)
    assert window.session.snapshot.epoch == epoch and window.epoch_label.text() == label
    assert window.play_action.text() == "Play"


def test_step_adds_exactly_one_epoch(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.session.snapshot.epoch == 1, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.session.snapshot.epoch == 2, timeout=5000)
    _wait_paused(qtbot, window)
    assert window.session.snapshot.epoch == 2
    assert window.epoch_label.text() == "Epoch 2"


def test_changing_the_dataset_resets_the_run(qtbot, window):
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.session.snapshot.epoch == 3, timeout=5000)
    generation = window.session.snapshot.generation
    _click_gallery(qtbot, window, "xor")
    assert window.session.experiment.data.name == "xor"
    qtbot.waitUntil(lambda: _now(window, "generation") == generation + 1, timeout=5000)
    assert window.session.snapshot.epoch == 0


def test_changing_the_network_resets_and_the_learning_rate_does_not(qtbot, window):
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.session.snapshot.epoch == 3, timeout=5000)
    weights = window.session.snapshot.weights[0].copy()
    line = window.training_controls.lr.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "0,3")  # a decimal comma is accepted
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.session.experiment.training.lr == 0.3
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.session.snapshot.epoch == 4, timeout=5000)
    assert not np.array_equal(window.session.snapshot.weights[0], weights)  # trained on, not reset

    generation = window.session.snapshot.generation
    qtbot.mouseClick(window.network_controls.add_layer, Qt.MouseButton.LeftButton)
    assert window.session.experiment.network.hidden == (4, 2, 2)
    qtbot.waitUntil(lambda: _now(window, "generation") == generation + 1, timeout=5000)
    assert window.session.snapshot.epoch == 0 and len(window.session.snapshot.weights) == 4


def test_a_new_batch_size_keeps_the_run_and_trains_on(qtbot, window):
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.session.snapshot.epoch == 2, timeout=5000)
    run, generation = window.session.run, window.session.snapshot.generation
    box = window.training_controls.batch
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "25")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.session.experiment.training.batch_size == 25
    assert window.session.run is run  # no new run
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.session.snapshot.epoch == 3, timeout=5000)
    snap = window.session.snapshot
    assert snap.generation == generation
    assert snap.steps == 2 * 25 + 250 // 25  # two epochs of 10-row steps, then 25-row ones


def test_same_seed_starts_from_the_same_weights(qtbot, window):
    first = window.session.snapshot.weights[0].copy()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.session.snapshot.epoch == 1, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: _now(window, "epoch") == 0, timeout=5000)
    np.testing.assert_array_equal(window.session.snapshot.weights[0], first)


def test_an_invalid_learning_rate_is_refused_with_a_message(qtbot, window):
    line = window.training_controls.lr.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "fast")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.message_bar.isVisible()
    assert "learning rate" in window.message_bar.text.text()
    assert window.session.experiment.training.lr == 0.03
    assert window.training_controls.lr.currentText() == "0.03"


def test_an_impossible_combination_keeps_the_current_run(qtbot, window):
    generation = window.session.snapshot.generation
    rule = window.network_controls.rule
    rule.setCurrentIndex(rule.findData("perceptron"))
    rule.activated.emit(rule.currentIndex())
    assert window.message_bar.isVisible()
    assert "hidden" in window.message_bar.text.text()
    assert window.session.experiment.training.rule == "backprop"
    assert rule.currentData() == "backprop"
    qtbot.wait(100)
    assert window.session.snapshot.generation == generation


def test_divergence_pauses_and_explains(qtbot, window):
    exp = Experiment(
        network=NetworkSpec(
            hidden=(4, 2), activations=("sigmoid", "sigmoid"), output_activation="linear"
        ),
        training=TrainingSpec(lr=10.0, loss="mse"),
    )
    window.session.set_experiment(exp)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=10_000)
    text = window.message_bar.text.text()
    assert "diverged at epoch" in text and "learning rate 10 is too high" in text
    _wait_paused(qtbot, window)
    assert window.play_action.text() == "Play"
    assert window.message_bar.reset_button.isVisible()
    qtbot.mouseClick(window.message_bar.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _now(window, "epoch") == 0, timeout=5000)
    assert not window.message_bar.isVisible()


def test_the_boundary_image_changes_as_the_network_learns(qtbot, window):
    before = window.run_tab.boundary.current_image().copy()
    for _ in range(20):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.session.snapshot.epoch == 20, timeout=10_000)
    qtbot.waitUntil(lambda: not np.array_equal(window.run_tab.boundary.current_image(), before))


def test_tabular_data_shows_feature_axes_and_a_confusion_matrix(qtbot, window):
    _click_gallery(qtbot, window, "iris")
    qtbot.waitUntil(lambda: _now(window, "generation") == 2, timeout=5000)
    assert window.run_tab.x_feature.isVisible() and window.run_tab.confusion.isVisible()
    assert window.features_controls.standardize.isVisible()
    window.run_tab.y_feature.setCurrentIndex(3)
    window.run_tab.y_feature.activated.emit(3)
    assert window.session.info.y_label == window.run_tab.x_feature.itemText(3)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.session.snapshot.epoch == 1, timeout=5000)
    assert window.session.snapshot.confusion["test"].matrix.shape == (3, 3)


def test_closing_while_training_leaves_no_thread(qtbot, open_window):
    win = open_window()
    qtbot.keyClick(win, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: win.session.snapshot is not None and win.session.snapshot.epoch > 3, timeout=10_000
    )
    win.close()
    assert not win.session.training.thread.isRunning()


def test_open_and_save_go_through_file_dialogs(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "mine.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_action.trigger()
    assert experiment.load(target) == window.session.experiment
    assert window.notice.text() == "Saved mine.json"

    changed = dataclasses.replace(Experiment(), seed=7)
    experiment.save(changed, target)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.open_action.trigger()
    assert window.session.experiment.seed == 7 and window.data_controls.seed.value() == 7

    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    window.open_action.trigger()
    assert "not valid JSON" in window.message_bar.text.text()
    assert window.session.experiment.seed == 7


def test_a_malformed_csv_is_refused_and_a_good_one_loads(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    bad = tmp_path / "bad.csv"
    bad.write_text("a,b,label\n1,2,0\n3,x,1\n5,6,0\n7,8,1\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    _click_gallery(qtbot, window, "csv")
    assert "line 3" in window.message_bar.text.text()
    assert window.session.experiment.data.name == "circle"

    good = tmp_path / "good.csv"
    rows = [f"{i},{i % 7},{int(i % 7 > 3)}" for i in range(40)]
    good.write_text("u,v,label\n" + "\n".join(rows) + "\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    _click_gallery(qtbot, window, "csv")
    assert window.session.experiment.data.name == "csv" and not window.message_bar.isVisible()
    assert window.data_controls.label_column.currentText() == "label"


def test_3000_consecutive_snapshot_redraws(qtbot, window):
    """Guards against PySide6 releases that corrupt reference counts after many plot updates
    (6.12.0 on Python 3.11 aborts with "none_dealloc" after several hundred)."""
    from PySide6.QtWidgets import QApplication

    from playground.engine.grid import plane_grid
    from playground.snapshot import take_snapshot

    trainer = building.build(Experiment())
    grid = plane_grid((-6.0, 6.0), ("x1", "x2"), resolution=100)
    generation, sent = window.session.snapshot.generation, 1  # the window has drawn epoch 0
    for i in range(3000):
        trainer.run_steps(1)
        snap = take_snapshot(trainer, grid, generation, history_from=sent)
        sent += len(snap.history["epoch"])
        window.session.draw_snapshot(snap)
        if i % 100 == 0:
            QApplication.processEvents()
    assert window.session.snapshot.epoch == trainer.epoch == 3000 // trainer.steps_per_epoch
    assert window.run_tab.loss_view.n_points == sent  # every epoch drawn once


def test_ctrl_plus_and_minus_scale_the_whole_window_and_say_so(qtbot, window):
    from PySide6.QtWidgets import QApplication

    before = QApplication.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(before * 1.25)
    assert window.notice.text().startswith("Scale 125 %") and window.notice.isVisible()
    status = window.status_text.geometry()
    assert status.width() > 0 and not status.intersects(window.notice.geometry())
    assert window.percent_actions[125].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(before)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert ui_scale().percent == 100


def test_speed_control_caps_epochs_per_second(qtbot, window):
    window.speed.setCurrentIndex(window.speed.findData(10))
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.wait(1000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    _wait_paused(qtbot, window)
    assert 3 <= window.session.snapshot.epoch <= 15


def test_regenerate_draws_new_data_with_the_next_seed(qtbot, window):
    generation = window.session.snapshot.generation
    first_points = window.session.info.train_xy.copy()
    qtbot.mouseClick(window.data_controls.regenerate, Qt.MouseButton.LeftButton)
    assert window.session.experiment.seed == 1 and window.data_controls.seed.value() == 1
    qtbot.waitUntil(lambda: _now(window, "generation") == generation + 1, timeout=5000)
    assert not np.array_equal(window.session.info.train_xy, first_points)


def test_noise_slider_and_feature_toggle_rebuild_the_run(qtbot, window):
    window.data_controls.noise.setValue(30)
    assert (
        window.session.experiment.data.noise == 0.3
        and window.data_controls.noise_label.text() == "30 %"
    )
    qtbot.mouseClick(window.features_controls.buttons["x1^2"], Qt.MouseButton.LeftButton)
    assert window.session.experiment.features.selected == ("x1", "x2", "x1^2")
    qtbot.waitUntil(lambda: _now(window, "weights") is not None, timeout=5000)
    qtbot.waitUntil(lambda: window.session.snapshot.weights[0].shape == (3, 4), timeout=5000)
    for name in ("x1", "x2", "x1^2"):  # the last selected feature cannot be switched off
        qtbot.mouseClick(window.features_controls.buttons[name], Qt.MouseButton.LeftButton)
    assert window.session.experiment.features.selected == ("x1^2",)
    assert window.features_controls.buttons["x1^2"].isChecked()


def _forward_with(snap, x):
    """The output a network with the snapshot's parameters gives for inputs x (D_in,)."""
    from playground.engine import Network

    sizes = [w.shape[0] for w in snap.weights] + [snap.weights[-1].shape[1]]
    net = Network(sizes, activations=["tanh", "tanh", "sigmoid"])
    net.load_parameters(snap.weights, snap.biases)
    return net.predict(x[None, :])[0]


def test_editing_a_weight_changes_the_engine_and_ctrl_z_undoes_it(qtbot, window):
    before = window.session.snapshot
    old = float(before.weights[0][1, 2])
    window.session.edit_parameter(ParameterRef(0, 1, 2), 1.5)
    qtbot.waitUntil(lambda: window.session.snapshot.weights[0][1, 2] == 1.5, timeout=5000)
    snap = window.session.snapshot
    row, zs, outs = snap.sample
    np.testing.assert_allclose(outs[-1], _forward_with(snap, outs[0]))  # engine output follows
    assert not np.allclose(outs[-1], before.sample.activations[-1])
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.snapshot.weights[0][1, 2] == old, timeout=5000)
    np.testing.assert_allclose(
        window.session.snapshot.sample.activations[-1], before.sample.activations[-1]
    )

    window.session.edit_parameter(ParameterRef(1, None, 0), -2.0)  # a bias
    qtbot.waitUntil(lambda: window.session.snapshot.biases[1][0] == -2.0, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Right)  # training carries on from the edited weights
    qtbot.waitUntil(lambda: window.session.snapshot.epoch == 1, timeout=5000)
    assert window.session.snapshot.biases[1][0] != before.biases[1][0]


def test_panel_help_and_unknown_panel(capsys):
    from playground.app import main

    assert main(["--panel", "help"]) == 0
    assert "network" in capsys.readouterr().out


def test_every_named_tab_opens(qtbot, window):
    from playground.ui.window.tabs import TAB_NAMES

    assert tuple(window.tabs_by_name) == TAB_NAMES
    for name in TAB_NAMES:
        window.show_tab(name)
        assert window.tabs.currentWidget() is window.tabs_by_name[name]


def test_editing_a_weight_on_the_graph_and_undoing_it(qtbot, window):
    graph = window.run_tab.network_view
    before = window.session.snapshot
    qtbot.mouseClick(
        graph, Qt.MouseButton.LeftButton, pos=graph_probe.edge_midpoint(graph, 0, 1, 2).toPoint()
    )
    assert graph.editor.isVisible()
    qtbot.keyClicks(graph.editor, "1,5")
    qtbot.keyClick(graph.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.snapshot.weights[0][1, 2] == 1.5, timeout=5000)
    row, zs, outs = window.session.snapshot.sample
    np.testing.assert_allclose(outs[-1], _forward_with(window.session.snapshot, outs[0]))
    assert not np.allclose(outs[-1], before.sample.activations[-1])
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.session.snapshot.weights[0][1, 2] == before.weights[0][1, 2], timeout=5000
    )


def test_hovering_a_neuron_shows_its_map_in_the_boundary_view(qtbot, window):
    graph = window.run_tab.network_view
    qtbot.mouseMove(graph, graph_probe.neuron_center(graph, 1, 2).toPoint())
    qtbot.waitUntil(lambda: window.run_tab.boundary.showing_neuron, timeout=3000)
    expected = np.clip(window.session.snapshot.grid_layers[0][..., 2], -1, 1)
    np.testing.assert_allclose(window.run_tab.boundary.current_image(), expected, atol=1e-6)
    assert "z =" in graph_probe.tooltip_text(graph)
    qtbot.mouseMove(graph, graph.rect().bottomRight() - QPoint(2, 2))
    qtbot.waitUntil(lambda: not window.run_tab.boundary.showing_neuron, timeout=3000)


def test_clicking_an_input_node_toggles_its_feature(qtbot, window):
    graph = window.run_tab.network_view
    index = FEATURES.index("x1^2")  # 2-D data shows every feature as an input node
    qtbot.mouseClick(
        graph, Qt.MouseButton.LeftButton, pos=graph_probe.neuron_center(graph, 0, index).toPoint()
    )
    assert window.session.experiment.features.selected == ("x1", "x2", "x1^2")
    qtbot.waitUntil(lambda: _now(window, "weights") is not None, timeout=5000)
    assert window.session.snapshot.weights[0].shape == (3, 4)


def test_an_unexpected_training_error_is_shown_not_fatal(qtbot, window):
    def broken(trainer):
        raise ValueError("something odd")

    window.session.worker.apply(broken)
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=5000)
    assert "something odd" in window.message_bar.text.text()
    qtbot.mouseClick(window.message_bar.reset_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: _now(window, "epoch") == 1, timeout=5000)


@pytest.mark.parametrize(
    "redo",
    [
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
    ],
    ids=["ctrl+shift+z", "ctrl+y"],
)
def test_redo_with_either_shortcut(qtbot, window, redo):
    old = float(window.session.snapshot.weights[0][1, 2])
    window.session.edit_parameter(ParameterRef(0, 1, 2), 1.5)
    qtbot.waitUntil(lambda: window.session.snapshot.weights[0][1, 2] == 1.5, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.snapshot.weights[0][1, 2] == old, timeout=5000)
    qtbot.keyClick(window, *redo)
    qtbot.waitUntil(lambda: window.session.snapshot.weights[0][1, 2] == 1.5, timeout=5000)


def test_space_plays_after_enter_in_a_field(qtbot, window):
    from PySide6.QtWidgets import QApplication

    line = window.training_controls.lr.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    line.selectAll()
    qtbot.keyClicks(line, "0,1")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.session.experiment.training.lr == 0.1
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)  # where a key goes
    assert window.session.running and window.play_action.text() == "Pause"
    assert " " not in line.text()
    qtbot.waitUntil(lambda: window.session.snapshot.epoch > 0, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    assert not window.session.running


def test_a_window_that_fails_while_being_built_stops_its_training_thread(qtbot, monkeypatch):
    from playground.ui.window import main_window
    from playground.worker import TrainingThread

    def broken(window):
        raise FileNotFoundError("resources/datasets/iris.csv")

    monkeypatch.setattr(main_window, "build_tabs", broken)
    with pytest.raises(FileNotFoundError):
        MainWindow()
    assert not [t for t in TrainingThread.live if t.thread.isRunning()]


def test_the_status_line_shows_each_frame_without_laying_out_the_bar_again(qtbot, window):
    """The live figures change at every frame; only the line repaints, so the status bar is
    not laid out and repainted a second time after each frame."""
    from PySide6.QtCore import QEvent, QObject

    class LayoutRequests(QObject):
        seen = 0

        def eventFilter(self, watched, event):  # noqa: N802 (Qt)
            self.seen += event.type() == QEvent.Type.LayoutRequest
            return False

    window.session.step()
    qtbot.waitUntil(lambda: (_now(window, "epoch") or 0) >= 1)
    counter = LayoutRequests()
    window.statusBar().installEventFilter(counter)
    window.session.step()
    qtbot.waitUntil(lambda: _now(window, "epoch") == 2)
    QApplication.processEvents()
    window.statusBar().removeEventFilter(counter)
    assert counter.seen == 0
    assert window.status_text.text().startswith("Epoch 2")
    assert window.status_text.toolTip() == window.status_text.text()  # whole when cut short
    image = window.status_text.grab().toImage()
    background = window.status_text.palette().window().color()
    assert image.pixelColor(image.width() - 2, image.height() // 2) == background
    darkest = min(
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width() // 2, 2)
        for y in range(image.height())
    )
    assert darkest < 100  # the text is drawn, dark on the bar's own background
