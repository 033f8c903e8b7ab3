# Tandem relay + editor in one image.
#   docker build -t tandem-relay .
#   docker run -p 1234:1234 -v tandem-data:/data -e TANDEM_AUTH_SECRET=... tandem-relay
# The relay refuses to listen on 0.0.0.0 without auth: set TANDEM_AUTH_SECRET (or a public key),
# or TANDEM_INSECURE_NO_AUTH=true on a trusted network. See README, "Operating Tandem".
ARG NODE_IMAGE=node:20-slim

# Compilers for better-sqlite3 when no prebuilt binary matches the platform.
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src

# Everything built: the relay bundle (apps/relay/dist) and the web app (apps/web/dist).
FROM toolchain AS build
COPY . .
RUN npm ci --no-audit --no-fund \
 && npx turbo run build --filter=@tandem/relay --filter=@tandem/web --output-logs=errors-only

# Only what the bundle imports at run time: the relay's production dependencies.
# Workspace packages (@tandem/*) are bundled into dist/main.js, so their links are dropped.
FROM toolchain AS runtime-deps
COPY . .
RUN npm ci --omit=dev --workspace @tandem/relay --no-audit --no-fund \
 && rm -rf node_modules/@tandem

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    TANDEM_HOST=0.0.0.0 \
    TANDEM_PORT=1234 \
    TANDEM_DATA_DIR=/data
WORKDIR /app
COPY --from=runtime-deps /src/node_modules ./node_modules
COPY --from=build /src/apps/relay/dist ./apps/relay/dist
COPY --from=build /src/apps/web/dist ./apps/web/dist
# The image's unprivileged `node` user (uid 1000) owns the data volume and runs the relay.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 1234
# Liveness: the same /healthz a load balancer uses (node-slim has no curl).
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.TANDEM_PORT || 1234) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node is PID 1 and receives SIGTERM itself (no shell or npm in between), so the
# relay drains (1012 to clients, edits flushed) within TANDEM_SHUTDOWN_TIMEOUT_MS (8 s), inside
# docker stop's default 10 s grace.
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "apps/relay/dist/main.js"]
