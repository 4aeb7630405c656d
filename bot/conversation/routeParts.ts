import type { ProcedureCatalogue } from '../../dialogs/catalogue';
import type { Understanding } from '../understanding/understanding';
import type { Commands } from './commands';
import type { HandoffFlow } from './handoffFlow';
import type { Offers } from './offers';
import type { ProcedureStack } from './procedureStack';
import type { ReplyWriter } from './replyWriter';
import type { TopicReader } from './topics';
import type { WrapUpFlow } from './wrapUp';

/** What the routes work with: the engine's parts, built once (see ConversationEngine). */
export interface RouteParts {
  /** The procedures by id (a request's intent, a procedure a correction names). */
  readonly catalogue: ProcedureCatalogue;
  readonly understanding: Understanding;
  readonly topics: TopicReader;
  readonly stack: ProcedureStack;
  readonly wrapUp: WrapUpFlow;
  readonly offers: Offers;
  readonly commands: Commands;
  readonly handoff: HandoffFlow;
  readonly write: ReplyWriter;
}
