"""Tests for playground.engine.datasets: generators, real data, CSV loading, features."""

from __future__ import annotations

import gzip
import subprocess
import sys
from dataclasses import FrozenInstanceError
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playground.engine.datasets import (
    CSV,
    FACTS,
    FEATURE_LABELS,
    FEATURES,
    NAMES,
    SOURCES,
    CSVError,
    Dataset,
    apply_features,
    csv_columns,
    default_size,
    is_2d,
    load_csv,
    make,
    standardization_stats,
    standardize,
    with_features,
)

BINARY_2D = ("circle", "xor", "gauss", "spiral")
REGRESSION_2D = ("plane", "multi_gauss")
K_CLASS_2D = ("blobs", "spiral_k")
GATES = ("and", "or", "nand", "xor_gate")
ROOT = Path(__file__).resolve().parents[2]


def all_rows(ds: Dataset) -> tuple[np.ndarray, np.ndarray]:
    """Train and test concatenated: X (N, D), y (N,)."""
    return np.concatenate([ds.X_train, ds.X_test]), np.concatenate([ds.y_train, ds.y_test])


def write_csv(tmp_path, text: str, name: str = "data.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# --- generators ----------------------------------------------------------------------------


def test_names_cover_every_generator():
    assert set(NAMES) == {
        *BINARY_2D,
        *REGRESSION_2D,
        *K_CLASS_2D,
        *GATES,
        "sales",
        "iris",
        "digits",
    }
    assert "csv" not in NAMES


def test_every_source_has_its_facts():
    assert set(FACTS) == set(SOURCES) == {*NAMES, CSV}


@pytest.mark.parametrize("name", NAMES)
def test_facts_say_which_settings_change_the_data(name):
    facts, plain = FACTS[name], make(name, seed=3)
    noisy = make(name, noise=0.3, seed=3)
    changed = [not np.array_equal(a, b) for a, b in zip(all_rows(plain), all_rows(noisy))]
    assert facts.noisy == any(changed)
    assert facts.sized == (len(all_rows(make(name, n=7, seed=3))[1]) == 7)
    assert facts.k_classes == (make(name, classes=5).n_classes == 5)
    assert facts.tabular == (not is_2d(plain))


@pytest.mark.parametrize("name", NAMES)
def test_default_size_is_what_make_gives_without_n(name):
    assert len(all_rows(make(name))[1]) == default_size(name)
    assert default_size(CSV) is None


@pytest.mark.parametrize("name", BINARY_2D + K_CLASS_2D)
def test_2d_classification_shapes_dtypes_labels_domain(name):
    ds = make(name, noise=0.5)
    X, y = all_rows(ds)
    k = 2 if name in BINARY_2D else 3
    assert X.shape == (500, 2) and X.dtype == np.float64
    assert y.shape == (500,) and y.dtype == np.int64
    assert set(np.unique(y)) == set(range(k))
    assert ds.n_classes == k and ds.task == "classification"
    assert ds.class_names == tuple(str(c) for c in range(k))
    assert ds.feature_names == ("x1", "x2")
    assert ds.domain == (-6.0, 6.0) and is_2d(ds)
    assert np.all(np.abs(X) <= 6.0)


@pytest.mark.parametrize("name", REGRESSION_2D)
def test_2d_regression_shapes_and_range(name):
    ds = make(name)
    X, y = all_rows(ds)
    assert X.shape == (500, 2) and y.shape == (500,) and y.dtype == np.float64
    assert ds.n_classes == 0 and ds.task == "regression" and ds.class_names == ()
    assert np.all(np.abs(X) <= 6.0)
    assert np.all(np.abs(y) <= 1.0 + 1e-9)
    assert np.ptp(y) > 1.0


def test_arrays_are_read_only_and_dataset_frozen():
    ds = make("circle")
    for a in (ds.X_train, ds.y_train, ds.X_test, ds.y_test):
        with pytest.raises(ValueError):
            a[0] = 0
    with pytest.raises(FrozenInstanceError):
        ds.name = "other"  # type: ignore[misc]


def test_dataset_copies_its_inputs():
    X = np.zeros((4, 2))
    y = np.array([0, 1, 0, 1])
    ds = Dataset("mine", X, y, X[:0], y[:0], 2, ("x1", "x2"), "classification")
    X[0, 0] = 5.0
    assert ds.X_train[0, 0] == 0.0
    with pytest.raises(ValueError, match="X"):
        Dataset("bad", X, y[:3], X[:0], y[:0], 2, ("x1", "x2"), "classification")
    with pytest.raises(ValueError, match="task"):
        Dataset("bad", X, y, X[:0], y[:0], 2, ("x1", "x2"), "clustering")


@pytest.mark.parametrize("name", ["circle", "spiral_k", "multi_gauss", "sales", "digits"])
def test_same_seed_gives_identical_arrays(name):
    a = make(name, n=300, noise=0.2, seed=7)
    b = make(name, n=300, noise=0.2, seed=7)
    c = make(name, n=300, noise=0.2, seed=8)
    for field in ("X_train", "y_train", "X_test", "y_test"):
        np.testing.assert_array_equal(getattr(a, field), getattr(b, field))
    assert not np.array_equal(a.X_train, c.X_train)


def test_circle_without_noise_follows_the_radius_rule():
    X, y = all_rows(make("circle"))
    radius = np.hypot(X[:, 0], X[:, 1])
    np.testing.assert_array_equal(y, (radius < 3.0).astype(int))
    assert radius[y == 1].max() <= 2.5 and radius[y == 0].min() >= 3.5
    assert np.bincount(y).tolist() == [250, 250]


def test_xor_without_noise_follows_the_quadrant_rule_with_a_gap():
    X, y = all_rows(make("xor"))
    np.testing.assert_array_equal(y, (X[:, 0] * X[:, 1] > 0).astype(int))
    assert np.abs(X).min() >= 0.3


def test_gauss_clouds_sit_at_their_centres_and_spread_with_noise():
    X, y = all_rows(make("gauss"))
    np.testing.assert_allclose(X[y == 1].mean(axis=0), [2, 2], atol=0.2)
    np.testing.assert_allclose(X[y == 0].mean(axis=0), [-2, -2], atol=0.2)
    assert np.mean((X.sum(axis=1) > 0) == y) > 0.99
    noisy, _ = all_rows(make("gauss", noise=0.5))
    assert noisy.std() > X.std()


def test_spiral_arms_are_clean_curves_without_noise():
    X, y = all_rows(make("spiral"))
    radius = np.hypot(X[:, 0], X[:, 1])
    assert radius.max() < 5.0
    for arm in (0, 1):
        r = np.sort(radius[y == arm])
        np.testing.assert_allclose(np.diff(r), 5.0 / 250)


def test_noise_jitters_points_but_keeps_clean_labels():
    clean = make("circle", noise=0.0, seed=3)
    noisy = make("circle", noise=0.3, seed=3)
    _, y_noisy = all_rows(noisy)
    X_noisy, _ = all_rows(noisy)
    radius = np.hypot(X_noisy[:, 0], X_noisy[:, 1])
    assert np.bincount(y_noisy).tolist() == [250, 250]
    assert np.any((radius < 3.0) != (y_noisy == 1))  # classes now overlap
    assert not np.array_equal(clean.X_train, noisy.X_train)


def test_plane_is_a_scaled_sum_of_the_inputs():
    X, y = all_rows(make("plane"))
    np.testing.assert_allclose(y, X.sum(axis=1) / 12)
    X, y = all_rows(make("plane", noise=0.5))
    residual = y - X.sum(axis=1) / 12
    assert 0.3 < np.abs(residual).max() <= 0.5


def test_multi_gauss_peaks_at_its_signed_bumps():
    X, y = all_rows(make("multi_gauss", n=5000))
    near_positive = np.hypot(X[:, 0] + 4, X[:, 1] - 2.5) < 0.3
    near_negative = np.hypot(X[:, 0], X[:, 1] - 2.5) < 0.3
    assert y[near_positive].min() > 0.9
    assert y[near_negative].max() < -0.9


@pytest.mark.parametrize("k", [3, 4, 5, 6])
@pytest.mark.parametrize("name", K_CLASS_2D)
def test_k_class_generators_have_k_balanced_classes(name, k):
    ds = make(name, n=600, classes=k)
    _, y = all_rows(ds)
    assert ds.n_classes == k and len(ds.class_names) == k
    assert np.bincount(y).tolist() == [600 // k] * k


def test_blobs_lie_on_a_circle_of_radius_4():
    X, y = all_rows(make("blobs", classes=5))
    centres = np.array([X[y == c].mean(axis=0) for c in range(5)])
    np.testing.assert_allclose(np.hypot(centres[:, 0], centres[:, 1]), 4.0, atol=0.25)


@pytest.mark.parametrize(
    ("name", "labels"),
    [
        ("and", [0, 0, 0, 1]),
        ("or", [0, 1, 1, 1]),
        ("nand", [1, 1, 1, 0]),
        ("xor_gate", [0, 1, 1, 0]),
    ],
)
def test_gates_are_their_truth_tables(name, labels):
    ds = make(name, n=100, noise=0.4, test_ratio=0.7, seed=5)
    np.testing.assert_array_equal(ds.X_train, [[0, 0], [0, 1], [1, 0], [1, 1]])
    np.testing.assert_array_equal(ds.y_train, labels)
    assert ds.X_test.shape == (0, 2) and ds.y_test.shape == (0,)
    assert ds.domain == (-0.5, 1.5) and ds.n_classes == 2


def test_sales_rule_holds_on_every_point_without_noise():
    ds = make("sales")
    X, y = all_rows(ds)
    assert X.shape == (10_000, 3) and ds.feature_names == ("online", "store", "refunds")
    assert ds.class_names == ("loss", "profit") and ds.domain is None and not is_2d(ds)
    assert X.min() >= 0 and X.max() <= 10
    np.testing.assert_array_equal(y, (4 * X[:, 0] + 3 * X[:, 1] - X[:, 2] > 20).astype(int))


def test_sales_noise_jitters_the_features():
    X, y = all_rows(make("sales", n=2000, noise=0.1))
    rule = (4 * X[:, 0] + 3 * X[:, 1] - X[:, 2] > 20).astype(int)
    assert 0.8 < np.mean(rule == y) < 1.0


@pytest.mark.parametrize(
    ("n", "test_ratio", "n_train"),
    [(500, 0.5, 250), (500, 0.2, 400), (100, 0.0, 100), (101, 0.3, 71), (10, 0.9, 1), (4, 0.9, 1)],
)
def test_split_sizes_follow_test_ratio(n, test_ratio, n_train):
    ds = make("xor", n=n, test_ratio=test_ratio)
    assert len(ds.y_train) == n_train and len(ds.y_test) == n - n_train
    assert ds.X_test.shape == (n - n_train, 2)


# --- real data ------------------------------------------------------------------------------


def test_iris_has_150_rows_and_three_classes_of_50():
    ds = make("iris", test_ratio=0.2)
    X, y = all_rows(ds)
    assert X.shape == (150, 4) and len(ds.y_train) == 120
    assert ds.class_names == ("setosa", "versicolor", "virginica")
    assert ds.feature_names == ("sepal_length", "sepal_width", "petal_length", "petal_width")
    assert np.bincount(y).tolist() == [50, 50, 50]
    assert ds.name == "iris" and ds.domain is None and ds.task == "classification"


def test_digits_has_1797_rows_of_64_pixels_and_ten_classes():
    ds = make("digits")
    X, y = all_rows(ds)
    assert X.shape == (1797, 64) and ds.n_classes == 10
    assert ds.feature_names == tuple(f"p{i}" for i in range(64))
    assert ds.class_names == tuple(str(d) for d in range(10))
    assert set(np.unique(y)) == set(range(10))
    assert X.min() == 0 and X.max() == 16


def test_real_data_subset_and_too_many_rows():
    ds = make("iris", n=30, test_ratio=0.5, seed=1)
    assert len(ds.y_train) + len(ds.y_test) == 30
    with pytest.raises(ValueError, match="n must be between 4 and 150"):
        make("iris", n=151)


# --- argument checks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "moons"}, "unknown dataset 'moons'; allowed: circle, xor"),
        ({"name": "csv"}, "unknown dataset"),
        ({"noise": 0.7}, "noise must be between 0 and 0.5, got 0.7"),
        ({"noise": -0.1}, "noise must be between"),
        ({"noise": float("nan")}, "noise must be between"),
        ({"test_ratio": 0.95}, "test_ratio must be between 0 and 0.9, got 0.95"),
        ({"classes": 7}, "classes must be between 3 and 6, got 7"),
        ({"classes": 2}, "classes must be between"),
        ({"n": 3}, "n must be between 4 and 100000, got 3"),
        ({"n": 10.5}, "n must be an integer"),
        ({"n": True}, "n must be an integer"),
    ],
)
def test_bad_arguments_raise_value_error_naming_the_argument(kwargs, message):
    kwargs = {"name": "circle", **kwargs}
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        make(**kwargs)


