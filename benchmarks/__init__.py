"""Measurements and the synthetic data they run on (importable by the tests)."""
