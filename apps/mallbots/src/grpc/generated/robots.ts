import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ArrivedAtStop as _mallbots_robots_v1_ArrivedAtStop, ArrivedAtStop__Output as _mallbots_robots_v1_ArrivedAtStop__Output } from './mallbots/robots/v1/ArrivedAtStop';
import type { Assignment as _mallbots_robots_v1_Assignment, Assignment__Output as _mallbots_robots_v1_Assignment__Output } from './mallbots/robots/v1/Assignment';
import type { BotMessage as _mallbots_robots_v1_BotMessage, BotMessage__Output as _mallbots_robots_v1_BotMessage__Output } from './mallbots/robots/v1/BotMessage';
import type { Cancellation as _mallbots_robots_v1_Cancellation, Cancellation__Output as _mallbots_robots_v1_Cancellation__Output } from './mallbots/robots/v1/Cancellation';
import type { DepotMessage as _mallbots_robots_v1_DepotMessage, DepotMessage__Output as _mallbots_robots_v1_DepotMessage__Output } from './mallbots/robots/v1/DepotMessage';
import type { Failed as _mallbots_robots_v1_Failed, Failed__Output as _mallbots_robots_v1_Failed__Output } from './mallbots/robots/v1/Failed';
import type { Heartbeat as _mallbots_robots_v1_Heartbeat, Heartbeat__Output as _mallbots_robots_v1_Heartbeat__Output } from './mallbots/robots/v1/Heartbeat';
import type { Item as _mallbots_robots_v1_Item, Item__Output as _mallbots_robots_v1_Item__Output } from './mallbots/robots/v1/Item';
import type { ListCompleted as _mallbots_robots_v1_ListCompleted, ListCompleted__Output as _mallbots_robots_v1_ListCompleted__Output } from './mallbots/robots/v1/ListCompleted';
import type { PickedItem as _mallbots_robots_v1_PickedItem, PickedItem__Output as _mallbots_robots_v1_PickedItem__Output } from './mallbots/robots/v1/PickedItem';
import type { ProgressReport as _mallbots_robots_v1_ProgressReport, ProgressReport__Output as _mallbots_robots_v1_ProgressReport__Output } from './mallbots/robots/v1/ProgressReport';
import type { ReportAck as _mallbots_robots_v1_ReportAck, ReportAck__Output as _mallbots_robots_v1_ReportAck__Output } from './mallbots/robots/v1/ReportAck';
import type { RobotsServiceClient as _mallbots_robots_v1_RobotsServiceClient, RobotsServiceDefinition as _mallbots_robots_v1_RobotsServiceDefinition } from './mallbots/robots/v1/RobotsService';
import type { Started as _mallbots_robots_v1_Started, Started__Output as _mallbots_robots_v1_Started__Output } from './mallbots/robots/v1/Started';
import type { Stop as _mallbots_robots_v1_Stop, Stop__Output as _mallbots_robots_v1_Stop__Output } from './mallbots/robots/v1/Stop';
import type { StopDone as _mallbots_robots_v1_StopDone, StopDone__Output as _mallbots_robots_v1_StopDone__Output } from './mallbots/robots/v1/StopDone';
import type { Welcome as _mallbots_robots_v1_Welcome, Welcome__Output as _mallbots_robots_v1_Welcome__Output } from './mallbots/robots/v1/Welcome';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  mallbots: {
    robots: {
      v1: {
        ArrivedAtStop: MessageTypeDefinition<_mallbots_robots_v1_ArrivedAtStop, _mallbots_robots_v1_ArrivedAtStop__Output>
        Assignment: MessageTypeDefinition<_mallbots_robots_v1_Assignment, _mallbots_robots_v1_Assignment__Output>
        BotMessage: MessageTypeDefinition<_mallbots_robots_v1_BotMessage, _mallbots_robots_v1_BotMessage__Output>
        Cancellation: MessageTypeDefinition<_mallbots_robots_v1_Cancellation, _mallbots_robots_v1_Cancellation__Output>
        DepotMessage: MessageTypeDefinition<_mallbots_robots_v1_DepotMessage, _mallbots_robots_v1_DepotMessage__Output>
        Failed: MessageTypeDefinition<_mallbots_robots_v1_Failed, _mallbots_robots_v1_Failed__Output>
        Heartbeat: MessageTypeDefinition<_mallbots_robots_v1_Heartbeat, _mallbots_robots_v1_Heartbeat__Output>
        Item: MessageTypeDefinition<_mallbots_robots_v1_Item, _mallbots_robots_v1_Item__Output>
        ListCompleted: MessageTypeDefinition<_mallbots_robots_v1_ListCompleted, _mallbots_robots_v1_ListCompleted__Output>
        PickedItem: MessageTypeDefinition<_mallbots_robots_v1_PickedItem, _mallbots_robots_v1_PickedItem__Output>
        ProgressReport: MessageTypeDefinition<_mallbots_robots_v1_ProgressReport, _mallbots_robots_v1_ProgressReport__Output>
        ReportAck: MessageTypeDefinition<_mallbots_robots_v1_ReportAck, _mallbots_robots_v1_ReportAck__Output>
        RobotsService: SubtypeConstructor<typeof grpc.Client, _mallbots_robots_v1_RobotsServiceClient> & { service: _mallbots_robots_v1_RobotsServiceDefinition }
        Started: MessageTypeDefinition<_mallbots_robots_v1_Started, _mallbots_robots_v1_Started__Output>
        Stop: MessageTypeDefinition<_mallbots_robots_v1_Stop, _mallbots_robots_v1_Stop__Output>
        StopDone: MessageTypeDefinition<_mallbots_robots_v1_StopDone, _mallbots_robots_v1_StopDone__Output>
        Welcome: MessageTypeDefinition<_mallbots_robots_v1_Welcome, _mallbots_robots_v1_Welcome__Output>
      }
    }
  }
}

