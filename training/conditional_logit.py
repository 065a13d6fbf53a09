"""A conditional logit (softmax over each page's own candidates), fitted with scipy's L-BFGS.

The page rankers choose one of a page's candidates (or the choice of none); each page is a group of
candidate rows, some of them right, and the model learns weights so that the right ones take the
probability of the group. Several right rows in a group share it.
"""
from __future__ import annotations

import collections
from collections.abc import Mapping, Sequence

Group = tuple[Sequence[Mapping[str, float]], Sequence[bool], float]  # rows, which are right, the group's weight


def fit(groups: Sequence[Group], l2: float, min_count: int, always: Mapping[str, float] = {}) -> dict[str, float]:
    """Weights of the features seen at least ``min_count`` times (and of those in ``always``), rounded;
    groups without a right row are left out."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    groups = [group for group in groups if any(group[1])]
    counts = collections.Counter(f for rows, _, _ in groups for row in rows for f in row)
    names = sorted(f for f, n in counts.items() if n >= min_count or f in always)
    index = {f: i for i, f in enumerate(names)}
    data, columns, pointers, right_rows, bounds = [], [], [0], [], [0]
    for rows, right, _ in groups:
        for row, ok in zip(rows, right):
            for f, value in row.items():
                if f in index:
                    columns.append(index[f])
                    data.append(value)
            pointers.append(len(columns))
            right_rows.append(ok)
        bounds.append(len(right_rows))
    matrix = csr_matrix((data, columns, pointers), shape=(len(right_rows), len(names)))
    right_mask = np.array(right_rows)
    starts = np.array(bounds[:-1])
    group_of = np.repeat(np.arange(len(groups)), np.diff(bounds))
    group_weight = np.array([weight for _, _, weight in groups])

    def loss(weights):
        scores = matrix @ weights
        top = np.maximum.reduceat(scores, starts)
        exps = np.exp(scores - top[group_of])
        total = np.add.reduceat(exps, starts)
        right_total = np.add.reduceat(np.where(right_mask, exps, 0.0), starts)
        value = group_weight @ (np.log(total) - np.log(right_total)) + 0.5 * l2 * weights @ weights
        gradient_rows = group_weight[group_of] * (
            exps / total[group_of] - np.where(right_mask, exps, 0.0) / right_total[group_of])
        return value, matrix.T @ gradient_rows + l2 * weights

    result = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return {f: round(float(w), 4) for f, w in zip(names, result.x) if abs(w) > 1e-4}
