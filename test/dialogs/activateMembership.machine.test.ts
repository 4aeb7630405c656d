import { createActor } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { activateMembershipMachine } from '../../dialogs/activateMembership.machine';
import { FACTS } from '../../dialogs/facts';
import { procedurePosition, sendToProcedure, startProcedure } from '../../dialogs/runner';
import type { FinalMeta, ProcedureEvent, StepMeta } from '../../dialogs/types';
import { createCatalogue } from '../../dialogs/catalogue';

const definition = createCatalogue().get('activate_membership')!;

/** Every event the machine can receive, with values on both sides of the 30-minute validity. */
const events: ProcedureEvent[] = [
  { type: 'answer.yes' },
  { type: 'answer.no' },
  { type: 'answer.choice', choice: 'yes' },
  { type: 'answer.choice', choice: 'no' },
  { type: 'answer.choice', choice: 'notSure' },
  { type: 'answer.choice', choice: 'justNow' },
  { type: 'answer.choice', choice: 'olderThanValidity' },
  { type: 'answer.duration', minutes: 5 },
  { type: 'answer.duration', minutes: FACTS.smsCodeValidityMinutes },
  { type: 'answer.duration', minutes: FACTS.smsCodeValidityMinutes + 10 },
  { type: 'user.accountFrozen' },
];

const metaOf = (snapshot: { getMeta(): Record<string, unknown> }): StepMeta | FinalMeta | undefined =>
  Object.values(snapshot.getMeta()).at(-1) as StepMeta | FinalMeta | undefined;

