// Compile-time only (a .d.ts in src/ is not shipped): TypeScript checks a module augmentation
// only against a module the program has loaded, so src/frameworks.ts's React and Vue blocks
// need those modules in the library's own program. A user's program has them already
// (their app imports the framework), and one without them skips the block.
import 'react';
import 'vue';
