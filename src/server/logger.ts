import pino, { type Logger } from 'pino';
import type { LogLevel } from '../config/config';
import { currentRequest } from './requestContext';

/**
 * Only these fields of an error are logged: SDK errors carry enumerable extras such as the HTTP request
 * (whose body is a card showing the user's question), and what users type is never logged.
 */
function errorFields(error: Error): Record<string, unknown> {
  const { type, message, stack, code, statusCode } = pino.stdSerializers.err(error) as Record<string, unknown>;
  return { type, message, stack, code, statusCode };
}

/**
 * JSON lines on stdout. Turns are logged by kind, conversation type, verdict and error code, never by text.
 * A line written while serving a request carries that request's id (see requestContext).
 * Secrets never reach a log call: the configuration is logged through redactedConfig and errors through
 * errorFields. No pino `redact` list: it cost about 10 µs on every line of the hot path (docs/PERFORMANCE.md).
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'csp-comms-bot' },
    serializers: { err: errorFields },
    mixin: () => ({ ...currentRequest() })
  };
  return destination ? pino(options, destination) : pino(options);
}
