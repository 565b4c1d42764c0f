import { describe, expect, it } from 'vitest';
import { attachment } from '../../src/server/http/content-disposition.js';

describe('attachment header', () => {
  it('gives an ASCII name and an RFC 8187 name that encodes what attr-char does not allow', () => {
    const header = attachment("Egenanalyse – Runde 4 (2027/28) Hjørring's.pdf");
    expect(header).toBe(
      'attachment; filename="Egenanalyse _ Runde 4 (2027/28) Hjoerring\'s.pdf"; ' +
        "filename*=UTF-8''Egenanalyse%20%E2%80%93%20Runde%204%20%282027%2F28%29%20Hj%C3%B8rring%27s.pdf",
    );
    const value = header.split("filename*=UTF-8''")[1]!;
    expect(value).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(decodeURIComponent(value)).toBe("Egenanalyse – Runde 4 (2027/28) Hjørring's.pdf");
  });

  it('keeps quotes and backslashes out of the quoted name', () => {
    expect(attachment('a"b\\c.ics')).toContain('filename="a_b_c.ics"');
  });
});
