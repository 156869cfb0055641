import { parseArgs } from 'node:util';
import type { Figure } from './measure.js';
import { checkoutFigure } from './app-checkout.js';
import { natsMessagingFigures } from './nats-messaging.js';
import { postgresAppendFigures } from './postgres-append.js';
import { appendFigures } from './sqlite-append.js';
import { loadFigure } from './sqlite-load.js';

/**
 * `npm run bench`: each figure next to a raw baseline measured in the same run on the same
 * machine. `ratio` is how we compare to the baseline, higher is better: value / baseline for
 * rates, baseline / value for times. `--json` prints only a JSON array of the figures; `--only
 * <section>` (repeatable) runs only the named sections, e.g. `npm run bench -- --only messaging`.
 */
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
  },
});
const minMs = values.quick ? 300 : 2000;

const sections: Record<string, () => Promise<Figure[]>> = {
  'sqlite-append': async () => [...(await appendFigures('full', minMs)), ...(await appendFigures('normal', minMs))],
  'sqlite-load': async () => [await loadFigure()],
  'postgres-append': () => postgresAppendFigures(minMs),
  messaging: () => natsMessagingFigures(minMs),
  checkout: async () => [await checkoutFigure(values.quick ? 10 : 40)],
};
const selected = values.only ?? Object.keys(sections);
const unknown = selected.filter((name) => !(name in sections));
if (unknown.length > 0) {
  console.error(`bench: unknown section ${unknown.join(', ')}; the sections are ${Object.keys(sections).join(', ')}`);
  process.exit(2);
}

const figures: Figure[] = [];
for (const name of selected) {
  const more = await sections[name]!();
  figures.push(...more);
  if (!values.json) {
    for (const f of more) console.log(`${f.name}: ${f.value} ${f.unit} (baseline ${f.baseline}) ratio ${f.ratio}`);
  }
}

if (values.json) console.log(JSON.stringify(figures, null, 2));
