'use client';

import { useEffect, type RefObject } from 'react';

type State = { ok: true } | { ok: false; fieldErrors?: Record<string, string> } | undefined | null;

/** The first field the server refused takes focus, as a screen-reader user would look there. */
export function useFocusFirstError(state: State, formRef: RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    const first = state?.ok === false ? Object.keys(state.fieldErrors ?? {})[0] : undefined;
    const field = first ? formRef.current?.elements.namedItem(first) : null;
    if (field instanceof HTMLElement) field.focus();
  }, [state, formRef]);
}
