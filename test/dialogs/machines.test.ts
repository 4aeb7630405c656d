import { createActor, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { createCatalogue, FEEDBACK } from '../../dialogs/catalogue';
import { FACTS } from '../../dialogs/facts';
import { procedurePosition, type RunnableProcedure } from '../../dialogs/runner';
import type { FinalMeta, ProcedureEmitted, ProcedureEvent, ProcedureOutcome, StepMeta } from '../../dialogs/types';
import { translate } from '../support/fixtures';

/**
 * Every machine, every state: paths generated from the chart (xstate/graph), with the events each
 * step's meta says it takes. A new procedure is covered by being in the catalogue.
 */

const catalogue = createCatalogue();
const machines: RunnableProcedure[] = [...catalogue.values(), FEEDBACK];
const en = translate('en');
const outcomes: ProcedureOutcome[] = ['solved', 'escalated', 'abandoned'];

type Meta = StepMeta | FinalMeta;
const metaOf = (snapshot: AnyMachineSnapshot): Meta | undefined => Object.values(snapshot.getMeta()).at(-1) as Meta | undefined;
const isStep = (meta: Meta | undefined): meta is StepMeta => meta !== undefined && 'expects' in meta;

function stateConfigs(machine: AnyStateMachine): Array<[string, { type?: string; meta?: Meta }]> {
  return Object.entries(machine.config.states ?? {}) as Array<[string, { type?: string; meta?: Meta }]>;
}

/** The answers a step can receive, read from its meta: buttons, yes/no, durations around the validity, ratings. */
function eventsFor(meta: StepMeta): ProcedureEvent[] {
  const choices = (meta.choices ?? []).map((c) => ({ type: 'answer.choice' as const, choice: c.id }));
  switch (meta.expects) {
    case 'yesNo':
      return [{ type: 'answer.yes' }, { type: 'answer.no' }];
    case 'choice':
      return [...choices, { type: 'answer.choice', choice: 'yes' }, { type: 'answer.choice', choice: 'no' }];
    case 'duration':
      return [
        ...choices,
        ...[5, FACTS.smsCodeValidityMinutes, FACTS.smsCodeValidityMinutes + 10].map((minutes) => ({ type: 'answer.duration' as const, minutes })),
      ];
    case 'number':
      return [...choices, ...[0, 1, 4, 5, 6].map((value) => ({ type: 'answer.number' as const, value }))];
    case 'procedure':
      return outcomes.map((outcome) => ({ type: 'procedure.finished' as const, outcome }));
    case 'text':
      return [{ type: 'answer.text', text: 'something' }];
  }
}

function allEvents(machine: AnyStateMachine): ProcedureEvent[] {
  const events = stateConfigs(machine)
    .map(([, config]) => config.meta)
    .filter(isStep)
    .flatMap(eventsFor);
  const unique = new Map(events.map((e) => [JSON.stringify(e), e]));
  unique.set('frozen', { type: 'user.accountFrozen' });
  return [...unique.values()];
}

describe.each(machines.map((m) => [m.id, m] as const))('%s machine', (_id, definition) => {
  const { machine } = definition;
  const events = allEvents(machine);
  // A running procedure takes nothing once done; without this the graph walks on from final states
  // through the root-level "account frozen" transition.
  const model = createTestModel(machine, { events, filterEvents: (state: AnyMachineSnapshot) => state.status !== 'done' });
  // One path to every distinct state and context (simple paths explode with the retry loops).
  const paths = model.getShortestPaths();

  it('is reached in every state by generated paths', () => {
    const reached = new Set(paths.flatMap((p) => [p.state, ...p.steps.map((s) => s.state)]).map((s) => String(s.value)));
    expect([...reached].sort()).toEqual(
      stateConfigs(machine)
        .map(([id]) => id)
        .sort(),
    );
  });

  it('declares what to ask at every waiting state, with texts that exist', () => {
    for (const [id, config] of stateConfigs(machine)) {
      if (config.type === 'final') {
        const meta = config.meta as FinalMeta;
        expect({ id, outcome: meta.outcome }).toEqual({ id, outcome: expect.stringMatching(/^(solved|escalated|abandoned|blocked)$/) });
        if (meta.closing) expect({ id, text: en(meta.closing.key) }).not.toEqual({ id, text: meta.closing.key });
        if (meta.continueWith) expect(catalogue.has(meta.continueWith)).toBe(true);
        continue;
      }
      const meta = config.meta as StepMeta;
      expect({ id, hasPrompt: Boolean(meta?.prompt?.key) }).toEqual({ id, hasPrompt: true });
      expect(en(meta.prompt.key)).not.toBe(meta.prompt.key);
      for (const choice of meta.choices ?? []) expect(en(choice.labelKey)).not.toBe(choice.labelKey);
      if (meta.expects === 'procedure') expect(catalogue.has(meta.procedureId ?? '')).toBe(true);
      const ids = (meta.choices ?? []).map((c) => c.id);
      // A yes/no step shows exactly Yes and No; a choice step at least two distinct buttons; a duration its shortcuts.
      if (meta.expects === 'yesNo') expect({ id, ids }).toEqual({ id, ids: ['yes', 'no'] });
      if (meta.expects === 'choice') expect({ id, distinct: ids.length >= 2 && new Set(ids).size === ids.length }).toEqual({ id, distinct: true });
      if (meta.expects === 'duration') expect({ id, shortcuts: ids.length > 0 }).toEqual({ id, shortcuts: true });
    }
  });

  it('ends every path in a declared outcome, and every escalated ending says why', () => {
    const endings = new Map<string, Set<string>>();
    for (const path of paths.filter((p) => p.state.status === 'done')) {
      const actor = createActor(machine).start();
      const emitted: ProcedureEmitted[] = [];
      actor.on('*', (e: ProcedureEmitted) => emitted.push(e));
      const sent = path.steps.map((s) => s.event as ProcedureEvent).filter((e) => !e.type.startsWith('xstate.'));
      for (const event of sent) actor.send(event);
      const snapshot = actor.getSnapshot();
      expect(snapshot.status).toBe('done');
      const meta = metaOf(snapshot) as FinalMeta;
      const reasons = emitted.flatMap((e) => (e.type === 'escalate' ? [e.reason] : []));
      const lastEvent = sent.at(-1);
      const escalatedBySubProcedure = lastEvent?.type === 'procedure.finished' && lastEvent.outcome === 'escalated';
      if (meta.outcome === 'escalated' && !escalatedBySubProcedure) {
        expect({ state: snapshot.value, reasons }).toEqual({ state: snapshot.value, reasons: [expect.any(String)] });
      }
      if (meta.outcome !== 'escalated') expect(reasons).toEqual([]);
      if (lastEvent?.type === 'user.accountFrozen') expect(reasons).toEqual(['account_frozen']);
      endings.set(meta.outcome, (endings.get(meta.outcome) ?? new Set()).add(String(snapshot.value)));
      actor.stop();
    }
    expect([...endings.keys()]).toEqual(expect.arrayContaining(['solved', 'escalated']));
  });

  it('leads every answer a reachable step takes to a renderable step or an ending', () => {
    const reachable = new Map(
      paths.flatMap((p) => [p.state, ...p.steps.map((s) => s.state)]).map((state) => [JSON.stringify([state.value, state.context]), state]),
    );
    const answered = new Set<string>();
    for (const state of reachable.values()) {
      if (state.status !== 'active') continue;
      for (const event of events) {
        if (!state.can(event)) continue;
        const actor = createActor(machine, { snapshot: state }).start();
        actor.send(event);
        expect(metaOf(actor.getSnapshot())).toBeDefined();
        actor.stop();
        answered.add(String(state.value));
      }
    }
    const waiting = stateConfigs(machine)
      .filter(([, c]) => c.type !== 'final')
      .map(([id]) => id);
    expect([...answered].sort()).toEqual(waiting.sort());
  });

  it('reads the stored position from the chart exactly as a running actor reports it', () => {
    for (const path of paths) {
      const actor = createActor(machine, { snapshot: path.state }).start();
      const persisted = { procedureId: definition.id, snapshot: JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) };
      expect(procedurePosition(definition, persisted)).toMatchObject({
        status: path.state.status === 'done' ? 'done' : 'waiting',
        stepId: String(path.state.value),
        meta: metaOf(path.state),
      });
      actor.stop();
    }
  });
});

it('puts every procedure in the catalogue under its machine id, in snake_case', () => {
  // Ids are stored with conversations and outcomes, so they never change; a renamed one would
  // also lose its phrasings (test/nlu checks the intents are exactly the catalogue's).
  for (const definition of catalogue.values()) {
    expect({ id: definition.id, snake: /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(definition.id) }).toEqual({ id: definition.id, snake: true });
    expect(definition.machine.id).toBe(definition.id);
  }
});

it('counts the happy path of each procedure in its total steps', () => {
  for (const definition of catalogue.values()) {
    const steps = stateConfigs(definition.machine).map(([, c]) => (c.meta as StepMeta | undefined)?.step ?? 0);
    expect({ id: definition.id, total: Math.max(...steps) }).toEqual({ id: definition.id, total: definition.totalSteps });
  }
});
