// The package check's Next.js app: foi-charts from the installed tarball (../node_modules), Next
// and React from the repository's node_modules, so Turbopack's root is the repository.
import { fileURLToPath } from 'node:url';

export default {
  turbopack: { root: process.env.FOI_REPO_ROOT ?? fileURLToPath(new URL('../../..', import.meta.url)) },
};
