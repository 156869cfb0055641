import { parseArgs } from 'node:util';
import type { Figure } from './measure.js';
import { checkoutFigure } from './app-checkout.js';
import { natsMessagingFigure } from './nats-messaging.js';
import { postgresAppendFigures } from './postgres-append.js';
import { appendFigures } from './sqlite-append.js';
import { loadFigure } from './sqlite-load.js';

/**
 * `npm run bench`: each figure next to a raw baseline measured in the same run on the same
 * machine. `ratio` is how we compare to the baseline, higher is better: value / baseline for
 * rates, baseline / value for times. `--json` prints only a JSON array of the figures.
 */
const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, quick: { type: 'boolean', default: false } } });
const minMs = values.quick ? 300 : 2000;

const figures: Figure[] = [];
const add = (more: Figure[]) => {
  figures.push(...more);
  if (!values.json) {
    for (const f of more) console.log(`${f.name}: ${f.value} ${f.unit} (baseline ${f.baseline}) ratio ${f.ratio}`);
  }
};

add(await appendFigures('full', minMs));
add(await appendFigures('normal', minMs));
add([await loadFigure()]);
add(await postgresAppendFigures(minMs));
add([await natsMessagingFigure(minMs)]);
add([await checkoutFigure(values.quick ? 10 : 40)]);

if (values.json) console.log(JSON.stringify(figures, null, 2));
