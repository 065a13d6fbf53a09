"""Features of each line of a pasted page, for the learned line reader (``line_model``).

A line is described by its own shape (length, case, final punctuation, date and byline
patterns, the furniture lexicon's verdict, its words when it is short) and by its
neighbourhood: the lengths of the lines around it, how long the run of short lines it sits
in is (menus are runs of short lines), where it stands relative to the page's densest run
of prose, and whether its words come back in the lines that follow (a headline's do).
Features are strings, the model's vocabulary; the same function serves training and run time.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from service.nlp.boilerplate import line_kind
from service.nlp.layout import Line

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_CONTENT_WORD_RE = re.compile(r"[^\W\d_]{4,}")
_PLAIN_WORD_RE = re.compile(r"[^\W_]+")
_DATE_RE = re.compile(
    r"\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_BY_RE = re.compile(r"^(?i:by|written by|posted by|words by|story by|reported by|authors?:?)\s+\S")
_URL_RE = re.compile(r"https?://|www\.|\.(?:com|org|net|co\.uk)\b", re.IGNORECASE)
_SENTENCE_END = ".!?"
_DIGIT_RE = re.compile(r"\d")
_CLOSERS = "\"'”’)"
SHORT_LINE_WORDS = 4
ECHO_LINE_WORDS = 12  # a longer line is no headline: whether the lines below repeat its words does not matter
PROSE_LINE_WORDS = 20
HEADLINE_CONTEXT_LINES = 12
NEIGHBOUR_OFFSETS = (-3, -2, -1, 1, 2, 3)
DENSITY_RADII = (3, 10, 30)
PLAIN_WORDS_CACHE = 1024


# The headline ranker compares each candidate with the lines around it: the same lines again and again.
@lru_cache(maxsize=PLAIN_WORDS_CACHE)
def plain_words(text: str) -> str:
    """The line's words, lower-cased and joined by single spaces ('Home » News' -> 'home news'): how a
    breadcrumb and the headline it ends with are compared."""
    return " ".join(_PLAIN_WORD_RE.findall(text.lower()))


def content_words(text: str) -> set[str]:
    """The words of four letters or more, lower-cased: what a headline and its story share."""
    return set(_CONTENT_WORD_RE.findall(text.lower()))


def _bin(value: int, edges: Sequence[int]) -> int:
    """The index of the first edge the value does not exceed (len(edges) past the last)."""
    return bisect.bisect_left(edges, value)


_WORD_BINS = (0, 1, 2, 3, 5, 8, 12, 20, 40)
_RUN_BINS = (1, 2, 3, 5, 8, 15)
_CHAR_BINS = (20, 40, 80, 160, 320, 640, 1280)
_SENTENCE_BINS = (0, 1, 2, 4, 8)
_SENTENCE_BREAK_RE = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-Z])")
_DISTANCE_BINS = (0, 1, 2, 3, 5, 8, 15, 30)
# The names of the window features, built once: each line has a dozen, of a few values each.
_WORD_BIN_VALUES = range(len(_WORD_BINS) + 1)
_DENSITY_NAMES = {radius: tuple(f"dens{radius}={fifth}" for fifth in range(6)) for radius in DENSITY_RADII}
_WINDOW_WORDS_NAMES = {radius: tuple(f"words{radius}={b}" for b in _WORD_BIN_VALUES) for radius in DENSITY_RADII}
_NEIGHBOUR_NAMES = {offset: tuple(f"n{offset}={b}" for b in _WORD_BIN_VALUES) for offset in NEIGHBOUR_OFFSETS}


def _final_class(text: str) -> str:
    last = text.rstrip(_CLOSERS)[-1:] or text[-1:]
    if last in _SENTENCE_END:
        return last
    if last == ":":
        return ":"
    if last.isdigit():
        return "digit"
    if last.isalpha():
        return "alpha"
    return "other"


def _is_prose(words: int, text: str) -> bool:
    return words >= PROSE_LINE_WORDS and text.rstrip(_CLOSERS)[-1:] in _SENTENCE_END


def _prose_run(word_counts: list[int], prose: list[bool]) -> tuple[int, int]:
    """The run of lines richest in prose (best sum: prose lines gain their words, other lines cost)."""
    best, best_range, total, start = 0.0, (0, -1), 0.0, 0
    for i, (words, is_prose) in enumerate(zip(word_counts, prose)):
        gain = float(words) if is_prose else -(2.0 + 0.5 * words)
        if total <= 0:
            total, start = 0.0, i
        total += gain
        if total > best:
            best, best_range = total, (start, i)
    return best_range


def line_features(lines: Sequence[Line]) -> list[list[str]]:
    """The sparse features of every line, in order."""
    texts = [line.text for line in lines]
    line_words = [_WORD_RE.findall(text) for text in texts]
    word_counts = [len(found) for found in line_words]
    word_bins = [_bin(words, _WORD_BINS) for words in word_counts]  # a line's own and its neighbours'
    prose = [_is_prose(w, t) for w, t in zip(word_counts, texts)]
    short = [w <= SHORT_LINE_WORDS for w in word_counts]
    short_run = _run_lengths(short)
    run_start, run_end = _prose_run(word_counts, prose)
    repeats = Counter(texts)
    # Content words matter for the lines whose echo is asked ('echo=') and the lines below each of them.
    asked = [i for i, words in enumerate(word_counts) if SHORT_LINE_WORDS < words <= ECHO_LINE_WORDS]
    read = {j for i in asked for j in range(i, min(len(texts), i + 1 + HEADLINE_CONTEXT_LINES))}
    content = [content_words(text) if j in read else set() for j, text in enumerate(texts)]
    block_sizes = Counter(line.block for line in lines)
    count = len(lines)
    prose_prefix, words_prefix = [0], [0]
    for is_prose, words in zip(prose, word_counts):
        prose_prefix.append(prose_prefix[-1] + is_prose)
        words_prefix.append(words_prefix[-1] + words)
    features: list[list[str]] = []
    for i, text in enumerate(texts):
        words = word_counts[i]
        word_bin, final = word_bins[i], _final_class(text)
        f = [f"w={word_bin}", f"end={final}", f"w|end={word_bin}|{final}", f"len={_bin(len(text), _CHAR_BINS)}",
             f"sents={_bin(len(_SENTENCE_BREAK_RE.findall(text)), _SENTENCE_BINS)}",
             f"run={_bin(short_run[i], _RUN_BINS) if short[i] else 'long'}",
             f"blk={_bin(block_sizes[lines[i].block], _RUN_BINS)}",
             f"pos={min(9, i * 10 // max(count, 1))}"]
        if i < run_start:
            f.append(f"before={_bin(run_start - i, _DISTANCE_BINS)}")
        elif i > run_end:
            f.append(f"after={_bin(i - run_end, _DISTANCE_BINS)}")
        else:
            f.append("inrun")
        for radius in DENSITY_RADII:
            low, high = max(0, i - radius), min(count, i + radius + 1)
            share = (prose_prefix[high] - prose_prefix[low]) / (high - low)
            f.append(_DENSITY_NAMES[radius][int(share * 5)])
            f.append(_WINDOW_WORDS_NAMES[radius][
                _bin((words_prefix[high] - words_prefix[low]) // (high - low), _WORD_BINS)])
        for offset in NEIGHBOUR_OFFSETS:
            j = i + offset
            f.append(_NEIGHBOUR_NAMES[offset][word_bins[j]] if 0 <= j < count else f"n{offset}=none")
        f.extend(_shape(text, words))
        if repeats[text] > 1:
            f.append("repeated")
        kind = line_kind(text)
        if kind:
            f.append(f"kind={kind}")
        if words <= SHORT_LINE_WORDS:
            f.extend(f"sw={word.lower()}" for word in line_words[i])
        elif words <= ECHO_LINE_WORDS and content[i]:
            following = set().union(*content[i + 1:i + 1 + HEADLINE_CONTEXT_LINES]) if i + 1 < count else set()
            shared = len(content[i] & following) / len(content[i])
            f.append(f"echo={min(4, int(shared * 5))}")
        features.append(f)
    return features


def _run_lengths(flags: list[bool]) -> list[int]:
    """For each position, the length of the run of equal flags it belongs to."""
    lengths = [0] * len(flags)
    i = 0
    while i < len(flags):
        j = i
        while j < len(flags) and flags[j] == flags[i]:
            j += 1
        lengths[i:j] = [j - i] * (j - i)
        i = j
    return lengths


def _shape(text: str, words: int) -> list[str]:
    tokens = text.split()
    capitalised = sum(1 for t in tokens if t[:1].isupper())
    f = [f"cap={capitalised * 4 // max(len(tokens), 1)}"]
    if text.isupper() and words:
        f.append("allcaps")
    digits = _DIGIT_RE.search(text) is not None
    if digits:
        f.append("digits")
    if digits and _DATE_RE.search(text):  # every date form has a digit
        f.append("date")
    if _BY_RE.match(text):
        f.append("by")
    if "|" in text or " · " in text or " • " in text:
        f.append("bar")
    if "©" in text or "copyright" in text.lower():
        f.append("copyright")
    if ("." in text or ":" in text) and _URL_RE.search(text):  # an address has one or the other
        f.append("url")
    if "@" in text:
        f.append("at")
    if text[:1] in "\"“‘'":
        f.append("quote-open")
    if words > 1 and words <= 20 and text[:1].isupper() and text.rstrip(_CLOSERS)[-1:] not in ".":
        f.append("heading-shaped")
    return f
