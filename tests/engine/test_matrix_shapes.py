"""Matrix shapes, checked by hand: the course's shopping bill, the column vectors that need
a transpose, the sales neuron and one layer X · W + b."""

import numpy as np
import pytest

from playground.engine import shapes
from playground.engine.shapes import PRESETS, ShapeError, bias_shape, compute, product_shape


def test_the_shopping_bill_is_15():
    bill = PRESETS["bill"]
    assert product_shape(bill.A.shape, bill.B.shape) == (1, 1)
    assert compute(bill.A, bill.B)[0, 0] == pytest.approx(0 * 1.99 + 2 * 2.50 + 1 * 10)
    assert compute(bill.A, bill.B)[0, 0] == pytest.approx(15.0)


def test_two_column_vectors_need_a_transpose_and_the_message_says_which():
    columns = PRESETS["columns"]
    with pytest.raises(ShapeError) as error:
        compute(columns.A, columns.B)
    message = str(error.value)
    assert message.startswith("A (3 × 1) · B (3 × 1) is not defined: A has 1 column but B has 3")
    assert "Transposing A fits: Aᵀ (1 × 3) · B (3 × 1) is 1 × 1." in message
    assert compute(columns.A.T, columns.B)[0, 0] == pytest.approx(15.0)


def test_when_only_transposing_b_fits_the_message_says_so():
    with pytest.raises(
        ShapeError, match=r"Transposing B fits: A \(2 × 3\) · Bᵀ \(3 × 4\) is 2 × 4"
    ):
        product_shape((2, 3), (4, 3))
    with pytest.raises(ShapeError) as error:
        product_shape((2, 3), (5, 7))
    assert "Transposing" not in str(error.value)


def test_the_sales_neuron_scores_each_day():
    sales = PRESETS["sales"]
    scores = compute(sales.A, sales.B)
    assert scores.shape == (4, 1)
    assert scores[:, 0].tolist() == [2 * 4 + 5 * 3 - 1, 7 * 4 + 1 * 3 - 9, 16 + 12 - 3, 4 + 6 - 8]


def test_one_layer_adds_the_bias_to_every_row():
    layer = PRESETS["layer"]
    z = compute(layer.A, layer.B, layer.b)
    assert z.shape == (4, 3)
    first = [1.0 * 0.1 + 0.5 * 0.2 + 0.1, 1.0 * 0.3 + 0.5 * 0.4 - 0.1, 1.0 * -0.2 + 0.5 * 0.5]
    np.testing.assert_allclose(z[0], first)
    with pytest.raises(ShapeError, match="A · B has 3 columns but b has 2 values"):
        compute(layer.A, layer.B, layer.b[:2])
    assert bias_shape((4, 3), 3) == (4, 3)


@pytest.mark.parametrize("shape", [(0, 3), (3, shapes.MAX_SIDE + 1), (3,)])
def test_impossible_shapes_are_named(shape):
    with pytest.raises(ShapeError, match="A must have 1 to 10000 rows and columns"):
        product_shape(shape, (3, 1))