describe('activateMembership machine', () => {
  const model = createTestModel(activateMembershipMachine, { events });
  // One path to every distinct state and context; simple paths explode with the retry loops (7,600+).
  const paths = model.getShortestPaths();

  const expectRenderable = (snapshot: { status: string; getMeta(): Record<string, unknown> }): void => {
    const meta = metaOf(snapshot);
    expect(meta).toBeDefined();
    if (snapshot.status === 'done') {
      expect(['solved', 'escalated', 'abandoned']).toContain((meta as FinalMeta).outcome);
    } else {
      const step = meta as StepMeta;
      expect(step.prompt.key).toMatch(/^(activateMembership|common)\./);
      expect(step.choices?.length ?? 0).toBeGreaterThan(0);
    }
  };

  it('reaches every state of the chart', () => {
    const reached = new Set(paths.flatMap((p) => p.steps.map((s) => String(s.state.value))));
    const declared = Object.keys(activateMembershipMachine.config.states ?? {});
    expect([...reached].sort()).toEqual([...declared].sort());
  });

  it.each(paths.map((p) => [p.description, p] as const))('path %s keeps every step renderable', async (_d, path) => {
    await path.test({ states: { '*': expectRenderable } });
  });

  it('leads every enabled answer out of every reachable state to a renderable step', () => {
    const sources = new Set<string>();
    const reachable = new Map(
      paths.flatMap((p) => [p.state, ...p.steps.map((s) => s.state)]).map((state) => [JSON.stringify([state.value, state.context]), state]),
    );
    for (const state of reachable.values()) {
      if (state.status !== 'active') continue;
      for (const event of events) {
        if (!state.can(event)) continue;
        const actor = createActor(activateMembershipMachine, { snapshot: state }).start();
        actor.send(event);
        expectRenderable(actor.getSnapshot());
        actor.stop();
        sources.add(String(state.value));
      }
    }
    const waitingStates = Object.entries(activateMembershipMachine.config.states ?? {})
      .filter(([, config]) => config.type !== 'final')
      .map(([id]) => id);
    expect([...sources].sort()).toEqual(waitingStates.sort());
  });

  it('reads the stored position from the chart exactly as a running actor reports it', () => {
    for (const path of paths) {
      const actor = createActor(activateMembershipMachine, { snapshot: path.state }).start();
      const persisted = { procedureId: definition.id, snapshot: JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) };
      expect(procedurePosition(definition, persisted)).toEqual({
        status: path.state.status === 'done' ? 'done' : 'waiting',
        stepId: String(path.state.value),
        meta: metaOf(path.state),
      });
      actor.stop();
    }
  });

  const run = (answers: ProcedureEvent[]) => {
    let turn = startProcedure(definition);
    const said: string[] = [];
    const escalations: string[] = [];
    for (const answer of answers) {
      turn = sendToProcedure(definition, turn.persisted, answer);
      expect(turn.accepted).toBe(true);
      said.push(...turn.messages.map((m) => m.key));
      escalations.push(...turn.escalations.map((e) => `${e.reason}@${e.step}`));
    }
    return { turn, said, escalations };
  };

  it('completes without SMS when no phone is bound', () => {
    const { turn } = run([{ type: 'answer.yes' }, { type: 'answer.yes' }, { type: 'answer.yes' }, { type: 'answer.choice', choice: 'no' }]);
    expect(turn.position).toMatchObject({ status: 'done', stepId: 'activatedWithoutSms', meta: { outcome: 'solved' } });
  });

  it('asks to enter a code that is still valid, with the minutes left', () => {
    const { turn } = run([
      { type: 'answer.yes' }, { type: 'answer.yes' }, { type: 'answer.yes' },
      { type: 'answer.choice', choice: 'yes' }, { type: 'answer.yes' },
    ]);
    const next = sendToProcedure(definition, turn.persisted, { type: 'answer.duration', minutes: 20 });
    expect(next.messages).toEqual([
      { key: 'activateMembership.codeStillValid', params: { minutesLeft: FACTS.smsCodeValidityMinutes - 20 } },
    ]);
    expect(next.position.stepId).toBe('enterCode');
  });

  it('treats a code older than the validity as expired and asks for a new one', () => {
    const { turn, said } = run([
      { type: 'answer.yes' }, { type: 'answer.yes' }, { type: 'answer.yes' },
      { type: 'answer.choice', choice: 'yes' }, { type: 'answer.yes' },
      { type: 'answer.duration', minutes: FACTS.smsCodeValidityMinutes + 1 },
    ]);
    expect(said).toContain('activateMembership.codeExpired');
    expect(turn.position.stepId).toBe('requestNewCode');
  });

  it('offers a person after repeated SMS failures and escalates with the step', () => {
    const { turn, escalations } = run([
      { type: 'answer.yes' }, { type: 'answer.yes' }, { type: 'answer.yes' },
      { type: 'answer.choice', choice: 'yes' }, { type: 'answer.no' }, { type: 'answer.no' }, { type: 'answer.yes' },
    ]);
    expect(escalations).toEqual(['repeated_failure@offerPerson']);
    expect(turn.position).toMatchObject({ status: 'done', meta: { outcome: 'escalated' } });
  });

  it('escalates a frozen account from any waiting step', () => {
    for (const waiting of ['openAccountPage', 'askPhoneBound', 'askCodeAge']) {
      const { turn } = run(
        waiting === 'openAccountPage'
          ? []
          : waiting === 'askPhoneBound'
            ? [{ type: 'answer.yes' }, { type: 'answer.yes' }, { type: 'answer.yes' }]
            : [{ type: 'answer.yes' }, { type: 'answer.yes' }, { type: 'answer.yes' }, { type: 'answer.choice', choice: 'yes' }, { type: 'answer.yes' }],
      );
      expect(turn.position.stepId).toBe(waiting);
      const frozen = sendToProcedure(definition, turn.persisted, { type: 'user.accountFrozen' });
      expect(frozen.escalations).toEqual([{ reason: 'account_frozen', procedureId: 'activate_membership', step: waiting }]);
      expect(frozen.position.status).toBe('done');
    }
  });

  it('refuses an answer the current step does not take, without moving', () => {
    const start = startProcedure(definition);
    const wrong = sendToProcedure(definition, start.persisted, { type: 'answer.duration', minutes: 3 });
    expect(wrong.accepted).toBe(false);
    expect(wrong.position.stepId).toBe('openAccountPage');
  });

  it('round-trips through JSON, as stored state does', () => {
    const { turn } = run([{ type: 'answer.yes' }, { type: 'answer.yes' }]);
    const restored = JSON.parse(JSON.stringify(turn.persisted));
    expect(sendToProcedure(definition, restored, { type: 'answer.yes' }).position.stepId).toBe('askPhoneBound');
  });
});
