import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { Config } from '../bot/config/config';
import type { LocaleCatalog, MessageTree } from '../bot/locales/localeCatalog';
import { colorIcon, outlineIcon } from './icons';

/**
 * Builds the Microsoft Teams app package (manifest.json, icons, one localization file per
 * language) from configuration and the locale files. The bot id comes from MicrosoftAppId.
 */
export const MANIFEST_VERSION = '1.30';
export const MANIFEST_SCHEMA_URL = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;
const APP_VERSION = '1.0.0';
const ACCENT: readonly [number, number, number] = [0x16, 0x77, 0xff];
const ACCENT_HEX = '#1677FF';
/** Teams language tags for our locale folders. */
const LANGUAGE_TAGS: Readonly<Record<string, string>> = { en: 'en-us', zh: 'zh-cn', es: 'es-es', fr: 'fr-fr', el: 'el-gr', ko: 'ko-kr' };
const SCOPES = ['personal', 'team', 'groupChat'] as const;
/** Command suggestions, in the order Teams shows them. */
const COMMANDS = ['menu', 'activate', 'person', 'restart'] as const;

export class TeamsPackageError extends Error {
  override readonly name = 'TeamsPackageError';
}

export interface TeamsPackage {
  readonly manifest: Record<string, unknown>;
  readonly files: Readonly<Record<string, Buffer | string>>;
  zip(): Promise<Buffer>;
}

export function buildTeamsPackage(config: Config, catalog: LocaleCatalog): TeamsPackage {
  const { appId } = config.microsoftApp;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(appId)) {
    throw new TeamsPackageError(
      "MicrosoftAppId: the Teams package needs the bot's Azure app id (a GUID). Fix: set MicrosoftAppId in .env to the id of your Azure Bot registration.",
    );
  }
  const { developerName, websiteUrl, privacyUrl, termsUrl } = config.teamsApp;
  const missing = Object.entries({ TEAMS_WEBSITE_URL: websiteUrl, TEAMS_PRIVACY_URL: privacyUrl, TEAMS_TERMS_URL: termsUrl })
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length > 0) {
    throw new TeamsPackageError(
      `${missing.join(', ')}: Teams requires https links to your site, privacy statement and terms. Fix: set them in .env (see .env.example).`,
    );
  }

  const defaultLocale = config.defaultLocale;
  const strings = (lng: string) => catalog.messages[lng].teams as MessageTree;
  const text = (lng: string, path: string): string => {
    const value = path.split('.').reduce<MessageTree | string>((node, key) => (node as MessageTree)[key], strings(lng));
    if (typeof value !== 'string') throw new TeamsPackageError(`locales/${lng}/teams.json has no "${path}"`);
    return value;
  };

  const manifest = {
    $schema: MANIFEST_SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: APP_VERSION,
    id: stableGuid(`teams-app:${appId}`),
    developer: { name: developerName, websiteUrl, privacyUrl, termsOfUseUrl: termsUrl },
    name: { short: text(defaultLocale, 'name.short'), full: text(defaultLocale, 'name.full') },
    description: { short: text(defaultLocale, 'description.short'), full: text(defaultLocale, 'description.full') },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: ACCENT_HEX,
    bots: [
      {
        botId: appId,
        scopes: [...SCOPES],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [
          {
            scopes: [...SCOPES],
            commands: COMMANDS.map((c) => ({
              title: text(defaultLocale, `commands.${c}.title`),
              description: text(defaultLocale, `commands.${c}.description`),
            })),
          },
        ],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [],
    localizationInfo: {
      defaultLanguageTag: LANGUAGE_TAGS[defaultLocale] ?? defaultLocale,
      additionalLanguages: catalog.languages
        .filter((lng) => lng !== defaultLocale)
        .map((lng) => ({ languageTag: LANGUAGE_TAGS[lng] ?? lng, file: `${lng}.json` })),
    },
  };

  const localization = (lng: string): string =>
    JSON.stringify(
      {
        $schema: LOCALIZATION_SCHEMA_URL,
        'name.short': text(lng, 'name.short'),
        'name.full': text(lng, 'name.full'),
        'description.short': text(lng, 'description.short'),
        'description.full': text(lng, 'description.full'),
        ...Object.fromEntries(
          COMMANDS.flatMap((c, i) => [
            [`bots[0].commandLists[0].commands[${i}].title`, text(lng, `commands.${c}.title`)],
            [`bots[0].commandLists[0].commands[${i}].description`, text(lng, `commands.${c}.description`)],
          ]),
        ),
      },
      null,
      2,
    );

  const files: Record<string, Buffer | string> = {
    'manifest.json': JSON.stringify(manifest, null, 2),
    'color.png': colorIcon(ACCENT),
    'outline.png': outlineIcon(),
    ...Object.fromEntries(catalog.languages.filter((lng) => lng !== defaultLocale).map((lng) => [`${lng}.json`, localization(lng)])),
  };

  return {
    manifest,
    files,
    zip: async () => {
      const zip = new JSZip();
      // A fixed date keeps the zip byte-for-byte the same for the same inputs.
      for (const [name, content] of Object.entries(files)) zip.file(name, content, { date: new Date('2026-01-01T00:00:00Z') });
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    },
  };
}

/** A GUID derived from a name, so rebuilding the package keeps the same Teams app id. */
function stableGuid(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
