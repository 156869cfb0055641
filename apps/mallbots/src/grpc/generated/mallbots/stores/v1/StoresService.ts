// Original file: proto/mallbots/stores/v1/stores.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddProductRequest as _mallbots_stores_v1_AddProductRequest, AddProductRequest__Output as _mallbots_stores_v1_AddProductRequest__Output } from '../../../mallbots/stores/v1/AddProductRequest';
import type { AddProductResponse as _mallbots_stores_v1_AddProductResponse, AddProductResponse__Output as _mallbots_stores_v1_AddProductResponse__Output } from '../../../mallbots/stores/v1/AddProductResponse';
import type { CreateStoreRequest as _mallbots_stores_v1_CreateStoreRequest, CreateStoreRequest__Output as _mallbots_stores_v1_CreateStoreRequest__Output } from '../../../mallbots/stores/v1/CreateStoreRequest';
import type { CreateStoreResponse as _mallbots_stores_v1_CreateStoreResponse, CreateStoreResponse__Output as _mallbots_stores_v1_CreateStoreResponse__Output } from '../../../mallbots/stores/v1/CreateStoreResponse';
import type { DecreaseProductPriceRequest as _mallbots_stores_v1_DecreaseProductPriceRequest, DecreaseProductPriceRequest__Output as _mallbots_stores_v1_DecreaseProductPriceRequest__Output } from '../../../mallbots/stores/v1/DecreaseProductPriceRequest';
import type { DecreaseProductPriceResponse as _mallbots_stores_v1_DecreaseProductPriceResponse, DecreaseProductPriceResponse__Output as _mallbots_stores_v1_DecreaseProductPriceResponse__Output } from '../../../mallbots/stores/v1/DecreaseProductPriceResponse';
import type { DisableParticipationRequest as _mallbots_stores_v1_DisableParticipationRequest, DisableParticipationRequest__Output as _mallbots_stores_v1_DisableParticipationRequest__Output } from '../../../mallbots/stores/v1/DisableParticipationRequest';
import type { DisableParticipationResponse as _mallbots_stores_v1_DisableParticipationResponse, DisableParticipationResponse__Output as _mallbots_stores_v1_DisableParticipationResponse__Output } from '../../../mallbots/stores/v1/DisableParticipationResponse';
import type { EnableParticipationRequest as _mallbots_stores_v1_EnableParticipationRequest, EnableParticipationRequest__Output as _mallbots_stores_v1_EnableParticipationRequest__Output } from '../../../mallbots/stores/v1/EnableParticipationRequest';
import type { EnableParticipationResponse as _mallbots_stores_v1_EnableParticipationResponse, EnableParticipationResponse__Output as _mallbots_stores_v1_EnableParticipationResponse__Output } from '../../../mallbots/stores/v1/EnableParticipationResponse';
import type { GetCatalogRequest as _mallbots_stores_v1_GetCatalogRequest, GetCatalogRequest__Output as _mallbots_stores_v1_GetCatalogRequest__Output } from '../../../mallbots/stores/v1/GetCatalogRequest';
import type { GetCatalogResponse as _mallbots_stores_v1_GetCatalogResponse, GetCatalogResponse__Output as _mallbots_stores_v1_GetCatalogResponse__Output } from '../../../mallbots/stores/v1/GetCatalogResponse';
import type { GetParticipatingStoresRequest as _mallbots_stores_v1_GetParticipatingStoresRequest, GetParticipatingStoresRequest__Output as _mallbots_stores_v1_GetParticipatingStoresRequest__Output } from '../../../mallbots/stores/v1/GetParticipatingStoresRequest';
import type { GetParticipatingStoresResponse as _mallbots_stores_v1_GetParticipatingStoresResponse, GetParticipatingStoresResponse__Output as _mallbots_stores_v1_GetParticipatingStoresResponse__Output } from '../../../mallbots/stores/v1/GetParticipatingStoresResponse';
import type { GetProductRequest as _mallbots_stores_v1_GetProductRequest, GetProductRequest__Output as _mallbots_stores_v1_GetProductRequest__Output } from '../../../mallbots/stores/v1/GetProductRequest';
import type { GetProductResponse as _mallbots_stores_v1_GetProductResponse, GetProductResponse__Output as _mallbots_stores_v1_GetProductResponse__Output } from '../../../mallbots/stores/v1/GetProductResponse';
import type { GetStoreRequest as _mallbots_stores_v1_GetStoreRequest, GetStoreRequest__Output as _mallbots_stores_v1_GetStoreRequest__Output } from '../../../mallbots/stores/v1/GetStoreRequest';
import type { GetStoreResponse as _mallbots_stores_v1_GetStoreResponse, GetStoreResponse__Output as _mallbots_stores_v1_GetStoreResponse__Output } from '../../../mallbots/stores/v1/GetStoreResponse';
import type { GetStoresRequest as _mallbots_stores_v1_GetStoresRequest, GetStoresRequest__Output as _mallbots_stores_v1_GetStoresRequest__Output } from '../../../mallbots/stores/v1/GetStoresRequest';
import type { GetStoresResponse as _mallbots_stores_v1_GetStoresResponse, GetStoresResponse__Output as _mallbots_stores_v1_GetStoresResponse__Output } from '../../../mallbots/stores/v1/GetStoresResponse';
import type { IncreaseProductPriceRequest as _mallbots_stores_v1_IncreaseProductPriceRequest, IncreaseProductPriceRequest__Output as _mallbots_stores_v1_IncreaseProductPriceRequest__Output } from '../../../mallbots/stores/v1/IncreaseProductPriceRequest';
import type { IncreaseProductPriceResponse as _mallbots_stores_v1_IncreaseProductPriceResponse, IncreaseProductPriceResponse__Output as _mallbots_stores_v1_IncreaseProductPriceResponse__Output } from '../../../mallbots/stores/v1/IncreaseProductPriceResponse';
import type { RebrandProductRequest as _mallbots_stores_v1_RebrandProductRequest, RebrandProductRequest__Output as _mallbots_stores_v1_RebrandProductRequest__Output } from '../../../mallbots/stores/v1/RebrandProductRequest';
import type { RebrandProductResponse as _mallbots_stores_v1_RebrandProductResponse, RebrandProductResponse__Output as _mallbots_stores_v1_RebrandProductResponse__Output } from '../../../mallbots/stores/v1/RebrandProductResponse';
import type { RebrandStoreRequest as _mallbots_stores_v1_RebrandStoreRequest, RebrandStoreRequest__Output as _mallbots_stores_v1_RebrandStoreRequest__Output } from '../../../mallbots/stores/v1/RebrandStoreRequest';
import type { RebrandStoreResponse as _mallbots_stores_v1_RebrandStoreResponse, RebrandStoreResponse__Output as _mallbots_stores_v1_RebrandStoreResponse__Output } from '../../../mallbots/stores/v1/RebrandStoreResponse';
import type { RemoveProductRequest as _mallbots_stores_v1_RemoveProductRequest, RemoveProductRequest__Output as _mallbots_stores_v1_RemoveProductRequest__Output } from '../../../mallbots/stores/v1/RemoveProductRequest';
import type { RemoveProductResponse as _mallbots_stores_v1_RemoveProductResponse, RemoveProductResponse__Output as _mallbots_stores_v1_RemoveProductResponse__Output } from '../../../mallbots/stores/v1/RemoveProductResponse';

