import type { Facts } from './facts';

/** What the bot read the question as, in the facts' own terms: one line for the experts' card, and the key the owners' report groups questions by. */
export function readAs(facts: Facts): string {
  const parts: string[] = [facts.intent];
  if (facts.asks !== 'microsoft-communicates') parts.push(`asks: ${facts.asks}`);
  if (facts.recipient !== 'customer') parts.push(`to: ${facts.recipient}`);
  parts.push(`topic: ${facts.topic}`);
  if (facts.ownRelationship !== 'unknown') parts.push(`own relationship: ${facts.ownRelationship}`);
  if (facts.productChannel !== 'unknown') parts.push(`bought: ${facts.productChannel}`);
  if (facts.asksWhen) parts.push('asks when');
  if (facts.products.length > 0) parts.push(`products: ${facts.products.map((product) => product.name).join(', ')}`);
  return parts.join(' · ');
}
