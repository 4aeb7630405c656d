import type { ProcedureCatalogue } from '../../dialogs/catalogue';
import type { StepMeta } from '../../dialogs/types';
import type { Translate } from '../locales/translator';
import type { StepOrder } from './deskReport';

/** Long prompts are cut for a chart's axis; the whole prompt is one click away in the procedure. */
const LABEL_CHARS = 70;

interface StateLike {
  readonly key: string;
  readonly type: string;
  readonly meta?: unknown;
}

/** Each procedure's waiting steps: the numbered happy path first, in order, then the side steps as the chart lists them. */
function waitingSteps(machine: { readonly root: unknown }): Array<{ readonly id: string; readonly meta: StepMeta }> {
  const states = Object.values((machine.root as { states: Record<string, StateLike> }).states);
  const steps = states.filter((s) => s.type !== 'final' && (s.meta as StepMeta | undefined)?.prompt).map((s) => ({ id: s.key, meta: s.meta as StepMeta }));
  return steps
    .map((s, index) => ({ s, index }))
    .sort((a, b) => (a.s.meta.step ?? 99) - (b.s.meta.step ?? 99) || a.index - b.index)
    .map(({ s }) => s);
}

export function stepOrder(catalogue: ProcedureCatalogue): StepOrder {
  return new Map([...catalogue.values()].map((d) => [d.id, waitingSteps(d.machine).map((s) => s.id)]));
}

/** What the lead reads for a procedure and a step, in the lead's language: the title, and the step's number and question. */
export function deskLabels(catalogue: ProcedureCatalogue, t: Translate) {
  const prompts = new Map([...catalogue.values()].flatMap((d) => waitingSteps(d.machine).map((s) => [`${d.id}/${s.id}`, s.meta] as const)));
  return {
    procedure: (id: string): string => {
      const definition = catalogue.get(id);
      return definition ? t(definition.titleKey) : id;
    },
    step: (procedureId: string, step: string): string => {
      const meta = prompts.get(`${procedureId}/${step}`);
      if (!meta) return step;
      const text = t(meta.prompt.key, meta.prompt.params);
      const cut = text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;
      return meta.step ? `${meta.step}. ${cut}` : cut;
    },
  };
}

export type DeskLabels = ReturnType<typeof deskLabels>;

/** Every procedure's title and every step's label in one language, for the agent console to show where a user was in the agent's language. */
export function labelTables(catalogue: ProcedureCatalogue, labels: DeskLabels): { procedures: Record<string, string>; steps: Record<string, string> } {
  const definitions = [...catalogue.values()];
  return {
    procedures: Object.fromEntries(definitions.map((d) => [d.id, labels.procedure(d.id)])),
    steps: Object.fromEntries(definitions.flatMap((d) => waitingSteps(d.machine).map((s) => [`${d.id}/${s.id}`, labels.step(d.id, s.id)]))),
  };
}
