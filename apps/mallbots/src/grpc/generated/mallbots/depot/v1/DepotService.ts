// Original file: proto/mallbots/depot/v1/depot.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AssignShoppingListRequest as _mallbots_depot_v1_AssignShoppingListRequest, AssignShoppingListRequest__Output as _mallbots_depot_v1_AssignShoppingListRequest__Output } from '../../../mallbots/depot/v1/AssignShoppingListRequest';
import type { AssignShoppingListResponse as _mallbots_depot_v1_AssignShoppingListResponse, AssignShoppingListResponse__Output as _mallbots_depot_v1_AssignShoppingListResponse__Output } from '../../../mallbots/depot/v1/AssignShoppingListResponse';
import type { CancelShoppingListRequest as _mallbots_depot_v1_CancelShoppingListRequest, CancelShoppingListRequest__Output as _mallbots_depot_v1_CancelShoppingListRequest__Output } from '../../../mallbots/depot/v1/CancelShoppingListRequest';
import type { CancelShoppingListResponse as _mallbots_depot_v1_CancelShoppingListResponse, CancelShoppingListResponse__Output as _mallbots_depot_v1_CancelShoppingListResponse__Output } from '../../../mallbots/depot/v1/CancelShoppingListResponse';
import type { CompleteShoppingListRequest as _mallbots_depot_v1_CompleteShoppingListRequest, CompleteShoppingListRequest__Output as _mallbots_depot_v1_CompleteShoppingListRequest__Output } from '../../../mallbots/depot/v1/CompleteShoppingListRequest';
import type { CompleteShoppingListResponse as _mallbots_depot_v1_CompleteShoppingListResponse, CompleteShoppingListResponse__Output as _mallbots_depot_v1_CompleteShoppingListResponse__Output } from '../../../mallbots/depot/v1/CompleteShoppingListResponse';
import type { CreateShoppingListRequest as _mallbots_depot_v1_CreateShoppingListRequest, CreateShoppingListRequest__Output as _mallbots_depot_v1_CreateShoppingListRequest__Output } from '../../../mallbots/depot/v1/CreateShoppingListRequest';
import type { CreateShoppingListResponse as _mallbots_depot_v1_CreateShoppingListResponse, CreateShoppingListResponse__Output as _mallbots_depot_v1_CreateShoppingListResponse__Output } from '../../../mallbots/depot/v1/CreateShoppingListResponse';
import type { GetShoppingListRequest as _mallbots_depot_v1_GetShoppingListRequest, GetShoppingListRequest__Output as _mallbots_depot_v1_GetShoppingListRequest__Output } from '../../../mallbots/depot/v1/GetShoppingListRequest';
import type { GetShoppingListResponse as _mallbots_depot_v1_GetShoppingListResponse, GetShoppingListResponse__Output as _mallbots_depot_v1_GetShoppingListResponse__Output } from '../../../mallbots/depot/v1/GetShoppingListResponse';

