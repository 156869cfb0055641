import { newId, newTraceparent, type EventStore } from '@mallbots/eda';
import { figure, rate, type Figure } from './measure.js';

/** The event both sides append: a deposit of the usual size, with full metadata. */
export const benchData = { amountCents: 1250, note: 'a deposit of the usual size' };
export const benchMetadata = { correlationId: newId(), causationId: newId(), traceparent: newTraceparent(), kind: 'event' as const };

/** An append through our event store, guarded by the version it appended last to that stream. */
export const ourAppender = (events: EventStore) => {
  const versions = new Map<string, number>();
  return async (streamId: string, count: number): Promise<void> => {
    const expectedVersion = versions.get(streamId) ?? 0;
    const batch = Array.from({ length: count }, () => ({ type: 'bench.Deposited', data: benchData, metadata: benchMetadata }));
    const { nextExpectedVersion } = await events.append(streamId, batch, { expectedVersion });
    versions.set(streamId, nextExpectedVersion);
  };
};

type Append = (streamId: string, count: number) => void | Promise<void>;

/**
 * Our append next to the raw one, with 1 and with 100 events per call. A stream per 1000 events,
 * so both sides write many streams as an application does.
 */
export const appendRatioFigures = async (label: string, raw: Append, ours: Append, minMs: number): Promise<Figure[]> => {
  const figures: Figure[] = [];
  for (const perCall of [1, 100]) {
    let call = 0;
    const streamOf = (prefix: string) => `${prefix}-${perCall}-${Math.floor((call++ * perCall) / 1000)}`;
    const rawRate = await rate(async () => (await raw(streamOf('raw'), perCall), perCall), minMs);
    call = 0;
    const ourRate = await rate(async () => (await ours(streamOf('ours'), perCall), perCall), minMs);
    figures.push(figure(`${label}, ${perCall} event${perCall > 1 ? 's' : ''}/call`, ourRate, 'events/s', rawRate));
  }
  return figures;
};
