import type { PhraseSet } from '../text';
import type { Polarity, Signal } from './screenReport';

/** Digits as normalized text keeps them: "0.00" and "1,200" arrive as "0 00" and "1 200". */
const AMOUNT = /\d+(?:\s\d+)*/gu;
const ZERO = /^[0\s]+$/u;

/**
 * "Is there any balance left?" "0.00", "잔액 0원이에요": an amount of zero says there is none, read as
 * the word for none would be (`none`: what "none" answers at this step). Any other amount says
 * there is some ("100달러 정도요"), which answers when nothing else in the message does. Read from
 * the digits rather than from phrases: a phrase "0원" also sits inside "100원". A product's name
 * is no amount ("都转到1688了").
 */
export function amountReport(norm: string, productNames: PhraseSet, none: Polarity): { readonly zeros: Signal[]; readonly some: boolean } {
  const zeros: Signal[] = [];
  let some = false;
  for (const m of norm.matchAll(AMOUNT)) {
    const amount = m[0].trimEnd();
    if (productNames.isExactly(amount)) continue;
    if (ZERO.test(amount)) zeros.push({ at: m.index, end: m.index + amount.length, polarity: none });
    else some = true;
  }
  return { zeros, some };
}
