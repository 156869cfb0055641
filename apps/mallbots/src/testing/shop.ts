import { eventually, type ApiClient } from './app-harness.js';

/**
 * The steps of the order lifecycle as a client performs them, over HTTP only. Effects that travel
 * by messages (a product reaching the baskets' copy, an order being created from a checkout) are
 * awaited with `eventually`: the API is eventually consistent across modules.
 */
export interface Catalog {
  storeId: string;
  productId: string;
  /** In currency units, as on the wire. */
  price: number;
}

/** A new store, not participating yet. Returns its id. */
export const createStore = async (api: ApiClient, name: string, location = 'Level 1'): Promise<string> =>
  (await api.ok<{ id: string }>('POST', '/api/stores', { name, location })).id;

/** A participating store that sells one product at `price`. */
export const createCatalog = async (api: ApiClient, price = 9.99): Promise<Catalog> => {
  const storeId = await createStore(api, 'Gadget Garage', 'Level 2');
  await api.ok('PUT', `/api/stores/${storeId}/participating`);
  const { id: productId } = await api.ok<{ id: string }>('POST', `/api/stores/${storeId}/products`, {
    name: 'USB-C cable',
    description: '2 m',
    sku: 'GG-100',
    price,
  });
  return { storeId, productId, price };
};

export const registerCustomer = async (api: ApiClient, name = 'Ada'): Promise<string> =>
  (await api.ok<{ id: string }>('POST', '/api/customers', { name, smsNumber: '+1 555 0100' })).id;

export const authorizePayment = async (api: ApiClient, customerId: string, amount: number): Promise<string> =>
  (await api.ok<{ id: string }>('POST', '/api/payments', { customerId, amount })).id;

export const startBasket = async (api: ApiClient, customerId: string): Promise<string> =>
  (await api.ok<{ id: string }>('POST', '/api/baskets', { customerId })).id;

/** Adds `quantity` of a product to the basket, once the baskets' copy of the catalog knows the product. */
export const addToBasket = (api: ApiClient, basketId: string, productId: string, quantity: number): Promise<true> =>
  eventually('the product in the baskets copy', async () => {
    const added = await api.call('PUT', `/api/baskets/${basketId}/addItem`, { productId, quantity });
    return added.status === 200 ? true : undefined;
  });

/** Starts a basket, adds `quantity` of the product and checks out. Returns the order id (the basket's id). */
export const checkout = async (api: ApiClient, customerId: string, paymentId: string, catalog: Catalog, quantity = 2): Promise<string> => {
  const basketId = await startBasket(api, customerId);
  await addToBasket(api, basketId, catalog.productId, quantity);
  await api.ok('PUT', `/api/baskets/${basketId}/checkout`, { paymentId });
  return basketId;
};

export interface OrderView {
  id: string;
  customerId: string;
  paymentId: string;
  shoppingId: string;
  invoiceId: string;
  total: number;
  status: string;
}

export const getOrder = async (api: ApiClient, orderId: string): Promise<OrderView | undefined> => {
  const response = await api.call<{ order: OrderView }>('GET', `/api/ordering/${orderId}`);
  return response.status === 200 ? response.body.order : undefined;
};

/** The order once it has `status`; `timeoutMs` for an application whose processes take longer. */
export const orderReaches = (api: ApiClient, orderId: string, status: string, timeoutMs?: number): Promise<OrderView> =>
  eventually(
    `order ${orderId} ${status}`,
    async () => {
      const order = await getOrder(api, orderId);
      return order?.status === status ? order : undefined;
    },
    timeoutMs,
  );

export interface ShoppingListView {
  id: string;
  orderId: string;
  status: string;
  assignedBotId: string | null;
  /** By store id: the store's name and location, and by product id what to collect there. */
  stops: Record<string, unknown>;
}

export const shoppingList = async (api: ApiClient, id: string): Promise<ShoppingListView> =>
  (await api.ok<{ shoppingList: ShoppingListView }>('GET', `/api/depot/shopping/${id}`)).shoppingList;

export const listReaches = (api: ApiClient, id: string, status: string) =>
  eventually(`shopping list ${id} ${status}`, async () => {
    const list = await shoppingList(api, id);
    return list.status === status ? list : undefined;
  });
