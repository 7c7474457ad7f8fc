'use client';

import { useState, type FormEvent } from 'react';

const NONE: ReadonlySet<string> = new Set();

/**
 * Which fields the person has changed since a refusal came back, so each field's error (and with
 * it the control's aria-invalid and aria-describedby) goes as soon as they edit that field, not at
 * the next submit. `refusal` is whatever object holds the errors: a new one starts afresh. Put
 * `onChange` on the form; change events bubble there from every control.
 */
export function useFixedFields(refusal: unknown) {
  const [fixed, setFixed] = useState<{ refusal: unknown; names: ReadonlySet<string> }>({ refusal, names: NONE });
  const names = fixed.refusal === refusal ? fixed.names : NONE;
  return {
    isFixed: (name: string) => names.has(name),
    onChange: (event: FormEvent<HTMLFormElement>) => {
      const name = (event.target as { name?: unknown }).name;
      if (typeof name !== 'string' || name === '' || names.has(name)) return;
      setFixed({ refusal, names: new Set([...names, name]) });
    },
  };
}
