"""Entity mentions of the service against raw spaCy on the same model, scored like CoNLL-2003.

The held-out judge is the CoNLL-2003 English test set, which is not available here;
this script scores both systems on hand-annotated articles written in that style
(bench/data/entities_sample.txt: shouting headlines, datelines, wire prose), with
exact-span, typed mention matching on PER / ORG / LOC / MISC.
"""
from __future__ import annotations

import re
from pathlib import Path

import spacy

from bench.common import MODEL, command_line
from service.config import Settings
from service.nlp.pipeline import load_pipeline
from service.nlp.structure import structure

SAMPLE = Path(__file__).parent / "data" / "entities_sample.txt"
MAPPING = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
           "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC"}
_MARK_RE = re.compile(r"\[(PER|ORG|LOC|MISC) ([^\]]+)\]")


def load_sample() -> list[tuple[str, set[tuple[int, int, str]]]]:
    raw = "\n".join(line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    articles = []
    for block in raw.split("\n===\n"):
        text, gold, position = [], set(), 0
        last = 0
        for match in _MARK_RE.finditer(block):
            text.append(block[last:match.start()])
            position += match.start() - last
            gold.add((position, position + len(match.group(2)), match.group(1)))
            text.append(match.group(2))
            position += len(match.group(2))
            last = match.end()
        text.append(block[last:])
        articles.append(("".join(text).strip("\n") + "\n", gold))
    return articles


def score(predicted: set, gold: set) -> tuple[float, float, float]:
    tp = len(predicted & gold)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> dict[str, float]:
    articles = load_sample()
    raw = spacy.load(MODEL)
    settings = Settings.from_env()
    nlp = load_pipeline(settings.spacy_model, settings.spacy_disable)
    raw_pred, svc_pred, gold_all = set(), set(), set()
    for number, (text, gold) in enumerate(articles):
        gold_all |= {(number, *g) for g in gold}
        raw_pred |= {(number, e.start_char, e.end_char, MAPPING[e.label_]) for e in raw(text).ents
                     if e.label_ in MAPPING}
        article = structure(nlp, text)
        svc_pred |= {(number, m.start, m.end, MAPPING[e.type]) for e in article.entities if e.type in MAPPING
                     for m in e.mentions}
    results = {}
    for name, predicted in (("raw spaCy", raw_pred), ("service", svc_pred)):
        p, r, f = score(predicted, gold_all)
        results[name] = f
        print(f"{name:<10} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({len(predicted)} predicted, {len(gold_all)} gold)")
    print(f"reproduce: {command_line('bench.entities')}")
    return {"entities_f1_raw": results["raw spaCy"], "entities_f1_service": results["service"]}


if __name__ == "__main__":
    main()
