"""Regenerate service/nlp/lexicon/vocab_common_words.txt from the PolNeAR train split.

    python -m training.common_words [--train DIR]

The small English model ships lexemes for only a few hundred words, so every other word
of every article gets a fresh lexeme and a fresh tokenizer-cache entry, and the memory
zone that keeps the service's memory flat throws both away after the request: the next
request builds them again. Tokenising the strings news text uses most once, at start-up
and outside any memory zone, makes them permanent (tokenising an article inside a memory
zone: about 13 ms -> 3 ms). The list holds every whitespace-separated string ("said,",
"(Reuters)") seen at least MIN_COUNT times in the train split, as written.
"""
from __future__ import annotations

import argparse
import collections
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TRAIN = ROOT.parent / "shared" / "data" / "polnear" / "train"
OUT = ROOT / "service" / "nlp" / "lexicon" / "vocab_common_words.txt"
MIN_COUNT = 2


def common_words(folder: Path, min_count: int = MIN_COUNT) -> list[str]:
    counts: collections.Counter[str] = collections.Counter()
    for path in sorted(folder.glob("*.txt")):
        counts.update(path.read_text(encoding="utf-8").split())
    # One string per line, and '#' starts a comment in the lexicon files.
    keep = (w for w, n in counts.items() if n >= min_count and w.splitlines() == [w] and not w.startswith("#"))
    return sorted(keep, key=lambda w: (-counts[w], w))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    args = parser.parse_args()
    words = common_words(args.train)
    header = (f"# Strings between spaces seen at least {MIN_COUNT} times in the PolNeAR train split, most frequent\n"
              "# first (training/common_words.py): tokenised once when the model loads, so they stay cached.\n")
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {OUT}")


if __name__ == "__main__":
    main()
