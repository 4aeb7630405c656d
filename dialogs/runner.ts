import { createActor, type AnyMachineSnapshot } from 'xstate';
import type { ProcedureDefinition } from './procedure';

/** What the runner needs of a procedure: menu entries and the wrap-up alike. */
export type RunnableProcedure = Pick<ProcedureDefinition, 'id' | 'machine'>;
import type { EscalationReason, FinalMeta, MessageRef, ProcedureEmitted, ProcedureEvent, ReminderRequest, StepMeta } from './types';

/**
 * Runs one turn of a procedure: restore the persisted snapshot, send one event, collect what the
 * machine emitted, persist again. Pure: no I/O, no clock, no channel. This is the whole XState
 * surface the bot layer sees.
 */

/** What is stored between turns. Plain JSON. */
export interface PersistedProcedure {
  readonly procedureId: string;
  readonly snapshot: unknown;
}

export interface EscalationNeeded {
  readonly reason: EscalationReason;
  readonly procedureId: string;
  /** The step the user was on when the escalation was asked for. */
  readonly step: string;
}

export type ProcedurePosition =
  | { readonly status: 'waiting'; readonly stepId: string; readonly meta: StepMeta }
  | { readonly status: 'done'; readonly stepId: string; readonly meta: FinalMeta; readonly output?: unknown };

export interface ProcedureTurn {
  /** False when the current step does not take this event: the caller should re-ask. */
  readonly accepted: boolean;
  readonly persisted: PersistedProcedure;
  readonly messages: readonly MessageRef[];
  readonly escalations: readonly EscalationNeeded[];
  /** Messages the procedure asked to be said later if the user is still at its step then. */
  readonly reminders: readonly ReminderRequest[];
  readonly position: ProcedurePosition;
}

export function startProcedure(definition: RunnableProcedure): ProcedureTurn {
  const actor = createActor(definition.machine).start();
  const turn = finishTurn(definition, actor.getSnapshot(), actor.getPersistedSnapshot(), [], '');
  actor.stop();
  return turn;
}

export function sendToProcedure(definition: RunnableProcedure, persisted: PersistedProcedure, event: ProcedureEvent): ProcedureTurn {
  const actor = createActor(definition.machine, { snapshot: persisted.snapshot as never }).start();
  const before = actor.getSnapshot();
  const stepBefore = activeStepId(before);
  if (before.status !== 'active' || !before.can(event)) {
    actor.stop();
    return { ...finishTurn(definition, before, persisted.snapshot, [], stepBefore), accepted: false };
  }
  const emitted: ProcedureEmitted[] = [];
  const subscription = actor.on('*', (e: ProcedureEmitted) => emitted.push(e));
  actor.send(event);
  subscription.unsubscribe();
  const turn = finishTurn(definition, actor.getSnapshot(), actor.getPersistedSnapshot(), emitted, stepBefore);
  actor.stop();
  return turn;
}

/**
 * `persisted` put back on `stepId`, the step whose own answer led to where it stands ("can't find it" → "would you like
 * a person?"): a user who finds it after all answers that step again. Undefined when no answer of that step leads here.
 */
export function backToStep(definition: RunnableProcedure, persisted: PersistedProcedure, stepId: string): PersistedProcedure | undefined {
  const { context } = persisted.snapshot as { context: never };
  const actor = createActor(definition.machine, { snapshot: definition.machine.resolveState({ value: stepId, context }) }).start();
  const back = { procedureId: persisted.procedureId, snapshot: actor.getPersistedSnapshot() };
  actor.stop();
  const here = procedurePosition(definition, persisted).stepId;
  const step = procedurePosition(definition, back);
  if (step.status !== 'waiting') return undefined;
  const answers: ProcedureEvent[] = [{ type: 'answer.no' }, ...(step.meta.choices ?? []).map((c) => ({ type: 'answer.choice' as const, choice: c.id }))];
  return answers.some((event) => sendToProcedure(definition, back, event).position.stepId === here) ? back : undefined;
}

/**
 * Where a stored procedure stands, without sending anything (to read or re-ask the current step).
 * Read from the chart itself: no actor is started for it.
 */
export function procedurePosition(definition: RunnableProcedure, persisted: PersistedProcedure): ProcedurePosition {
  const { value, status, output } = persisted.snapshot as { value: unknown; status: string; output?: unknown };
  const stepId = typeof value === 'string' ? value : JSON.stringify(value);
  const meta = definition.machine.getStateNodeById(`${definition.machine.id}.${stepId}`).meta as unknown;
  return status === 'done' ? { status: 'done', stepId, meta: meta as FinalMeta, output } : { status: 'waiting', stepId, meta: requireStepMeta(stepId, meta) };
}

function finishTurn(
  definition: RunnableProcedure,
  snapshot: AnyMachineSnapshot,
  persistedSnapshot: unknown,
  emitted: readonly ProcedureEmitted[],
  stepBefore: string,
): ProcedureTurn {
  const messages: MessageRef[] = [];
  const escalations: EscalationNeeded[] = [];
  const reminders: ReminderRequest[] = [];
  for (const e of emitted) {
    if (e.type === 'say') messages.push({ key: e.key, ...(e.params ? { params: e.params } : {}) });
    else if (e.type === 'remind') {
      const { type: _type, ...reminder } = e;
      reminders.push(reminder);
    } else escalations.push({ reason: e.reason, procedureId: definition.id, step: stepBefore });
  }
  return {
    accepted: true,
    persisted: { procedureId: definition.id, snapshot: persistedSnapshot },
    messages,
    escalations,
    reminders,
    position: positionOf(snapshot),
  };
}

function activeStepId(snapshot: AnyMachineSnapshot): string {
  return typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);
}

function positionOf(snapshot: AnyMachineSnapshot): ProcedurePosition {
  const stepId = activeStepId(snapshot);
  const metas = Object.values(snapshot.getMeta()) as unknown[];
  const meta = metas[metas.length - 1];
  if (snapshot.status === 'done') return { status: 'done', stepId, meta: meta as FinalMeta, output: snapshot.output };
  return { status: 'waiting', stepId, meta: requireStepMeta(stepId, meta) };
}

function requireStepMeta(stepId: string, meta: unknown): StepMeta {
  if (!meta) throw new Error(`Procedure step "${stepId}" has no meta: every waiting state must declare its prompt.`);
  return meta as StepMeta;
}
