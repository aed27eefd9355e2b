"""The network graph: layout, hover texts with real numbers, toggles, inline edits, flags,
collapsed wide layers and drawing in bulk, driven with the mouse and keyboard. Where things
are drawn is read with `graph_probe`."""

import graph_probe as probe
import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from playground import building, experiment, shipped
from playground.engine.grid import plane_grid, tabular_grid
from playground.experiment import DataSpec, Experiment, FeatureSpec, NetworkSpec
from playground.run import run_info
from playground.snapshot import ParameterRef, take_snapshot
from playground.ui.common.number_text import parse_number
from playground.ui.graph import edge_style, equations, hits, maps
from playground.ui.graph import layout as graph_layout
from playground.ui.graph.captions import PAD
from playground.ui.graph.hits import Hit, HitKind
from playground.ui.graph.view import NetworkView

SIZE = (760, 720)


def make_run(exp: Experiment, epochs: int = 2):
    """(trainer, info, snapshot) for an experiment trained a few epochs."""
    raw = building.raw_dataset(exp)
    trainer = building.build(exp)
    trainer.run_epochs(epochs)
    if raw.domain is not None and raw.X_train.shape[1] == 2:
        grid = plane_grid(raw.domain, exp.features.selected)
    else:
        grid = tabular_grid(trainer.dataset, (0, 1))
    info = run_info(raw, trainer, grid)
    return trainer, info, take_snapshot(trainer, grid, generation=1, history_from=0), grid


@pytest.fixture(scope="module")
def default_run():
    return make_run(Experiment())


def open_view(qtbot, info, snapshot=None, size=SIZE) -> NetworkView:
    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.set_run(info)
    if snapshot is not None:
        view.show_snapshot(snapshot)
    return view


@pytest.fixture
def view(qtbot, default_run):
    _, info, snapshot, _ = default_run
    return open_view(qtbot, info, snapshot)


def hover(qtbot, view: NetworkView, point: QPointF) -> None:
    qtbot.mouseMove(view, point.toPoint())


def hover_text(qtbot, view: NetworkView, point: QPointF) -> str:
    hover(qtbot, view, point)
    return probe.tooltip_text(view)


def click(qtbot, view: NetworkView, point: QPointF) -> None:
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point.toPoint())


def empty_point(view: NetworkView) -> QPointF:
    """A point of the graph with nothing under it: right of the output column (layer 3)."""
    centre = probe.neuron_center(view, 3, 0)
    return QPointF(centre.x() + probe.node_size(view), centre.y())


# ------------------------------------------------------------------------ hovering
def test_hovering_an_edge_shows_its_weight_and_gradient(qtbot, view, default_run):
    _, _, snapshot, _ = default_run
    point = probe.edge_midpoint(view, 0, 1, 2)
    assert probe.edge_at(view, point) == (0, 1, 2)
    hover(qtbot, view, point)
    text = probe.tooltip_text(view)
    w = snapshot.weights[0][1, 2]
    assert f"w = {equations.precise(w)} (from x₂ to neuron 3 of layer 1)" in text
    assert f"∂L/∂w = {equations.precise(snapshot.gradients[0][0][1, 2])}" in text


def test_hovering_a_neuron_shows_its_equation_with_the_samples_numbers(qtbot, view, default_run):
    _, _, snapshot, _ = default_run
    row, zs, outs = snapshot.sample
    with qtbot.waitSignal(view.neuron_hovered) as entered:
        hover(qtbot, view, probe.neuron_center(view, 1, 2))
    assert entered.args == [1, 2]
    assert probe.neuron_at(view, probe.neuron_center(view, 1, 2)) == (1, 2)
    text = probe.tooltip_text(view)
    w, b = snapshot.weights[0][:, 2], snapshot.biases[0][2]
    assert f"sample #{row}" in text
    assert "z = " + equations.weighted_sum(w, ["x₁", "x₂"], b) in text
    assert f"= {equations.number(zs[0][2])}\n" in text
    assert f"a = tanh(z) = {equations.number(outs[1][2])}" in text
    # The numbers in the tooltip add up: z = w·x + b for the sample's inputs.
    assert zs[0][2] == pytest.approx(outs[0] @ w + b)
    with qtbot.waitSignal(view.hover_ended):
        hover(qtbot, view, empty_point(view))
    assert probe.tooltip_text(view) == ""
    hover(qtbot, view, probe.neuron_center(view, 2, 0))
    with qtbot.waitSignal(view.hover_ended):
        QApplication.sendEvent(view, QEvent(QEvent.Type.Leave))  # the mouse left the view
    assert view.neuron_title(1, 2) == "Neuron 3 of layer 1 (tanh)"


