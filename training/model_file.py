"""The last step every page trainer shares: fit, write the model file, say what was fitted, report on dev."""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def write_model(out: Path, model: dict[str, Any]) -> None:
    """One line of compact JSON, as the service reads it."""
    out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def train_and_write(fit: Callable[[], dict[str, Any]], out: Path, describe: Callable[[dict[str, Any]], str],
                    report: Callable[[dict[str, Any]], None] | None = None) -> int:
    """Fit the model, write it to ``out``, print ``describe(model)`` with the time taken, then the dev
    report when asked for; the exit status."""
    started = time.perf_counter()
    model = fit()
    write_model(out, model)
    print(f"{describe(model)} in {time.perf_counter() - started:.0f} s -> {out}")
    if report is not None:
        report(model)
    return 0
