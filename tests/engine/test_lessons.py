"""The lessons: every file loads, in order, in both languages, and a broken one is refused
naming the file and the field; then, lesson by lesson, what its text says happens does
happen in the engine (runs built as the window builds them, kept small and short)."""

import dataclasses
import functools
import json
import re

import numpy as np
import pytest
import test_import_direction

from playground import lessons, shipped
from playground.engine import activations, backprop, descent, inspection, shapes, single_neuron
from playground.engine.network import Network
from playground.fields import ExperimentError
from playground.lessons import LessonError, read_lesson, starting_state
from playground.run import build_run
from playground.trained_state import restore

# The course's order (the list of lessons).
KEYS = (
    "dot_product",
    "perceptron_gates",
    "adaline_vs_perceptron",
    "sales_neuron",
    "derivative_limit",
    "learning_rate",
    "zero_initialisation",
    "dying_relu",
    "vanishing_gradients",
    "spiral",
    "backprop_by_hand",
    "iris_softmax",
    "digits",
    "l2_regularisation",
    "parameter_count",
)
WINDOW_TABS = ("network", "explorer", "backprop", "neuron", "rate", "shapes", "summary")


@functools.cache
def _lessons() -> dict:
    return {lesson.key: lesson for lesson in lessons.load_lessons()}


def _run(key: str, **changes):
    """The lesson's run as the window builds it, with `changes` to its training section
    (or `network=`, `features=` sections replaced), and its given weights applied."""
    lesson = _lessons()[key]
    exp = lesson.experiment
    sections = {k: changes.pop(k) for k in ("network", "features", "data") if k in changes}
    exp = dataclasses.replace(exp, training=dataclasses.replace(exp.training, **changes))
    exp = dataclasses.replace(exp, **sections)
    start = None if lesson.weights is None else starting_state(lesson.weights)
    return build_run(exp, lesson.base_dir, state=start)


def _trained(key: str, epochs: int, **changes):
    trainer = _run(key, **changes).trainer
    trainer.run_epochs(epochs)
    return trainer


# ------------------------------------------------------------------ the files
def test_the_fifteen_lessons_load_in_the_course_order():
    loaded = lessons.load_lessons()
    assert tuple(lesson.key for lesson in loaded) == KEYS
    assert [lesson.number for lesson in loaded] == list(range(1, 16))
    assert {lesson.tab for lesson in loaded} <= set(WINDOW_TABS)
    assert set(lessons.SETUPS) == set(WINDOW_TABS)


@pytest.mark.parametrize("key", KEYS)
def test_each_lesson_has_every_part_in_both_languages(key):
    lesson = _lessons()[key]
    english, portuguese = lesson.text("en"), lesson.text("pt_BR")
    assert lesson.text("fr") == english
    for text in (english, portuguese):
        assert all((text.title, text.shows, text.notice, text.question))
        assert 2 <= len(text.tries) <= 4
        assert "?" in text.question
    assert english != portuguese and len(english.tries) == len(portuguese.tries)
    prose = [portuguese.shows, *portuguese.tries, portuguese.notice, portuguese.question]
    assert not any(re.search(r"\d\.\d", line) for line in prose)  # decimal commas
    english_prose = [english.shows, *english.tries, english.notice, english.question]
    assert not any(re.search(r"\d,\d", line) for line in english_prose)  # decimal points


@pytest.mark.parametrize("key", KEYS)
def test_each_lesson_builds_its_run(key):
    run = _run(key)
    assert run.trainer.evaluate()["train_loss"] >= 0


def _lesson_file(**changes) -> str:
    d = json.loads(shipped.resource("lessons", "11_backprop_by_hand.json").read_text("utf-8"))
    d.update(changes)
    return json.dumps({k: v for k, v in d.items() if v is not None})


