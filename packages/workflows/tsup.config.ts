import { defineConfig } from 'tsup';
import { sharedBuild } from '../../scripts/tsup.shared.ts';

export default defineConfig({
  ...sharedBuild,
  entry: {
    index: 'src/index.ts',
    // The calendar and deadline engine alone, without the lifecycle compiler and xstate.
    'calendar/index': 'src/calendar/index.ts',
  },
  // One copy of the calendar's classes for both entries (instanceof holds across them), in CommonJS too.
  splitting: true,
});
