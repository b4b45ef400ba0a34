"""Benchmarks: every speed and memory target of the project next to a baseline
measured in the same run. Run with `python -m bench` (see README, Performance)."""
