// Original file: proto/mallbots/robots/v1/robots.proto

import type { Welcome as _mallbots_robots_v1_Welcome, Welcome__Output as _mallbots_robots_v1_Welcome__Output } from '../../../mallbots/robots/v1/Welcome';
import type { Assignment as _mallbots_robots_v1_Assignment, Assignment__Output as _mallbots_robots_v1_Assignment__Output } from '../../../mallbots/robots/v1/Assignment';
import type { Cancellation as _mallbots_robots_v1_Cancellation, Cancellation__Output as _mallbots_robots_v1_Cancellation__Output } from '../../../mallbots/robots/v1/Cancellation';
import type { ReportAck as _mallbots_robots_v1_ReportAck, ReportAck__Output as _mallbots_robots_v1_ReportAck__Output } from '../../../mallbots/robots/v1/ReportAck';

/**
 * What the depot sends.
 */
export interface DepotMessage {
  'welcome'?: (_mallbots_robots_v1_Welcome | null);
  'assignment'?: (_mallbots_robots_v1_Assignment | null);
  'cancellation'?: (_mallbots_robots_v1_Cancellation | null);
  'ack'?: (_mallbots_robots_v1_ReportAck | null);
  'body'?: "welcome"|"assignment"|"cancellation"|"ack";
}

/**
 * What the depot sends.
 */
export interface DepotMessage__Output {
  'welcome'?: (_mallbots_robots_v1_Welcome__Output | null);
  'assignment'?: (_mallbots_robots_v1_Assignment__Output | null);
  'cancellation'?: (_mallbots_robots_v1_Cancellation__Output | null);
  'ack'?: (_mallbots_robots_v1_ReportAck__Output | null);
  'body'?: "welcome"|"assignment"|"cancellation"|"ack";
}