@settings(max_examples=40, deadline=None)
@given(
    name=st.sampled_from(BINARY_2D + REGRESSION_2D + K_CLASS_2D + ("sales",)),
    n=st.integers(4, 700),
    noise=st.floats(0.0, 0.5),
    test_ratio=st.floats(0.0, 0.9),
    seed=st.integers(0, 2**32),
    classes=st.integers(3, 6),
)
def test_any_arguments_give_n_points_with_valid_labels(name, n, noise, test_ratio, seed, classes):
    ds = make(name, n=n, noise=noise, test_ratio=test_ratio, seed=seed, classes=classes)
    X, y = all_rows(ds)
    assert X.shape == (n, len(ds.feature_names)) and y.shape == (n,)
    assert len(ds.y_train) >= 1
    assert np.all(np.isfinite(X)) and np.all(np.isfinite(y))
    if ds.task == "classification":
        assert y.min() >= 0 and y.max() < ds.n_classes
    if ds.domain is not None:
        low, high = ds.domain
        assert X.min() >= low and X.max() <= high


# --- CSV loading ----------------------------------------------------------------------------

SIMPLE = "a,b,species\n1,2,cat\n3,4,dog\n5,6,cat\n7,8,dog\n"


def test_csv_with_header_and_string_labels(tmp_path):
    ds = load_csv(write_csv(tmp_path, SIMPLE), test_ratio=0.0)
    assert ds.name == "data" and ds.feature_names == ("a", "b")
    assert ds.class_names == ("cat", "dog") and ds.n_classes == 2
    assert ds.task == "classification" and ds.domain is None
    order = np.argsort(ds.X_train[:, 0])
    np.testing.assert_array_equal(ds.X_train[order], [[1, 2], [3, 4], [5, 6], [7, 8]])
    np.testing.assert_array_equal(ds.y_train[order], [0, 1, 0, 1])


