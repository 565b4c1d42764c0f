import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatDate,
  formatDateTime,
  formatPercent,
  formatScore,
  municipalityGenitive,
  municipalityTitle,
} from '../../src/server/documents/format.js';
import { printable } from '../../src/server/documents/pdf-text.js';

describe('Danish document formatting', () => {
  it('writes dates in words; an ISO date is a calendar day, a Date an instant in Copenhagen', () => {
    expect(formatDate('2027-08-01')).toBe('1. august 2027');
    expect(formatDate('2028-06-30')).toBe('30. juni 2028');
    // 23:30 UTC on 31 July is already 1 August in Copenhagen (summer time).
    expect(formatDate(new Date('2027-07-31T23:30:00Z'))).toBe('1. august 2027');
    expect(formatDate(new Date('2026-11-23T12:00:00Z'))).toBe('23. november 2026');
    expect(() => formatDate('1/8/2027')).toThrow();
  });

  it('writes times with kl. and a full stop, in Copenhagen time (winter and summer)', () => {
    expect(formatDateTime(new Date('2027-03-01T11:00:00Z'))).toBe('1. marts 2027 kl. 12.00');
    expect(formatDateTime(new Date('2027-07-01T22:05:00Z'))).toBe('2. juli 2027 kl. 00.05');
  });

  it('uses the decimal comma and a space before the per cent sign', () => {
    expect(formatPercent(42)).toBe('42 %');
    expect(formatPercent(12.5)).toBe('12,5 %');
    expect(formatScore(13.5)).toBe('13,5');
    expect(formatScore(13.456)).toBe('13,46');
    expect(formatScore(4)).toBe('4');
    expect(formatScore(-0)).toBe('0');
    expect(formatBytes(245_760)).toBe('240 kB');
  });

  it('names municipalities as they are officially called', () => {
    expect(municipalityTitle('Hjørring')).toBe('Hjørring Kommune');
    expect(municipalityTitle('København')).toBe('Københavns Kommune');
    expect(municipalityTitle('Bornholm')).toBe('Bornholms Regionskommune');
    expect(municipalityGenitive('Aarhus')).toBe('Aarhus Kommunes');
    expect([1, 5, 13].map(formatCount)).toEqual(['én', 'fem', '13']);
  });

  it('keeps what the embedded font draws and drops emoji cleanly, never a question mark (ADR 34)', () => {
    expect(printable('Æbler, østers og ål – “citat” … € 5')).toBe('Æbler, østers og ål – “citat” … € 5');
    expect(printable('≥ 30 % → mål')).toBe('>= 30 % -> mål');
    expect(printable('Tak 🎉 for i dag 👍🏽')).toBe('Tak for i dag');
    expect(printable('👨‍👩‍👧 Familien 🇩🇰 og ❤️ nr. 1️⃣')).toBe('Familien og nr. 1');
    expect(printable('Opfyldt ✓')).toBe('Opfyldt (x)');
    expect(printable('Godt 👍. Og så 🎉, til sidst')).toBe('Godt. Og så, til sidst');
    expect(printable('Zürich, Łódź, Αθήνα, Київ')).toBe('Zürich, Łódź, Αθήνα, Київ');
    expect(printable('© ® ™')).toBe('© ® ™');
    expect(printable('linje\r\nto')).toBe('linje\nto');
  });
});