def test_a_new_run_ends_the_hover(qtbot, view, default_run):
    _, info, _, _ = default_run
    with qtbot.waitSignal(view.neuron_hovered):
        hover(qtbot, view, probe.neuron_center(view, 1, 0))
    with qtbot.waitSignal(view.hover_ended):
        view.set_run(info)
    assert probe.tooltip_text(view) == ""


def test_deeper_neurons_name_their_inputs_after_the_previous_layer(qtbot, view, default_run):
    _, _, snapshot, _ = default_run
    hover(qtbot, view, probe.neuron_center(view, 3, 0))
    text = probe.tooltip_text(view)
    assert "h₁…h₂: the outputs of layer 2" in text
    assert f"a = σ(z) = {equations.number(snapshot.sample.activations[3][0])}" in text


def test_hovering_an_input_node_does_not_announce_a_neuron(qtbot, view):
    with qtbot.assertNotEmitted(view.neuron_hovered):
        hover(qtbot, view, probe.neuron_center(view, 0, 0))
    assert probe.neuron_at(view, probe.neuron_center(view, 0, 0)) == (0, 0)
    assert "Input 1: x₁" in probe.tooltip_text(view)


def test_a_bias_marker_explains_the_bias(qtbot, view, default_run):
    _, _, snapshot, _ = default_run
    hover(qtbot, view, probe.bias_center(view, 2, 1))
    assert probe.neuron_at(view, probe.bias_center(view, 2, 1)) is None
    text = probe.tooltip_text(view)
    assert f"b = {equations.precise(snapshot.biases[1][1])} (bias of neuron 2 of layer 2)" in text
    assert f"∂L/∂b = {equations.precise(snapshot.gradients[1][1][1])}" in text


def test_before_any_training_step_gradients_are_not_computed_yet(qtbot):
    exp = Experiment()
    _, info, snapshot, _ = make_run(exp, epochs=0)
    view = open_view(qtbot, info, snapshot)
    hover(qtbot, view, probe.edge_midpoint(view, 1, 0, 0))
    assert "∂L/∂w: not computed yet" in probe.tooltip_text(view)
    view.set_show_gradients(True)  # draws without gradients
    view.set_show_labels(True)
    view.repaint()
    assert probe.edge_label_texts(view) == []


# ------------------------------------------------------------------------ toggles
def test_toggles_switch_between_weights_and_gradients_on_the_edges(qtbot, view, default_run):
    _, _, snapshot, _ = default_run
    assert not view.gradients_box.isChecked() and not view.labels_box.isChecked()
    assert probe.edge_label_texts(view) == []
    view.set_show_labels(True)
    assert view.labels_box.isChecked()
    weights = set(probe.edge_label_texts(view))
    all_weights = {equations.number(w) for W in snapshot.weights for w in W.ravel()}
    assert weights and weights <= all_weights
    qtbot.mouseClick(view.gradients_box, Qt.MouseButton.LeftButton)
    assert view.gradients_box.isChecked()
    gradients = set(probe.edge_label_texts(view))
    all_gradients = {equations.short(g, True) for G in snapshot.gradients[0] for g in G.ravel()}
    assert gradients and gradients <= all_gradients
    view.set_show_labels(False)
    assert probe.edge_label_texts(view) == [] and not view.labels_box.isChecked()
    view.grab()  # paints in either mode without warnings


