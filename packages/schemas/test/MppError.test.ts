import { describe, expect, it } from 'vitest';
import { MppError as FromRoot } from '../src/index.js';
import { MppError } from '../src/issues.js';

describe('MppError, the base of the library errors', () => {
  it('carries a code, the English message, the Indonesian text and the cause', () => {
    const cause = new Error('disk full');
    const error = new MppError('io', { en: 'The disk is full.', id: 'Disk penuh.' }, { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'MppError',
      code: 'io',
      message: 'The disk is full.',
      messageId: 'Disk penuh.',
      cause,
    });
    expect(error.localizedMessage('en')).toBe('The disk is full.');
    expect(error.localizedMessage('id')).toBe('Disk penuh.');
    expect(String(error)).toBe('MppError: The disk is full.');
  });

  it('lets a subclass keep its own name and narrowed code', () => {
    class ExampleError extends MppError {
      override readonly name = 'ExampleError';
      declare readonly code: 'example';
      constructor() {
        super('example', { en: 'Example.', id: 'Contoh.' });
      }
    }
    const error = new ExampleError();
    expect(error).toBeInstanceOf(MppError);
    expect([error.name, error.code, error.localizedMessage('id')]).toEqual([
      'ExampleError',
      'example',
      'Contoh.',
    ]);
    expect(Object.keys(error)).not.toContain('undefined');
  });

  it('is one class, from the root and from the zod-free issues subpath', () => {
    expect(FromRoot).toBe(MppError);
  });
});
