import pino from 'pino';

/**
 * Standard output, written synchronously: log lines then appear in the order they were
 * written, before the start-up banner rather than after it. Our log volume is small.
 */
export function logDestination(): pino.DestinationStream {
  return pino.destination({ dest: 1, sync: true });
}
