"""The network graph: the view, its layout, painter, texts, neuron maps and edge style."""
