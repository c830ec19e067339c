'use client';

import { Component, type ReactNode } from 'react';
import { isRedirectError } from 'next/dist/client/components/redirect-error';

let generation = 0;

/**
 * Confines what a server action's redirect does to the forms inside it. A form whose action
 * answers with a redirect gets the redirect thrown where it called the action, and the error
 * boundary that catches it mounts everything below it anew: without this one, Next's own
 * boundary of the whole route segment, so that saving one form of a screen threw away what was
 * typed in the others. The router has already navigated when the error is thrown (`handled`):
 * here the subtree that threw is only mounted again, with the page's new props. Any other error
 * goes on to the boundaries above.
 */
export class ActionBoundary extends Component<{ children: ReactNode }, { generation: number }> {
  state = { generation: 0 };

  static getDerivedStateFromError(error: unknown): { generation: number } {
    if (isRedirectError(error) && 'handled' in error) return { generation: ++generation };
    throw error;
  }

  render() {
    return <ActionBoundaryContent key={this.state.generation}>{this.props.children}</ActionBoundaryContent>;
  }
}

function ActionBoundaryContent({ children }: { children: ReactNode }) {
  return children;
}
