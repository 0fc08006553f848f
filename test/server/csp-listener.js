// Loaded as a same-origin classic script by /__test/csp-page (inline script is forbidden there):
// records every Content-Security-Policy violation the page reports, before any other script runs.
window.__cspViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.__cspViolations.push({
      directive: event.violatedDirective,
      blocked: event.blockedURI,
      source: event.sourceFile,
      line: event.lineNumber,
      sample: event.sample,
    });
  },
  true,
);
window.addEventListener('error', (event) => {
  (window.__pageErrors = window.__pageErrors || []).push(String(event.message));
});
window.addEventListener('unhandledrejection', (event) => {
  (window.__pageErrors = window.__pageErrors || []).push(String(event.reason));
});
