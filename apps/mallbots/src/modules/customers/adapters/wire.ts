import { z } from 'zod';
import { text } from '../../../platform/http-schemas.js';

/** The customers' requests as they travel, the same over HTTP and gRPC. */
export const newCustomer = z.strictObject({ name: text(), smsNumber: text(50) });
export const smsNumberChange = z.strictObject({ smsNumber: text(50) });
