/** The host:port an Origin header names, or undefined when it is no URL (e.g. "null"). */
export function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
