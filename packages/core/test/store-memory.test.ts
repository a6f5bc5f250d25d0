import { createMemoryStore } from '../src/store/index.js';
import { describeStoreConformance } from './store/conformance.js';
import { describeProvisionalDeadlines } from './store/provisionalDeadlines.js';

describeStoreConformance('memory', () => Promise.resolve({ store: createMemoryStore() }));
describeProvisionalDeadlines('memory', () => Promise.resolve({ store: createMemoryStore() }));
