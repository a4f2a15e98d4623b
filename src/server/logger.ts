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
 * The redact list is a second line of defence for secrets passed by mistake.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'csp-comms-bot' },
    serializers: { err: errorFields },
    mixin: () => ({ ...currentRequest() }),
    redact: {
      paths: ['microsoftAppPassword', '*.microsoftAppPassword', 'headers.authorization', '*.headers.authorization'],
      censor: '[redacted]'
    }
  };
  return destination ? pino(options, destination) : pino(options);
}