@pytest.mark.parametrize(
    ("name", "changes", "message"),
    [
        ("11_backprop_by_hand.json", {"title": {"en": "Only English"}}, "title: must be"),
        ("11_backprop_by_hand.json", {"try": {"en": ["one"], "pt_BR": ["um"]}}, "try.en:"),
        ("11_backprop_by_hand.json", {"tab": "graph"}, "tab: 'graph' is not allowed"),
        ("11_backprop_by_hand.json", {"setup": {"row": 0}}, "setup.row: unknown setting"),
        ("11_backprop_by_hand.json", {"setup": {}}, "setup.sample: required"),
        (
            "11_backprop_by_hand.json",
            {"weights": {"W": [[[1]], [[1]]], "b": [[1], [1]]}},
            "weights: layer 1 needs W (1 × 2) and b (2)",
        ),
        ("11_backprop_by_hand.json", {"example": "default"}, "give either experiment"),
        ("11_backprop_by_hand.json", {"colour": "red"}, "colour: unknown field"),
        ("12_backprop_by_hand.json", {}, "number and key must be"),
        ("backprop.json", {}, "the file name must be NN_key.json"),
    ],
)
def test_a_broken_lesson_is_refused_naming_the_file_and_field(name, changes, message):
    with pytest.raises(LessonError, match=re.escape(message)) as error:
        read_lesson(name, _lesson_file(**changes))
    assert str(error.value).startswith(f"{name}: ")


def test_a_broken_experiment_is_refused_naming_its_field():
    d = json.loads(_lesson_file())
    d["experiment"]["data"]["n"] = 1
    with pytest.raises(LessonError, match=r"^11_backprop_by_hand.json: experiment\.data\.n: "):
        read_lesson("11_backprop_by_hand.json", json.dumps(d))
    with pytest.raises(LessonError, match="not valid JSON: line 1"):
        read_lesson("11_backprop_by_hand.json", "{")


def test_the_lessons_module_is_qt_free():
    imports = test_import_direction._runtime_imports(test_import_direction.PACKAGE / "lessons.py")
    assert not {m for m in imports if m.split(".")[0] in test_import_direction.QT}
    assert not {m for m in imports if m.startswith("playground.ui")}


# ------------------------------------------------------------- 1. dot product
def test_1_the_bill_is_15_and_x_dot_w_scores_each_day():
    bill = shapes.PRESETS["bill"]
    assert shapes.compute(bill.A, bill.B)[0, 0] == pytest.approx(15.0)
    sales = shapes.PRESETS["sales"]
    np.testing.assert_array_equal(sales.B[:, 0], [4.0, 3.0, -1.0])
    scores = shapes.compute(sales.A, sales.B)
    assert scores.shape == (4, 1)  # (4 × 3) · (3 × 1): one score per day
    np.testing.assert_allclose(scores[:, 0], sales.A @ [4.0, 3.0, -1.0])
    with pytest.raises(shapes.ShapeError, match="Transposing A fits"):
        columns = shapes.PRESETS["columns"]
        shapes.compute(columns.A, columns.B)
    assert _run("dot_product").info.layer_sizes == (3, 1)  # X · w + b through one neuron


# ------------------------------------------------------------- 2. the perceptron
@pytest.mark.parametrize(("data", "separable"), [("and", True), ("or", True), ("xor_gate", False)])
def test_2_the_perceptron_separates_and_and_or_but_never_xor(data, separable):
    lesson = _lessons()["perceptron_gates"]
    exp = dataclasses.replace(
        lesson.experiment, data=dataclasses.replace(lesson.experiment.data, name=data)
    )
    trainer = build_run(exp).trainer
    trainer.run_epochs(100)
    settled = trainer.net.params.copy()
    trainer.run_epochs(20)
    assert (trainer.evaluate()["train_accuracy"] == 1.0) == separable
    assert np.array_equal(trainer.net.params, settled) == separable  # no mistake, no change
    lab = single_neuron.Lab(data, "perceptron")
    for _ in range(single_neuron.MAX_PLAY_EPOCHS):
        lab.run_epoch(0.1, online=True)
    assert lab.separated == separable


