import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AuthorizeCustomerRequest as _mallbots_customers_v1_AuthorizeCustomerRequest, AuthorizeCustomerRequest__Output as _mallbots_customers_v1_AuthorizeCustomerRequest__Output } from './mallbots/customers/v1/AuthorizeCustomerRequest';
import type { AuthorizeCustomerResponse as _mallbots_customers_v1_AuthorizeCustomerResponse, AuthorizeCustomerResponse__Output as _mallbots_customers_v1_AuthorizeCustomerResponse__Output } from './mallbots/customers/v1/AuthorizeCustomerResponse';
import type { ChangeSmsNumberRequest as _mallbots_customers_v1_ChangeSmsNumberRequest, ChangeSmsNumberRequest__Output as _mallbots_customers_v1_ChangeSmsNumberRequest__Output } from './mallbots/customers/v1/ChangeSmsNumberRequest';
import type { ChangeSmsNumberResponse as _mallbots_customers_v1_ChangeSmsNumberResponse, ChangeSmsNumberResponse__Output as _mallbots_customers_v1_ChangeSmsNumberResponse__Output } from './mallbots/customers/v1/ChangeSmsNumberResponse';
import type { Customer as _mallbots_customers_v1_Customer, Customer__Output as _mallbots_customers_v1_Customer__Output } from './mallbots/customers/v1/Customer';
import type { CustomersServiceClient as _mallbots_customers_v1_CustomersServiceClient, CustomersServiceDefinition as _mallbots_customers_v1_CustomersServiceDefinition } from './mallbots/customers/v1/CustomersService';
import type { DisableCustomerRequest as _mallbots_customers_v1_DisableCustomerRequest, DisableCustomerRequest__Output as _mallbots_customers_v1_DisableCustomerRequest__Output } from './mallbots/customers/v1/DisableCustomerRequest';
import type { DisableCustomerResponse as _mallbots_customers_v1_DisableCustomerResponse, DisableCustomerResponse__Output as _mallbots_customers_v1_DisableCustomerResponse__Output } from './mallbots/customers/v1/DisableCustomerResponse';
import type { EnableCustomerRequest as _mallbots_customers_v1_EnableCustomerRequest, EnableCustomerRequest__Output as _mallbots_customers_v1_EnableCustomerRequest__Output } from './mallbots/customers/v1/EnableCustomerRequest';
import type { EnableCustomerResponse as _mallbots_customers_v1_EnableCustomerResponse, EnableCustomerResponse__Output as _mallbots_customers_v1_EnableCustomerResponse__Output } from './mallbots/customers/v1/EnableCustomerResponse';
import type { GetCustomerRequest as _mallbots_customers_v1_GetCustomerRequest, GetCustomerRequest__Output as _mallbots_customers_v1_GetCustomerRequest__Output } from './mallbots/customers/v1/GetCustomerRequest';
import type { GetCustomerResponse as _mallbots_customers_v1_GetCustomerResponse, GetCustomerResponse__Output as _mallbots_customers_v1_GetCustomerResponse__Output } from './mallbots/customers/v1/GetCustomerResponse';
import type { RegisterCustomerRequest as _mallbots_customers_v1_RegisterCustomerRequest, RegisterCustomerRequest__Output as _mallbots_customers_v1_RegisterCustomerRequest__Output } from './mallbots/customers/v1/RegisterCustomerRequest';
import type { RegisterCustomerResponse as _mallbots_customers_v1_RegisterCustomerResponse, RegisterCustomerResponse__Output as _mallbots_customers_v1_RegisterCustomerResponse__Output } from './mallbots/customers/v1/RegisterCustomerResponse';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  mallbots: {
    customers: {
      v1: {
        AuthorizeCustomerRequest: MessageTypeDefinition<_mallbots_customers_v1_AuthorizeCustomerRequest, _mallbots_customers_v1_AuthorizeCustomerRequest__Output>
        AuthorizeCustomerResponse: MessageTypeDefinition<_mallbots_customers_v1_AuthorizeCustomerResponse, _mallbots_customers_v1_AuthorizeCustomerResponse__Output>
        ChangeSmsNumberRequest: MessageTypeDefinition<_mallbots_customers_v1_ChangeSmsNumberRequest, _mallbots_customers_v1_ChangeSmsNumberRequest__Output>
        ChangeSmsNumberResponse: MessageTypeDefinition<_mallbots_customers_v1_ChangeSmsNumberResponse, _mallbots_customers_v1_ChangeSmsNumberResponse__Output>
        Customer: MessageTypeDefinition<_mallbots_customers_v1_Customer, _mallbots_customers_v1_Customer__Output>
        CustomersService: SubtypeConstructor<typeof grpc.Client, _mallbots_customers_v1_CustomersServiceClient> & { service: _mallbots_customers_v1_CustomersServiceDefinition }
        DisableCustomerRequest: MessageTypeDefinition<_mallbots_customers_v1_DisableCustomerRequest, _mallbots_customers_v1_DisableCustomerRequest__Output>
        DisableCustomerResponse: MessageTypeDefinition<_mallbots_customers_v1_DisableCustomerResponse, _mallbots_customers_v1_DisableCustomerResponse__Output>
        EnableCustomerRequest: MessageTypeDefinition<_mallbots_customers_v1_EnableCustomerRequest, _mallbots_customers_v1_EnableCustomerRequest__Output>
        EnableCustomerResponse: MessageTypeDefinition<_mallbots_customers_v1_EnableCustomerResponse, _mallbots_customers_v1_EnableCustomerResponse__Output>
        GetCustomerRequest: MessageTypeDefinition<_mallbots_customers_v1_GetCustomerRequest, _mallbots_customers_v1_GetCustomerRequest__Output>
        GetCustomerResponse: MessageTypeDefinition<_mallbots_customers_v1_GetCustomerResponse, _mallbots_customers_v1_GetCustomerResponse__Output>
        RegisterCustomerRequest: MessageTypeDefinition<_mallbots_customers_v1_RegisterCustomerRequest, _mallbots_customers_v1_RegisterCustomerRequest__Output>
        RegisterCustomerResponse: MessageTypeDefinition<_mallbots_customers_v1_RegisterCustomerResponse, _mallbots_customers_v1_RegisterCustomerResponse__Output>
      }
    }
  }
}

