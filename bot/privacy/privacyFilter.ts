/**
 * Finds and masks what must never be stored or shown to anyone: card numbers, one-time codes and
 * passwords. Runs on every incoming message before logs, state, transcripts or agents see it.
 */
import type { SensitiveKind } from '../contracts/userMessage';

export type { SensitiveKind };

export interface PrivacyScan {
  readonly masked: string;
  readonly found: readonly SensitiveKind[];
}

const CARD_CANDIDATE = /(?<![\d])\d(?:[ -]?\d){11,18}(?![\d])/g;
/** Six digits, also typed in groups ("482 913", "48-29-13"), but not part of a longer number or a date. */
const SIX_DIGIT_CODE = /(?<![\d][ .-]?)(?<!\d)\d(?:[ .-]?\d){5}(?![ .-]?\d)/g;
const MAX_DEPTH = 8;
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
  /** Any word for a password, anywhere in the message: the context in which "dragon42" is a secret. */
  private readonly passwordContext: RegExp | undefined;

  /**
   * @param passwordLeadIns what people type right before a password ("my password is"), in every language.
   * @param passwordWords a word for a password on its own ("pw", "mdp", "비번"): what follows it is
   *   masked only when it looks like a secret (holds a digit or a symbol), so "password reset" stays.
   */
  constructor(passwordLeadIns: readonly string[], passwordWords: readonly string[] = []) {
    const leadIns = alternation(passwordLeadIns);
    this.passwordPattern = leadIns
      ? // The secret must hold a Latin letter or a digit: "비밀번호는 사용하지 마세요" (do not use the password…) is not one.
        new RegExp(`(${leadIns})(\\s*[:：=]?\\s*)([^\\s,，。.;；]*[A-Za-z0-9][^\\s,，。.;；]*)`, 'giu')
      : undefined;
    const words = alternation(passwordWords);
    const context = alternation([...passwordWords, ...passwordLeadIns]);
    this.passwordContext = context ? new RegExp(`(?<![A-Za-z])(?:${context})`, 'iu') : undefined;
    this.passwordWordPattern = words
      ? new RegExp(
          `((?<![\\p{L}])(?:${words})(?:[\\p{Script=Hangul}]{0,2})?)(?![\\p{Script=Latin}])(\\s*[:：=]?\\s*)((?=[^\\s,，。;；]*[0-9!@#$%^&*_+?~])[^\\s,，。;；]*[A-Za-z0-9][^\\s,，。;；]*)`,
          'giu',
        )
      : undefined;
  }

  scan(text: string): PrivacyScan {
    const found = new Set<SensitiveKind>();
    let masked = text;
    if (this.passwordPattern) {
      masked = masked.replace(this.passwordPattern, (_m, leadIn: string, gap: string) => {
        found.add('password');
        return `${leadIn}${gap}••••••`;
      });
    }
    if (this.passwordWordPattern) {
      masked = masked.replace(this.passwordWordPattern, (m: string, word: string, gap: string, secret: string) => {
        if (secret.startsWith('••')) return m;
        found.add('password');
        return `${word}${gap}••••••`;
      });
    }
    const aboutPassword = this.passwordContext?.test(text) ?? false;
    masked = masked.replace(SECRET_CANDIDATE, (token) => {
      if (!looksLikeStrongSecret(token) && !(aboutPassword && looksLikeSecret(token))) return token;
      found.add('password');
      return '••••••';
    });
    masked = masked.replace(CARD_CANDIDATE, (candidate) => {
      const digits = candidate.replace(/\D/g, '');
      if (!isLuhnValid(digits)) return candidate;
      found.add('cardNumber');
      return `••••${digits.slice(-4)}`;
    });
    masked = masked.replace(SIX_DIGIT_CODE, () => {
      found.add('verificationCode');
      return '••••••';
    });
    return { masked, found: [...found] };
  }

  /** Masks every string inside a value (log arguments, activities, stored records). */
  maskDeep<T>(value: T, depth = 0): T {
    if (typeof value === 'string') return this.scan(value).masked as T;
    if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return (value as unknown[]).map((v) => this.maskDeep(v, depth + 1)) as T;
    // Dates, Errors, Buffers and other class instances are left as they are (logs serialize errors separately).
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return value;
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, this.maskDeep(v, depth + 1)])) as T;
  }
}

/** The filter with every language's password words, as the app uses it. */
export function privacyFilterFor(catalog: {
  readonly vocabulary: Readonly<Record<string, { passwordLeadIns: readonly string[]; passwordWords: readonly string[] }>>;
}): PrivacyFilter {
  const all = Object.values(catalog.vocabulary);
  return new PrivacyFilter(
    all.flatMap((v) => v.passwordLeadIns),
    all.flatMap((v) => v.passwordWords),
  );
}

/** One regex alternation of phrases, longest first, spaces matching any run of spaces. */
function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
}

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
