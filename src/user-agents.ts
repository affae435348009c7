/**
 * Browser, OS and device type from user agents, for a backend that sends only the agent. The
 * parser (src/ua.ts) is a chunk of its own, loaded on demand.
 */
import { completeDevice, needsUserAgent, type Session } from './model.js';

/** The user-agent parser's chunk, once asked for; forgotten if it failed, so a later list tries again. */
let userAgentParser: Promise<typeof import('./ua.js')> | undefined;

/** Fetches the user-agent parser's chunk, once. */
export function loadUserAgentParser(): Promise<typeof import('./ua.js')> {
  userAgentParser ??= import('./ua.js').catch((error: unknown) => {
    userAgentParser = undefined;
    throw error;
  });
  return userAgentParser;
}

/**
 * `sessions` with browser, OS and type derived from user agents where the backend left them out.
 * The parser is its own chunk (most backends send browser and OS), fetched alongside a first list
 * so that a list that needs it does not wait for it after its response. If the chunk cannot load,
 * the rows show what the server sent.
 */
export async function withDevicesFromUserAgents<S extends Session>(sessions: readonly S[]): Promise<readonly S[]> {
  if (!sessions.some((s) => needsUserAgent(s.device))) return sessions;
  try {
    const { parseUserAgent } = await loadUserAgentParser();
    return sessions.map((s) => ({ ...s, device: completeDevice(s.device, parseUserAgent) }));
  } catch {
    return sessions;
  }
}
