"""The text `explain` writes: numbers to a fixed count of significant digits, and big
matrices cut with "…" while their shapes stay whole."""

import numpy as np

from playground.engine.backprop import trace
from playground.engine.network import Network
from playground.explain import MAX_SHOWN, explain_text, matrix, number, vector


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
