import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Filters as _mallbots_search_v1_Filters, Filters__Output as _mallbots_search_v1_Filters__Output } from './mallbots/search/v1/Filters';
import type { GetOrderRequest as _mallbots_search_v1_GetOrderRequest, GetOrderRequest__Output as _mallbots_search_v1_GetOrderRequest__Output } from './mallbots/search/v1/GetOrderRequest';
import type { GetOrderResponse as _mallbots_search_v1_GetOrderResponse, GetOrderResponse__Output as _mallbots_search_v1_GetOrderResponse__Output } from './mallbots/search/v1/GetOrderResponse';
import type { Item as _mallbots_search_v1_Item, Item__Output as _mallbots_search_v1_Item__Output } from './mallbots/search/v1/Item';
import type { Order as _mallbots_search_v1_Order, Order__Output as _mallbots_search_v1_Order__Output } from './mallbots/search/v1/Order';
import type { SearchOrdersRequest as _mallbots_search_v1_SearchOrdersRequest, SearchOrdersRequest__Output as _mallbots_search_v1_SearchOrdersRequest__Output } from './mallbots/search/v1/SearchOrdersRequest';
import type { SearchOrdersResponse as _mallbots_search_v1_SearchOrdersResponse, SearchOrdersResponse__Output as _mallbots_search_v1_SearchOrdersResponse__Output } from './mallbots/search/v1/SearchOrdersResponse';
import type { SearchServiceClient as _mallbots_search_v1_SearchServiceClient, SearchServiceDefinition as _mallbots_search_v1_SearchServiceDefinition } from './mallbots/search/v1/SearchService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  mallbots: {
    search: {
      v1: {
        Filters: MessageTypeDefinition<_mallbots_search_v1_Filters, _mallbots_search_v1_Filters__Output>
        GetOrderRequest: MessageTypeDefinition<_mallbots_search_v1_GetOrderRequest, _mallbots_search_v1_GetOrderRequest__Output>
        GetOrderResponse: MessageTypeDefinition<_mallbots_search_v1_GetOrderResponse, _mallbots_search_v1_GetOrderResponse__Output>
        Item: MessageTypeDefinition<_mallbots_search_v1_Item, _mallbots_search_v1_Item__Output>
        Order: MessageTypeDefinition<_mallbots_search_v1_Order, _mallbots_search_v1_Order__Output>
        SearchOrdersRequest: MessageTypeDefinition<_mallbots_search_v1_SearchOrdersRequest, _mallbots_search_v1_SearchOrdersRequest__Output>
        SearchOrdersResponse: MessageTypeDefinition<_mallbots_search_v1_SearchOrdersResponse, _mallbots_search_v1_SearchOrdersResponse__Output>
        SearchService: SubtypeConstructor<typeof grpc.Client, _mallbots_search_v1_SearchServiceClient> & { service: _mallbots_search_v1_SearchServiceDefinition }
      }
    }
  }
}

