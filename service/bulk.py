"""Bulk structuring on Dask (dask.distributed): archives and backfills of many articles.

``structure_partition`` is the unit of work: a list of ``{"id", "text"}`` rows in,
one ``{"id", "ok", "result" | "error"}`` row out per input row, in order. It runs in
a Dask worker process and uses the process-wide pipeline (loaded once per worker,
on its first partition). ``run_bulk`` streams JSONL or Parquet in partitions, runs
them on a local cluster or on a scheduler you name, and writes JSONL or Parquet as
results come back, in input order.

Results are the same records the HTTP service returns for the same text.
"""
from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from werkzeug.http import HTTP_STATUS_CODES

from service.config import Settings
from service.validation import TextRejected, check_id, decode_text, text_problem
from service.nlp.pipeline import shared_pipeline
from service.nlp.structure import structure, structure_many
from service.serialize import article_to_dict

log = logging.getLogger(__name__)


class BulkError(Exception):
    """A run that cannot start or finish (unreadable input, unwritable output, unreachable scheduler).

    The message is one line meant for the person running the command; the output file is left untouched.
    """


def _problem(status: int, detail: str) -> dict[str, Any]:
    """The same problem object the HTTP service answers with."""
    return {"type": "about:blank", "title": HTTP_STATUS_CODES.get(status, "Error"), "status": status, "detail": detail}


def structure_partition(rows: list[dict[str, Any]], model: str | None = None,
                        disable: tuple[str, ...] | None = None, max_chars: int | None = None,
                        batch_size: int = 8, report: Callable[[int], None] | None = None) -> list[dict[str, Any]]:
    """Structure one partition; a failing article is reported in its own row, never loses the others.

    ``report(n)``, when given, is called as rows are done (n rows at a time: the invalid ones at once,
    then each article as it comes out of the pipeline), so a progress bar can move per article.
    """
    report = report or (lambda n: None)
    settings = Settings.from_env()
    nlp = shared_pipeline(model or settings.spacy_model,
                          settings.spacy_disable if disable is None else tuple(disable))
    limit = max_chars or settings.max_text_chars
    out: list[dict[str, Any] | None] = [None] * len(rows)
    valid = []
    for index, row in enumerate(rows):
        problem = row.get("problem") or text_problem(row.get("text"), limit)
        if problem:
            out[index] = {"id": row.get("id"), "ok": False, "error": _problem(*problem)}
        else:
            valid.append(index)
    if len(valid) < len(rows):
        report(len(rows) - len(valid))
    texts = [rows[i]["text"] for i in valid]
    articles: list[Any] = []
    try:
        for article in structure_many(nlp, texts, batch_size=batch_size):
            articles.append(article)
            report(1)
    except Exception:
        log.exception("partition failed; retrying its articles one by one")
        for text in texts[len(articles):]:
            try:
                articles.append(structure(nlp, text))
            except Exception as error:  # noqa: BLE001 - recorded in the row
                articles.append(error)
            report(1)
    for index, article in zip(valid, articles):
        if isinstance(article, Exception):
            out[index] = {"id": rows[index].get("id"), "ok": False,
                          "error": _problem(500, f"processing failed: {type(article).__name__}")}
        else:
            out[index] = {"id": rows[index].get("id"), "ok": True, "result": article_to_dict(article)}
    return out  # type: ignore[return-value]


_JSON_KINDS = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean",
               type(None): "null"}


def _failed_row(number: int, status: int, detail: str) -> dict[str, Any]:
    return {"id": str(number), "text": None, "problem": (status, detail)}


def _row(record: Any, number: int, where: str = "Line") -> dict[str, Any]:
    """An input record as ``{"id", "text"}`` (``"problem"`` when the record itself is unusable).

    A row without an id is named by its row number; ids follow service.validation.check_id, the
    rule of the batch endpoint.
    """
    if not isinstance(record, dict):
        return _failed_row(number, 422, f"{where} {number} is not a JSON object with a `text` field: "
                                        f"it is {_JSON_KINDS.get(type(record), type(record).__name__)}.")
    try:
        row_id = check_id(record.get("id"))
    except TextRejected as error:
        return _failed_row(number, error.status, f"{where} {number}: {error.detail}")
    row = {"id": str(number) if row_id is None else row_id, "text": record.get("text")}
    if "text" not in record:
        row["problem"] = (422, f"{where} {number} has no `text` field.")
    return row


