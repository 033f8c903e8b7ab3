export { createFakeClock, type FakeClock } from './fake-clock';
export { createSeededRandom, type SeededRandom } from './seeded-random';
export { createMemoryNetwork, type MemoryNetwork, type MemoryClient } from './memory-network';
export { createSilentLogger, createRecordingLogger, type RecordingLogger } from './test-logger';
export { docStoreContract, type DocStoreFixture, type MakeDocStoreFixture } from './doc-store-contract';
export { everyNodeDoc } from './every-node-doc';
export { fanOutContract, type FanOutFixture, type MakeFanOutFixture } from './fan-out-contract';
