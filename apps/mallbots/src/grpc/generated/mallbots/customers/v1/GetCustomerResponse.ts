// Original file: proto/mallbots/customers/v1/customers.proto

import type { Customer as _mallbots_customers_v1_Customer, Customer__Output as _mallbots_customers_v1_Customer__Output } from '../../../mallbots/customers/v1/Customer';

export interface GetCustomerResponse {
  'customer'?: (_mallbots_customers_v1_Customer | null);
}

export interface GetCustomerResponse__Output {
  'customer': (_mallbots_customers_v1_Customer__Output | null);
}
