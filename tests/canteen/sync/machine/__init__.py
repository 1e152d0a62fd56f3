"""The §7.2 sync model test: a Hypothesis state machine over real client files and the server."""
