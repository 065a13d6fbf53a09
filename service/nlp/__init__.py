"""The NLP layer: knows spaCy, not Flask."""
