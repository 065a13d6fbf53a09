"""gunicorn settings: sync workers sharing one preloaded model (see README, "Tuning")."""
import gc
import glob
import os
import tempfile

# Before the app (and prometheus_client) is imported: every worker writes its metrics here.
# A directory given from outside (a mounted volume, deploy/k8s) may hold the files of a previous
# run of the container, which would be summed into this one's: remove them, once per process (a
# configuration reload on SIGHUP runs this file again and must not wipe the live workers' files).
_metrics_dir = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
if not _metrics_dir:
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="structurer-metrics-")
elif os.environ.get("_STRUCTURER_METRICS_CLEARED") != _metrics_dir:
    os.makedirs(_metrics_dir, exist_ok=True)
    for _stale in glob.glob(os.path.join(_metrics_dir, "*.db")):
        os.remove(_stale)
    os.environ["_STRUCTURER_METRICS_CLEARED"] = _metrics_dir

from prometheus_client import multiprocess  # noqa: E402

from service.config import Settings  # noqa: E402

_settings = Settings.from_env()

wsgi_app = "service.wsgi:app"
bind = f"0.0.0.0:{_settings.port}"
workers = _settings.web_concurrency
worker_class = "sync"
# Load the model in the master before forking: workers share its pages copy-on-write.
preload_app = True
# A maximal article (MAX_TEXT_CHARS) takes 7-9 s on an idle core and up to 26 s on a busy machine
# (bench/max_article.py, service/config.py MAX_ARTICLE_SECONDS); the default covers 3x that.
timeout = _settings.timeout
graceful_timeout = 30
keepalive = 5
# Recycling is a safety net only (memory stays flat: see bench/soak.py); 0 turns it off.
max_requests = _settings.max_requests
max_requests_jitter = _settings.max_requests // 10
# No control socket (gunicornc): nothing here uses it, and its default place ($HOME/.gunicorn) is
# not writable on a read-only root filesystem.
control_socket_disable = True
accesslog = None
errorlog = "-"
loglevel = _settings.log_level.lower()


def when_ready(server):
    # Probes answered by the master, so they never wait for a busy worker (service/probes.py).
    if _settings.probe_port:
        from service import probes

        try:
            probes.start(_settings.probe_port, lambda: probes.gunicorn_ready(server))
        except OSError as error:  # the port is taken: serve anyway; probes on PORT still answer when a worker is free
            server.log.error("probe server not started on port %s: %s", _settings.probe_port, error)
    # Objects alive now (the model) are never collected, so the GC does not touch and un-share their pages.
    gc.freeze()


def post_fork(server, worker):
    from service import probes

    probes.close_in_worker()


def child_exit(server, worker):
    multiprocess.mark_process_dead(worker.pid)
