import type { AgentHub } from '../../bot/handoff/hub/agentHub';

/**
 * A live agent in a recorded transcript: what the agent did in the console is kept as an
 * `agent.action` event (Ana accepts, writes, ends), so replaying the transcript does it again at
 * the same point and compares what the bot then told the user.
 */
export const AGENT_ACTION = 'agent.action';

export type AgentAction = { readonly action: 'accept' } | { readonly action: 'send'; readonly text: string } | { readonly action: 'end' };

/** The built-in hub with one agent, Ana, for transcripts named `live_agent.*`. */
export const HUB_ENV: Readonly<Record<string, string>> = { HANDOFF_MODE: 'hub', AGENT_TOKENS: 'Ana:ana-token-0123456789' };

export async function performAgentAction(hub: AgentHub, action: AgentAction): Promise<void> {
  const view = hub.view('Ana');
  const id = view.queue[0]?.id ?? view.mine[0]?.id;
  if (!id) throw new Error(`agent action ${action.action}: no conversation is waiting for Ana or hers`);
  if (action.action === 'accept') return hub.accept('Ana', id);
  if (action.action === 'send') return hub.send('Ana', id, action.text);
  return hub.end('Ana', id);
}