export interface StoresServiceClient extends grpc.Client {
  AddProduct(argument: _mallbots_stores_v1_AddProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_AddProductResponse__Output>): grpc.ClientUnaryCall;
  AddProduct(argument: _mallbots_stores_v1_AddProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_AddProductResponse__Output>): grpc.ClientUnaryCall;
  AddProduct(argument: _mallbots_stores_v1_AddProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_AddProductResponse__Output>): grpc.ClientUnaryCall;
  AddProduct(argument: _mallbots_stores_v1_AddProductRequest, callback: grpc.requestCallback<_mallbots_stores_v1_AddProductResponse__Output>): grpc.ClientUnaryCall;
  addProduct(argument: _mallbots_stores_v1_AddProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_AddProductResponse__Output>): grpc.ClientUnaryCall;
  addProduct(argument: _mallbots_stores_v1_AddProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_AddProductResponse__Output>): grpc.ClientUnaryCall;
  addProduct(argument: _mallbots_stores_v1_AddProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_AddProductResponse__Output>): grpc.ClientUnaryCall;
  addProduct(argument: _mallbots_stores_v1_AddProductRequest, callback: grpc.requestCallback<_mallbots_stores_v1_AddProductResponse__Output>): grpc.ClientUnaryCall;
  