def test_csv_without_header_is_detected(tmp_path):
    ds = load_csv(write_csv(tmp_path, "1,2,cat\n3,4,dog\n5,6,cat\n7,8,dog\n\n\n"))
    assert ds.feature_names == ("x1", "x2")
    assert len(ds.y_train) + len(ds.y_test) == 4


def test_csv_header_can_be_forced(tmp_path):
    path = write_csv(tmp_path, "1,2,3\n1,2,0\n3,4,1\n5,6,0\n7,8,1\n")
    assert load_csv(path, header=True).feature_names == ("1", "2")
    assert len(all_rows(load_csv(path, header=False))[1]) == 5


def test_csv_label_by_name_and_negative_index(tmp_path):
    path = write_csv(tmp_path, "kind,a,b\n0,1,2\n1,3,4\n0,5,6\n1,7,8\n")
    by_name = load_csv(path, label="kind", test_ratio=0.0)
    by_index = load_csv(path, label=-3, test_ratio=0.0)
    assert by_name.feature_names == by_index.feature_names == ("a", "b")
    np.testing.assert_array_equal(by_name.y_train, by_index.y_train)
    assert by_name.class_names == ("0", "1")


def test_csv_semicolon_with_decimal_comma_and_bom(tmp_path):
    text = "\ufeffx;y;t\n1,5;2;0\n3,25;4;1\n5;6,75;0\n7;8;1\n"
    ds = load_csv(write_csv(tmp_path, text), test_ratio=0.0)
    assert ds.feature_names == ("x", "y")
    X, _ = all_rows(ds)
    np.testing.assert_allclose(np.sort(X[:, 0]), [1.5, 3.25, 5, 7])
    np.testing.assert_allclose(np.sort(X[:, 1]), [2, 4, 6.75, 8])


