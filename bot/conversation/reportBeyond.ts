import type { ProcedureDefinition } from '../../dialogs/procedure';
import { sendToProcedure, type ProcedureTurn } from '../../dialogs/runner';
import type { StepMeta } from '../../dialogs/types';
import type { StepReading, Understanding } from '../understanding/understanding';
import { HANGUL } from '../understanding/text';
import { titleNamed, wordsEchoing } from '../understanding/wordStems';
import type { ReplyWriter } from './replyWriter';
import type { Turn } from './turn';

/** How far past the next step a report is looked for: a word of a step further off is more often chance than a report. */
const STEPS_AHEAD = 1;

type Parts = { readonly understanding: Understanding; readonly write: Pick<ReplyWriter, 'offeredChoices'> };

/**
 * A report of a later step's action, the steps before it done on the way ("Enter your email and the captcha. Done?" "si
 * llegó el correo y abrí el enlace"; "You'll see the payment password page?" "点了，支付密码设好了，点了确认"): the
 * procedure goes on after the next step when the report does it, as a person at the desk would, instead of asking it.
 * Only along yes-answers of yes/no steps, never past an offer or a step about the user, only from a message asking
 * nothing, saying no no here, and telling no failure and nothing of someone else or another time, and only where the report's own clause uses words of that step and none of the
 * steps passed ("el enlace", not "el correo" both mention) and reads as done there: a plain "yes" beside a word of a
 * later step ("yes, I'll open the link when it comes") skips nothing.
 */
export function reportBeyond(turn: Turn, definition: ProcedureDefinition, meta: StepMeta, parts: Parts): ProcedureTurn | undefined {
  if (!mayReportPast(meta, turn.reading)) return undefined;
  const clauses = parts.understanding.questions.statedClauses(turn.message.text, turn.data.locale!);
  // Anywhere in the message, a failure or someone else or another time ("my brother opened the link", "last year I…").
  if (!clauses || !parts.understanding.reportsProgress(turn.message.text, turn.data.locale!, () => true)) return undefined;
  const passed = [turn.t(meta.prompt.key, meta.prompt.params)];
  let at = sendToProcedure(definition, turn.data.procedure!, { type: 'answer.yes' });
  let reached: ProcedureTurn | undefined;
  for (let ahead = 0; ahead < STEPS_AHEAD && at.accepted && at.position.status === 'waiting' && yesNoStep(at.position.meta); ahead++) {
    const later = at.position.meta;
    const said = turn.t(later.prompt.key, later.prompt.params);
    const done = sendToProcedure(definition, at.persisted, { type: 'answer.yes' });
    if (doesLaterStep(turn, clauses, said, passed, later, parts)) reached = done;
    passed.push(said);
    at = done;
  }
  return reached;
}

/**
 * A report of what the next step names, seen or done, this step's own question left unanswered ("找到卡片图标了，显示编辑银行
 * 卡" to "Open 'My account'. Done?"; "I see the Activate Now button" to "Are you on that page?"): the user is past this
 * step, as a person at the desk would take it, so it is answered yes and the next one asked. Never from a question, a
 * failure or someone else's doing, and only in words of the next step that this one does not use.
 */
export function seesNextStep(turn: Turn, definition: ProcedureDefinition, meta: StepMeta, { understanding }: Parts): ProcedureTurn | undefined {
  if (!mayReportPast(meta, turn.reading) || turn.reading?.event) return undefined;
  const locale = turn.data.locale!;
  if (!understanding.questions.statedClauses(turn.message.text, locale)) return undefined;
  const next = sendToProcedure(definition, turn.data.procedure!, { type: 'answer.yes' });
  if (!next.accepted || next.position.status !== 'waiting') return undefined;
  const [said, told] = [turn.t(meta.prompt.key, meta.prompt.params), turn.t(next.position.meta.prompt.key, next.position.meta.prompt.params)];
  // What was seen or done, not the seeing ("ça affiche toujours l'ancien compte" echoes the next step's "affiche", shows).
  const named = (around: string) => wordsEchoing(around, told, said).some((w) => understanding.stepWord(w, locale));
  return understanding.reportsProgress(turn.message.text, locale, named, true) ? next : undefined;
}

/** A yes/no step a report may answer on the way past it: no offer (asked, never assumed), nothing about the user or a condition. */
export function yesNoStep(meta: StepMeta): boolean {
  return meta.expects === 'yesNo' && meta.asks !== 'offer' && !meta.aboutUser && meta.about === undefined;
}

/** Such a step, read as no "no", no waiting, no doubt and no "not yet": what the message says may go past it. */
export function mayReportPast(meta: StepMeta, reading: StepReading | undefined): boolean {
  return yesNoStep(meta) && reading?.event?.type !== 'answer.no' && !reading?.holding && !reading?.unsure && !reading?.notYet;
}

/** Whether a clause of the message says it did or got something, in words of the step `said` and of none passed, and reads there as done. */
function doesLaterStep(turn: Turn, clauses: readonly string[], said: string, passed: readonly string[], later: StepMeta, parts: Parts): boolean {
  const { understanding, write } = parts;
  const locale = turn.data.locale!;
  const before = passed.join(' ');
  // Korean character pairs only where a word begins: its endings ("취소하고", "-하고") are no words of a step.
  const own = (words: string) =>
    wordsEchoing(words, said, before).some((word) => understanding.stepWord(word, locale) && (!HANGUL.test(word) || startsAWord(words, word)));
  const about = clauses.filter((clause) => understanding.reportsProgress(clause, locale, own));
  if (about.length === 0 || titleNamed(about.join(', '), [before, said]) !== 1) return false;
  const { event } = understanding.read(about.join(', '), locale, later, write.offeredChoices(turn, later.choices));
  return event?.type === 'answer.yes';
}

function startsAWord(words: string, pair: string): boolean {
  return words.split(' ').some((word) => word.startsWith(pair));
}
