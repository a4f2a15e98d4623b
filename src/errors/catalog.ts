/**
 * Every error that reaches a log or a person, numbered, so an operator can search for the code
 * and a message can change without breaking that search. Codes are never reused:
 * 1xxx configuration, 2xxx conversation, 3xxx bot edge, 4xxx HTTP server.
 */
export const errorCatalog = {
  invalidConfiguration: {
    code: 1001,
    message: 'Invalid configuration, fix these environment variables: {problems}'
  },
  turnFailed: {
    code: 2001,
    message: 'Handling a {kind} turn failed; the user got the error notice'
  },
  submitDataInvalid: {
    code: 2002,
    message: 'Card button data failed validation; the user got the invalid-action notice'
  },
  submitDataStale: {
    code: 2003,
    message: 'Card button data has version {version}, this bot reads version {current}; the user got the stale-action notice'
  },
  tenantNotAllowed: {
    code: 2004,
    message: 'Turn from a tenant outside ALLOWED_TENANT_IDS; the user got the tenant-not-allowed notice'
  },
  unhandledTurnError: {
    code: 3001,
    message: 'Unhandled error in the bot turn; sending the error notice'
  },
  errorNoticeFailed: {
    code: 3002,
    message: 'Could not send the error notice after a failed turn'
  },
  unsupportedInvoke: {
    code: 3003,
    message: 'Invoke {name} is not supported; answered {status}'
  },
  serverListenFailed: {
    code: 4001,
    message: 'Could not listen on {host}:{port}: {reason}'
  }
} as const satisfies Record<string, CatalogEntry>;

export interface CatalogEntry {
  code: number;
  /** `{name}` placeholders are filled from the parameters. */
  message: string;
}

export type CatalogKey = keyof typeof errorCatalog;

/** "CSP1001" */
export function errorCode(key: CatalogKey): string {
  return `CSP${errorCatalog[key].code}`;
}

/** The catalog message with its placeholders filled; a missing parameter stays visible as `{name}`. */
export function formatError(key: CatalogKey, params: Record<string, string | number> = {}): string {
  const text = errorCatalog[key].message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder
  );
  return `${errorCode(key)} ${text}`;
}

/** An error from the catalog: its message starts with the code, and `code` is kept for logs and tests. */
export class CatalogError extends Error {
  readonly code: string;

  constructor(key: CatalogKey, params: Record<string, string | number> = {}, options?: ErrorOptions) {
    super(formatError(key, params), options);
    this.name = 'CatalogError';
    this.code = errorCode(key);
  }
}
