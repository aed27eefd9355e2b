"""The views of a run (boundary, loss curves, confusion matrix) and the tab holding them."""