# ------------------------------------------------------------------------ editing
def test_clicking_an_edge_edits_its_weight_with_a_decimal_comma(qtbot, view, default_run):
    _, _, snapshot, _ = default_run
    click(qtbot, view, probe.edge_midpoint(view, 0, 1, 2))
    assert view.editor.isVisible()
    assert parse_number(view.editor.text()) == pytest.approx(snapshot.weights[0][1, 2], abs=1e-4)
    assert view.editor.selectedText() == view.editor.text()
    qtbot.keyClicks(view.editor, "1,5")
    with qtbot.waitSignal(view.parameter_edit_requested) as edit:
        qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert edit.args == [ParameterRef(0, 1, 2), 1.5]
    assert not view.editor.isVisible()


def test_escape_cancels_an_edit(qtbot, view):
    click(qtbot, view, probe.edge_midpoint(view, 1, 3, 0))
    assert view.editor.isVisible()
    with qtbot.assertNotEmitted(view.parameter_edit_requested):
        qtbot.keyClicks(view.editor, "2")
        qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert not view.editor.isVisible()


def test_invalid_text_keeps_the_editor_open_with_a_message(qtbot, view):
    click(qtbot, view, probe.edge_midpoint(view, 2, 1, 0))
    with qtbot.assertNotEmitted(view.parameter_edit_requested):
        qtbot.keyClicks(view.editor, "abc")
        qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert view.editor.isVisible()
    assert "number" in view.editor.error
    qtbot.keyClick(view.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.editor, "-0,25")
    with qtbot.waitSignal(view.parameter_edit_requested) as edit:
        qtbot.keyClick(view.editor, Qt.Key.Key_Enter)
    assert edit.args == [ParameterRef(2, 1, 0), -0.25]


def test_clicking_a_bias_marker_edits_the_bias(qtbot, view):
    click(qtbot, view, probe.bias_center(view, 1, 3))
    assert view.editor.isVisible()
    qtbot.keyClicks(view.editor, "0.75")
    with qtbot.waitSignal(view.parameter_edit_requested) as edit:
        qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert edit.args == [ParameterRef(0, None, 3), 0.75]


# ------------------------------------------------------------------------ inputs
def test_clicking_input_nodes_toggles_features(qtbot, view, default_run):
    _, info, _, _ = default_run
    assert probe.shown_nodes(view, 0) == list(range(len(info.selectable_features)))
    square = info.selectable_features.index("x1^2")
    assert probe.edge_midpoint(view, 0, 0, 0)  # x1 has edges; x1^2 is not an input, so none
    with pytest.raises(LookupError):
        probe.edge_midpoint(view, 0, square, 0)
    hover(qtbot, view, probe.neuron_center(view, 0, square))
    assert "not an input" in probe.tooltip_text(view)
    with qtbot.waitSignal(view.feature_toggled) as toggled:
        click(qtbot, view, probe.neuron_center(view, 0, square))
    assert toggled.args == ["x1^2"]
    with qtbot.waitSignal(view.feature_toggled) as toggled:
        click(qtbot, view, probe.neuron_center(view, 0, 0))
    assert toggled.args == ["x1"]


def test_edges_of_selected_features_start_at_their_input_node(qtbot):
    exp = Experiment(features=FeatureSpec(selected=("x1", "x1^2")))
    _, info, snapshot, _ = make_run(exp)
    view = open_view(qtbot, info, snapshot)
    square = info.selectable_features.index("x1^2")
    edge = probe.edge_midpoint(view, 0, 1, 0)  # W[0][1] is x1^2, the network's second input
    assert probe.edge_at(view, edge) == (0, 1, 0)
    hover(qtbot, view, edge)
    assert "from x₁² to neuron 1 of layer 1" in probe.tooltip_text(view)
    # Just right of the x₁² node, its edges start.
    right = probe.neuron_center(view, 0, square)
    while probe.neuron_at(view, right) is not None:
        right += QPointF(1, 0)
    assert probe.edge_at(view, right + QPointF(2, 0))[:2] == (0, 1)


