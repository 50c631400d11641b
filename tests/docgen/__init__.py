"""Generators of realistic test documents (several independent authors)."""
