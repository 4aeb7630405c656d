import { nodeEnvironment, nodeFlags } from '../../bot/runtime/nodeFlags';

/** What `npm start` gives the bot (package.json `config`), as the benchmarks and process tests start it. */
describe('the runtime settings npm start passes', () => {
  it('caps malloc arenas unless the environment already says how many', () => {
    expect(nodeEnvironment({ PATH: '/bin' })).toEqual({ PATH: '/bin', MALLOC_ARENA_MAX: '2' });
    expect(nodeEnvironment({ MALLOC_ARENA_MAX: '4' }).MALLOC_ARENA_MAX).toBe('4');
  });

  it('passes the young-generation flag', () => {
    expect(nodeFlags()).toContain('--max-semi-space-size=8');
  });
});
