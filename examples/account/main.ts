import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runAccountExample } from './run-example.js';

// `npm start`: the toolkit's example until the MallBots application replaces it.
const dataDir = process.env.MALLBOTS_DATA_DIR ?? 'data';
mkdirSync(dataDir, { recursive: true });
const file = join(dataDir, 'account-example.db');
console.log(`account example on ${file}`);
await runAccountExample(file, (line) => console.log(`  ${line}`));
