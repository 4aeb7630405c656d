/**
 * Personal data masked by default so that logs, transcripts and agents do not collect it:
 * e-mail addresses, phone numbers and IBANs, in the formats the six languages use. Unlike secrets,
 * the user is not warned (sharing a phone number with support is normal); it is hidden, with
 * enough left for a person to match it ("…78", "ES••••1332", "•••@example.com").
 */
export type PersonalKind = 'email' | 'phone' | 'iban';
export const PERSONAL_KINDS: readonly PersonalKind[] = ['email', 'phone', 'iban'];

const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+)(?![\w-])/g;
/** Two letters, two check digits, then 11–30 letters or digits, in groups of four or not. */
const IBAN = /(?<![A-Za-z0-9])([A-Z]{2}\d{2})((?:[ ]?[A-Z0-9]){11,30})(?![A-Za-z0-9])/gi;
/**
 * An international number (+ or 00 then 8–15 digits) or a national one of 9–12 digits, with the
 * separators people use: "+34 612 345 678", "(555) 123-4567", "010-1234-5678", "06 12 34 56 78",
 * "138 1234 5678", "69 1234 5678". Dates ("2026-11-28") and amounts ("1.234,50") are not phones.
 */
const PHONE = /(?<![\w+])(?:\+|00)?\(?\d{1,5}\)?(?:[ .-]{1,2}\(?\d{1,8}\)?){1,5}(?![\w])|(?<![\w+])\d{9,12}(?!\w)/g;
const DATE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/;
const DECIMAL = /^\d{1,3}([.,]\d{3})*[.,]\d{1,2}$/;

export function maskPersonalData(text: string, kinds: ReadonlySet<PersonalKind>): string {
  let masked = text;
  if (kinds.has('email')) masked = masked.replace(EMAIL, (_m, domain: string) => `•••@${domain}`);
  if (kinds.has('iban')) {
    // The pattern may run on into the next word ("… 7654 32 please"): the longest valid prefix is the IBAN.
    masked = masked.replace(IBAN, (match: string) => {
      for (let end = match.length; end >= 15; end--) {
        if (end < match.length && match[end] !== ' ') continue;
        const compact = match.slice(0, end).replace(/ /g, '').toUpperCase();
        if (isIbanValid(compact)) return `${compact.slice(0, 2)}••••${compact.slice(-4)}${match.slice(end)}`;
      }
      return match;
    });
  }
  if (kinds.has('phone')) {
    masked = masked.replace(PHONE, (match: string) => {
      const digits = match.replace(/\D/g, '');
      const international = /^(\+|00)/.test(match);
      const plausible = international ? digits.length >= 8 && digits.length <= 15 : digits.length >= 9 && digits.length <= 12;
      if (!plausible || DATE.test(match.trim()) || DECIMAL.test(match.trim())) return match;
      return `••••${digits.slice(-2)}`;
    });
  }
  return masked;
}

/** ISO 13616: move the first four characters to the end, letters to numbers, remainder mod 97 is 1. */
export function isIbanValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