# ------------------------------------------------------------------------ structure
def test_headers_give_shapes_and_the_total_matches_the_engine(view, default_run):
    trainer, info, _, _ = default_run
    assert info.layer_params == tuple(block.size for block in trainer.net.blocks)
    assert info.n_params == trainer.net.n_params
    assert probe.header_texts(view) == [
        ("2 × 4", "12 params"),
        ("4 × 2", "10 params"),
        ("2 × 1", "3 params"),
    ]
    assert trainer.net.n_params == 25
    assert view.total_label.text() == "25 parameters"


def test_sample_chooser_emits_the_chosen_row(qtbot, view, default_run):
    _, info, _, _ = default_run
    assert view.sample_box.maximum() == len(info.train_xy) - 1
    with qtbot.waitSignal(view.sample_changed) as changed:
        view.sample_box.setValue(7)
    assert changed.args == [7]


def test_flags_mark_dead_and_saturated_neurons(qtbot):
    exp = Experiment(network=NetworkSpec(hidden=(3, 3), activations=("relu", "tanh")))
    trainer = building.build(exp)
    trainer.net.set_bias(0, 1, -100.0)  # negative on every point: a dead ReLU
    trainer.net.weights[1][...] *= 50.0  # |z| far beyond 4: saturated tanh
    trainer.net.biases[1][...] = 5.0
    grid = plane_grid((-6, 6), ("x1", "x2"))
    info = run_info(building.raw_dataset(exp), trainer, grid)
    snapshot = take_snapshot(trainer, grid, generation=1, history_from=0)
    view = open_view(qtbot, info, snapshot)
    flags = probe.flagged_neurons(view)
    assert flags[1, 1] == "dead"
    assert {flags.get((2, j)) for j in range(3)} == {"saturated"}
    expected = {
        (layer, int(j)): name
        for layer, (dead, saturated) in enumerate(snapshot.flags, start=1)
        for name, mask in (("saturated", saturated), ("dead", dead))
        for j in np.flatnonzero(mask)
    }
    assert flags == expected
    hover(qtbot, view, probe.neuron_center(view, 1, 1))
    assert "Dead ReLU: outputs 0 on every training point" in probe.tooltip_text(view)
    hover(qtbot, view, probe.neuron_center(view, 2, 0))
    assert "Saturated: |z| > 4 on most training points" in probe.tooltip_text(view)
    view.grab()


def test_a_stale_snapshot_of_another_network_is_ignored(qtbot, view, default_run):
    _, _, other, _ = make_run(Experiment(network=NetworkSpec(hidden=(3,), activations=("tanh",))))
    view.show_snapshot(other)
    hover(qtbot, view, probe.edge_midpoint(view, 0, 0, 3))  # the 2 × 4 layer is still shown
    _, _, snapshot, _ = default_run
    assert equations.precise(snapshot.weights[0][0, 3]) in probe.tooltip_text(view)


