import {
  ActivityHandler,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory
} from 'botbuilder';
import restify from 'restify';
import { floorCard } from './floorCard';

/**
 * The floor: the smallest botbuilder + restify bot that answers every message with one fixed Adaptive Card.
 * Whatever our bot costs beyond this is the price of understanding, deciding, rendering, validating and logging.
 * Local mode like ours (MicrosoftAppId empty), loopback, the port from PORT.
 */
const adapter = new CloudAdapter(
  new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppType: 'MultiTenant',
    MicrosoftAppTenantId: ''
  })
);

class FloorBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(floorCard)));
      await next();
    });
  }
}

const bot = new FloorBot();
const server = restify.createServer();
// CloudAdapter needs the body parsed; this is the parser every botbuilder + restify sample uses.
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
  await adapter.process(req, res, (context) => bot.run(context));
});

server.listen(Number(process.env.PORT ?? 3978), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
