import { z } from 'zod';
import { commandSpec, messageSpec } from '../../platform/contract-kit.js';

/** What other modules may know of customers: integration events and the commands customers answers. */
export const CustomersTopics = {
  customer: 'mallbots.customers.events.Customer',
  commands: 'mallbots.customers.commands',
} as const;

const customerId = z.string().min(1);

export const CustomerRegistered = messageSpec(
  'customersapi.CustomerRegistered',
  z.object({ customerId, name: z.string(), smsNumber: z.string() }),
);
export const CustomerSmsChanged = messageSpec('customersapi.CustomerSmsChanged', z.object({ customerId, smsNumber: z.string() }));
export const CustomerEnabled = messageSpec('customersapi.CustomerEnabled', z.object({ customerId }));
export const CustomerDisabled = messageSpec('customersapi.CustomerDisabled', z.object({ customerId }));

/** Succeeds when the customer exists and is enabled; fails (a failure reply) otherwise. */
export const AuthorizeCustomer = commandSpec('customersapi.AuthorizeCustomer', z.object({ customerId }));

export const customersContract = [CustomerRegistered, CustomerSmsChanged, CustomerEnabled, CustomerDisabled, AuthorizeCustomer];
