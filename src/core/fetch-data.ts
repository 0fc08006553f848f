import type { GridOptions } from './grid.js';
import { parseDataText } from './parse-csv.js';
import type { ParseResult } from './types.js';

/** A newsroom sheet is a few kilobytes; anything over 1 MB is a mistake or an attack. */
export const MAX_BYTES = 1_000_000;
/** Past 10 s a reader has scrolled on; say so rather than spin. */
export const TIMEOUT_MS = 10_000;

export interface FetchOptions extends GridOptions {
  signal?: AbortSignal;
}

interface Shared {
  promise: Promise<{ text: string; type: string | null } | { error: string }>;
  controller: AbortController;
  users: number;
}

/**
 * Identical `src` URLs on one page share one request; the request is aborted only when every
 * chart that asked for it has given up (its `src` changed, or it left the page).
 */
const inFlight = new Map<string, Shared>();
const settled = new Map<string, { text: string; type: string | null } | { error: string }>();

export async function fetchData(url: string, options: FetchOptions = {}): Promise<ParseResult> {
  const { signal, ...read } = options;
  const body = await fetchShared(url, signal);
  if ('error' in body) return { ok: false, error: body.error };
  return parseDataText(body.text, body.type, read);
}

/** A data file's text and type, shared by identical URLs on the page; `error` says why not. */
export function fetchShared(url: string, signal?: AbortSignal): Promise<{ text: string; type: string | null } | { error: string }> {
  const done = settled.get(url);
  if (done) return Promise.resolve(done);
  // Given up before it began (the chart's src changed while this code loaded): no request at all.
  if (signal?.aborted) return Promise.resolve({ error: 'Loading was cancelled.' });
  let shared = inFlight.get(url);
  if (!shared) {
    const controller = new AbortController();
    const promise = request(url, controller).then((body) => {
      // Only forget this request: after it was given up, a newer one for the same URL may be
      // in flight, and forgetting that one would make its next caller fetch a second time.
      if (inFlight.get(url) === created) inFlight.delete(url);
      // Failures are not cached: a retry (same src set again) should try again.
      if (!('error' in body)) settled.set(url, body);
      return body;
    });
    const created: Shared = { promise, controller, users: 0 };
    shared = created;
    inFlight.set(url, created);
  }
  const entry = shared;
  entry.users++;
  return new Promise<Awaited<Shared['promise']>>((resolve) => {
    const abort = () => {
      entry.users--;
      if (entry.users <= 0) {
        entry.controller.abort();
        if (inFlight.get(url) === entry) inFlight.delete(url);
      }
      resolve({ error: 'Loading was cancelled.' });
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    entry.promise.then((body) => {
      signal?.removeEventListener('abort', abort);
      resolve(body);
    });
  });
}

async function request(url: string, controller: AbortController) {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) {
      const reason = response.status === 404 ? 'not found' : `the server answered ${response.status}`;
      return { error: `The data file could not be loaded: ${reason} (${url}).` };
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_BYTES) return tooLarge();
    const text = await readLimited(response);
    if (text === null) return tooLarge();
    return { text, type: response.headers.get('content-type') };
  } catch {
    if (timedOut) return { error: `The data file took longer than ${TIMEOUT_MS / 1000} seconds to load.` };
    if (controller.signal.aborted) return { error: 'Loading was cancelled.' };
    return { error: `The data file could not be loaded: the network request failed (${url}).` };
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge() {
  return { error: `The data file is larger than ${MAX_BYTES / 1_000_000} MB, too large for a chart.` };
}

/** Reads the body but stops at MAX_BYTES, so a huge file is never held in memory whole. */
async function readLimited(response: Response): Promise<string | null> {
  if (!response.body) {
    const text = await response.text();
    return text.length > MAX_BYTES ? null : text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}
