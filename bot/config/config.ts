import { z } from 'zod';

/**
 * All configuration, read once from the environment and validated here. Every error names the
 * variable and how to fix it; secrets are never echoed back.
 */
export interface Config {
  readonly port: number;
  /** Base URL this server is reachable at; the local Direct Line hands it to the bot as `serviceUrl`. */
  readonly publicUrl: string | undefined;
  readonly microsoftApp: {
    readonly appId: string;
    readonly appPassword: string;
    readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    readonly tenantId: string;
  };
  readonly storage: { readonly kind: 'file' | 'memory'; readonly dataDir: string };
  readonly defaultLocale: string;
  /** Channel ids that cannot show Adaptive Cards: their choices go out as suggested actions. */
  readonly textOnlyChannels: readonly string[];
  /** How an escalation reaches a person: a recorded ticket, or the Bot Framework handoff protocol. */
  readonly handoffMode: 'record' | 'protocol';
  /** Where Emulator `.transcript` files are written, if anywhere. */
  readonly transcriptsDir: string | undefined;
  /** What the Teams app package says about who publishes it (https URLs, as Teams requires). */
  readonly teamsApp: {
    readonly developerName: string;
    readonly websiteUrl: string | undefined;
    readonly privacyUrl: string | undefined;
    readonly termsUrl: string | undefined;
  };
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

const fields = {
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().default(''),
  STORAGE: z.enum(['file', 'memory']).default('file'),
  DATA_DIR: z.string().min(1).default('./data'),
  DEFAULT_LOCALE: z.string().default('en'),
  TEXT_ONLY_CHANNELS: z.string().regex(/^[\w-]+(,[\w-]+)*$/).optional(),
  TRANSCRIPTS_DIR: z.string().min(1).optional(),
  HANDOFF_MODE: z.enum(['record', 'protocol']).default('record'),
  TEAMS_DEVELOPER_NAME: z.string().min(1).max(32).default('Support desk'),
  TEAMS_WEBSITE_URL: z.url({ protocol: /^https$/ }).optional(),
  TEAMS_PRIVACY_URL: z.url({ protocol: /^https$/ }).optional(),
  TEAMS_TERMS_URL: z.url({ protocol: /^https$/ }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
} as const;

const fixes: Record<keyof typeof fields, string> = {
  PORT: 'set PORT to a port number, e.g. PORT=3978 (0 picks a free port)',
  PUBLIC_URL: 'set PUBLIC_URL to the http(s) URL this server is reached at, e.g. PUBLIC_URL=http://localhost:3978, or leave it unset',
  MicrosoftAppId: 'set MicrosoftAppId to the bot\'s Azure app id, or leave it empty for local use',
  MicrosoftAppPassword: 'set MicrosoftAppPassword to the app secret, or leave it empty for local use',
  MicrosoftAppType: 'set MicrosoftAppType to MultiTenant, SingleTenant or UserAssignedMSI',
  MicrosoftAppTenantId: 'set MicrosoftAppTenantId to your Entra tenant id',
  STORAGE: 'set STORAGE to "file" (durable, the default) or "memory" (lost on restart)',
  DATA_DIR: 'set DATA_DIR to a writable folder, e.g. DATA_DIR=./data',
  DEFAULT_LOCALE: 'set DEFAULT_LOCALE to one of the folders in locales/',
  TEAMS_DEVELOPER_NAME: 'set TEAMS_DEVELOPER_NAME to your organisation\'s name (32 characters at most)',
  TEAMS_WEBSITE_URL: 'set TEAMS_WEBSITE_URL to an https URL of your support site',
  TEAMS_PRIVACY_URL: 'set TEAMS_PRIVACY_URL to the https URL of your privacy statement',
  TEAMS_TERMS_URL: 'set TEAMS_TERMS_URL to the https URL of your terms of use',
  TRANSCRIPTS_DIR: 'set TRANSCRIPTS_DIR to a writable folder, e.g. TRANSCRIPTS_DIR=./data/transcripts, or leave it unset',
  HANDOFF_MODE: 'set HANDOFF_MODE to "record" (a ticket a person picks up, the default) or "protocol" (a contact centre speaking the Bot Framework handoff protocol)',
  TEXT_ONLY_CHANNELS: 'set TEXT_ONLY_CHANNELS to channel ids separated by commas, e.g. TEXT_ONLY_CHANNELS=sms,telegram',
  LOG_LEVEL: 'set LOG_LEVEL to one of fatal, error, warn, info, debug, trace, silent',
};

export function loadConfig(env: Env, availableLocales: readonly string[]): Config {
  const parsed = z.object(fields).safeParse(emptyAsUnset(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]) as keyof typeof fields;
      return `${name}: ${issue.message}. Fix: ${fixes[name]}.`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const v = parsed.data;
  const problems: string[] = [];
  if (!availableLocales.includes(v.DEFAULT_LOCALE)) {
    problems.push(`DEFAULT_LOCALE: "${v.DEFAULT_LOCALE}" has no folder in locales/. Fix: use one of ${availableLocales.join(', ')}.`);
  }
  if (v.MicrosoftAppId && v.MicrosoftAppType !== 'UserAssignedMSI' && !v.MicrosoftAppPassword) {
    problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set. Fix: ' + fixes.MicrosoftAppPassword + '.');
  }
  if (v.MicrosoftAppType !== 'MultiTenant' && !v.MicrosoftAppTenantId) {
    problems.push(`MicrosoftAppTenantId: required when MicrosoftAppType is ${v.MicrosoftAppType}. Fix: ${fixes.MicrosoftAppTenantId}.`);
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);

  return Object.freeze({
    port: v.PORT,
    publicUrl: v.PUBLIC_URL?.replace(/\/+$/, ''),
    microsoftApp: Object.freeze({
      appId: v.MicrosoftAppId,
      appPassword: v.MicrosoftAppPassword,
      appType: v.MicrosoftAppType,
      tenantId: v.MicrosoftAppTenantId,
    }),
    storage: Object.freeze({ kind: v.STORAGE, dataDir: v.DATA_DIR }),
    defaultLocale: v.DEFAULT_LOCALE,
    textOnlyChannels: Object.freeze(v.TEXT_ONLY_CHANNELS?.split(',') ?? []),
    transcriptsDir: v.TRANSCRIPTS_DIR,
    handoffMode: v.HANDOFF_MODE,
    teamsApp: Object.freeze({
      developerName: v.TEAMS_DEVELOPER_NAME,
      websiteUrl: v.TEAMS_WEBSITE_URL,
      privacyUrl: v.TEAMS_PRIVACY_URL,
      termsUrl: v.TEAMS_TERMS_URL,
    }),
    logLevel: v.LOG_LEVEL,
  });
}

/** `.env` files often carry `NAME=` lines; treat them as unset so defaults apply. */
function emptyAsUnset(env: Env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== ''),
  );
}