# ------------------------------------------------------------------------ wide layers
def test_wide_layers_collapse_to_a_few_nodes_and_edges(qtbot):
    exp = Experiment(
        data=DataSpec(name="digits"), network=NetworkSpec(hidden=(32,), activations=("tanh",))
    )
    _, info, snapshot, _ = make_run(exp, epochs=1)
    view = open_view(qtbot, info)
    view.show_snapshot(snapshot)
    view.repaint()
    # 64 × 32 × 10 has 2368 weights; only the edges between shown nodes are drawn.
    assert len(probe.drawn_edges(view)) == 6 * 6 + 6 * 10
    assert len(view.scene.plain) == 6 + 6 + 10  # one fill per shown node
    assert probe.shown_nodes(view, 0) == [0, 1, 2, 3, 4, 63]
    assert probe.count_label(view, 0) == "(64)"
    assert len(probe.shown_nodes(view, 1)) <= 7 and probe.count_label(view, 1) == "(32)"
    assert probe.shown_nodes(view, 2) == list(range(10)) and probe.count_label(view, 2) == ""
    assert probe.header_texts(view)[0] == ("64 × 32", "2080 params")
    hover(qtbot, view, probe.neuron_center(view, 1, 31))
    assert "…" in probe.tooltip_text(view)  # 64 terms are abbreviated
    assert probe.edge_at(view, probe.edge_midpoint(view, 1, 31, 9)) == (1, 31, 9)
    view.set_show_labels(True)
    assert probe.edge_label_texts(view) == []  # more than 16 inputs per neuron: no numbers
    assert "output neuron 7 (class 6)" in hover_text(qtbot, view, probe.neuron_center(view, 2, 6))


def test_tabular_nodes_are_filled_with_the_samples_values(qtbot):
    exp = Experiment(
        data=DataSpec(name="iris"), network=NetworkSpec(hidden=(5,), activations=("tanh",))
    )
    _, info, snapshot, _ = make_run(exp)
    view = open_view(qtbot, info, snapshot)
    image = view.grab().toImage()
    for layer, activation in ((0, "linear"), (1, "tanh"), (2, "softmax")):
        values = snapshot.sample.activations[layer]
        expected = maps.value_colors(values, activation)
        for j in range(len(values)):
            centre = probe.neuron_center(view, layer, j)
            # Left of the centre: clear of the value written in the node.
            pixel = image.pixelColor((centre - QPointF(probe.node_size(view) * 0.4, 0)).toPoint())
            assert pixel.rgb() == int(expected[j]), (layer, j)


def test_snapshots_of_a_deep_net_draw_in_bulk(qtbot):
    exp = Experiment(
        data=DataSpec(name="spiral"),
        network=NetworkSpec(hidden=(8,) * 6, activations=("tanh",) * 6),
    )
    _, info, snapshot, _ = make_run(exp, epochs=1)
    view = open_view(qtbot, info, size=(800, 900))
    for show_gradients in (False, True):
        view.set_show_gradients(show_gradients)  # the scale under the graph takes room
        scene = view.scene
        lines = {id(line) for line in scene.lines}
        for _ in range(2):
            view.show_snapshot(snapshot)
            view.repaint()
        # A frame reuses the scene and its lines: it only regroups them under a few pens.
        assert view.scene is scene
        assert {id(line) for line in probe.drawn_edges(view)} == lines
        assert probe.pen_count(view) <= 2 * edge_style.N_PEN_WIDTHS
        # Every neuron's map is a slice of one image.
        neurons = sum(len(column.nodes) for column in scene.layout.columns[1:])
        assert scene.maps.height() == neurons * maps.MAP_SIZE


# ------------------------------------------------------------------------ helpers
def test_weighted_sums_are_signed_and_long_ones_abbreviated():
    text = equations.weighted_sum(np.array([0.4213, -1.3]), ["x₁", "x₂"], 0.1)
    assert text == "0.42·x₁ − 1.30·x₂ + 0.10"
    values = equations.weighted_values(np.array([0.5, -2.0]), np.array([-1.0, 0.25]), -0.1, -1.1)
    assert values == "0.50·(−1.00) − 2.00·0.25 − 0.10 = −1.10"
    names = [equations.hidden_name(k) for k in range(8)]
    long = equations.weighted_sum(np.ones(8), names, 0.0)
    assert long == "1.00·h₁ + 1.00·h₂ + 1.00·h₃ + … + 1.00·h₈ + 0.00"
    assert equations.number(-0.001) == "0.00"
    assert equations.precise(-3.1e-5) == "−3.10·10⁻⁵"
    assert equations.short(-0.004, True) == "4·10⁻³"


