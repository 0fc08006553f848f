// Main-thread time from a Chrome trace, by kind of work (rows 3 and 13).
// Chrome's CDP Performance.getMetrics ScriptDuration misses most work done in microtasks, which
// is where Lit renders, so main-thread time is taken from a trace instead, grouped like
// Lighthouse's main-thread work breakdown: each event's self time goes to its group; an event
// of no known group inherits its parent's (e.g. V8 interrupts inside a script).
// Light categories: 'disabled-by-default-devtools.timeline' would add a lot of overhead.
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'blink.user_timing'];
// Tasks, and the microtask checkpoints the scheduler runs outside any task (where scheduler.yield()
// continuations, so Lit's renders after a yield, run).
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);
const GROUPS = {
  script: [
    'EvaluateScript',
    'v8.evaluateModule',
    'FunctionCall',
    'TimerFire',
    'FireIdleCallback',
    'FireAnimationFrame',
    'RunMicrotasks',
    'V8.Execute',
    'v8.run',
    'EventDispatch',
    'v8.compile',
    'v8.compileModule',
    'V8.CompileCode',
    'V8.CompileLazy',
    'v8.produceCache',
    'v8.produceModuleCache',
    'CacheScript',
  ],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'CompositeLayers', 'Commit', 'HitTest'],
  parseHTML: ['ParseHTML'],
  gc: ['MinorGC', 'MajorGC', 'GCEvent', 'BlinkGC.AtomicPhase', 'ThreadState::performIdleLazySweep'],
};
/** The kinds of work, as the report lists them. */
export const GROUP_NAMES = [...Object.keys(GROUPS), 'other'];
const GROUP_OF = new Map(Object.entries(GROUPS).flatMap(([group, names]) => names.map((name) => [name, group])));

/**
 * Main-thread time of the page's renderer by group, in ms, split at user-timing marks:
 * returns `{ [mark]: { total, script, style, layout, paint, parseHTML, gc, other, longTasks, layouts, styles } }`
 * for the time from the start of the trace to each mark (`layouts`, `styles`: how many layout
 * and style recalculation events ran, forced or not).
 */
export function mainThreadBreakdown(traceBuffer, marks) {
  const raw = JSON.parse(Buffer.from(traceBuffer).toString('utf8'));
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  // The renderer main thread is the one the marks were made on.
  const markEvents = new Map();
  for (const e of events) {
    if (marks.includes(e.name) && e.cat?.includes('blink.user_timing') && !markEvents.has(e.name)) markEvents.set(e.name, e);
  }
  const first = markEvents.get(marks[0]);
  if (!first) throw new Error(`trace has no "${marks[0]}" mark`);
  const thread = `${first.pid}:${first.tid}`;
  const own = events
    .filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const cut = marks.map((name) => markEvents.get(name)?.ts ?? Infinity);
  const result = marks.map(() => ({ total: 0, longTasks: 0, layouts: 0, styles: 0, ...Object.fromEntries(Object.keys(GROUPS).map((g) => [g, 0])), other: 0 }));
  const add = (ts, key, value, scale = 1000) => {
    cut.forEach((limit, i) => {
      if (ts < limit) result[i][key] += value / scale;
    });
  };
  // Walk the nesting with a stack; self time = duration − children's durations.
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const done = stack.pop();
      add(done.ts, done.group, done.dur - done.children);
    }
  };
  for (const e of own) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent && e.ts + e.dur > parent.end) continue; // overlapping, not nested: ignore
    if (!parent && !TASK_EVENTS.has(e.name)) continue; // only work inside tasks
    if (parent) parent.children += e.dur;
    else {
      add(e.ts, 'total', e.dur);
      if (e.dur > 50_000) add(e.ts, 'longTasks', e.dur);
    }
    const group = GROUP_OF.get(e.name) ?? parent?.group ?? 'other';
    if (e.name === 'Layout') add(e.ts, 'layouts', 1, 1);
    if (e.name === 'UpdateLayoutTree') add(e.ts, 'styles', 1, 1);
    stack.push({ ts: e.ts, end: e.ts + e.dur, dur: e.dur, children: 0, group });
  }
  close(Infinity);
  return Object.fromEntries(marks.map((name, i) => [name, result[i]]));
}


/**
 * The renderer main thread's tasks until a user-timing mark, with their thread CPU time: under
 * CDP's CPU throttling the throttled thread burns the extra time (it is CPU time, not sleep), so
 * a task's CPU time is what its duration would be on a machine with nothing else running, while
 * its wall time grows with whatever else the machine does. Returns `[{ start, duration, cpu, ts }]`
 * in ms (start: from the first task; ts: the trace's clock, in µs).
 */
export function cpuTasks(traceBuffer, mark) {
  const raw = JSON.parse(Buffer.from(traceBuffer).toString('utf8'));
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  const at = events.find((e) => e.name === mark && e.cat?.includes('blink.user_timing'));
  if (!at) throw new Error(`trace has no "${mark}" mark`);
  const thread = `${at.pid}:${at.tid}`;
  const own = events
    .filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && TASK_EVENTS.has(e.name) && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  let end = -Infinity;
  for (const e of own) {
    if (e.ts < end) continue; // nested in the task before (a checkpoint inside a task)
    end = e.ts + e.dur;
    if (e.ts >= at.ts) break;
    tasks.push({ ts: e.ts, duration: e.dur / 1000, cpu: (e.tdur ?? e.dur) / 1000 });
  }
  const first = tasks[0]?.ts ?? 0;
  return tasks.map((t) => ({ ...t, start: (t.ts - first) / 1000 }));
}
