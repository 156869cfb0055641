import type { HandlerContext, Storage } from '@mallbots/eda';
import type { AppTx } from '../../../platform/database.js';
import { NotFoundError } from '../../../platform/errors.js';
import { publish } from '../../../platform/messaging.js';
import { retryOnConflict } from '../../../platform/retry-on-conflict.js';
import type { Sql } from '../../../platform/sql.js';
import { decideAndSave } from '../../../platform/state-stored.js';
import { CustomerDisabled, CustomerEnabled, CustomerRegistered, CustomerSmsChanged, CustomersTopics } from '../contract.js';
import { customerDecider, type CustomerCommand, type CustomerEvent } from '../domain/customer.js';
import type { CustomerRepository } from './customer-repository.js';

export interface CustomerView {
  id: string;
  name: string;
  smsNumber: string;
  enabled: boolean;
}

export interface CustomersServiceDeps {
  storage: Storage<AppTx>;
  read: Sql;
  repository: CustomerRepository;
  newId: () => string;
}

/** Only registering runs on an id with no customer. */
const unknownCustomer = { creates: 'RegisterCustomer', notFound: 'the customer was not found' } as const;

const authorizeCommand: CustomerCommand = { type: 'AuthorizeCustomer', data: {} };

/** The integration event each domain event is published as. */
const publishEvent = (tx: AppTx, customerId: string, event: CustomerEvent, cause?: HandlerContext['message']): Promise<void> => {
  const options = { key: customerId, cause };
  const topic = CustomersTopics.customer;
  switch (event.type) {
    case 'CustomerRegistered':
      return publish(tx, topic, CustomerRegistered, { customerId, ...event.data }, options);
    case 'CustomerSmsChanged':
      return publish(tx, topic, CustomerSmsChanged, { customerId, smsNumber: event.data.smsNumber }, options);
    case 'CustomerEnabled':
      return publish(tx, topic, CustomerEnabled, { customerId }, options);
    case 'CustomerDisabled':
      return publish(tx, topic, CustomerDisabled, { customerId }, options);
  }
};

/**
 * The customers' use cases: each command decides on the stored row, saves it and publishes what
 * changed, in one transaction. A save that loses to a concurrent one (`ConcurrencyError`) is run
 * again on fresh state by `retryOnConflict`, so the later command meets the earlier one's effect.
 */
export const createCustomersService = ({ storage, read, repository, newId }: CustomersServiceDeps) => {
  /** Load, decide, save and publish inside `tx`. An unknown id is a `NotFoundError` (except to register). */
  const execute = async (tx: AppTx, id: string, command: CustomerCommand, cause?: HandlerContext['message']): Promise<void> => {
    const { events } = await decideAndSave(tx, customerDecider, repository, id, command, unknownCustomer);
    for (const event of events) await publishEvent(tx, id, event, cause);
  };
  const run = (id: string, command: CustomerCommand) => retryOnConflict(() => storage.transaction((tx) => execute(tx, id, command)));

  return {
    async register(data: { name: string; smsNumber: string }): Promise<string> {
      const id = newId();
      await run(id, { type: 'RegisterCustomer', data });
      return id;
    },
    changeSmsNumber: (id: string, smsNumber: string) => run(id, { type: 'ChangeSmsNumber', data: { smsNumber } }),
    enable: (id: string) => run(id, { type: 'EnableCustomer', data: {} }),
    disable: (id: string) => run(id, { type: 'DisableCustomer', data: {} }),
    /**
     * Succeeds for an enabled customer, throws the broken rule otherwise. The saga's step runs it
     * `within` the transaction of the command it answers; a direct call (gRPC) runs it on its own.
     */
    authorize: (id: string, within?: { tx: AppTx; cause: HandlerContext['message'] }): Promise<void> =>
      within ? execute(within.tx, id, authorizeCommand, within.cause) : run(id, authorizeCommand),
    async get(id: string): Promise<CustomerView> {
      const stored = await repository.load(read, id);
      if (!stored) throw new NotFoundError(unknownCustomer.notFound);
      const customer = stored.state;
      return { id, name: customer.name, smsNumber: customer.smsNumber, enabled: customer.enabled };
    },
  };
};

export type CustomersService = ReturnType<typeof createCustomersService>;
