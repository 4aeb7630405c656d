import { randomUUID } from 'node:crypto';
import { FEEDBACK, type ProcedureCatalogue } from '../../dialogs/catalogue';
import type { ProcedureDefinition } from '../../dialogs/procedure';
import {
  procedurePosition,
  sendToProcedure,
  startProcedure,
  type EscalationNeeded,
  type PersistedProcedure,
  type ProcedurePosition,
  type ProcedureTurn,
} from '../../dialogs/runner';
import type { MessageKey, ProcedureOutcome, StepMeta } from '../../dialogs/types';
import type { ActiveProcedure } from '../contracts/conversationData';
import type { Understanding } from '../understanding/understanding';
import type { HandoffFlow } from './handoffFlow';
import { toldBefore } from './toldBefore';
import { MISREADINGS_LOGGED, PATH_KEPT, traceOf, whereInRun } from './runTrace';
import type { OutcomeRecorder } from './outcomeRecorder';
import type { ReplyWriter } from './replyWriter';
import type { Turn } from './turn';
import type { WrapUpFlow } from './wrapUp';

type Waiting = Extract<ProcedurePosition, { status: 'waiting' }>;
type Done = Extract<ProcedurePosition, { status: 'done' }>;

/** After this many messages in a row it did not understand, the bot offers a person. */
const MISSES_BEFORE_OFFERING_PERSON = 3;

/**
 * The procedures of one conversation: the active one, and those paused under it (one that runs
 * it as a step, or one the user switched away from), innermost last. Starting, advancing,
 * finishing, pausing and abandoning them, and asking the question on the table again.
 */
export class ProcedureStack {
  constructor(
    private readonly catalogue: ProcedureCatalogue,
    private readonly write: ReplyWriter,
    private readonly record: OutcomeRecorder,
    private readonly wrapUp: WrapUpFlow,
    private readonly handoff: HandoffFlow,
    private readonly understanding: Understanding,
    private readonly now: () => Date,
  ) {}

  definition(id: string): ProcedureDefinition {
    const definition = this.catalogue.get(id);
    if (!definition) throw new Error(`Unknown procedure "${id}" in stored conversation state.`);
    return definition;
  }

  /** The active procedure's title, for "do you want to stop …?" and the like. */
  activeTitle(turn: Turn): string {
    return turn.t(this.definition(turn.data.procedure!.procedureId).titleKey);
  }

  /** The step's meta (or the wrap-up's) when one waits for the user's answer. */
  questionOnTheTable(turn: Turn): StepMeta | undefined {
    if (turn.data.wrapUp) return this.wrapUp.question(turn);
    const stored = turn.data.procedure;
    if (!stored) return undefined;
    const position = procedurePosition(this.definition(stored.procedureId), stored);
    return position.status === 'waiting' ? position.meta : undefined;
  }

  async begin(turn: Turn, definition: ProcedureDefinition, introKey: MessageKey = 'common.procedure.starting'): Promise<void> {
    turn.data.misses = 0;
    turn.data.procedure = undefined;
    this.write.say(turn, introKey, { title: turn.t(definition.titleKey) });
    return this.apply(turn, definition, startProcedure(definition));
  }

  /** Stores the machine's new position and says what it emitted: the next step, or its end. */
  async apply(turn: Turn, definition: ProcedureDefinition, result: ProcedureTurn): Promise<void> {
    const before = turn.data.procedure;
    turn.data.procedure = {
      ...result.persisted,
      startedAt: before?.startedAt ?? this.now().toISOString(),
      run: before?.run ?? randomUUID(),
      path: before?.path ?? [],
      misunderstood: before?.misunderstood ?? 0,
      ...(before?.rating ? { rating: before.rating } : {}),
    };
    for (const message of result.messages) this.write.say(turn, message.key, message.params);
    for (const { startedMinutesAgo, kind: _kind, ...reminder } of result.reminders) {
      const id = randomUUID();
      const replaces = turn.data.reminder?.id;
      turn.data.reminder = { id, procedureId: definition.id, run: turn.data.procedure.run!, ...reminder };
      turn.reminders.push({ id, startedMinutesAgo, ...(replaces ? { replaces } : {}) });
    }
    const { position } = result;
    if (position.status === 'done') return this.finish(turn, definition, position, result.escalations);
    await this.trace(turn, definition, position);
    if (position.meta.expects === 'procedure') return this.runAsStep(turn, position);
    const told = toldBefore(turn, position.meta, this.write, this.understanding);
    // A step the user's own words already answered ("I'm a seller, how do I…", "I forgot the security answers") is not
    // asked, nor said back: a person at the desk would go on to what the answer leads to, which shows what was taken.
    if (!told) return this.write.step(turn, definition, position, this.offersPerson(turn));
    return this.apply(turn, definition, sendToProcedure(definition, turn.data.procedure, told));
  }