def test_csv_quoted_fields_crlf_and_latin1(tmp_path):
    text = 'a,b,"Größe"\r\n1,"2",klein\r\n3,4,groß\r\n5,6,klein\r\n7,8,groß\r\n'
    ds = load_csv(write_csv(tmp_path, text, encoding="latin-1"))
    assert ds.class_names == ("groß", "klein")


def test_csv_regression_detection_and_forcing(tmp_path):
    rows = "".join(f"{i},{i * 0.5 + 0.25}\n" for i in range(10))
    ds = load_csv(write_csv(tmp_path, "x,y\n" + rows))
    assert ds.task == "regression" and ds.n_classes == 0 and ds.y_train.dtype == np.float64
    many = "".join(f"{i},{i}\n" for i in range(30))
    assert load_csv(write_csv(tmp_path, "x,y\n" + many)).task == "regression"
    few = "".join(f"{i},{i % 3}\n" for i in range(30))
    assert load_csv(write_csv(tmp_path, "x,y\n" + few)).task == "classification"
    forced = load_csv(write_csv(tmp_path, "x,y\n" + few), task="regression")
    assert forced.task == "regression"
    forced = load_csv(write_csv(tmp_path, "x,y\n" + rows), task="classification")
    assert forced.n_classes == 10 and forced.class_names[0] == "0.25"