  CreateStore(argument: _mallbots_stores_v1_CreateStoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_CreateStoreResponse__Output>): grpc.ClientUnaryCall;
  CreateStore(argument: _mallbots_stores_v1_CreateStoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_CreateStoreResponse__Output>): grpc.ClientUnaryCall;
  CreateStore(argument: _mallbots_stores_v1_CreateStoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_CreateStoreResponse__Output>): grpc.ClientUnaryCall;
  CreateStore(argument: _mallbots_stores_v1_CreateStoreRequest, callback: grpc.requestCallback<_mallbots_stores_v1_CreateStoreResponse__Output>): grpc.ClientUnaryCall;
  createStore(argument: _mallbots_stores_v1_CreateStoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_CreateStoreResponse__Output>): grpc.ClientUnaryCall;
  createStore(argument: _mallbots_stores_v1_CreateStoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_CreateStoreResponse__Output>): grpc.ClientUnaryCall;
  createStore(argument: _mallbots_stores_v1_CreateStoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_CreateStoreResponse__Output>): grpc.ClientUnaryCall;
  createStore(argument: _mallbots_stores_v1_CreateStoreRequest, callback: grpc.requestCallback<_mallbots_stores_v1_CreateStoreResponse__Output>): grpc.ClientUnaryCall;
  
  DecreaseProductPrice(argument: _mallbots_stores_v1_DecreaseProductPriceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_DecreaseProductPriceResponse__Output>): grpc.ClientUnaryCall;
  DecreaseProductPrice(argument: _mallbots_stores_v1_DecreaseProductPriceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_DecreaseProductPriceResponse__Output>): grpc.ClientUnaryCall;
  DecreaseProductPrice(argument: _mallbots_stores_v1_DecreaseProductPriceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_DecreaseProductPriceResponse__Output>): grpc.ClientUnaryCall;
  DecreaseProductPrice(argument: _mallbots_stores_v1_DecreaseProductPriceRequest, callback: grpc.requestCallback<_mallbots_stores_v1_DecreaseProductPriceResponse__Output>): grpc.ClientUnaryCall;
  decreaseProductPrice(argument: _mallbots_stores_v1_DecreaseProductPriceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_DecreaseProductPriceResponse__Output>): grpc.ClientUnaryCall;
  decreaseProductPrice(argument: _mallbots_stores_v1_DecreaseProductPriceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_DecreaseProductPriceResponse__Output>): grpc.ClientUnaryCall;
  decreaseProductPrice(argument: _mallbots_stores_v1_DecreaseProductPriceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_DecreaseProductPriceResponse__Output>): grpc.ClientUnaryCall;
  decreaseProductPrice(argument: _mallbots_stores_v1_DecreaseProductPriceRequest, callback: grpc.requestCallback<_mallbots_stores_v1_DecreaseProductPriceResponse__Output>): grpc.ClientUnaryCall;
  
  DisableParticipation(argument: _mallbots_stores_v1_DisableParticipationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_DisableParticipationResponse__Output>): grpc.ClientUnaryCall;
  DisableParticipation(argument: _mallbots_stores_v1_DisableParticipationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_DisableParticipationResponse__Output>): grpc.ClientUnaryCall;
  DisableParticipation(argument: _mallbots_stores_v1_DisableParticipationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_DisableParticipationResponse__Output>): grpc.ClientUnaryCall;
  DisableParticipation(argument: _mallbots_stores_v1_DisableParticipationRequest, callback: grpc.requestCallback<_mallbots_stores_v1_DisableParticipationResponse__Output>): grpc.ClientUnaryCall;
  disableParticipation(argument: _mallbots_stores_v1_DisableParticipationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_DisableParticipationResponse__Output>): grpc.ClientUnaryCall;
  disableParticipation(argument: _mallbots_stores_v1_DisableParticipationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_DisableParticipationResponse__Output>): grpc.ClientUnaryCall;
  disableParticipation(argument: _mallbots_stores_v1_DisableParticipationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_DisableParticipationResponse__Output>): grpc.ClientUnaryCall;
  disableParticipation(argument: _mallbots_stores_v1_DisableParticipationRequest, callback: grpc.requestCallback<_mallbots_stores_v1_DisableParticipationResponse__Output>): grpc.ClientUnaryCall;
  
