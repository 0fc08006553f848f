/**
 * Takes turns on the main thread: each caller's work starts in a task of its own, one after
 * another, so a page of ten charts runs ten short tasks rather than one long one (a phone's
 * Total Blocking Time). `scheduler.yield()` where the browser has it, since it keeps the page's
 * priority; a MessageChannel message otherwise: a macrotask that background tabs don't
 * throttle, unlike `setTimeout`.
 */
let queue: Promise<void> = Promise.resolve();

/** Resolves at the start of a task of the caller's own, after every earlier caller's. */
export function nextTurn(): Promise<void> {
  const turn = queue.then(yieldToMain);
  queue = turn;
  return turn;
}

function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `work` in a turn of its own, after every earlier caller's and before every later one's:
 * for native work that can't be split, such as the page's first `Intl` formatter loading the
 * locale's data, so that it does not lengthen a chart's first render.
 */
export function turnFor(work: () => void): void {
  queue = queue.then(yieldToMain).then(() => {
    try {
      work();
    } catch {
      // Preparation only: the chart's own turn does the same work and reports what fails.
    }
  });
}

let frame: Promise<void> | null = null;

/**
 * Resolves in the next animation frame, before its style, layout and paint; every caller until
 * then shares it, so their writes to the page (each continuing in that frame's microtasks) are
 * one write pass, laid out once. In a hidden page, which runs no frames, it resolves in a task.
 */
export function nextFrame(): Promise<void> {
  if (globalThis.document?.hidden) return yieldToMain();
  frame ??= new Promise((resolve) => {
    // A page hidden before its frame comes (the reader switched tabs) runs no frame until it is
    // shown again: resolve then rather than leave every chart's `rendered` waiting.
    const done = () => {
      cancelAnimationFrame(id);
      document.removeEventListener('visibilitychange', done);
      frame = null;
      resolve();
    };
    const id = requestAnimationFrame(done);
    document.addEventListener('visibilitychange', done);
  });
  return frame;
}