def test_csv_gzip_name(tmp_path):
    path = tmp_path / "table.csv.gz"
    path.write_bytes(gzip.compress(SIMPLE.encode()))
    assert load_csv(path).name == "table"


@pytest.mark.parametrize(
    ("text", "kwargs", "message"),
    [
        (SIMPLE + "9,10\n", {}, "line 6 has 2 columns, expected 3"),
        ("a,b,c\n1,2,0\n3,x,1\n5,6,0\n7,8,1\n", {}, "line 3, column 'b': 'x' is not a number"),
        ("1,2,0\n3,4,1\n5,6,0\n7,8,1\n9,abc,1\n", {}, "line 5, column 2: 'abc' is not a number"),
        ("a,b,c\n1,2,0\n3,,1\n5,6,0\n7,8,1\n", {}, "line 3, column 'b': missing value"),
        ("a,b,c\n1,2,0\n3,4,\n5,6,0\n7,8,1\n", {}, "line 3, column 'c': missing value"),
        ("a,b,c\n1,2,inf\n3,4,1\n5,6,0\n7,8,1\n", {"task": "regression"}, "line 2, column 'c'"),
        ("a,b,s\n1,2,x\n3,4,x\n5,6,x\n7,8,x\n", {}, "the label column 's' has only one class"),
        ("1,2,0\n3,4,0\n5,6,0\n7,8,0\n", {}, "the label column 3 has only one class"),
        ("a,b,c\n1,2,0\n3,4,1\n5,6,0\n", {}, "the file has 3 data rows; at least 4"),
        ("", {}, "the file is empty"),
        ("\n  \n", {}, "the file is empty"),
        (SIMPLE, {"label": "kind"}, "no column named 'kind' in the header; columns are: a, b"),
        (SIMPLE, {"label": "species", "header": False}, "header=False"),
        (SIMPLE, {"label": 3}, "label column index 3 is out of range for 3 columns"),
        (SIMPLE, {"label": -4}, "label column index -4 is out of range"),
        ("a\n1\n2\n3\n4\n", {}, "line 1 has 1 column"),
        ('a,b,c\n1,2,0\n3,"4,1\n5,6,0\n7,8,1\n', {}, "line 3: unexpected end of data"),
        ('a,b,c\n1,2,0\n3,"4"x,1\n5,6,0\n7,8,1\n', {}, "line 3: ',' expected"),
    ],
)
def test_csv_errors_name_line_and_column(tmp_path, text, kwargs, message):
    with pytest.raises(CSVError, match=message):
        load_csv(write_csv(tmp_path, text), **kwargs)


def test_csv_error_lines_count_blank_lines(tmp_path):
    text = "a,b,c\n\n1,2,0\n3,4,1\n\n5,oops,0\n7,8,1\n"
    with pytest.raises(CSVError, match="line 6, column 'b'"):
        load_csv(write_csv(tmp_path, text))


def test_csv_error_is_a_value_error(tmp_path):
    assert issubclass(CSVError, ValueError)
    with pytest.raises(ValueError, match="test_ratio"):
        load_csv(write_csv(tmp_path, SIMPLE), test_ratio=1.0)
    with pytest.raises(ValueError, match="task"):
        load_csv(write_csv(tmp_path, SIMPLE), task="clustering")


# --- features and standardisation -----------------------------------------------------------


def test_apply_features_values():
    X = np.array([[2.0, 3.0], [-1.0, 0.5]])
    out = apply_features(X, FEATURES)
    expected_first = [2, 3, 4, 9, 6, np.sin(2), np.sin(3)]
    np.testing.assert_allclose(out[0], expected_first)
    np.testing.assert_allclose(out[1], [-1, 0.5, 1, 0.25, -0.5, np.sin(-1), np.sin(0.5)])
    np.testing.assert_allclose(apply_features(X, ["x1*x2", "x1"]), [[6, 2], [-0.5, -1]])
    assert apply_features(np.zeros((0, 2)), ["x1^2"]).shape == (0, 1)
    assert set(FEATURE_LABELS) == set(FEATURES)
    assert FEATURE_LABELS["x1*x2"] == "x₁·x₂"


