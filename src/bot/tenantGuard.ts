import { ActivityTypes, type InvokeResponse, type Middleware, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { noticeSummary } from '../cards/render';
import { errorCode, formatError } from '../errors/catalog';
import { languageOfLocale } from '../language/language';
import { originOf } from './inbound';

/** The Universal Actions error type; Teams shows the message in place of the result. */
const ERROR_RESPONSE = 'application/vnd.microsoft.error';

/**
 * Refuses invokes (card actions, message-extension queries, any other) from tenants outside ALLOWED_TENANT_IDS
 * with a 403 invoke response, before any surface sees them. It runs after authentication, so only a real
 * Teams request can learn that it was refused. Messages and installs go on to the conversation core,
 * which answers them with the polite tenant-not-allowed card.
 */
export function tenantGuard(allowedTenantIds: readonly string[], logger: Logger): Middleware {
  const allowed = new Set(allowedTenantIds.map((id) => id.toLowerCase()));
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const { activity } = context;
      if (allowed.size === 0 || activity.type !== ActivityTypes.Invoke) return next();
      const origin = originOf(activity);
      const tenantId = origin.ref.tenantId;
      if (tenantId !== undefined && allowed.has(tenantId.toLowerCase())) return next();

      const name = typeof activity.name === 'string' && activity.name !== '' ? activity.name.slice(0, 100) : '(no name)';
      logger.warn({ code: errorCode('tenantInvokeRefused'), tenantId, invoke: name }, formatError('tenantInvokeRefused', { name }));
      const message = noticeSummary(languageOfLocale(origin.locale) ?? 'en', 'tenant-not-allowed');
      const response: InvokeResponse = {
        status: 403,
        body: { statusCode: 403, type: ERROR_RESPONSE, value: { code: 'Forbidden', message } }
      };
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: response });
    }
  };
}
