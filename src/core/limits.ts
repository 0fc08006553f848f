/**
 * Limits on what a chart accepts. Beyond these a chart can no longer be read (or drawn in
 * reasonable time), so the data is refused with a message instead of drawn badly.
 */

/** The most categories (bars or parts) one chart shows. */
export const MAX_CATEGORIES = 500;

/** The longest label, in characters: longer text is a paragraph, not a chart label. */
export const MAX_LABEL_LENGTH = 300;

/** The most series (lines, or bars in a group) one chart of several series shows. */
export const MAX_SERIES = 12;

/** The most labels (periods or groups) one chart of several series shows. */
export const MAX_POINTS = 500;
