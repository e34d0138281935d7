import { expect, waitUntil } from '@open-wc/testing';
import { inBackgroundSlices } from './deferred-work.js';

describe('inBackgroundSlices', () => {
  it('calls the work slice after slice until it says it is finished, each slice ending when asked to yield', async () => {
    let slices = 0;
    let after = 0;
    let finished = false;
    inBackgroundSlices(
      (shouldYield) => {
        slices++;
        // Work that would never end by itself: only shouldYield stops the slice.
        while (!shouldYield()) {
          /* busy */
        }
        finished = slices === 4;
        return finished;
      },
      () => {
        after++;
      },
    );
    expect(slices).to.equal(0);
    await waitUntil(() => finished, 'four slices', { timeout: 5000 });
    await new Promise((settle) => setTimeout(settle, 300));
    expect(slices).to.equal(4);
    expect(after).to.equal(4);
  });

  it('stops when cancelled', async () => {
    let slices = 0;
    const cancel = inBackgroundSlices(() => {
      slices++;
      return false;
    });
    await waitUntil(() => slices >= 2, 'two slices', { timeout: 5000 });
    cancel();
    const seen = slices;
    await new Promise((settle) => setTimeout(settle, 600));
    expect(slices).to.equal(seen);
  });

  it('runs afterSlice after a slice that threw, reports the error and stops', async () => {
    const reported: unknown[] = [];
    // The test runner fails a test on an uncaught error: catch this one here instead.
    const previous = window.onerror;
    window.onerror = (_message, _source, _line, _column, error) => {
      reported.push(error);
      return true;
    };
    try {
      let slices = 0;
      let after = 0;
      inBackgroundSlices(
        () => {
          slices++;
          if (slices === 2) throw new Error('a failing slice');
          return false;
        },
        () => {
          after++;
        },
      );
      await waitUntil(() => reported.length > 0, 'the error reported', { timeout: 5000 });
      await new Promise((settle) => setTimeout(settle, 300));
      expect(slices).to.equal(2);
      expect(after).to.equal(2);
      expect((reported[0] as Error).message).to.equal('a failing slice');
    } finally {
      window.onerror = previous;
    }
  });
});