def test_2_xor_learns_with_a_hidden_layer():
    exp = _lessons()["perceptron_gates"].experiment
    spec = dataclasses.replace  # the lab's "Add a hidden layer": 4 tanh neurons, sigmoid, bce
    exp = spec(
        exp,
        data=spec(exp.data, name="xor_gate"),
        network=spec(exp.network, hidden=(4,), activations=("tanh",), output_activation="sigmoid"),
        training=spec(exp.training, rule="backprop", loss="bce", lr=0.5, batch_size=4),
    )
    trainer = build_run(exp).trainer
    trainer.run_epochs(300)
    assert trainer.evaluate()["train_accuracy"] == 1.0


# ------------------------------------------------------------- 3. Adaline
def test_3_both_separate_and_but_adaline_settles_near_the_least_squares_line():
    adaline = _trained("adaline_vs_perceptron", 200)
    perceptron = _trained("adaline_vs_perceptron", 200, rule="perceptron")
    assert adaline.evaluate()["train_accuracy"] == perceptron.evaluate()["train_accuracy"] == 1.0
    np.testing.assert_allclose(adaline.net.params, [1.0, 1.0, -1.5], atol=0.1)  # x₁ + x₂ = 1.5
    settled = perceptron.net.params.copy()
    perceptron.run_epochs(20)
    assert np.array_equal(perceptron.net.params, settled)  # the perceptron stopped

    def margin(params):  # the distance from the line to the nearest point
        w, b = params[:2], params[2]
        X = adaline.dataset.X_train
        return np.min(np.abs(X @ w + b)) / np.linalg.norm(w)

    assert margin(perceptron.net.params) < 0.1 < 0.25 < margin(adaline.net.params)
    before = adaline.history["train_loss"][50]  # right everywhere long before epoch 50
    assert (
        adaline.history["train_accuracy"][50] == 1.0 and adaline.history["train_loss"][-1] < before
    )


# ------------------------------------------------------------- 4. sales neuron
def test_4_the_sales_neuron_finds_4_3_minus_1_and_the_threshold_20():
    trainer = _trained("sales_neuron", 200)
    w, b = trainer.net.weights[0][:, 0], trainer.net.biases[0][0]
    rule = np.array([4.0, 3.0, -1.0])
    assert w @ rule / (np.linalg.norm(w) * np.linalg.norm(rule)) > 0.99
    scaled = 4 * w / w[0]
    np.testing.assert_allclose(scaled, rule, atol=0.25)
    assert -4 * b / w[0] == pytest.approx(20.0, abs=1.0)
    assert trainer.evaluate()["test_accuracy"] > 0.97


# ------------------------------------------------------------- 5. the derivative
def test_5_the_secants_of_w_squared_at_3_approach_6():
    square = descent.COSTS["square"]
    for eps in (1.0, 0.5, 0.1, 0.01, 0.002, 0.001):
        assert descent.secant(square, 3.0, eps) == pytest.approx(6.0 + eps, abs=1e-9)
    assert descent.secant(square, 3.0, 0.001) == pytest.approx(6.001, abs=1e-9)
    assert square.dJ(np.float64(3.0)) == 6.0
    cube = descent.COSTS["cube"]
    assert descent.secant(cube, 3.0, 0.001) == pytest.approx(27.0, abs=0.01)  # 3w² at 3


# ------------------------------------------------------------- 6. learning rates
def test_6_too_small_crawls_good_settles_too_large_runs_away():
    square = descent.COSTS["square"]
    rates = square.rates
    small, good, large = (descent.descend(square, 3.0, rates[k], 20) for k in rates)
    assert rates == {"too small": 0.01, "good": 0.1, "too large": 1.2}
    assert abs(small.w[-1]) > 1.5  # 3 · 0.98²⁰ ≈ 2.0: crawling
    assert abs(good.w[-1]) < 0.1  # 3 · 0.8²⁰ ≈ 0.035: settled
    assert large.overshoots and abs(large.w[-1]) > 3.0  # 3 · (−1.4)²⁰: away
    np.testing.assert_allclose(large.w, 3.0 * (-1.4) ** np.arange(21))
    assert descent.descend(square, 3.0, 1.2, 200).diverged
    assert descent.descend(square, 3.0, 0.5, 1).w[-1] == 0.0  # the minimum in one step
    flipping = descent.descend(square, 3.0, 0.75, 10)  # factor −0.5: flips, still shrinks
    assert flipping.overshoots and abs(flipping.w[-1]) < abs(flipping.w[0])


