"""The left-hand controls: each section edits one part of the Experiment."""
