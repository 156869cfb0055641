import { deleteNatsPrefix } from '@mallbots/eda-nats';
import { connect } from '@nats-io/transport-node';

/** The server the integration tests use: `NATS_URL`, or the local one of the development and CI machines. */
export const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

/** A JetStream prefix of its own for one test run; `drop` deletes every stream under it. */
export const createTestPrefix = async (): Promise<{ url: string; prefix: string; drop(): Promise<void> }> => {
  const prefix = `mbtest-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const withConnection = async (work: (nc: Awaited<ReturnType<typeof connect>>) => Promise<unknown>) => {
    const nc = await connect({ servers: NATS_URL, timeout: 3_000 }).catch((error: unknown) => {
      throw new Error(`NATS is not reachable at ${NATS_URL}: ${String(error)}`);
    });
    try {
      await work(nc);
    } finally {
      await nc.close();
    }
  };
  await withConnection(async () => undefined);
  return { url: NATS_URL, prefix, drop: () => withConnection((nc) => deleteNatsPrefix(nc, prefix)) };
};
