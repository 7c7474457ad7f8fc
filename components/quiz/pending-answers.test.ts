import { describe, expect, it, vi } from 'vitest';
import type { Response } from '@/lib/grading/response';
import { openPendingStore, pendingStorageKey, type KeyValueStorage } from './pending-answers';

/** localStorage's behaviour that matters here: strings in, strings out, and a write that can fail. */
function fakeStorage() {
  const items = new Map<string, string>();
  let isFull = false;
  const storage: KeyValueStorage = {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => {
      if (isFull) throw new DOMException('quota', 'QuotaExceededError');
      items.set(k, v);
    },
    removeItem: (k) => void items.delete(k),
  };
  return { storage, items, fill: () => (isFull = true) };
}

const text = (t: string): Response => ({ type: 'fill-blank', text: t });

describe('openPendingStore', () => {
  it('keeps answers with their keys across a new page (a second store on the same storage)', () => {
    const { storage } = fakeStorage();
    const first = openPendingStore(storage, 'ana', 'a1');
    first.put({ questionId: 'q1', response: text('one'), key: 'key-00001' });
    first.put({ questionId: 'q2', response: text('two'), key: 'key-00002' });
    expect(openPendingStore(storage, 'ana', 'a1').list()).toEqual([
      { questionId: 'q1', response: text('one'), key: 'key-00001' },
      { questionId: 'q2', response: text('two'), key: 'key-00002' },
    ]);
  });

  it('keeps only the latest change of a question', () => {
    const { storage } = fakeStorage();
    const store = openPendingStore(storage, 'ana', 'a1');
    store.put({ questionId: 'q1', response: text('old'), key: 'key-00001' });
    store.put({ questionId: 'q1', response: text('new'), key: 'key-00002' });
    expect(store.list()).toEqual([{ questionId: 'q1', response: text('new'), key: 'key-00002' }]);
  });

  it('drops an acknowledged answer, but not a later change made while it was on the way', () => {
    const { storage, items } = fakeStorage();
    const store = openPendingStore(storage, 'ana', 'a1');
    store.put({ questionId: 'q1', response: text('sent'), key: 'key-00001' });
    store.put({ questionId: 'q1', response: text('newer'), key: 'key-00002' });
    store.drop('q1', 'key-00001');
    expect(store.list().map((a) => a.key)).toEqual(['key-00002']);
    store.drop('q1', 'key-00002');
    expect(store.list()).toEqual([]);
    // Nothing left behind once everything is acknowledged.
    expect(items.size).toBe(0);
  });

  it('never shows one account’s or one attempt’s answers to another', () => {
    const { storage } = fakeStorage();
    openPendingStore(storage, 'ana', 'a1').put({ questionId: 'q1', response: text('Ana'), key: 'key-00001' });
    expect(openPendingStore(storage, 'ben', 'a1').list()).toEqual([]);
    expect(openPendingStore(storage, 'ana', 'a2').list()).toEqual([]);
    expect(pendingStorageKey('ana', 'a1')).not.toBe(pendingStorageKey('ben', 'a1'));
  });

  it('ignores what it cannot read instead of sending it', () => {
    const { storage, items } = fakeStorage();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    items.set(pendingStorageKey('ana', 'a1'), '{not json');
    expect(openPendingStore(storage, 'ana', 'a1').list()).toEqual([]);
    items.set(
      pendingStorageKey('ana', 'a1'),
      JSON.stringify([
        { questionId: 'q1', response: text('ok'), key: 'key-00001' },
        { questionId: 'q2', key: 'no' },
      ]),
    );
    expect(
      openPendingStore(storage, 'ana', 'a1')
        .list()
        .map((a) => a.questionId),
    ).toEqual(['q1']);
    warn.mockRestore();
  });

  it('says so when the device refuses a write, so the page can warn before closing', () => {
    const { storage, fill } = fakeStorage();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = openPendingStore(storage, 'ana', 'a1');
    expect(store.isPersistent()).toBe(true);
    fill();
    store.put({ questionId: 'q1', response: text('a'), key: 'key-00001' });
    expect(store.isPersistent()).toBe(false);
    expect(openPendingStore(undefined, 'ana', 'a1').isPersistent()).toBe(false);
    warn.mockRestore();
  });

  it('picks up, once, what a guest left unsent before signing up, the account’s own later change winning', () => {
    const { storage, items } = fakeStorage();
    const asGuest = openPendingStore(storage, 'guest', 'a1');
    asGuest.put({ questionId: 'q1', response: text('guest one'), key: 'key-00001' });
    asGuest.put({ questionId: 'q2', response: text('guest two'), key: 'key-00002' });
    openPendingStore(storage, 'ana', 'a1').put({ questionId: 'q2', response: text('ana two'), key: 'key-00003' });

    const asAccount = openPendingStore(storage, 'ana', 'a1', ['guest']);
    expect(asAccount.list()).toEqual([
      { questionId: 'q1', response: text('guest one'), key: 'key-00001' },
      { questionId: 'q2', response: text('ana two'), key: 'key-00003' },
    ]);
    expect(items.has(pendingStorageKey('guest', 'a1'))).toBe(false);
    // Another account on the same device, given only its own scopes, finds nothing of either.
    expect(openPendingStore(storage, 'ben', 'a1', ['other-guest']).list()).toEqual([]);
  });
});
