/** Demo data for a newcomer: a few participating stores with products, and two customers. */
const stores = [
  {
    name: 'Waldorf Books',
    location: 'Level 1, east wing',
    products: [
      { name: 'The Pragmatic Programmer', description: '20th anniversary edition', sku: 'BK-001', price: 39.99 },
      { name: 'Designing Data-Intensive Applications', description: 'Paperback', sku: 'BK-002', price: 44.5 },
    ],
  },
  {
    name: 'Gadget Garage',
    location: 'Level 2, north wing',
    products: [
      { name: 'USB-C cable', description: '2 m, braided', sku: 'GG-100', price: 9.99 },
      { name: 'Mechanical keyboard', description: 'Brown switches', sku: 'GG-200', price: 89 },
    ],
  },
  {
    name: 'Corner Café',
    location: 'Ground floor, atrium',
    products: [{ name: 'Coffee beans', description: '1 kg, medium roast', sku: 'CC-010', price: 18.25 }],
  },
];

const customers = [
  { name: 'Ada Lovelace', smsNumber: '+1 555 0100' },
  { name: 'Grace Hopper', smsNumber: '+1 555 0101' },
];

const call = async <T>(base: string, method: string, path: string, body?: unknown): Promise<T> => {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as T;
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
};

/**
 * Fills a fresh MallBots at `base` through its own HTTP API. Returns a summary, or undefined when
 * the database already has stores (seeding twice would duplicate them).
 */
export const seedDemo = async (base: string): Promise<string | undefined> => {
  const existing = await call<{ stores: unknown[] }>(base, 'GET', '/api/stores');
  if (existing.stores.length > 0) return undefined;
  let products = 0;
  for (const store of stores) {
    const { id } = await call<{ id: string }>(base, 'POST', '/api/stores', { name: store.name, location: store.location });
    await call(base, 'PUT', `/api/stores/${id}/participating`);
    for (const product of store.products) {
      await call(base, 'POST', `/api/stores/${id}/products`, product);
      products++;
    }
  }
  const ids: string[] = [];
  for (const customer of customers) {
    const { id } = await call<{ id: string }>(base, 'POST', '/api/customers', customer);
    ids.push(id);
  }
  return `${stores.length} stores, ${products} products, customers ${ids.join(', ')}`;
};
