import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AssignShoppingListRequest as _mallbots_depot_v1_AssignShoppingListRequest, AssignShoppingListRequest__Output as _mallbots_depot_v1_AssignShoppingListRequest__Output } from './mallbots/depot/v1/AssignShoppingListRequest';
import type { AssignShoppingListResponse as _mallbots_depot_v1_AssignShoppingListResponse, AssignShoppingListResponse__Output as _mallbots_depot_v1_AssignShoppingListResponse__Output } from './mallbots/depot/v1/AssignShoppingListResponse';
import type { CancelShoppingListRequest as _mallbots_depot_v1_CancelShoppingListRequest, CancelShoppingListRequest__Output as _mallbots_depot_v1_CancelShoppingListRequest__Output } from './mallbots/depot/v1/CancelShoppingListRequest';
import type { CancelShoppingListResponse as _mallbots_depot_v1_CancelShoppingListResponse, CancelShoppingListResponse__Output as _mallbots_depot_v1_CancelShoppingListResponse__Output } from './mallbots/depot/v1/CancelShoppingListResponse';
import type { CompleteShoppingListRequest as _mallbots_depot_v1_CompleteShoppingListRequest, CompleteShoppingListRequest__Output as _mallbots_depot_v1_CompleteShoppingListRequest__Output } from './mallbots/depot/v1/CompleteShoppingListRequest';
import type { CompleteShoppingListResponse as _mallbots_depot_v1_CompleteShoppingListResponse, CompleteShoppingListResponse__Output as _mallbots_depot_v1_CompleteShoppingListResponse__Output } from './mallbots/depot/v1/CompleteShoppingListResponse';
import type { CreateShoppingListRequest as _mallbots_depot_v1_CreateShoppingListRequest, CreateShoppingListRequest__Output as _mallbots_depot_v1_CreateShoppingListRequest__Output } from './mallbots/depot/v1/CreateShoppingListRequest';
import type { CreateShoppingListResponse as _mallbots_depot_v1_CreateShoppingListResponse, CreateShoppingListResponse__Output as _mallbots_depot_v1_CreateShoppingListResponse__Output } from './mallbots/depot/v1/CreateShoppingListResponse';
import type { DepotServiceClient as _mallbots_depot_v1_DepotServiceClient, DepotServiceDefinition as _mallbots_depot_v1_DepotServiceDefinition } from './mallbots/depot/v1/DepotService';
import type { GetShoppingListRequest as _mallbots_depot_v1_GetShoppingListRequest, GetShoppingListRequest__Output as _mallbots_depot_v1_GetShoppingListRequest__Output } from './mallbots/depot/v1/GetShoppingListRequest';
import type { GetShoppingListResponse as _mallbots_depot_v1_GetShoppingListResponse, GetShoppingListResponse__Output as _mallbots_depot_v1_GetShoppingListResponse__Output } from './mallbots/depot/v1/GetShoppingListResponse';
import type { OrderItem as _mallbots_depot_v1_OrderItem, OrderItem__Output as _mallbots_depot_v1_OrderItem__Output } from './mallbots/depot/v1/OrderItem';
import type { Picked as _mallbots_depot_v1_Picked, Picked__Output as _mallbots_depot_v1_Picked__Output } from './mallbots/depot/v1/Picked';
import type { Progress as _mallbots_depot_v1_Progress, Progress__Output as _mallbots_depot_v1_Progress__Output } from './mallbots/depot/v1/Progress';
import type { ShoppingList as _mallbots_depot_v1_ShoppingList, ShoppingList__Output as _mallbots_depot_v1_ShoppingList__Output } from './mallbots/depot/v1/ShoppingList';
import type { Stop as _mallbots_depot_v1_Stop, Stop__Output as _mallbots_depot_v1_Stop__Output } from './mallbots/depot/v1/Stop';
import type { StopItem as _mallbots_depot_v1_StopItem, StopItem__Output as _mallbots_depot_v1_StopItem__Output } from './mallbots/depot/v1/StopItem';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  mallbots: {
    depot: {
      v1: {
        AssignShoppingListRequest: MessageTypeDefinition<_mallbots_depot_v1_AssignShoppingListRequest, _mallbots_depot_v1_AssignShoppingListRequest__Output>
        AssignShoppingListResponse: MessageTypeDefinition<_mallbots_depot_v1_AssignShoppingListResponse, _mallbots_depot_v1_AssignShoppingListResponse__Output>
        CancelShoppingListRequest: MessageTypeDefinition<_mallbots_depot_v1_CancelShoppingListRequest, _mallbots_depot_v1_CancelShoppingListRequest__Output>
        CancelShoppingListResponse: MessageTypeDefinition<_mallbots_depot_v1_CancelShoppingListResponse, _mallbots_depot_v1_CancelShoppingListResponse__Output>
        CompleteShoppingListRequest: MessageTypeDefinition<_mallbots_depot_v1_CompleteShoppingListRequest, _mallbots_depot_v1_CompleteShoppingListRequest__Output>
        CompleteShoppingListResponse: MessageTypeDefinition<_mallbots_depot_v1_CompleteShoppingListResponse, _mallbots_depot_v1_CompleteShoppingListResponse__Output>
        CreateShoppingListRequest: MessageTypeDefinition<_mallbots_depot_v1_CreateShoppingListRequest, _mallbots_depot_v1_CreateShoppingListRequest__Output>
        CreateShoppingListResponse: MessageTypeDefinition<_mallbots_depot_v1_CreateShoppingListResponse, _mallbots_depot_v1_CreateShoppingListResponse__Output>
        DepotService: SubtypeConstructor<typeof grpc.Client, _mallbots_depot_v1_DepotServiceClient> & { service: _mallbots_depot_v1_DepotServiceDefinition }
        GetShoppingListRequest: MessageTypeDefinition<_mallbots_depot_v1_GetShoppingListRequest, _mallbots_depot_v1_GetShoppingListRequest__Output>
        GetShoppingListResponse: MessageTypeDefinition<_mallbots_depot_v1_GetShoppingListResponse, _mallbots_depot_v1_GetShoppingListResponse__Output>
        OrderItem: MessageTypeDefinition<_mallbots_depot_v1_OrderItem, _mallbots_depot_v1_OrderItem__Output>
        Picked: MessageTypeDefinition<_mallbots_depot_v1_Picked, _mallbots_depot_v1_Picked__Output>
        Progress: MessageTypeDefinition<_mallbots_depot_v1_Progress, _mallbots_depot_v1_Progress__Output>
        ShoppingList: MessageTypeDefinition<_mallbots_depot_v1_ShoppingList, _mallbots_depot_v1_ShoppingList__Output>
        Stop: MessageTypeDefinition<_mallbots_depot_v1_Stop, _mallbots_depot_v1_Stop__Output>
        StopItem: MessageTypeDefinition<_mallbots_depot_v1_StopItem, _mallbots_depot_v1_StopItem__Output>
      }
    }
  }
}

