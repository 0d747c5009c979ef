FROM python:3.11-slim-bookworm

WORKDIR /app
COPY scripts/apt-packages.txt scripts/
RUN apt-get update \
    && grep -v '^\s*\(#\|$\)' scripts/apt-packages.txt | xargs apt-get install -y --no-install-recommends \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY backend backend
COPY ocr ocr
COPY migrations migrations
COPY pwa pwa
COPY scripts/boot.sh scripts/

ENV OMP_THREAD_LIMIT=1 BOOTHMATE_DATA_DIR=/data BOOTHMATE_ENV_NAME=production
RUN useradd --create-home boothmate && mkdir -p /data && chown boothmate /data
USER boothmate
EXPOSE 8000
CMD ["scripts/boot.sh"]
