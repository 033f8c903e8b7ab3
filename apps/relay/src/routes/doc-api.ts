import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { httpErrorBody } from '../http-error';
import { OPENAPI_PATH } from '../lazy-doc-api';
import { validationHook } from './api-schemas';
import { mountDocRoutes } from './doc';
import { mountDocContentRoutes } from './doc-content';
import type { DocRoutesDeps } from './doc-routes-deps';
import { mountVersionRoutes } from './versions';

export { OPENAPI_PATH };

/**
 * The document API (`/api/docs/{name}…`) and its OpenAPI 3.1 document at `/api/openapi.json`,
 * generated from the route definitions themselves (zod schemas validate every request and
 * describe it in the document, so the two cannot drift apart).
 */
export function createDocApi(deps: DocRoutesDeps): OpenAPIHono {
  const api = new OpenAPIHono({ defaultHook: validationHook });
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'The same access tokens as the WebSocket. Without auth on the relay, no token is needed and everyone is an editor.',
  });
  // Hono's validators throw for a malformed JSON body (400) or a wrong media type (415):
  // answer those in the API's own error shape; anything else is the app's 500.
  api.onError((error, c) => {
    if (!(error instanceof HTTPException) || error.status >= 500) throw error;
    return c.json(httpErrorBody(error.status, error.message), error.status);
  });
  mountDocRoutes(api, deps);
  mountDocContentRoutes(api, deps);
  mountVersionRoutes(api, deps);
  api.doc31(OPENAPI_PATH, {
    openapi: '3.1.0',
    info: {
      title: 'Tandem document API',
      version: '1',
      description:
        'Documents of a Tandem relay and their versions. Viewers read, export, list and diff versions; editors also import, ' +
        'rename, delete, name versions and restore them. Document names are ' +
        'URL-encoded path segments (a `/` in a name is `%2F`). Errors are `{"error":{"status","message"}}`.',
    },
  });
  return api;
}
