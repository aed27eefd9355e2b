"""The teaching tabs: views that take one idea of the course apart (the model summary and
the gradient check so far)."""