def test_layout_collapses_wide_columns_and_centres_them():
    layout = graph_layout.layout_graph([np.arange(64), np.arange(3), np.arange(1)], 0, 0, 600, 400)
    first, middle, last = layout.columns
    assert first.nodes.tolist() == [0, 1, 2, 3, 4, 63] and first.ellipsis_y is not None
    assert middle.ys.mean() == pytest.approx(200) and last.ys[0] == pytest.approx(200)
    assert len(layout.edges) == 6 * 3 + 3
    assert graph_layout.node_at(layout, middle.x, middle.ys[1]) == (1, 1)


def test_hits_name_what_is_under_a_point():
    unused = graph_layout.NO_UNIT
    units = [np.array([0, unused, 1]), np.arange(2), np.arange(1)]
    layout = graph_layout.layout_graph(units, 0, 0, 600, 400)
    inputs, hidden, _ = layout.columns
    assert len(layout.edges) == 2 * 2 + 2  # the unused input has no edges
    assert hits.hit_at(layout, inputs.x, inputs.ys[1]) == Hit(HitKind.NODE, 0, 1)
    assert hits.hit_at(layout, inputs.x, inputs.ys[1]).is_input
    bias = graph_layout.bias_center(layout, 1, 1)
    hit = hits.hit_at(layout, *bias)  # the marker wins over the node it sits on
    assert hit == Hit(HitKind.BIAS, 1, 1)
    assert hits.parameter(layout, hit) == ParameterRef(0, None, 1)
    edge = int(np.flatnonzero((layout.edges.layer == 0) & (layout.edges.i == 1))[-1])
    hit = hits.hit_at(layout, *layout.edges.point(edge, 0.5))
    assert hit.kind is HitKind.EDGE and hits.parameter(layout, hit) == ParameterRef(0, 1, 1)
    assert hits.hit_at(layout, 599, 5) is None


def test_feature_maps_put_the_largest_x2_on_top():
    pixels = maps.feature_maps(("x1", "x2"), (-1.0, 1.0), (-2.0, 2.0))
    x2 = pixels[maps.MAP_SIZE :]
    assert (x2[0] == maps.to_argb(np.array([2.0]), -2.0, 2.0)[0]).all()
    assert (x2[-1] == maps.to_argb(np.array([-2.0]), -2.0, 2.0)[0]).all()


def test_edge_buckets_follow_sign_magnitude_and_log_gradient():
    buckets = edge_style.weight_buckets(np.array([-5.0, -0.0, 0.1, 5.0]))
    n = edge_style.N_PEN_WIDTHS
    assert buckets.tolist() == [n - 1, 0, n, 2 * n - 1]
    grads = edge_style.gradient_buckets(np.array([0.0, 1e-7, 1e-3, 1.0, 10.0]))
    assert grads.tolist() == [0, 0, round((n - 1) / 2), n - 1, n - 1]


def test_map_levels_follow_the_activation():
    assert maps.levels("tanh", np.zeros(3)) == (-1.0, 1.0)
    assert maps.levels("sigmoid", np.zeros(3)) == (0.0, 1.0)
    low, high = maps.levels("relu", np.array([[0.0, 3.0], [0.0, 0.0]]), axis=1)
    assert low.tolist() == [-3.0, -1.0] and high.tolist() == [3.0, 1.0]
    assert maps.levels("elu", np.array([[-0.5, 2.0]])) == (-2.0, 2.0)
    grid = np.arange(60 * 60 * 3, dtype=np.float32).reshape(60, 60, 3)
    small = maps.downsample(grid, np.array([2, 0]))
    assert small.shape == (2, maps.MAP_SIZE, maps.MAP_SIZE)
    assert small[0, 0, 0] == grid[59, 0, 2] and small[1, -1, -1] == grid[0, 59, 0]  # y upwards
    pixels = maps.to_argb(np.array([-1.0, 0.0, 1.0]), -1.0, 1.0)
    assert pixels[1] == maps.DIVERGING[128] and pixels[0] == maps.DIVERGING[0]


