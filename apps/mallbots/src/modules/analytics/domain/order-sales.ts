/** An item of an order as analytics needs it (prices in cents). */
export interface SoldItem {
  storeId: string;
  storeName: string;
  productId: string;
  productName: string;
  priceCents: number;
  quantity: number;
}

/** A store's sales: completed orders with any of its products, items sold, revenue. */
export interface StoreSales {
  storeId: string;
  storeName: string;
  orders: number;
  items: number;
  revenueCents: number;
}

/** A product's sales: units sold and revenue. */
export interface ProductSales {
  productId: string;
  productName: string;
  storeId: string;
  quantity: number;
  revenueCents: number;
}

export interface Sales {
  stores: StoreSales[];
  products: ProductSales[];
}

/**
 * What one completed order adds to the sales: per store one order, its items and revenue; per
 * product its units and revenue. A product listed twice in the order counts once per line.
 * Names are those the order carried (the latest order's names win in the totals).
 */
export const salesOfOrder = (items: readonly SoldItem[]): Sales => {
  const stores = new Map<string, StoreSales>();
  const products = new Map<string, ProductSales>();
  for (const item of items) {
    const revenueCents = item.priceCents * item.quantity;
    const store = stores.get(item.storeId) ?? { storeId: item.storeId, storeName: item.storeName, orders: 1, items: 0, revenueCents: 0 };
    stores.set(item.storeId, { ...store, items: store.items + item.quantity, revenueCents: store.revenueCents + revenueCents });
    const product = products.get(item.productId) ?? {
      productId: item.productId,
      productName: item.productName,
      storeId: item.storeId,
      quantity: 0,
      revenueCents: 0,
    };
    products.set(item.productId, { ...product, quantity: product.quantity + item.quantity, revenueCents: product.revenueCents + revenueCents });
  }
  return { stores: [...stores.values()], products: [...products.values()] };
};
