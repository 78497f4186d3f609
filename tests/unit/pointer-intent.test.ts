import { describe, expect, it } from 'vitest';
import { PointerIntent, SPEED_WINDOW_MS, SWEEP_SPEED_PX_PER_MS } from '../../page-ui/pointer-intent';

describe('PointerIntent', () => {
  it('calls a hand passing over a row of links a sweep: 20 px every 8 ms', () => {
    const intent = new PointerIntent();
    for (let step = 0; step < 6; step++) intent.note(step * 20, 100, 1000 + step * 8);
    expect(intent.speed()).toBeCloseTo(2.5);
    expect(intent.isSweeping()).toBe(true);
  });

  it('calls a hand coming to rest on a word no sweep: 2 px every 8 ms', () => {
    const intent = new PointerIntent();
    for (let step = 0; step < 6; step++) intent.note(step * 2, 100, 1000 + step * 8);
    expect(intent.speed()).toBeLessThan(SWEEP_SPEED_PX_PER_MS);
    expect(intent.isSweeping()).toBe(false);
  });

  it('takes the first move after a rest for the start of a motion, not a sweep, however far it lands', () => {
    const intent = new PointerIntent();
    intent.note(1, 1, 1000);
    intent.note(600, 400, 1000 + SPEED_WINDOW_MS + 200);
    expect(intent.isSweeping()).toBe(false);
  });

  it('counts moves reported within the same millisecond as a millisecond apart', () => {
    const intent = new PointerIntent();
    intent.note(0, 0, 1000);
    intent.note(30, 0, 1000);
    expect(intent.speed()).toBe(30);
  });
});
