import { bearerToken, generateToken, hashToken } from './token.util';

describe('token utils', () => {
  describe(bearerToken.name, () => {
    it.each([
      ['Bearer abc123', 'abc123'],
      ['bearer abc123', 'abc123'],
      ['Bearer   abc123  ', 'abc123'],
      ['Basic abc123', null],
      ['Bearer', null],
      ['Bearer a b', null],
      [undefined, null],
    ])('reads %p as %p', (header, expected) => {
      expect(bearerToken(header)).toBe(expected);
    });
  });

  describe(generateToken.name, () => {
    it('makes distinct URL-safe tokens of 256 bits', () => {
      const tokens = new Set(Array.from({ length: 100 }, generateToken));
      expect(tokens.size).toBe(100);
      for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });
  });

  describe(hashToken.name, () => {
    it('is stable and does not contain the token', () => {
      expect(hashToken('secret-token')).toBe(hashToken('secret-token'));
      expect(hashToken('secret-token')).not.toContain('secret');
      expect(hashToken('secret-token')).toMatch(/^[0-9a-f]{64}$/);
    });
  });
});
