// Original file: proto/mallbots/robots/v1/robots.proto

import type { Heartbeat as _mallbots_robots_v1_Heartbeat, Heartbeat__Output as _mallbots_robots_v1_Heartbeat__Output } from '../../../mallbots/robots/v1/Heartbeat';
import type { ProgressReport as _mallbots_robots_v1_ProgressReport, ProgressReport__Output as _mallbots_robots_v1_ProgressReport__Output } from '../../../mallbots/robots/v1/ProgressReport';

/**
 * What a bot sends.
 */
export interface BotMessage {
  'heartbeat'?: (_mallbots_robots_v1_Heartbeat | null);
  'report'?: (_mallbots_robots_v1_ProgressReport | null);
  'body'?: "heartbeat"|"report";
}

/**
 * What a bot sends.
 */
export interface BotMessage__Output {
  'heartbeat'?: (_mallbots_robots_v1_Heartbeat__Output | null);
  'report'?: (_mallbots_robots_v1_ProgressReport__Output | null);
  'body'?: "heartbeat"|"report";
}