def parquet_columns(path: Path) -> list[str]:
    import pyarrow.parquet as pq

    return list(pq.ParquetFile(path).schema_arrow.names)


def read_chunks(path: Path, size: int) -> Iterator[list[dict[str, Any]]]:
    """Rows of a .jsonl or .parquet file, ``size`` at a time, so any input size streams in flat memory.

    A line that is not UTF-8, not JSON or not an object becomes a failed row saying so (line numbers
    count from 1, blank lines included), never a crash.
    """
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        columns = [c for c in ("id", "text") if c in parquet_columns(path)]
        number = 0
        for batch in pq.ParquetFile(path).iter_batches(batch_size=size, columns=columns):
            records = batch.to_pylist()
            yield [_row(record, number + offset, "Row") for offset, record in enumerate(records, 1)]
            number += len(records)
        return
    chunk: list[dict[str, Any]] = []
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(decode_text(raw, what="line"))
            except TextRejected as error:
                chunk.append(_failed_row(number, 400, f"Line {number}: {error.detail}"))
            except json.JSONDecodeError as error:
                chunk.append(_failed_row(number, 400, f"Line {number} is not valid JSON: {error.msg} "
                                                      f"at column {error.colno}."))
            except (RecursionError, ValueError) as error:
                chunk.append(_failed_row(number, 400, f"Line {number} is not valid JSON: {error}."))
            else:
                chunk.append(_row(record, number))
            if len(chunk) >= size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


class RowWriter:
    """Result rows to JSONL, or to Parquet (id, ok, result and error as JSON strings), chunk by chunk.

    Rows go to a temporary file beside ``path``; ``close()`` moves it into place (an atomic rename),
    ``discard()`` deletes it. Until ``close()`` an existing ``path`` is never touched, so a failing
    run cannot truncate a previous output.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        except OSError as error:
            raise BulkError(f"cannot write {path}: {error.strerror or error}") from None
        self._temporary = Path(name)
        if path.suffix == ".parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            os.close(handle)
            self._schema = pa.schema([("id", pa.string()), ("ok", pa.bool_()),
                                      ("result", pa.string()), ("error", pa.string())])
            self._parquet = pq.ParquetWriter(self._temporary, self._schema)
            self._jsonl = None
        else:
            self._parquet = None
            self._jsonl = os.fdopen(handle, "w", encoding="utf-8")

    def write(self, rows: list[dict[str, Any]]) -> None:
        if self._jsonl is not None:
            for row in rows:
                self._jsonl.write(json.dumps(row, ensure_ascii=False) + "\n")
            return
        import pyarrow as pa

        self._parquet.write_table(pa.table({
            "id": [r["id"] for r in rows],
            "ok": [r["ok"] for r in rows],
            "result": [json.dumps(r["result"], ensure_ascii=False) if r["ok"] else None for r in rows],
            "error": [None if r["ok"] else json.dumps(r["error"]) for r in rows],
        }, schema=self._schema))

    def _close_file(self) -> None:
        if self._jsonl is not None:
            self._jsonl.close()
        else:
            self._parquet.close()

    def close(self) -> None:
        """Finish the file and move it into place (replacing any previous output)."""
        self._close_file()
        mode = 0o666 & ~_umask()
        os.chmod(self._temporary, mode)  # mkstemp makes 0600; give the output the usual permissions
        os.replace(self._temporary, self.path)

    def discard(self) -> None:
        """Drop what was written; ``path`` stays as it was."""
        try:
            self._close_file()
        except Exception:  # noqa: BLE001 - the run already failed; the file is deleted anyway
            log.debug("closing a discarded output failed", exc_info=True)
        self._temporary.unlink(missing_ok=True)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def count_rows(path: Path) -> int:
    """How many rows ``read_chunks`` will yield: Parquet's row count, or JSONL's non-blank lines (one fast pass)."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    with path.open("rb") as lines:
        return sum(1 for line in lines if line.strip())


