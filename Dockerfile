# syntax=docker/dockerfile:1
# Multi-stage build: compile TypeScript and native modules in a build stage, ship only
# production dependencies and the compiled output, run as the unprivileged `node` user.
# Node 24 is the active LTS line; both stages use the same image so better-sqlite3's native
# module is built for (or downloaded for) exactly the runtime's Node ABI and glibc.
# CI can't run Docker: .ci/production-smoke builds and starts exactly what this image runs.

FROM node:24-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary can be downloaded.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
COPY bin ./bin
COPY assets ./assets
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HTTP_HOST=0.0.0.0 \
    HTTP_PORT=8080 \
    CONSOLE=off \
    DATABASE_URL=sqlite:/data/dokker.db
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/bin ./bin
# Files read at run time besides the compiled code: the fonts the radio pictures are drawn with,
# and the web chat's browser script and style sheet (served as they are).
COPY --from=build --chown=node:node /app/assets ./assets
COPY --from=build --chown=node:node /app/src/platforms/web/client ./src/platforms/web/client
# /app/data → /data: a DATABASE_URL copied from .env.example (sqlite:./data/dokker.db) also
# lands on the volume instead of the read-only image layer.
RUN mkdir -p /data && chown node:node /data && ln -s /data /app/data
USER node
VOLUME ["/data"]
EXPOSE 8080
# /healthz is on METRICS_PORT when that is set (health and metrics on their own listener).
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.METRICS_PORT||process.env.HTTP_PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The same command CI runs after `npm run build` (.ci/production-smoke).
CMD ["node", "dist/src/main.js"]
