/**
 * Some test-runner commands exist only where the browser speaks CDP (Chromium): emulating media
 * features, the accessibility snapshot, resizing the viewport, and real key presses in WebKit
 * (whose WebDriver runs each test file in an iframe). Elsewhere those tests are skipped with
 * the reason, not failed; CI runs them in Chromium.
 */
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

const UNSUPPORTED = /not supported|CDP support|Invalid frame ID|response is undefined|UnsupportedOperation/i;

export async function orSkip<T>(ctx: Mocha.Context, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (UNSUPPORTED.test(String((error as Error)?.message ?? error))) ctx.skip();
    throw error;
  }
}

/** For hooks that undo emulation: nothing to undo where it could not be set. */
export async function quietly(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!UNSUPPORTED.test(String((error as Error)?.message ?? error))) throw error;
  }
}

/**
 * Focuses the test's window, or skips: Firefox fires focus events only in the focused window,
 * and test files run side by side in windows. For tests that move focus (keys, sound, tooltips).
 */
export async function focusPageOrSkip(ctx: Mocha.Context): Promise<void> {
  focusTest = ctx;
  await executeServerCommand('foi-focus-page');
  window.focus();
  if (!document.hasFocus()) ctx.skip();
}

/** The context of the test focusPageOrSkip last focused, for helpers called in arrow-function tests. */
let focusTest: Mocha.Context | null = null;

/**
 * Skips the test if its window has lost the focus since focusPageOrSkip: in Firefox a test file
 * opening in the window beside it can take it, and then no focus event fires, so a test of focus
 * events would fail for events that could not happen. Call before moving focus, or after it
 * when focus stays in the page.
 */
export function stillFocusedOrSkip(): void {
  if (!document.hasFocus()) focusTest?.skip();
}

/** A real key press, in a window that still has the focus (stillFocusedOrSkip first: a key may move focus out of the page). */
export async function pressKey(key: string): Promise<void> {
  stillFocusedOrSkip();
  await sendKeys({ press: key });
}
