"""Decision-boundary grids: where the points are and what the network sees there."""

import numpy as np
import pytest

from playground.engine import Network, datasets
from playground.engine.grid import default_axes, feature_plane, plane_grid, tabular_grid


def test_plane_grid_is_row_major_and_feeds_the_features():
    grid = plane_grid((-6.0, 6.0), ("x1", "x2", "x1*x2"), resolution=5)
    assert grid.inputs.shape == (25, 3) and grid.inputs.dtype == np.float32
    # pixel [i, j] = (x_values[j], y_values[i]): row 1, column 3 is point 1 * 5 + 3
    x, y = grid.x_values[3], grid.y_values[1]
    np.testing.assert_allclose(grid.inputs[1 * 5 + 3], [x, y, x * y], rtol=1e-6)


def test_feature_plane_gives_each_feature_over_the_plane_with_y_upwards():
    values = feature_plane((-1.0, 3.0), (0.0, 2.0), ("x1", "x2", "x1^2"), resolution=5)
    assert values.shape == (5, 5, 3)
    # [i, j] is (x_j, y_i): x grows along a row, y along a column, both from their low end.
    np.testing.assert_allclose(values[0, :, 0], np.linspace(-1.0, 3.0, 5))
    np.testing.assert_allclose(values[:, 0, 1], np.linspace(0.0, 2.0, 5))
    np.testing.assert_allclose(values[..., 2], values[..., 0] ** 2)
    grid = plane_grid((-6.0, 6.0), ("x1", "x1*x2"), resolution=4)
    plane = feature_plane((-6.0, 6.0), (-6.0, 6.0), ("x1", "x1*x2"), resolution=4)
    np.testing.assert_allclose(grid.inputs, plane.reshape(16, 2), rtol=1e-6)


def test_evaluate_gives_every_layer_as_an_image():
    net = Network([2, 3, 1], activations=["tanh", "sigmoid"], seed=0)
    grid = plane_grid((-6.0, 6.0), ("x1", "x2"), resolution=7)
    hidden, output = grid.evaluate(net)
    assert hidden.shape == (7, 7, 3) and output.shape == (7, 7, 1)
    point = np.array([[grid.x_values[2], grid.y_values[4]]])
    np.testing.assert_allclose(output[4, 2], net.predict(point)[0], atol=1e-6)


def test_evaluate_survives_an_exploded_network():
    net = Network([2, 1], activations=["linear"], init="zeros")
    net.weights[0][:] = 1e300
    (output,) = plane_grid((-6.0, 6.0), ("x1", "x2"), resolution=4).evaluate(net)
    assert np.isfinite(output).all()


def test_tabular_grid_holds_the_other_columns_at_their_mean():
    ds = datasets.make("iris")
    grid = tabular_grid(ds, (2, 3), resolution=6)
    mean = ds.X_train.mean(axis=0)
    np.testing.assert_allclose(grid.inputs[:, [0, 1]], np.tile(mean[[0, 1]], (36, 1)), rtol=1e-6)
    assert grid.x_range[0] < ds.X_train[:, 2].min() and grid.x_range[1] > ds.X_train[:, 2].max()


def test_default_axes_skip_constant_columns():
    X = np.array([[0.0, 5.0, 1.0, 2.0], [0.0, 5.0, 3.0, 4.0]])
    assert default_axes(X) == (2, 3)
    assert default_axes(np.ones((3, 1))) == (0, 0)


@pytest.mark.parametrize("axes", [(2, 3), (3, 0), (1, 1)])
def test_tabular_grid_evaluates_as_the_network_does_on_its_inputs(axes):
    ds = datasets.make("iris")
    net = Network([4, 5, 3], activations=["tanh", "softmax"], seed=2)
    grid = tabular_grid(ds, axes, resolution=6)
    layers = grid.evaluate(net)
    for got, want in zip(layers, net.layer_outputs(grid.inputs, np.float32)):
        np.testing.assert_allclose(got, want.reshape(6, 6, -1), rtol=1e-5, atol=1e-6)


def test_default_axes_of_one_repeated_row_are_two_columns():
    """Mazur's lesson: the same row four times; i1 against i2, not i1 against itself."""
    assert default_axes(np.tile([0.05, 0.10], (4, 1))) == (0, 1)
    assert default_axes(np.array([[1.0, 5.0, 7.0], [1.0, 6.0, 7.0]])) == (1, 0)
    assert default_axes(np.ones((3, 1))) == (0, 0)
