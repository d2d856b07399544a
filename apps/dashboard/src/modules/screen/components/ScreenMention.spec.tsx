import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMention } from '../../../../test/live-server';
import { LanguageProvider } from '../../../i18n/LanguageProvider';
import { ScreenMention } from './ScreenMention';

const show = (mediaUrl: string | null, text = 'Nordlys åbner nyt anlæg') =>
  render(
    <LanguageProvider initial="da">
      <ScreenMention
        mention={makeMention({ id: '7', text, mediaUrl })}
        variant="single"
      />
    </LanguageProvider>,
  ).container;

describe(ScreenMention.name, () => {
  it.each([
    ['an https picture', 'https://cdn.example.dk/a.jpg', true],
    ['an http picture', 'http://cdn.example.dk/a.jpg', true],
    ['a javascript: URL', "javascript:alert('x')", false],
    ['a data: URL', 'data:image/svg+xml,<svg onload=alert(1)>', false],
    ['no picture', null, false],
  ])('shows %s only when it is http(s)', (_case, url, shown) => {
    const images = show(url).querySelectorAll('img');
    expect(images.length).toBe(shown ? 1 : 0);
    if (shown) {
      expect(images[0]!.getAttribute('src')).toBe(url);
      expect(images[0]!.getAttribute('referrerpolicy')).toBe('no-referrer');
    }
  });

  it('shows markup in feed text as text, and links nothing', () => {
    const container = show(
      null,
      '<img src=x onerror="alert(1)"> <a href="javascript:alert(2)">her</a>',
    );
    expect(container.querySelectorAll('img, a, script').length).toBe(0);
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});
