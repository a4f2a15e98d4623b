import type { Product, ProductChannel } from './facts';
import { Found } from './found';
import type { ChannelCue } from './channelCues';
import { type ChannelEvidence, channelEvidence, splitHolding } from './channel';

/** Which product(s) the question is about (the focus), with each one's channel. */

export function productsOf(found: Found, cues: readonly ChannelCue[]): Product[] {
  const byName = new Map<string, ChannelEvidence>();
  for (const product of found.scanned.products) {
    const evidence = channelEvidence(found, product.at, cues);
    const known = byName.get(product.name);
    if (known === undefined || known.channel === 'unknown') byName.set(product.name, evidence);
    // "EA for Windows, CSP for M365 … about the EA renewal and the M365 renewal": a cue only somewhere in the
    // clause of a later mention does not outweigh the one right beside the first.
    else if (known.close && !evidence.close) continue;
    else if (evidence.close && !known.close && evidence.channel !== 'unknown') byName.set(product.name, evidence);
    // The same product bought both ways ("Azure under an EA and Azure in CSP"): its name does not say which.
    else if (evidence.channel !== 'unknown' && evidence.channel !== known.channel) byName.set(product.name, { channel: 'unknown', close: true });
  }
  for (const product of found.scanned.products) if (splitHolding(found, product.at)) byName.set(product.name, { channel: 'unknown', close: true });
  // "M365 über uns … wegen eines Upgrades auf E5": a plan of the suite with no channel of its own is held the way the
  // suite is, where one suite is named with its channel (Windows has E plans too).
  const plan = byName.get('E plan');
  if (plan?.channel === 'unknown' && !byName.has('Windows')) {
    const suites = new Set(SUITES.map((name) => byName.get(name)?.channel).filter((channel): channel is ProductChannel => channel !== undefined));
    const [suite] = [...suites];
    if (suites.size === 1 && suite !== 'unknown' && suite !== undefined) byName.set('E plan', { channel: suite, close: false });
  }
  return [...byName].slice(0, 10).map(([name, evidence]) => ({ name, channel: evidence.channel }));
}

/** The suites whose plans the "E plan" names: E3, E5, F3. */
const SUITES = ['Microsoft 365', 'Office 365'];
