import { fanOutContract } from '@tandem/test-kit';
import { createLocalFanOutHub } from './local-fan-out';

fanOutContract('LocalFanOut', async () => {
  const hub = createLocalFanOutHub();
  const instances: ReturnType<typeof hub.connect>[] = [];
  return {
    connect() {
      const instance = hub.connect();
      instances.push(instance);
      return instance;
    },
    async interrupt() {
      hub.setDown(true);
      return async () => hub.setDown(false);
    },
    async cleanup() {
      await Promise.all(instances.map((instance) => instance.close()));
    },
  };
});
