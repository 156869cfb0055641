import httpProxy from '@fastify/http-proxy';
import type { ModuleName, Upstreams } from '../config.js';
import type { RunningModule } from '../platform/module.js';
import type { ErrorBody } from './error-handler.js';

/** Why the upstream gave no answer, from the error reply-from reports (its cause when it wraps one). */
const reasonOf = (error: Error): string => {
  const cause = error.cause instanceof Error ? error.cause : undefined;
  return cause?.message || error.message;
};

/**
 * The HTTP API of a module that runs in another process, mounted on this process's server: every
 * request under `/api/<module>` goes as it is (method, path, query, headers, body) to the same path
 * at `upstream`, and the answer comes back as it is, errors included. Nothing is retried: a request
 * may have had its effect upstream, and only the client knows whether to send it again.
 *
 * An upstream that gives no answer (down, refusing, reset) is a 502, one that timed out a 504,
 * both with the API's error body naming the module and its upstream.
 */
export const proxiedModule = (module: ModuleName, upstream: string): RunningModule => ({
  routes(app) {
    void app.register(async (scope) => {
      // Bodies go upstream as the bytes they came in: this scope drops the server's JSON parser, and
      // the proxy brings its pass-through parsers (they would clash with an inherited one).
      scope.removeContentTypeParser('application/json');
      await scope.register(httpProxy, {
        upstream,
        prefix: `/api/${module}`,
        rewritePrefix: `/api/${module}`,
        retryMethods: [],
        // The server logs each request already.
        disableRequestLogging: true,
        replyOptions: {
          onError(reply, { error }) {
            const timedOut = (error as { statusCode?: number }).statusCode === 504;
            const body: ErrorBody = {
              code: timedOut ? 504 : 502,
              message: `the ${module} module at ${upstream} ${timedOut ? 'did not answer in time' : `gave no answer (${reasonOf(error)})`}`,
            };
            reply.log.warn({ err: error, module, upstream }, 'upstream gave no answer');
            void reply.code(body.code).send(body);
          },
        },
      });
    });
  },
  async stop() {},
});

/** One proxied module per upstream. */
export const proxiedModules = (upstreams: Upstreams): RunningModule[] =>
  (Object.entries(upstreams) as [ModuleName, string][]).map(([module, upstream]) => proxiedModule(module, upstream));
