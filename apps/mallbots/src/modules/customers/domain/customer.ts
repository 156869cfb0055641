import { RuleViolationError, type Decider } from '@mallbots/eda';
import { requireNonBlank } from '../../../platform/rules.js';

/** A customer of the mall. State-stored: the state is a row, the events say what changed. */
export interface Customer {
  registered: boolean;
  name: string;
  smsNumber: string;
  enabled: boolean;
}

export type CustomerCommand =
  | { type: 'RegisterCustomer'; data: { name: string; smsNumber: string } }
  | { type: 'ChangeSmsNumber'; data: { smsNumber: string } }
  | { type: 'EnableCustomer'; data: Record<string, never> }
  | { type: 'DisableCustomer'; data: Record<string, never> }
  | { type: 'AuthorizeCustomer'; data: Record<string, never> };

export type CustomerEvent =
  | { type: 'CustomerRegistered'; data: { name: string; smsNumber: string } }
  | { type: 'CustomerSmsChanged'; data: { smsNumber: string } }
  | { type: 'CustomerEnabled'; data: Record<string, never> }
  | { type: 'CustomerDisabled'; data: Record<string, never> };

/** Registers, changes and authorizes customers; a disabled customer cannot order. */
export const customerDecider: Decider<Customer, CustomerCommand, CustomerEvent> = {
  initialState: () => ({ registered: false, name: '', smsNumber: '', enabled: false }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'CustomerRegistered':
        return { registered: true, name: event.data.name, smsNumber: event.data.smsNumber, enabled: true };
      case 'CustomerSmsChanged':
        return { ...state, smsNumber: event.data.smsNumber };
      case 'CustomerEnabled':
        return { ...state, enabled: true };
      case 'CustomerDisabled':
        return { ...state, enabled: false };
    }
  },
  decide: (command, state) => {
    if (command.type === 'RegisterCustomer') {
      if (state.registered) throw new RuleViolationError('the customer is already registered');
      requireNonBlank(command.data.name, 'the customer name cannot be blank');
      requireNonBlank(command.data.smsNumber, 'the SMS number cannot be blank');
      return [{ type: 'CustomerRegistered', data: { name: command.data.name, smsNumber: command.data.smsNumber } }];
    }
    if (!state.registered) throw new RuleViolationError('the customer was not found');
    switch (command.type) {
      case 'ChangeSmsNumber':
        requireNonBlank(command.data.smsNumber, 'the SMS number cannot be blank');
        return command.data.smsNumber === state.smsNumber ? [] : [{ type: 'CustomerSmsChanged', data: { smsNumber: command.data.smsNumber } }];
      case 'EnableCustomer':
        if (state.enabled) throw new RuleViolationError('the customer is already enabled');
        return [{ type: 'CustomerEnabled', data: {} }];
      case 'DisableCustomer':
        if (!state.enabled) throw new RuleViolationError('the customer is already disabled');
        return [{ type: 'CustomerDisabled', data: {} }];
      case 'AuthorizeCustomer':
        if (!state.enabled) throw new RuleViolationError('the customer is disabled');
        return [];
    }
  },
};
