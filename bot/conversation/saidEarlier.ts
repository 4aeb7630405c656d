import type { AnswerEvent, MessageKey, StepMeta } from '../../dialogs/types';
import type { Understanding } from '../understanding/understanding';
import { lastSentence, UNSPACED_SCRIPT } from '../understanding/text';
import { titleNamed, wordsEchoing } from '../understanding/wordStems';
import type { Turn } from './turn';

/** Messages of a run kept for the steps after them: a few, the last. */
const SAID_KEPT = 4;
/** Longer messages are not kept (they are stories, and the state stays small). */
const SAID_MAX_CHARS = 200;

/**
 * Keeps the message with the step that was asking (`at`, its prompt's key) while the same run goes on: "해제 이미 했어요"
 * (already unbound) said at "is there a balance left?" is the answer to "unbind it first… done?" two steps later.
 */
export function rememberSaid(turn: Turn, before: { readonly run?: string; readonly at?: MessageKey } | undefined): void {
  const active = turn.data.procedure;
  const { text } = turn.message;
  if (!before?.at || !active || active.run !== before.run || !text.trim() || text.length > SAID_MAX_CHARS) return;
  turn.data.procedure = { ...active, said: [...(active.said ?? []), { text, at: before.at }].slice(-SAID_KEPT) };
}

/** Latin-script words shorter than this echo nothing ("from", "your", "this" are in every prompt). */
const SHORTEST_ECHO = 5;

/**
 * A yes/no step new to the run, answered yes by something the user said earlier in it ("ya lo desvinculé ayer", "해제
 * 이미 했어요") with words of this step's prompt, more of them than of the step it was said at (so "yes I'm logged in"
 * said at "signed in?" is no answer to a later "sign in with the new password"): words of what it tells to do, not of its
 * closing question ("Done?") and not product names.
 * Said once, taken once.
 */
export function saidEarlier(turn: Turn, meta: StepMeta, understanding: Understanding): AnswerEvent | undefined {
  const active = turn.data.procedure;
  const said = active?.said ?? [];
  if (!active || meta.expects !== 'yesNo' || meta.asks === 'offer' || said.length === 0) return undefined;
  const locale = turn.data.locale!;
  const asked = turn.t(meta.prompt.key, meta.prompt.params);
  // Words of what the step tells to do ("…desvincule de ella su cuenta de 1688"), not of its closing question ("¿Hecho?").
  const instructions = asked.slice(0, asked.length - lastSentence(asked).length);
  const echoes = (w: string) => (UNSPACED_SCRIPT.test(w) || w.length >= SHORTEST_ECHO) && !understanding.mentionsProduct(w);
  // The clause about this step: "sí, todos completados. y ya lo desvinculé ayer" answered the orders, then told this.
  const answers = (clause: string, before: string) =>
    titleNamed(clause, [before, asked]) === 1 &&
    wordsEchoing(clause, instructions, before).some(echoes) &&
    understanding.read(clause, locale, meta, []).event?.type === 'answer.yes';
  for (let i = said.length - 1; i >= 0; i--) {
    const { text, at } = said[i];
    // Its clauses, or its sentences where one of them asks something.
    const clauses = understanding.questions.statedClauses(text, locale) ?? text.split(/[.!?。！？\n]+/u).filter((s) => s.trim());
    if (!clauses.some((clause) => answers(clause, turn.t(at)))) continue;
    turn.data.procedure = { ...active, said: said.filter((_, j) => j !== i) };
    return { type: 'answer.yes' };
  }
  return undefined;
}
