import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_HANDLERS, isDashboardHandler } from './dashboard-handlers';

const dashboard = path.resolve(import.meta.dirname, '../app/[locale]/(dashboard)/dashboard');

/** Every route.ts under the dashboard, as its path below /[locale]/dashboard/. */
function handlers(dir = dashboard, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return handlers(path.join(dir, e.name), prefix ? `${prefix}/${e.name}` : e.name);
    return e.name === 'route.ts' ? [prefix] : [];
  });
}

describe('dashboard route handlers', () => {
  it('lists every route.ts of the dashboard, and nothing else', () => {
    expect([...DASHBOARD_HANDLERS].sort()).toEqual(handlers().sort());
  });

  it('tells a handler address from a page address', () => {
    expect(isDashboardHandler('/fr/dashboard/audit/export')).toBe(true);
    expect(isDashboardHandler('/ar/dashboard/audit/export/')).toBe(true);
    expect(isDashboardHandler('/fr/dashboard/audit')).toBe(false);
    expect(isDashboardHandler('/fr/dashboard/audit/exports')).toBe(false);
    expect(isDashboardHandler('/de/dashboard/audit/export')).toBe(false);
  });
});
