"""What every part of the UI shares: colours, the matrix plot, number text, the value editor."""
