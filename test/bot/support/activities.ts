/**
 * Teams-shaped activities as the Bot Framework service posts them to /api/messages.
 * Ids follow Teams' formats (28: bot, 29: user, 19: chat or channel) but are made up.
 */
export type ConversationKind = 'personal' | 'groupChat' | 'channel';

export const BOT = { id: '28:3f0c1e2a-7d44-4c3b-9a61-2b8f5e0d9c17', name: 'CSP Bot' };
export const USER = { id: '29:1a2b3c4d-user', aadObjectId: '6c1f4d2e-8b3a-4f5e-9d7c-0a1b2c3d4e5f', name: 'Dana Partner' };
export const OTHER_USER = { id: '29:9z8y7x-other', aadObjectId: '0f9e8d7c-6b5a-4c3d-2e1f-a0b9c8d7e6f5', name: 'Sam' };
export const TENANT_ID = '72f988bf-0000-4000-8000-00000000c5b0';

const TEAM_ID = '19:team0id@thread.tacv2';
const CHANNEL_ID = '19:general0channel@thread.tacv2';

const conversationIds: Record<ConversationKind, string> = {
  personal: 'a:1Xq7personalchatid',
  groupChat: '19:meeting_groupchat@thread.v2',
  // A channel message's conversation id names its thread, so a reply to it lands in that thread.
  channel: `${CHANNEL_ID};messageid=1732570000000`
};

let sequence = 0;

export interface ActivityOptions {
  serviceUrl: string;
  conversation?: ConversationKind;
  locale?: string;
  tenantId?: string;
}

export type Activity = Record<string, unknown> & { id: string; conversation: { id: string; [key: string]: unknown } };

function base(type: string, options: ActivityOptions): Activity {
  const kind = options.conversation ?? 'personal';
  const tenantId = options.tenantId ?? TENANT_ID;
  sequence += 1;
  return {
    type,
    id: `1732570${String(sequence).padStart(6, '0')}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    from: USER,
    recipient: BOT,
    conversation: {
      id: conversationIds[kind],
      conversationType: kind,
      tenantId,
      ...(kind === 'personal' ? {} : { isGroup: true })
    },
    locale: options.locale ?? 'en-US',
    channelData: {
      tenant: { id: tenantId },
      ...(kind === 'channel' ? { team: { id: TEAM_ID }, channel: { id: CHANNEL_ID } } : {})
    }
  };
}

export function message(text: string, options: ActivityOptions): Activity {
  return { ...base('message', options), text, textFormat: 'plain' };
}

/** A message that @mentions the bot the way Teams writes it: `<at>Name</at>` in the text plus a mention entity. */
export function mentioningMessage(text: string, options: ActivityOptions): Activity {
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...message(`${mention} ${text}`, options),
    entities: [{ type: 'mention', mentioned: BOT, text: mention }]
  };
}

/** An Action.Submit click: Teams sends the button's data as `value`, with no text. */
export function submit(value: unknown, options: ActivityOptions): Activity {
  return { ...base('message', options), value };
}

export function membersAdded(members: { id: string; name?: string }[], options: ActivityOptions): Activity {
  return {
    ...base('conversationUpdate', options),
    membersAdded: members,
    channelData: { tenant: { id: options.tenantId ?? TENANT_ID }, eventType: 'teamMemberAdded' }
  };
}

export function invoke(name: string, value: unknown, options: ActivityOptions): Activity {
  return { ...base('invoke', options), name, value };
}

/** An Action.Execute click: the adaptiveCard/action invoke. */
export function execute(verb: string, data: unknown, options: ActivityOptions): Activity {
  return invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' }, options);
}

/** Teams' installationUpdate, sent besides the conversationUpdate when the app is added, upgraded or removed. */
export function installationUpdate(action: string, options: ActivityOptions): Activity {
  return { ...base('installationUpdate', options), action };
}

/** A search typed into the message extension: the composeExtension/query invoke with the given parameters. */
export function messageExtensionQuery(parameters: unknown, options: ActivityOptions, commandId = 'searchPolicy'): Activity {
  return invoke('composeExtension/query', { commandId, parameters, queryOptions: { skip: 0, count: 25 } }, options);
}
