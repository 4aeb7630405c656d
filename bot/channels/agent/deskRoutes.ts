import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { MessageTree } from '../../locales/localeCatalog';
import type { DeskLabels } from '../../outcomes/deskLabels';
import { deskReport, type DeskRow, type Period, type StepOrder } from '../../outcomes/deskReport';
import type { OutcomeLog } from '../../outcomes/outcomeLog';
import type { AgentAuth } from './agentAuth';
import { asText, PAGE_HEADERS, pageWithStrings } from './pages';

export interface DeskRoutesOptions {
  readonly auth: AgentAuth;
  readonly outcomes: OutcomeLog;
  readonly order: StepOrder;
  /** Procedure titles and step questions in the lead's language. */
  readonly labels: (locale: string) => DeskLabels;
  /** The console's words in a language (`locales/<lng>/agent.json`; the page's are under `desk`). */
  readonly strings: (locale: string) => MessageTree;
  /** The lead's language: the one chosen in the console, else the browser's. */
  readonly localeOf: (req: Request) => string;
  readonly now?: () => Date;
}

type AgentRequest = Request & { agent?: string };

/** A year at most: the logs are read whole, and a lead's question is about weeks, not decades. */
const MAX_DAYS = 366;
const DAY_MS = 86_400_000;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const periodQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

const chartScript = (): string => join(createRequire(__filename).resolve('chart.js'), '..', 'chart.umd.min.js');

/**
 * The desk lead's page (`/agent/desk`), its figures as JSON and CSV, and the chart library it
 * draws with, served from node_modules (no CDN). Behind the agent sign-in, for agents listed in
 * DESK_LEADS only: a plain agent gets 403.
 */
export function createDeskRoutes(options: DeskRoutesOptions, requireAgent: (req: Request, res: Response, next: NextFunction) => void, dir: string): Router {
  const router = Router();
  const template = readFileSync(join(dir, 'desk.html'), 'utf8');
  const now = options.now ?? (() => new Date());
  const { localeOf } = options;
  const requireLead = (req: AgentRequest, res: Response, next: NextFunction): void =>
    options.auth.isLead(req.agent!) ? next() : void res.status(403).json({ error: 'Only desk leads (DESK_LEADS) may see the desk figures.' });
  const lead = [requireAgent, requireLead];

  router.get('/agent/desk', ...lead, (req, res) => {
    const locale = localeOf(req);
    const strings = options.strings(locale);
    res
      .type('html')
      .set(PAGE_HEADERS)
      .send(pageWithStrings(template, locale, asText((strings.desk as MessageTree).title), strings));
  });
  router.get('/agent/desk.js', ...lead, (_req, res) => res.type('js').sendFile(join(dir, 'desk.js')));
  router.get('/agent/desk.css', ...lead, (_req, res) => res.type('css').sendFile(join(dir, 'desk.css')));
  router.get('/agent/chart.js', ...lead, (_req, res) => res.type('js').sendFile(chartScript()));

  const report = async (req: Request, res: Response): Promise<{ period: Period; rows: LabelledRow[]; locale: string } | undefined> => {
    const query = periodQuery.safeParse(req.query);
    const period = query.success ? periodOf(query.data, now()) : undefined;
    if (!period) return void res.status(400).json({ error: `from and to are dates (YYYY-MM-DD), from before to, at most ${MAX_DAYS} days apart.` });
    const locale = localeOf(req);
    const rows = deskReport(await options.outcomes.all(), await options.outcomes.steps(), period, options.order);
    return { period, rows: label(rows, options.labels(locale)), locale };
  };
  router.get('/agent/api/desk', ...lead, async (req, res) => {
    const result = await report(req, res);
    if (result) res.set('cache-control', 'no-store').json({ period: result.period, rows: result.rows });
  });
  router.get('/agent/api/desk.csv', ...lead, async (req, res) => {
    const result = await report(req, res);
    if (!result) return;
    const words = options.strings(result.locale).desk as MessageTree;
    res
      .set({ 'cache-control': 'no-store', 'content-disposition': `attachment; filename="desk-${result.period.from}-${result.period.to}.csv"` })
      .type('text/csv; charset=utf-8')
      .send(`\uFEFF${toCsv(result.rows, words.csv as MessageTree)}`);
  });
  return router;
}

export type LabelledRow = DeskRow & {
  readonly title: string;
  readonly funnel: ReadonlyArray<DeskRow['funnel'][number] & { readonly label: string }>;
  readonly endings: ReadonlyArray<DeskRow['endings'][number] & { readonly stepLabel: string }>;
};

function label(rows: readonly DeskRow[], labels: DeskLabels): LabelledRow[] {
  return rows.map((row) => ({
    ...row,
    title: labels.procedure(row.procedureId),
    funnel: row.funnel.map((s) => ({ ...s, label: labels.step(row.procedureId, s.step) })),
    endings: row.endings.map((e) => ({ ...e, stepLabel: labels.step(row.procedureId, e.step) })),
  }));
}

/** The last 7 days unless asked; refused when reversed or longer than a year. */
function periodOf(query: { from?: string; to?: string }, today: Date): Period | undefined {
  const to = query.to ?? today.toISOString().slice(0, 10);
  const from = query.from ?? new Date(Date.parse(to) - 6 * DAY_MS).toISOString().slice(0, 10);
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  if (!Number.isFinite(days) || days < 0 || days >= MAX_DAYS) return undefined;
  return { from, to };
}

const CSV_COLUMNS = [
  'procedure',
  'language',
  'step',
  'reached',
  'leftHere',
  'misunderstood',
  'runs',
  'solved',
  'escalated',
  'blocked',
  'abandoned',
  'unfinished',
  'containment',
] as const;

/** One line per step of each procedure and language, after a line for the procedure's totals (step left empty). */
function toCsv(rows: readonly LabelledRow[], headers: MessageTree): string {
  const lines = [CSV_COLUMNS.map((c) => asText(headers[c]) || c)];
  for (const row of rows) {
    const totals = [
      row.runs,
      row.solved,
      row.escalated,
      row.blocked,
      row.abandoned,
      row.unfinished,
      row.containment === null ? '' : row.containment.toFixed(3),
    ];
    lines.push([row.title, row.locale, '', '', '', String(row.misunderstood), ...totals.map(String)]);
    for (const s of row.funnel)
      lines.push([row.title, row.locale, s.label, String(s.reached), String(s.leftHere), String(s.misunderstood), '', '', '', '', '', '', '']);
  }
  return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula is prefixed so it stays text. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
