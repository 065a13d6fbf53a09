"""Word lists and phrase tables, kept as data files beside this module."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _lines(filename: str) -> list[str]:
    raw = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    return [line for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The entries of ``name``.txt: one per line, ``#`` starts a comment, compared lower-cased."""
    entries = (line.split("#", 1)[0].strip().lower() for line in _lines(f"{name}.txt"))
    return frozenset(entry for entry in entries if entry)


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, str], ...]:
    """The rows of ``name``.tsv as (first column, second column); ``#`` lines are comments."""
    rows = []
    for line in _lines(f"{name}.tsv"):
        first, _, second = line.partition("\t")
        rows.append((first.strip(), second.strip()))
    return tuple(rows)


@lru_cache(maxsize=None)
def forms(name: str) -> tuple[str, ...]:
    """The lines of ``name``.txt exactly as written (case kept, no inline comments)."""
    return tuple(_lines(f"{name}.txt"))
