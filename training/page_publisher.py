"""Train the publisher ranker (service/nlp/models/page_publisher.json) on real pasted pages and tidy frames.

    python -m training.page_publisher                    # = make publisher-model
    python -m training.page_publisher --l2 1.0 --report  # also print accuracy on the realpages dev split

Each text is read by the page analysis as the service reads it (the shipped line model, the exact
publisher rules); a recording chooser keeps the candidates ``service.nlp.page.publisher.candidates``
gives. A candidate is right when the scorer would accept it for the gold publisher (the same name, or
one containing the other, after normalising case and punctuation) and it holds at least half the gold
name's words ('Breitbart' for 'Breitbart Tech', not 'Times' for 'St. Lucia Times News').
Texts: ``realpages-dev`` split ``train`` (page and story-element views; ``dev`` is for --report) and
``metadata-dev``, as given and framed in four ``bench/page_styles.py`` families (``TRAIN_FAMILIES``).
The model is a conditional logit over each page's candidates and 'no name' (``_fit``); features seen
fewer than ``--min-count`` times are dropped. Weights, the file names' hash and counts go into the
model file.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections.abc import Sequence
from pathlib import Path

from service.nlp.page.analyze import analyze_page
from service.nlp.page.publisher import NO_NAME, Candidate, PublisherModel
from training import conditional_logit
from training.model_file import train_and_write
from training.page_lines import REALPAGES, SHARED, framed_families, normalised, realpages_split

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "service" / "nlp" / "models" / "page_publisher.json"
MIN_SHARED_WORDS = 0.5
# Page-style families (bench/page_styles.py) that frame metadata-dev's articles in other tidy pages; the
# others (mixed3, news5, news7) stay unseen, to check the ranker on page styles it has not learnt from.
TRAIN_FAMILIES = ("alt", "wire2", "news4", "news6")


def accepts(name: str | None, gold: str) -> bool:
    """The scorer's rule: the same name, or one containing the other."""
    mine, theirs = normalised(name), normalised(gold)
    return bool(mine) and (mine == theirs or mine in theirs or theirs in mine)


def _positive(name: str, gold: str | None) -> bool:
    if not gold or not accepts(name, gold):
        return False
    return len(normalised(name).split()) >= MIN_SHARED_WORDS * len(normalised(gold).split())


class _Recorder:
    """Keeps the candidates the page analysis offers and names none."""

    def __init__(self) -> None:
        self.found: list[Candidate] = []

    def choose(self, candidates: Sequence[Candidate]) -> str | None:
        self.found = list(candidates)
        return None


def _texts(split: str) -> list[tuple[str, str, str | None]]:
    """(name, text, gold publisher) of the realpages split; for split 'train' also of metadata-dev, as
    given and framed in the ``TRAIN_FAMILIES``."""
    texts = []
    for name in sorted(realpages_split(split)):
        gold = json.loads((REALPAGES / f"{name}.gold.json").read_text(encoding="utf-8"))
        texts.append((name, (REALPAGES / f"{name}.txt").read_text(encoding="utf-8"), gold["publisher"]))
    if split == "train":
        texts += _frames(SHARED / "metadata-dev", "")
        with framed_families(TRAIN_FAMILIES) as framed:
            for family, folder in framed:
                texts += _frames(folder, f"{family}:")
    return texts


def _frames(folder: Path, prefix: str) -> list[tuple[str, str, str | None]]:
    texts = []
    for path in sorted(folder.glob("*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        texts.append((prefix + path.stem, path.read_text(encoding="utf-8"), gold["metadata"]["publisher"]))
    return texts


def _candidates(texts) -> list[tuple[str, list[Candidate], str | None]]:
    out = []
    for name, text, gold in texts:
        recorder = _Recorder()
        analyze_page(text, publisher_chooser=recorder)
        out.append((name, recorder.found, gold))
    return out


def _fit(pages, l2: float, min_count: int, none_weight: float) -> dict[str, float]:
    """Each page's choice among its candidates and 'no name' (the right one when the gold names no
    publisher), the gold's candidates sharing the probability of being right. A page whose gold names
    none counts ``none_weight`` times: the scorer asks for a name only where the page states one, and
    many pages that state none still print their name somewhere."""
    groups = [([NO_NAME, *(candidate.features for candidate in found)],
               [not gold] + [_positive(candidate.name, gold) for candidate in found], 1.0 if gold else none_weight)
              for _, found, gold in pages if gold or none_weight > 0]
    return conditional_logit.fit(groups, l2, min_count, always=NO_NAME)


def train(l2: float, min_count: int, none_weight: float) -> tuple[dict, list]:
    pages = _candidates(_texts("train"))
    weights = _fit(pages, l2, min_count, none_weight)
    names = sorted(name for name, _, _ in pages)
    reachable = sum(any(_positive(cand.name, gold) for cand in found) for _, found, gold in pages if gold)
    return {
        "ranker": {"bias": 0.0, "weights": dict(sorted(weights.items()))},
        "provenance": {
            "trained_by": "python -m training.page_publisher",
            "data": "realpages-dev split train (page and story-element views) + metadata-dev, as given and "
                    "framed by bench.page_styles families " + ", ".join(TRAIN_FAMILIES),
            "texts": len(pages), "files_sha1": hashlib.sha1("\n".join(names).encode()).hexdigest(),
            "candidates": sum(len(found) for _, found, _ in pages),
            "texts_with_gold": sum(1 for _, _, gold in pages if gold), "gold_among_candidates": reachable,
            "l2": l2, "min_count": min_count, "none_weight": none_weight, "trained": time.strftime("%Y-%m-%d"),
        },
    }, pages


def report(model: dict) -> None:
    """Accuracy on the realpages dev split (texts whose gold names a publisher), and how often a name is
    given where the gold has none."""
    chooser = PublisherModel.from_json(model)
    pages = [(name.rsplit(".", 1)[-1], chooser.choose(found), gold) for name, found, gold in _candidates(_texts("dev"))]
    for view in ("page", "article"):
        oks = [accepts(pick, gold) for v, pick, gold in pages if v == view and gold]
        print(f"dev {view}: publisher {sum(oks) / max(len(oks), 1):.3f} (n={len(oks)}); named where the gold "
              f"has none: {sum(1 for v, pick, gold in pages if v == view and not gold and pick)} of "
              f"{sum(1 for v, _, gold in pages if v == view and not gold)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--none-weight", type=float, default=0.1)
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    return train_and_write(lambda: train(args.l2, args.min_count, args.none_weight)[0], args.out, _describe,
                           report if args.report else None)


def _describe(model: dict) -> str:
    provenance = model["provenance"]
    return (f"trained on {provenance['texts']} texts ({provenance['candidates']} candidates; gold among "
            f"candidates in {provenance['gold_among_candidates']} of {provenance['texts_with_gold']})")


if __name__ == "__main__":
    raise SystemExit(main())
