import mod from './xstateMachine.bench.mjs';
const b = mod[0];
const ctx = await b.setup();
const which = process.argv[2];
const t0 = performance.now();
for (let i = 0; i < 60; i++) (which === 'hand' ? b.baseline : b.subject)(ctx);
console.log(which, (performance.now() - t0) / 60);