@pytest.mark.parametrize(
    ("X", "selected", "message"),
    [
        (np.zeros((3, 2)), [], "at least one feature"),
        (np.zeros((3, 2)), ["x3"], "unknown feature 'x3'"),
        (np.zeros((3, 2)), ["x1", "x1"], "once"),
        (np.zeros((3, 3)), ["x1"], r"shape \(N, 2\)"),
    ],
)
def test_apply_features_rejects_bad_input(X, selected, message):
    with pytest.raises(ValueError, match=message):
        apply_features(X, selected)


def test_with_features_transforms_train_and_test():
    ds = make("circle", n=20)
    out = with_features(ds, ("x1^2", "x2^2"))
    np.testing.assert_allclose(out.X_train, ds.X_train**2)
    np.testing.assert_allclose(out.X_test, ds.X_test**2)
    assert out.feature_names == ("x1^2", "x2^2") and out.domain == ds.domain
    np.testing.assert_array_equal(out.y_train, ds.y_train)
    assert with_features(make("xor_gate"), ["x1*x2"]).X_train[:, 0].tolist() == [0, 0, 0, 1]
    with pytest.raises(ValueError, match="2-D"):
        with_features(make("iris"), ["x1"])


def test_standardize_uses_train_statistics():
    ds = standardize(make("iris", seed=4))
    np.testing.assert_allclose(ds.X_train.mean(axis=0), 0, atol=1e-12)
    np.testing.assert_allclose(ds.X_train.std(axis=0), 1)
    raw = make("iris", seed=4)
    mean, std = standardization_stats(raw.X_train)
    np.testing.assert_allclose(ds.X_test, (raw.X_test - mean) / std)
    assert not np.allclose(ds.X_test.mean(axis=0), 0, atol=1e-12)


def test_standardize_leaves_constant_columns_centred():
    X = np.array([[1.0, 0.1], [2.0, 0.1], [3.0, 0.1], [4.0, 0.1]])
    mean, std = standardization_stats(X)
    np.testing.assert_allclose(std, [np.std([1, 2, 3, 4]), 1.0])
    ds = standardize(
        Dataset("c", X, np.arange(4.0), X[:1], np.zeros(1), 0, ("a", "b"), "regression")
    )
    np.testing.assert_allclose(ds.X_train[:, 1], 0, atol=1e-15)
    assert ds.domain is None


def test_module_imports_no_qt():
    code = (
        "import sys, playground.engine.datasets; "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_csv_columns_reads_the_header_or_numbers_them(tmp_path):
    with_header = tmp_path / "h.csv"
    with_header.write_text("len;width;kind\n1,5;2;a\n")
    assert csv_columns(with_header) == ("len", "width", "kind")
    plain = tmp_path / "p.csv"
    plain.write_text("1,2,0\n3,4,1\n")
    assert csv_columns(plain) == ("1", "2", "3")


def test_csv_cells_are_read_as_pythons_float_reads_them(tmp_path):
    """The whole-table conversion reads each number exactly as float() does, and a table it
    cannot take (a non-finite cell) still gets the message naming the cell."""
    cells = [" 1.5", "1_000", "1e3", "+2", "-0", ".5", "5.", "١٢", "0.1", "123456789.123456789"]
    rows = [f"{cell},{k % 2}" for k, cell in enumerate(cells)]
    ds = load_csv(write_csv(tmp_path, "x,c\n" + "\n".join(rows) + "\n"), test_ratio=0.0)
    assert sorted(ds.X_train[:, 0].tolist()) == sorted(float(c) for c in cells)
    text = "a;b;c\n1,5;2;0\n3;4,25;1\n5;6;0\n7;8;1\n"
    ds = load_csv(write_csv(tmp_path, text), test_ratio=0.0)
    assert sorted(ds.X_train[:, 1].tolist()) == [2.0, 4.25, 6.0, 8.0]
    with pytest.raises(CSVError, match="line 3, column 'a': 'nan' is not a number"):
        load_csv(write_csv(tmp_path, "a,c\n1,0\nnan,1\n3,0\n4,1\n"))
