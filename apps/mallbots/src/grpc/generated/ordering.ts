import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CancelOrderRequest as _mallbots_ordering_v1_CancelOrderRequest, CancelOrderRequest__Output as _mallbots_ordering_v1_CancelOrderRequest__Output } from './mallbots/ordering/v1/CancelOrderRequest';
import type { CancelOrderResponse as _mallbots_ordering_v1_CancelOrderResponse, CancelOrderResponse__Output as _mallbots_ordering_v1_CancelOrderResponse__Output } from './mallbots/ordering/v1/CancelOrderResponse';
import type { CreateOrderRequest as _mallbots_ordering_v1_CreateOrderRequest, CreateOrderRequest__Output as _mallbots_ordering_v1_CreateOrderRequest__Output } from './mallbots/ordering/v1/CreateOrderRequest';
import type { CreateOrderResponse as _mallbots_ordering_v1_CreateOrderResponse, CreateOrderResponse__Output as _mallbots_ordering_v1_CreateOrderResponse__Output } from './mallbots/ordering/v1/CreateOrderResponse';
import type { GetOrderRequest as _mallbots_ordering_v1_GetOrderRequest, GetOrderRequest__Output as _mallbots_ordering_v1_GetOrderRequest__Output } from './mallbots/ordering/v1/GetOrderRequest';
import type { GetOrderResponse as _mallbots_ordering_v1_GetOrderResponse, GetOrderResponse__Output as _mallbots_ordering_v1_GetOrderResponse__Output } from './mallbots/ordering/v1/GetOrderResponse';
import type { Item as _mallbots_ordering_v1_Item, Item__Output as _mallbots_ordering_v1_Item__Output } from './mallbots/ordering/v1/Item';
import type { Order as _mallbots_ordering_v1_Order, Order__Output as _mallbots_ordering_v1_Order__Output } from './mallbots/ordering/v1/Order';
import type { OrderingServiceClient as _mallbots_ordering_v1_OrderingServiceClient, OrderingServiceDefinition as _mallbots_ordering_v1_OrderingServiceDefinition } from './mallbots/ordering/v1/OrderingService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  mallbots: {
    ordering: {
      v1: {
        CancelOrderRequest: MessageTypeDefinition<_mallbots_ordering_v1_CancelOrderRequest, _mallbots_ordering_v1_CancelOrderRequest__Output>
        CancelOrderResponse: MessageTypeDefinition<_mallbots_ordering_v1_CancelOrderResponse, _mallbots_ordering_v1_CancelOrderResponse__Output>
        CreateOrderRequest: MessageTypeDefinition<_mallbots_ordering_v1_CreateOrderRequest, _mallbots_ordering_v1_CreateOrderRequest__Output>
        CreateOrderResponse: MessageTypeDefinition<_mallbots_ordering_v1_CreateOrderResponse, _mallbots_ordering_v1_CreateOrderResponse__Output>
        GetOrderRequest: MessageTypeDefinition<_mallbots_ordering_v1_GetOrderRequest, _mallbots_ordering_v1_GetOrderRequest__Output>
        GetOrderResponse: MessageTypeDefinition<_mallbots_ordering_v1_GetOrderResponse, _mallbots_ordering_v1_GetOrderResponse__Output>
        Item: MessageTypeDefinition<_mallbots_ordering_v1_Item, _mallbots_ordering_v1_Item__Output>
        Order: MessageTypeDefinition<_mallbots_ordering_v1_Order, _mallbots_ordering_v1_Order__Output>
        OrderingService: SubtypeConstructor<typeof grpc.Client, _mallbots_ordering_v1_OrderingServiceClient> & { service: _mallbots_ordering_v1_OrderingServiceDefinition }
      }
    }
  }
}

