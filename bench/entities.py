"""Entity mentions of the service against raw spaCy on the same model, scored like CoNLL-2003.

    .venv/bin/python -m bench.entities                         # the hand-annotated sample in bench/data/
    .venv/bin/python -m bench.entities --conll eng.testa       # any CoNLL-2003 file (word POS chunk NER)
    .venv/bin/python -m bench.entities --conll eng.testa --layout detokenized --show-errors 30

The held-out judge is the CoNLL-2003 English test set, which this repository does not
ship (Reuters' licence); ``--conll`` scores any file in that format. Each document becomes
one text, one sentence per line, tokens joined by spaces (``--layout tokenized``, as the
corpus is distributed) or with the spaces before punctuation and clitics removed
(``--layout detokenized``, as a person would paste it). Without ``--conll`` the script
scores hand-annotated articles written in that style (bench/data/entities_sample.txt).
Matching is exact-span and typed, on PER / ORG / LOC / MISC.
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import spacy

from bench.common import MODEL, command_line
from service.config import Settings
from service.nlp.pipeline import load_pipeline
from service.nlp.structure import structure_many

SAMPLE = Path(__file__).parent / "data" / "entities_sample.txt"
MAPPING = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
           "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC"}
_MARK_RE = re.compile(r"\[(PER|ORG|LOC|MISC) ([^\]]+)\]")
# Tokens that attach to the token before them when a tokenized sentence is pasted as prose.
_ATTACH_LEFT = frozenset({",", ".", ":", ";", "?", "!", ")", "'s", "'", "n't", "'re", "'ve", "'ll", "'m", "'d", "%"})
Gold = set[tuple[int, int, str]]


def load_sample() -> list[tuple[str, Gold]]:
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


def _conll_documents(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents -> sentences -> (word, IOB NER tag)."""
    documents: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        fields = line.split()
        if not fields or fields[0] == "-DOCSTART-":
            if sentence:
                documents[-1].append(sentence) if documents else documents.append([sentence])
                sentence = []
            if fields and fields[0] == "-DOCSTART-":
                documents.append([])
            continue
        sentence.append((fields[0], fields[-1]))
    return [doc for doc in documents if doc]


def render_conll(document: list[list[tuple[str, str]]], detokenized: bool) -> tuple[str, Gold]:
    """The document's text and its gold mentions (IOB1 or IOB2 tags)."""
    pieces: list[str] = []
    gold: Gold = set()
    position = 0
    for sentence in document:
        if pieces:
            pieces.append("\n")
            position += 1
        open_mention: tuple[int, str] | None = None
        previous_end = position
        for index, (word, tag) in enumerate(sentence):
            glue = index > 0 and not (detokenized and (word in _ATTACH_LEFT or sentence[index - 1][0] in ("(", "$")))
            if glue:
                pieces.append(" ")
                position += 1
            kind = tag[2:] if tag != "O" else None
            starts = tag.startswith("B-") or (kind and (open_mention is None or open_mention[1] != kind))
            if open_mention and (kind is None or starts):
                gold.add((open_mention[0], previous_end, open_mention[1]))
                open_mention = None
            if kind and open_mention is None:
                open_mention = (position, kind)
            pieces.append(word)
            position += len(word)
            previous_end = position
        if open_mention:
            gold.add((open_mention[0], previous_end, open_mention[1]))
    return "".join(pieces) + "\n", gold


def load_conll(path: Path, detokenized: bool) -> list[tuple[str, Gold]]:
    return [render_conll(document, detokenized) for document in _conll_documents(path)]


def score(predicted: set, gold: set) -> tuple[float, float, float]:
    tp = len(predicted & gold)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _by_type(predicted: set, gold: set) -> str:
    parts = []
    for kind in ("PER", "ORG", "LOC", "MISC"):
        _, _, f = score({m for m in predicted if m[3] == kind}, {m for m in gold if m[3] == kind})
        parts.append(f"{kind} {f:.3f}")
    return "  ".join(parts)


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conll", type=Path, help="a CoNLL-2003 file (default: the sample in bench/data/)")
    parser.add_argument("--layout", choices=("tokenized", "detokenized"), default="tokenized")
    parser.add_argument("--show-errors", type=int, default=0, help="print this many of the service's errors")
    parser.add_argument("--quick", action="store_true", help="accepted for make bench --quick; the sample is small")
    args = parser.parse_args(argv)
    articles = load_conll(args.conll, args.layout == "detokenized") if args.conll else load_sample()
    texts = [text for text, _ in articles]
    raw = spacy.load(MODEL)
    settings = Settings.from_env()
    nlp = load_pipeline(settings.spacy_model, settings.spacy_disable)
    gold_all = {(number, *g) for number, (_, gold) in enumerate(articles) for g in gold}
    raw_pred = {(number, e.start_char, e.end_char, MAPPING[e.label_])
                for number, doc in enumerate(raw.pipe(texts, batch_size=16)) for e in doc.ents if e.label_ in MAPPING}
    svc_pred = {(number, m.start, m.end, MAPPING[e.type])
                for number, article in enumerate(structure_many(nlp, texts, batch_size=16))
                for e in article.entities if e.type in MAPPING for m in e.mentions}
    print(f"{len(articles)} documents, {len(gold_all)} gold mentions")
    results = {}
    for name, predicted in (("raw spaCy", raw_pred), ("service", svc_pred)):
        p, r, f = score(predicted, gold_all)
        results[name] = f
        print(f"{name:<10} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({len(predicted)} predicted)   "
              f"{_by_type(predicted, gold_all)}")
    if args.show_errors:
        errors = Counter()
        for number, start, end, kind in sorted((svc_pred - gold_all) | (gold_all - svc_pred)):
            side = "spurious" if (number, start, end, kind) in svc_pred else "missed"
            errors[(side, kind, texts[number][start:end])] += 1
        for (side, kind, surface), count in errors.most_common(args.show_errors):
            print(f"  {count:3d} {side:<8} {kind:<4} {surface!r}")
    print(f"reproduce: {command_line('bench.entities')}")
    return {"entities_f1_raw": results["raw spaCy"], "entities_f1_service": results["service"]}


if __name__ == "__main__":
    main()
