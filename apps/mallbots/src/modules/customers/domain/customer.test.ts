import { RuleViolationError } from '@mallbots/eda';
import { DeciderSpecification } from '@mallbots/eda/testing';
import { describe, it } from 'vitest';
import { customerDecider, type CustomerEvent } from './customer.js';

const given = DeciderSpecification.for(customerDecider);
const registered: CustomerEvent = { type: 'CustomerRegistered', data: { name: 'Ada', smsNumber: '555-0100' } };
const disabled: CustomerEvent = { type: 'CustomerDisabled', data: {} };

describe('customer decider', () => {
  it('registers a customer, enabled', () => {
    given([]).when({ type: 'RegisterCustomer', data: { name: 'Ada', smsNumber: '555-0100' } }).then([registered]);
  });

  it('refuses a blank name and a blank SMS number with their rules', () => {
    given([]).when({ type: 'RegisterCustomer', data: { name: ' ', smsNumber: '555' } }).thenThrows(RuleViolationError, 'the customer name cannot be blank');
    given([]).when({ type: 'RegisterCustomer', data: { name: 'Ada', smsNumber: '' } }).thenThrows(RuleViolationError, 'the SMS number cannot be blank');
    given([registered]).when({ type: 'ChangeSmsNumber', data: { smsNumber: '  ' } }).thenThrows(RuleViolationError, 'the SMS number cannot be blank');
  });

  it('changes the SMS number, and does nothing when it is the same', () => {
    given([registered]).when({ type: 'ChangeSmsNumber', data: { smsNumber: '555-0199' } }).then([{ type: 'CustomerSmsChanged', data: { smsNumber: '555-0199' } }]);
    given([registered]).when({ type: 'ChangeSmsNumber', data: { smsNumber: '555-0100' } }).thenNothingHappened();
  });

  it('enables and disables once', () => {
    given([registered]).when({ type: 'EnableCustomer', data: {} }).thenThrows(RuleViolationError, 'the customer is already enabled');
    given([registered]).when({ type: 'DisableCustomer', data: {} }).then([disabled]);
    given([registered, disabled]).when({ type: 'DisableCustomer', data: {} }).thenThrows(RuleViolationError, 'the customer is already disabled');
    given([registered, disabled]).when({ type: 'EnableCustomer', data: {} }).then([{ type: 'CustomerEnabled', data: {} }]);
  });

  it('authorizes an enabled customer and refuses a disabled or unknown one', () => {
    given([registered]).when({ type: 'AuthorizeCustomer', data: {} }).thenNothingHappened();
    given([registered, disabled]).when({ type: 'AuthorizeCustomer', data: {} }).thenThrows(RuleViolationError, 'the customer is disabled');
    given([]).when({ type: 'AuthorizeCustomer', data: {} }).thenThrows(RuleViolationError, 'the customer was not found');
  });
});
