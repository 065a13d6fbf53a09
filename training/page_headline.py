"""Train the headline ranker (service/nlp/models/page_headline.json) on real pasted pages and tidy frames.

    python -m training.page_headline                     # = make headline-model
    python -m training.page_headline --l2 1.0 --report   # also print accuracy on the realpages dev split

Each text's lines are read by the shipped line reader (``models/page_lines.json``) and its story run
found as the service finds it; the candidates are those ``service.nlp.page.headline.candidate_rows``
gives. A candidate is right when the line is the gold headline (``training.page_lines``' TITLE label:
a gold title of a real page, the gold headline span of a tidy frame); a text whose candidates hold no
right one counts ``--none-weight`` times, with 'no headline' right (the rule reader then looks for the
headline itself). Texts: ``realpages-dev`` split ``train`` (page and story-element views; ``dev`` is
for --report) and ``metadata-dev``, as given and framed in the publisher ranker's ``TRAIN_FAMILIES``.
The model is a conditional logit over each text's candidates and 'no headline'
(``training.conditional_logit``); features seen fewer than ``--min-count`` times are dropped. Weights,
the file names' hash and counts go into the model file.
"""
from __future__ import annotations

import argparse
import hashlib
import time
from collections.abc import Sequence
from pathlib import Path

from service.nlp.layout import Line
from service.nlp.page.headline import NO_HEADLINE, HeadlineModel, candidate_rows
from service.nlp.page.line_model import LineClass, line_model
from service.nlp.page.story import story_run
from training import conditional_logit
from training.model_file import train_and_write
from training.page_lines import framed_families, labelled_frames, labelled_realpages
from training.page_publisher import TRAIN_FAMILIES

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "service" / "nlp" / "models" / "page_headline.json"


def _groups(pages) -> list[tuple[str, list[tuple[int, list[str]]], list[bool]]]:
    """(name, candidate rows, which are right) of every text whose line reader finds a story run."""
    reader = line_model()
    groups = []
    for name, lines, labels in pages:
        verdicts, own = reader.classify(lines)
        run = story_run(lines, verdicts)
        if run is not None:
            rows = candidate_rows(lines, verdicts, own, *run)
            groups.append((name, rows, [labels[i] == LineClass.TITLE for i, _ in rows]))
    return groups


def _texts(families: Sequence[str]) -> list[tuple[str, list[Line], list[LineClass | None]]]:
    texts = labelled_realpages("train") + labelled_frames()
    with framed_families(families) as framed:
        for family, folder in framed:
            texts += labelled_frames(folder, f"{family}:")
    return texts


def train(l2: float, min_count: int, none_weight: float, families: Sequence[str]) -> tuple[dict, list]:
    groups = _groups(_texts(families))
    fitted = [([{f: 1.0 for f in row} for row in [NO_HEADLINE, *(features for _, features in rows)]],
               [not any(right), *right], 1.0 if any(right) else none_weight) for _, rows, right in groups]
    weights = conditional_logit.fit(fitted, l2, min_count, always={f: 1.0 for f in NO_HEADLINE})
    names = sorted(name for name, _, _ in groups)
    return {
        "ranker": {"bias": 0.0, "weights": dict(sorted(weights.items()))},
        "provenance": {
            "trained_by": "python -m training.page_headline",
            "data": "realpages-dev split train (page and story-element views) + metadata-dev, as given and "
                    "framed by bench.page_styles families " + ", ".join(families)
                    + "; lines read by models/page_lines.json",
            "texts": len(groups), "files_sha1": hashlib.sha1("\n".join(names).encode()).hexdigest(),
            "candidates": sum(len(rows) for _, rows, _ in groups),
            "gold_among_candidates": sum(1 for _, _, right in groups if any(right)),
            "l2": l2, "min_count": min_count, "none_weight": none_weight, "trained": time.strftime("%Y-%m-%d"),
        },
    }, groups


def report(model: dict) -> None:
    """How often the ranker's choice is the gold headline on the realpages dev split, of the texts whose
    candidates hold it."""
    chooser = HeadlineModel.from_json(model)
    for view in ("page", "article"):
        groups = [(rows, right) for name, rows, right in _groups(labelled_realpages("dev")) if name.endswith(view)
                  and any(right)]
        hits = 0
        for rows, right in groups:
            _, chosen = chooser.choose(rows)
            hits += any(ok and i == chosen for (i, _), ok in zip(rows, right))
        print(f"dev {view}: headline {hits / max(len(groups), 1):.3f} of the {len(groups)} texts whose "
              f"candidates hold it")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--none-weight", type=float, default=0.3)
    parser.add_argument("--families", nargs="*", default=list(TRAIN_FAMILIES),
                        help="bench.page_styles families to frame metadata-dev in")
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    return train_and_write(lambda: train(args.l2, args.min_count, args.none_weight, args.families)[0], args.out,
                           _describe, report if args.report else None)


def _describe(model: dict) -> str:
    provenance = model["provenance"]
    return (f"trained on {provenance['texts']} texts ({provenance['candidates']} candidates; gold among "
            f"candidates in {provenance['gold_among_candidates']})")


if __name__ == "__main__":
    raise SystemExit(main())
