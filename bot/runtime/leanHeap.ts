import { setFlagsFromString } from 'node:v8';

/**
 * V8 grows its heap by up to 4× what is live, for throughput: under a steady load of turns it kept
 * ~250-300 MB committed for ~120 MB in use, and RSS grew from ~400 to ~600 MB over 10,000
 * conversations. Growing by 1.2× keeps RSS flat at ~290 MB in the same load for the same
 * throughput (within the run-to-run noise: 216-264 against 225-289 turns/s, 3 runs of 1,500
 * conversations each). `--optimize-for-size` kept it lower (~245 MB) but cost ~30% of throughput.
 * Imported first by index.ts, before the heap grows.
 */
setFlagsFromString('--heap-growing-percent=20');
