/**
 * The house rules of DESIGN.md, checked in CI (`npm run boundaries`).
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-driver',
      comment: 'packages/eda is driver-free: no database, broker or HTTP framework, no adapter, no app code.',
      severity: 'error',
      from: { path: '^packages/eda/' },
      to: { path: '(^node_modules/(better-sqlite3|pg|pg-[^/]+|@nats-io/[^/]+|nats|fastify|@fastify/[^/]+)/)|^packages/eda-|^apps/' },
    },
    {
      name: 'adapters-do-not-import-apps',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'module-only-through-contract',
      comment: "A module reaches another module only through that module's contract.ts.",
      severity: 'error',
      from: { path: '^apps/mallbots/src/modules/([^/]+)/' },
      to: {
        path: '^apps/mallbots/src/modules/([^/]+)/',
        pathNot: ['^apps/mallbots/src/modules/$1/', '^apps/mallbots/src/modules/[^/]+/contract\\.ts$'],
      },
    },
    {
      name: 'domain-is-pure',
      comment: 'Domain code takes state and a command and returns events: no I/O, no adapters.',
      severity: 'error',
      from: { path: '/domain/' },
      to: { path: '(/adapters/)|(/application/)|(^node_modules/(better-sqlite3|pg|fastify|@nats-io/[^/]+)/)|(^node:(fs|net|http|child_process))' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'default'], extensions: ['.ts', '.js'] },
  },
};
