/**
 * Finds and masks what must never be stored or shown to anyone: card numbers, one-time codes and
 * passwords (and, by default, e-mail addresses, phone numbers and IBANs). Runs on every incoming
 * message before logs, state, transcripts or agents see it. Numbers are read after their
 * full-width and odd-space forms are made plain; phrases match with or without accents.
 */
import type { SensitiveKind } from '../contracts/userMessage';
import { maskPersonalData, PERSONAL_KINDS, type PersonalKind } from './personalData';
import { foldedAlternation, normaliseForms } from './textForms';

export type { SensitiveKind };

export interface PrivacyScan {
  readonly masked: string;
  readonly found: readonly SensitiveKind[];
}

/** 12–19 digits, grouped by spaces (even several), dots, slashes, dashes or underscores; Luhn decides. */
const CARD_CANDIDATE = /(?<![\d])\d(?:[\s./_-]{0,3}\d){11,18}(?![\d])/g;
/** Six digits, also typed in groups ("482 913", "48-29-13"), but not part of a longer number or a date. */
const SIX_DIGIT_CODE = /(?<![\d][ .-]?)(?<!\d)\d(?:[ .-]?\d){5}(?![ .-]?\d)/g;
/** Deeper than any activity nests (bodies over 32 levels are refused at the door); what lies beyond is dropped, never kept unmasked. */
const MAX_DEPTH = 64;
/** Han, Hangul and kana words after "密码"/"비밀번호는" are the sentence going on ("是什么", "잊어버렸어요"), not a password. */
const SENTENCE_SCRIPTS = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{P}]+$/u;
/** A value in quotes ("我的密码是“小猫咪咪”"): quoted after a lead-in, it is the password in any script. */
const QUOTED = /^["“「『'‘«].+["”」』'’»]$/u;
/** A count of attempts after a word for a password ("密码输错了3次", "비밀번호 5번 틀려서"): its digit makes no secret. */
const ATTEMPTS = /\d\s?(?:次|번|回|times|fois|veces|φορές|φορες)/u;
/** A run of Latin letters, digits and the symbols people put in passwords. */
const SECRET_CANDIDATE = /(?<![A-Za-z0-9!@#$%^&*_+=?~])[A-Za-z0-9!@#$%^&*_+=?~]{5,40}/g;

/** Letters and digits with a symbol or mixed case ("Kitty2024!", "Mango#55"): a password wherever it is typed. */
function looksLikeStrongSecret(token: string): boolean {
  return /[A-Za-z]/.test(token) && /\d/.test(token) && (/[!@#$%^&*_+=?~]/.test(token) || (/[a-z]/.test(token) && /[A-Z]/.test(token)));
}

/** Letters and digits ("dragon42"): a password when the message talks about one. */
function looksLikeSecret(token: string): boolean {
  return /[A-Za-z]/.test(token) && /\d/.test(token);
}

export class PrivacyFilter {
  private readonly passwordPattern: RegExp | undefined;

  private readonly passwordWordPattern: RegExp | undefined;
  /** A word for a password written in Han or Hangul ("密码", "비밀번호"): a Latin word after it is the password. */
  private readonly cjkPasswordWordPattern: RegExp | undefined;
  /** Any word for a password, anywhere in the message: the context in which "dragon42" is a secret. */
  private readonly passwordContext: RegExp | undefined;
  private readonly personal: ReadonlySet<PersonalKind>;
  /** A word for a card number, anywhere in the message: "卡号是6222 0000 1234 5678" is masked though its checksum fails. */
  private readonly cardContext: RegExp | undefined;
  /** Words that say what a password is ("wrong", "λάθος"), folded: after a lead-in they are the sentence going on. */
  private readonly states: ReadonlySet<string>;

  /**
   * @param passwordLeadIns what people type right before a password ("my password is"), in every language.
   * @param passwordWords a word for a password on its own ("pw", "mdp", "비번"): what follows it is
   *   masked only when it looks like a secret (holds a digit or a symbol), so "password reset" stays.
   * @param personal which personal data to mask besides secrets (all three unless configured otherwise).
   * @param passwordStates what a password is said to be after a lead-in ("wrong", "expired"): not a password.
   * @param cardWords words for a card number: beside them any 12–19 digits are masked, checksum or not.
   */
  // Every repetition in these patterns is bounded (a password is at most 64 characters, a gap 8 spaces):
  // a long run of spaces or of "密码!" must cost linear time, not quadratic.
  constructor(
    passwordLeadIns: readonly string[],
    passwordWords: readonly string[] = [],
    personal: readonly PersonalKind[] = PERSONAL_KINDS,
    passwordStates: readonly string[] = [],
    cardWords: readonly string[] = [],
  ) {
    const cards = foldedAlternation(cardWords);
    this.cardContext = cards ? new RegExp(`(?:${cards})`, 'iu') : undefined;
    this.personal = new Set(personal);
    this.states = new Set(passwordStates.map(fold));
    const leadIns = foldedAlternation(passwordLeadIns);
    this.passwordPattern = leadIns
      ? new RegExp(`(${leadIns})(\\s{0,8}(?:[:：=]\\s{0,8})?)([^\\s,，。;；]{1,64}?)(?=[.。]?(?:\\s|$|[,，;；]))`, 'giu')
      : undefined;
    const words = foldedAlternation(passwordWords);
    // After a word for a password, a token holding a digit or a symbol is the secret; a question mark ending it ends
    // the question ("¿qué contraseña pongo?"), one inside it is part of it ("Mango?55").
    const context = foldedAlternation([...passwordWords, ...passwordLeadIns]);
    this.passwordContext = context ? new RegExp(`(?<![A-Za-z])(?:${context})`, 'iu') : undefined;
    this.passwordWordPattern = words
      ? new RegExp(
          `((?<![\\p{L}])(?:${words})(?:[\\p{Script=Hangul}]{0,2})?)(?![\\p{Script=Latin}])(\\s{0,8}(?:[:：=]\\s{0,8})?)((?=[^\\s,，。;；]{0,64}(?:[0-9!@#$%^&*_+~]|\\?(?=[^\\s,，。;；])))[^\\s,，。;；]{0,64}[A-Za-z0-9][^\\s,，。;；]{0,64})`,
          'giu',
        )
      : undefined;
    const cjkWords = foldedAlternation(passwordWords.filter((w) => /[\p{Script=Han}\p{Script=Hangul}]/u.test(w)));
    this.cjkPasswordWordPattern = cjkWords
      ? new RegExp(`((?:${cjkWords})[\\p{Script=Hangul}]{0,2})(\\s{0,8}(?:[:：=]\\s{0,8})?)([A-Za-z0-9][\\x21-\\x7e]{2,39})(?![\\x21-\\x7e])`, 'gu')
      : undefined;
  }

  scan(input: string): PrivacyScan {
    const found = new Set<SensitiveKind>();
    // Nothing legitimate is this long (messages are cut to 2,000 characters), and the patterns must never meet megabytes.
    const typed = input.length > MAX_SCANNED ? input.slice(0, MAX_SCANNED) : input;
    const text = normaliseForms(typed);
    let masked = text;
    const hide = (kind: SensitiveKind, replacement = MASK): string => {
      found.add(kind);
      return replacement;
    };
    if (this.passwordPattern) {
      masked = masked.replace(this.passwordPattern, (m: string, leadIn: string, gap: string, secret: string) =>
        (SENTENCE_SCRIPTS.test(secret) && !QUOTED.test(secret)) || this.states.has(fold(secret)) ? m : `${leadIn}${gap}${hide('password')}`,
      );
    }
    for (const pattern of [this.passwordWordPattern, this.cjkPasswordWordPattern]) {
      if (!pattern) continue;
      masked = masked.replace(pattern, (m: string, word: string, gap: string, secret: string) =>
        secret.startsWith('••') || ATTEMPTS.test(secret) ? m : `${word}${gap}${hide('password')}`,
      );
    }
    const aboutPassword = this.passwordContext?.test(text) ?? false;
    masked = masked.replace(SECRET_CANDIDATE, (token) =>
      looksLikeStrongSecret(token) || (aboutPassword && looksLikeSecret(token)) ? hide('password') : token,
    );
    const aboutCard = this.cardContext?.test(text) ?? false;
    masked = masked.replace(CARD_CANDIDATE, (candidate) => {
      const digits = candidate.replace(/\D/g, '');
      return aboutCard || isLuhnValid(digits) ? hide('cardNumber', `••••${digits.slice(-4)}`) : candidate;
    });
    masked = masked.replace(SIX_DIGIT_CODE, () => hide('verificationCode'));
    masked = maskPersonalData(masked, this.personal);
    // Nothing found and nothing personal: the user's text exactly as typed.
    return { masked: masked === text && found.size === 0 ? typed : masked, found: [...found] };
  }

  /** Masks every string inside a value (log arguments, activities, stored records). */
  maskDeep<T>(value: T, depth = 0): T {
    if (typeof value === 'string') return this.scan(value).masked as T;
    if (value === null || typeof value !== 'object') return value;
    if (depth >= MAX_DEPTH) return MASK as T;
    if (Array.isArray(value)) return (value as unknown[]).map((v) => this.maskDeep(v, depth + 1)) as T;
    // Dates, Errors, Buffers and other class instances are left as they are (logs serialize errors separately).
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return value;
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, this.maskDeep(v, depth + 1)])) as T;
  }
}

type PasswordVocabulary = Readonly<
  Record<string, { passwordLeadIns: readonly string[]; passwordWords: readonly string[]; passwordStates?: readonly string[]; cardWords?: readonly string[] }>
>;

/** Lower case without accents: "Λάθος" and "λαθος" are one word. */
const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Filters already compiled, per vocabulary and personal kinds: compiling one takes ~10 ms (its folded patterns). */
const compiled = new WeakMap<PasswordVocabulary, Map<string, PrivacyFilter>>();

/**
 * The filter with every language's password words, as the app uses it. It holds no state between calls, so the logger,
 * the bot and every test conversation share one per vocabulary (it was a fifth of the time of a conversation test).
 */
export function privacyFilterFor(catalog: { readonly vocabulary: PasswordVocabulary }, personal: readonly PersonalKind[] = PERSONAL_KINDS): PrivacyFilter {
  const byKinds = compiled.get(catalog.vocabulary) ?? compiled.set(catalog.vocabulary, new Map()).get(catalog.vocabulary)!;
  const key = [...personal].sort().join(',');
  const known = byKinds.get(key);
  if (known) return known;
  const all = Object.values(catalog.vocabulary);
  const filter = new PrivacyFilter(
    all.flatMap((v) => v.passwordLeadIns),
    all.flatMap((v) => v.passwordWords),
    personal,
    all.flatMap((v) => v.passwordStates ?? []),
    all.flatMap((v) => v.cardWords ?? []),
  );
  byKinds.set(key, filter);
  return filter;
}

const MASK = '••••••';
/** Longer strings are cut to this before they are scanned (and kept cut). */
export const MAX_SCANNED = 4000;

export function isLuhnValid(digits: string): boolean {
  if (digits.length < 12 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
