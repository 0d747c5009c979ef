"""Benchmarks, run by hand: `python -m backend.bench.<name>`. Not part of the test suite."""
