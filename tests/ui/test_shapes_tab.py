"""The Shapes tab, driven as a user would: the course's presets, typing a number, resizing
an operand into a product that is not defined, a bias, and big shapes without numbers."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from playground.engine import shapes
from playground.ui.teaching.shapes import OWN, ShapesTab


@pytest.fixture
def tab(qtbot):
    view = ShapesTab()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    return view


def _result(tab: ShapesTab) -> list[list[str]]:
    table = tab.result
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_shopping_bill_comes_to_15(tab):
    assert tab.preset.currentData() == "bill"
    assert "the quantities bought" in tab.note.text()
    assert tab.message.text().startswith("Defined: A (1 × 3) · B (3 × 1) is 1 × 1.")
    assert _result(tab) == [["15"]]
    assert tab.a.shape_label.text() == "(1 × 3)"


def test_two_column_vectors_are_refused_with_the_transpose_that_fits(qtbot, tab):
    tab.preset.setCurrentIndex(tab.preset.findData("columns"))
    assert "A has 1 column but B has 3 rows" in tab.message.text()
    assert "Transposing A fits: Aᵀ (1 × 3) · B (3 × 1) is 1 × 1." in tab.message.text()
    assert tab.result.rowCount() == 0 and tab.result_shape.text() == ""
    assert not tab.result.isVisible()  # no empty table where an answer would be


def test_typing_a_quantity_changes_the_bill(qtbot, tab):
    cell = tab.a.table.item(0, 0)
    cell.setText("3")  # three of the first item, as typing into the cell does
    assert _result(tab) == [["20.97"]]  # 3·1.99 + 2·2.5 + 1·10
    tab.b_operand.table.item(0, 0).setText("2,5")  # a decimal comma is a number too
    assert _result(tab) == [["22.5"]]


def test_a_resized_operand_makes_your_own_shapes(qtbot, tab):
    tab.a.columns.setValue(4)
    assert tab.preset.currentData() == OWN
    assert "Set the rows and columns" in tab.note.text()
    assert tab.message.text().startswith(
        "A (1 × 4) · B (3 × 1) is not defined: A has 4 columns but B has 3 rows"
    )
    tab.b_operand.rows.setValue(4)
    assert tab.message.text().startswith("Defined: A (1 × 4) · B (4 × 1) is 1 × 1.")
    assert _result(tab) == [["15"]]  # the values kept, zeros added


def test_one_layer_adds_each_neurons_bias(qtbot, tab):
    tab.preset.setCurrentIndex(tab.preset.findData("layer"))
    assert tab.with_bias.isChecked() and tab.bias.isVisible()
    layer = shapes.PRESETS["layer"]
    z = layer.A @ layer.B + layer.b
    assert tab.result_shape.text() == "(4 × 3)"
    assert _result(tab)[0] == [f"{v:.4g}" for v in z[0]]
    assert "plus the bias of its column" in tab.message.text()
    box = tab.with_bias
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not tab.bias.isVisible()
    assert _result(tab)[0] == [f"{v:.4g}" for v in (layer.A @ layer.B)[0]]


def test_big_shapes_give_the_shape_without_every_number(qtbot, tab):
    tab.a.rows.setValue(100)
    assert not tab.a.table.isVisible()
    assert tab.message.text().startswith("Defined: A (100 × 3) · B (3 × 1) is 100 × 1.")
    assert tab.result_shape.text() == "(100 × 1)" and tab.result.rowCount() == 0
    np.testing.assert_array_equal(tab.a.values()[0], [0.0, 2.0, 1.0])  # the row kept


def test_the_tab_opens_from_the_command_line(open_window):
    from playground.ui.window.tabs import TAB_NAMES

    window = open_window()
    assert "shapes" in TAB_NAMES
    window.show_tab("shapes")
    assert window.shapes.isVisible()
