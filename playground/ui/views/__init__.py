"""The views of a run (decision boundary, loss curves, confusion matrix) and the tab that holds them."""
