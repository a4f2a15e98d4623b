import pino, { type Logger } from 'pino';
import type { LogLevel } from '../config/config';

/**
 * JSON lines on stdout. What users type is never logged: turns are logged by kind, conversation type and
 * error code only. The redact list is a second line of defence for secrets passed by mistake.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'csp-comms-bot' },
    redact: { paths: ['microsoftAppPassword', '*.microsoftAppPassword', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' }
  };
  return destination ? pino(options, destination) : pino(options);
}
