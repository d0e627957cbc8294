# Koers as a container image: build the web app in one stage, run with production dependencies
# only, as a non-root user, with a health check. Data of the embedded database (PGlite) lives in
# the volume /data; with DATABASE_URL Koers uses a PostgreSQL server instead (docs/deploy.md).
#
#   docker build -t koers .
#   docker run -p 3000:3000 -v koers-data:/data -e KOERS_SECRET=… koers

ARG NODE_VERSION=20.19

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# Native modules (argon2) ship prebuilt binaries; the toolchain is only a fallback.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY packages/domain/package.json packages/domain/
COPY packages/duo/package.json packages/duo/
COPY packages/brp/package.json packages/brp/
COPY packages/server/package.json packages/server/
COPY packages/web/package.json packages/web/
RUN npm ci --no-audit --no-fund
COPY . .
# The server bundle is built after the prune: it imports node_modules as they are left (ADR 0110).
RUN npm run build -w @koers/web \
 && npm prune --omit=dev --no-audit --no-fund \
 && npm run build:server \
 && rm -rf packages/web/node_modules packages/web/src packages/web/e2e packages/*/test packages/server/bench

FROM node:${NODE_VERSION}-bookworm-slim AS run
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    KOERS_DATA_DIR=/data \
    KOERS_DEMO=false
WORKDIR /app
COPY --from=build --chown=root:root /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM (docker stop) lets Koers finish its work and close the database.
STOPSIGNAL SIGTERM
# glibc's allocator keeps its threshold for returning large blocks to the system, as `npm start` sets it (ADR 0110).
ENV GLIBC_TUNABLES=glibc.malloc.mmap_threshold=131072
# As the last step of `npm start` (package.json; packages/server/test/bundle.test.ts checks they agree).
CMD ["node", "--no-liftoff", "packages/server/dist/server.mjs"]
