/**
 * Which folder may import which: imports point one way, from the channels down to the dialogs.
 *
 *   index.ts, bot/app.ts, bot/assembleBot.ts   wiring
 *   bot/channels                   HTTP routes: Direct Line, Web Chat, the agent console
 *   bot/botframework               the botbuilder glue: bot, adapter, middleware, renderer, handoff protocol
 *   bot/conversation, bot/handoff  the engine; the agent hub and tickets
 *   bot/understanding              reading what people type
 *   bot/config, locales, logging, privacy, storage, outcomes, concurrency, retention, timers   services every layer may use
 *   bot/contracts                  shared types (messages, replies, stored conversation, desk ports)
 *   dialogs                        pure procedures and knowledge: no bot/ at all
 *
 * tools/ (command-line tools) may use anything; nothing imports it or test/.
 * `npm run lint:imports` checks it.
 */
const layer = (name, folders) => ({ name, path: `^(${folders.join('|')})/` });
const CHANNELS = ['bot/channels'];
const GLUE = ['bot/botframework'];
const ENGINE = ['bot/conversation', 'bot/handoff'];
const UNDERSTANDING = ['bot/understanding'];
const SERVICES = ['bot/config', 'bot/locales', 'bot/logging', 'bot/privacy', 'bot/storage', 'bot/outcomes', 'bot/concurrency', 'bot/retention', 'bot/timers'];
const CONTRACTS = ['bot/contracts'];

/** A rule that `from` may not import any of `higher`. */
const below = (name, from, higher, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: `^(${from.join('|')})/` },
  to: { path: `^(${higher.join('|')})/|^bot/(app|assembleBot)\\.ts$|^index\\.ts$` },
});

module.exports = {
  forbidden: [
    below('dialogs-know-no-bot', ['dialogs'], ['bot', 'tools', 'test'], 'Procedures are pure machines: they emit message keys, the bot renders them.'),
    below(
      'contracts-are-lowest',
      CONTRACTS,
      [...SERVICES, ...UNDERSTANDING, ...ENGINE, ...GLUE, ...CHANNELS, 'tools', 'test'],
      'Shared types depend on nothing above them.',
    ),
    below(
      'services-below-understanding',
      SERVICES,
      [...UNDERSTANDING, ...ENGINE, ...GLUE, ...CHANNELS, 'tools', 'test'],
      'Services are used by every layer above.',
    ),
    below('understanding-below-engine', UNDERSTANDING, [...ENGINE, ...GLUE, ...CHANNELS, 'tools', 'test'], 'Reading text knows nothing of the conversation.'),
    below('engine-below-glue', ENGINE, [...GLUE, ...CHANNELS, 'tools', 'test'], 'The engine never sees botbuilder or HTTP.'),
    below('glue-below-channels', GLUE, [...CHANNELS, 'tools', 'test'], 'The botbuilder glue does not know the routes.'),
    below('channels-below-wiring', CHANNELS, ['tools', 'test'], 'Routes are wired by app.ts.'),
    {
      name: 'engine-wings-apart',
      comment: 'The conversation engine and the agent hub meet only through the desk ports in bot/contracts.',
      severity: 'error',
      from: { path: '^bot/(conversation|handoff)/' },
      to: { path: '^bot/(conversation|handoff)/', pathNot: '^bot/$1/' },
    },
    {
      name: 'botbuilder-behind-the-glue',
      comment: 'Only the glue, the channels and the storage adapters touch botbuilder, so swapping the SDK touches those.',
      severity: 'error',
      from: { path: '^(dialogs|bot/(contracts|conversation|understanding|config|locales|logging|privacy|outcomes|concurrency))/' },
      to: { path: 'node_modules/(botbuilder|botframework-)' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    { name: 'nothing-imports-tools-or-tests', severity: 'error', from: { pathNot: '^(tools|test)/' }, to: { path: '^(tools|test)/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
