"""Extraction beyond one core: ``marsad ingest --workers N`` (the cores of this machine) and
``--dask ADDRESS`` (a Dask cluster: the cores of many machines).

Extraction is pure (a report and the resolver in, events out) and is where ingest spends its
time, so only it moves to the workers. Storing stays in the ingesting process, report after
report in the order they were read, each in its own transaction: the store sees exactly what a
single-process run gives it, and a crash loses only the reports still in flight (a re-run
skips the ones stored). A window of ``WINDOW_PER_WORKER`` reports per worker is in flight at
once (``Extractor.window``), so memory stays flat however many reports a folder or a JSONL file holds.

The resolver (gazetteer, aliases an analyst added) goes to each worker once: as the pool's
initializer argument, or scattered to every Dask worker. Each Dask worker needs Marsad
installed (the same version) to unpickle it.
"""
from __future__ import annotations

import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from events.errors import StoreError
from events.ingest import extract_report
from events.records import Report

WINDOW_PER_WORKER = 4
_WORKER_RESOLVER: Any = None


class WorkerError(StoreError):
    """The workers could not extract (a worker died, the cluster went away); what was stored
    before stays stored, and a re-run carries on from there."""


def _init_worker(resolver) -> None:
    global _WORKER_RESOLVER
    _WORKER_RESOLVER = resolver


def _extract_in_pool(report: Report):
    return extract_report(report, _WORKER_RESOLVER)


def _extract_on_dask(report: Report, resolver):
    return extract_report(report, resolver)


class Extractor:
    """Extraction in this process: ``submit`` does the work at once (the default, --workers 1),
    so each report is stored as soon as it is read (``window`` 0)."""

    workers = 1
    window = 0

    def __init__(self, resolver=None) -> None:
        self.resolver = resolver

    def submit(self, report: Report) -> Any:
        return extract_report(report, self.resolver)

    def result(self, handle: Any):
        return handle

    def close(self) -> None:
        pass

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class PoolExtractor(Extractor):
    """``workers`` processes of this machine."""

    def __init__(self, resolver=None, workers: int = 2) -> None:
        super().__init__(resolver)
        self.workers = workers
        self.window = WINDOW_PER_WORKER * workers
        self._pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(resolver,))

    def submit(self, report: Report) -> Future:
        return self._pool.submit(_extract_in_pool, report)

    def result(self, handle: Future):
        try:
            return handle.result()
        except BrokenProcessPool:
            raise WorkerError("an extraction worker process died (out of memory?): the reports before "
                              "it are stored; run the same command again to carry on") from None

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskExtractor(Extractor):
    """The workers of a Dask cluster: ``client`` is a ``dask.distributed.Client``."""

    def __init__(self, client, resolver=None, *, owned: tuple = ()) -> None:
        super().__init__(resolver)
        self.client, self._owned = client, owned  # owned: the client and cluster it started
        self.workers = max(1, len(client.scheduler_info().get("workers", {})))
        self.window = WINDOW_PER_WORKER * self.workers
        # Shipped once to every worker, not once a report (the gazetteer is about 1 MB).
        self._resolver = client.scatter(resolver, broadcast=True, hash=False) if resolver is not None else None

    def submit(self, report: Report):
        return self.client.submit(_extract_on_dask, report, self._resolver, pure=False)

    def result(self, handle):
        try:
            return handle.result()
        except (OSError, TimeoutError) as exc:
            raise WorkerError(f"the Dask cluster did not answer ({type(exc).__name__}: {exc}): the reports "
                              "before it are stored; run the same command again to carry on") from None

    def close(self) -> None:
        for thing in self._owned:
            thing.close()


def extractor(resolver=None, workers: int = 1, dask: str | None = None) -> Extractor:
    """The extractor ``marsad ingest`` asked for. ``dask``: a scheduler address
    (``tcp://host:8786``), or ``local`` for a LocalCluster of ``workers`` processes here."""
    if dask:
        return _dask_extractor(dask, resolver, workers)
    if workers < 1:
        raise ValueError("--workers must be at least 1")
    if workers == 1:
        return Extractor(resolver)
    return PoolExtractor(resolver, min(workers, 4 * (os.cpu_count() or 1)))


def _dask_extractor(address: str, resolver, workers: int) -> Extractor:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise WorkerError("--dask needs Dask: pip install 'marsad[dask]' (dask[distributed])") from None
    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise WorkerError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    return DaskExtractor(client, resolver, owned=(client,) + ((cluster,) if cluster is not None else ()))
