# csp-comms-bot in a container: `docker build -t csp-comms-bot .` then
# `docker run -p 3978:3978 -e MicrosoftAppId=… -e MicrosoftAppPassword=… -e STORAGE=azure -e AZURE_STORAGE_CONNECTION_STRING=… csp-comms-bot`
# Configuration comes from the environment only (see .env.example); no secret is baked into the image.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build before the sources are here; the build runs below.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY cards ./cards
# The file store's folder (STORAGE=file, one container only); mount a volume here to keep it across restarts.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
# A container must listen on every interface: the port is published by the container runtime.
ENV HOST=0.0.0.0 PORT=3978 DATA_DIR=/app/.data
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server/main.js"]
