"""Benchmarks (not tests): run against a real server on loopback, report medians."""
