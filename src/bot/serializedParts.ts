import { randomBytes } from 'node:crypto';

/**
 * The shared parts of a reply, serialised once. An answer card is mostly parts that many answers share, frozen: the
 * decision's card (verdict, rules quoted, source, buttons) and the asker's layout (src/cards/render.ts); only the
 * asker's question, reading line and feedback buttons are this answer's own. botbuilder's connector client turns the
 * whole reply into JSON for every message (core-client's serialisation policy, `JSON.stringify`), and the transport
 * encodes that text as UTF-8: about 26 µs of a 7.4 kB card, over and over for the same shared parts.
 *
 * `withSerializedParts` gives a copy of a reply's card in which every frozen part (the object and all inside it never
 * change) stands for its JSON: the part's JSON is worked out and encoded the first time the part is seen, and in the
 * copy a stand-in serialises as a token (`"csp-json:<secret>:<id>"`). The connector transport then puts each part's
 * bytes in place of its token (`spliceSerializedParts`), so the body sent is byte for byte what `JSON.stringify` of the
 * card would have given: JSON.stringify is compositional (no replacer, no indentation), and a frozen part's JSON
 * cannot change. The secret is drawn per process, so no text a user types can be taken for a token.
 *
 * Only the message replies the bot sends through its connector transport carry stand-ins (src/bot/cspBot.ts); invoke
 * answers and everything else are serialised the ordinary way.
 */
const TOKEN = `csp-json:${randomBytes(12).toString('hex')}:`;
const QUOTED_TOKEN = `"${TOKEN}`;

/** Smaller parts are left to JSON.stringify: a token and a lookup would cost about what they save. */
const SMALLEST_PART = 64;

class SerializedPart {
  constructor(
    readonly id: number,
    /** The part's JSON as UTF-8. */
    readonly bytes: Buffer
  ) {}

  toJSON(): string {
    return TOKEN + this.id;
  }
}

/** Each frozen part's stand-in, or null for a part too small to stand in for; kept as long as the part lives. */
const standIns = new WeakMap<object, SerializedPart | null>();
/**
 * The transport finds a stand-in by its id. A reply being sent holds its stand-ins, so they live until it is sent;
 * an id is dropped when its stand-in is collected.
 */
const byId = new Map<number, WeakRef<SerializedPart>>();
const forget = new FinalizationRegistry<number>((id) => byId.delete(id));
let nextId = 0;

function standInFor(part: object): SerializedPart | null {
  let standIn = standIns.get(part);
  if (standIn === undefined) {
    const json = JSON.stringify(part) as string | undefined;
    standIn = json === undefined || json.length < SMALLEST_PART ? null : new SerializedPart(nextId++, Buffer.from(json, 'utf8'));
    if (standIn) {
      byId.set(standIn.id, new WeakRef(standIn));
      forget.register(standIn, standIn.id);
    }
    standIns.set(part, standIn);
  }
  return standIn;
}

function isPlain(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * A copy of plain JSON data (objects and arrays) in which every frozen plain object or array, whose JSON cannot change,
 * stands for its JSON. Only what is not frozen is copied; anything that is not plain data is kept as it is.
 */
export function withSerializedParts<Value>(value: Value): Value {
  if (value === null || typeof value !== 'object') return value;
  const isArray = Array.isArray(value);
  if (!isArray && !isPlain(value)) return value;
  if (Object.isFrozen(value)) {
    const known = standIns.get(value);
    if (known !== undefined) return (known ?? value) as Value;
    if (deeplyFrozen(value)) return (standInFor(value) ?? value) as Value;
  }
  if (isArray) return value.map(withSerializedParts) as Value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = withSerializedParts((value as Record<string, unknown>)[key]);
  return copy as Value;
}

/** Frozen all the way down (deepFreeze's parts are); checked once per part, before its stand-in is made. */
function deeplyFrozen(value: object): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === null || typeof next !== 'object') continue;
    if (!Object.isFrozen(next)) return false;
    for (const key of Object.keys(next)) stack.push((next as Record<string, unknown>)[key]);
  }
  return true;
}

/**
 * The request body to send, as UTF-8: the text as it is when it holds no token; else the text with each token
 * replaced by its part's JSON. A token whose part is unknown is a bug here, and throws rather than send it.
 */
export function spliceSerializedParts(body: string): Buffer {
  let at = body.indexOf(QUOTED_TOKEN);
  if (at < 0) return Buffer.from(body, 'utf8');
  const literals: number[] = [];
  const parts: Buffer[] = [];
  let from = 0;
  let size = 0;
  while (at >= 0) {
    const idStart = at + QUOTED_TOKEN.length;
    const end = body.indexOf('"', idStart);
    const part = byId.get(Number(body.slice(idStart, end)))?.deref();
    if (end < 0 || !part) throw new Error('a serialized part of a reply is no longer known');
    literals.push(from, at);
    parts.push(part.bytes);
    // At most 3 bytes of UTF-8 for each UTF-16 code unit.
    size += (at - from) * 3 + part.bytes.length;
    from = end + 1;
    at = body.indexOf(QUOTED_TOKEN, from);
  }
  size += (body.length - from) * 3;
  const out = Buffer.allocUnsafe(size);
  let written = 0;
  parts.forEach((part, index) => {
    written += out.write(body.slice(literals[2 * index], literals[2 * index + 1]), written, 'utf8');
    written += part.copy(out, written);
  });
  written += out.write(body.slice(from), written, 'utf8');
  return out.subarray(0, written);
}
