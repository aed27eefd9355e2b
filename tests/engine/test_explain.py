"""The text `explain` writes: numbers to a fixed count of significant digits, and big
matrices cut with "…" while their shapes stay whole."""

import dataclasses

import numpy as np
import pytest

from playground import experiment, shipped
from playground.engine.backprop import trace
from playground.engine.network import Network
from playground.explain import MAX_SHOWN, explain_text, matrix, number, rows_trace, vector
from playground.run import build_run


def test_numbers_have_four_significant_digits():
    assert [number(v) for v in (0.574443, -12.5, 1.23456e-5, 0.0)] == [
        "0.5744",
        "-12.5",
        "1.235e-05",
        "0",
    ]
    assert vector([1.0, 2.0]) == "[1  2]"
    assert vector(range(MAX_SHOWN + 3)).endswith("  …]")


def test_matrices_are_aligned_and_cut():
    lines = matrix(np.array([[1.0, -0.25], [10.0, 2.0]]), "  ")
    assert lines == ["  [    1  -0.25]", "  [   10      2]"]
    big = matrix(np.ones((MAX_SHOWN + 4, MAX_SHOWN + 4)), "")
    assert len(big) == MAX_SHOWN + 1 and big[-1] == "…"
    assert all(line.endswith(" …]") for line in big[:-1])


def test_a_wide_network_is_written_out_without_every_number():
    net = Network([784, 256, 10], ["relu", "softmax"], seed=0)
    rng = np.random.default_rng(0)
    result = trace(net, rng.random((1, 784)), [3], "cross_entropy")
    names = [f"p{i}" for i in range(784)]
    text = explain_text(result, 0, 0.1, names, np.eye(10)[3], "cross_entropy")
    assert "W⁽¹⁾ (784 × 256) =" in text and "∂L/∂W⁽¹⁾ = a⁽⁰⁾ᵀ δ⁽¹⁾ (784 × 256) =" in text
    assert len(text.splitlines()) < 200
    assert "a⁽²⁾ − y  (softmax with its loss: the terms cancel)" in text
    assert "+ …" in text  # a hidden neuron's ten paths, cut after six


def _trainer(optimizer: str = "sgd", reg: str = "none"):
    exp = experiment.from_json(shipped.example("iris_softmax").read_text())
    training = dataclasses.replace(
        exp.training, optimizer=optimizer, regularization=reg, reg_rate=0.01 if reg else 0.0
    )
    return build_run(dataclasses.replace(exp, training=training)).trainer


def test_rows_are_traced_together_with_what_the_update_needs():
    trainer = _trainer("adam", "l2")
    traced = rows_trace(trainer, 3, 4)
    assert traced.rows == (3, 4, 5, 6) and traced.epoch == trainer.epoch
    assert (traced.lr, traced.loss, traced.optimizer, traced.penalty) == (
        trainer.lr,
        "cross_entropy",
        "adam",
        True,
    )
    X, Y = trainer.dataset.X_train[3:7], trainer.Y_train[3:7]
    alone = trace(trainer.net, X, Y, trainer.loss)
    np.testing.assert_array_equal(traced.trace.layers[0].dW, alone.layers[0].dW)
    assert traced.targets.shape == (4, 3) and (traced.targets.sum(axis=1) == 1).all()


@pytest.mark.parametrize(("first", "count"), [(-1, 1), (10_000, 1), (0, 0), (2, 10_000)])
def test_rows_that_do_not_exist_are_named(first, count):
    with pytest.raises(ValueError, match="rows|--sample"):
        rows_trace(_trainer(), first, count)
