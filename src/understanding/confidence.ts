import type { Facts } from './facts';
import { Found } from './found';

/** How sure the reading is: typos mended, words guessed, facts left open. */

export function confidenceOf(found: Found, facts: Facts, slips = 0): number {
  const fuzzyTokens = slips + new Set(found.scanned.matches.filter((match) => match.fuzzy || (match.mended && match.span === undefined)).map((match) => match.at)).size;
  let confidence: number;
  switch (facts.intent) {
    case 'communication':
      confidence =
        0.55 +
        (found.has('microsoft') ? 0.15 : 0) +
        (found.has('customer') ? 0.1 : 0) +
        (found.has('communicate') ? 0.1 : 0) +
        (facts.topic !== 'none' || facts.asksWhen || facts.ownRelationship !== 'unknown' || facts.productChannel !== 'unknown'
          ? 0.05
          : 0);
      break;
    case 'applies-to':
      confidence = found.has('scopeTarget') ? 0.95 : 0.85;
      break;
    case 'off-topic':
      confidence = 0.8;
      break;
    case 'unclear':
      confidence = 0.3;
      break;
  }
  return Math.round(Math.min(0.99, Math.max(0.05, confidence - 0.07 * fuzzyTokens)) * 100) / 100;
}
