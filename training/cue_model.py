"""Train the cue model (service/nlp/models/cue_model.json) on the PolNeAR train split.

    python -m training.cue_model                       # = make cue-model
    python -m training.cue_model --train DIR --out FILE --C 0.3 --threshold 0.28

Each train article goes through the service's own steps (page analysis, model view,
spaCy, entities, the rule-based claims). Every verb the rules did not use as a cue is
a candidate; it is a positive example when it lies inside a gold Cue span and the
content it would produce matches a gold attribution the rules missed (token F1 >= 0.5,
the lenient match of ``eval/polnear.py``). A logistic regression (scikit-learn, the
``train`` extra) learns the weights; features seen fewer than ``--min-count`` times are
dropped. The threshold was chosen on the dev split (see training/README.md).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import time
from pathlib import Path

from service.config import Settings
from service.nlp.claims import cue_candidates, extract_claims
from service.nlp.entities import extract_entities
from service.nlp.page import analyze_page
from service.nlp.pipeline import load_pipeline
from service.nlp.prepare import model_view

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TRAIN = ROOT.parent / "shared" / "data" / "polnear" / "train"
DEFAULT_OUT = ROOT / "service" / "nlp" / "models" / "cue_model.json"
_WORD = re.compile(r"\w+")


def _tokens(text: str, start: int, end: int) -> frozenset[int]:
    """Word tokens (by position) a span covers at least half of, as the scorer counts them."""
    return frozenset(m.start() for m in _WORD.finditer(text)
                     if min(end, m.end()) - max(start, m.start()) >= (m.end() - m.start()) / 2)


def _f1(a: frozenset[int], b: frozenset[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _segments(field: str) -> list[tuple[int, int]]:
    return [(int(s), int(e)) for s, e in (part.split() for part in field.split(";"))]


def gold_attributions(ann: Path, text: str) -> list[tuple[frozenset[int], list[tuple[int, int]]]]:
    """(content tokens, cue segments) of each attribution in a brat file."""
    spans, events = {}, []
    for line in ann.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if fields[0].startswith("T") and len(fields) >= 2:
            label, _, positions = fields[1].partition(" ")
            try:
                spans[fields[0]] = _segments(positions)
            except ValueError:
                continue
        elif fields[0].startswith("E") and len(fields) >= 2:
            events.append(dict(part.split(":", 1) for part in fields[1].split() if ":" in part))
    attributions = []
    for event in events:
        content = [seg for role, ref in event.items() if role.startswith("Content") for seg in spans.get(ref, [])]
        if content:
            tokens = frozenset().union(*(_tokens(text, s, e) for s, e in content))
            attributions.append((tokens, spans.get(event.get("Cue", ""), [])))
    return attributions


def examples(train: Path, nlp) -> tuple[list[list[str]], list[bool]]:
    features, labels = [], []
    paths = sorted(train.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    layouts = [analyze_page(text) for text in texts]
    docs = nlp.pipe((model_view(t, layout) for t, layout in zip(texts, layouts)), batch_size=16)
    for path, text, layout, doc in zip(paths, texts, layouts, docs):
        gold = gold_attributions(path.with_suffix(".ann"), text)
        claims = extract_claims(doc, layout, extract_entities(doc, layout), learned=False)
        found = [_tokens(text, c.content.start, c.content.end) for c in claims if c.kind != "unattributed"]
        missed = [(tokens, cues) for tokens, cues in gold if max((_f1(tokens, f) for f in found), default=0) < 0.5]
        for candidate in cue_candidates(doc, layout, claims):
            draft = candidate.draft
            content = _tokens(text, draft.start, draft.end)
            positive = any(_f1(tokens, content) >= 0.5 and any(s <= draft.cue[0] < e for s, e in cues)
                           for tokens, cues in missed)
            features.append(candidate.features)
            labels.append(positive)
    return features, labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--C", type=float, default=0.3, help="inverse L2 regularisation strength")
    parser.add_argument("--threshold", type=float, default=0.28, help="probability above which a verb is a cue")
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args()

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    started = time.perf_counter()
    settings = Settings.from_env()
    nlp = load_pipeline(settings.spacy_model, settings.spacy_disable)
    features, labels = examples(args.train, nlp)
    counts: dict[str, int] = {}
    for row in features:
        for name in set(row):
            counts[name] = counts.get(name, 0) + 1
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([{n: 1 for n in row if counts[n] >= args.min_count} for row in features])
    classifier = LogisticRegression(C=args.C, max_iter=5000).fit(matrix, labels)
    weights = {name: round(float(w), 5) for name, w in zip(vectorizer.get_feature_names_out(), classifier.coef_[0])
               if abs(w) >= 1e-4}
    articles = sorted(args.train.glob("*.txt"))
    digest = hashlib.sha256("".join(p.name for p in articles).encode()).hexdigest()[:16]
    model = {
        "bias": round(float(classifier.intercept_[0]), 5),
        "threshold": args.threshold,
        "provenance": {
            "data": f"PolNeAR train split ({len(articles)} articles, names sha256 {digest})",
            "trainer": "python -m training.cue_model",
            "spacy_model": settings.spacy_model,
            "C": args.C, "min_count": args.min_count,
            "examples": len(labels), "positives": int(sum(labels)),
        },
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(labels)} candidates, {sum(labels)} positive, {len(weights)} weights -> {args.out} "
          f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
