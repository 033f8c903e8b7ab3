import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createRecordingLogger } from '@tandem/test-kit';
import { logUnhandledRejections } from './unhandled-rejections';

describe('unhandled rejections', () => {
  it('are logged as errors with their cause', () => {
    const logger = createRecordingLogger();
    const processLike = new EventEmitter();
    logUnhandledRejections(processLike, logger);
    processLike.emit('unhandledRejection', new Error('forgotten promise'));
    expect(logger.lines).toHaveLength(1);
    const [line] = logger.lines;
    expect(line?.level).toBe('error');
    expect(line?.message).toContain('unhandled promise rejection');
    expect((line?.fields as { err: Error }).err.message).toBe('forgotten promise');
  });
});