  EnableParticipation(argument: _mallbots_stores_v1_EnableParticipationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_EnableParticipationResponse__Output>): grpc.ClientUnaryCall;
  EnableParticipation(argument: _mallbots_stores_v1_EnableParticipationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_EnableParticipationResponse__Output>): grpc.ClientUnaryCall;
  EnableParticipation(argument: _mallbots_stores_v1_EnableParticipationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_EnableParticipationResponse__Output>): grpc.ClientUnaryCall;
  EnableParticipation(argument: _mallbots_stores_v1_EnableParticipationRequest, callback: grpc.requestCallback<_mallbots_stores_v1_EnableParticipationResponse__Output>): grpc.ClientUnaryCall;
  enableParticipation(argument: _mallbots_stores_v1_EnableParticipationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_EnableParticipationResponse__Output>): grpc.ClientUnaryCall;
  enableParticipation(argument: _mallbots_stores_v1_EnableParticipationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_EnableParticipationResponse__Output>): grpc.ClientUnaryCall;
  enableParticipation(argument: _mallbots_stores_v1_EnableParticipationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_EnableParticipationResponse__Output>): grpc.ClientUnaryCall;
  enableParticipation(argument: _mallbots_stores_v1_EnableParticipationRequest, callback: grpc.requestCallback<_mallbots_stores_v1_EnableParticipationResponse__Output>): grpc.ClientUnaryCall;
  
  GetCatalog(argument: _mallbots_stores_v1_GetCatalogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetCatalogResponse__Output>): grpc.ClientUnaryCall;
  GetCatalog(argument: _mallbots_stores_v1_GetCatalogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_GetCatalogResponse__Output>): grpc.ClientUnaryCall;
  GetCatalog(argument: _mallbots_stores_v1_GetCatalogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetCatalogResponse__Output>): grpc.ClientUnaryCall;
  GetCatalog(argument: _mallbots_stores_v1_GetCatalogRequest, callback: grpc.requestCallback<_mallbots_stores_v1_GetCatalogResponse__Output>): grpc.ClientUnaryCall;
  getCatalog(argument: _mallbots_stores_v1_GetCatalogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetCatalogResponse__Output>): grpc.ClientUnaryCall;
  getCatalog(argument: _mallbots_stores_v1_GetCatalogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_GetCatalogResponse__Output>): grpc.ClientUnaryCall;
  getCatalog(argument: _mallbots_stores_v1_GetCatalogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetCatalogResponse__Output>): grpc.ClientUnaryCall;
  getCatalog(argument: _mallbots_stores_v1_GetCatalogRequest, callback: grpc.requestCallback<_mallbots_stores_v1_GetCatalogResponse__Output>): grpc.ClientUnaryCall;
  
  GetParticipatingStores(argument: _mallbots_stores_v1_GetParticipatingStoresRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetParticipatingStoresResponse__Output>): grpc.ClientUnaryCall;
  GetParticipatingStores(argument: _mallbots_stores_v1_GetParticipatingStoresRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_GetParticipatingStoresResponse__Output>): grpc.ClientUnaryCall;
  GetParticipatingStores(argument: _mallbots_stores_v1_GetParticipatingStoresRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetParticipatingStoresResponse__Output>): grpc.ClientUnaryCall;
  GetParticipatingStores(argument: _mallbots_stores_v1_GetParticipatingStoresRequest, callback: grpc.requestCallback<_mallbots_stores_v1_GetParticipatingStoresResponse__Output>): grpc.ClientUnaryCall;
  getParticipatingStores(argument: _mallbots_stores_v1_GetParticipatingStoresRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetParticipatingStoresResponse__Output>): grpc.ClientUnaryCall;
  getParticipatingStores(argument: _mallbots_stores_v1_GetParticipatingStoresRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_GetParticipatingStoresResponse__Output>): grpc.ClientUnaryCall;
  getParticipatingStores(argument: _mallbots_stores_v1_GetParticipatingStoresRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetParticipatingStoresResponse__Output>): grpc.ClientUnaryCall;
  getParticipatingStores(argument: _mallbots_stores_v1_GetParticipatingStoresRequest, callback: grpc.requestCallback<_mallbots_stores_v1_GetParticipatingStoresResponse__Output>): grpc.ClientUnaryCall;
  
