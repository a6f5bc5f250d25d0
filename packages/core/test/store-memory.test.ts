import { createMemoryStore } from '../src/store/index.js';
import { describeStoreConformance } from './store/conformance.js';

describeStoreConformance('memory', () => Promise.resolve({ store: createMemoryStore() }));
