import { fireEvent, render, screen } from '@testing-library/react';
import { type ReactNode, useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { makeMention } from '../../../../test/live-server';
import { LanguageProvider } from '../../../i18n/LanguageProvider';
import { MentionCard } from '../../mentions/components/MentionCard';
import { Field } from './Field';
import { KpiCard } from './KpiCard';
import { SegmentedControl } from './SegmentedControl';
import { Tabs } from './Tabs';

const wrap = (children: ReactNode, language: 'da' | 'en' = 'en') =>
  render(
    <LanguageProvider initial={language}>
      <MemoryRouter>{children}</MemoryRouter>
    </LanguageProvider>,
  );

type Section = 'topics' | 'sources' | 'access';

function TabsHarness() {
  const [selected, setSelected] = useState<Section>('topics');
  return (
    <Tabs<Section>
      label="Settings"
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { id: 'topics', label: 'Topics', content: <p>topic list</p> },
        { id: 'sources', label: 'Sources', content: <p>source list</p> },
        { id: 'access', label: 'Access', content: <p>screen links</p> },
      ]}
    />
  );
}

describe('components', () => {
  describe(Tabs.name, () => {
    it('moves with the arrow keys, Home and End, focus following, one tab stop', () => {
      wrap(<TabsHarness />);
      const tab = (name: string) => screen.getByRole('tab', { name });
      expect(tab('Topics').tabIndex).toBe(0);
      expect(tab('Sources').tabIndex).toBe(-1);

      fireEvent.keyDown(tab('Topics'), { key: 'ArrowRight' });
      expect(tab('Sources').getAttribute('aria-selected')).toBe('true');
      expect(document.activeElement).toBe(tab('Sources'));
      expect(screen.getByRole('tabpanel').textContent).toBe('source list');

      fireEvent.keyDown(tab('Sources'), { key: 'End' });
      expect(document.activeElement).toBe(tab('Access'));
      fireEvent.keyDown(tab('Access'), { key: 'ArrowRight' });
      expect(document.activeElement).toBe(tab('Topics'));
      fireEvent.keyDown(tab('Topics'), { key: 'ArrowLeft' });
      expect(screen.getByRole('tabpanel').textContent).toBe('screen links');
    });
  });

  describe(SegmentedControl.name, () => {
    it('is a radio group that the arrow keys move through', () => {
      let value = '7d';
      wrap(
        <SegmentedControl
          label="Period"
          value={value}
          onChange={(next) => (value = next)}
          options={[
            { value: '24h', label: '24 h' },
            { value: '7d', label: '7 days' },
          ]}
        />,
      );
      expect(screen.getByRole('radiogroup', { name: 'Period' })).toBeTruthy();
      fireEvent.keyDown(screen.getByRole('radio', { name: '7 days' }), {
        key: 'ArrowRight',
      });
      expect(value).toBe('24h');
    });
  });

  describe(KpiCard.name, () => {
    it.each([
      [120, 100, 'up', 'good', 'Up +20%'],
      [80, 100, 'up', 'bad', 'Down -20%'],
      [80, 100, 'down', 'good', 'Down -20%'],
      [80, 100, 'neither', 'flat', 'Down -20%'],
      [5, 0, 'up', 'flat', 'New vs. the week before'],
      [0, 0, 'up', 'flat', 'No change vs. the week before'],
    ] as const)(
      '%s after %s (good when %s) reads as %s: %s',
      (value, previous, goodWhen, tone, text) => {
        const { container } = wrap(
          <KpiCard
            label="Mentions"
            value={value}
            change={{ previous, goodWhen, period: 'the week before' }}
          />,
        );
        const delta = container.querySelector('.ui-kpi__delta')!;
        expect(delta.className).toContain(`ui-kpi__delta--${tone}`);
        expect(delta.textContent?.replace(/\s+/g, ' ')).toContain(text);
      },
    );

    it('tells a change of a share in percentage points', () => {
      const { container } = wrap(
        <KpiCard
          label="Share of voice"
          value={0.42}
          format={(share) => `${Math.round(share * 100)}%`}
          change={{ previous: 0.35, period: 'the week before', as: 'points' }}
        />,
      );
      const delta = container.querySelector('.ui-kpi__delta')!;
      expect(delta.className).toContain('ui-kpi__delta--good');
      expect(delta.textContent?.replace(/\s+/g, ' ')).toContain('Up +7 pp');
    });

    it('writes the figure the Danish way in Danish', () => {
      wrap(<KpiCard label="Omtaler" value={1234567} testId="value" />, 'da');
      expect(screen.getByTestId('value').textContent).toBe('1.234.567');
    });
  });

  describe(Field.name, () => {
    it('labels its control and ties the hint and the error to it', () => {
      wrap(
        <Field
          label="Query"
          hint="lego -legoland"
          error="unbalanced parenthesis at 4"
        >
          {(control) => <input {...control} />}
        </Field>,
      );
      const input = screen.getByLabelText('Query');
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const described = input
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent);
      expect(described).toEqual([
        'lego -legoland',
        'unbalanced parenthesis at 4',
      ]);
    });
  });

  describe(MentionCard.name, () => {
    it('shows feed text as text, never as markup', () => {
      const { container } = wrap(
        <MentionCard
          mention={makeMention({
            text: 'Se <img src=x onerror="alert(1)"> og <script>alert(2)</script>',
          })}
        />,
      );
      expect(container.querySelector('script, img[onerror]')).toBeNull();
      expect(
        screen.getByText(
          /Se <img src=x onerror="alert\(1\)"> og <script>alert\(2\)<\/script>/,
        ),
      ).toBeTruthy();
    });

    it('links and shows images only over http(s)', () => {
      const { container } = wrap(
        <MentionCard
          mention={makeMention({
            url: 'javascript:alert(1)',
            mediaUrl: 'data:image/svg+xml,<svg onload=alert(1)>',
          })}
        />,
      );
      expect(container.querySelector('a')).toBeNull();
      expect(container.querySelector('img')).toBeNull();

      const safe = wrap(
        <MentionCard
          mention={makeMention({
            url: 'https://example.dk/a',
            mediaUrl: 'https://example.dk/a.jpg',
          })}
        />,
      );
      expect(safe.container.querySelector('a')?.getAttribute('href')).toBe(
        'https://example.dk/a',
      );
      expect(safe.container.querySelector('a')?.getAttribute('rel')).toContain(
        'noopener',
      );
      expect(
        safe.container.querySelector('img')?.getAttribute('referrerpolicy'),
      ).toBe('no-referrer');
    });

    it('says a title once when the text starts with it', () => {
      wrap(
        <MentionCard
          mention={makeMention({
            title: 'LEGO åbner fabrik',
            text: 'LEGO åbner fabrik i Billund',
          })}
        />,
      );
      expect(
        screen.queryAllByText(
          (_, element) =>
            element?.tagName === 'P' &&
            /LEGO åbner fabrik/.test(element.textContent ?? ''),
        ),
      ).toHaveLength(1);
    });

    it('marks the terms each topic matched on, and says them to screen readers', () => {
      const { container } = wrap(
        <MentionCard
          mention={makeMention({
            title: null,
            text: 'LEGO åbner en fabrik, Legoland lukker #dkbiz',
            hashtags: ['byg', 'dkbiz'],
            topics: [
              { id: 'l', name: 'LEGO', kind: 'company', terms: ['lego'] },
              { id: 'e', name: 'Erhverv', kind: 'industry', terms: ['#dkbiz'] },
            ],
          })}
        />,
      );
      expect(
        [...container.querySelectorAll('.mention__text mark')].map(
          (mark) => mark.textContent,
        ),
      ).toEqual(['LEGO', '#dkbiz']);
      expect(
        container.querySelector('.mention__hashtag--hit')?.textContent,
      ).toBe('#dkbiz');
      expect(screen.getByText('(matched on #dkbiz)')).toBeTruthy();
    });
  });
});
