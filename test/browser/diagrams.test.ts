import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, SCREENSHOTS } from '../support/browser';
import type { Browser } from 'playwright-core';
import { diagramsDir, renderDiagrams } from '../../tools/diagrams/writeDiagrams';
import { createCatalogue, FEEDBACK } from '../../dialogs/catalogue';

/**
 * The procedure diagrams in docs/diagrams: up to date with the machines, naming every state, and
 * rendered by Mermaid itself in real Chromium (a syntax slip would only show up on GitHub otherwise).
 */
const diagrams = renderDiagrams();
const mermaidOf = (page: string): string => /```mermaid\n([\s\S]*?)```/.exec(page)?.[1] ?? '';

describe('procedure diagrams', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('are committed exactly as `npm run diagrams` writes them', () => {
    for (const [name, content] of diagrams) {
      const file = join(diagramsDir(), name);
      expect({ name, upToDate: existsSync(file) && readFileSync(file, 'utf8') === content }).toEqual({ name, upToDate: true });
    }
  });

  it('name every state of every machine', () => {
    for (const definition of [...createCatalogue().values(), FEEDBACK]) {
      const text = mermaidOf(diagrams.get(`${definition.id}.md`) ?? '');
      for (const state of Object.keys(definition.machine.config.states ?? {})) {
        expect({ id: definition.id, state, shown: new RegExp(`^\\s+${state}:`, 'm').test(text) }).toEqual({ id: definition.id, state, shown: true });
      }
    }
  });

  it('render with Mermaid in Chromium', async () => {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
    await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
    await page.evaluate(() => (window as unknown as { mermaid: { initialize(o: unknown): void } }).mermaid.initialize({ startOnLoad: false }));
    for (const [name, content] of [...diagrams].filter(([n]) => n !== 'README.md')) {
      const svg = await page.evaluate(
        async ([id, text]) => {
          const { mermaid } = window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } };
          const { svg } = await mermaid.render(id, text);
          document.getElementById('out')!.innerHTML = svg;
          return svg;
        },
        [`d-${name.replace(/\W/g, '-')}`, mermaidOf(content)] as const,
      );
      expect({ name, rendered: svg.includes('<svg') && !/Syntax error/i.test(svg) }).toEqual({ name, rendered: true });
      if (name === 'sms_code.md') await page.screenshot({ path: join(SCREENSHOTS, 'diagram-sms_code.png'), fullPage: true });
    }
    await page.close();
  }, 120_000);
});
