import { describe, expect, it } from 'vitest';
import { withStoreLock } from '../../../utils/storage/lock';

describe('the store lock', () => {
  it('runs one piece of work at a time, in the order asked, and a failure does not keep it held', async () => {
    const log: string[] = [];
    const step = (name: string, fail = false) =>
      withStoreLock(async () => {
        log.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([step('a'), step('b', true), step('c')]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
