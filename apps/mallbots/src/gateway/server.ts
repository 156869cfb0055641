import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { HttpApp } from '../platform/http.js';
import type { Metrics } from '../platform/metrics.js';
import type { RunningModule } from '../platform/module.js';
import { handleError } from './error-handler.js';

export interface HttpServerOptions {
  logger: Logger;
  modules: readonly RunningModule[];
  metrics: Metrics;
  /** `GET /ready` answers 200 once this says so. */
  isReady(): Promise<boolean>;
}

/**
 * The gateway: every module's routes on one Fastify server, with request and response schemas from
 * zod, the OpenAPI document generated from them (`/openapi.json`, docs at `/docs`), the API's error
 * bodies, `/health`, `/ready` and the Prometheus metrics at `/metrics`.
 */
export const createHttpServer = async (options: HttpServerOptions): Promise<HttpApp> => {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    // Probes are polled all the time; logging each of them would drown the requests that matter.
    logController: new LogController({ disableRequestLogging: (request) => request.url === '/health' || request.url === '/ready' }),
    bodyLimit: 1024 * 1024,
    // Unknown query parameters and coercion are the schemas' business, not Ajv's.
    ajv: { customOptions: { coerceTypes: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // A PUT that carries nothing (`curl -X PUT … -H 'content-type: application/json'`) is an empty object,
  // as the reference's clients send it; anything else goes through Fastify's safe JSON parser.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body.toString();
    if (text.trim() === '') return done(null, {});
    return parseJson(request, text, done);
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send({ code: 404, message: `no route ${request.method} ${request.url.split('?')[0]}` });
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'MallBots', description: 'The kiosk, staff and depot API of MallBots.', version: '0.1.0' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/ready', { schema: { hide: true } }, async (_request, reply) => {
    const ready = await options.isReady();
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'catching up' });
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) =>
    reply.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics()),
  );
  app.addHook('onResponse', async (request, reply) => {
    options.metrics.observeRequest(request.routeOptions.url ?? 'unknown', request.method, reply.statusCode, reply.elapsedTime / 1000);
  });

  for (const module of options.modules) module.routes?.(app);
  await app.ready();
  return app;
};
