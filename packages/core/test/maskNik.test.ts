import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { maskNikInText } from '@mpp-kit/core';

it('masks NIKs in free text, with or without separators', () => {
  expect(
    maskNikInText('NIK 3325010101900001, also 3325 0101 0190 0001 and 3325.0101.0190.0001.'),
  ).toBe('NIK 3325********0001, also 3325********0001 and 3325********0001.');
});

it('leaves application ids (UUIDs) whole, even when their digits run to sixteen across dashes', () => {
  // This id once lost its middle to the mask: "4e72-8154-0235009647f6" holds 16 digits.
  expect(maskNikInText('application "da800ef7-149d-4e72-8154-0235009647f6"')).toBe(
    'application "da800ef7-149d-4e72-8154-0235009647f6"',
  );
  for (let i = 0; i < 2000; i++) {
    const id = randomUUID();
    expect(maskNikInText(`on ${id}: 3325010101900001`)).toBe(`on ${id}: 3325********0001`);
  }
});
