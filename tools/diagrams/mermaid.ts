import type { AnyStateMachine } from 'xstate';
import type { FinalMeta, MessageKey, StepMeta } from '../../dialogs/types';

/**
 * A Mermaid state diagram of one procedure, read from the machine definition itself (states,
 * transitions, guard and action names, each step's prompt), so it can never drift from the code.
 * `describe` turns a message key into the text support staff read (English).
 */

interface TransitionLike {
  readonly eventType: string;
  readonly target?: ReadonlyArray<{ readonly key: string }>;
  readonly guard?: unknown;
  readonly actions: readonly unknown[];
}

interface StateNodeLike {
  readonly key: string;
  readonly type: string;
  readonly meta?: unknown;
  readonly transitions: ReadonlyMap<string, readonly TransitionLike[]>;
  readonly always?: readonly TransitionLike[];
}

const PROMPT_CHARS = 90;

export function toMermaid(machine: AnyStateMachine, describe: (key: MessageKey, params?: Record<string, unknown>) => string): string {
  const root = machine.root as unknown as StateNodeLike & {
    readonly states: Record<string, StateNodeLike>;
    readonly initial?: { target: Array<{ key: string }> };
  };
  const states = Object.values(root.states);
  const lines = ['stateDiagram-v2', '  direction TB', `  [*] --> ${root.initial?.target[0]?.key ?? states[0].key}`];

  for (const state of states) {
    const meta = state.meta as StepMeta | FinalMeta | undefined;
    if (state.type === 'final') {
      const final = meta as FinalMeta | undefined;
      const closing = final?.closing ? `<br/>${quote(describe(final.closing.key))}` : '';
      const next = final?.continueWith ? `<br/>→ continues with ${final.continueWith}` : '';
      lines.push(`  ${state.key}: ${state.key} (${final?.outcome ?? 'final'})${closing}${next}`);
      lines.push(`  ${state.key} --> [*]`);
      lines.push(`  class ${state.key} ${final?.outcome ?? 'solved'}`);
      continue;
    }
    const step = meta as StepMeta | undefined;
    if (step) {
      const where = step.step ? `step ${step.step} · ` : '';
      const runs = step.expects === 'procedure' ? `<br/>runs ${step.procedureId}` : '';
      lines.push(`  ${state.key}: ${state.key}<br/>${where}${quote(describe(step.prompt.key, step.prompt.params))}${runs}`);
    }
    for (const transition of state.always ?? []) lines.push(edge(state.key, transition, 'automatically'));
    for (const list of state.transitions.values()) for (const transition of list) lines.push(edge(state.key, transition));
  }

  for (const transition of [...root.transitions.values()].flat()) {
    lines.push(`  note right of ${transition.target?.[0]?.key}: from any step on ${transition.eventType}`);
  }
  lines.push('  classDef escalated fill:#fde2e1,stroke:#c0392b');
  lines.push('  classDef abandoned fill:#eeeeee,stroke:#888888');
  lines.push('  classDef solved fill:#e3f4e1,stroke:#2e7d32');
  return `${lines.join('\n')}\n`;
}

function edge(from: string, transition: TransitionLike, event = shortEvent(transition.eventType)): string {
  const to = transition.target?.[0]?.key ?? from;
  const guard = typeof transition.guard === 'string' ? ` [${transition.guard}]` : '';
  const actions = transition.actions.filter((a): a is string => typeof a === 'string');
  return `  ${from} --> ${to}: ${event}${guard}${actions.length ? ` / ${actions.join(', ')}` : ''}`;
}

/** "answer.yes" → "yes"; the guard name carries the detail for choices and durations. */
function shortEvent(eventType: string): string {
  return eventType.replace(/^answer\./, '');
}

/** Mermaid state descriptions break on a few characters: keep the sentence, drop those. */
function quote(text: string): string {
  const clean = text
    .replace(/[:;#{}<>"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `“${clean.length > PROMPT_CHARS ? `${clean.slice(0, PROMPT_CHARS - 1)}…` : clean}”`;
}
