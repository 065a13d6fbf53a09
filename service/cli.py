"""Command line: structure files, a folder or stdin with the same extractors as the web service.

    structure-articles structure article.txt            # JSON to stdout
    structure-articles structure corpus/ --out-dir out/  # out/NAME.json per file
    cat article.txt | structure-articles structure -     # stdin
    structure-articles structure corpus/ --jsonl > all.jsonl
    structure-articles bulk articles.parquet out.parquet # on Dask (local cluster or --scheduler)
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path

from tqdm import tqdm

from service.config import Settings
from service.nlp.pipeline import load_pipeline
from service.nlp.structure import structure_many
from service.serialize import article_to_dict
from service.validation import TextRejected, check_text, read_text


PROG = "structure-articles"


class _Run:
    """What a ``structure`` run has done: failures are reported as they happen and counted for the exit status."""

    def __init__(self, progress: tqdm | None = None) -> None:
        self.failed = 0
        self.progress = progress

    def fail(self, where: str, why: str) -> None:
        self.failed += 1
        message = f"{PROG}: {where}: {why}"
        if self.progress is not None and not self.progress.disable:
            self.progress.write(message, file=sys.stderr)
            self.progress.update(1)
        else:
            print(message, file=sys.stderr)


def _inputs(paths: Sequence[str], run: _Run) -> list[tuple[str, Path | None]]:
    found: list[tuple[str, Path | None]] = []
    for raw in paths:
        if raw == "-":
            found.append(("stdin", None))
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(path.glob("*.txt"))
            if not files:
                run.fail(raw, "the folder holds no .txt files")
            found.extend((p.stem, p) for p in files)
        else:
            found.append((path.stem, path))
    return _unique_names(found)


def _unique_names(found: list[tuple[str, Path | None]]) -> list[tuple[str, Path | None]]:
    """Every input once, each with its own name (the id in --jsonl, the file name in --out-dir).

    A name is the file's stem; when several files share a stem (``dirA/x.txt``, ``dirB/x.txt``) each
    is named by its path below their common folder (``dirA/x``, ``dirB/x``), so no result replaces
    another. The same file given twice is structured once.
    """
    seen: set[Path] = set()
    unique: list[tuple[str, Path | None]] = []
    for name, path in found:
        if path is not None:
            key = path.resolve()
            if key in seen:
                continue
            seen.add(key)
        unique.append((name, path))
    groups: dict[str, list[int]] = {}
    for index, (name, path) in enumerate(unique):
        if path is not None:
            groups.setdefault(name, []).append(index)
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        paths = [unique[i][1].resolve() for i in indexes]  # type: ignore[union-attr]
        common = Path(os.path.commonpath([str(p.parent) for p in paths]))
        relative = [p.relative_to(common) for p in paths]
        names = [r.with_suffix("").as_posix() for r in relative]
        if len(set(names)) < len(names):  # x.txt and x.md in one folder: keep the suffix
            names = [r.as_posix() for r in relative]
        for i, name in zip(indexes, names):
            unique[i] = (name, unique[i][1])
    return unique


def _read(path: Path | None, max_chars: int) -> str:
    """The input's text, checked by the same rule as the HTTP service (TextRejected, OSError)."""
    if path is None:
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a text stream without bytes underneath (tests, embedding)
            return check_text(sys.stdin.read(), max_chars)
        return read_text(stream.read(), max_chars)
    return read_text(path.read_bytes(), max_chars)


def _why(error: Exception) -> str:
    if isinstance(error, TextRejected):
        return error.detail
    if isinstance(error, OSError):
        return f"cannot read: {error.strerror or error}"
    return str(error)