# ------------------------------------------------------------- 7. zero initialisation
def test_7_zero_initialisation_keeps_the_hidden_neurons_identical():
    trainer = _trained("zero_initialisation", 300)
    W, v, b = trainer.net.weights[0], trainer.net.weights[1], trainer.net.biases[0]
    assert np.ptp(W, axis=1).max() == 0.0 and np.ptp(v) == 0.0 and np.ptp(b) == 0.0
    assert np.abs(W).max() > 0.0  # they did learn, all alike
    assert trainer.evaluate()["test_accuracy"] < 0.75  # like one neuron: one line
    xavier = _trained(
        "zero_initialisation", 300, network=_network("zero_initialisation", init="xavier")
    )
    assert np.ptp(xavier.net.weights[0], axis=1).min() > 0.1
    assert xavier.evaluate()["test_accuracy"] > 0.95


def _network(key: str, **changes):
    return dataclasses.replace(_lessons()[key].experiment.network, **changes)


# ------------------------------------------------------------- 8. dying ReLU
def _dead(trainer) -> list[int]:
    flags = inspection.neuron_flags(trainer.net, trainer.dataset.X_train)
    return [int(dead.sum()) for dead, _ in flags[:-1]]


def test_8_a_learning_rate_of_2_kills_relu_neurons_and_003_does_not():
    assert _dead(_run("dying_relu").trainer) == [0, 0]
    trainer = _trained("dying_relu", 100)
    dead = _dead(trainer)
    assert dead[1] == 8  # the whole second layer: the output sees constants
    assert trainer.evaluate()["test_accuracy"] < 0.6
    outputs = trainer.net.layer_outputs(trainer.dataset.X_train)[1]
    assert np.all(outputs == 0.0)
    assert _dead(_trained("dying_relu", 100, lr=0.03)) == [0, 0]


# ------------------------------------------------------------- 9. vanishing gradients
def _gradient_norms(trainer) -> np.ndarray:
    _, dW, _ = trainer.net.backward(trainer.dataset.X_train, trainer.Y_train, trainer.loss)
    return np.array([np.linalg.norm(g) for g in dW])


def test_9_deep_sigmoid_gradients_shrink_towards_the_input():
    sigmoid = activations.get("sigmoid")
    assert sigmoid.df(np.linspace(-20, 20, 4001)).max() == pytest.approx(0.25)
    assert round(0.25**6, 4) == 0.0002
    trainer = _run("vanishing_gradients").trainer
    norms = _gradient_norms(trainer)
    assert np.all(np.diff(norms) > 0)  # every layer nearer the input gets less
    assert norms[-1] / norms[0] > 1000
    trainer.run_epochs(50)
    norms = _gradient_norms(trainer)
    assert np.all(np.diff(norms) > 0) and norms[-1] / norms[0] > 1000
    losses = trainer.history["train_loss"]
    assert abs(losses[-1] - losses[0]) < 0.01  # the loss hardly moves
    tanh = _network("vanishing_gradients", activations=("tanh",) * 6)
    assert _trained("vanishing_gradients", 300, network=tanh).evaluate()["test_accuracy"] > 0.95


