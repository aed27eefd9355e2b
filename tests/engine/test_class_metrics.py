"""Precision, recall and accuracy from a confusion matrix, against a hand-worked example."""

import math

import numpy as np

from playground.engine import targets


def test_class_metrics_of_a_hand_worked_matrix():
    # true 0: 5 right, 1 taken for class 1; true 1: 2 taken for 0, 6 right, 2 taken for 2;
    # true 2: 4 right. Column sums 7, 7, 6; row sums 6, 10, 4; 15 right of 20.
    matrix = np.array([[5, 1, 0], [2, 6, 2], [0, 0, 4]])
    metrics = targets.class_metrics(matrix)
    assert metrics.accuracy == 15 / 20
    np.testing.assert_allclose(metrics.precision, [5 / 7, 6 / 7, 4 / 6])
    np.testing.assert_allclose(metrics.recall, [5 / 6, 6 / 10, 4 / 4])


def test_a_class_never_predicted_has_no_precision_and_an_empty_matrix_no_accuracy():
    metrics = targets.class_metrics(np.array([[3, 0], [2, 0]]))
    assert math.isnan(metrics.precision[1]) and metrics.recall[1] == 0.0
    assert math.isnan(targets.class_metrics(np.zeros((2, 2), int)).accuracy)


def test_class_metrics_agree_with_accuracy_of_the_labels():
    rng = np.random.default_rng(0)
    y, predicted = rng.integers(0, 4, 50), rng.integers(0, 4, 50)
    metrics = targets.class_metrics(targets.confusion_matrix(predicted, y, 4))
    assert metrics.accuracy == targets.accuracy(predicted, y)
    for k in range(4):
        assert metrics.recall[k] == np.mean(predicted[y == k] == k)
        assert metrics.precision[k] == np.mean(y[predicted == k] == k)
