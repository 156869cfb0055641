/** The statuses of the search view of an order, as the API spec names them. */
export const searchStatuses = ['New', 'Approved', 'Rejected', 'Ready For Pickup', 'Completed', 'Canceled'] as const;
export type SearchStatus = (typeof searchStatuses)[number];

/** The order lifecycle events search follows, named as ordering publishes them. */
export type OrderLifecycleEvent = 'OrderCreated' | 'OrderApproved' | 'OrderRejected' | 'OrderReadied' | 'OrderCompleted' | 'OrderCanceled';

const statusByEvent: Record<OrderLifecycleEvent, SearchStatus> = {
  OrderCreated: 'New',
  OrderApproved: 'Approved',
  OrderRejected: 'Rejected',
  OrderReadied: 'Ready For Pickup',
  OrderCompleted: 'Completed',
  OrderCanceled: 'Canceled',
};

/** The search status an order has once `event` happened to it. */
export const statusAfter = (event: OrderLifecycleEvent): SearchStatus => statusByEvent[event];
