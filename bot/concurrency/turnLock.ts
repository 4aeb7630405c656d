/**
 * Holds a conversation for one turn across every instance of the bot: while `work` runs, no other
 * instance runs a turn of the same conversation, and turns waiting for it go in the order they asked.
 */
export interface TurnLock {
  hold<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/** One process needs nothing beyond its own queue (SerialTurnsMiddleware): the lock of file and memory storage. */
export const singleInstance: TurnLock = { hold: (_key, work) => work() };