  /**
   * The active procedure's step waiting for an answer. A procedure left at its end by an earlier
   * turn (it stopped before its closing) is finished now instead, and there is no step.
   */
  async waitingStep(turn: Turn): Promise<{ readonly definition: ProcedureDefinition; readonly meta: StepMeta } | undefined> {
    const stored = turn.data.procedure!;
    const definition = this.definition(stored.procedureId);
    const position = procedurePosition(definition, stored);
    if (position.status === 'waiting') return { definition, meta: position.meta };
    await this.finish(turn, definition, position, []);
    return undefined;
  }

  /** A menu button pressed mid-procedure is unmistakable: pause this one and start that one. */
  async switchTo(turn: Turn, next: ProcedureDefinition): Promise<void> {
    const title = this.activeTitle(turn);
    this.pause(turn, 'interrupted');
    this.write.say(turn, 'common.procedure.paused', { title });
    return this.begin(turn, next);
  }

  /** After a procedure ends: back to one the user had paused, or the menu. */
  resumePausedOrMenu(turn: Turn): void {
    const paused = turn.data.paused?.pop();
    if (!paused) return this.write.menu(turn, 'common.procedure.anythingElse');
    const { why: _why, ...resumed } = paused;
    turn.data.procedure = resumed;
    this.write.say(turn, 'common.procedure.backTo', { title: turn.t(this.definition(resumed.procedureId).titleKey) });
    this.reaskStep(turn);
  }

  /** Ends the active procedure and those it runs under as steps; returns the outermost one's id. `reason`: why a person took over. */
  async abandonActiveChain(turn: Turn, outcome: ProcedureOutcome, reason?: string): Promise<string> {
    const { data } = turn;
    let active = data.procedure!;
    await this.record.record(turn, active.procedureId, outcome, this.stepOf(active), { trace: traceOf(active), reason });
    while (data.paused?.at(-1)?.why === 'subProcedure') {
      active = data.paused.pop()!;
      await this.record.record(turn, active.procedureId, outcome, this.stepOf(active), { trace: traceOf(active), reason });
    }
    data.procedure = undefined;
    return active.procedureId;
  }

  /** A person takes over (for `reason`): nothing is left in progress or paused. */
  async abandonAll(turn: Turn, outcome: ProcedureOutcome, reason?: string): Promise<void> {
    const { data } = turn;
    await this.wrapUp.end(turn);
    if (data.procedure) await this.abandonActiveChain(turn, outcome, reason);
    for (const paused of (data.paused ?? []).reverse()) {
      await this.record.record(turn, paused.procedureId, outcome, this.stepOf(paused), { trace: traceOf(paused), reason });
    }
    data.paused = undefined;
  }

  /** Where the user is, for an escalation: the innermost procedure in progress, or the one just wrapped up. */
  currentStep(turn: Turn): { procedureId?: string; step?: string; stepsDone?: readonly string[] } {
    const { procedure, wrapUp } = turn.data;
    if (procedure) return { procedureId: procedure.procedureId, ...whereInRun(procedure.path ?? [], this.stepOf(procedure)) };
    if (wrapUp) return { procedureId: wrapUp.procedureId, step: wrapUp.finalStep };
    return {};
  }

  /**
   * A conversation saved by an older version may sit on a step that no longer exists (a procedure
   * was redrawn or removed). Rather than fail on every turn, that progress is dropped and the user
   * told so; the procedure starts again from the menu.
   */
  discardStaleProgress(turn: Turn): boolean {
    const { data } = turn;
    const stale = (stored: PersistedProcedure, runnable?: { id: string; machine: ProcedureDefinition['machine'] }): boolean => {
      const definition = runnable ?? this.catalogue.get(stored.procedureId);
      if (!definition) return true;
      try {
        procedurePosition(definition, stored);
        return false;
      } catch {
        return true;
      }
    };
    const lost = [
      ...(data.procedure && stale(data.procedure) ? [data.procedure.procedureId] : []),
      ...(data.paused ?? []).filter((p) => stale(p)).map((p) => p.procedureId),
    ];
    if (data.wrapUp && stale(data.wrapUp.persisted, FEEDBACK)) data.wrapUp = undefined;
    if (lost.length === 0) return false;
    data.procedure = undefined;
    data.paused = undefined;
    const known = lost.map((id) => this.catalogue.get(id)).find(Boolean);
    this.write.say(turn, 'common.procedure.updated', { title: known ? turn.t(known.titleKey) : '' });
    return true;
  }

  /** Says `key` (if given), then asks the current step again, or shows the menu when nothing runs. */
  reask(turn: Turn, key?: MessageKey, params?: Record<string, string | number>): void {
    if (key) this.write.say(turn, key, params);
    if (!turn.data.procedure && !turn.data.wrapUp) return this.write.menu(turn, 'common.menu.prompt');
    this.reaskStep(turn);
  }

