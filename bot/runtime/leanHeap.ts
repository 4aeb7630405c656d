import { setFlagsFromString } from 'node:v8';

/**
 * V8 sizes its heap for throughput: under a steady load of turns it kept ~400 MB committed for
 * ~120 MB in use, and the process grew from ~400 to ~600 MB of RSS over 10,000 conversations.
 * Sized for memory, it stays within ~20 MB of what is in use, flat (npm run bench; the throughput
 * cost is in its figures). Imported first by index.ts, before the heap grows.
 */
setFlagsFromString('--optimize-for-size');
