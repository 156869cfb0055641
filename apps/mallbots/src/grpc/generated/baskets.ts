import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddItemRequest as _mallbots_baskets_v1_AddItemRequest, AddItemRequest__Output as _mallbots_baskets_v1_AddItemRequest__Output } from './mallbots/baskets/v1/AddItemRequest';
import type { AddItemResponse as _mallbots_baskets_v1_AddItemResponse, AddItemResponse__Output as _mallbots_baskets_v1_AddItemResponse__Output } from './mallbots/baskets/v1/AddItemResponse';
import type { Basket as _mallbots_baskets_v1_Basket, Basket__Output as _mallbots_baskets_v1_Basket__Output } from './mallbots/baskets/v1/Basket';
import type { BasketServiceClient as _mallbots_baskets_v1_BasketServiceClient, BasketServiceDefinition as _mallbots_baskets_v1_BasketServiceDefinition } from './mallbots/baskets/v1/BasketService';
import type { CancelBasketRequest as _mallbots_baskets_v1_CancelBasketRequest, CancelBasketRequest__Output as _mallbots_baskets_v1_CancelBasketRequest__Output } from './mallbots/baskets/v1/CancelBasketRequest';
import type { CancelBasketResponse as _mallbots_baskets_v1_CancelBasketResponse, CancelBasketResponse__Output as _mallbots_baskets_v1_CancelBasketResponse__Output } from './mallbots/baskets/v1/CancelBasketResponse';
import type { CheckoutBasketRequest as _mallbots_baskets_v1_CheckoutBasketRequest, CheckoutBasketRequest__Output as _mallbots_baskets_v1_CheckoutBasketRequest__Output } from './mallbots/baskets/v1/CheckoutBasketRequest';
import type { CheckoutBasketResponse as _mallbots_baskets_v1_CheckoutBasketResponse, CheckoutBasketResponse__Output as _mallbots_baskets_v1_CheckoutBasketResponse__Output } from './mallbots/baskets/v1/CheckoutBasketResponse';
import type { GetBasketRequest as _mallbots_baskets_v1_GetBasketRequest, GetBasketRequest__Output as _mallbots_baskets_v1_GetBasketRequest__Output } from './mallbots/baskets/v1/GetBasketRequest';
import type { GetBasketResponse as _mallbots_baskets_v1_GetBasketResponse, GetBasketResponse__Output as _mallbots_baskets_v1_GetBasketResponse__Output } from './mallbots/baskets/v1/GetBasketResponse';
import type { Item as _mallbots_baskets_v1_Item, Item__Output as _mallbots_baskets_v1_Item__Output } from './mallbots/baskets/v1/Item';
import type { RemoveItemRequest as _mallbots_baskets_v1_RemoveItemRequest, RemoveItemRequest__Output as _mallbots_baskets_v1_RemoveItemRequest__Output } from './mallbots/baskets/v1/RemoveItemRequest';
import type { RemoveItemResponse as _mallbots_baskets_v1_RemoveItemResponse, RemoveItemResponse__Output as _mallbots_baskets_v1_RemoveItemResponse__Output } from './mallbots/baskets/v1/RemoveItemResponse';
import type { StartBasketRequest as _mallbots_baskets_v1_StartBasketRequest, StartBasketRequest__Output as _mallbots_baskets_v1_StartBasketRequest__Output } from './mallbots/baskets/v1/StartBasketRequest';
import type { StartBasketResponse as _mallbots_baskets_v1_StartBasketResponse, StartBasketResponse__Output as _mallbots_baskets_v1_StartBasketResponse__Output } from './mallbots/baskets/v1/StartBasketResponse';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  mallbots: {
    baskets: {
      v1: {
        AddItemRequest: MessageTypeDefinition<_mallbots_baskets_v1_AddItemRequest, _mallbots_baskets_v1_AddItemRequest__Output>
        AddItemResponse: MessageTypeDefinition<_mallbots_baskets_v1_AddItemResponse, _mallbots_baskets_v1_AddItemResponse__Output>
        Basket: MessageTypeDefinition<_mallbots_baskets_v1_Basket, _mallbots_baskets_v1_Basket__Output>
        BasketService: SubtypeConstructor<typeof grpc.Client, _mallbots_baskets_v1_BasketServiceClient> & { service: _mallbots_baskets_v1_BasketServiceDefinition }
        CancelBasketRequest: MessageTypeDefinition<_mallbots_baskets_v1_CancelBasketRequest, _mallbots_baskets_v1_CancelBasketRequest__Output>
        CancelBasketResponse: MessageTypeDefinition<_mallbots_baskets_v1_CancelBasketResponse, _mallbots_baskets_v1_CancelBasketResponse__Output>
        CheckoutBasketRequest: MessageTypeDefinition<_mallbots_baskets_v1_CheckoutBasketRequest, _mallbots_baskets_v1_CheckoutBasketRequest__Output>
        CheckoutBasketResponse: MessageTypeDefinition<_mallbots_baskets_v1_CheckoutBasketResponse, _mallbots_baskets_v1_CheckoutBasketResponse__Output>
        GetBasketRequest: MessageTypeDefinition<_mallbots_baskets_v1_GetBasketRequest, _mallbots_baskets_v1_GetBasketRequest__Output>
        GetBasketResponse: MessageTypeDefinition<_mallbots_baskets_v1_GetBasketResponse, _mallbots_baskets_v1_GetBasketResponse__Output>
        Item: MessageTypeDefinition<_mallbots_baskets_v1_Item, _mallbots_baskets_v1_Item__Output>
        RemoveItemRequest: MessageTypeDefinition<_mallbots_baskets_v1_RemoveItemRequest, _mallbots_baskets_v1_RemoveItemRequest__Output>
        RemoveItemResponse: MessageTypeDefinition<_mallbots_baskets_v1_RemoveItemResponse, _mallbots_baskets_v1_RemoveItemResponse__Output>
        StartBasketRequest: MessageTypeDefinition<_mallbots_baskets_v1_StartBasketRequest, _mallbots_baskets_v1_StartBasketRequest__Output>
        StartBasketResponse: MessageTypeDefinition<_mallbots_baskets_v1_StartBasketResponse, _mallbots_baskets_v1_StartBasketResponse__Output>
      }
    }
  }
}