def _structure(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    run = _Run()
    inputs = _inputs(args.paths, run)
    if not inputs:
        print("no input files found", file=sys.stderr)
        return 2
    out_dir = Path(args.out_dir) if args.out_dir else None
    if out_dir:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            print(f"{PROG}: {out_dir}: cannot create the folder: {error.strerror or error}", file=sys.stderr)
            return 2
    nlp = load_pipeline(args.model or settings.spacy_model, settings.spacy_disable)
    progress = tqdm(total=len(inputs), disable=len(inputs) < 2 or args.quiet, file=sys.stderr, unit="article")
    run.progress = progress
    names: deque[str] = deque()

    def texts() -> Iterator[str]:
        # Read lazily (flat memory for any corpus); an unreadable or invalid input is reported and skipped.
        for name, path in inputs:
            try:
                text = _read(path, settings.max_text_chars)
            except (OSError, TextRejected) as error:
                run.fail("stdin" if path is None else str(path), _why(error))
                continue
            names.append(name if path is not None else "stdin")
            yield text

    one = len(inputs) == 1 and not args.jsonl
    structured = 0
    with progress:
        for article in structure_many(nlp, texts(), batch_size=settings.batch_size):
            name = names.popleft()
            data = article_to_dict(article)
            if out_dir:
                try:
                    target = out_dir / f"{name}.json"
                    target.parent.mkdir(parents=True, exist_ok=True)  # dirA/x.json for a shared name
                    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
                except OSError as error:
                    run.fail(str(out_dir / f"{name}.json"), f"cannot write: {error.strerror or error}")
                    continue
            elif one:
                print(json.dumps(data, ensure_ascii=False, indent=2))
            else:
                print(json.dumps({"id": name, **data}, ensure_ascii=False))
            structured += 1
            progress.update(1)
    if run.failed:
        print(f"{PROG}: {run.failed} failed, {structured} of {len(inputs)} inputs structured", file=sys.stderr)
        return 1
    return 0


def _bulk(args: argparse.Namespace) -> int:
    from service.bulk import BulkError, run_bulk

    try:
        counts = run_bulk(Path(args.input), Path(args.output), scheduler=args.scheduler, workers=args.workers,
                          partition_size=args.partition_size, progress=not args.quiet,
                          connect_timeout=args.connect_timeout)
    except BulkError as error:
        print(f"structure-articles bulk: error: {error} ({args.output} not written)", file=sys.stderr)
        return 2
    print(f"{counts['articles']} articles, {counts['failed']} failed -> {args.output}", file=sys.stderr)
    if counts["articles"] and counts["failed"] == counts["articles"]:
        print(f"structure-articles bulk: error: every row failed (see the errors in {args.output})",
              file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="structure-articles", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    structure = commands.add_parser("structure", help="structure article files, folders or stdin")
    structure.add_argument("paths", nargs="+", help="files, folders of *.txt, or - for stdin")
    structure.add_argument("--out-dir", help="write NAME.json per input into this folder")
    structure.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    structure.add_argument("--model", help="spaCy pipeline to load (default: SPACY_MODEL)")
    structure.add_argument("--quiet", action="store_true", help="no progress bar")
    structure.set_defaults(run=_structure)
    bulk = commands.add_parser("bulk", help="structure a JSONL or Parquet file of {id, text} rows on Dask")
    bulk.add_argument("input", help="input .jsonl or .parquet with id and text")
    bulk.add_argument("output", help="output .jsonl or .parquet (id, ok, result | error)")
    bulk.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    bulk.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster")
    bulk.add_argument("--partition-size", type=int, default=16, help="articles per Dask task")
    bulk.add_argument("--connect-timeout", type=float, default=30,
                      help="seconds to wait for --scheduler before giving up (default 30)")
    bulk.add_argument("--quiet", action="store_true", help="no progress bar")
    bulk.set_defaults(run=_bulk)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Exit status: 0 all done, 1 some inputs failed (each reported on stderr), 2 nothing could run,
    130 interrupted, 141 the reader closed our stdout (``| head``), quietly, as a pipeline expects."""
    args = build_parser().parse_args(argv)
    try:
        status = args.run(args)
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        # Whoever read stdout has gone: stop without a traceback, and point stdout at /dev/null so the
        # interpreter's final flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
