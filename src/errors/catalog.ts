/**
 * Every error that reaches a log or a person, numbered, so an operator can search for the code
 * and a message can change without breaking that search. Codes are never reused:
 * 1xxx configuration, 2xxx conversation, 3xxx bot edge, 4xxx HTTP server, 5xxx storage.
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
    message: 'Card button data has version {version}, this bot reads versions {current}; the user got the stale-action notice'
  },
  tenantNotAllowed: {
    code: 2004,
    message: 'Turn from a tenant outside ALLOWED_TENANT_IDS; the user got the tenant-not-allowed notice'
  },
  feedbackNotStored: {
    code: 2005,
    message: 'Feedback could not be stored; the user got the error message and the card stayed as it was'
  },
  searchQueryRefused: {
    code: 2006,
    message: 'Message extension query refused ({problem}); the user got a hint instead of results'
  },
  unansweredNotStored: {
    code: 2101,
    message: '{count} unanswered question record(s) could not be written; the users got their answers all the same'
  },
  expertPostFailed: {
    code: 2102,
    message: 'A question could not be posted to the experts\' channel; the asker was told to try again later'
  },
  expertCardNotUpdated: {
    code: 2103,
    message: 'The experts\' card of question {ticketId} could not be updated in the channel; it is current in the store'
  },
  expertAskerNotNotified: {
    code: 2104,
    message: 'The asker of question {ticketId} could not be sent the experts\' reply; the card in the channel says so'
  },
  expertActionRefused: {
    code: 2105,
    message: 'A {verb} click on an experts\' card came from outside the experts\' team; refused'
  },
  expertsChannelRefused: {
    code: 2106,
    message: '"experts here" from outside the team that holds the experts\' channel; refused'
  },
  expertsLookupFailed: {
    code: 2107,
    message: 'Could not read whether this tenant has an experts\' channel; the answer went out without "Ask an expert"'
  },
  unansweredDropped: {
    code: 2108,
    message: '{dropped} unanswered question record(s) were not kept: {max} were already waiting for the store; the users got their answers all the same'
  },
  writeRateLimited: {
    code: 2008,
    message: 'A {kind} over the per-{scope} limit (RATE_LIMIT_PER_USER, RATE_LIMIT_PER_TENANT) was not stored; the user was asked to retry in {retryAfterSeconds} s'
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
  tenantInvokeRefused: {
    code: 3004,
    message: 'Invoke {name} from a tenant outside ALLOWED_TENANT_IDS; answered 403'
  },
  connectorRetrying: {
    code: 3005,
    message: 'The connector could not take a reply ({reason}); retrying in {delayMs} ms, attempt {attempt} of {attempts}'
  },
  connectorGaveUp: {
    code: 3006,
    message: 'Gave up sending to the connector after {attempts} attempt(s) in {elapsedMs} ms: {reason}'
  },
  authenticationFailed: {
    code: 3007,
    message: 'Refused a request with 401: {reason}'
  },
  signingKeysUnavailable: {
    code: 3008,
    message:
      'The token signing keys from {url} cannot be had ({reason}); requests with a token are answered 503 until they can; ' +
      'next attempt in {retryMs} ms'
  },
  signingKeysStale: {
    code: 3009,
    message: 'Could not fetch the token signing keys from {url} again ({reason}); using the keys held until {until}; next attempt in {retryMs} ms'
  },
  serverListenFailed: {
    code: 4001,
    message: 'Could not listen on {host}:{port}: {reason}'
  },
  requestRefused: {
    code: 4002,
    message: 'Refused a request with {status} before it reached the bot (not a JSON activity, too large, compressed, or shutting down)'
  },
  requestFailed: {
    code: 4003,
    message: 'Unexpected error while serving a request; answered 500'
  },
  shutdownTimedOut: {
    code: 4004,
    message: 'Open requests did not finish within {graceMs} ms of {signal}; exiting with code 1'
  },
  processCrashed: {
    code: 4005,
    message: 'Unhandled {kind}; exiting with code 1 so that the process is restarted'
  },
  dataFolderLocked: {
    code: 5001,
    message:
      'The data folder {folder} is in use by process {pid} on {host}; one folder serves one bot process. ' +
      'Stop that process or set DATA_DIR to another folder; if that process is gone, delete {lockFile}'
  },
  dataFolderUnusable: {
    code: 5002,
    message: 'Cannot use the data folder {folder} (set by DATA_DIR): {reason}'
  },
  storedItemUnreadable: {
    code: 5003,
    message: 'The stored item {key} in {file} is not a JSON object; restore it from a backup or delete the file'
  },
  storageETagConflict: {
    code: 5004,
    message: 'Storage: error writing "{key}" due to eTag conflict'
  },
  storageKeyInvalid: {
    code: 5005,
    message: 'Storage keys must be 1 to {max} characters; got one of {length}'
  },
  storedExpertsUnreadable: {
    code: 5101,
    message: 'The stored item {key} is not an experts\' channel or question this bot can read; delete it'
  },
  countsNotStored: {
    code: 5103,
    message: 'The answer counts could not be written; they are kept in memory and written at the next flush'
  },
  retentionFailed: {
    code: 5102,
    message: 'Deleting records older than {days} days failed; it is tried again at the next sweep'
  },
  dataFolderLost: {
    code: 5010,
    message:
      'The data folder {folder} is now locked by process {pid} on {host}; this process no longer writes to it. ' +
      'Stop one of the two, and give each its own DATA_DIR'
  },
  storageClosed: {
    code: 5006,
    message: 'The file store on {folder} was used after it was closed'
  },
  azureStoreUnreachable: {
    code: 5007,
    message:
      'Cannot use the Azure table {table} at {endpoint}: {reason}. Check AZURE_STORAGE_CONNECTION_STRING, ' +
      'AZURE_STORAGE_NAME and that this host can reach the storage account'
  },
  storedItemTooLarge: {
    code: 5008,
    message: 'The item {key} is {length} bytes as JSON; the Azure store takes at most {max}'
  },
  azureStoreFailed: {
    code: 5009,
    message: 'The Azure store could not {operation}: {reason}'
  },
  policyStatusUnreadable: {
    code: 6001,
    message:
      'The policy status file {file} cannot be read ({problem}); answers keep the last drift finding. ' +
      'Run npm run policy:check again, or delete the file'
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
