"""Neural Playground: build a neural network, watch it learn, look inside it."""

__version__ = "0.1.0"