  GetProduct(argument: _mallbots_stores_v1_GetProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetProductResponse__Output>): grpc.ClientUnaryCall;
  GetProduct(argument: _mallbots_stores_v1_GetProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_GetProductResponse__Output>): grpc.ClientUnaryCall;
  GetProduct(argument: _mallbots_stores_v1_GetProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetProductResponse__Output>): grpc.ClientUnaryCall;
  GetProduct(argument: _mallbots_stores_v1_GetProductRequest, callback: grpc.requestCallback<_mallbots_stores_v1_GetProductResponse__Output>): grpc.ClientUnaryCall;
  getProduct(argument: _mallbots_stores_v1_GetProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetProductResponse__Output>): grpc.ClientUnaryCall;
  getProduct(argument: _mallbots_stores_v1_GetProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_GetProductResponse__Output>): grpc.ClientUnaryCall;
  getProduct(argument: _mallbots_stores_v1_GetProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetProductResponse__Output>): grpc.ClientUnaryCall;
  getProduct(argument: _mallbots_stores_v1_GetProductRequest, callback: grpc.requestCallback<_mallbots_stores_v1_GetProductResponse__Output>): grpc.ClientUnaryCall;
  
  GetStore(argument: _mallbots_stores_v1_GetStoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetStoreResponse__Output>): grpc.ClientUnaryCall;
  GetStore(argument: _mallbots_stores_v1_GetStoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_GetStoreResponse__Output>): grpc.ClientUnaryCall;
  GetStore(argument: _mallbots_stores_v1_GetStoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetStoreResponse__Output>): grpc.ClientUnaryCall;
  GetStore(argument: _mallbots_stores_v1_GetStoreRequest, callback: grpc.requestCallback<_mallbots_stores_v1_GetStoreResponse__Output>): grpc.ClientUnaryCall;
  getStore(argument: _mallbots_stores_v1_GetStoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetStoreResponse__Output>): grpc.ClientUnaryCall;
  getStore(argument: _mallbots_stores_v1_GetStoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_GetStoreResponse__Output>): grpc.ClientUnaryCall;
  getStore(argument: _mallbots_stores_v1_GetStoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetStoreResponse__Output>): grpc.ClientUnaryCall;
  getStore(argument: _mallbots_stores_v1_GetStoreRequest, callback: grpc.requestCallback<_mallbots_stores_v1_GetStoreResponse__Output>): grpc.ClientUnaryCall;
  
  GetStores(argument: _mallbots_stores_v1_GetStoresRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetStoresResponse__Output>): grpc.ClientUnaryCall;
  GetStores(argument: _mallbots_stores_v1_GetStoresRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_GetStoresResponse__Output>): grpc.ClientUnaryCall;
  GetStores(argument: _mallbots_stores_v1_GetStoresRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetStoresResponse__Output>): grpc.ClientUnaryCall;
  GetStores(argument: _mallbots_stores_v1_GetStoresRequest, callback: grpc.requestCallback<_mallbots_stores_v1_GetStoresResponse__Output>): grpc.ClientUnaryCall;
  getStores(argument: _mallbots_stores_v1_GetStoresRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetStoresResponse__Output>): grpc.ClientUnaryCall;
  getStores(argument: _mallbots_stores_v1_GetStoresRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_GetStoresResponse__Output>): grpc.ClientUnaryCall;
  getStores(argument: _mallbots_stores_v1_GetStoresRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_GetStoresResponse__Output>): grpc.ClientUnaryCall;
  getStores(argument: _mallbots_stores_v1_GetStoresRequest, callback: grpc.requestCallback<_mallbots_stores_v1_GetStoresResponse__Output>): grpc.ClientUnaryCall;
  
