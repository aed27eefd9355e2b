"""The NumPy engine: networks, training and data, with no Qt anywhere below here."""

from playground.engine import activations, datasets, gradcheck, losses
from playground.engine.network import Network
from playground.engine.training import Trainer

__all__ = ["Network", "Trainer", "activations", "datasets", "gradcheck", "losses"]
