import { nodeEnvironment, nodeFlags } from '../../bot/runtime/nodeFlags';

/** What `npm start` gives the bot (package.json `config`), as the benchmarks and process tests start it. */
describe('the runtime settings npm start passes', () => {
  it('caps malloc arenas and fixes its trim and mmap thresholds unless the environment already says', () => {
    expect(nodeEnvironment({ PATH: '/bin' })).toEqual({
      PATH: '/bin',
      MALLOC_ARENA_MAX: '2',
      MALLOC_TRIM_THRESHOLD_: '131072',
      MALLOC_MMAP_THRESHOLD_: '131072',
    });
    expect(nodeEnvironment({ MALLOC_ARENA_MAX: '4' }).MALLOC_ARENA_MAX).toBe('4');
    expect(nodeEnvironment({ MALLOC_TRIM_THRESHOLD_: '0' }).MALLOC_TRIM_THRESHOLD_).toBe('0');
  });

  it('passes the young-generation flag', () => {
    expect(nodeFlags()).toContain('--max-semi-space-size=8');
  });
});