  IncreaseProductPrice(argument: _mallbots_stores_v1_IncreaseProductPriceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_IncreaseProductPriceResponse__Output>): grpc.ClientUnaryCall;
  IncreaseProductPrice(argument: _mallbots_stores_v1_IncreaseProductPriceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_IncreaseProductPriceResponse__Output>): grpc.ClientUnaryCall;
  IncreaseProductPrice(argument: _mallbots_stores_v1_IncreaseProductPriceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_IncreaseProductPriceResponse__Output>): grpc.ClientUnaryCall;
  IncreaseProductPrice(argument: _mallbots_stores_v1_IncreaseProductPriceRequest, callback: grpc.requestCallback<_mallbots_stores_v1_IncreaseProductPriceResponse__Output>): grpc.ClientUnaryCall;
  increaseProductPrice(argument: _mallbots_stores_v1_IncreaseProductPriceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_IncreaseProductPriceResponse__Output>): grpc.ClientUnaryCall;
  increaseProductPrice(argument: _mallbots_stores_v1_IncreaseProductPriceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_IncreaseProductPriceResponse__Output>): grpc.ClientUnaryCall;
  increaseProductPrice(argument: _mallbots_stores_v1_IncreaseProductPriceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_IncreaseProductPriceResponse__Output>): grpc.ClientUnaryCall;
  increaseProductPrice(argument: _mallbots_stores_v1_IncreaseProductPriceRequest, callback: grpc.requestCallback<_mallbots_stores_v1_IncreaseProductPriceResponse__Output>): grpc.ClientUnaryCall;
  
  RebrandProduct(argument: _mallbots_stores_v1_RebrandProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_RebrandProductResponse__Output>): grpc.ClientUnaryCall;
  RebrandProduct(argument: _mallbots_stores_v1_RebrandProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_RebrandProductResponse__Output>): grpc.ClientUnaryCall;
  RebrandProduct(argument: _mallbots_stores_v1_RebrandProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_RebrandProductResponse__Output>): grpc.ClientUnaryCall;
  RebrandProduct(argument: _mallbots_stores_v1_RebrandProductRequest, callback: grpc.requestCallback<_mallbots_stores_v1_RebrandProductResponse__Output>): grpc.ClientUnaryCall;
  rebrandProduct(argument: _mallbots_stores_v1_RebrandProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_RebrandProductResponse__Output>): grpc.ClientUnaryCall;
  rebrandProduct(argument: _mallbots_stores_v1_RebrandProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_RebrandProductResponse__Output>): grpc.ClientUnaryCall;
  rebrandProduct(argument: _mallbots_stores_v1_RebrandProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_RebrandProductResponse__Output>): grpc.ClientUnaryCall;
  rebrandProduct(argument: _mallbots_stores_v1_RebrandProductRequest, callback: grpc.requestCallback<_mallbots_stores_v1_RebrandProductResponse__Output>): grpc.ClientUnaryCall;
  
  RebrandStore(argument: _mallbots_stores_v1_RebrandStoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_RebrandStoreResponse__Output>): grpc.ClientUnaryCall;
  RebrandStore(argument: _mallbots_stores_v1_RebrandStoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_RebrandStoreResponse__Output>): grpc.ClientUnaryCall;
  RebrandStore(argument: _mallbots_stores_v1_RebrandStoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_RebrandStoreResponse__Output>): grpc.ClientUnaryCall;
  RebrandStore(argument: _mallbots_stores_v1_RebrandStoreRequest, callback: grpc.requestCallback<_mallbots_stores_v1_RebrandStoreResponse__Output>): grpc.ClientUnaryCall;
  rebrandStore(argument: _mallbots_stores_v1_RebrandStoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_RebrandStoreResponse__Output>): grpc.ClientUnaryCall;
  rebrandStore(argument: _mallbots_stores_v1_RebrandStoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_RebrandStoreResponse__Output>): grpc.ClientUnaryCall;
  rebrandStore(argument: _mallbots_stores_v1_RebrandStoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_RebrandStoreResponse__Output>): grpc.ClientUnaryCall;
  rebrandStore(argument: _mallbots_stores_v1_RebrandStoreRequest, callback: grpc.requestCallback<_mallbots_stores_v1_RebrandStoreResponse__Output>): grpc.ClientUnaryCall;
  