def _partition_task(rows: list[dict[str, Any]], topic: str) -> list[dict[str, Any]]:
    """structure_partition on a Dask worker, telling the client (an event on ``topic``) as each row is done."""
    from dask.distributed import get_worker

    worker = get_worker()
    return structure_partition(rows, report=lambda n: worker.log_event(topic, n))


def check_input(path: Path) -> None:
    """Raise BulkError when ``path`` cannot be read as bulk input (before any cluster is started)."""
    if not path.is_file():
        raise BulkError(f"{path}: {'is a folder' if path.is_dir() else 'no such file'}")
    if not os.access(path, os.R_OK):
        raise BulkError(f"{path}: permission denied")
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            columns = parquet_columns(path)
        except Exception as error:  # noqa: BLE001 - pyarrow raises several types for a bad file
            raise BulkError(f"{path}: not a readable Parquet file ({error})") from None
        if "text" not in columns:
            raise BulkError(f"{path} has no `text` column: the columns are {', '.join(columns) or '(none)'}")


def read_result_rows(path: Path) -> list[dict[str, Any]]:
    """Result rows back from a file RowWriter wrote (for checks and small outputs)."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return [{"id": r["id"], "ok": r["ok"],
                 **({"result": json.loads(r["result"])} if r["ok"] else {"error": json.loads(r["error"])})}
                for r in pq.read_table(path).to_pylist()]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_bulk(source: Path, target: Path, scheduler: str | None = None, workers: int = 2,
             partition_size: int = 16, progress: bool = True, connect_timeout: float = 30,
             on_progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Structure every row of ``source`` on Dask into ``target``, in input order; returns counts.

    A LocalCluster of ``workers`` processes, or the scheduler at ``scheduler`` (given up on after
    ``connect_timeout`` seconds). At most two partitions per worker are in flight, so memory stays
    flat whatever the input size. ``target`` is written beside itself and moved into place only when
    every row is written; on any failure it is left as it was and BulkError (or the error) is raised.

    The progress bar (``progress``) knows the total (the input's row count) and so shows an ETA; it
    moves as each article is done on a worker, not as partitions come back. ``on_progress(done,
    total)`` is called at the same moments.
    """
    from dask.distributed import Client, LocalCluster
    from tqdm import tqdm

    check_input(source)
    counts = {"articles": 0, "failed": 0}
    writer = RowWriter(target)
    cluster = None
    done = False
    try:
        if scheduler:
            try:
                client = Client(scheduler, timeout=connect_timeout)
            except (OSError, TimeoutError, ValueError) as error:
                raise BulkError(f"cannot reach the Dask scheduler at {scheduler}: "
                                f"{str(error).splitlines()[0] if str(error) else type(error).__name__}") from None
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        total = count_rows(source)
        with client, tqdm(total=total, unit="article", disable=not progress, file=sys.stderr) as bar:
            limit = 2 * max(1, len(client.scheduler_info().get("workers", {})))
            pending: deque = deque()
            topic = f"structurer-progress-{uuid.uuid4().hex}"
            lock = threading.Lock()
            shown = [0]  # rows the bar has counted: events from workers, corrected by rows written

            def advance(to: int) -> None:
                with lock:
                    if to <= shown[0]:
                        return
                    bar.update(to - shown[0])
                    shown[0] = to
                    if on_progress is not None:
                        on_progress(to, total)

            def on_event(event: tuple[float, int]) -> None:
                # Runs on the client's event loop; never more than the rows the input holds.
                advance(min(total, shown[0] + int(event[1])))

            client.subscribe_topic(topic, on_event)

            def finish_oldest() -> None:
                rows = pending.popleft().result()
                writer.write(rows)
                counts["articles"] += len(rows)
                counts["failed"] += sum(not row["ok"] for row in rows)

            for chunk in read_chunks(source, partition_size):
                pending.append(client.submit(_partition_task, chunk, topic, pure=False))
                if len(pending) >= limit:
                    finish_oldest()
            while pending:
                finish_oldest()
            deadline = time.monotonic() + 2  # the last events may trail the last result a little
            while shown[0] < counts["articles"] and time.monotonic() < deadline:
                time.sleep(0.02)
            client.unsubscribe_topic(topic)
            advance(counts["articles"])
        writer.close()
        done = True
    finally:
        if not done:
            writer.discard()
        if cluster is not None:
            cluster.close()
    return counts