export interface DepotServiceClient extends grpc.Client {
  /**
   * Gives an available list to the bot, which must hold no other list.
   */
  AssignShoppingList(argument: _mallbots_depot_v1_AssignShoppingListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_AssignShoppingListResponse__Output>): grpc.ClientUnaryCall;
  AssignShoppingList(argument: _mallbots_depot_v1_AssignShoppingListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_depot_v1_AssignShoppingListResponse__Output>): grpc.ClientUnaryCall;
  AssignShoppingList(argument: _mallbots_depot_v1_AssignShoppingListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_AssignShoppingListResponse__Output>): grpc.ClientUnaryCall;
  AssignShoppingList(argument: _mallbots_depot_v1_AssignShoppingListRequest, callback: grpc.requestCallback<_mallbots_depot_v1_AssignShoppingListResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Gives an available list to the bot, which must hold no other list.
   */
  assignShoppingList(argument: _mallbots_depot_v1_AssignShoppingListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_AssignShoppingListResponse__Output>): grpc.ClientUnaryCall;
  assignShoppingList(argument: _mallbots_depot_v1_AssignShoppingListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_depot_v1_AssignShoppingListResponse__Output>): grpc.ClientUnaryCall;
  assignShoppingList(argument: _mallbots_depot_v1_AssignShoppingListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_AssignShoppingListResponse__Output>): grpc.ClientUnaryCall;
  assignShoppingList(argument: _mallbots_depot_v1_AssignShoppingListRequest, callback: grpc.requestCallback<_mallbots_depot_v1_AssignShoppingListResponse__Output>): grpc.ClientUnaryCall;
  
  CancelShoppingList(argument: _mallbots_depot_v1_CancelShoppingListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_CancelShoppingListResponse__Output>): grpc.ClientUnaryCall;
  CancelShoppingList(argument: _mallbots_depot_v1_CancelShoppingListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_depot_v1_CancelShoppingListResponse__Output>): grpc.ClientUnaryCall;
  CancelShoppingList(argument: _mallbots_depot_v1_CancelShoppingListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_CancelShoppingListResponse__Output>): grpc.ClientUnaryCall;
  CancelShoppingList(argument: _mallbots_depot_v1_CancelShoppingListRequest, callback: grpc.requestCallback<_mallbots_depot_v1_CancelShoppingListResponse__Output>): grpc.ClientUnaryCall;
  cancelShoppingList(argument: _mallbots_depot_v1_CancelShoppingListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_CancelShoppingListResponse__Output>): grpc.ClientUnaryCall;
  cancelShoppingList(argument: _mallbots_depot_v1_CancelShoppingListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_depot_v1_CancelShoppingListResponse__Output>): grpc.ClientUnaryCall;
  cancelShoppingList(argument: _mallbots_depot_v1_CancelShoppingListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_CancelShoppingListResponse__Output>): grpc.ClientUnaryCall;
  cancelShoppingList(argument: _mallbots_depot_v1_CancelShoppingListRequest, callback: grpc.requestCallback<_mallbots_depot_v1_CancelShoppingListResponse__Output>): grpc.ClientUnaryCall;
  
  CompleteShoppingList(argument: _mallbots_depot_v1_CompleteShoppingListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_CompleteShoppingListResponse__Output>): grpc.ClientUnaryCall;
  CompleteShoppingList(argument: _mallbots_depot_v1_CompleteShoppingListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_depot_v1_CompleteShoppingListResponse__Output>): grpc.ClientUnaryCall;
  CompleteShoppingList(argument: _mallbots_depot_v1_CompleteShoppingListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_CompleteShoppingListResponse__Output>): grpc.ClientUnaryCall;
  CompleteShoppingList(argument: _mallbots_depot_v1_CompleteShoppingListRequest, callback: grpc.requestCallback<_mallbots_depot_v1_CompleteShoppingListResponse__Output>): grpc.ClientUnaryCall;
  completeShoppingList(argument: _mallbots_depot_v1_CompleteShoppingListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_CompleteShoppingListResponse__Output>): grpc.ClientUnaryCall;
  completeShoppingList(argument: _mallbots_depot_v1_CompleteShoppingListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_depot_v1_CompleteShoppingListResponse__Output>): grpc.ClientUnaryCall;
  completeShoppingList(argument: _mallbots_depot_v1_CompleteShoppingListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_CompleteShoppingListResponse__Output>): grpc.ClientUnaryCall;
  completeShoppingList(argument: _mallbots_depot_v1_CompleteShoppingListRequest, callback: grpc.requestCallback<_mallbots_depot_v1_CompleteShoppingListResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates the order's shopping list (pending); an order that has one gets the same id back.
   */
  CreateShoppingList(argument: _mallbots_depot_v1_CreateShoppingListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_CreateShoppingListResponse__Output>): grpc.ClientUnaryCall;
  CreateShoppingList(argument: _mallbots_depot_v1_CreateShoppingListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_depot_v1_CreateShoppingListResponse__Output>): grpc.ClientUnaryCall;
  CreateShoppingList(argument: _mallbots_depot_v1_CreateShoppingListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_CreateShoppingListResponse__Output>): grpc.ClientUnaryCall;
  CreateShoppingList(argument: _mallbots_depot_v1_CreateShoppingListRequest, callback: grpc.requestCallback<_mallbots_depot_v1_CreateShoppingListResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Creates the order's shopping list (pending); an order that has one gets the same id back.
   */
  createShoppingList(argument: _mallbots_depot_v1_CreateShoppingListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_CreateShoppingListResponse__Output>): grpc.ClientUnaryCall;
  createShoppingList(argument: _mallbots_depot_v1_CreateShoppingListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_depot_v1_CreateShoppingListResponse__Output>): grpc.ClientUnaryCall;
  createShoppingList(argument: _mallbots_depot_v1_CreateShoppingListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_CreateShoppingListResponse__Output>): grpc.ClientUnaryCall;
  createShoppingList(argument: _mallbots_depot_v1_CreateShoppingListRequest, callback: grpc.requestCallback<_mallbots_depot_v1_CreateShoppingListResponse__Output>): grpc.ClientUnaryCall;
  
  GetShoppingList(argument: _mallbots_depot_v1_GetShoppingListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_GetShoppingListResponse__Output>): grpc.ClientUnaryCall;
  GetShoppingList(argument: _mallbots_depot_v1_GetShoppingListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_depot_v1_GetShoppingListResponse__Output>): grpc.ClientUnaryCall;
  GetShoppingList(argument: _mallbots_depot_v1_GetShoppingListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_GetShoppingListResponse__Output>): grpc.ClientUnaryCall;
  GetShoppingList(argument: _mallbots_depot_v1_GetShoppingListRequest, callback: grpc.requestCallback<_mallbots_depot_v1_GetShoppingListResponse__Output>): grpc.ClientUnaryCall;
  getShoppingList(argument: _mallbots_depot_v1_GetShoppingListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_GetShoppingListResponse__Output>): grpc.ClientUnaryCall;
  getShoppingList(argument: _mallbots_depot_v1_GetShoppingListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_depot_v1_GetShoppingListResponse__Output>): grpc.ClientUnaryCall;
  getShoppingList(argument: _mallbots_depot_v1_GetShoppingListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_depot_v1_GetShoppingListResponse__Output>): grpc.ClientUnaryCall;
  getShoppingList(argument: _mallbots_depot_v1_GetShoppingListRequest, callback: grpc.requestCallback<_mallbots_depot_v1_GetShoppingListResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface DepotServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Gives an available list to the bot, which must hold no other list.
   */
  AssignShoppingList: grpc.handleUnaryCall<_mallbots_depot_v1_AssignShoppingListRequest__Output, _mallbots_depot_v1_AssignShoppingListResponse>;
  
  CancelShoppingList: grpc.handleUnaryCall<_mallbots_depot_v1_CancelShoppingListRequest__Output, _mallbots_depot_v1_CancelShoppingListResponse>;
  
  CompleteShoppingList: grpc.handleUnaryCall<_mallbots_depot_v1_CompleteShoppingListRequest__Output, _mallbots_depot_v1_CompleteShoppingListResponse>;
  
  /**
   * Creates the order's shopping list (pending); an order that has one gets the same id back.
   */
  CreateShoppingList: grpc.handleUnaryCall<_mallbots_depot_v1_CreateShoppingListRequest__Output, _mallbots_depot_v1_CreateShoppingListResponse>;
  
  GetShoppingList: grpc.handleUnaryCall<_mallbots_depot_v1_GetShoppingListRequest__Output, _mallbots_depot_v1_GetShoppingListResponse>;
  
}

export interface DepotServiceDefinition extends grpc.ServiceDefinition {
  AssignShoppingList: MethodDefinition<_mallbots_depot_v1_AssignShoppingListRequest, _mallbots_depot_v1_AssignShoppingListResponse, _mallbots_depot_v1_AssignShoppingListRequest__Output, _mallbots_depot_v1_AssignShoppingListResponse__Output>
  CancelShoppingList: MethodDefinition<_mallbots_depot_v1_CancelShoppingListRequest, _mallbots_depot_v1_CancelShoppingListResponse, _mallbots_depot_v1_CancelShoppingListRequest__Output, _mallbots_depot_v1_CancelShoppingListResponse__Output>
  CompleteShoppingList: MethodDefinition<_mallbots_depot_v1_CompleteShoppingListRequest, _mallbots_depot_v1_CompleteShoppingListResponse, _mallbots_depot_v1_CompleteShoppingListRequest__Output, _mallbots_depot_v1_CompleteShoppingListResponse__Output>
  CreateShoppingList: MethodDefinition<_mallbots_depot_v1_CreateShoppingListRequest, _mallbots_depot_v1_CreateShoppingListResponse, _mallbots_depot_v1_CreateShoppingListRequest__Output, _mallbots_depot_v1_CreateShoppingListResponse__Output>
  GetShoppingList: MethodDefinition<_mallbots_depot_v1_GetShoppingListRequest, _mallbots_depot_v1_GetShoppingListResponse, _mallbots_depot_v1_GetShoppingListRequest__Output, _mallbots_depot_v1_GetShoppingListResponse__Output>
}