  reaskStep(turn: Turn, offerPerson = false): void {
    const { wrapUp, procedure } = turn.data;
    if (wrapUp) return this.wrapUp.reask(turn);
    if (!procedure) return;
    const definition = this.definition(procedure.procedureId);
    const position = procedurePosition(definition, procedure);
    if (position.status === 'waiting') this.write.step(turn, definition, position, offerPerson || this.offersPerson(turn));
  }

  async notUnderstood(turn: Turn): Promise<void> {
    turn.data.misses += 1;
    const active = turn.data.procedure;
    if (active?.run) {
      const misunderstood = (active.misunderstood ?? 0) + 1;
      turn.data.procedure = { ...active, misunderstood };
      // Counted on the run every time; logged a bounded number of times per run, so a stream of nonsense cannot grow the log without end.
      if (misunderstood <= MISREADINGS_LOGGED) {
        await this.record.misunderstood(turn, active.procedureId, active.run, whereInRun(active.path ?? [], this.stepOf(active)).step);
      }
    }
    const offerPerson = this.offersPerson(turn);
    if (turn.data.procedure || turn.data.wrapUp) {
      this.write.say(turn, offerPerson ? 'common.procedure.stillNotUnderstood' : 'common.procedure.notUnderstood');
      return this.reaskStep(turn);
    }
    this.write.menu(turn, offerPerson ? 'common.notUnderstoodOfferPerson' : 'common.notUnderstood');
  }

  /** The procedure's position now (for "where was I?"). */
  position(stored: PersistedProcedure): ProcedurePosition {
    return procedurePosition(this.definition(stored.procedureId), stored);
  }

  /** After repeated misses, every question also offers a person. */
  private offersPerson(turn: Turn): boolean {
    return turn.data.misses >= MISSES_BEFORE_OFFERING_PERSON;
  }

  /** The step is another procedure: pause this one under it; its end is sent back as an event. */
  private async runAsStep(turn: Turn, position: Waiting): Promise<void> {
    const sub = this.definition(position.meta.procedureId ?? '');
    this.write.say(turn, position.meta.prompt.key, position.meta.prompt.params);
    this.pause(turn, 'subProcedure');
    return this.apply(turn, sub, startProcedure(sub));
  }

  private async finish(turn: Turn, definition: ProcedureDefinition, position: Done, escalations: readonly EscalationNeeded[]): Promise<void> {
    const { data } = turn;
    const trace = data.procedure;
    const end = { trace, reason: escalations[0]?.reason ?? position.meta.reason };
    data.procedure = undefined;
    if (position.meta.closing) this.write.say(turn, position.meta.closing.key, position.meta.closing.params);
    for (const e of escalations) await this.handoff.escalate(turn, e.reason, { procedureId: e.procedureId, ...whereInRun(trace?.path ?? [], e.step) });

    const { outcome, continueWith } = position.meta;
    const parent = data.paused?.at(-1);
    if (parent?.why === 'subProcedure') {
      await this.record.record(turn, definition.id, outcome, position.stepId, end);
      data.paused!.pop();
      const { why: _why, ...resumed } = parent;
      data.procedure = resumed;
      const parentDefinition = this.definition(parent.procedureId);
      return this.apply(turn, parentDefinition, sendToProcedure(parentDefinition, resumed, { type: 'procedure.finished', outcome }));
    }
    if (continueWith) {
      await this.record.record(turn, definition.id, 'continued', position.stepId, end);
      return this.begin(turn, this.definition(continueWith));
    }
    if (outcome === 'solved') return this.wrapUp.start(turn, definition.id, position.stepId, trace && traceOf(trace));
    await this.record.record(turn, definition.id, outcome, position.stepId, end);
    if (outcome === 'escalated') return;
    return this.resumePausedOrMenu(turn);
  }

  /** Keeps the active procedure underneath, to come back to. */
  private pause(turn: Turn, why: 'subProcedure' | 'interrupted'): void {
    const active = turn.data.procedure;
    if (!active) return;
    turn.data.paused = [...(turn.data.paused ?? []), { ...active, why }];
    turn.data.procedure = undefined;
  }

  /** A step of the procedure's own, reached for the first time in a row: on the run's path and in the step log. */
  private async trace(turn: Turn, definition: ProcedureDefinition, position: Waiting): Promise<void> {
    const active = turn.data.procedure as ActiveProcedure & { run: string; path: readonly string[] };
    // A person offer (the shared one, or a procedure's own) says nothing about where the user was stuck: the step before it does.
    const key = position.meta.prompt.key;
    if (key.startsWith('common.') || key.endsWith('.offerPerson') || active.path.at(-1) === position.stepId) return;
    turn.data.procedure = { ...active, path: [...active.path, position.stepId].slice(-PATH_KEPT) };
    await this.record.reached(turn, definition.id, active.run, position.stepId);
  }

  stepOf(stored: PersistedProcedure): string {
    return this.position(stored).stepId;
  }
}
