import { z } from 'zod';

/**
 * What a bearer token must look like before botbuilder is allowed to see it. botbuilder's own checks run after this
 * one and stay in charge of the signature, audience, endorsements and serviceUrl; this check exists because
 * botbuilder keeps state about tokens it has merely looked at: botframework-connector 4.23's
 * `EmulatorValidation.isTokenFromEmulator` adds four issuer strings to a process-wide list for every `tid` claim it
 * has not seen, signed or not, and never removes them (20,000 forged tokens: +1.1 GB). So nothing whose `tid`,
 * issuer or shape the configured app could never accept may reach it, and nothing malformed or oversized either.
 */

/** Bot Framework tokens are 1–2 kB and Entra app tokens a few kB; Node refuses header blocks over 16 kB anyway. */
export const MAX_AUTHORIZATION_LENGTH = 8 * 1024;
/** The skew botbuilder allows on `nbf` and `exp`; the same here, so this check refuses nothing botbuilder accepts. */
export const CLOCK_SKEW_SECONDS = 5 * 60;

const BASE64URL_SEGMENT = /^[A-Za-z0-9_-]+$/;

const headerSchema = z.looseObject({
  alg: z.string().max(16),
  kid: z.string().min(1).max(256)
});

const shortText = z.string().max(2048);

/**
 * The claims read here, bounded. Any other claim is left to botbuilder; the length limit on the whole header keeps
 * them small.
 */
const payloadSchema = z.looseObject({
  iss: z.string().max(256),
  aud: shortText.optional(),
  tid: z.string().max(64).optional(),
  exp: z.number().finite(),
  nbf: z.number().finite().optional(),
  serviceurl: shortText.optional()
});

export interface TokenPolicy {
  /** Issuers the configured app can accept tokens from (channel, and Emulator/Entra for its kind of app). */
  issuers: ReadonlySet<string>;
  /** Signing algorithms botbuilder allows (RS256/384/512). */
  algorithms: ReadonlySet<string>;
}

/** A token that passed: what the key lookup needs. */
export interface TokenShape {
  kid: string;
  issuer: string;
}

export type PrecheckResult = { ok: true; token: TokenShape } | { ok: false; reason: string };

function decodeSegment(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

const refused = (reason: string): PrecheckResult => ({ ok: false, reason });

/** Reads the Authorization header as botbuilder would, refusing what no configured app could accept. */
export function precheckToken(authorization: string, policy: TokenPolicy, nowSeconds: number): PrecheckResult {
  if (authorization === '') return refused('no Authorization header');
  if (authorization.length > MAX_AUTHORIZATION_LENGTH) return refused(`Authorization header over ${MAX_AUTHORIZATION_LENGTH} characters`);
  const [scheme, token, ...rest] = authorization.split(' ');
  if (scheme !== 'Bearer' || token === undefined || rest.length > 0) return refused('not a Bearer token');
  const segments = token.split('.');
  if (segments.length !== 3 || !segments.every((segment) => BASE64URL_SEGMENT.test(segment))) {
    return refused('not a signed JWT (three non-empty base64url parts)');
  }
  const [headerSegment, payloadSegment] = segments as [string, string, string];
  const header = headerSchema.safeParse(decodeSegment(headerSegment));
  if (!header.success) return refused('JWT header without a usable alg and kid');
  if (!policy.algorithms.has(header.data.alg)) return refused(`signing algorithm ${header.data.alg} is not allowed`);
  const payload = payloadSchema.safeParse(decodeSegment(payloadSegment));
  if (!payload.success) {
    const claims = [...new Set(payload.error.issues.map((issue) => String(issue.path[0] ?? 'payload')))].join(', ');
    return refused(`JWT claims missing or malformed: ${claims}`);
  }
  const claims = payload.data;
  if (!policy.issuers.has(claims.iss)) return refused('issuer is not one this app accepts tokens from');
  // An accepted Entra issuer names its tenant; a tid for any other tenant is what makes botbuilder grow its list.
  if (claims.tid !== undefined && !claims.iss.includes(`/${claims.tid}/`)) return refused('tid is not the tenant of the issuer');
  if (claims.exp + CLOCK_SKEW_SECONDS <= nowSeconds) return refused('the token has expired');
  if (claims.nbf !== undefined && claims.nbf - CLOCK_SKEW_SECONDS > nowSeconds) return refused('the token is not valid yet (nbf)');
  return { ok: true, token: { kid: header.data.kid, issuer: claims.iss } };
}
