import { z } from 'zod';
import { parseBusinessHours, type BusinessHours } from './businessHours';
import type { HandoffMode } from '../contracts/liveDesk';
import { AGENT_TOKENS_FIX, DESK_LEADS_FIX, markLeads, parseAgents, type AgentAccount } from './agentAccounts';

export type { AgentAccount } from './agentAccounts';

/**
 * All configuration, read once from the environment and validated here. Every error names the
 * variable and how to fix it; secrets are never echoed back.
 */
export interface Config {
  readonly port: number;
  /**
   * The address to listen on: loopback when nothing authenticates /api/messages (no app id), all
   * interfaces otherwise or when ALLOW_INSECURE_PUBLIC says so; HOST overrides.
   */
  readonly host: string;
  /** Listening beyond loopback with no app id: /api/messages then takes anyone's activities. */
  readonly insecurePublic: boolean;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For to believe for the client's address (rate limits). */
  readonly trustProxy: false | number | string;
  /** Base URL this server is reachable at; the local Direct Line hands it to the bot as `serviceUrl`. */
  readonly publicUrl: string | undefined;
  readonly microsoftApp: {
    readonly appId: string;
    readonly appPassword: string;
    readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    readonly tenantId: string;
    /** Where the channel's token-signing keys are published (sovereign clouds); botbuilder's default otherwise. */
    readonly openIdMetadataUrl: string | undefined;
  };
  readonly storage: StorageConfig;
  readonly defaultLocale: string;
  /** Channel ids that cannot show Adaptive Cards: their choices go out as suggested actions. */
  readonly textOnlyChannels: readonly string[];
  /** How an escalation reaches a person: the built-in agent hub, a recorded ticket, or the Bot Framework handoff protocol. */
  readonly handoffMode: HandoffMode;
  /** The built-in agent hub (`HANDOFF_MODE=hub`). */
  readonly hub: HubConfig;
  /** Where Emulator `.transcript` files are written, if anywhere. */
  readonly transcriptsDir: string | undefined;
  /** What the Teams app package says about who publishes it (https URLs, as Teams requires). */
  readonly teamsApp: {
    readonly developerName: string;
    readonly websiteUrl: string | undefined;
    readonly privacyUrl: string | undefined;
    readonly termsUrl: string | undefined;
  };
  /** Days without activity after which a conversation's records are deleted; 0 keeps them. */
  readonly retentionDays: number;
  /** Seconds after an SMS code arrived at which a user still typing it is reminded it expires (0: never). */
  readonly smsCodeReminderSeconds: number;
  /** Personal data masked like secrets (silently): e-mail addresses, phone numbers, IBANs. */
  readonly maskPersonalData: ReadonlyArray<'email' | 'phone' | 'iban'>;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

/** Where conversations, histories and tickets are kept. */
export interface StorageConfig {
  /** `file`: one process, DATA_DIR (the default); `postgres`: shared by any number of instances; `memory`: lost on restart. */
  readonly kind: 'file' | 'memory' | 'postgres';
  readonly dataDir: string;
  /** PostgreSQL's connection URL (STORAGE=postgres). */
  readonly databaseUrl: string | undefined;
  /** Connections each instance opens at most for queries (as many again wait for conversations' turn locks). */
  readonly databasePoolSize: number;
}

export interface HubConfig {
  /** Who may sign in to the agent console; empty: nobody can, and every user is offered to leave a message. */
  readonly agents: readonly AgentAccount[];
  /** When agents are there to answer; undefined: always. */
  readonly hours: BusinessHours | undefined;
  /** A user waiting this long with no agent accepting is offered to leave a message instead. */
  readonly queueTimeoutMs: number;
  /** Waiting users beyond this are offered to leave a message instead of joining the queue. */
  readonly queueLimit: number;
  /** A user silent this long in a live conversation goes back to the bot. */
  readonly userSilenceMs: number;
  /** An agent whose console is disconnected this long loses their conversations back to the queue. */
  readonly agentGraceMs: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

const fields = {
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  HOST: z.union([z.ipv4(), z.ipv6(), z.literal('localhost')]).optional(),
  ALLOW_INSECURE_PUBLIC: z.enum(['true', 'false']).default('false'),
  TRUST_PROXY: z
    .string()
    // "true" would believe any X-Forwarded-For, letting a client pick the address every limit counts by.
    .regex(/^(false|\d{1,2}|(?!true$)[\w.:/]+(,\s*[\w.:/]+)*)$/)
    .default('false'),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().default(''),
  BotOpenIdMetadata: z.url({ protocol: /^https?$/ }).optional(),
  STORAGE: z.enum(['file', 'memory', 'postgres']).default('file'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(100).default(10),
  DATA_DIR: z.string().min(1).default('./data'),
  DEFAULT_LOCALE: z.string().default('en'),
  TEXT_ONLY_CHANNELS: z
    .string()
    .regex(/^[\w-]+(,[\w-]+)*$/)
    .optional(),
  TRANSCRIPTS_DIR: z.string().min(1).optional(),
  HANDOFF_MODE: z.enum(['hub', 'record', 'protocol']).default('hub'),
  AGENT_TOKENS: z.string().optional(),
  DESK_LEADS: z.string().optional(),
  HANDOFF_HOURS: z.string().optional(),
  HANDOFF_TIMEZONE: z.string().default('UTC'),
  HANDOFF_QUEUE_TIMEOUT_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(15),
  HANDOFF_QUEUE_LIMIT: z.coerce.number().int().positive().max(100_000).default(200),
  HANDOFF_USER_SILENCE_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(10),
  HANDOFF_AGENT_GRACE_SECONDS: z.coerce.number().positive().max(3600).default(60),
  TEAMS_DEVELOPER_NAME: z.string().min(1).max(32).default('Support desk'),
  TEAMS_WEBSITE_URL: z.url({ protocol: /^https$/ }).optional(),
  TEAMS_PRIVACY_URL: z.url({ protocol: /^https$/ }).optional(),
  TEAMS_TERMS_URL: z.url({ protocol: /^https$/ }).optional(),
  RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  // Five minutes before the 30 minutes a code is valid (seed 003).
  SMS_CODE_REMINDER_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(86_400)
    .default(25 * 60),
  MASK_PERSONAL_DATA: z
    .string()
    .regex(/^(none|(email|phone|iban)(,(email|phone|iban))*)$/)
    .default('email,phone,iban'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
} as const;

const fixes: Record<keyof typeof fields, string> = {
  PORT: 'set PORT to a port number, e.g. PORT=3978 (0 picks a free port)',
  HOST: 'set HOST to the IP address to listen on, e.g. HOST=0.0.0.0 (all interfaces) or HOST=127.0.0.1, or leave it unset',
  ALLOW_INSECURE_PUBLIC:
    'set ALLOW_INSECURE_PUBLIC=true only to accept unauthenticated Bot Framework activities from other machines (a lab without an app registration); leave it unset otherwise',
  TRUST_PROXY:
    'set TRUST_PROXY to the number of proxies in front of this server (e.g. 1), or their addresses or "loopback" (not "true": any client could then choose its address), so each client is told apart by its own address; leave it unset when clients connect directly',
  PUBLIC_URL: 'set PUBLIC_URL to the http(s) URL this server is reached at, e.g. PUBLIC_URL=http://localhost:3978, or leave it unset',
  MicrosoftAppId: "set MicrosoftAppId to the bot's Azure app id, or leave it empty for local use",
  MicrosoftAppPassword: 'set MicrosoftAppPassword to the app secret, or leave it empty for local use',
  MicrosoftAppType: 'set MicrosoftAppType to MultiTenant, SingleTenant or UserAssignedMSI',
  MicrosoftAppTenantId: 'set MicrosoftAppTenantId to your Entra tenant id',
  BotOpenIdMetadata: "set BotOpenIdMetadata to your cloud's OpenID metadata URL (sovereign clouds only), or leave it unset",
  STORAGE:
    'set STORAGE to "file" (durable, one process; the default), "postgres" (shared by several instances; needs DATABASE_URL) or "memory" (lost on restart)',
  DATABASE_URL: 'set DATABASE_URL to a PostgreSQL URL, e.g. DATABASE_URL=postgres://bot@127.0.0.1:5432/support',
  DATABASE_POOL_SIZE: 'set DATABASE_POOL_SIZE to how many connections each instance may open for queries, e.g. 10 (PostgreSQL allows 100 in all by default)',
  DATA_DIR: 'set DATA_DIR to a writable folder, e.g. DATA_DIR=./data',
  DEFAULT_LOCALE: 'set DEFAULT_LOCALE to one of the folders in locales/',
  TEAMS_DEVELOPER_NAME: "set TEAMS_DEVELOPER_NAME to your organisation's name (32 characters at most)",
  TEAMS_WEBSITE_URL: 'set TEAMS_WEBSITE_URL to an https URL of your support site',
  TEAMS_PRIVACY_URL: 'set TEAMS_PRIVACY_URL to the https URL of your privacy statement',
  TEAMS_TERMS_URL: 'set TEAMS_TERMS_URL to the https URL of your terms of use',
  TRANSCRIPTS_DIR: 'set TRANSCRIPTS_DIR to a writable folder, e.g. TRANSCRIPTS_DIR=./data/transcripts, or leave it unset',
  HANDOFF_MODE:
    'set HANDOFF_MODE to "hub" (the built-in agent console, the default), "record" (a ticket a person picks up) or "protocol" (a contact centre speaking the Bot Framework handoff protocol)',
  AGENT_TOKENS: AGENT_TOKENS_FIX,
  DESK_LEADS: DESK_LEADS_FIX,
  HANDOFF_HOURS:
    'set HANDOFF_HOURS to days and times separated by semicolons, e.g. HANDOFF_HOURS="mon-fri 09:00-18:00; sat 10:00-14:00", or leave it unset for always',
  HANDOFF_TIMEZONE: 'set HANDOFF_TIMEZONE to an IANA time zone, e.g. HANDOFF_TIMEZONE=Europe/Madrid',
  HANDOFF_QUEUE_TIMEOUT_MINUTES: 'set HANDOFF_QUEUE_TIMEOUT_MINUTES to a number of minutes, e.g. 15',
  HANDOFF_QUEUE_LIMIT: 'set HANDOFF_QUEUE_LIMIT to how many users may wait for an agent at once, e.g. 200',
  HANDOFF_USER_SILENCE_MINUTES: 'set HANDOFF_USER_SILENCE_MINUTES to a number of minutes, e.g. 10',
  HANDOFF_AGENT_GRACE_SECONDS: 'set HANDOFF_AGENT_GRACE_SECONDS to a number of seconds, e.g. 60',
  TEXT_ONLY_CHANNELS: 'set TEXT_ONLY_CHANNELS to channel ids separated by commas, e.g. TEXT_ONLY_CHANNELS=sms,telegram',
  SMS_CODE_REMINDER_SECONDS: 'set SMS_CODE_REMINDER_SECONDS to the seconds after an SMS code arrives at which to remind the user, e.g. 1500, or 0 for never',
  RETENTION_DAYS: 'set RETENTION_DAYS to a number of days (e.g. 30); 0 keeps conversations until a user deletes them',
  MASK_PERSONAL_DATA: 'set MASK_PERSONAL_DATA to the kinds to mask, separated by commas (email, phone, iban), or none',
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
  const authenticated = v.MicrosoftAppId !== '';
  const host = v.HOST ?? (authenticated || v.ALLOW_INSECURE_PUBLIC === 'true' ? '0.0.0.0' : '127.0.0.1');
  const insecurePublic = !authenticated && !isLoopback(host);
  if (insecurePublic && v.ALLOW_INSECURE_PUBLIC !== 'true') {
    problems.push(
      `HOST: ${host} would let anyone on the network post unauthenticated activities, as no MicrosoftAppId is set. Fix: set MicrosoftAppId and MicrosoftAppPassword, unset HOST, or ${fixes.ALLOW_INSECURE_PUBLIC.replace('set ', '')}.`,
    );
  }
  if (v.STORAGE === 'postgres' && !v.DATABASE_URL) problems.push(`DATABASE_URL: required when STORAGE=postgres. Fix: ${fixes.DATABASE_URL}.`);
  const agents = markLeads(parseAgents(v.AGENT_TOKENS, problems), v.DESK_LEADS, problems);
  const timeZoneKnown = isTimeZone(v.HANDOFF_TIMEZONE);
  if (!timeZoneKnown) problems.push(`HANDOFF_TIMEZONE: "${v.HANDOFF_TIMEZONE}" is not a time zone. Fix: ${fixes.HANDOFF_TIMEZONE}.`);
  let hours: BusinessHours | undefined;
  // With an unknown zone the hours cannot be read either: one problem is reported, not two.
  if (v.HANDOFF_HOURS && timeZoneKnown) {
    try {
      hours = parseBusinessHours(v.HANDOFF_HOURS, v.HANDOFF_TIMEZONE);
    } catch (error) {
      problems.push(`HANDOFF_HOURS: ${(error as Error).message}. Fix: ${fixes.HANDOFF_HOURS}.`);
    }
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);

  return Object.freeze({
    port: v.PORT,
    host,
    insecurePublic,
    trustProxy: v.TRUST_PROXY === 'false' ? false : /^\d+$/.test(v.TRUST_PROXY) ? Number(v.TRUST_PROXY) : v.TRUST_PROXY,
    publicUrl: v.PUBLIC_URL?.replace(/\/+$/, ''),
    microsoftApp: Object.freeze({
      appId: v.MicrosoftAppId,
      appPassword: v.MicrosoftAppPassword,
      appType: v.MicrosoftAppType,
      tenantId: v.MicrosoftAppTenantId,
      openIdMetadataUrl: v.BotOpenIdMetadata,
    }),
    storage: Object.freeze({ kind: v.STORAGE, dataDir: v.DATA_DIR, databaseUrl: v.DATABASE_URL, databasePoolSize: v.DATABASE_POOL_SIZE }),
    defaultLocale: v.DEFAULT_LOCALE,
    textOnlyChannels: Object.freeze(v.TEXT_ONLY_CHANNELS?.split(',') ?? []),
    transcriptsDir: v.TRANSCRIPTS_DIR,
    handoffMode: v.HANDOFF_MODE,
    hub: Object.freeze({
      agents: Object.freeze(agents),
      hours,
      queueTimeoutMs: v.HANDOFF_QUEUE_TIMEOUT_MINUTES * 60_000,
      queueLimit: v.HANDOFF_QUEUE_LIMIT,
      userSilenceMs: v.HANDOFF_USER_SILENCE_MINUTES * 60_000,
      agentGraceMs: v.HANDOFF_AGENT_GRACE_SECONDS * 1000,
    }),
    teamsApp: Object.freeze({
      developerName: v.TEAMS_DEVELOPER_NAME,
      websiteUrl: v.TEAMS_WEBSITE_URL,
      privacyUrl: v.TEAMS_PRIVACY_URL,
      termsUrl: v.TEAMS_TERMS_URL,
    }),
    retentionDays: v.RETENTION_DAYS,
    smsCodeReminderSeconds: v.SMS_CODE_REMINDER_SECONDS,
    maskPersonalData: Object.freeze(
      v.MASK_PERSONAL_DATA === 'none' ? [] : ([...new Set(v.MASK_PERSONAL_DATA.split(','))] as Array<'email' | 'phone' | 'iban'>),
    ),
    logLevel: v.LOG_LEVEL,
  });
}

/** A host name or address of this machine only ("localhost", 127.x, ::1). */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `.env` files often carry `NAME=` lines; treat them as unset so defaults apply. */
function emptyAsUnset(env: Env): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== ''));
}