# ------------------------------------------------------------- 10. the spiral
def test_10_depth_or_features_solve_the_spiral_where_one_plain_layer_does_not():
    plain = _trained("spiral", 300).evaluate()["test_accuracy"]
    deep = _network("spiral", hidden=(8,) * 4, activations=("tanh",) * 4)
    deep_accuracy = _trained("spiral", 300, network=deep).evaluate()["test_accuracy"]
    features = dataclasses.replace(
        _lessons()["spiral"].experiment.features,
        selected=("x1", "x2", "x1^2", "x2^2", "sin_x1", "sin_x2"),
    )
    featured = _trained("spiral", 300, features=features).evaluate()["test_accuracy"]
    assert 0.65 < plain < 0.8  # "stops at around 75 %"
    assert deep_accuracy > 0.9 and featured > 0.9


# ------------------------------------------------------------- 11. backprop by hand
# Matt Mazur, "A Step by Step Backpropagation Example" (2015): his published numbers.
MAZUR = {
    "net_h1": 0.3775,
    "out_h1": 0.593269992,
    "out_h2": 0.596884378,
    "out_o1": 0.75136507,
    "out_o2": 0.772928465,
    "E_o1": 0.274811083,
    "E_o2": 0.023560026,
    "E_total": 0.298371109,
    "dE_dw5": 0.082167041,
    "w5": 0.35891648,
    "w6": 0.408666186,
    "w7": 0.511301270,
    "w8": 0.561370121,
    "dEo1_douth1": 0.055399425,
    "dE_douth1": 0.036350306,
    "w1": 0.149780716,
    "w2": 0.19956143,
    "w3": 0.24975114,
    "w4": 0.29950229,
}


def test_11_the_lesson_network_gives_mazurs_numbers_up_to_o1():
    run = _run("backprop_by_hand")
    trainer = run.trainer
    assert run.info.layer_sizes == (2, 2, 1) and trainer.loss.name == "mse"
    assert trainer.history["train_loss"][0] == pytest.approx(MAZUR["E_o1"], abs=1e-9)
    X, Y = trainer.dataset.X_train, trainer.Y_train
    assert np.all(X == [0.05, 0.10]) and np.all(Y == 0.01)  # four copies of his example
    hidden, output = backprop.trace(trainer.net, X[:1], Y[:1], trainer.loss).layers
    assert hidden.z[0, 0] == pytest.approx(MAZUR["net_h1"], abs=1e-12)
    np.testing.assert_allclose(hidden.a[0], [MAZUR["out_h1"], MAZUR["out_h2"]], atol=1e-9)
    assert output.a[0, 0] == pytest.approx(MAZUR["out_o1"], abs=1e-8)
    assert output.dW[0, 0] == pytest.approx(MAZUR["dE_dw5"], abs=1e-9)
    new_W, _ = output.gradient_step(trainer.lr)
    np.testing.assert_allclose(new_W[:, 0], [MAZUR["w5"], MAZUR["w6"]], atol=1e-8)
    assert hidden.dL_da[0, 0] == pytest.approx(MAZUR["dEo1_douth1"], abs=1e-9)
    trainer.run_epochs(1)  # one epoch: one step on the mean of the four equal rows
    np.testing.assert_allclose(trainer.net.weights[1][:, 0], [MAZUR["w5"], MAZUR["w6"]], atol=1e-8)


def test_11_the_engine_gives_every_number_of_mazurs_two_output_network():
    """What the lesson cannot show (a second target column), the engine does compute: his
    whole 2 → 2 → 2 network with the engine's mse (½Σ(a − y)², the mean over one row)."""
    net = Network([2, 2, 2], ["sigmoid", "sigmoid"])
    W1, W2 = np.array([[0.15, 0.25], [0.20, 0.30]]), np.array([[0.40, 0.50], [0.45, 0.55]])
    net.load_parameters([W1, W2], [np.array([0.35, 0.35]), np.array([0.60, 0.60])])
    traced = backprop.trace(net, np.array([[0.05, 0.10]]), np.array([[0.01, 0.99]]), "mse")
    hidden, output = traced.layers
    assert traced.loss == pytest.approx(MAZUR["E_total"], abs=1e-9)
    np.testing.assert_allclose(output.a[0], [MAZUR["out_o1"], MAZUR["out_o2"]], atol=1e-8)
    assert hidden.dL_da[0, 0] == pytest.approx(MAZUR["dE_douth1"], abs=1e-9)
    new_W2, _ = output.gradient_step(0.5)
    np.testing.assert_allclose(
        new_W2, [[MAZUR["w5"], MAZUR["w7"]], [MAZUR["w6"], MAZUR["w8"]]], atol=1e-8
    )
    new_W1, _ = hidden.gradient_step(0.5)
    np.testing.assert_allclose(
        new_W1, [[MAZUR["w1"], MAZUR["w3"]], [MAZUR["w2"], MAZUR["w4"]]], atol=1e-8
    )


