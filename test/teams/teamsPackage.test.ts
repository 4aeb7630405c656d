import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { loadConfig } from '../../bot/config/config';
import { projectRoot } from '../../bot/config/paths';
import { buildTeamsPackage, MANIFEST_VERSION, TeamsPackageError } from '../../teams/teamsPackage';
import { LOCALES, testCatalog, testUnderstanding } from '../support/fixtures';

/** The Teams schemas shipped in @microsoft/app-manifest: validated offline, never fetched. */
const schemaDir = join(projectRoot(), 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams', `v${MANIFEST_VERSION}`);
const schema = (name: string) => JSON.parse(readFileSync(join(schemaDir, name), 'utf8'));

const env = {
  MicrosoftAppId: '11111111-2222-4333-8444-555555555555',
  MicrosoftAppPassword: 'not-a-real-secret',
  TEAMS_WEBSITE_URL: 'https://support.example.com',
  TEAMS_PRIVACY_URL: 'https://support.example.com/privacy',
  TEAMS_TERMS_URL: 'https://support.example.com/terms',
};

describe('the Teams app package', () => {
  const catalog = testCatalog();
  let files: Record<string, Buffer>;

  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await buildTeamsPackage(loadConfig(env, catalog.languages), catalog).zip());
    files = Object.fromEntries(await Promise.all(Object.keys(zip.files).map(async (name) => [name, await zip.file(name)!.async('nodebuffer')])));
  });

  const validator = () => {
    // The Teams schemas' patterns are plain ECMA-262 regexes, not valid under the u flag Ajv uses by default.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    return ajv;
  };

  it('has a manifest valid against the Teams schema, with the bot id from configuration and three scopes', () => {
    const manifest = JSON.parse(files['manifest.json'].toString('utf8'));
    const validate = validator().compile(schema('MicrosoftTeams.schema.json'));
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
    // The schema does reject what it should.
    expect(validate({ ...manifest, accentColor: 'blue' })).toBe(false);
    expect(manifest.manifestVersion).toBe(MANIFEST_VERSION);
    expect(manifest.bots[0]).toMatchObject({ botId: env.MicrosoftAppId, scopes: ['personal', 'team', 'groupChat'] });
  });

  it('has a valid localization file for every other language, referenced by the manifest', () => {
    const manifest = JSON.parse(files['manifest.json'].toString('utf8'));
    const validate = validator().compile(schema('MicrosoftTeams.Localization.schema.json'));
    const referenced = manifest.localizationInfo.additionalLanguages.map((l: { file: string }) => l.file).sort();
    expect(referenced).toEqual(
      LOCALES.filter((l) => l !== 'en')
        .map((l) => `${l}.json`)
        .sort(),
    );
    for (const file of referenced) {
      const localization = JSON.parse(files[file].toString('utf8'));
      expect({ file, errors: validate(localization) ? [] : validate.errors }).toEqual({ file, errors: [] });
    }
  });

  it('has a 192×192 colour icon and a 32×32 transparent white outline icon', () => {
    const color = PNG.sync.read(files['color.png']);
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = PNG.sync.read(files['outline.png']);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let opaque = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) continue;
      expect([r, g, b, a]).toEqual([255, 255, 255, 255]);
      opaque++;
    }
    expect(opaque).toBeGreaterThan(20);
    expect(opaque).toBeLessThan((32 * 32) / 2);
  });

  it('suggests commands the bot understands in each language', async () => {
    const understanding = testUnderstanding();
    for (const lng of LOCALES) {
      const commands = (catalog.messages[lng].teams as { commands: Record<string, { title: string }> }).commands;
      expect(understanding.command(commands.menu.title)).toEqual({ kind: 'menu' });
      expect((await understanding.classify(commands.activate.title, lng)).intent).toBe('activate_membership');
      expect(understanding.command(commands.person.title)).toEqual({ kind: 'human' });
      expect(understanding.command(commands.restart.title)).toEqual({ kind: 'restart' });
    }
  });

  it('names the missing setting when the bot id or the links are not configured', () => {
    expect(() => buildTeamsPackage(loadConfig({}, catalog.languages), catalog)).toThrow(TeamsPackageError);
    expect(() => buildTeamsPackage(loadConfig({}, catalog.languages), catalog)).toThrow(/MicrosoftAppId/);
    const noLinks = { MicrosoftAppId: env.MicrosoftAppId, MicrosoftAppPassword: 'x' };
    expect(() => buildTeamsPackage(loadConfig(noLinks, catalog.languages), catalog)).toThrow(/TEAMS_WEBSITE_URL, TEAMS_PRIVACY_URL, TEAMS_TERMS_URL/);
  });
});
