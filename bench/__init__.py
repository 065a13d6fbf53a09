"""Benchmarks: speed, scaling and memory of the service against raw spaCy (run: make bench)."""
