import { describe, expect, it } from 'vitest';
import { schemaNames } from './schema-names.js';

describe('schema names', () => {
  it('qualifies tables with the quoted schema and names the channel after it', () => {
    const names = schemaNames('ordering_v2');
    expect(names.table('events')).toBe('"ordering_v2".events');
    expect(names.channel).toBe('eda.ordering_v2');
  });

  it('cuts a long schema name to a valid channel name (at most 63 bytes)', () => {
    const long = 'a'.repeat(63);
    expect(schemaNames(long).channel).toHaveLength(63);
  });

  it('refuses names that would need quoting, or that PostgreSQL would truncate', () => {
    for (const name of ['', 'Orders', 'with space', '9lives', 'dash-ed', 'x"y', 'é', 'a'.repeat(64)]) {
      expect(() => schemaNames(name), name).toThrow(/invalid schema name/);
    }
  });
});
