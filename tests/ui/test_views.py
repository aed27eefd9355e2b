"""The plot views: boundary heat map, loss curves and confusion matrix."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication

from playground.engine import targets
from playground.engine.targets import class_metrics
from playground.engine.training import HISTORY_KEYS
from playground.run import RunInfo
from playground.ui.common import colors
from playground.ui.common.log_axis import LABEL_PIXELS
from playground.ui.views.boundary import BoundaryView, contour_segments, faded
from playground.ui.views.confusion import ConfusionView
from playground.ui.views.loss import LossView, stepped_up
from playground.ui.views.metrics import MetricsView

R = 5  # grid resolution of the hand-made outputs


def make_info(task="classification", n_classes=2, activation="sigmoid", width=1, **extra):
    """A small RunInfo: 4 train and 2 test points in the square (-6, 6)."""
    labels = [0, 1, 0, 1] if task == "classification" else [-1.0, 0.5, 1.0, 2.0]
    defaults = dict(
        task=task,
        n_classes=n_classes,
        class_names=tuple(str(c) for c in range(n_classes)),
        output_activation=activation,
        output_width=width,
        output_range=targets.output_range(activation),
        is_2d=True,
        x_label="x₁",
        y_label="x₂",
        x_range=(-6.0, 6.0),
        y_range=(-6.0, 6.0),
        train_xy=np.array([[-3.0, -3.0], [3.0, 3.0], [-3.0, 3.0], [3.0, -3.0]]),
        train_labels=np.array(labels),
        test_xy=np.array([[1.0, 1.0], [-1.0, -1.0]]),
        test_labels=np.array(labels[:2]),
        threshold=0.0 if activation in ("tanh", "linear") else 0.5,
        value_range=(-1.0, 2.0),
    )
    defaults.update(extra)
    return RunInfo(**defaults)


def ramp_output(low, high, k=1):
    """(R, R, k) float32 rising from low (left) to high (right)."""
    row = np.linspace(low, high, R, dtype=np.float32)
    return np.broadcast_to(row[None, :, None], (R, R, k)).copy()


@pytest.fixture
def boundary(qtbot):
    view = BoundaryView()
    qtbot.addWidget(view)
    view.resize(400, 400)
    view.show()
    return view


# ------------------------------------------------------------------------ BoundaryView
def test_sigmoid_output_is_drawn_with_fixed_levels_and_a_threshold_contour(boundary):
    boundary.set_run(make_info())
    output = ramp_output(0.0, 1.0)
    boundary.show_output(output)
    np.testing.assert_array_equal(boundary.current_image(), output[..., 0])
    assert_shown_scale(boundary, colors.diverging_lut())
    assert boundary.contour.isVisible()
    # The ramp 0, 0.25, 0.5, 0.75, 1 over x = -6..6 passes 0.5 at x = 0, on every row.
    x, y = boundary.contour.getData()
    points = [boundary.image_item.mapToParent(QPointF(a, b)) for a, b in zip(x, y)]
    assert len(points) == 2 * (R - 1)
    assert [p.x() for p in points] == pytest.approx([0.0] * len(points))
    assert {round(p.y(), 6) for p in points} == set(np.linspace(-6.0, 6.0, R))


def assert_shown_scale(boundary, lut):
    """The drawn image is the ramp's values through `lut`, both ends at the levels' ends,
    faded over the white plot; pyqtgraph adds no levels or lookup of its own."""
    shown = boundary.image_item.image
    assert shown.shape == (R, R, 3) and shown.dtype == np.uint8
    assert boundary.image_item.lut is None and boundary.image_item.opacity() == 1.0
    np.testing.assert_array_equal(shown[:, 0], np.broadcast_to(faded(lut[0]), (R, 3)))
    np.testing.assert_array_equal(shown[:, -1], np.broadcast_to(faded(lut[-1]), (R, 3)))
    assert np.all(shown >= faded(np.zeros(3)))  # nothing darker than black at that opacity


def test_faded_colours_are_the_colours_at_the_image_opacity_over_white():
    np.testing.assert_array_equal(faded([0, 255, 100]), [round(255 * 0.3), 255, 146])


def test_tanh_output_uses_levels_minus_one_to_one_and_threshold_zero(boundary):
    boundary.set_run(make_info(activation="tanh"))
    boundary.show_output(ramp_output(-1.0, 1.0))
    assert_shown_scale(boundary, colors.diverging_lut())
    x, _ = boundary.contour.getData()
    assert boundary.image_item.mapToParent(QPointF(x[0], 0.0)).x() == pytest.approx(0.0)


@pytest.mark.parametrize(("activation", "low"), [("sigmoid", 0.0), ("tanh", -1.0)])
def test_discretize_shows_only_the_two_class_ends(boundary, activation, low):
    info = make_info(activation=activation)
    boundary.set_run(info)
    output = ramp_output(low, 1.0)
    boundary.show_output(output)
    boundary.set_discretize(True)
    assert boundary.discretize
    image = boundary.current_image()
    expected = np.where(output[..., 0] > info.threshold, 1.0, low)
    np.testing.assert_array_equal(image, expected)
    assert set(np.unique(image)) <= {low, 1.0}
    boundary.set_discretize(False)
    np.testing.assert_array_equal(boundary.current_image(), output[..., 0])


def test_two_softmax_outputs_show_the_probability_of_class_one(boundary):
    boundary.set_run(make_info(activation="softmax", width=2))
    p1 = ramp_output(0.0, 1.0)[..., 0]
    boundary.show_output(np.stack([1.0 - p1, p1], axis=-1))
    np.testing.assert_allclose(boundary.current_image(), p1, atol=1e-6)
    assert_shown_scale(boundary, colors.diverging_lut())
    assert boundary.contour.isVisible()


def three_class_output():
    """(R, R, 3): pixel (0, 0) is certainly class 0, (0, 1) uniform, (0, 2) mostly class 2."""
    output = np.full((R, R, 3), 1.0 / 3.0, dtype=np.float32)
    output[0, 0] = (1.0, 0.0, 0.0)
    output[0, 2] = (0.1, 0.2, 0.7)
    return output


def test_k_classes_blend_white_with_the_winning_class_colour(boundary):
    boundary.set_run(make_info(n_classes=3, activation="softmax", width=3))
    boundary.show_output(three_class_output())
    image = boundary.current_image()
    palette = colors.class_colors(3)
    assert image.shape == (R, R, 3) and image.dtype == np.uint8
    np.testing.assert_array_equal(image[0, 0], palette[0])
    np.testing.assert_array_equal(image[0, 1], [255, 255, 255])  # uniform: no class at all
    partial = image[0, 2].astype(int)  # class 2, paler than its full colour
    assert np.all(partial >= palette[2]) and np.any(partial > palette[2])
    np.testing.assert_array_equal(boundary.image_item.image, faded(image))
    assert not boundary.contour.isVisible()


def test_k_classes_discretized_show_full_class_colours(boundary):
    boundary.set_run(make_info(n_classes=3, activation="softmax", width=3))
    boundary.set_discretize(True)
    boundary.show_output(three_class_output())
    np.testing.assert_array_equal(boundary.current_image()[0, 2], colors.class_colors(3)[2])


def test_regression_uses_the_value_range_and_ignores_discretize(boundary):
    boundary.set_run(make_info(task="regression", n_classes=0, activation="linear"))
    output = ramp_output(-1.0, 2.0)
    boundary.set_discretize(True)
    boundary.show_output(output)
    np.testing.assert_array_equal(boundary.current_image(), output[..., 0])
    assert_shown_scale(boundary, colors.sequential_lut())
    assert not boundary.contour.isVisible()


def test_items_are_reused_across_frames_and_runs(boundary):
    items = (boundary.image_item, boundary.contour, boundary.train_scatter)
    for info in (make_info(), make_info(n_classes=3, activation="softmax", width=3)):
        boundary.set_run(info)
        for _ in range(3):
            boundary.show_output(ramp_output(0.0, 1.0, info.output_width))
    assert (boundary.image_item, boundary.contour, boundary.train_scatter) == items
    assert sum(isinstance(i, type(boundary.image_item)) for i in boundary.plot.items) == 1


def test_contour_segments_match_pyqtgraphs_isocurve():
    values = np.random.default_rng(0).normal(size=(20, 30))
    ours = contour_segments(values, 0.1)
    theirs = np.array(pg.functions.isocurve(values.T, 0.1)).reshape(-1, 2)
    assert len(ours) == len(theirs)
    distance = np.linalg.norm(ours[:, None] - theirs[None], axis=-1)
    assert distance.min(axis=1).max() < 1e-9  # the same points (saddles may pair differently)
    assert contour_segments(np.zeros((4, 4)), 0.5).shape == (0, 2)


def test_image_pixel_centres_sit_on_the_grid_points(boundary):
    boundary.set_run(make_info())
    boundary.show_output(ramp_output(0.0, 1.0))
    rect = boundary.image_item.mapRectToParent(boundary.image_item.boundingRect())
    half = 12.0 / (R - 1) / 2
    assert rect.left() == pytest.approx(-6.0 - half)
    assert rect.right() == pytest.approx(6.0 + half)
    assert rect.top() == pytest.approx(-6.0 - half)
    assert rect.bottom() == pytest.approx(6.0 + half)


def test_non_finite_output_is_drawn_without_warnings(boundary, qtbot):
    boundary.set_run(make_info(activation="tanh"))
    output = ramp_output(-1.0, 1.0)
    output[0, 0, 0], output[1, 1, 0], output[2, 2, 0] = np.nan, np.inf, -np.inf
    boundary.show_output(output)
    image = boundary.current_image()
    assert np.all(np.isfinite(image)) and image.min() >= -1.0 and image.max() <= 1.0
    boundary.grab()  # paint the image and the contour


@pytest.mark.parametrize(("activation", "width"), [("linear", 1), ("sigmoid", 2), ("linear", 3)])
def test_huge_outputs_are_drawn_without_overflow_warnings(boundary, activation, width):
    """A diverging network can output the largest float32 values."""
    boundary.set_run(make_info(n_classes=max(width, 2), activation=activation, width=width))
    big = np.finfo(np.float32).max
    output = np.zeros((R, R, width), dtype=np.float32)
    output[::2, :, 0], output[1::2, :, -1] = big, -big
    for discretize in (False, True):
        boundary.set_discretize(discretize)
        boundary.show_output(output)
        assert np.all(np.isfinite(boundary.current_image()))
    boundary.grab()


def test_points_axis_labels_and_test_toggle(boundary):
    boundary.set_run(make_info())
    assert boundary.train_scatter.data.size == 4
    assert boundary.test_scatter.data.size == 2
    assert not boundary.show_test and not boundary.test_scatter.isVisible()
    boundary.set_show_test(True)
    assert boundary.show_test and boundary.test_scatter.isVisible()
    boundary.set_show_test(False)
    assert not boundary.test_scatter.isVisible()
    fills = [p.brush().color().getRgb()[:3] for p in boundary.train_scatter.points()]
    palette = [tuple(int(c) for c in rgb) for rgb in colors.class_colors(2)]
    assert fills == [palette[0], palette[1], palette[0], palette[1]]
    assert boundary.plot.getAxis("bottom").labelText == "x₁"
    assert boundary.plot.getAxis("left").labelText == "x₂"
    assert boundary.plot.getViewBox().state["aspectLocked"]


def test_tabular_plane_is_not_aspect_locked_and_empty_test_set_is_fine(boundary):
    info = make_info(
        is_2d=False,
        x_label="online",
        y_label="store",
        x_range=(0.0, 10.0),
        y_range=(0.0, 100.0),
        test_xy=np.zeros((0, 2)),
        test_labels=np.zeros(0, dtype=np.int64),
    )
    boundary.set_run(info)
    boundary.set_show_test(True)
    boundary.show_output(ramp_output(0.0, 1.0))
    assert not boundary.plot.getViewBox().state["aspectLocked"]
    assert boundary.test_scatter.data.size == 0
    boundary.grab()


# ---------------------------------------------------------------------------- LossView
def history(start, rows, test=True):
    """`rows` epochs from `start`: loss 1/(epoch+1), accuracy 1 - loss; test 10 % worse."""
    epoch = np.arange(start, start + rows, dtype=float)
    loss = 1.0 / (epoch + 1.0)
    nan = np.full(rows, np.nan)
    return {
        "epoch": epoch,
        "train_loss": loss,
        "test_loss": 1.1 * loss if test else nan,
        "train_accuracy": 1.0 - loss,
        "test_accuracy": 1.0 - 1.1 * loss if test else nan,
    }


DRAWN_PER_PIXEL = 12  # peak downsampling keeps a low and a high of ~5 samples a pixel


def append(view: LossView, rows: dict) -> None:
    """Append, then show the rows at once instead of at the next throttled redraw."""
    view.append(rows)
    view.flush()


def test_appended_rows_are_drawn_within_the_redraw_interval(loss_view, qtbot):
    loss_view.append(history(0, 3))
    loss_view.append(history(3, 2))  # arrives within REDRAW_MS of the first: drawn later
    assert (
        loss_view.train_curve.getOriginalDataset()[0] is None
        or len(loss_view.train_curve.getOriginalDataset()[0]) < 5
    )
    qtbot.waitUntil(lambda: loss_view.train_curve.getOriginalDataset()[0] is not None)
    qtbot.waitUntil(lambda: len(loss_view.train_curve.getOriginalDataset()[0]) == 5)


@pytest.fixture
def loss_view(qtbot):
    view = LossView()
    qtbot.addWidget(view)
    view.resize(450, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_append_accumulates_points_in_every_curve(loss_view):
    append(loss_view, history(0, 3))
    append(loss_view, history(3, 4))
    append(loss_view, {key: np.zeros(0) for key in HISTORY_KEYS})
    assert loss_view.n_points == 7
    x, y = loss_view.train_curve.getOriginalDataset()
    np.testing.assert_array_equal(x, np.arange(7.0))
    np.testing.assert_allclose(y, 1.0 / np.arange(1.0, 8.0))
    for curve in (loss_view.test_curve, *loss_view.accuracy_curves):
        assert len(curve.getOriginalDataset()[0]) == 7
    loss_view.clear(classification=True)
    assert loss_view.n_points == 0
    assert len(loss_view.train_curve.getOriginalDataset()[0] or ()) == 0


def test_regression_hides_the_accuracy_plot(loss_view):
    loss_view.clear(classification=False)
    append(loss_view, history(0, 5))
    assert loss_view._accuracy_widget.isHidden()
    assert loss_view.loss_plot.getAxis("bottom").labelText == "epoch"
    loss_view.clear(classification=True)
    assert not loss_view._accuracy_widget.isHidden()


def test_labels_and_legend(loss_view):
    assert loss_view.loss_plot.getAxis("left").labelText == "loss"
    assert loss_view.accuracy_plot.getAxis("left").labelText == "accuracy"
    assert loss_view.accuracy_plot.getAxis("bottom").labelText == "epoch"
    assert "train" in loss_view.legend.text() and "test" in loss_view.legend.text()
    assert loss_view.log_scale_box.text() == "Log scale"


def test_the_legend_sits_above_the_curves_never_on_them(loss_view):
    append(loss_view, history(0, 30))
    assert loss_view.loss_plot.legend is None  # nothing drawn inside the plot
    legend = loss_view.legend.geometry()
    assert legend.bottom() < loss_view._loss_widget.geometry().top()
    assert legend.width() >= loss_view.legend.sizeHint().width()  # not cut


def test_epochs_are_whole_numbers_from_the_first_one(loss_view):
    append(loss_view, history(0, 1))  # one point at epoch 0: no -400..400 axis
    axis = loss_view.accuracy_plot.getAxis("bottom")
    low, high = loss_view.loss_plot.viewRange()[0]
    assert -0.1 < low < 0.0 and 1.0 < high < 1.1
    assert ">epoch </span>" in axis.labelString() and "x0" not in axis.labelString()
    ticks = [v for _, values in axis.tickValues(low, high, axis.width()) for v in values]
    assert ticks == [0.0, 1.0]
    assert axis.tickStrings(ticks, 1.0, 1.0) == [str(int(v)) for v in ticks]
    append(loss_view, history(1, 6))
    low, high = loss_view.loss_plot.viewRange()[0]
    assert -0.5 < low < 0.0 and 6.0 < high < 6.5


@pytest.mark.parametrize(
    ("value", "stepped"),
    [(1, 1), (1.2, 1.5), (3, 3), (7, 8), (9, 10), (101, 150), (0.031, 0.04), (6e5, 6e5)],
)
def test_ranges_grow_in_steps_of_one_to_eight_times_a_power_of_ten(value, stepped):
    assert stepped_up(value) == pytest.approx(stepped)


def test_while_training_the_axes_change_only_now_and_then(loss_view):
    """One epoch a frame for 2,000 frames: the epoch range takes 26 spans (1, 2, 3 ... 2,000),
    not at each of the 400 redraws, and always hold every point."""
    ranges = set()
    for epoch in range(2000):
        append(loss_view, history(epoch, 1))
        (x0, x1), (y0, y1) = loss_view.loss_plot.viewRange()
        assert x0 <= 0.0 and x1 >= epoch and y0 <= 0.0 and y1 >= 1.1
        ranges.add((round(x1, 6), round(y1, 6)))
    assert len(ranges) == 26
    low, high = loss_view.loss_plot.viewRange()[0]
    assert 2000 <= high <= 2000 * 1.05  # 1,999 epochs fill the plot: 2,000 is a step


def test_the_log_scale_spans_whole_decades_of_the_loss(loss_view):
    rows = history(0, 50)
    rows["train_loss"] = np.geomspace(30.0, 0.002, 50)  # 10^-2.7 .. 10^1.5
    append(loss_view, rows)
    loss_view.log_scale_box.setChecked(True)
    low, high = loss_view.loss_plot.viewRange()[1]
    assert low == pytest.approx(-3 - 0.03 * 5, abs=1e-6) and high == pytest.approx(2 + 0.03 * 5)
    loss_view.log_scale_box.setChecked(False)
    low, high = loss_view.loss_plot.viewRange()[1]
    assert low < 0 < 30 < high <= 40 * 1.03 + 1e-9


@pytest.mark.parametrize("height", [200, 300])
def test_the_accuracy_title_is_never_cut(qtbot, height):
    view = LossView()
    qtbot.addWidget(view)
    view.resize(450, height)
    view.show()
    qtbot.waitExposed(view)
    for plot in (view.loss_plot, view.accuracy_plot):
        axis = plot.getAxis("left")
        assert axis.label.boundingRect().width() <= axis.geometry().height()


def test_a_diverged_loss_keeps_the_log_axis_readable(loss_view):
    rows = history(0, 40)
    rows["train_loss"] = 10.0 ** np.linspace(0, 287, 40)
    append(loss_view, rows)
    loss_view.log_scale_box.setChecked(True)
    loss_view.grab()
    axis = loss_view.loss_plot.getAxis("left")
    low, high = loss_view.loss_plot.viewRange()[1]
    levels = axis.tickValues(low, high, axis.geometry().height())
    values = [v for _, level in levels for v in level]
    assert 2 <= len(values) <= axis.geometry().height() / LABEL_PIXELS
    texts = axis.tickStrings(values, 1.0, 1.0)
    steps = np.diff(values)
    assert len(set(steps)) == 1 and str(int(steps[0]))[0] in "125"  # 1, 2 or 5 times 10ⁿ
    assert "e+" not in "".join(texts)
    assert any(t.startswith("10") and t[2:] and set(t[2:]) <= set("⁰¹²³⁴⁵⁶⁷⁸⁹") for t in texts)


def test_log_scale_box_switches_the_loss_axis(loss_view, qtbot):
    append(loss_view, history(0, 50))
    loss_view.log_scale_box.setChecked(True)
    assert loss_view.loss_plot.ctrl.logYCheck.isChecked()
    assert loss_view.loss_plot.getAxis("left").logMode
    append(loss_view, history(50, 50, test=False))  # NaN in log mode
    loss_view.grab()
    loss_view.log_scale_box.setChecked(False)
    assert not loss_view.loss_plot.getAxis("left").logMode


def test_readout_gives_the_nearest_epoch(loss_view):
    assert loss_view.readout_at(3.0) == ""
    append(loss_view, history(0, 10))
    text = loss_view.readout_at(3.4)
    assert text.startswith("Epoch 3:")
    assert "0.25 (train)" in text and "0.275 (test)" in text
    assert "75.0 % (train)" in text and "72.5 % (test)" in text
    assert loss_view.readout_at(-5.0).startswith("Epoch 0:")
    assert loss_view.readout_at(1e9).startswith("Epoch 9:")


def test_readout_without_test_split_or_accuracy(loss_view):
    loss_view.clear(classification=False)
    append(loss_view, history(0, 4, test=False))
    text = loss_view.readout_at(1.0)
    assert text == "Epoch 1: loss 0.5 (train), – (test)"


def test_mouse_move_over_the_plot_updates_the_readout(loss_view, qtbot):
    append(loss_view, history(0, 20))
    QApplication.processEvents()
    for plot in (loss_view.loss_plot, loss_view.accuracy_plot):
        view = plot.getViewBox()
        y = view.viewRange()[1][0] + 0.5 * np.diff(view.viewRange()[1])[0]
        scene_pos = view.mapViewToScene(QPointF(12.0, y))
        view.scene().sigMouseMoved.emit(scene_pos)
        assert loss_view.readout.text() == loss_view.readout_at(12.0)
        loss_view.readout.setText("")
    widget = loss_view._loss_widget
    view = loss_view.loss_plot.getViewBox()
    y = sum(view.viewRange()[1]) / 2
    point = widget.mapFromScene(view.mapViewToScene(QPointF(7.0, y)))
    qtbot.mouseMove(widget.viewport(), point)
    qtbot.waitUntil(lambda: loss_view.readout.text().startswith("Epoch 7:"))


def test_one_hundred_thousand_epochs_are_kept_but_drawn_at_a_few_points_per_pixel(loss_view):
    """Every epoch stays readable, while each curve draws at most DRAWN_PER_PIXEL points per
    pixel of its plot, however long the history: what keeps long runs quick to draw."""
    for start in range(0, 100_000, 1_000):
        append(loss_view, history(start, 1_000, test=start % 2000 == 0))
    loss_view.log_scale_box.setChecked(True)
    loss_view.grab()
    assert loss_view.n_points == 100_000
    assert loss_view.readout_at(99_999.0).startswith("Epoch 99999:")
    for curve in (loss_view.train_curve, loss_view.test_curve, *loss_view.accuracy_curves):
        assert len(curve.getOriginalDataset()[0]) == 100_000
        pixels = curve.getViewBox().width()
        assert 0 < len(curve.getData()[0]) <= DRAWN_PER_PIXEL * pixels


# ----------------------------------------------------------------------- ConfusionView
@pytest.fixture
def confusion(qtbot):
    view = ConfusionView()
    qtbot.addWidget(view)
    view.resize(300, 300)
    view.show()
    return view


def cell_texts(view):
    return [text.toPlainText() for text in view.cell_texts]


def test_confusion_matrix_shows_counts_and_accuracy(confusion):
    matrix = np.array([[40, 2], [2, 6]])
    confusion.show_matrix(class_metrics(matrix), ("no", "yes"))
    assert cell_texts(confusion) == ["40", "2", "2", "6"]
    assert confusion.accuracy_label.text() == "Accuracy: 92.0 %"
    np.testing.assert_allclose(confusion.image_item.image, [[40 / 42, 2 / 42], [0.25, 0.75]])
    assert confusion.plot.getAxis("left").labelText == "true"
    assert confusion.plot.getAxis("bottom").labelText == "predicted"
    confusion.grab()


def test_confusion_matrix_all_zero_and_clear(confusion):
    confusion.show_matrix(class_metrics(np.zeros((3, 3), dtype=np.int64)), ("a", "b", "c"))
    assert cell_texts(confusion) == ["0"] * 9
    assert confusion.accuracy_label.text() == "Accuracy: –"
    np.testing.assert_array_equal(confusion.image_item.image, np.zeros((3, 3)))
    confusion.clear()
    assert cell_texts(confusion) == []
    assert confusion.accuracy_label.text() == ""


def test_confusion_matrix_follows_the_number_of_classes(confusion):
    confusion.show_matrix(class_metrics(np.eye(2, dtype=np.int64) * 5), ("0", "1"))
    ten = np.eye(10, dtype=np.int64) * 90 + 1
    confusion.show_matrix(class_metrics(ten), tuple(str(i) for i in range(10)))
    assert len(confusion.cell_texts) == 100
    assert cell_texts(confusion)[:2] == ["91", "1"]
    assert confusion.accuracy_label.text() == "Accuracy: 91.0 %"
    confusion.grab()


def test_a_neuron_map_replaces_the_output_until_cleared(qtbot):
    view = BoundaryView()
    qtbot.addWidget(view)
    view.set_run(make_info())
    output = np.full((10, 10, 1), 0.9, np.float32)
    view.show_output(output)
    neuron = np.linspace(-2, 2, 100).reshape(10, 10)
    view.show_neuron(neuron, (-1.0, 1.0), "layer 1, neuron 2")
    assert view.showing_neuron and not view.contour.isVisible()
    np.testing.assert_array_equal(view.current_image(), np.clip(neuron, -1, 1))
    view.show_output(output * 0.5)  # training goes on underneath
    np.testing.assert_array_equal(view.current_image(), np.clip(neuron, -1, 1))
    view.show_neuron(None)
    assert not view.showing_neuron and view.contour.isVisible()
    assert float(view.current_image().max()) == pytest.approx(0.45)


# ------------------------------------------------------------------- colour bars
def _bar_colour(bar, value):
    """The colour the bar shows at `value` (within its levels), as (3,) uint8."""
    low, high = bar.levels()
    lut = bar.colorMap().getLookupTable(nPts=256, alpha=False)
    return lut[round((value - low) / (high - low) * 255)]


def test_the_regression_map_has_a_colour_bar_with_its_value_range(boundary):
    boundary.set_run(make_info(task="regression", n_classes=0, activation="linear"))
    bar = boundary.color_bar
    assert bar.isVisible() and bar.levels() == (-1.0, 2.0)
    assert bar.named_ticks == []  # numbers along the bar
    low, high = bar.axis.range
    assert (low, high) == (-1.0, 2.0)
    np.testing.assert_array_equal(_bar_colour(bar, 2.0), colors.sequential_lut()[-1])


@pytest.mark.parametrize(("activation", "low"), [("sigmoid", "0"), ("tanh", "−1")])
def test_the_two_class_map_says_what_its_ends_mean(boundary, activation, low):
    boundary.set_run(make_info(activation=activation, class_names=("red", "blue")))
    texts = [text for _, text in boundary.color_bar.named_ticks]
    assert texts[0] == f"{low}: class red" and texts[-1] == "1: class blue"
    np.testing.assert_array_equal(_bar_colour(boundary.color_bar, 1.0), colors.diverging_lut()[-1])


def test_k_classes_get_a_legend_of_class_colours_with_names(boundary):
    names = ("setosa", "versicolor", "virginica")
    boundary.set_run(make_info(n_classes=3, width=3, activation="softmax", class_names=names))
    bar = boundary.color_bar
    assert [text for _, text in bar.named_ticks] == list(names)
    for i, (value, _) in enumerate(bar.named_ticks):
        np.testing.assert_array_equal(_bar_colour(bar, value), colors.class_colors(3)[i])
    # The names are written in full: the bar's axis is as wide as the longest one.
    longest = QFontMetrics(bar.axis.style["tickFont"]).horizontalAdvance("versicolor")
    QApplication.processEvents()  # the layout takes the new width
    assert bar.axis.width() >= longest


def test_a_hovered_neuron_shows_its_own_scale_then_the_output_again(boundary):
    boundary.set_run(make_info(class_names=("a", "b")))
    boundary.show_neuron(np.zeros((10, 10)), (-2.0, 2.0), "layer 1, neuron 1")
    assert boundary.color_bar.levels() == (-2.0, 2.0) and boundary.color_bar.named_ticks == []
    boundary.show_neuron(None)
    assert boundary.color_bar.levels() == (0.0, 1.0)
    assert boundary.color_bar.named_ticks[-1][1] == "1: class b"


# ------------------------------------------------------------------- metrics table
def test_precision_and_recall_per_class_for_train_and_test(qtbot):
    view = MetricsView()
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    names = ("setosa", "versicolor", "virginica")
    train = np.array([[5, 1, 0], [2, 6, 2], [0, 0, 4]])
    test = np.array([[3, 0, 0], [0, 2, 1], [0, 0, 2]])
    view.show_metrics({"train": class_metrics(train), "test": class_metrics(test)}, names)
    table = view.table
    assert [table.verticalHeaderItem(r).text() for r in range(3)] == list(names)
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(3)]
    assert rows[0] == ["71.4 %", "83.3 %", "100.0 %", "100.0 %"]
    assert rows[1] == ["85.7 %", "60.0 %", "100.0 %", "66.7 %"]
    assert view.confusion.accuracy_label.text() == "Accuracy: 87.5 %"  # the test split
    assert cell_texts(view.confusion)[:3] == ["3", "0", "0"]
    # Nothing cut: every column and the class names fit in the table.
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    used = table.verticalHeader().width() + table.horizontalHeader().length()
    assert used <= table.width()
    view.show_metrics({"train": class_metrics(train)}, names)  # no test split
    assert table.item(0, 2).text() == "–"
    assert view.confusion.accuracy_label.text() == "Accuracy: 75.0 %"


@pytest.mark.parametrize(("width", "upright"), [(900, False), (220, True)])
def test_column_names_are_written_in_full_upright_when_cells_are_narrow(qtbot, width, upright):
    view = ConfusionView()
    qtbot.addWidget(view)
    view.resize(width, 260)
    view.show()
    qtbot.waitExposed(view)
    names = ("setosa", "versicolor", "virginica")
    view.show_matrix(class_metrics(np.eye(3, dtype=np.int64)), names)
    QApplication.processEvents()
    axis = view.plot.getAxis("bottom")
    assert axis.upright is upright and axis.names == names
    longest = QFontMetrics(axis.style["tickFont"]).horizontalAdvance("versicolor")
    if upright:
        QApplication.processEvents()
        assert axis.height() >= longest  # room for the longest name, standing
    else:
        assert view.cell_pixels() >= longest
    view.grab()


def test_metrics_shared_by_snapshots_are_drawn_once(qtbot, monkeypatch):
    """While training, snapshots share their metrics until they are recomputed: the matrix
    and the table are not drawn again for the same metrics."""
    view = MetricsView()
    qtbot.addWidget(view)
    view.show()
    drawn = []
    show_cells = view.confusion.show_cells
    monkeypatch.setattr(view.confusion, "show_cells", lambda *a: drawn.append(show_cells(*a)))
    names = ("a", "b")
    shared = {"train": class_metrics(np.array([[3, 1], [0, 4]]))}
    view.show_metrics(shared, names)
    view.show_metrics(shared, names)  # the next snapshot, same details
    assert len(drawn) == 1
    recomputed = {"train": class_metrics(np.array([[4, 0], [0, 4]]))}
    view.show_metrics(recomputed, names)
    assert len(drawn) == 2 and view.confusion.accuracy_label.text() == "Accuracy: 100.0 %"
    view.show_metrics(recomputed, ("c", "d"))  # other class names: drawn again
    assert len(drawn) == 3 and view.table.verticalHeaderItem(0).text() == "c"
    view.clear()
    view.show_metrics(recomputed, ("c", "d"))  # after a new run
    assert len(drawn) == 4


def test_matrix_counts_turn_white_on_dark_cells_and_back(qtbot):
    """Cell texts are written in white on dark cells; a cell that turns light again gets
    dark text, and the other cells keep theirs."""
    view = ConfusionView()
    qtbot.addWidget(view)
    view.show()

    def inks(matrix) -> list[str]:
        view.show_matrix(class_metrics(np.array(matrix)), ("a", "b"))
        return [text.textItem.defaultTextColor().name() for text in view.cell_texts]

    dark = inks([[9, 1], [1, 9]])
    assert dark[0] == dark[3] == "#ffffff" and dark[1] == dark[2] != "#ffffff"
    mixed = inks([[5, 5], [0, 9]])  # row a now split evenly: light cells
    assert mixed == [dark[1], dark[1], dark[1], "#ffffff"]
    assert inks([[9, 1], [1, 9]]) == dark


@pytest.mark.parametrize(("width", "stacked"), [(700, False), (300, True)])
def test_a_narrow_column_puts_the_table_under_the_matrix(qtbot, width, stacked):
    view = MetricsView()
    qtbot.addWidget(view)
    view.resize(width, 400)
    view.show()
    names = ("setosa", "versicolor", "virginica")
    split = class_metrics(np.eye(3, dtype=np.int64))
    view.show_metrics({"train": split, "test": split}, names)
    qtbot.waitUntil(lambda: view.stacked is stacked)
    QApplication.processEvents()
    matrix, table = view.confusion.geometry(), view.table.geometry()
    assert (table.top() >= matrix.bottom()) is stacked
    assert (table.left() >= matrix.right()) is not stacked
    assert matrix.height() > 0 and table.right() <= view.width()
    assert view.minimumSizeHint().width() < 700  # it can always stack


def test_the_table_text_follows_the_ui_scale(qtbot):
    from playground.ui.common.scale import ui_scale
    from playground.ui.views.metrics import TABLE_FONT_SHARE

    view = MetricsView()
    qtbot.addWidget(view)
    base = QApplication.font().pointSizeF()
    try:
        ui_scale().set_percent(200)
        assert view.table.font().pointSizeF() == pytest.approx(2 * base * TABLE_FONT_SHARE)
        assert view.table.horizontalHeader().font().pointSizeF() == view.table.font().pointSizeF()
    finally:
        ui_scale().set_percent(100)
    assert view.table.font().pointSizeF() == pytest.approx(base * TABLE_FONT_SHARE)


def test_the_colour_bar_grows_with_the_ui_scale_and_keeps_its_names_whole(qtbot, boundary):
    from playground.ui.common.scale import ui_scale

    boundary.set_run(make_info(class_names=("a", "a long class name")))
    bar = boundary.color_bar
    size = bar.axis.style["tickFont"].pointSizeF()
    try:
        ui_scale().set_percent(200)
        assert bar.axis.style["tickFont"].pointSizeF() == pytest.approx(2 * size)
        longest = QFontMetrics(bar.axis.style["tickFont"]).horizontalAdvance(
            "1: class a long class name"
        )
        assert bar.axis.minimumWidth() >= longest
    finally:
        ui_scale().set_percent(100)


@pytest.mark.parametrize("percent", [100, 200])
def test_the_first_and_last_epochs_are_labelled_inside_the_view(loss_view, percent):
    from playground.ui.common.scale import ui_scale

    ui_scale().set_percent(percent)
    try:
        append(loss_view, history(0, 201))  # epochs 0..200: the range is exactly 0..200
        axis = loss_view.accuracy_plot.getAxis("bottom")
        loss_view.grab()
        image = QImage(10, 10, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        texts = axis.generateDrawSpecs(painter)[2]
        painter.end()
        assert texts[0][2] == "0" and texts[-1][2] == "200"
        widget = loss_view._accuracy_widget
        last = widget.mapFromScene(axis.mapRectToScene(texts[-1][0])).boundingRect()
        assert last.right() <= widget.width()
    finally:
        ui_scale().set_percent(100)