  RemoveProduct(argument: _mallbots_stores_v1_RemoveProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_RemoveProductResponse__Output>): grpc.ClientUnaryCall;
  RemoveProduct(argument: _mallbots_stores_v1_RemoveProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_RemoveProductResponse__Output>): grpc.ClientUnaryCall;
  RemoveProduct(argument: _mallbots_stores_v1_RemoveProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_RemoveProductResponse__Output>): grpc.ClientUnaryCall;
  RemoveProduct(argument: _mallbots_stores_v1_RemoveProductRequest, callback: grpc.requestCallback<_mallbots_stores_v1_RemoveProductResponse__Output>): grpc.ClientUnaryCall;
  removeProduct(argument: _mallbots_stores_v1_RemoveProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_RemoveProductResponse__Output>): grpc.ClientUnaryCall;
  removeProduct(argument: _mallbots_stores_v1_RemoveProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_mallbots_stores_v1_RemoveProductResponse__Output>): grpc.ClientUnaryCall;
  removeProduct(argument: _mallbots_stores_v1_RemoveProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_mallbots_stores_v1_RemoveProductResponse__Output>): grpc.ClientUnaryCall;
  removeProduct(argument: _mallbots_stores_v1_RemoveProductRequest, callback: grpc.requestCallback<_mallbots_stores_v1_RemoveProductResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface StoresServiceHandlers extends grpc.UntypedServiceImplementation {
  AddProduct: grpc.handleUnaryCall<_mallbots_stores_v1_AddProductRequest__Output, _mallbots_stores_v1_AddProductResponse>;
  
  CreateStore: grpc.handleUnaryCall<_mallbots_stores_v1_CreateStoreRequest__Output, _mallbots_stores_v1_CreateStoreResponse>;
  
  DecreaseProductPrice: grpc.handleUnaryCall<_mallbots_stores_v1_DecreaseProductPriceRequest__Output, _mallbots_stores_v1_DecreaseProductPriceResponse>;
  
  DisableParticipation: grpc.handleUnaryCall<_mallbots_stores_v1_DisableParticipationRequest__Output, _mallbots_stores_v1_DisableParticipationResponse>;
  
  EnableParticipation: grpc.handleUnaryCall<_mallbots_stores_v1_EnableParticipationRequest__Output, _mallbots_stores_v1_EnableParticipationResponse>;
  
  GetCatalog: grpc.handleUnaryCall<_mallbots_stores_v1_GetCatalogRequest__Output, _mallbots_stores_v1_GetCatalogResponse>;
  
  GetParticipatingStores: grpc.handleUnaryCall<_mallbots_stores_v1_GetParticipatingStoresRequest__Output, _mallbots_stores_v1_GetParticipatingStoresResponse>;
  
  GetProduct: grpc.handleUnaryCall<_mallbots_stores_v1_GetProductRequest__Output, _mallbots_stores_v1_GetProductResponse>;
  
  GetStore: grpc.handleUnaryCall<_mallbots_stores_v1_GetStoreRequest__Output, _mallbots_stores_v1_GetStoreResponse>;
  
  GetStores: grpc.handleUnaryCall<_mallbots_stores_v1_GetStoresRequest__Output, _mallbots_stores_v1_GetStoresResponse>;
  
  IncreaseProductPrice: grpc.handleUnaryCall<_mallbots_stores_v1_IncreaseProductPriceRequest__Output, _mallbots_stores_v1_IncreaseProductPriceResponse>;
  
  RebrandProduct: grpc.handleUnaryCall<_mallbots_stores_v1_RebrandProductRequest__Output, _mallbots_stores_v1_RebrandProductResponse>;
  
  RebrandStore: grpc.handleUnaryCall<_mallbots_stores_v1_RebrandStoreRequest__Output, _mallbots_stores_v1_RebrandStoreResponse>;
  
  RemoveProduct: grpc.handleUnaryCall<_mallbots_stores_v1_RemoveProductRequest__Output, _mallbots_stores_v1_RemoveProductResponse>;
  
}

export interface StoresServiceDefinition extends grpc.ServiceDefinition {
  AddProduct: MethodDefinition<_mallbots_stores_v1_AddProductRequest, _mallbots_stores_v1_AddProductResponse, _mallbots_stores_v1_AddProductRequest__Output, _mallbots_stores_v1_AddProductResponse__Output>
  CreateStore: MethodDefinition<_mallbots_stores_v1_CreateStoreRequest, _mallbots_stores_v1_CreateStoreResponse, _mallbots_stores_v1_CreateStoreRequest__Output, _mallbots_stores_v1_CreateStoreResponse__Output>
  DecreaseProductPrice: MethodDefinition<_mallbots_stores_v1_DecreaseProductPriceRequest, _mallbots_stores_v1_DecreaseProductPriceResponse, _mallbots_stores_v1_DecreaseProductPriceRequest__Output, _mallbots_stores_v1_DecreaseProductPriceResponse__Output>
  DisableParticipation: MethodDefinition<_mallbots_stores_v1_DisableParticipationRequest, _mallbots_stores_v1_DisableParticipationResponse, _mallbots_stores_v1_DisableParticipationRequest__Output, _mallbots_stores_v1_DisableParticipationResponse__Output>
  EnableParticipation: MethodDefinition<_mallbots_stores_v1_EnableParticipationRequest, _mallbots_stores_v1_EnableParticipationResponse, _mallbots_stores_v1_EnableParticipationRequest__Output, _mallbots_stores_v1_EnableParticipationResponse__Output>
  GetCatalog: MethodDefinition<_mallbots_stores_v1_GetCatalogRequest, _mallbots_stores_v1_GetCatalogResponse, _mallbots_stores_v1_GetCatalogRequest__Output, _mallbots_stores_v1_GetCatalogResponse__Output>
  GetParticipatingStores: MethodDefinition<_mallbots_stores_v1_GetParticipatingStoresRequest, _mallbots_stores_v1_GetParticipatingStoresResponse, _mallbots_stores_v1_GetParticipatingStoresRequest__Output, _mallbots_stores_v1_GetParticipatingStoresResponse__Output>
  GetProduct: MethodDefinition<_mallbots_stores_v1_GetProductRequest, _mallbots_stores_v1_GetProductResponse, _mallbots_stores_v1_GetProductRequest__Output, _mallbots_stores_v1_GetProductResponse__Output>
  GetStore: MethodDefinition<_mallbots_stores_v1_GetStoreRequest, _mallbots_stores_v1_GetStoreResponse, _mallbots_stores_v1_GetStoreRequest__Output, _mallbots_stores_v1_GetStoreResponse__Output>
  GetStores: MethodDefinition<_mallbots_stores_v1_GetStoresRequest, _mallbots_stores_v1_GetStoresResponse, _mallbots_stores_v1_GetStoresRequest__Output, _mallbots_stores_v1_GetStoresResponse__Output>
  IncreaseProductPrice: MethodDefinition<_mallbots_stores_v1_IncreaseProductPriceRequest, _mallbots_stores_v1_IncreaseProductPriceResponse, _mallbots_stores_v1_IncreaseProductPriceRequest__Output, _mallbots_stores_v1_IncreaseProductPriceResponse__Output>
  RebrandProduct: MethodDefinition<_mallbots_stores_v1_RebrandProductRequest, _mallbots_stores_v1_RebrandProductResponse, _mallbots_stores_v1_RebrandProductRequest__Output, _mallbots_stores_v1_RebrandProductResponse__Output>
  RebrandStore: MethodDefinition<_mallbots_stores_v1_RebrandStoreRequest, _mallbots_stores_v1_RebrandStoreResponse, _mallbots_stores_v1_RebrandStoreRequest__Output, _mallbots_stores_v1_RebrandStoreResponse__Output>
  RemoveProduct: MethodDefinition<_mallbots_stores_v1_RemoveProductRequest, _mallbots_stores_v1_RemoveProductResponse, _mallbots_stores_v1_RemoveProductRequest__Output, _mallbots_stores_v1_RemoveProductResponse__Output>
}
