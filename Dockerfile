# syntax=docker/dockerfile:1
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PORT=8000 \
    PROBE_PORT=8001

WORKDIR /app

# Dependencies first, in their own cached layer: the same install as `make run`.
COPY pyproject.toml README.md ./
RUN mkdir service && touch service/__init__.py \
    && pip install . \
    && pip uninstall --yes article-structurer

COPY service ./service
COPY gunicorn.conf.py ./
RUN pip install --no-deps . \
    && useradd --create-home --uid 10001 app

USER 10001
EXPOSE 8000 8001
# On the probe port (served by the gunicorn master: answers while every worker is busy).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f\"http://127.0.0.1:{os.environ.get('PROBE_PORT', '8001')}/healthz\", timeout=4)"]
CMD ["gunicorn", "--config", "gunicorn.conf.py"]
