import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Middleware, type TurnContext } from 'botbuilder';
import type { Config } from '../config/config';
import type { Logger } from '../logging/logger';
import type { Translator } from '../locales/translator';
import type { LocalChannel } from './localChannel';
import { AuthenticationConstants } from 'botframework-connector';
import { CallerIdConstants } from 'botframework-schema';

export interface AdapterDeps {
  readonly config: Config;
  readonly middleware: readonly Middleware[];
  readonly translator: Translator;
  readonly logger: Logger;
  /** The conversation's stored language, for the apology after an error. */
  readonly localeOf: (context: TurnContext) => Promise<string | undefined>;
  /** The built-in Direct Line, whose replies are signed with its own secret rather than an Azure token. */
  readonly localChannel?: LocalChannel;
}

/**
 * The one place that builds the Bot Framework adapter. With an app id, /api/messages takes only
 * activities signed by the Bot Framework; with none (local use, loopback only unless
 * ALLOW_INSECURE_PUBLIC says otherwise) it takes the Emulator's unsigned ones.
 */
export function createAdapter({ config, middleware, translator, logger, localeOf, localChannel }: AdapterDeps): CloudAdapter {
  const { appId, appPassword, appType, tenantId, openIdMetadataUrl } = config.microsoftApp;
  const settings = {
    MicrosoftAppId: appId,
    MicrosoftAppPassword: appPassword,
    MicrosoftAppType: appType,
    MicrosoftAppTenantId: tenantId,
    ...(openIdMetadataUrl ? publicCloudWithKeysFrom(openIdMetadataUrl) : {}),
  };
  const auth = localChannel ? localChannel.authentication(settings) : new ConfigurationBotFrameworkAuthentication(settings);
  const adapter = new CloudAdapter(auth);
  for (const m of middleware) adapter.use(m);

  // One conversation's failure is logged and apologised for; the error text never reaches the channel.
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, conversationId: context.activity.conversation?.id, channelId: context.activity.channelId }, 'turn failed');
    try {
      const locale = (await localeOf(context)) ?? context.activity.locale?.split(/[-_]/)[0] ?? config.defaultLocale;
      const t = translator.forLocale(translator.languages.includes(locale) ? locale : config.defaultLocale);
      await context.sendActivity(t('common.error.apology'));
    } catch (sendError) {
      logger.error({ err: sendError }, 'could not send the error apology');
    }
  };
  return adapter;
}

/**
 * botbuilder takes any one cloud setting as "configure everything": the public cloud's values,
 * with the signing keys read from `url` instead.
 */
function publicCloudWithKeysFrom(url: string): Record<string, string> {
  return {
    ToBotFromChannelOpenIdMetadataUrl: url,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}
