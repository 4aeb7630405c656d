import { LOCALES } from '../support/fixtures';
import { describeTypedAnswers } from './answerCases';

/**
 * Typed answers in every language, every class of issue 18 (test/answers/README.md), through the
 * production middleware: the step receives what the user meant, and nothing else happens that
 * should not (no cancel, no escalation, no language change, no secret stored). The first half of
 * the languages; answers.conversation.second.test.ts has the rest.
 */
describeTypedAnswers(LOCALES.slice(0, Math.ceil(LOCALES.length / 2)));
