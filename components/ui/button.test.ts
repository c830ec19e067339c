import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SubmitButton } from './button';

const html = (props: Parameters<typeof SubmitButton>[0]) => renderToString(createElement(SubmitButton, props));

describe('SubmitButton', () => {
  it('is disabled in the server HTML when its form needs script (enabled once hydrated: e2e)', () => {
    expect(html({ needsScript: true, pendingLabel: 'Envoi…', children: 'Publier' })).toMatch(/\sdisabled=""/);
  });

  it('is usable without script otherwise', () => {
    expect(html({ pendingLabel: 'Envoi…', children: 'Publier' })).not.toMatch(/\sdisabled=""/);
  });

  it('keeps a disabled state asked for by the caller', () => {
    expect(html({ disabled: true, pendingLabel: 'Envoi…', children: 'Publier' })).toMatch(/\sdisabled=""/);
  });
});
