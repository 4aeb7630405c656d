import { z } from 'zod';

/**
 * The words the bot reads with, per language (`locales/<lng>/understanding.json`). Phrases are
 * matched on normalized text (lower case, accents and punctuation removed). A phrase ending in `*`
 * matches any word starting with it (Greek and French inflections). Han and Hangul phrases match
 * anywhere in the text, since those scripts do not separate words (or attach particles to them).
 */
const phrases = z.array(z.string().min(1));

const vocabularySchema = z.object({
  /** Culture code for @microsoft/recognizers-text, or null where it has no model for this language. */
  recognizerCulture: z.string().nullable(),
  /** The writing system that identifies this language on its own, if any (Han, Hangul, Greek). */
  script: z.enum(['Latin', 'Han', 'Hangul', 'Greek']),
  /** Short function words that tell this language apart from others in the same script (language identification). */
  languageHints: phrases,
  /** What a user types to switch to this language, in any language ("English please", "英文"). */
  selectLanguage: phrases,
  commands: z.object({
    menu: phrases,
    cancel: phrases,
    restart: phrases,
    human: phrases,
    frozen: phrases,
    /** "Where was I?": back to the step in progress, or to a paused procedure. */
    resume: phrases,
  }),
  greetings: phrases,
  yes: phrases,
  no: phrases,
  /** Extra words for choice ids, beyond the button labels. */
  choices: z.record(z.string(), phrases),
  duration: z.object({
    justNow: phrases,
    /** Unit word stem → minutes. */
    units: z.record(z.string(), z.number().positive()),
    /** Number words → value ("twenty": 20, "半": 0.5). */
    numbers: z.record(z.string(), z.number().nonnegative()),
  }),
  /** Words that name a procedure, by procedure id (extra training phrases for the intent model). */
  procedures: z.record(z.string(), phrases),
  /** Words that ask one of the questions answered in one reply, by answer id (same use). */
  answers: z.record(z.string(), phrases),
  /** What people type right before a password ("my password is", "密码是"). */
  passwordLeadIns: phrases,
});

export type Vocabulary = z.infer<typeof vocabularySchema>;

export function parseVocabulary(content: unknown, path: string): Vocabulary {
  const parsed = vocabularySchema.safeParse(content);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`${path} is not a valid vocabulary file (${where}). Compare it with locales/en/understanding.json.`);
  }
  return parsed.data;
}
