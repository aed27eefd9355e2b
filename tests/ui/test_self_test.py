"""`playground --self-test`: a real process passes and says so; a failure is one line."""

import math
import os
import subprocess
import sys

import pytest

import playground
from playground import self_test
from playground.shipped import example_names
from playground.ui.window.status_line import StatusLine

SOURCE = os.path.dirname(os.path.dirname(playground.__file__))  # this checkout, from any folder


def test_the_self_test_passes_in_a_real_process_from_any_folder(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "playground", "--self-test"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": SOURCE},
        timeout=200,
    )
    assert result.returncode == 0, result.stderr
    (summary,) = result.stdout.splitlines()
    assert summary.startswith("self-test passed: trained default ")
    assert f"loaded {len(example_names())} examples" in summary
    assert "SymPy: J = w^3, dJ/dw = 3w²" in summary  # installed with the app
    assert "self-test failed" not in result.stderr


@pytest.mark.parametrize(
    ("losses", "reason"),
    [
        ([0.7, 0.8], "the training loss did not go down: 0.7 -> 0.8"),
        ([0.7, math.nan], "the training loss did not go down: 0.7 -> nan"),
        ([0.7], "only 1 loss values were drawn"),
    ],
)
def test_a_loss_that_did_not_go_down_is_a_failure(losses, reason):
    with pytest.raises(self_test.Failure, match="^" + reason.replace(".", r"\.") + "$"):
        self_test.check_loss_went_down(losses)
    self_test.check_loss_went_down([0.7, 0.2])


def test_a_failing_step_is_named_in_one_line():
    with pytest.raises(self_test.Failure) as caught, self_test.step("example digits"):
        raise OSError("cannot read\ndigits8x8.csv.gz")
    assert str(caught.value) == "example digits: OSError: cannot read digits8x8.csv.gz"


def test_a_wait_that_never_ends_times_out_with_a_reason(qtbot):
    with pytest.raises(self_test.Failure, match="^timed out waiting for the moon$"):
        self_test.wait_until(lambda: False, deadline=0.0, what="the moon")  # long past


def test_an_error_while_drawing_fails_the_self_test_in_one_line(qapp, monkeypatch, capsys):
    def broken_status(self, snap):
        raise ValueError("no text for\nthis status")

    monkeypatch.setattr(StatusLine, "show_snapshot", broken_status)
    assert self_test.main(qapp) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "self-test failed: opening the window: ValueError: no text for this status\n"