def test_11_weights_for_another_network_are_refused():
    trainer = _run("dot_product").trainer
    start = starting_state(_lessons()["backprop_by_hand"].weights)
    with pytest.raises(ExperimentError, match=r"state.weights\[0\]: shape \(2, 2\) does not"):
        restore(trainer, start)


# ------------------------------------------------------------- 12. iris
def test_12_iris_softmax_separates_setosa_and_confuses_only_the_other_two():
    trainer = _trained("iris_softmax", 200)
    assert trainer.net.output_activation == "softmax" and trainer.loss.name == "cross_entropy"
    assert trainer.evaluate()["test_accuracy"] > 0.9
    matrix = trainer.confusion_matrix("test")
    assert trainer.dataset.class_names[0] == "setosa"
    assert matrix[0, 1:].sum() == matrix[1:, 0].sum() == 0
    p = activations.get("softmax").f(np.array([[2.0, 1.0, 0.0]]))[0]
    assert p.argmax() == 0 and p[0] > 0.5
    assert -np.log(0.01) == pytest.approx(4.6, abs=0.01) and -np.log(0.9) == pytest.approx(
        0.1, abs=0.01
    )


# ------------------------------------------------------------- 13. digits
def test_13_digits_64_32_10_passes_90_percent_within_a_few_epochs():
    run = _run("digits")
    assert run.info.layer_sizes == (64, 32, 10) and run.info.image_side == 8
    assert run.info.layer_params[0] == 32 * 65
    trainer = run.trainer
    before = trainer.net.weights[0].copy()
    trainer.run_epochs(5)
    assert trainer.evaluate()["test_accuracy"] > 0.9
    assert not np.allclose(trainer.net.weights[0], before)


# ------------------------------------------------------------- 14. L2
def test_14_l2_shrinks_the_weights_and_narrows_the_gap():
    def facts(trainer):
        e = trainer.evaluate()
        size = np.sqrt(sum((w**2).sum() for w in trainer.net.weights))
        return size, e["test_loss"] - e["train_loss"], e

    plain = _trained("l2_regularisation", 300)
    assert len(plain.dataset.X_train) == 40
    l2 = _trained("l2_regularisation", 300, regularization="l2", reg_rate=0.01)
    size, gap, e = facts(plain)
    size_l2, gap_l2, e_l2 = facts(l2)
    assert size_l2 < size / 2  # several times smaller
    assert gap_l2 < gap / 2 and e_l2["test_loss"] < e["test_loss"] / 2
    assert e["train_loss"] < 0.01 < e_l2["train_loss"]  # at the price of a higher train loss
    assert e_l2["test_accuracy"] >= e["test_accuracy"]
    assert plain.history["test_loss"][-1] > 2 * min(plain.history["test_loss"])  # it climbs


# ------------------------------------------------------------- 15. summary
def test_15_three_four_four_one_has_41_parameters():
    info = _run("parameter_count").info
    assert info.layer_sizes == (3, 4, 4, 1)
    assert info.layer_params == (16, 20, 5) and info.n_params == 41
    wider = _run("parameter_count", network=_network("parameter_count", hidden=(5, 4)))
    assert wider.info.n_params == 41 + 8
