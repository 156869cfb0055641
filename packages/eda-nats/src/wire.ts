import { deserializeMessage, serializeMessage, type Message } from '@mallbots/eda';
import { headers as natsHeaders, type MsgHdrs } from '@nats-io/nats-core';

/*
 * A message on the wire: the JSON envelope (`serializeMessage`) as the payload, and in headers
 * what the transport must read without parsing it:
 *
 *   Nats-Msg-Id          the message id: JetStream drops a second publish of it to the same
 *                        stream within the stream's duplicate window
 *   Eda-Key              the ordering key (percent-encoded: header values are ASCII lines)
 *   Eda-Schema-Version   the registry version `data` was encoded with, so a newer build upcasts
 *                        from there instead of assuming the current shape
 *   Eda-Type             the message type, for people reading the stream with the nats CLI
 *
 * A published message may also carry `Nats-Expected-Last-Msg-Id` (its predecessor's id, set by
 * `publishStored` for the order of a pipelined publish); it is stored with it, and ignored on receipt.
 */

export const MSG_ID_HEADER = 'Nats-Msg-Id';
export const KEY_HEADER = 'Eda-Key';
export const SCHEMA_VERSION_HEADER = 'Eda-Schema-Version';
export const TYPE_HEADER = 'Eda-Type';
/** Set by `publishStored` (its predecessor's id): the server refuses the message unless that is the stream's last. */
export const EXPECTED_LAST_ID_HEADER = 'Nats-Expected-Last-Msg-Id';

/** A message as stored (its data in the shape of `schemaVersion`), ready to publish. */
export interface StoredRecord {
  key: string;
  message: Message;
  schemaVersion: number;
}

export const encodeRecord = (record: StoredRecord): { payload: string; headers: MsgHdrs } => {
  const headers = natsHeaders();
  headers.set(MSG_ID_HEADER, record.message.id);
  headers.set(KEY_HEADER, encodeURIComponent(record.key));
  headers.set(SCHEMA_VERSION_HEADER, String(record.schemaVersion));
  headers.set(TYPE_HEADER, encodeURIComponent(record.message.type));
  return { payload: serializeMessage(record.message), headers };
};

const utf8 = new TextDecoder();

/** What a received message says about itself; `message` is absent when the payload is not an envelope. */
export interface ReceivedRecord {
  /** The message id from `Nats-Msg-Id` (what dedup used), or the fallback when it is missing. */
  id: string;
  key: string;
  schemaVersion: number;
  message?: Message;
  /** Why the payload could not be read as an envelope. */
  malformed?: string;
  /** The payload as text (kept for a dead letter when it is malformed). */
  text: string;
}

/**
 * Reads a received message. Never throws: a payload that is not an envelope comes back with
 * `malformed` set (the consumer parks it as a permanent failure), so one bad publish cannot stall
 * its key. The data is left in its stored shape; decoding with the registry is the consumer's.
 */
export const decodeRecord = (data: Uint8Array, headers: MsgHdrs | undefined, fallbackId: string): ReceivedRecord => {
  const text = utf8.decode(data);
  const id = headers?.get(MSG_ID_HEADER) || fallbackId;
  const key = readHeader(headers, KEY_HEADER) ?? id;
  const version = Number(headers?.get(SCHEMA_VERSION_HEADER) || '1');
  const schemaVersion = Number.isInteger(version) && version > 0 ? version : 1;
  try {
    return { id, key, schemaVersion, message: deserializeMessage(text), text };
  } catch (error) {
    return { id, key, schemaVersion, text, malformed: `malformed message envelope: ${error instanceof Error ? error.message : String(error)}` };
  }
};

/** A stand-in envelope for a payload that could not be read, so it can still be parked and listed. */
export const placeholderMessage = (record: ReceivedRecord, type: string | undefined): Message => ({
  id: record.id,
  type: type ?? 'eda-nats.Malformed',
  data: record.text,
  metadata: { correlationId: record.id, causationId: record.id },
  occurredAt: new Date(0),
});

export const readHeader = (headers: MsgHdrs | undefined, name: string): string | undefined => {
  const value = headers?.get(name);
  if (!value) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};
