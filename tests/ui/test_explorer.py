"""The activation explorer: f and f' at a draggable marker, the derivative as a limit, the
properties card, softmax with its Jacobian and cross-entropy, and the depth picture.

Numbers are checked against the engine and against formulas written out here independently.
"""

import math

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from playground.engine import activations
from playground.ui.common.number_text import significant
from playground.ui.explorer import ActivationExplorer
from playground.ui.explorer.derivative_demo import EXPONENTS
from playground.ui.explorer.function_plot import N_POINTS
from playground.ui.explorer.properties import CARDS, PLOTTED


@pytest.fixture
def explorer(qtbot):
    widget = ActivationExplorer()
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def function_tab(explorer):
    return explorer.function_tab


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def drag(view, start: QPointF, end: QPointF) -> None:
    """Press, move in steps and release the left button over a QGraphicsView, in viewport
    pixels. (QTest's mouseMove carries no button state, which a drag needs.)"""
    viewport = view.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    steps = [(QEvent.Type.MouseButtonPress, start, left, left)]
    steps += [
        (QEvent.Type.MouseMove, start + (end - start) * t, none, left) for t in (0.25, 0.5, 1.0)
    ]
    steps.append((QEvent.Type.MouseButtonRelease, end, left, none))
    for kind, pos, button, buttons in steps:
        event = QMouseEvent(
            kind, pos, viewport.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(viewport, event)


# ------------------------------------------------------------------ f, f' and the marker
@pytest.mark.parametrize(
    "name, alpha",
    [("sigmoid", None), ("tanh", None), ("relu", None), ("softplus", None),
     ("leaky_relu", 0.3), ("elu", 0.5), ("step", None), ("arctan", None)],
)  # fmt: skip
def test_values_at_the_marker_are_the_engines(explorer, function_tab, name, alpha):
    explorer.set_function(name)
    if alpha is not None:
        explorer.set_alpha(alpha)
    engine = activations.get(name, alpha)
    for x0 in (-2.5, -0.4, 0.7, 3.0):
        function_tab.set_marker(x0)
        x, f0, slope = function_tab.marker_values()
        assert x == pytest.approx(x0)
        assert f0 == engine.f(np.array([x0]))[0]
        assert slope == engine.df(np.array([x0]))[0]
        assert function_tab.marker_spin.value() == pytest.approx(x0)
        text = function_tab.readout.text()
        assert significant(f0) in text and significant(slope) in text
        _, ys = function_tab.plot.points.getData()
        np.testing.assert_allclose(ys, [f0, slope])


def test_leaky_relu_alpha_changes_the_slope_left_of_zero(explorer, function_tab):
    explorer.set_function("leaky_relu")
    assert explorer.chooser.alpha_spin.isEnabled()
    assert explorer.chooser.alpha_spin.value() == activations.DEFAULT_ALPHA["leaky_relu"]
    function_tab.set_marker(-2.0)
    assert function_tab.marker_values()[1:] == pytest.approx((-0.02, 0.01))
    explorer.set_alpha(0.25)
    assert function_tab.marker_values()[1:] == pytest.approx((-0.5, 0.25))
    _, f_values = function_tab.plot.f_curve.getData()
    assert f_values[0] == pytest.approx(0.25 * -6.0)
    explorer.set_function("relu")
    assert not explorer.chooser.alpha_spin.isEnabled()
    explorer.set_function("leaky_relu")  # remembers its own α
    assert explorer.chooser.alpha_spin.value() == pytest.approx(0.25)


def test_curves_are_the_engines_f_and_df_over_the_x_range(qtbot, explorer, function_tab):
    explorer.set_function("tanh")
    x, y = function_tab.plot.f_curve.getData()
    assert len(x) == N_POINTS and (x[0], x[-1]) == (-6.0, 6.0)
    np.testing.assert_array_equal(y, np.tanh(x))
    dx, dy = function_tab.plot.df_curve.getData()
    np.testing.assert_allclose(dy, 1.0 / np.cosh(dx) ** 2, atol=1e-12)
    # The user types a new right end into its spin box.
    function_tab.high_spin.selectAll()
    qtbot.keyClicks(function_tab.high_spin, "2")
    x, _ = function_tab.plot.f_curve.getData()
    assert (x[0], x[-1]) == (-6.0, 2.0)
    assert function_tab.plot.plot.getViewBox().viewRange()[0] == pytest.approx([-6.0, 2.0])


def test_marker_line_and_spin_box_follow_each_other(qtbot, explorer, function_tab):
    explorer.set_function("sigmoid")
    function_tab.marker_spin.selectAll()
    qtbot.keyClicks(function_tab.marker_spin, "1.5")
    assert function_tab.plot.marker.value() == pytest.approx(1.5)
    # Drag the line from x = 1.5 to x = -1 at mid-height.
    view, box = function_tab.plot.plot_widget, function_tab.plot.plot.getViewBox()
    y_mid = float(np.mean(box.viewRange()[1]))

    def pixel(x):
        return QPointF(view.mapFromScene(box.mapViewToScene(QPointF(x, y_mid))))

    drag(view, pixel(1.5), pixel(-1.0))
    assert function_tab.plot.marker.value() == pytest.approx(-1.0, abs=0.05)
    assert function_tab.marker_spin.value() == pytest.approx(
        function_tab.plot.marker.value(), abs=0.005
    )
    assert function_tab.marker_values()[2] == pytest.approx(sigmoid(-1.0) * sigmoid(1.0), abs=0.02)


def test_the_marker_stays_inside_the_x_range(function_tab):
    function_tab.set_marker(5.0)
    function_tab.set_x_range(-3.0, 3.0)
    assert function_tab.marker_values()[0] == 3.0
    function_tab.set_marker(-10.0)
    assert function_tab.marker_values()[0] == -3.0


@pytest.mark.parametrize("name, x0", [("sigmoid", 0.7), ("tanh", -1.3), ("leaky_relu", -2.0)])
def test_tangent_touches_f_at_the_marker_with_slope_f_prime(explorer, function_tab, name, x0):
    explorer.set_function(name)
    function_tab.set_marker(x0)
    engine = activations.get(name)
    f0, slope = engine.f(np.array([x0]))[0], engine.df(np.array([x0]))[0]
    x, y = function_tab.plot.tangent.getData()
    assert (y[-1] - y[0]) / (x[-1] - x[0]) == pytest.approx(slope)
    assert np.interp(x0, x, y) == pytest.approx(f0)


# ------------------------------------------------------------ the derivative as a limit
def test_numeric_derivative_error_shrinks_with_epsilon_for_a_smooth_function(
    explorer, function_tab
):
    explorer.set_function("sigmoid")
    function_tab.set_marker(0.7)
    exact = sigmoid(0.7) * (1.0 - sigmoid(0.7))
    errors = []
    for k in EXPONENTS:
        function_tab.set_epsilon_exponent(k)
        eps = 10.0**-k
        value, error = function_tab.numeric_derivative()
        assert value == pytest.approx((sigmoid(0.7 + eps) - sigmoid(0.7)) / eps, abs=1e-9)
        assert error == pytest.approx(abs(value - exact), abs=1e-9)
        assert function_tab.demo.epsilon_label.text().endswith(f"10⁻{'¹²³⁴⁵⁶'[k - 1]}")
        assert function_tab.demo.table.currentRow() == k - 1
        errors.append(error)
    # In float64 the forward difference at 0.7 stays first-order down to ε = 10⁻⁶: each
    # tenfold smaller ε gives a roughly tenfold smaller error.
    ratios = np.array(errors[:-1]) / np.array(errors[1:])
    assert np.all(ratios > 5.0) and np.all(ratios < 20.0), errors


def test_numeric_derivative_does_not_converge_at_the_relu_kink(explorer, function_tab):
    explorer.set_function("relu")
    function_tab.set_marker(0.0)
    results = []
    for k in EXPONENTS:
        function_tab.set_epsilon_exponent(k)
        results.append(function_tab.numeric_derivative())
    # From the right the quotient is always 1; the derivative used at 0 is 0.
    assert results == [(1.0, 1.0)] * len(EXPONENTS)


def test_clicking_a_table_row_chooses_that_epsilon(qtbot, function_tab):
    table = function_tab.demo.table
    rect = table.visualItemRect(table.item(4, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert function_tab.demo.slider.value() == 5
    assert function_tab.demo.epsilon_label.text() == "ε = 10⁻⁵"


# ------------------------------------------------------------------------- overlays
def test_checking_an_overlay_shows_its_curve_and_unchecking_hides_it(qtbot, explorer, function_tab):
    explorer.set_function("sigmoid")
    overlay = function_tab.overlay_list
    tanh_item = next(
        overlay.item(i)
        for i in range(overlay.count())
        if overlay.item(i).data(Qt.ItemDataRole.UserRole) == "tanh"
    )
    curve = function_tab.plot.overlays["tanh"]
    assert not curve.isVisible()
    overlay.setFocus()
    overlay.setCurrentItem(tanh_item)
    qtbot.keyClick(overlay, Qt.Key.Key_Space)
    assert tanh_item.checkState() == Qt.CheckState.Checked
    assert curve.isVisible()
    x, y = curve.getData()
    np.testing.assert_array_equal(y, np.tanh(x))
    qtbot.keyClick(overlay, Qt.Key.Key_Space)
    assert not curve.isVisible()


def test_overlays_never_draw_the_main_function_twice(explorer, function_tab):
    explorer.set_function("sigmoid")
    function_tab.set_overlay(["sigmoid", "relu"])
    assert function_tab.plot.overlays["relu"].isVisible()
    assert not function_tab.plot.overlays["sigmoid"].isVisible()
    explorer.set_function("tanh")
    assert function_tab.plot.overlays["sigmoid"].isVisible()
    colours = {
        function_tab.plot.overlays[n].opts["pen"].color().name() for n in ("sigmoid", "relu")
    }
    assert len(colours) == 2
    function_tab.set_overlay([])
    assert not any(curve.isVisible() for curve in function_tab.plot.overlays.values())


# ---------------------------------------------------------------- the properties card
def test_every_plotted_function_has_a_card():
    assert set(CARDS) == set(PLOTTED)
    assert "softmax" not in PLOTTED


def test_relu_card_says_the_derivative_is_undefined_at_zero(explorer, function_tab):
    explorer.set_function("relu")
    assert "undefined at x = 0" in function_tab.card.text()
    assert "max(0, x)" in function_tab.card.text()
    explorer.set_function("elu")
    explorer.set_alpha(0.5)
    assert "α = 0.5" in function_tab.card.text()


# ---------------------------------------------------------------------------- softmax
@pytest.fixture
def softmax(explorer):
    explorer.show_tab(explorer.softmax_tab)
    return explorer.softmax_tab


def test_chooser_is_hidden_on_the_softmax_tab(explorer, softmax):
    assert not explorer.chooser.isVisible()
    explorer.show_tab(explorer.depth_tab)
    assert explorer.chooser.isVisible()


def test_softmax_probabilities_and_jacobian(softmax):
    x = np.array([2.0, 1.0, 0.1, -0.5])
    softmax.set_values(x)
    softmax.set_temperature(2.0)
    p = softmax.probabilities()
    expected = np.exp(x / 2.0) / np.exp(x / 2.0).sum()
    np.testing.assert_allclose(p, expected)
    assert p.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(softmax.probability_chart.bars.opts["height"], p)
    jacobian = softmax.jacobian_shown()
    np.testing.assert_allclose(jacobian, activations.get("softmax").jacobian(x / 2.0)[0])
    np.testing.assert_allclose(jacobian, np.diag(expected) - np.outer(expected, expected))
    np.testing.assert_array_equal(softmax.jacobian_view.image_item.image, jacobian)
    assert softmax.jacobian_view.image_item.getLevels() == pytest.approx((-0.25, 0.25))
    assert len(softmax.jacobian_view.cell_texts) == 16
    assert softmax.jacobian_view.cell_texts[0].toPlainText() == f"{jacobian[0, 0]:.2f}"


def test_cell_texts_are_reused_while_k_is_unchanged(softmax):
    softmax.set_values([1.0, 2.0, 3.0])
    texts = list(softmax.jacobian_view.cell_texts)
    softmax.set_values([0.5, -1.0, 2.0])
    assert softmax.jacobian_view.cell_texts == texts
    softmax.set_values([0.5, -1.0])
    assert len(softmax.jacobian_view.cell_texts) == 4


def test_temperature_flattens_or_sharpens_the_probabilities(softmax):
    softmax.set_values([2.0, 1.0, 0.1])
    entropies = []
    for t in (0.1, 0.5, 1.0, 2.0, 10.0):
        softmax.set_temperature(t)
        p = softmax.probabilities()
        entropies.append(-np.sum(p * np.log(p)))
    assert np.all(np.diff(entropies) > 0)
    assert entropies[-1] < math.log(3)  # never past uniform


def test_cross_entropy_and_its_gradient(qtbot, softmax):
    softmax.set_values([2.0, 1.0, 0.1])
    softmax.target_spin.selectAll()
    qtbot.keyClicks(softmax.target_spin, "1")
    softmax.set_temperature(0.5)
    p = softmax.probabilities()
    assert softmax.cross_entropy() == pytest.approx(-math.log(p[1]))
    np.testing.assert_allclose(softmax.gradient(), p - np.array([0.0, 1.0, 0.0]), atol=1e-12)
    np.testing.assert_allclose(softmax.gradient_chart.bars.opts["height"], softmax.gradient())
    assert significant(softmax.cross_entropy()) in softmax.readout.text()


def test_the_input_count_follows_the_spin_box(qtbot, softmax):
    softmax.set_values([2.0, 1.0, 0.1])
    softmax.k_spin.selectAll()
    qtbot.keyClicks(softmax.k_spin, "5")
    assert len(softmax.values()) == 5
    assert sum(spin.isVisible() for _, spin in softmax.value_spins) == 5
    assert softmax.jacobian_shown().shape == (5, 5)
    assert softmax.target_spin.maximum() == 4


# ------------------------------------------------------------------------------ depth
def test_depth_products(explorer):
    depth = explorer.depth_tab
    explorer.set_function("sigmoid")
    depth.set_depth(10)
    assert depth.product_at(10) == pytest.approx(0.25**10, rel=1e-6)
    assert "0.25¹⁰" in depth.value_label.text()
    assert "9.5 × 10⁻⁷" in depth.value_label.text()
    assert depth.depth_line.value() == 10
    explorer.set_function("relu")
    assert depth.product_at(10) == 1.0
    explorer.set_function("tanh")
    assert depth.product_at(20) == pytest.approx(1.0)


def test_max_derivative_follows_alpha(explorer):
    depth = explorer.depth_tab
    assert depth.max_derivative("leaky_relu", 2.0) == 2.0
    assert depth.max_derivative("leaky_relu") == 1.0
    assert depth.max_derivative("elu", 0.5) == 1.0
    assert depth.max_derivative("softplus") == pytest.approx(1.0, abs=1e-8)
    assert depth.max_derivative("step") == 0.0
    explorer.set_function("elu")
    explorer.set_alpha(2.0)
    assert depth.product_at(3) == pytest.approx(8.0)


def test_depth_plot_handles_a_zero_product(explorer):
    explorer.set_function("step")
    depth = explorer.depth_tab
    assert depth.product_at(5) == 0.0
    _, y = depth.chosen_curve.getData()
    assert np.all(np.isfinite(y))


def test_the_explorer_shows_activations_by_their_display_names(explorer, function_tab):
    combo = explorer.chooser.combo
    chosen = [combo.itemText(i) for i in range(combo.count())]
    overlay = function_tab.overlay_list
    overlaid = [overlay.item(i).text() for i in range(overlay.count())]
    for shown in (chosen, overlaid):
        assert "Leaky ReLU" in shown and "Sigmoid" in shown
        assert not any("_" in text for text in shown)
    explorer.set_function("leaky_relu")
    explorer.show_tab(explorer.depth_tab)
    assert explorer.depth_tab.value_label.text().startswith("Leaky ReLU (α = ")