# ------------------------------------------------------------- legends and names
def test_numbers_label_every_edge_of_the_default_network_on_its_own_line(qtbot, view):
    qtbot.mouseClick(view.labels_box, Qt.MouseButton.LeftButton)
    labels = probe.edge_labels(view)
    edges = view.scene.layout.edges
    assert sorted(ref for ref, _, _ in labels) == sorted(
        zip(edges.layer.tolist(), edges.i.tolist(), edges.j.tolist())
    )  # every edge exactly once
    for ref, centre, _ in labels:
        assert probe.distance_to_edge(view, ref, centre) < 0.5
    boxes = [label.box for label in view.scene.numbers.shown()]
    assert not any(a.intersects(b) for k, a in enumerate(boxes) for b in boxes[k + 1 :])
    assert "every edge" in view.labels_box.toolTip()


def test_numbers_of_a_crowded_layer_appear_on_hover(qtbot):
    exp = Experiment(
        data=DataSpec(name="digits"), network=NetworkSpec(hidden=(32,), activations=("tanh",))
    )
    _, info, snapshot, _ = make_run(exp, epochs=1)
    view = open_view(qtbot, info, snapshot)
    view.set_show_labels(True)
    assert probe.edge_labels(view) == []  # 64 inputs: no numbers until the mouse points
    hover(qtbot, view, probe.neuron_center(view, 1, 2))
    labels = probe.edge_labels(view)
    assert {ref for ref, _, _ in labels} == {(0, i, 2) for i in probe.shown_nodes(view, 0)}
    for ref, centre, text in labels:
        assert probe.distance_to_edge(view, ref, centre) < 0.5
        assert text == equations.number(snapshot.weights[0][ref.row, ref.column])
    hover(qtbot, view, probe.edge_midpoint(view, 1, 31, 9))
    assert [ref for ref, _, _ in probe.edge_labels(view)] == [(1, 31, 9)]


def test_gradients_mode_draws_its_log_scale(qtbot, view):
    assert probe.gradient_scale(view) == []
    qtbot.mouseClick(view.gradients_box, Qt.MouseButton.LeftButton)
    assert probe.gradient_scale(view) == ["10⁻⁶", "10⁻⁴", "10⁻²", "1"]
    titles = [c for c in probe.captions(view) if c.style.name == "TITLE"]
    scale_top = view._graph_rect().bottom() - 2 * view._painter.metrics.height()
    assert all(c.box.bottom() <= scale_top for c in titles)  # the scale has its own room
    view.grab()


def test_activations_show_their_display_names_in_the_graph(qtbot):
    exp = Experiment(network=NetworkSpec(hidden=(3,), activations=("leaky_relu",)))
    _, info, snapshot, _ = make_run(exp)
    view = open_view(qtbot, info, snapshot)
    texts = [c.text for c in probe.captions(view)]
    assert "Leaky ReLU" in texts and not any("_" in text for text in texts)
    assert view.neuron_title(1, 0) == "Neuron 1 of layer 1 (Leaky ReLU)"
    assert "a = Leaky ReLU(z)" in hover_text(qtbot, view, probe.neuron_center(view, 1, 0))


