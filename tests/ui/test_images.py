"""The digits in the window, as a student sees them: test images with true and predicted
classes, mistakes framed, layer 1's weights as images, and one accuracy everywhere."""

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground.experiment import DataSpec, Experiment, NetworkSpec
from playground.snapshot import PREDICTED_ROWS, ParameterRef
from playground.ui.views.images import atlas

DIGITS = Experiment(
    data=DataSpec(name="digits"), network=NetworkSpec(hidden=(12,), activations=("tanh",))
)


@pytest.fixture
def digits(open_window):
    return open_window(DIGITS)


def _step(qtbot, win, epochs: int) -> None:
    target = win.session.snapshot.epoch + epochs
    for _ in range(epochs):
        qtbot.keyClick(win, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: win.session.snapshot.epoch == target, timeout=10_000)


def test_digits_show_test_images_with_labels_instead_of_a_pixel_plane(qtbot, digits):
    tab = digits.run_tab
    assert tab.images.isVisible() and not tab.boundary.isVisible()
    _step(qtbot, digits, 1)
    images = tab.images
    assert len(images.labels) == PREDICTED_ROWS
    truth = digits.session.info.test_labels[:PREDICTED_ROWS]
    predicted = digits.session.snapshot.test_predicted
    texts = [label.toPlainText() for label in images.labels]
    assert texts == [f"{t}→{p}" for t, p in zip(truth, predicted)]
    # Each mistake gets a red square (4 sides, 2 points each), right ones none.
    mistakes = int(np.sum(truth != predicted))
    assert mistakes > 0
    assert len(images.frames.getData()[0]) == 8 * mistakes
    side = 8
    shown = images.test_image.image
    np.testing.assert_array_equal(shown[:side, :side], digits.session.info.test_images[0])


def test_first_layer_weights_are_drawn_one_image_per_neuron(qtbot, digits):
    _step(qtbot, digits, 1)
    images = digits.run_tab.images
    assert images.n_weight_images == 12
    w = digits.session.snapshot.weights[0]  # (64, 12)
    expected = atlas(w.T.reshape(12, 8, 8), 4, 2, 2, 0.0)  # 4 columns, gaps of 8 // 4
    np.testing.assert_allclose(images.weight_image.image, expected)


def test_a_plane_dataset_shows_the_boundary_not_images(open_window):
    win = open_window(Experiment())
    assert win.run_tab.boundary.isVisible() and not win.run_tab.images.isVisible()
    assert win.run_tab.metrics.isVisible()  # 2-D classification has its matrix too


def _accuracies(win) -> tuple[str, str]:
    status = re.search(r"accuracy ([\d.]+) %", win.status_text.text()).group(1)
    matrix = re.search(r"Accuracy: ([\d.]+) %", win.run_tab.confusion.accuracy_label.text())
    return status, matrix.group(1)


def test_the_status_bar_and_the_matrix_show_the_same_accuracy(qtbot, digits):
    qtbot.keyClick(digits, Qt.Key.Key_Space)  # play, then pause somewhere mid-epoch
    qtbot.waitUntil(lambda: digits.session.snapshot.epoch >= 2, timeout=20_000)
    qtbot.keyClick(digits, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not digits.session.snapshot.running, timeout=10_000)
    status, matrix = _accuracies(digits)
    assert status == matrix
    # A weight edited by hand changes the predictions at once, not the last epoch's history.
    digits.session.edit_parameter(ParameterRef(1, None, 3), 50.0)
    qtbot.waitUntil(lambda: digits.session.snapshot.parameter(ParameterRef(1, None, 3)) == 50.0)
    status, matrix = _accuracies(digits)
    assert status == matrix
    shown = digits.session.snapshot.confusion["test"]
    assert matrix == f"{100 * shown.accuracy:.1f}"


def test_the_hidden_plane_of_image_data_is_not_drawn(qtbot, digits, monkeypatch):
    drawn = []
    monkeypatch.setattr(digits.run_tab.boundary, "show_output", drawn.append)
    _step(qtbot, digits, 2)
    assert drawn == [] and digits.run_tab.images.isVisible()


def test_image_data_get_no_grid_work(qtbot, digits):
    _step(qtbot, digits, 1)
    assert not digits.run_tab.plane.isVisible()
    assert digits.session.snapshot.grid_layers is None  # nothing would draw it


def test_the_image_labels_and_frames_grow_with_the_ui_scale(qtbot, digits):
    images = digits.run_tab.images
    _step(qtbot, digits, 1)
    size = images.labels[0].textItem.font().pointSizeF()
    width = images.frames.opts["pen"].widthF()
    digits.percent_actions[200].trigger()
    assert images.labels[0].textItem.font().pointSizeF() == pytest.approx(2 * size)
    assert images.frames.opts["pen"].widthF() == pytest.approx(2 * width)
    digits.percent_actions[100].trigger()
    assert images.labels[0].textItem.font().pointSizeF() == pytest.approx(size)
