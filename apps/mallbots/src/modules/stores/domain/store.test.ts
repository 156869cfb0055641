import { RuleViolationError } from '@mallbots/eda';
import { DeciderSpecification } from '@mallbots/eda/testing';
import { describe, it } from 'vitest';
import { NotFoundError } from '../../../platform/errors.js';
import type { StoreEvent } from './store-events.js';
import { storeDecider } from './store.js';

const given = DeciderSpecification.for(storeDecider);
const created: StoreEvent = { type: 'stores.StoreCreated', data: { name: 'Waldorf Books', location: 'Level 1' } };
const enabled: StoreEvent = { type: 'stores.StoreParticipationEnabled', data: {} };

describe('store decider', () => {
  it('creates a store that does not participate yet', () => {
    given([]).when({ type: 'CreateStore', data: { name: 'Waldorf Books', location: 'Level 1' } }).then([created]);
    given([created]).when({ type: 'DisableParticipation', data: {} }).thenThrows(RuleViolationError, 'the store is already not participating');
  });

  it('refuses a blank name and a blank location with their rules', () => {
    given([]).when({ type: 'CreateStore', data: { name: '  ', location: 'Level 1' } }).thenThrows(RuleViolationError, 'the store name cannot be blank');
    given([]).when({ type: 'CreateStore', data: { name: 'Books', location: '' } }).thenThrows(RuleViolationError, 'the store location cannot be blank');
  });

  it('refuses to create a store twice', () => {
    given([created]).when({ type: 'CreateStore', data: { name: 'Other', location: 'Level 2' } }).thenThrows(RuleViolationError, 'the store already exists');
  });

  it('enables and disables participation once', () => {
    given([created]).when({ type: 'EnableParticipation', data: {} }).then([enabled]);
    given([created, enabled]).when({ type: 'EnableParticipation', data: {} }).thenThrows(RuleViolationError, 'the store is already participating');
    given([created, enabled]).when({ type: 'DisableParticipation', data: {} }).then([{ type: 'stores.StoreParticipationDisabled', data: {} }]);
  });

  it('rebrands, refuses a blank name, and does nothing for the same name', () => {
    given([created]).when({ type: 'RebrandStore', data: { name: 'Waldorf & Co' } }).then([{ type: 'stores.StoreRebranded', data: { name: 'Waldorf & Co' } }]);
    given([created]).when({ type: 'RebrandStore', data: { name: ' ' } }).thenThrows(RuleViolationError, 'the store name cannot be blank');
    given([created]).when({ type: 'RebrandStore', data: { name: 'Waldorf Books' } }).thenNothingHappened();
  });

  it('answers "not found" for every command on a store that was never created', () => {
    given([]).when({ type: 'EnableParticipation', data: {} }).thenThrows(NotFoundError, 'the store was not found');
    given([]).when({ type: 'DisableParticipation', data: {} }).thenThrows(NotFoundError, 'the store was not found');
    given([]).when({ type: 'RebrandStore', data: { name: 'X' } }).thenThrows(NotFoundError, 'the store was not found');
  });
});
