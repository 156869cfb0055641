import { describe, expect, it } from 'vitest';
import { searchStatuses, statusAfter } from './search-status.js';

describe('search status', () => {
  it('maps each order lifecycle event to the status text of the API spec', () => {
    expect(statusAfter('OrderCreated')).toBe('New');
    expect(statusAfter('OrderApproved')).toBe('Approved');
    expect(statusAfter('OrderRejected')).toBe('Rejected');
    expect(statusAfter('OrderReadied')).toBe('Ready For Pickup');
    expect(statusAfter('OrderCompleted')).toBe('Completed');
    expect(statusAfter('OrderCanceled')).toBe('Canceled');
  });

  it('lists exactly the six statuses a search filter may name', () => {
    expect(searchStatuses).toEqual(['New', 'Approved', 'Rejected', 'Ready For Pickup', 'Completed', 'Canceled']);
  });
});
