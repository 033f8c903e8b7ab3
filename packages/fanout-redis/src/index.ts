export { createRedisFanOut, type RedisFanOut, type RedisFanOutOptions } from './redis-fan-out';
