import { describe, expect, it } from 'vitest';
import { phonePieces } from './phones';

describe('phonePieces', () => {
  it('links the hotline, its text number and 911, and keeps the words between', () => {
    expect(phonePieces('call 1-888-373-7888 or text 233733. In an emergency, call 911.')).toEqual([
      'call ',
      { text: '1-888-373-7888', href: 'tel:+18883737888' },
      ' or text ',
      { text: '233733', href: 'sms:233733' },
      '. In an emergency, call ',
      { text: '911', href: 'tel:911' },
      '.',
    ]);
  });

  it('links the text number in Spanish too, after "texto al"', () => {
    expect(phonePieces('llame al 1-888-373-7888 o envíe un mensaje de texto al 233733.')).toEqual([
      'llame al ',
      { text: '1-888-373-7888', href: 'tel:+18883737888' },
      ' o envíe un mensaje de texto al ',
      { text: '233733', href: 'sms:233733' },
      '.',
    ]);
  });

  it('leaves other numbers alone: years, counts, 9/11', () => {
    expect(phonePieces('In 1911, 233733 people; after 9/11.')).toEqual(['In 1911, 233733 people; after 9/11.']);
  });
});
