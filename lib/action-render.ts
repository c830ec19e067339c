import 'server-only';
import { headers } from 'next/headers';
import { ACTION_HEADER } from 'next/dist/client/components/app-router-headers';

/**
 * Whether this render of a page answers a server action rather than a visit: after an action
 * that expires tags, Next draws the page again in the action's own response (the request that
 * carries the action's id in this header), and the screen on it must stay what the person was
 * using — a new release's editor keeps what was typed (components/dashboard/editor/editor-visit.tsx).
 */
export async function isActionRender(): Promise<boolean> {
  return (await headers()).has(ACTION_HEADER);
}
