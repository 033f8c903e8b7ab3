import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import "./chunk-7X6YPGIX.js";

// src/metrics/metrics-server.ts
import { createServer } from "node:http";
async function startMetricsServer(registry, options) {
  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    if (path !== "/metrics" || request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found: scrape /metrics\n");
      return;
    }
    registry.metrics().then(
      (body) => response.writeHead(200, { "content-type": registry.contentType }).end(request.method === "HEAD" ? void 0 : body),
      (error) => response.writeHead(500, { "content-type": "text/plain" }).end(`metrics failed: ${String(error)}
`)
    );
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address();
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    port,
    url: `http://${host}:${port}/metrics`,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    })
  };
}
export {
  startMetricsServer
};
