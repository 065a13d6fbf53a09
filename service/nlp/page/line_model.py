"""The learned line reader: what each line of a pasted page is (story text, headline, byline or stamp, furniture).

Two multinomial logistic regressions, stacked: the first reads each line's own features
(``line_features``), the second adds the first's verdicts on the lines around it, so a
menu item amid menu items and a short paragraph amid prose are told apart. The weights
are trained by ``python -m training.page_lines`` (see ``training/README.md``) and stored in
``models/page_lines.json`` with their provenance; scoring is a sum of weights, no
machine-learning library runs in the service.
"""
from __future__ import annotations

import json
import math
import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from itertools import chain, repeat
from typing import Any

import numpy as np

from service.nlp.layout import Line
from service.nlp.page.line_features import line_features

MODEL_FILE = "page_lines.json"
CONTEXT_OFFSETS = (-3, -2, -1, 0, 1, 2, 3)
CONTEXT_WINDOW = 6


class LineClass(StrEnum):
    BODY = "body"
    TITLE = "title"
    HEADER = "header"  # a byline or a date stamp of the story
    OTHER = "other"  # page furniture


@dataclass(frozen=True, slots=True)
class _Stage:
    """One multinomial logistic regression: a weight row per feature, a column per class."""

    classes: tuple[LineClass, ...]
    index: dict[str, int]
    matrix: np.ndarray
    bias: np.ndarray

    @property
    def weights(self) -> dict[str, tuple[float, ...]]:
        return {feature: tuple(self.matrix[row].tolist()) for feature, row in self.index.items()}

    def probabilities(self, rows: Sequence[list[str]]) -> list[dict[LineClass, float]]:
        """The class probabilities of each line, from its features."""
        # Every feature of the page looked up in one pass (-1: not in the model), in line order.
        lengths = [len(features) for features in rows]
        found = np.fromiter(map(self.index.get, chain.from_iterable(rows), repeat(-1)), dtype=np.intp,
                            count=sum(lengths))
        known = found >= 0
        hits, hit_lines = found[known], np.repeat(np.arange(len(rows)), lengths)[known]
        # One gather and one segment sum for the whole page: indexing the matrix line by line costs more.
        scores = np.tile(self.bias, (len(rows), 1))
        if hits.size:
            starts = np.flatnonzero(np.concatenate(([True], hit_lines[1:] != hit_lines[:-1])))
            scores[hit_lines[starts]] += np.add.reduceat(self.matrix[hits], starts, axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        exps = np.exp(scores)
        exps /= exps.sum(axis=1, keepdims=True)
        return [dict(zip(self.classes, row)) for row in exps.tolist()]

    @classmethod
    def from_weights(cls, classes: Sequence[LineClass], weights: dict[str, Sequence[float]],
                     bias: Sequence[float]) -> "_Stage":
        names = sorted(weights)
        matrix = np.array([weights[n] for n in names], dtype=np.float64).reshape(len(names), len(classes))
        return cls(tuple(classes), {n: i for i, n in enumerate(names)}, matrix, np.array(bias, dtype=np.float64))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "_Stage":
        return cls.from_weights([LineClass(c) for c in data["classes"]], data["weights"], data["bias"])


_CLASSES = tuple(LineClass)
LIKELIHOOD_BINS = 6  # a probability in fifths: 0 to 5


# A page names the same few binned verdicts at every offset: each set of names is built once.
@lru_cache(maxsize=len(CONTEXT_OFFSETS) * LIKELIHOOD_BINS ** len(_CLASSES))
def _context_names(offset: int, bins: tuple[int, ...]) -> tuple[str, ...]:
    """The names of one line's binned verdicts, as seen from the line ``offset`` lines away."""
    return tuple(f"c{offset}{cls.value[0]}={b}" for cls, b in zip(_CLASSES, bins))


def context_features(first: list[dict[LineClass, float]]) -> list[list[str]]:
    """The first stage's verdicts around each line, binned: the second stage's extra features."""
    count = len(first)
    bins = [tuple(int(verdict[cls] * 5) for cls in _CLASSES) for verdict in first]
    body = [verdict[LineClass.BODY] for verdict in first]
    body_sum, body_lines = [0.0], [0]
    for p in body:
        body_sum.append(body_sum[-1] + p)
        body_lines.append(body_lines[-1] + (p > 0.5))
    rows = []
    for i in range(count):
        features: list[str] = []
        for offset in CONTEXT_OFFSETS:
            if 0 <= i + offset < count:
                features += _context_names(offset, bins[i + offset])
        low, high = max(0, i - CONTEXT_WINDOW), min(count, i + CONTEXT_WINDOW + 1)
        features.append(f"cwin={int((body_sum[high] - body_sum[low]) / (high - low) * 5)}")
        features.append(f"cabove={min(body_lines[i], 3)}")
        rows.append(features)
    return rows


@dataclass(frozen=True, slots=True)
class Ranker:
    weights: dict[str, float]
    bias: float

    def score(self, features: Sequence[str] | Mapping[str, float]) -> float:
        """The linear score of binary features, or of features with values."""
        weight = self.weights.get
        if isinstance(features, Mapping):
            return self.bias + sum(map(operator.mul, map(weight, features.keys(), repeat(0.0)), features.values()))
        # A binary feature adds its weight (times 1.0): the same terms in the same order.
        return self.bias + sum(map(weight, features, repeat(0.0)))

    def probability(self, features: Sequence[str] | Mapping[str, float]) -> float:
        score = self.score(features)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Ranker":
        return cls({k: float(v) for k, v in data["weights"].items()}, float(data["bias"]))


@dataclass(frozen=True, slots=True)
class LineModel:
    first: _Stage
    second: _Stage
    provenance: dict[str, Any]

    def classify(self, lines: Sequence[Line]) -> tuple[list[dict[LineClass, float]], list[list[str]]]:
        """The verdict on every line, and the lines' own features (the headline ranker reads them too)."""
        own = line_features(lines)
        context = context_features(self.first.probabilities(own))
        return self.second.probabilities([f + c for f, c in zip(own, context)]), own

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "LineModel":
        return cls(_Stage.from_json(data["first"]), _Stage.from_json(data["second"]),
                   dict(data.get("provenance", {})))


@lru_cache(maxsize=1)
def line_model() -> LineModel:
    """The shipped model, read once per process."""
    raw = resources.files("service.nlp.models").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return LineModel.from_json(json.loads(raw))
