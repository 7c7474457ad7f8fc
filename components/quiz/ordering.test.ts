import { describe, expect, it } from 'vitest';
import { displayedOrder, moveItem, positionAnnouncement } from './ordering';

const options = ['a', 'b', 'c', 'd'].map((token) => ({ token, text: token.toUpperCase() }));

describe('moveItem', () => {
  it('swaps an item with its neighbour', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 2, -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 1)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('leaves the list as it is when the move would leave it', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('does not change the list it was given', () => {
    const list = ['a', 'b'];
    moveItem(list, 0, 1);
    expect(list).toEqual(['a', 'b']);
  });
});

describe('displayedOrder', () => {
  it('starts in the order the options came in', () => {
    expect(displayedOrder(options, undefined)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shows a saved order', () => {
    expect(displayedOrder(options, ['d', 'c', 'b', 'a'])).toEqual(['d', 'c', 'b', 'a']);
  });

  it('always lists every token exactly once, whatever was saved', () => {
    expect(displayedOrder(options, ['c', 'x', 'c', 'a'])).toEqual(['c', 'a', 'b', 'd']);
  });
});

it('announces the new position', () => {
  expect(positionAnnouncement(2, 4)).toBe('Moved to position 2 of 4');
});
