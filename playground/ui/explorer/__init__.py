"""The activation explorer tab: functions and derivatives, softmax, and depth."""

from playground.ui.explorer.explorer_view import ActivationExplorer

__all__ = ["ActivationExplorer"]
