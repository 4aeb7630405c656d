import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import { TestEnvironment } from 'jest-environment-node';

/**
 * Jest's Node environment, plus one map that outlives a test file: each jest worker runs many
 * files, and each file would otherwise build the recognizers' models and load the intent model
 * again (≈ 11 s per file on 2 cores). The map lives in this module, which a worker loads once;
 * `workerShared` in fixtures.ts reads it. Only read-only models go in it, never state.
 */
const shared = new Map<string, unknown>();

export default class WorkerEnvironment extends TestEnvironment {
  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    this.global.__workerShared = shared;
  }
}
