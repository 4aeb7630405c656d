/**
 * PostgreSQL could not be reached or set up at start: the operator's to fix, told without the URL's
 * password. In a module of its own so index.ts can recognise it without loading the driver.
 */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
}
