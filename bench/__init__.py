"""Benchmarks: each measures Yansenne against a baseline run in the same process."""
