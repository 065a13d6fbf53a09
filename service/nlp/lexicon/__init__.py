"""Word lists, kept as data files beside this module."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The entries of ``name``.txt: one per line, ``#`` starts a comment, compared lower-cased."""
    raw = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in raw.splitlines())
    return frozenset(entry for entry in entries if entry)
