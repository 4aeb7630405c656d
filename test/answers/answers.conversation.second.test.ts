import { LOCALES } from '../support/fixtures';
import { describeTypedAnswers } from './answerCases';

/** Typed answers through the production middleware: the second half of the languages (see answers.conversation.first.test.ts). */
describeTypedAnswers(LOCALES.slice(Math.ceil(LOCALES.length / 2)));
