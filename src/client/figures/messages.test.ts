import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { englishMessages } from './messages';

describe("the copy button's English messages", () => {
  it('are the English dictionary’s, so both languages say the same thing', () => {
    expect(englishMessages).toEqual({ copied: en['figure.copied'], failed: en['figure.copyFailed'] });
  });
});
