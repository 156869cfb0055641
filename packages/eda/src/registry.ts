import type { z } from 'zod';
import { MessageValidationError, UnknownMessageTypeError } from './errors.js';

/** Turns the data of schema version `from` into the data of version `from + 1`. */
export type Upcaster = (data: unknown) => unknown;

export interface MessageDefinition<S extends z.ZodType = z.ZodType> {
  type: string;
  schema: S;
  /** The current schema version, 1 when omitted. */
  version?: number;
  /** `upcasters[n]` turns version n into version n + 1, for every n below the current version. */
  upcasters?: Record<number, Upcaster>;
}

/**
 * Message type name -> zod schema, schema version and upcasters.
 *
 * Contract: `encode` refuses an invalid payload with a `MessageValidationError` naming the type
 * and the failing fields, so nothing invalid is ever stored or published; `decode` upcasts a
 * stored old version step by step to the current one. Unknown types are refused on both paths.
 */
export class MessageRegistry {
  readonly #definitions = new Map<string, Required<MessageDefinition>>();

  register<S extends z.ZodType>(definition: MessageDefinition<S>): this {
    const version = definition.version ?? 1;
    if (!Number.isInteger(version) || version < 1) {
      throw new Error(`${definition.type}: schema version must be a positive integer`);
    }
    for (let from = 1; from < version; from++) {
      if (!definition.upcasters?.[from]) {
        throw new Error(`${definition.type}: version ${version} needs an upcaster from version ${from}`);
      }
    }
    if (this.#definitions.has(definition.type)) {
      throw new Error(`${definition.type} is registered twice`);
    }
    this.#definitions.set(definition.type, { upcasters: {}, ...definition, version });
    return this;
  }

  has(type: string): boolean {
    return this.#definitions.has(type);
  }

  /** The current schema version of `type`. */
  version(type: string): number {
    return this.#get(type).version;
  }

  /** Validates `data` against the current schema; returns the parsed data and its version. */
  encode(type: string, data: unknown): { data: unknown; schemaVersion: number } {
    const definition = this.#get(type);
    return { data: this.#parse(definition, data), schemaVersion: definition.version };
  }

  /** Upcasts stored data of `schemaVersion` to the current version and validates it. */
  decode(type: string, data: unknown, schemaVersion: number): unknown {
    const definition = this.#get(type);
    if (schemaVersion > definition.version) {
      throw new Error(`${type}: stored version ${schemaVersion} is newer than the registered version ${definition.version}`);
    }
    let current = data;
    for (let from = schemaVersion; from < definition.version; from++) {
      current = definition.upcasters[from]!(current);
    }
    return this.#parse(definition, current);
  }

  #get(type: string): Required<MessageDefinition> {
    const definition = this.#definitions.get(type);
    if (!definition) throw new UnknownMessageTypeError(type);
    return definition;
  }

  #parse(definition: Required<MessageDefinition>, data: unknown): unknown {
    const result = definition.schema.safeParse(data);
    if (result.success) return result.data;
    throw new MessageValidationError(
      definition.type,
      result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    );
  }
}