@pytest.mark.parametrize("name", ["default", "spiral_6x8", "iris_softmax", "digits"])
@pytest.mark.parametrize("points", [12.0, 16.0])
def test_large_text_neither_cuts_the_toolbar_nor_overlaps_the_captions(qtbot, name, points):
    exp = experiment.load(shipped.experiment_file(name))
    _, info, snapshot, _ = make_run(exp, epochs=1)
    view = open_view(qtbot, info, snapshot, size=(420, 560))
    font = view.font()
    font.setPointSizeF(points)
    view.setFont(font)
    view.resize(420, 561)
    for widget in (view.gradients_box, view.labels_box, view.total_label, view.sample_box):
        assert widget.width() >= widget.sizeHint().width()
        assert widget.x() >= 0 and widget.geometry().right() < view.width()
    assert view.total_label.text() == f"{info.n_params} parameters"
    boxes = [c.box for c in probe.captions(view) if c.text]
    assert not any(a.intersects(b) for k, a in enumerate(boxes) for b in boxes[k + 1 :])
    metrics, half = view._painter.metrics, probe.node_size(view) / 2
    room_left = probe.neuron_center(view, 0, 0).x() - half - PAD
    assert all(metrics.horizontalAdvance(text) <= room_left for text in view.scene.input_labels)
    room_right = view.width() - probe.neuron_center(view, len(info.layer_sizes) - 1, 0).x() - half
    for text in view.scene.output_names:  # the class names
        assert metrics.horizontalAdvance(text) + PAD <= room_right


def test_a_new_frame_repaints_the_graph_but_not_the_widgets_under_it(qtbot, default_run):
    """The graph paints every pixel itself, so a frame does not repaint its parents."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    _, info, snapshot, _ = default_run
    parent = QWidget()
    qtbot.addWidget(parent)
    view = NetworkView()
    QVBoxLayout(parent).addWidget(view)
    parent.resize(*SIZE)
    parent.show()
    qtbot.waitExposed(parent)
    view.set_run(info)
    qtbot.wait(50)  # the first paint of everything
    painted: list[QObject] = []

    class PaintProbe(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                painted.append(watched)
            return False

    paint_probe = PaintProbe()
    for widget in (parent, view):
        widget.installEventFilter(paint_probe)
    view.show_snapshot(snapshot)
    qtbot.waitUntil(lambda: view in painted)
    QApplication.processEvents()
    assert parent not in painted


def test_nodes_and_bias_markers_may_grow_with_the_ui_scale():
    """In a large area a node is as big as MAX_NODE times the scale allows."""
    units = [np.arange(2), np.arange(1)]
    normal = graph_layout.layout_graph(units, 0, 0, 1600, 1200)
    large = graph_layout.layout_graph(units, 0, 0, 1600, 1200, scale=2.0)
    assert normal.node_size == graph_layout.MAX_NODE
    assert large.node_size == 2 * graph_layout.MAX_NODE
    assert large.bias_size == 2 * normal.bias_size
    small = graph_layout.layout_graph(units, 0, 0, 160, 100, scale=2.0)
    assert small.node_size < graph_layout.MAX_NODE  # room decides in a small area


def test_edges_and_outlines_widen_with_the_ui_scale(qtbot, view, default_run):
    from playground.ui.common.scale import ui_scale

    widths = {pen.widthF() for pen, _ in view.scene.edge_groups}
    try:
        ui_scale().set_percent(200)
        qtbot.waitUntil(lambda: view._painter.scale == 2.0)
        view.show_snapshot(default_run[2])
        doubled = {pen.widthF() for pen, _ in view.scene.edge_groups}
        assert doubled == {2 * w for w in widths}
    finally:
        ui_scale().set_percent(100)


def test_inputs_and_captions_drawn_once_still_follow_the_hover_and_the_scene(qtbot, view):
    """The inputs and the captions come from a pixmap drawn once; hovering an input, or a
    new scene, draws it again, so what is shown is always current."""
    centre, half = probe.neuron_center(view, 0, 0), probe.node_size(view) / 2
    border = QPointF(centre.x() - half - 1, centre.y()).toPoint()  # on the outline

    def border_colour():
        return view.grab().toImage().pixelColor(border).name()

    before = border_colour()
    hover(qtbot, view, centre)
    qtbot.waitUntil(lambda: QColor(border_colour()).lightness() < 40)  # the black hover outline
    hover(qtbot, view, empty_point(view))
    qtbot.waitUntil(lambda: border_colour() == before)
    header = view.grab().toImage()
    view.set_show_gradients(True)  # the scale under the graph: another still part
    assert probe.gradient_scale(view)
    assert view.grab().toImage() != header
