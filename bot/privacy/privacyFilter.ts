/**
 * Finds and masks what must never be stored or shown to anyone: card numbers, one-time codes and
 * passwords. Runs on every incoming message before logs, state, transcripts or agents see it.
 */
export type SensitiveKind = 'cardNumber' | 'verificationCode' | 'password';

export interface PrivacyScan {
  readonly masked: string;
  readonly found: readonly SensitiveKind[];
}

const CARD_CANDIDATE = /(?<![\d])\d(?:[ -]?\d){11,18}(?![\d])/g;
const SIX_DIGIT_CODE = /(?<![\d])\d{6}(?![\d])/g;
const MAX_DEPTH = 8;

export class PrivacyFilter {
  private readonly passwordPattern: RegExp | undefined;

  /** @param passwordLeadIns what people type right before a password, in every language. */
  constructor(passwordLeadIns: readonly string[]) {
    const alternation = [...new Set(passwordLeadIns)]
      .sort((a, b) => b.length - a.length)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
      .join('|');
    this.passwordPattern = alternation
      ? // The secret must hold a Latin letter or a digit: "비밀번호는 사용하지 마세요" (do not use the password…) is not one.
        new RegExp(`(${alternation})(\\s*[:：=]?\\s*)([^\\s,，。.;；]*[A-Za-z0-9][^\\s,，。.;；]*)`, 'giu')
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
    if (Array.isArray(value)) return value.map((v) => this.maskDeep(v, depth + 1)) as T;
    // Dates, Errors, Buffers and other class instances are left as they are (logs serialize errors separately).
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return value;
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, this.maskDeep(v, depth + 1)]),
    ) as T;
  }
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
