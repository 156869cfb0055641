import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddProductRequest as _mallbots_stores_v1_AddProductRequest, AddProductRequest__Output as _mallbots_stores_v1_AddProductRequest__Output } from './mallbots/stores/v1/AddProductRequest';
import type { AddProductResponse as _mallbots_stores_v1_AddProductResponse, AddProductResponse__Output as _mallbots_stores_v1_AddProductResponse__Output } from './mallbots/stores/v1/AddProductResponse';
import type { CreateStoreRequest as _mallbots_stores_v1_CreateStoreRequest, CreateStoreRequest__Output as _mallbots_stores_v1_CreateStoreRequest__Output } from './mallbots/stores/v1/CreateStoreRequest';
import type { CreateStoreResponse as _mallbots_stores_v1_CreateStoreResponse, CreateStoreResponse__Output as _mallbots_stores_v1_CreateStoreResponse__Output } from './mallbots/stores/v1/CreateStoreResponse';
import type { DecreaseProductPriceRequest as _mallbots_stores_v1_DecreaseProductPriceRequest, DecreaseProductPriceRequest__Output as _mallbots_stores_v1_DecreaseProductPriceRequest__Output } from './mallbots/stores/v1/DecreaseProductPriceRequest';
import type { DecreaseProductPriceResponse as _mallbots_stores_v1_DecreaseProductPriceResponse, DecreaseProductPriceResponse__Output as _mallbots_stores_v1_DecreaseProductPriceResponse__Output } from './mallbots/stores/v1/DecreaseProductPriceResponse';
import type { DisableParticipationRequest as _mallbots_stores_v1_DisableParticipationRequest, DisableParticipationRequest__Output as _mallbots_stores_v1_DisableParticipationRequest__Output } from './mallbots/stores/v1/DisableParticipationRequest';
import type { DisableParticipationResponse as _mallbots_stores_v1_DisableParticipationResponse, DisableParticipationResponse__Output as _mallbots_stores_v1_DisableParticipationResponse__Output } from './mallbots/stores/v1/DisableParticipationResponse';
import type { EnableParticipationRequest as _mallbots_stores_v1_EnableParticipationRequest, EnableParticipationRequest__Output as _mallbots_stores_v1_EnableParticipationRequest__Output } from './mallbots/stores/v1/EnableParticipationRequest';
import type { EnableParticipationResponse as _mallbots_stores_v1_EnableParticipationResponse, EnableParticipationResponse__Output as _mallbots_stores_v1_EnableParticipationResponse__Output } from './mallbots/stores/v1/EnableParticipationResponse';
import type { GetCatalogRequest as _mallbots_stores_v1_GetCatalogRequest, GetCatalogRequest__Output as _mallbots_stores_v1_GetCatalogRequest__Output } from './mallbots/stores/v1/GetCatalogRequest';
import type { GetCatalogResponse as _mallbots_stores_v1_GetCatalogResponse, GetCatalogResponse__Output as _mallbots_stores_v1_GetCatalogResponse__Output } from './mallbots/stores/v1/GetCatalogResponse';
import type { GetParticipatingStoresRequest as _mallbots_stores_v1_GetParticipatingStoresRequest, GetParticipatingStoresRequest__Output as _mallbots_stores_v1_GetParticipatingStoresRequest__Output } from './mallbots/stores/v1/GetParticipatingStoresRequest';
import type { GetParticipatingStoresResponse as _mallbots_stores_v1_GetParticipatingStoresResponse, GetParticipatingStoresResponse__Output as _mallbots_stores_v1_GetParticipatingStoresResponse__Output } from './mallbots/stores/v1/GetParticipatingStoresResponse';
import type { GetProductRequest as _mallbots_stores_v1_GetProductRequest, GetProductRequest__Output as _mallbots_stores_v1_GetProductRequest__Output } from './mallbots/stores/v1/GetProductRequest';
import type { GetProductResponse as _mallbots_stores_v1_GetProductResponse, GetProductResponse__Output as _mallbots_stores_v1_GetProductResponse__Output } from './mallbots/stores/v1/GetProductResponse';
import type { GetStoreRequest as _mallbots_stores_v1_GetStoreRequest, GetStoreRequest__Output as _mallbots_stores_v1_GetStoreRequest__Output } from './mallbots/stores/v1/GetStoreRequest';
import type { GetStoreResponse as _mallbots_stores_v1_GetStoreResponse, GetStoreResponse__Output as _mallbots_stores_v1_GetStoreResponse__Output } from './mallbots/stores/v1/GetStoreResponse';
import type { GetStoresRequest as _mallbots_stores_v1_GetStoresRequest, GetStoresRequest__Output as _mallbots_stores_v1_GetStoresRequest__Output } from './mallbots/stores/v1/GetStoresRequest';
import type { GetStoresResponse as _mallbots_stores_v1_GetStoresResponse, GetStoresResponse__Output as _mallbots_stores_v1_GetStoresResponse__Output } from './mallbots/stores/v1/GetStoresResponse';
import type { IncreaseProductPriceRequest as _mallbots_stores_v1_IncreaseProductPriceRequest, IncreaseProductPriceRequest__Output as _mallbots_stores_v1_IncreaseProductPriceRequest__Output } from './mallbots/stores/v1/IncreaseProductPriceRequest';
import type { IncreaseProductPriceResponse as _mallbots_stores_v1_IncreaseProductPriceResponse, IncreaseProductPriceResponse__Output as _mallbots_stores_v1_IncreaseProductPriceResponse__Output } from './mallbots/stores/v1/IncreaseProductPriceResponse';
import type { Product as _mallbots_stores_v1_Product, Product__Output as _mallbots_stores_v1_Product__Output } from './mallbots/stores/v1/Product';
import type { RebrandProductRequest as _mallbots_stores_v1_RebrandProductRequest, RebrandProductRequest__Output as _mallbots_stores_v1_RebrandProductRequest__Output } from './mallbots/stores/v1/RebrandProductRequest';
import type { RebrandProductResponse as _mallbots_stores_v1_RebrandProductResponse, RebrandProductResponse__Output as _mallbots_stores_v1_RebrandProductResponse__Output } from './mallbots/stores/v1/RebrandProductResponse';
import type { RebrandStoreRequest as _mallbots_stores_v1_RebrandStoreRequest, RebrandStoreRequest__Output as _mallbots_stores_v1_RebrandStoreRequest__Output } from './mallbots/stores/v1/RebrandStoreRequest';
import type { RebrandStoreResponse as _mallbots_stores_v1_RebrandStoreResponse, RebrandStoreResponse__Output as _mallbots_stores_v1_RebrandStoreResponse__Output } from './mallbots/stores/v1/RebrandStoreResponse';
import type { RemoveProductRequest as _mallbots_stores_v1_RemoveProductRequest, RemoveProductRequest__Output as _mallbots_stores_v1_RemoveProductRequest__Output } from './mallbots/stores/v1/RemoveProductRequest';
import type { RemoveProductResponse as _mallbots_stores_v1_RemoveProductResponse, RemoveProductResponse__Output as _mallbots_stores_v1_RemoveProductResponse__Output } from './mallbots/stores/v1/RemoveProductResponse';
import type { Store as _mallbots_stores_v1_Store, Store__Output as _mallbots_stores_v1_Store__Output } from './mallbots/stores/v1/Store';
import type { StoresServiceClient as _mallbots_stores_v1_StoresServiceClient, StoresServiceDefinition as _mallbots_stores_v1_StoresServiceDefinition } from './mallbots/stores/v1/StoresService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  mallbots: {
    stores: {
      v1: {
        AddProductRequest: MessageTypeDefinition<_mallbots_stores_v1_AddProductRequest, _mallbots_stores_v1_AddProductRequest__Output>
        AddProductResponse: MessageTypeDefinition<_mallbots_stores_v1_AddProductResponse, _mallbots_stores_v1_AddProductResponse__Output>
        CreateStoreRequest: MessageTypeDefinition<_mallbots_stores_v1_CreateStoreRequest, _mallbots_stores_v1_CreateStoreRequest__Output>
        CreateStoreResponse: MessageTypeDefinition<_mallbots_stores_v1_CreateStoreResponse, _mallbots_stores_v1_CreateStoreResponse__Output>
        DecreaseProductPriceRequest: MessageTypeDefinition<_mallbots_stores_v1_DecreaseProductPriceRequest, _mallbots_stores_v1_DecreaseProductPriceRequest__Output>
        DecreaseProductPriceResponse: MessageTypeDefinition<_mallbots_stores_v1_DecreaseProductPriceResponse, _mallbots_stores_v1_DecreaseProductPriceResponse__Output>
        DisableParticipationRequest: MessageTypeDefinition<_mallbots_stores_v1_DisableParticipationRequest, _mallbots_stores_v1_DisableParticipationRequest__Output>
        DisableParticipationResponse: MessageTypeDefinition<_mallbots_stores_v1_DisableParticipationResponse, _mallbots_stores_v1_DisableParticipationResponse__Output>
        EnableParticipationRequest: MessageTypeDefinition<_mallbots_stores_v1_EnableParticipationRequest, _mallbots_stores_v1_EnableParticipationRequest__Output>
        EnableParticipationResponse: MessageTypeDefinition<_mallbots_stores_v1_EnableParticipationResponse, _mallbots_stores_v1_EnableParticipationResponse__Output>
        GetCatalogRequest: MessageTypeDefinition<_mallbots_stores_v1_GetCatalogRequest, _mallbots_stores_v1_GetCatalogRequest__Output>
        GetCatalogResponse: MessageTypeDefinition<_mallbots_stores_v1_GetCatalogResponse, _mallbots_stores_v1_GetCatalogResponse__Output>
        GetParticipatingStoresRequest: MessageTypeDefinition<_mallbots_stores_v1_GetParticipatingStoresRequest, _mallbots_stores_v1_GetParticipatingStoresRequest__Output>
        GetParticipatingStoresResponse: MessageTypeDefinition<_mallbots_stores_v1_GetParticipatingStoresResponse, _mallbots_stores_v1_GetParticipatingStoresResponse__Output>
        GetProductRequest: MessageTypeDefinition<_mallbots_stores_v1_GetProductRequest, _mallbots_stores_v1_GetProductRequest__Output>
        GetProductResponse: MessageTypeDefinition<_mallbots_stores_v1_GetProductResponse, _mallbots_stores_v1_GetProductResponse__Output>
        GetStoreRequest: MessageTypeDefinition<_mallbots_stores_v1_GetStoreRequest, _mallbots_stores_v1_GetStoreRequest__Output>
        GetStoreResponse: MessageTypeDefinition<_mallbots_stores_v1_GetStoreResponse, _mallbots_stores_v1_GetStoreResponse__Output>
        GetStoresRequest: MessageTypeDefinition<_mallbots_stores_v1_GetStoresRequest, _mallbots_stores_v1_GetStoresRequest__Output>
        GetStoresResponse: MessageTypeDefinition<_mallbots_stores_v1_GetStoresResponse, _mallbots_stores_v1_GetStoresResponse__Output>
        IncreaseProductPriceRequest: MessageTypeDefinition<_mallbots_stores_v1_IncreaseProductPriceRequest, _mallbots_stores_v1_IncreaseProductPriceRequest__Output>
        IncreaseProductPriceResponse: MessageTypeDefinition<_mallbots_stores_v1_IncreaseProductPriceResponse, _mallbots_stores_v1_IncreaseProductPriceResponse__Output>
        Product: MessageTypeDefinition<_mallbots_stores_v1_Product, _mallbots_stores_v1_Product__Output>
        RebrandProductRequest: MessageTypeDefinition<_mallbots_stores_v1_RebrandProductRequest, _mallbots_stores_v1_RebrandProductRequest__Output>
        RebrandProductResponse: MessageTypeDefinition<_mallbots_stores_v1_RebrandProductResponse, _mallbots_stores_v1_RebrandProductResponse__Output>
        RebrandStoreRequest: MessageTypeDefinition<_mallbots_stores_v1_RebrandStoreRequest, _mallbots_stores_v1_RebrandStoreRequest__Output>
        RebrandStoreResponse: MessageTypeDefinition<_mallbots_stores_v1_RebrandStoreResponse, _mallbots_stores_v1_RebrandStoreResponse__Output>
        RemoveProductRequest: MessageTypeDefinition<_mallbots_stores_v1_RemoveProductRequest, _mallbots_stores_v1_RemoveProductRequest__Output>
        RemoveProductResponse: MessageTypeDefinition<_mallbots_stores_v1_RemoveProductResponse, _mallbots_stores_v1_RemoveProductResponse__Output>
        Store: MessageTypeDefinition<_mallbots_stores_v1_Store, _mallbots_stores_v1_Store__Output>
        StoresService: SubtypeConstructor<typeof grpc.Client, _mallbots_stores_v1_StoresServiceClient> & { service: _mallbots_stores_v1_StoresServiceDefinition }
      }
    }
  }
}

