import { loadMall, compileServiceLifecycle, createMallCalendar } from '../src/index.js';
import { checkEvent, allowedActions } from '@mpp-kit/workflows';
import { startSnapshot, restoreSnapshot, advance, persist, declaredTransitions } from '../src/runtime/_machineRunner.js';
const r = await loadMall('examples/batang');
if (!r.ok) throw new Error('load');
const calendar = createMallCalendar(r.mall);
const machine = compileServiceLifecycle(r.mall, 'pbg', { calendar });
let s = startSnapshot(machine, { submittedAt: '2025-05-05T02:00:00Z', applicant: { id: 'a1' } });
console.log(s.value, s.context.serviceDue, s.context.stepDue);
const p = persist(s);
console.log(JSON.stringify(p).length, Object.keys(p as object));
const fo = { id: 'u1', role: 'front-office', agency: 'dpmptsp' };
const ev = { type: 'ACCEPT', actor: fo, at: '2025-05-05T03:00:00Z' };
let t = performance.now();
const N = 2000;
for (let i = 0; i < N; i++) {
  const r1 = restoreSnapshot(machine, p);
  const c = checkEvent(r1, ev);
  if (!c.ok) throw new Error('x');
  const n = advance(r1, ev);
  persist(n);
}
console.log('restore+check+advance+persist µs', ((performance.now() - t) / N * 1000).toFixed(1));
t = performance.now();
for (let i = 0; i < N; i++) { const r1 = restoreSnapshot(machine, p); advance(r1, ev); }
console.log('restore+advance µs', ((performance.now() - t) / N * 1000).toFixed(1));
t = performance.now();
for (let i = 0; i < N; i++) { const r1 = restoreSnapshot(machine, p); checkEvent(r1, ev); }
console.log('restore+check µs', ((performance.now() - t) / N * 1000).toFixed(1));
const s2 = advance(restoreSnapshot(machine, p), ev);
t = performance.now();
for (let i = 0; i < 500; i++) allowedActions(s2);
console.log('allowedActions µs', ((performance.now() - t) / 500 * 1000).toFixed(1), JSON.stringify(allowedActions(s2)));
console.log(JSON.stringify(declaredTransitions(s2)));
const tick = advance(s2, { type: 'TICK', at: '2025-08-01T00:00:00Z' });
console.log(tick === s2, tick.context.expiry);
const same = advance(s2, { type: 'TICK', at: '2025-05-06T00:00:00Z' });
console.log('noop tick same', same === s2);
{
  let t = performance.now();
  for (let i = 0; i < N; i++) persist(s2);
  console.log('persist µs', ((performance.now() - t) / N * 1000).toFixed(1));
  t = performance.now();
  for (let i = 0; i < N; i++) { const r1 = restoreSnapshot(machine, p); const c = checkEvent(r1, ev); const n = advance(r1, ev); persist(n); }
  console.log('again full µs', ((performance.now() - t) / N * 1000).toFixed(1));
}
