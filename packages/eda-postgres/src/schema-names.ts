import pg from 'pg';

/**
 * The first key of the two-integer advisory locks this package takes; the second key is
 * `hashtext(schema)`, so each schema has its own locks. Another library using two-integer
 * advisory locks with the same first key would share them (it would only wait more, never break).
 * Two schemas whose names hash alike share their locks the same way: extra waiting, nothing else.
 */
export const LOCK_CLASS = {
  /** Held from a transaction's first append to its commit: see append-lock.ts. */
  append: 0x45444141, // 'EDAA'
  /** Held while migrations run, so two processes starting at once do not both migrate. */
  migrate: 0x4544414d, // 'EDAM'
} as const;

/** PostgreSQL truncates identifiers (and refuses channel names) beyond 63 bytes. */
const MAX_IDENTIFIER_BYTES = 63;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

/** Where one backend's tables live, and the names its SQL uses for them. */
export interface SchemaNames {
  /** The schema name as given (validated). */
  readonly schema: string;
  /** A table or sequence of the schema, quoted and qualified: `"orders".events`. */
  table(name: string): string;
  /**
   * The LISTEN/NOTIFY channel of the schema. Channels are per database, so it carries the
   * schema name; a long name is cut to fit, and two schemas sharing a channel only wake each
   * other for nothing (a notification is a wake-up, never data).
   */
  readonly channel: string;
}

/**
 * Validates `schema` and derives the names used in SQL. Only lower-case letters, digits and `_`
 * (not starting with a digit), at most 63 bytes: such a name means the same quoted or not, so a
 * person typing it in psql finds the same schema the backend uses.
 */
export const schemaNames = (schema: string): SchemaNames => {
  if (!SCHEMA_NAME.test(schema) || schema.length > MAX_IDENTIFIER_BYTES) {
    throw new Error(
      `eda-postgres: invalid schema name ${JSON.stringify(schema)}: use 1 to ${MAX_IDENTIFIER_BYTES} lower-case letters, digits or _, not starting with a digit`,
    );
  }
  const quoted = pg.escapeIdentifier(schema);
  return {
    schema,
    table: (name) => `${quoted}.${name}`,
    channel: `eda.${schema}`.slice(0, MAX_IDENTIFIER_BYTES),
  };
};
