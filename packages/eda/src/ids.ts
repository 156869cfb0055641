import { v7 } from 'uuid';

/** A new time-ordered message or entity id (UUID v7), so ids sort by creation time. */
export const newId = (): string => v7();
