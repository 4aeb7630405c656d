/** Who may sign in to the agent console (AGENT_TOKENS), and which of them are desk leads (DESK_LEADS). */

export interface AgentAccount {
  /** Shown to users ("Ana has joined") and to other agents. */
  readonly name: string;
  readonly token: string;
  /** Listed in DESK_LEADS: may also open the desk lead's figures. */
  readonly lead?: boolean;
}

/** Agent tokens shorter than this are refused: they are the only thing between the internet and the console. */
const MIN_AGENT_TOKEN_LENGTH = 16;

export const AGENT_TOKENS_FIX = `set AGENT_TOKENS to name:token pairs separated by commas, e.g. AGENT_TOKENS="Ana:<${MIN_AGENT_TOKEN_LENGTH}+ random characters>,Li:<another>" (generate one with: openssl rand -hex 16)`;
export const DESK_LEADS_FIX = 'set DESK_LEADS to agent names from AGENT_TOKENS, separated by commas, e.g. DESK_LEADS=Ana';

/** "Ana:token1,Li:token2"; names and tokens must be unique (a token identifies its agent). Tokens are never echoed. */
export function parseAgents(value: string | undefined, problems: string[]): AgentAccount[] {
  if (!value) return [];
  const agents: AgentAccount[] = [];
  for (const [index, pair] of value.split(',').entries()) {
    const colon = pair.lastIndexOf(':');
    const name = pair.slice(0, colon).trim();
    const token = pair.slice(colon + 1).trim();
    if (colon <= 0 || !name || token.length < MIN_AGENT_TOKEN_LENGTH) {
      problems.push(`AGENT_TOKENS: entry ${index + 1} needs a name and a token of at least ${MIN_AGENT_TOKEN_LENGTH} characters. Fix: ${AGENT_TOKENS_FIX}.`);
    } else if (agents.some((a) => a.name === name || a.token === token)) {
      problems.push(`AGENT_TOKENS: entry ${index + 1} repeats a name or a token. Fix: give every agent their own name and token.`);
    } else {
      agents.push(Object.freeze({ name, token }));
    }
  }
  return agents;
}

/** DESK_LEADS names agents of AGENT_TOKENS: one account, one sign-in, and the lead role on top. */
export function markLeads(agents: AgentAccount[], value: string | undefined, problems: string[]): AgentAccount[] {
  const leads = (value ?? '').split(',').flatMap((name) => (name.trim() ? [name.trim()] : []));
  for (const lead of leads.filter((l) => !agents.some((a) => a.name === l)))
    problems.push(`DESK_LEADS: "${lead}" is not an agent of AGENT_TOKENS. Fix: ${DESK_LEADS_FIX}.`);
  return agents.map((a) => (leads.includes(a.name) ? Object.freeze({ ...a, lead: true }) : a));
}
