// Original file: proto/mallbots/robots/v1/robots.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { BotMessage as _mallbots_robots_v1_BotMessage, BotMessage__Output as _mallbots_robots_v1_BotMessage__Output } from '../../../mallbots/robots/v1/BotMessage';
import type { DepotMessage as _mallbots_robots_v1_DepotMessage, DepotMessage__Output as _mallbots_robots_v1_DepotMessage__Output } from '../../../mallbots/robots/v1/DepotMessage';

export interface RobotsServiceClient extends grpc.Client {
  Connect(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_mallbots_robots_v1_BotMessage, _mallbots_robots_v1_DepotMessage__Output>;
  Connect(options?: grpc.CallOptions): grpc.ClientDuplexStream<_mallbots_robots_v1_BotMessage, _mallbots_robots_v1_DepotMessage__Output>;
  connect(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_mallbots_robots_v1_BotMessage, _mallbots_robots_v1_DepotMessage__Output>;
  connect(options?: grpc.CallOptions): grpc.ClientDuplexStream<_mallbots_robots_v1_BotMessage, _mallbots_robots_v1_DepotMessage__Output>;
  
}

export interface RobotsServiceHandlers extends grpc.UntypedServiceImplementation {
  Connect: grpc.handleBidiStreamingCall<_mallbots_robots_v1_BotMessage__Output, _mallbots_robots_v1_DepotMessage>;
  
}

export interface RobotsServiceDefinition extends grpc.ServiceDefinition {
  Connect: MethodDefinition<_mallbots_robots_v1_BotMessage, _mallbots_robots_v1_DepotMessage, _mallbots_robots_v1_BotMessage__Output, _mallbots_robots_v1_DepotMessage__Output>
}
