// What the quiz page says about answers that have not reached the server, as a pure function so
// every case is tested without a browser.

export type Connection = {
  isOnline: boolean;
  /** Questions with a change the server has not acknowledged. */
  waiting: number;
  /** The save queue is retrying: online as far as the browser knows, but the server is out of reach. */
  isRetrying: boolean;
  isTimed: boolean;
};

export type ConnectionWords = { title: string; lines: string[] };

const answers = (n: number) => `${n} answer${n === 1 ? '' : 's'}`;

/** Null when every answer is on its way as usual and there is nothing to warn about. */
export function describeConnection({ isOnline, waiting, isRetrying, isTimed }: Connection): ConnectionWords | null {
  if (isOnline && !(isRetrying && waiting > 0)) return null;
  const title = isOnline ? 'The server cannot be reached.' : 'You are offline.';
  const lines = [
    waiting === 0
      ? 'Answers you give now are kept on this device and sent when the connection returns.'
      : `${answers(waiting)} waiting to be sent, kept on this device: ${waiting === 1 ? 'it is' : 'they are'} sent when the connection returns, even after a reload.`,
  ];
  // The server judges the deadline by when an answer arrives, not when it was given.
  if (isTimed) {
    lines.push(
      'An answer that has not reached the server when the timer ends does not count: reconnect before time is up.',
    );
  }
  return { title, lines };
}
