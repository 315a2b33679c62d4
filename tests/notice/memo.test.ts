import { describe, expect, it } from 'vitest';
import { forgetAnswers, memoize } from '../../src/notice/memo.js';
import { parseText } from '../helpers/parse.js';

describe('answers kept while a notice is parsed (src/notice/memo.ts)', () => {
  it('answers the same text once, a second time from what it kept, and again after forgetAnswers', () => {
    let asked = 0;
    const length = memoize((text) => {
      asked++;
      return text.length;
    });
    expect([length('县科协'), length('县科协'), length('县财政局')]).toEqual([3, 3, 4]);
    expect(asked).toBe(2);
    forgetAnswers();
    expect(length('县科协')).toBe(3);
    expect(asked).toBe(3);
  });

  it('keeps at most its limit of answers', () => {
    let asked = 0;
    const same = memoize((text) => {
      asked++;
      return text;
    }, 2);
    for (const t of ['a', 'b', 'c', 'a']) same(t);
    // `c` found the store full and emptied it: `a` is asked again.
    expect(asked).toBe(4);
  });

  it('forgets them when the next notice is parsed: a batch worker keeps no notice\'s text', () => {
    let asked = 0;
    const count = memoize((text) => {
      asked++;
      return text;
    });
    count('一');
    parseText('一、任务\n1.办好活动。（县科协牵头）\n');
    count('一');
    expect(asked).toBe(2);
  });
});
