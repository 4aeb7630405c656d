import pino, { type Logger as PinoLogger } from 'pino';
import type { PrivacyFilter } from '../privacy/privacyFilter';

export type Logger = Pick<PinoLogger, 'info' | 'warn' | 'error' | 'debug' | 'child'>;

/** Every string that reaches the log goes through the privacy filter first. */
export function createLogger(level: string, privacy: PrivacyFilter, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => privacy.maskDeep(arg)) as Parameters<typeof method>);
        },
      },
      serializers: { err: (err: Error) => privacy.maskDeep({ type: err.name, message: err.message, stack: err.stack }) },
    },
    destination,
  );
}
