import { RuleViolationError, type Decider } from '@mallbots/eda';
import { NotFoundError } from '../../../platform/errors.js';
import { requireNonBlank } from '../../../platform/rules.js';
import type { StoreEvent } from './store-events.js';

/** A store of the mall. Event-sourced: the state is a fold of its events. New stores do not participate. */
export interface Store {
  created: boolean;
  name: string;
  location: string;
  participating: boolean;
}

export type StoreCommand =
  | { type: 'CreateStore'; data: { name: string; location: string } }
  | { type: 'EnableParticipation'; data: Record<string, never> }
  | { type: 'DisableParticipation'; data: Record<string, never> }
  | { type: 'RebrandStore'; data: { name: string } };

/** The answer to an id that names no store (HTTP 404). */
export const storeNotFound = (): NotFoundError => new NotFoundError('the store was not found');

/** Refuses a store that was never created; products name their store, so adding one checks this too. */
export const requireStore = (state: Store): void => {
  if (!state.created) throw storeNotFound();
};

/** Creates, rebrands and switches the participation of stores; renaming to the same name changes nothing. */
export const storeDecider: Decider<Store, StoreCommand, StoreEvent> = {
  initialState: () => ({ created: false, name: '', location: '', participating: false }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'stores.StoreCreated':
        return { created: true, name: event.data.name, location: event.data.location, participating: false };
      case 'stores.StoreParticipationEnabled':
        return { ...state, participating: true };
      case 'stores.StoreParticipationDisabled':
        return { ...state, participating: false };
      case 'stores.StoreRebranded':
        return { ...state, name: event.data.name };
    }
  },
  decide: (command, state) => {
    if (command.type === 'CreateStore') {
      // Ids are fresh per create: a second create on one stream is a bug of the caller, never a user's mistake.
      if (state.created) throw new RuleViolationError('the store already exists');
      requireNonBlank(command.data.name, 'the store name cannot be blank');
      requireNonBlank(command.data.location, 'the store location cannot be blank');
      return [{ type: 'stores.StoreCreated', data: { name: command.data.name, location: command.data.location } }];
    }
    requireStore(state);
    switch (command.type) {
      case 'EnableParticipation':
        if (state.participating) throw new RuleViolationError('the store is already participating');
        return [{ type: 'stores.StoreParticipationEnabled', data: {} }];
      case 'DisableParticipation':
        if (!state.participating) throw new RuleViolationError('the store is already not participating');
        return [{ type: 'stores.StoreParticipationDisabled', data: {} }];
      case 'RebrandStore':
        requireNonBlank(command.data.name, 'the store name cannot be blank');
        return command.data.name === state.name ? [] : [{ type: 'stores.StoreRebranded', data: { name: command.data.name } }];
    }
  },
};
