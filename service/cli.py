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
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from tqdm import tqdm

from service.config import Settings
from service.nlp.pipeline import load_pipeline
from service.nlp.structure import structure_many
from service.serialize import article_to_dict


def _inputs(paths: Sequence[str]) -> list[tuple[str, Path | None]]:
    found: list[tuple[str, Path | None]] = []
    for raw in paths:
        if raw == "-":
            found.append(("stdin", None))
            continue
        path = Path(raw)
        if path.is_dir():
            found.extend((p.stem, p) for p in sorted(path.glob("*.txt")))
        else:
            found.append((path.stem, path))
    return found


def _read(path: Path | None) -> str:
    if path is None:
        return sys.stdin.read()
    return path.read_bytes().decode("utf-8", errors="replace")


def _structure(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    inputs = _inputs(args.paths)
    if not inputs:
        print("no input files found", file=sys.stderr)
        return 2
    nlp = load_pipeline(args.model or settings.spacy_model, settings.spacy_disable)
    texts: Iterator[str] = (_read(path)[: settings.max_text_chars] for _, path in inputs)
    results = structure_many(nlp, texts, batch_size=settings.batch_size)
    progress = tqdm(zip(inputs, results), total=len(inputs), disable=len(inputs) < 2 or args.quiet,
                    file=sys.stderr, unit="article")
    out_dir = Path(args.out_dir) if args.out_dir else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    for (name, _), article in progress:
        data = article_to_dict(article)
        if out_dir:
            (out_dir / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        elif args.jsonl or len(inputs) > 1:
            print(json.dumps({"id": name, **data}, ensure_ascii=False))
        else:
            print(json.dumps(data, ensure_ascii=False, indent=2))
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
    args = build_parser().parse_args(argv)
    return args.run(args)
