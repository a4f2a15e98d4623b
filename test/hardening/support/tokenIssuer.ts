import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The issuer the Bot Framework channel service writes into the tokens it sends to bots. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function newSigningKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export interface TokenClaims {
  iss?: string | number;
  aud?: string;
  serviceurl?: string;
  /** Seconds since the epoch. */
  nbf?: number;
  exp?: number;
  [claim: string]: unknown;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** A JWT signed RS256 with the key, its header naming the key by `kid` as Bot Framework's tokens do. */
export function signToken(claims: TokenClaims, key: SigningKey, header: Record<string, unknown> = {}): string {
  const head = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: key.kid, ...header }));
  const body = base64url(JSON.stringify(claims));
  const signature = sign('sha256', Buffer.from(`${head}.${body}`), key.privateKey);
  return `${head}.${body}.${base64url(signature)}`;
}

/** A JWT with `alg: none` and no signature: what a forger sends hoping the validator skips the check. */
export function unsignedToken(claims: TokenClaims, kid: string): string {
  return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT', kid }))}.${base64url(JSON.stringify(claims))}.`;
}

/**
 * A JWT "signed" HS256 with the RSA public key's PEM as the HMAC secret: the algorithm-confusion forgery,
 * which works against a validator that lets the token choose its algorithm.
 */
export function publicKeyHmacToken(claims: TokenClaims, key: SigningKey): string {
  const head = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: key.kid }));
  const body = base64url(JSON.stringify(claims));
  const secret = key.publicKey.export({ format: 'pem', type: 'spki' });
  return `${head}.${body}.${createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url')}`;
}

/**
 * A stand-in for login.botframework.com on loopback: the OpenID metadata document and the key set it points to,
 * holding only this test's public key. Each key carries the channels it is endorsed for, as the real ones do.
 */
export class TokenIssuer {
  /** Every path fetched, to show the bot took its keys from here. */
  readonly fetched: string[] = [];
  /** While true, every document is answered 503, as an endpoint having a bad day would. */
  down = false;
  /** How long each answer takes. */
  delayMs = 0;
  /** The Cache-Control header on both documents; none when undefined. */
  cacheControl: string | undefined;
  /** The most requests that were open at the same time. */
  maxInFlight = 0;
  private inFlight = 0;

  private constructor(
    private readonly server: Server,
    readonly key: SigningKey
  ) {}

  static async start(key: SigningKey, endorsements: string[] = ['msteams']): Promise<TokenIssuer> {
    let issuer: TokenIssuer | undefined;
    const server = createServer(async (request, response) => {
      if (!issuer) return;
      issuer.fetched.push(request.url ?? '');
      issuer.inFlight += 1;
      issuer.maxInFlight = Math.max(issuer.maxInFlight, issuer.inFlight);
      response.once('close', () => issuer && (issuer.inFlight -= 1));
      if (issuer.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, issuer?.delayMs));
      if (issuer.down) {
        response.statusCode = 503;
        response.end();
        return;
      }
      if (issuer.cacheControl !== undefined) response.setHeader('cache-control', issuer.cacheControl);
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const documents: Record<string, unknown> = {
        '/v1/.well-known/openidconfiguration': {
          issuer: CHANNEL_ISSUER,
          jwks_uri: `${base}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['private_key_jwt']
        },
        '/v1/.well-known/keys': {
          keys: [{ ...key.publicKey.export({ format: 'jwk' }), kid: key.kid, use: 'sig', endorsements }]
        }
      };
      const document = documents[request.url ?? ''];
      response.statusCode = document ? 200 : 404;
      response.setHeader('content-type', 'application/json');
      response.end(document ? JSON.stringify(document) : '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = new TokenIssuer(server, key);
    return issuer;
  }

  /** How often each document was fetched. */
  count(document: 'metadata' | 'keys'): number {
    const path = document === 'metadata' ? '/v1/.well-known/openidconfiguration' : '/v1/.well-known/keys';
    return this.fetched.filter((fetched) => fetched === path).length;
  }

  reset(): void {
    this.fetched.length = 0;
    this.down = false;
    this.delayMs = 0;
    this.cacheControl = undefined;
    this.maxInFlight = 0;
  }

  get metadataUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
