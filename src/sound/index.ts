/** "Play as sound": loaded on the first click of the button, its own chunk. */
export { SonifyPlayer } from './player.js';
export { toneSchedule, TONE_DEFAULTS } from './tones.js';
export { speakingTime } from './pace.js';
