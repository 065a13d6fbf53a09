"""Train the line reader (service/nlp/models/page_lines.json) on real pasted pages and tidy frames.

    python -m training.page_lines                      # = make page-model
    python -m training.page_lines --C 0.5 --report     # also print per-class scores on the dev split

Labelled lines come from two sets beside the repo:
- ``realpages-dev`` (split ``train`` of its manifest; ``dev`` only for --report): a line is BODY when
  most of its word 4-grams are in the gold body or it holds a gold ``with`` snippet, OTHER when few
  are, when it holds a ``without`` snippet, or when a whole-page line is missing from the page's
  story-element copy; TITLE when it is a gold title; HEADER when a short line names a gold author or
  states the gold date. Lines none of these decide are left out.
- ``metadata-dev``: the gold headline, body paragraphs and boilerplate spans label every line.

Both stages are scikit-learn multinomial ``LogisticRegression`` over the sparse features of
``service.nlp.page.line_features``; the second stage adds the first stage's out-of-fold verdicts on
neighbouring lines (``line_model.context_features``). Features seen fewer than ``--min-count`` times
are dropped. The weights, the file names' hash and the label counts go into the model file.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import tempfile
import time
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from bench import page_styles
from service.nlp.layout import Line
from service.nlp.page.line_features import line_features
from service.nlp.page.line_model import LineClass, _Stage, context_features
from service.nlp.page.dates import DATE_RE, iso_date
from service.nlp.page.reader import reading_lines
from training.model_file import train_and_write

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
REALPAGES = SHARED / "realpages-dev"
DEFAULT_OUT = ROOT / "service" / "nlp" / "models" / "page_lines.json"
CLASSES = tuple(LineClass)
MAX_HEADER_WORDS = 20
BODY_SHARE, OTHER_SHARE = 0.6, 0.2


def normalised(text: str) -> str:
    """Text as the shared scorers compare it: NFKC, lower case, words only."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = re.sub(r"[‘’´`]", "'", text)
    text = re.sub(r"[“”]", '"', text)
    return re.sub(r"\W+", " ", text).strip()


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + 4]) for i in range(len(words) - 3)}


def _states_date(text: str, date: str) -> bool:
    return any((iso_date(m.group()) or "")[:10] == date for m in DATE_RE.finditer(text))


def _header_label(text: str, gold: dict) -> LineClass | None:
    if len(text.split()) > MAX_HEADER_WORDS:
        return None
    norm = f" {normalised(text)} "
    if any(f" {normalised(author)} " in norm for author in gold.get("authors") or []):
        return LineClass.HEADER
    if gold.get("date") and _states_date(text, gold["date"]):
        return LineClass.HEADER
    return None


def realpage_labels(lines: list[Line], gold: dict, story_lines: set[str] | None) -> list[LineClass | None]:
    titles = {normalised(t) for t in gold.get("titles") or []}
    body_words = normalised(gold.get("body") or "").split()
    body_shingles = _shingles(body_words)
    with_snippets = [normalised(s) for s in gold.get("with") or [] if normalised(s)]
    without_snippets = [normalised(s) for s in gold.get("without") or [] if normalised(s)]
    labels: list[LineClass | None] = []
    for line in lines:
        norm = normalised(line.text)
        label: LineClass | None = None
        if norm in titles:
            label = LineClass.TITLE
        elif (header := _header_label(line.text, gold)) is not None:
            label = header
        elif any(s in norm for s in with_snippets):
            label = LineClass.BODY
        elif any(s in norm for s in without_snippets):
            label = LineClass.OTHER
        elif body_shingles and len(words := norm.split()) >= 4:
            own = _shingles(words)
            share = len(own & body_shingles) / len(own)
            label = LineClass.BODY if share >= BODY_SHARE else LineClass.OTHER if share <= OTHER_SHARE else None
        elif body_words and norm and f" {norm} " not in f" {' '.join(body_words)} ":
            label = LineClass.OTHER
        if label is None and story_lines is not None and line.text not in story_lines:
            label = LineClass.OTHER
        labels.append(label)
    return labels


def frame_labels(lines: list[Line], gold: dict) -> list[LineClass | None]:
    """Labels of a tidy frame from its gold spans."""
    def inside(line: Line, spans: list[dict]) -> bool:
        return any(s["start"] < line.end and line.start < s["end"] for s in spans)
    headline = [gold["headline"]] if gold.get("headline") else []
    paragraphs = gold["body"]["paragraphs"] if gold.get("body") else []
    header = [s for s in gold.get("boilerplate") or [] if s["kind"] in ("byline", "timestamp")]
    metadata = {"authors": [a["name"] for a in gold["metadata"].get("authors") or []],
                "date": (gold["metadata"].get("published") or "")[:10] or None}
    labels: list[LineClass | None] = []
    for line in lines:
        if inside(line, headline):
            labels.append(LineClass.TITLE)
        elif inside(line, header) or _header_label(line.text, metadata):
            labels.append(LineClass.HEADER)
        elif inside(line, paragraphs):
            labels.append(LineClass.BODY)
        else:
            labels.append(LineClass.OTHER)
    return labels


def realpages_split(split: str) -> dict[str, list[str]]:
    """The manifest row of each realpages-dev text of a split ('train' or 'dev'), by name."""
    manifest = [row.split("\t") for row in (REALPAGES / "_manifest.tsv").read_text().splitlines()
                if row and not row.startswith("#")]
    return {row[0]: row for row in manifest if row[3] == split}


@contextmanager
def framed_families(families: Sequence[str]) -> Iterator[list[tuple[str, Path]]]:
    """(family, folder) of metadata-dev's articles framed in each ``bench.page_styles`` family; the folders
    last as long as the block."""
    with tempfile.TemporaryDirectory() as folder:
        framed = [(family, Path(folder) / family) for family in families]
        for family, out in framed:
            page_styles.build(out, SHARED / "metadata-dev", family)
        yield framed


def labelled_realpages(split: str) -> list[tuple[str, list[Line], list[LineClass | None]]]:
    folder = REALPAGES
    names = realpages_split(split)
    pages = []
    for name in sorted(names):
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        gold = json.loads((folder / f"{name}.gold.json").read_text(encoding="utf-8"))
        story = folder / f"{names[name][1]}.article.txt"
        story_lines = ({line.text for line in reading_lines(story.read_text(encoding="utf-8"))}
                       if gold["view"] == "page" and story.exists() else None)
        lines = reading_lines(text)
        pages.append((name, lines, realpage_labels(lines, gold, story_lines)))
    return pages


def labelled_frames(folder: Path = SHARED / "metadata-dev",
                    prefix: str = "") -> list[tuple[str, list[Line], list[LineClass | None]]]:
    """(name, lines, labels) of the tidy frames in a folder (metadata-dev's, or framed in another style)."""
    pages = []
    for path in sorted(folder.glob("*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        lines = reading_lines(path.read_text(encoding="utf-8"))
        pages.append((prefix + path.stem, lines, frame_labels(lines, gold)))
    return pages


def _fit(rows: list[list[str]], labels: list[LineClass], c: float, min_count: int):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = collections.Counter(f for row in rows for f in set(row))
    kept = [{f: 1 for f in row if counts[f] >= min_count} for row in rows]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(kept)
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(matrix, [label.value for label in labels])
    return vectorizer, model


def _stage(vectorizer, model) -> _Stage:
    classes = tuple(LineClass(c) for c in model.classes_)
    weights = {name: tuple(round(float(w), 4) for w in model.coef_[:, j])
               for j, name in enumerate(vectorizer.feature_names_) if any(abs(model.coef_[:, j]) > 1e-4)}
    return _Stage.from_weights(classes, weights, [float(b) for b in model.intercept_])


def _stage_json(stage: _Stage) -> dict:
    return {"classes": [c.value for c in stage.classes], "bias": stage.bias.tolist(),
            "weights": {k: list(v) for k, v in sorted(stage.weights.items())}}


def _second_rows(pages, first_stages: list[_Stage], folds: list[int]):
    rows, labels = [], []
    for (name, lines, page_labels), fold in zip(pages, folds):
        own = line_features(lines)
        context = context_features(first_stages[fold].probabilities(own))
        for features, extra, label in zip(own, context, page_labels):
            if label is not None:
                rows.append(features + extra)
                labels.append(label)
    return rows, labels


def _own_rows(pages):
    rows, labels = [], []
    for _, lines, page_labels in pages:
        for features, label in zip(line_features(lines), page_labels):
            if label is not None:
                rows.append(features)
                labels.append(label)
    return rows, labels


def train(c: float, min_count: int, folds: int = 5) -> tuple[dict, list]:
    pages = labelled_realpages("train") + labelled_frames()
    # Out-of-fold first-stage verdicts, so the second stage learns from verdicts as wrong as at run time.
    fold_of = [int(hashlib.md5(name.split(".")[0].encode()).hexdigest(), 16) % folds for name, _, _ in pages]
    fold_stages = []
    for k in range(folds):
        rows, labels = _own_rows([p for p, f in zip(pages, fold_of) if f != k])
        fold_stages.append(_stage(*_fit(rows, labels, c, min_count)))
    rows, labels = _own_rows(pages)
    first = _stage(*_fit(rows, labels, c, min_count))
    rows2, labels2 = _second_rows(pages, fold_stages, fold_of)
    second = _stage(*_fit(rows2, labels2, c, min_count))
    names = sorted(name for name, _, _ in pages)
    label_counts = collections.Counter(label.value for _, _, ls in pages for label in ls if label is not None)
    model = {
        "first": _stage_json(first), "second": _stage_json(second),
        "provenance": {
            "trained_by": "python -m training.page_lines",
            "data": "realpages-dev split train (page and story-element views) + metadata-dev",
            "pages": len(pages), "files_sha1": hashlib.sha1("\n".join(names).encode()).hexdigest(),
            "labels": dict(sorted(label_counts.items())), "C": c, "min_count": min_count,
            "trained": time.strftime("%Y-%m-%d"),
        },
    }
    return model, pages


def report(model: dict) -> None:
    from service.nlp.page.line_model import LineModel

    reader = LineModel.from_json(model)
    confusion = collections.Counter()
    for _, lines, labels in labelled_realpages("dev"):
        for probabilities, label in zip(reader.classify(lines)[0], labels):
            if label is not None:
                confusion[(label, max(probabilities, key=probabilities.get))] += 1
    for cls in CLASSES:
        tp = confusion[(cls, cls)]
        gold = sum(v for (g, _), v in confusion.items() if g == cls)
        pred = sum(v for (_, p), v in confusion.items() if p == cls)
        print(f"dev {cls.value:<7} P {tp / max(pred, 1):.3f} R {tp / max(gold, 1):.3f} (gold {gold})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--C", type=float, default=0.5)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--report", action="store_true", help="per-class precision and recall on the dev split")
    args = parser.parse_args(argv)
    return train_and_write(lambda: train(args.C, args.min_count)[0], args.out, _describe,
                           report if args.report else None)


def _describe(model: dict) -> str:
    return f"trained on {model['provenance']['pages']} pages {model['provenance']['labels']}"


if __name__ == "__main__":
    raise SystemExit(main())
