/** Why the hub refused an agent's action; the console's routes turn it into an HTTP status. */
export type HubRefusal = 'notFound' | 'notYours' | 'alreadyTaken' | 'invalid';

/** A refusal the agent can act on; its message is shown in the console as it is. */
export class HubError extends Error {
  constructor(
    readonly refusal: HubRefusal,
    message: string,
  ) {
    super(message);
  }
}
