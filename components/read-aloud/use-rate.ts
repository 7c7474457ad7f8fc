import { useSyncExternalStore } from 'react';
import { loadRate, saveRate, type Rate } from './rate';

// The speed chosen on this page: it holds even where storage is blocked.
let chosen: Rate | null = null;
const listeners = new Set<() => void>();

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // Reading localStorage itself throws where site data is blocked.
  }
}

function setRate(rate: Rate) {
  chosen = rate;
  saveRate(storage(), rate);
  for (const listener of listeners) listener();
}

/** The reading speed and its setter, remembered in localStorage for the next page; the server's HTML shows 1×. */
export function useRate(): [Rate, (rate: Rate) => void] {
  const rate = useSyncExternalStore(
    subscribe,
    () => chosen ?? loadRate(storage()),
    (): Rate => 1,
  );
  return [rate, setRate];
}
