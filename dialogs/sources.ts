/**
 * The help articles the bot's knowledge comes from (`../shared/seeds/`), by their number.
 * Every procedure, answer and fact names the articles it follows and quotes them word for word,
 * so a test can check that nothing the bot says is made up.
 */
export const SEED_FILES = Object.freeze({
  '000': '000_9ca2cb34dc84de91.txt',
  '001': '001_d448a191010a1342.txt',
  '002': '002_ae4df09dbf742895.txt',
  '003': '003_bd51929ea49eb631.txt',
  '004': '004_a2b5b8c953ebd7c7.txt',
});

export type SeedId = keyof typeof SEED_FILES;

/** Verbatim quotes from each cited article. */
export type SourceQuotes = Readonly<Partial<Record<SeedId, readonly string[]>>>;
